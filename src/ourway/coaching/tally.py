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
    if about in ("threat", "force"):
        what = (
            _("Something you wrote describes using force against your partner.")
            if about == "force"
            else _("Something you wrote reads as a threat, or as control over your partner.")
        )
        note_text = (
            what
            + " "
            + _(
                "If you want help to stop, a counsellor or your doctor can point you, privately, "
                "to a programme for people who want to change."
            )
        )
        link = _("If you are the one who feels unsafe, see private safety options")
    elif about == "maybe":
        note_text = _(
            "Some words you wrote often come up when someone does not feel safe. If that is "
            "you, support is private."
        )
        link = _("See private safety options")
    else:
        note_text = _("Something you wrote suggests you may not feel safe. Support is private.")
        link = _("See private safety options")
    messages.info(request, format_html('{} <a href="{}">{}</a>', note_text, url, link))
