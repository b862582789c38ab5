"""What every page needs to know about the person looking at it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from ourway.couples.access import couple_of, partner_of
from ourway.couples.models import Notice
from ourway.couples.outreach import is_quiet
from ourway.web.features import nav_items, page_includes


def ourway(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    shared = {
        "top_banners": page_includes("top_includes"),
        "footer_includes": page_includes("footer_includes"),
    }
    if not user.is_authenticated:
        return shared
    items = nav_items(quiet=is_quiet(user))
    here = request.resolver_match.view_name if request.resolver_match else ""
    return {
        **shared,
        "my_couple": couple_of(user),
        "my_partner": partner_of(user),
        "nav_items": [item for item in items if not item.more],
        "nav_more": [item for item in items if item.more],
        # "More" is underlined when the page is one of its links (Settings is one too).
        "nav_more_here": here == "accounts:settings"
        or any(item.url_name == here for item in items if item.more),
        "unread_notices": Notice.objects.for_person(user).unread().count(),
    }
