from __future__ import annotations

from typing import Any

from ourway.invitations.models import READINESS_FIELDS, Invitation, ReadinessCheck


def export_for(user: Any) -> dict[str, Any]:
    """Invitations the person sent (their own words) and their latest readiness answers.

    Invitations they received are the partner's words, so they are left out.
    """
    readiness = ReadinessCheck.objects.owned_by(user).first()
    return {
        "invitations_sent": [
            {
                "text": i.text,
                "status": i.status,
                "proposed_for": i.proposed_for.isoformat() if i.proposed_for else None,
                "agreed_for": i.agreed_for.isoformat() if i.agreed_for else None,
                "created": i.created.isoformat(),
            }
            for i in Invitation.objects.sent_by(user).order_by("created")
        ],
        "readiness": (
            {
                **{name: getattr(readiness, name) for name in READINESS_FIELDS},
                "answered_at": readiness.answered_at.isoformat(),
            }
            if readiness
            else None
        ),
    }
