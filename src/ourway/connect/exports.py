from __future__ import annotations

from typing import Any

from ourway.connect.models import Bid


def export_for(user: Any) -> dict[str, Any]:
    return {
        "bids": [
            {"what": b.what, "response": b.response, "day": b.day.isoformat()}
            for b in Bid.objects.owned_by(user).order_by("day", "created")
        ]
    }
