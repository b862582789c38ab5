from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.connect.forms import BidForm
from ourway.connect.models import APART_RATE, TOGETHER_RATE, Bid
from ourway.couples.access import get_own_or_404
from ourway.web.typing import AuthedRequest

TREND_WEEKS = 8
RECENT = 20


def log_bid(user: Any, what: str, response: str, day: date) -> tuple[Bid, bool]:
    """Save a bid; the same bid sent twice within a few seconds is saved once."""
    last = Bid.objects.owned_by(user).order_by("-created").first()
    recent = timezone.now() - timedelta(seconds=10)
    if (
        last
        and last.created >= recent
        and (last.what, last.response, last.day)
        == (
            what,
            response,
            day,
        )
    ):
        return last, False
    return Bid.objects.create(owner=user, what=what, response=response, day=day), True


@login_required
def bids(request: AuthedRequest) -> HttpResponse:
    form = BidForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        log_bid(request.user, data["what"], data["response"], data["day"])
        messages.success(request, _("Noted. Only you can see this log."))
        return redirect("connect:bids")
    weeks = Bid.objects.weekly_rates(request.user, TREND_WEEKS)
    total = sum(w.bids for w in weeks)
    toward = sum(w.toward for w in weeks)
    context = {
        "form": form,
        "recent": Bid.objects.owned_by(request.user)[:RECENT],
        "weeks": weeks,
        # Bars of the chart: 40 units per week, height = percent turned towards.
        "bars": [
            {"x": 6 + 40 * i, "y": 100 - w.percent, "height": w.percent}
            for i, w in enumerate(weeks)
            if w.percent is not None
        ],
        "overall": round(100 * toward / total) if total else None,
        "together": round(TOGETHER_RATE * 100),
        "apart": round(APART_RATE * 100),
    }
    return render(request, "connect/bids.html", context)


@login_required
def delete_bid(request: AuthedRequest, bid_id: int) -> HttpResponse:
    bid = get_own_or_404(Bid.objects, request.user, pk=bid_id)
    if request.method == "POST":
        bid.delete()
        messages.success(request, _("Removed from your log."))
        return redirect("connect:bids")
    return render(request, "connect/delete.html", {"bid": bid})
