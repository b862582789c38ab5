from __future__ import annotations

from typing import Any

from ourway.coaching.models import CoachSighting


def export_for(user: Any) -> dict[str, Any]:
    return {
        "coach_sightings": [
            {"source": s.source, "labels": s.labels, "created": s.created.isoformat()}
            for s in CoachSighting.objects.filter(owner=user).order_by("created")
        ]
    }
