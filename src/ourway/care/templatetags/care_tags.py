"""What the quick exit and the crisis banner need on every page."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from ourway.care import conf
from ourway.content.care import INTERNATIONAL_DIRECTORIES, resources_for

register = template.Library()


@register.simple_tag(takes_context=True)
def care_page(context: Any) -> dict[str, Any]:
    """What the quick exit and the crisis lines need on this page.

    The quick exit is on every page, signed in or not (a log-in form is where someone may
    be typing when a partner walks in): a form posted to `care:exit`, which ends the session
    and sends the browser to `exit_url`, so Back finds only the log-in page. `sign_out` marks
    a signed-in page (quick-exit.js reloads such a page when Back shows it from the cache).
    Crisis lines show only to a person in safety mode. Works without a request too (the 500
    page has none).
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    signed_in = bool(user is not None and user.is_authenticated)
    in_safety_mode = signed_in and getattr(user, "safety_mode_since", None) is not None
    return {
        "exit_url": conf.quick_exit_url(),
        "sign_out": reverse("care:exit") if signed_in else "",
        "idle_minutes": conf.idle_minutes() if signed_in else 0,
        "crisis": crisis_lines() if in_safety_mode else None,
    }


def crisis_lines() -> dict[str, Any]:
    """The configured country's lines, translated, plus the international directories."""
    country = resources_for(conf.crisis_country())
    return {
        "country": _(country.name),
        "emergency": country.emergency,
        "lines": [
            {
                "name": _(line.name),
                "how": _(line.how),
                "tel": line.tel,
                "sms": line.sms,
                "url": line.url,
            }
            for line in country.lines
        ],
        "international": [
            {"name": _(line.name), "how": _(line.how), "url": line.url}
            for line in INTERNATIONAL_DIRECTORIES
        ],
    }
