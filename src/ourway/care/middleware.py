"""Sign a quiet session out, or lock it behind the person's app passcode.

A page left open on a shared laptop should not stay readable. After `IDLE_LOGOUT_MINUTES`
without activity the next request signs the person out; if they set an app passcode, it
locks instead (the login stays valid) and `care:unlock` asks for the passcode. A passcode
is also asked when the browser was closed and opened again: the `ourway_tab` cookie has no
expiry, so it disappears with the browser session while the login cookie stays.

What counts as activity: every request from the person, except htmx GET requests (pages
polling for changes, e.g. a repair conversation refreshing every two seconds) and any
request carrying the header `X-OurWay-Background: 1` (for other background calls). Typing
in a box with the live coach is an htmx POST, so it counts. JSON API calls (`/api/`) use
tokens, not the session, and are left alone.

Last activity is written to the session at most once a minute, so a busy page does not
write on every request.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django_htmx.http import HttpResponseClientRedirect

from ourway.care import conf

SEEN = "care.seen"
LOCKED = "care.locked"
BROWSER = "care.browser"
HAS_PASSCODE = "care.passcode"
TRIES = "care.tries"
BROWSER_COOKIE = "ourway_tab"
BACKGROUND_HEADER = "X-OurWay-Background"
# How stale the stored "last activity" may get before it is written again.
SEEN_GRANULARITY = 60
SKIPPED_PREFIXES = ("/static/", "/api/", "/manifest.webmanifest", "/admin/")
# The quick exit's sign-out must work on the lock screen too.
OPEN_WHILE_LOCKED = (
    "care:unlock",
    "care:resources",
    "care:exit",
    "accounts:logout",
    "accounts:login",
)


def now_seconds() -> int:
    return int(time.time())


def counts_as_activity(request: HttpRequest) -> bool:
    """False for polling and other background requests (see the module docstring)."""
    if request.headers.get(BACKGROUND_HEADER) == "1":
        return False
    is_htmx = request.headers.get("HX-Request") == "true"
    return not (is_htmx and request.method in ("GET", "HEAD"))


def start_session(request: HttpRequest, user: Any) -> None:
    """Called on every login: a fresh session starts active, unlocked, for this browser."""
    from ourway.care.models import AppPasscode

    request.session[SEEN] = now_seconds()
    request.session[LOCKED] = False
    request.session[BROWSER] = secrets.token_urlsafe(18)
    request.session[HAS_PASSCODE] = AppPasscode.exists_for(user)
    request.session[TRIES] = 0


def unlock(request: HttpRequest) -> None:
    request.session[LOCKED] = False
    request.session[TRIES] = 0
    request.session[SEEN] = now_seconds()


def _redirect(request: HttpRequest, url: str) -> HttpResponse:
    if request.headers.get("HX-Request") == "true":
        return HttpResponseClientRedirect(url)
    return HttpResponseRedirect(url)


def _next_query(request: HttpRequest) -> str:
    if request.method != "GET" or request.headers.get("HX-Request") == "true":
        return ""
    return "?" + urlencode({"next": request.get_full_path()})


class IdleLockMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self._open_paths: set[str] | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(SKIPPED_PREFIXES):
            return self.get_response(request)
        stopped = self._check(request) if request.user.is_authenticated else None
        response = stopped if stopped is not None else self.get_response(request)
        self._remember_browser(request, response)
        return response

    def _open_while_locked(self, request: HttpRequest) -> bool:
        if self._open_paths is None:
            self._open_paths = {reverse(name) for name in OPEN_WHILE_LOCKED}
        return request.path in self._open_paths

    def _check(self, request: HttpRequest) -> HttpResponse | None:
        session = request.session
        now = now_seconds()
        if HAS_PASSCODE not in session:
            from ourway.care.models import AppPasscode

            session[HAS_PASSCODE] = AppPasscode.exists_for(request.user)
        has_passcode = bool(session[HAS_PASSCODE])
        seen = session.get(SEEN)
        if seen is not None and now - int(seen) > conf.idle_minutes() * 60:
            if not has_passcode:
                logout(request)
                messages.info(request, _("You were signed out after a quiet while."))
                return _redirect(request, reverse("accounts:login"))
            session[LOCKED] = True
        if has_passcode and request.COOKIES.get(BROWSER_COOKIE) != session.get(BROWSER):
            session[LOCKED] = True
        if session.get(LOCKED) and not self._open_while_locked(request):
            return _redirect(request, reverse("care:unlock") + _next_query(request))
        stale = seen is None or now - int(seen) >= SEEN_GRANULARITY
        if stale and not session.get(LOCKED) and counts_as_activity(request):
            session[SEEN] = now
        return None

    def _remember_browser(self, request: HttpRequest, response: HttpResponse) -> None:
        """Give this browser the cookie that says "this browser session was unlocked".

        Signed out (logged out, a quick exit, an idle sign-out), the cookie goes: its name
        alone would tell a shared browser that OurWay was used.
        """
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            if BROWSER_COOKIE in request.COOKIES:
                response.delete_cookie(BROWSER_COOKIE, samesite="Lax")
            return
        if request.session.get(LOCKED):
            return
        token = request.session.get(BROWSER)
        if not token:
            token = request.session[BROWSER] = secrets.token_urlsafe(18)
        if request.COOKIES.get(BROWSER_COOKIE) != token:
            response.set_cookie(
                BROWSER_COOKIE,
                token,
                httponly=True,
                samesite="Lax",
                secure=bool(getattr(settings, "SESSION_COOKIE_SECURE", False)),
            )
