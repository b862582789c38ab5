from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _

from ourway.couples.access import couple_of, partner_of
from ourway.couples.outreach import is_quiet
from ourway.journal.models import JournalEntry
from ourway.web.features import PARTS, features
from ourway.web.where import where_we_are


def home(request: HttpRequest) -> HttpResponse:
    """The map of the reset: what each part is for, and where this couple is."""
    quiet = request.user.is_authenticated and is_quiet(request.user)
    available = features(quiet=quiet)
    parts = [
        {
            "number": part.number,
            "title": part.title,
            "summary": part.quiet_summary if quiet else part.summary,
            "features": [f for f in available if f.part == part.number],
        }
        for part in PARTS
    ]
    context: dict[str, object] = {
        "quiet": quiet,
        "parts": parts,
        "alongside": [f for f in available if f.part == 0],
    }
    if request.user.is_authenticated:
        context["recent_entries"] = JournalEntry.objects.visible_to(request.user).select_related(
            "owner"
        )[:3]
        context["has_couple"] = couple_of(request.user) is not None
        context["has_partner"] = partner_of(request.user) is not None
        context["waiting"] = where_we_are(request.user)
    return render(request, "home.html", context)


def manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest: lets a phone install OurWay on its home screen."""
    return JsonResponse(
        {
            "name": "OurWay",
            "short_name": "OurWay",
            "description": _("A private companion for a couple finding their way back."),
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "background_color": "#f7f4ef",
            "theme_color": "#3f6f6a",
            "icons": [
                {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static("icons/icon.svg"),
                    "sizes": "any",
                    "type": "image/svg+xml",
                    "purpose": "any",
                },
            ],
        },
        content_type="application/manifest+json",
    )
