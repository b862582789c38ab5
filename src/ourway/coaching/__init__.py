"""The live coach in the web app: findings beside a text box as the person types.

Use it after any textarea:

    {% include "coaching/_live.html" with field_id="id_text" field_name="text" purpose="message" %}

`purpose` picks extra, purpose-specific hints (see `ourway.coaching.purposes`): "message",
"checkin", "invitation", "speaker", "reflection", "apology". Apps register more with
`ourway.coaching.purposes.register(name, hints_function)` in their AppConfig.ready().

When a feature saves a person's own text, call `ourway.coaching.tally.note(user, text,
source)`: it keeps, privately for that person, which labels appeared (for reinforcement
signals). The coach's findings are only ever shown to the writer.
"""
