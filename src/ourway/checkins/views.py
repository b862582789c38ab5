from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django_htmx.middleware import HtmxDetails

from ourway.checkins.forms import CheckInForm
from ourway.checkins.models import (
    CheckIn,
    CheckInSettled,
    DayView,
    checkin_day,
    day_view,
    day_views,
)
from ourway.checkins.trends import closeness_chart
from ourway.coaching.tally import note
from ourway.couples.access import partner_of
from ourway.couples.outreach import is_quiet

RECENT_DAYS = 14
WEEK_CHOICES = (4, 12, 26, 52)


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _weeks(request: HttpRequest) -> int:
    try:
        wanted = int(request.GET.get("weeks", "12"))
    except ValueError:
        return 12
    return wanted if wanted in WEEK_CHOICES else 12


def _initial(view: DayView) -> dict[str, Any]:
    if view.mine is None:
        return {}
    return {
        "closeness": view.mine.closeness,
        "words": view.mine.words,
        "more_of": view.mine.more_of or "",
    }


def _saved_message(checkin: CheckIn, alone: bool) -> str:
    if checkin.fine_shield:
        return _(
            "Saved. You said “fine”. If there is more underneath, you can add a word or two "
            "while today is still open. If you would rather not say yet, that is okay too."
        )
    if alone:
        return _("Saved. Only you can see it.")
    return _("Saved. Your partner sees it only once they have answered today too.")


@login_required
def checkins(request: HtmxHttpRequest) -> HttpResponse:
    """Today's "How are we?", the last two weeks, and the trend over weeks."""
    user = request.user
    today = checkin_day(user)
    view = day_view(user, today)
    form = CheckInForm(request.POST or None, initial=_initial(view))
    if request.method == "POST" and form.is_valid():
        try:
            checkin, _created = CheckIn.answer(user, **form.cleaned_data)
        except CheckInSettled:
            messages.info(request, _("Your partner has answered today too, so today is settled."))
            return redirect("checkins:checkins")
        note(request, f"{checkin.words}\n{checkin.more_of or ''}".strip(), source="checkin")
        alone = partner_of(user) is None or is_quiet(user)
        messages.success(request, _saved_message(checkin, alone))
        return redirect("checkins:checkins")
    weeks = _weeks(request)
    context = {
        "form": form,
        "today": view,
        # The couple's shared day can differ from the person's own date (time zones apart).
        "own_date": timezone.localdate(),
        "editing": view.mine is None or request.GET.get("change") == "1" or form.is_bound,
        "recent": day_views(
            user,
            list(
                CheckIn.objects.visible_to(user).filter(
                    day__gte=today - timedelta(days=RECENT_DAYS), day__lt=today
                )
            ),
        ),
        "chart": closeness_chart(user, weeks, today=today),
        "weeks": weeks,
        "week_choices": WEEK_CHOICES,
        "together": partner_of(user) is not None and not is_quiet(user),
    }
    if request.htmx and request.GET.get("weeks"):
        return render(request, "checkins/checkins.html#trend", context)
    return render(request, "checkins/checkins.html", context)


@login_required
def day(request: HttpRequest, day: str) -> HttpResponse:
    """One day: your answer, and your partner's if you both answered."""
    try:
        wanted = date.fromisoformat(day)
    except ValueError as error:
        raise Http404 from error
    view = day_view(request.user, wanted)
    if view.mine is None and view.theirs is None:
        raise Http404
    return render(
        request,
        "checkins/day.html",
        {
            "view": view,
            "together": partner_of(request.user) is not None and not is_quiet(request.user),
        },
    )
