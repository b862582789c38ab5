from __future__ import annotations

from typing import Any

from ourway.journal.models import JournalEntry


def export_for(user: Any) -> dict[str, Any]:
    """Only the person's own entries, shared or not; never the partner's."""
    return {
        "journal": [
            {
                "text": e.text,
                "shared": e.shared,
                "created": e.created.isoformat(),
                "updated": e.updated.isoformat(),
            }
            for e in JournalEntry.objects.owned_by(user).order_by("created")
        ]
    }
