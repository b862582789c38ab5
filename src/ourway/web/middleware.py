"""Keep pages about a person's private life out of shared caches and the back button."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

PUBLIC_PREFIXES = ("/static/", "/manifest.webmanifest", "/sw.js")


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
        return response
