from __future__ import annotations

from typing import Any

from ourway.talk.models import Agreement, Reflection, Turn, Understanding


def export_for(user: Any) -> dict[str, Any]:
    """The person's own words from repair conversations; never what the partner wrote."""
    return {
        "talk": {
            "statements": [
                {
                    "topic": t.session.topic,
                    "statement": t.statement,
                    "need": t.need,
                    "created": t.created.isoformat(),
                }
                for t in Turn.objects.filter(speaker=user, statement_deleted=False).select_related(
                    "session"
                )
            ],
            "reflections": [
                {"text": r.text, "outcome": r.outcome, "created": r.created.isoformat()}
                for r in Reflection.objects.filter(author=user, text_deleted=False)
            ],
            "corrections": [
                {"text": r.correction, "created": r.created.isoformat()}
                for r in Reflection.objects.filter(turn__speaker=user, correction_deleted=False)
                if r.correction
            ],
            "understood": [
                {"text": u.text, "created": u.created.isoformat()}
                for u in Understanding.objects.filter(author=user, text_deleted=False)
            ],
            "agreements": [
                {"text": a.text, "created": a.created.isoformat()}
                for a in Agreement.objects.filter(author=user)
            ],
        }
    }
