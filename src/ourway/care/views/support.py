"""Calling in reinforcements: the person's signals, therapist directories, and the hand-off."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.care import conf
from ourway.care.forms import HandoffForm
from ourway.care.gather import shown, signals_for
from ourway.care.handoff import build, to_markdown
from ourway.care.models import Handoff
from ourway.care.safeguards import (
    handoff_seen_by,
    held_by_screen,
    support_for_one,
    tell_partner_about_handoff,
)
from ourway.couples.access import partner_of

View = Callable[..., HttpResponse]


def current_handoff(user: object) -> Handoff | None:
    return (
        Handoff.objects.in_couple_of(user)
        .prefetch_related("consents__person", "couple__memberships")
        .first()
    )


def for_two(view: View) -> View:
    """Wrap a hand-off view: a person who needs support on their own is sent to the hand-off
    page, which tells them kindly that it is not for now (`support_for_one`).

    Nothing is recorded or sent, and they learn nothing of the partner's side: no 404 (which
    would say "there is nothing"), no summary. Taking back a yes is never wrapped.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if support_for_one(request.user):
            return redirect("care:handoff")
        return view(request, *args, **kwargs)

    return wrapper


@login_required
def reinforcements(request: HttpRequest) -> HttpResponse:
    # In safety mode, or after a positive private screen (safety mode on or not, until a
    # later screen says otherwise): support for the person alone, never couples therapy or
    # a joint summary.
    seen = handoff_seen_by(request.user, current_handoff(request.user))
    quiet = seen.alone
    context = {
        "quiet": quiet,
        "held_by": held_by_screen(request.user) if quiet else None,
        # A yes they gave before, theirs to take back (shown only while the summary is
        # not offered to them; otherwise the hand-off page has it).
        "mine": seen.mine if quiet else None,
        "signals": [] if quiet else shown(signals_for(request.user)),
        "directories": conf.individual_directories() if quiet else conf.couples_directories(),
        "has_partner": partner_of(request.user) is not None,
        # The partner started a summary and is waiting for this person's answer.
        "asked": seen.asked,
    }
    return render(request, "care/reinforcements.html", context)


@login_required
def handoff(request: HttpRequest) -> HttpResponse:
    found = current_handoff(request.user)
    seen = handoff_seen_by(request.user, found)
    if seen.alone:
        # Where `for_two` sends them: the honest line and their own yes, if they gave one,
        # to take back; nothing of the hand-off's state or of the partner.
        alone = {"alone": True, "mine": seen.mine, "held_by": held_by_screen(request.user)}
        return render(request, "care/handoff.html", alone)
    if partner_of(request.user) is None:
        return render(request, "care/handoff.html", {"no_partner": True})
    mine = seen.mine
    form = HandoffForm(
        request.POST if request.method == "POST" else None,
        initial={"choices": mine.choices if mine else []},
    )
    if request.method == "POST" and form.is_valid():
        _found, started = Handoff.agree(request.user, form.cleaned_data["choices"])
        if started:
            tell_partner_about_handoff(request.user)
        messages.success(request, _("Saved. You can change your mind at any time."))
        return redirect("care:handoff")
    context = {"form": form, "seen": seen, "mine": mine}
    return render(request, "care/handoff.html", context)


@login_required
@require_POST
def handoff_withdraw(request: HttpRequest) -> HttpResponse:
    # Not `for_two`: whoever gave a yes can take it back, whatever is true of them now.
    found = current_handoff(request.user)
    if found is not None:
        found.withdraw(request.user)
    messages.success(request, _("Your yes is taken back. Nothing of yours will be in a summary."))
    return redirect("care:handoff")


def _ready_handoff(request: HttpRequest) -> Handoff:
    # Not ready reads the same whatever the reason: nobody learns why from a 404.
    found = current_handoff(request.user)
    if found is None or not handoff_seen_by(request.user, found).ready:
        raise Http404
    return found


@login_required
@for_two
def handoff_summary(request: HttpRequest) -> HttpResponse:
    summary = build(_ready_handoff(request))
    return render(request, "care/handoff_summary.html", {"summary": summary})


@login_required
@for_two
def handoff_markdown(request: HttpRequest) -> HttpResponse:
    text = to_markdown(build(_ready_handoff(request)))
    response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="for-our-therapist-{stamp}.md"'
    return response
