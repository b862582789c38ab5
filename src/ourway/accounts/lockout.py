"""What a person sees when django-axes has locked a login out for a while."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _


def lockout_response(
    request: HttpRequest, original_response: Any = None, credentials: Any = None
) -> HttpResponse:
    """JSON for API calls, a calm page for people; both 429 Too Many Requests."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": _("Too many failed attempts. Please wait a while and try again.")},
            status=429,
        )
    return render(request, "accounts/locked_out.html", status=429)
