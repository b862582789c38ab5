"""Remember, privately, which coach labels appeared in what a person saved.

`note(request, text, source)` is the one call every feature makes when it saves a
person's own words. It keeps only labels (never the text), and when the coach sees danger
it quietly offers that person the private safety page — a message only they see.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from ourway.coach import Analysis, analyze
from ourway.coach.safety import Card, card
from ourway.coaching.models import CoachSighting
from ourway.content.care import SAFETY_CARDS


def labels_of(text: str, analysis: Analysis | None = None) -> list[str]:
    """The flat list of labels the coach found, e.g. ["blame", "contempt", "danger"]."""
    result = (analysis or analyze(text)).to_dict()
    found: list[str] = []
    for key in ("blame", "fine_shield", "harsh_startup", "reflection", "danger", "logistics"):
        if result[key]:
            found.append(key)
    found.extend(result["horsemen"])
    if result["i_feel"]:
        found.append(f"i_feel:{result['i_feel']}")
    if result["apology"]:
        found.append(f"apology:{result['apology']}")
    return found


def note(request: Any, text: str, source: str) -> CoachSighting | None:
    user = request.user
    if not getattr(user, "is_authenticated", False) or not text:
        return None
    analysis = analyze(text)
    sighting = CoachSighting.objects.create(
        owner=user, source=source[:40], labels=labels_of(text, analysis)
    )
    if "danger" in sighting.labels:
        offer_safety(request, about=card(text, analysis))
    return sighting


def offer_safety(request: Any, *, about: Card | None = None) -> None:
    """A private note with the way to the safety page; for words that threaten, control or
    describe force against the partner, what they can do and where help to stop starts."""
    try:
        url = reverse("care:safety")
    except NoReverseMatch:  # the care app is not installed
        return
    said = SAFETY_CARDS[about or "writer"]
    note_text, link = _(said.note), _(said.link)
    messages.info(request, format_html('{} <a href="{}">{}</a>', note_text, url, link))
