from __future__ import annotations

from typing import Any

from ourway.couples.access import couple_of, partner_of
from ourway.couples.models import Notice


def export_for(user: Any) -> dict[str, Any]:
    couple = couple_of(user)
    partner = partner_of(user)
    return {
        "couple": None
        if couple is None
        else {
            "since": couple.created.isoformat(),
            "partner_name": partner.name if partner else None,
        },
        "notices": [
            {"kind": n.kind, "text": n.text, "created": n.created.isoformat()}
            for n in Notice.objects.for_person(user)
        ],
    }
