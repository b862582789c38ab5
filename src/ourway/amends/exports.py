from __future__ import annotations

from typing import Any

from ourway.amends.models import Apology, Commitment, LookBack


def export_for(user: Any) -> dict[str, Any]:
    """The person's own words: their apologies (drafts too), their answers, their promises
    and look-back notes. Never the partner's drafts; the partner's apologies are theirs."""
    mine = Apology.objects.owned_by(user).order_by("created")
    answered = Apology.objects.received_by(user).exclude(reply="").order_by("created")
    return {
        "apologies": [
            {
                "text": a.text,
                "promise": a.promise,
                "status": "draft" if a.is_draft else "sent",
                "created": a.created.isoformat(),
                "sent_at": a.sent_at.isoformat() if a.sent_at else None,
                "look_back_on": a.look_back_on.isoformat() if a.look_back_on else None,
            }
            for a in mine
        ],
        "apology_answers_i_gave": [
            {
                "reply": a.reply,
                "missing": a.reply_missing,
                "note": a.reply_note,
                "replied_at": a.replied_at.isoformat() if a.replied_at else None,
            }
            for a in answered
        ],
        "commitments_i_made": [
            {
                "text": c.text,
                "look_back_on": c.look_back_on.isoformat(),
                "looked_back_at": c.looked_back_at.isoformat() if c.looked_back_at else None,
            }
            for c in Commitment.objects.in_couple_of(user).filter(made_by=user)
        ],
        "look_back_notes": [
            {"note": look.note, "created": look.created.isoformat()}
            for look in LookBack.objects.filter(
                by=user, commitment__in=Commitment.objects.in_couple_of(user)
            )
        ],
    }
