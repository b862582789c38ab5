"""The person's own care data for their export. Never anything of the partner's.

The screen answers are the person's own and are included (they can delete them first on
the safety page); whether safety mode is on is included too. The passcode hash is not.
"""

from __future__ import annotations

from typing import Any

from ourway.care.models import HandoffConsent, SafetyScreen


def export_for(user: Any) -> dict[str, Any]:
    return {
        "care": {
            "safety_mode_since": (
                user.safety_mode_since.isoformat() if user.safety_mode_since else None
            ),
            "safety_screens": [
                {"created": s.created.isoformat(), "answers": s.answers, "positive": s.positive}
                for s in SafetyScreen.objects.owned_by(user).order_by("created")
            ],
            "handoff_choices": [
                {"choices": c.choices, "consented_at": c.consented_at.isoformat()}
                for c in HandoffConsent.objects.filter(person=user)
            ],
        }
    }
