"""Gentle openers for an invitation to talk, grouped by situation. No Django here.

Each opener says how the writer feels or what they miss, asks rather than summons, and
leaves the partner room to choose a time. The texts are marked with `gettext_noop` so
makemessages finds them; the web app translates them when it shows them.

>>> len(OPENERS) >= 24
True
>>> opener("distant-hallway").situation
'distant'
>>> [s.key for s in SITUATIONS][:2]
['distant', 'stressed']
"""

from __future__ import annotations

from dataclasses import dataclass


def gettext_noop(text: str) -> str:
    """Marks text for translation (makemessages finds it); Django apps translate on display."""
    return text


_ = gettext_noop


@dataclass(frozen=True)
class Situation:
    key: str
    title: str
    hint: str


@dataclass(frozen=True)
class Opener:
    key: str
    situation: str
    text: str


@dataclass(frozen=True)
class NotYetNote:
    """A kind way to say "not now" to an invitation, chosen instead of typed at a bad moment."""

    key: str
    text: str


SITUATIONS: tuple[Situation, ...] = (
    Situation("distant", _("Feeling distant"), _("When you share a sofa but not much else.")),
    Situation(
        "stressed", _("Stressed and stretched"), _("When life is loud and you are both tired.")
    ),
    Situation(
        "laughter", _("Missing the fun"), _("When it has been a while since you laughed together.")
    ),
    Situation(
        "after_fight", _("After a fight"), _("When an argument is still hanging in the air.")
    ),
    Situation("decision", _("A big decision"), _("When something ahead needs both of you.")),
    Situation("unheard", _("Feeling unheard"), _("When what you say does not seem to land.")),
)

OPENERS: tuple[Opener, ...] = (
    # Feeling distant
    Opener(
        "distant-hallway",
        "distant",
        _(
            "Lately it feels like we pass each other in the hallway. I would love some time with "
            "just us. Would you be up for that this week?"
        ),
    ),
    Opener(
        "distant-same-room",
        "distant",
        _(
            "I have been missing you, even when we are in the same room. Could we sit down "
            "together soon, with no rush?"
        ),
    ),
    Opener(
        "distant-quiet",
        "distant",
        _(
            "I noticed I have gone quiet with you, and I don't want that to become our normal. Can"
            " we find an evening to catch up properly?"
        ),
    ),
    Opener(
        "distant-no-agenda",
        "distant",
        _(
            "I would like to feel closer to you again. No agenda, just the two of us. When would "
            "suit you?"
        ),
    ),
    Opener(
        "distant-care",
        "distant",
        _(
            "Something between us feels a little far away to me, and I care about it. Could we "
            "talk when you have some calm time?"
        ),
    ),
    # Stressed
    Opener(
        "stressed-team",
        "stressed",
        _(
            "Things have been heavy for both of us. I would like us to face it as a team. Could we"
            " make some time to check in?"
        ),
    ),
    Opener(
        "stressed-empty",
        "stressed",
        _(
            "I have been running on empty and I think it shows. I would love to talk about how we "
            "can carry this together. Is tonight or tomorrow better for you?"
        ),
    ),
    Opener(
        "stressed-your-plate",
        "stressed",
        _(
            "I can see how much is on your plate. I would like to hear how you are really doing, "
            "whenever you have the space."
        ),
    ),
    Opener(
        "stressed-breathing-room",
        "stressed",
        _(
            "We have both been stretched thin. Could we take half an hour to plan some breathing "
            "room for us?"
        ),
    ),
    Opener(
        "stressed-hear-again",
        "stressed",
        _(
            "It feels to me like stress has been doing the talking between us. I would like us to "
            "hear each other again. When could we sit down?"
        ),
    ),
    # Missing laughter
    Opener(
        "laughter-remember",
        "laughter",
        _(
            "I was remembering an evening when we could not stop laughing, and I miss that with "
            "you. Shall we plan something silly together?"
        ),
    ),
    Opener(
        "laughter-light-evening",
        "laughter",
        _(
            "I would love for us to have fun again, just the two of us. Could we pick an evening "
            "and do something light?"
        ),
    ),
    Opener(
        "laughter-playful",
        "laughter",
        _(
            "I miss being playful with you. Would you be up for an evening with no chores and no "
            "serious talk?"
        ),
    ),
    Opener(
        "laughter-wished-you-were-there",
        "laughter",
        _(
            "I saw something today that would have made us both laugh, and I wished we had been "
            "together. Could we make time for us soon?"
        ),
    ),
    Opener(
        "laughter-bring-back",
        "laughter",
        _(
            "Our days have been full of errands lately. I would like to bring back some of the "
            "fun. Shall we think of something together this weekend?"
        ),
    ),
    # After a fight
    Opener(
        "fight-between-us",
        "after_fight",
        _(
            "I keep thinking about our argument, and I don't want it to sit between us. When you "
            "feel ready, could we talk it through calmly?"
        ),
    ),
    Opener(
        "fight-your-side",
        "after_fight",
        _(
            "That fight left me feeling sad, and I think it hurt us both. I would like to "
            "understand your side. Would you be open to that?"
        ),
    ),
    Opener(
        "fight-not-about-winning",
        "after_fight",
        _(
            "You matter more to me than being right. Could we try again, gently, once we have both"
            " cooled down?"
        ),
    ),
    Opener(
        "fight-shaken",
        "after_fight",
        _(
            "I am still a bit shaken from earlier and I would like to make things better. Can we "
            "find a calm moment to talk, maybe tomorrow?"
        ),
    ),
    Opener(
        "fight-no-rush",
        "after_fight",
        _(
            "I want to hear what that argument was like for you. There is no rush. Let me know "
            "when you would like to talk."
        ),
    ),
    # A big decision
    Opener(
        "decision-together",
        "decision",
        _(
            "There is a decision ahead of us and I want us to make it together. Could we set aside"
            " some time to think it through?"
        ),
    ),
    Opener(
        "decision-your-thoughts",
        "decision",
        _(
            "I have been turning something big over in my mind and I would love your thoughts. "
            "When would be a good time to talk?"
        ),
    ),
    Opener(
        "decision-what-matters",
        "decision",
        _(
            "I would feel better deciding this as a team. Could we each share what matters most to"
            " us, at a calm moment?"
        ),
    ),
    Opener(
        "decision-no-pressure",
        "decision",
        _(
            "I feel a bit anxious about this decision and I value your view. Could we talk it over"
            " this week, without having to decide on the spot?"
        ),
    ),
    Opener(
        "decision-hopes-worries",
        "decision",
        _(
            "Before we choose, I would like to hear your hopes and worries, and share mine. When "
            "suits you?"
        ),
    ),
    # Feeling unheard
    Opener(
        "unheard-try-again",
        "unheard",
        _(
            "Some things I have said lately have not quite landed, and I would like to try again. "
            "Could we take turns listening to each other this week?"
        ),
    ),
    Opener(
        "unheard-full-attention",
        "unheard",
        _(
            "There is something that matters to me and I would love your full attention for it. "
            "Would you have some unhurried time this week?"
        ),
    ),
    Opener(
        "unheard-both-sides",
        "unheard",
        _(
            "I would like to share something that has been on my mind, and I would love to hear "
            "your side too. Could we take turns and really listen?"
        ),
    ),
    Opener(
        "unheard-lonely",
        "unheard",
        _(
            "I feel lonely when we talk past each other, and I would like to change that with you."
            " Could we try a slower conversation soon?"
        ),
    ),
    Opener(
        "unheard-one-at-a-time",
        "unheard",
        _(
            "I would like us to understand each other better. Could we sit down and each have a "
            "turn to speak without interruption?"
        ),
    ),
)

NOT_YET_NOTES: tuple[NotYetNote, ...] = (
    NotYetNote(
        "want-to-not-ready", _("I want to, and I am not ready yet. I will come back to you soon.")
    ),
    NotYetNote(
        "too-full-today",
        _("Thank you for asking. Today is too full for me; can we try another day?"),
    ),
    NotYetNote(
        "need-to-settle", _("I need a little time to settle first. This matters to me too.")
    ),
    NotYetNote("need-rest", _("I am glad you reached out. I need some rest before we talk.")),
)

_BY_KEY = {o.key: o for o in OPENERS}
_NOTES_BY_KEY = {n.key: n for n in NOT_YET_NOTES}


def opener(key: str) -> Opener | None:
    """The opener with this key, or None for an unknown key."""
    return _BY_KEY.get(key)


def not_yet_note(key: str) -> NotYetNote | None:
    return _NOTES_BY_KEY.get(key)


def grouped() -> list[tuple[Situation, list[Opener]]]:
    """Situations in display order, each with its openers.

    >>> [len(items) for _situation, items in grouped()]
    [5, 5, 5, 5, 5, 5]
    """
    return [(s, [o for o in OPENERS if o.situation == s.key]) for s in SITUATIONS]
