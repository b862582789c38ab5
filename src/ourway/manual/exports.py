from __future__ import annotations

from typing import Any

from ourway.manual.models import ManualAgreement, ManualAnswer, Revision


def export_for(user: Any) -> dict[str, Any]:
    """The person's own manual answers, the texts they saved (in the shared parts too) and
    the agreements they wrote. Never the partner's answers, nor what a change replaced."""
    return {
        "manual_answers": [
            {
                "question": a.question,
                "text": a.text,
                "version": a.version,
                "updated": a.updated.isoformat(),
            }
            for a in ManualAnswer.objects.owned_by(user).order_by("question")
        ],
        "manual_changes_i_made": [
            {
                "question": r.question,
                "kind": r.kind,
                "text": r.after,
                "created": r.created.isoformat(),
            }
            for r in Revision.objects.visible_to(user).filter(author=user).order_by("created")
        ],
        "manual_agreements_i_wrote": [
            {
                "text": a.text,
                "created": a.created.isoformat(),
                "retired_at": a.retired_at.isoformat() if a.retired_at else None,
            }
            for a in ManualAgreement.objects.in_couple_of(user).filter(author=user)
        ],
    }
