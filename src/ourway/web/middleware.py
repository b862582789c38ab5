"""Keep pages about a person's private life out of shared caches and the back button, and
the Content-Security-Policy with the one outside address a form may lead to."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import resolve_url
from django.utils.cache import add_never_cache_headers, patch_cache_control

PUBLIC_PREFIXES = ("/static/", "/manifest.webmanifest", "/sw.js")
# Pages whose very address says something private: after a quick exit, Back asks for the
# safety page again and is sent to log in; "?next=/care/safety/" in the address bar would
# tell whoever looks where the person was.
UNSPOKEN_PREFIXES = ("/care/",)


class PrivatePagesMiddleware:
    """Every response to a signed-in person gets `Cache-Control: no-store`.

    A shared family laptop must not show a journal entry from the browser cache after
    logout, so everything that is not a public static asset is marked no-store.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(PUBLIC_PREFIXES):
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
        if response.status_code == 302 and request.path.startswith(UNSPOKEN_PREFIXES):
            _forget_where_from(response)
        return response


def _forget_where_from(response: HttpResponse) -> None:
    """A redirect to log in from a care page loses its `next`: the plain log-in page."""
    login = resolve_url(settings.LOGIN_URL)
    where = urlsplit(response["Location"])
    wanted = parse_qs(where.query).get("next", [""])[0]
    if where.path == login and wanted.startswith(UNSPOKEN_PREFIXES):
        response["Location"] = login


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's strict policy, with the quick exit's neutral site in `form-action`.

    Without JavaScript, "Exit this page" is a form posted here and redirected there, and
    browsers hold a form's redirects to `form-action` too. Only that one site is added,
    read per request because the address is a setting (`care.conf.quick_exit_origin`).
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        from ourway.care.conf import quick_exit_origin

        parts = super().get_policy_parts(request, response, report_only)
        if not report_only:
            update = dict(parts.update or {})
            update["form-action"] = [*update.get("form-action", ()), quick_exit_origin()]
            parts.update = update
        return parts
