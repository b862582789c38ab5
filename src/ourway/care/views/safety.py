"""The private safety page, the screen, safety mode on/off, and the public resources page.

Nothing here sends, notifies or records anything the partner could see.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.care import conf
from ourway.care.forms import ScreenForm
from ourway.care.models import SafetyScreen
from ourway.care.templatetags.care_tags import crisis_lines
from ourway.content.care import DEVICE_SAFETY
from ourway.couples.outreach import is_quiet

# How far back a danger finding in the person's own writing still prompts the offer.
RECENT_SIGHTINGS = 50


def _support_context() -> dict[str, Any]:
    return {
        "crisis": crisis_lines(),
        "device_safety": [_(note) for note in DEVICE_SAFETY],
        "individual_directories": conf.individual_directories(),
    }


def _coach_saw_danger(user: Any) -> bool:
    from ourway.coaching.models import CoachSighting

    # Sightings are only ever read for their owner; this is the person's own writing.
    recent = CoachSighting.objects.filter(owner=user).values_list("labels", flat=True)
    return any("danger" in (labels or []) for labels in recent[:RECENT_SIGHTINGS])


@login_required
def safety(request: HttpRequest) -> HttpResponse:
    latest = SafetyScreen.objects.owned_by(request.user).first()
    context = {
        **_support_context(),
        "latest": latest,
        "offer": bool(latest and latest.positive) or _coach_saw_danger(request.user),
    }
    return render(request, "care/safety.html", context)


@login_required
def screen(request: HttpRequest) -> HttpResponse:
    form = ScreenForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        was_on = is_quiet(request.user)
        SafetyScreen.record(request.user, form.answers(), form.cleaned_data["form_token"])
        if not was_on and is_quiet(request.user):
            messages.info(
                request,
                _(
                    "From your answers, OurWay has turned on safety mode for you: things you "
                    "do with your partner are paused. Your partner is not told. You can turn "
                    "it off below at any time."
                ),
            )
        return redirect("care:safety")
    return render(request, "care/screen.html", {"form": form})


@login_required
@require_POST
def forget(request: HttpRequest) -> HttpResponse:
    SafetyScreen.objects.owned_by(request.user).delete()
    messages.success(request, _("Your answers are deleted. Nothing of them is kept."))
    return redirect("care:safety")


@login_required
@require_POST
def mode(request: HttpRequest) -> HttpResponse:
    turn_on = request.POST.get("on") == "1"
    request.user.set_safety_mode(turn_on)  # type: ignore[union-attr]
    if turn_on:
        messages.success(
            request,
            _("Safety mode is on. Only you can see this; nothing was sent to anyone."),
        )
    else:
        messages.success(request, _("Safety mode is off. You can turn it on again at any time."))
    return redirect("care:safety")


def resources(request: HttpRequest) -> HttpResponse:
    """Crisis lines and device safety, for anyone, signed in or not."""
    return render(request, "care/resources.html", _support_context())
