from __future__ import annotations

from typing import Any

from ourway.checkins.models import CheckIn


def export_for(user: Any) -> dict[str, Any]:
    """The person's own check-ins; never the partner's answers, even revealed ones."""
    return {
        "checkins": [
            {
                "day": c.day.isoformat(),
                "closeness": c.closeness,
                "words": c.words,
                "more_of": c.more_of or "",
                "fine_shield": c.fine_shield,
                "created": c.created.isoformat(),
                "updated": c.updated.isoformat(),
            }
            for c in CheckIn.objects.owned_by(user).order_by("day")
        ]
    }
