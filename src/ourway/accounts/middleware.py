"""Show every person times, and their "today", in their own time zone.

The zone comes from, in order:
1. the person's saved zone (Settings), when it is a zone this machine knows;
2. the zone their browser reports: `static/js/ourway.js` keeps it in the `ourway_tz` cookie
   (from `Intl.DateTimeFormat().resolvedOptions().timeZone`). A signed-in person without a
   saved zone gets this one saved, once, so it is also known where there is no browser
   (the API);
3. the server's `TIME_ZONE`.

The cookie is kept only while someone is signed in: ourway.js writes it on signed-in pages
and as the log-in form is sent, and any answer given signed out (after logging out, a quick
exit, an idle sign-out) deletes it, so a shared browser keeps no trace of OurWay or of
where its person lives.

A name that is not a known zone (a hand-edited cookie) is ignored. The active zone is what
templates, `timezone.localtime()`, `timezone.localdate()` and date-time form fields use, so
the pages themselves need nothing more. API calls activate the saved zone in
`ourway.api.auth`; this middleware also puts the server's zone back after them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from zoneinfo import ZoneInfo

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from ourway.accounts.models import User
from ourway.accounts.zones import zone_named

COOKIE = "ourway_tz"


def zone_of(user: object) -> tzinfo:
    """The zone `user`'s days are counted in: their saved zone, else the active one."""
    return zone_named(getattr(user, "time_zone", "")) or timezone.get_current_timezone()


def activate_for(user: object) -> None:
    """Activate `user`'s saved zone, if they have a valid one (used by the API too)."""
    zone = zone_named(getattr(user, "time_zone", ""))
    if zone is not None:
        timezone.activate(zone)


def _zone_for(request: HttpRequest) -> ZoneInfo | None:
    user = request.user if request.user.is_authenticated else None
    saved = zone_named(getattr(user, "time_zone", ""))
    if saved is not None:
        return saved
    device = zone_named(request.COOKIES.get(COOKIE))
    if device is not None and user is not None and not getattr(user, "time_zone", ""):
        # Only ever fills an empty zone: a choice made in Settings is never overwritten.
        User.objects.filter(pk=user.pk, time_zone="").update(time_zone=device.key)
        user.time_zone = device.key
    return device


class TimeZoneMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        zone = _zone_for(request)
        if zone is None:
            timezone.deactivate()
        else:
            timezone.activate(zone)
        try:
            response = self.get_response(request)
        finally:
            timezone.deactivate()
        if COOKIE in request.COOKIES and not _signed_in(request):
            response.delete_cookie(COOKIE, samesite="Lax")
        return response


def _signed_in(request: HttpRequest) -> bool:
    # Read after the view: logging out (or a quick exit) has replaced `request.user`.
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)
