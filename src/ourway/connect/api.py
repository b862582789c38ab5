from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.connect.forms import BidForm
from ourway.connect.models import Bid, Response
from ourway.connect.views import TREND_WEEKS, log_bid
from ourway.couples.access import get_own_or_404

router = Router()


class BidIn(Schema):
    what: str = Field(max_length=2000)
    response: Response
    day: date | None = None


class BidOut(Schema):
    id: int
    what: str
    response: str
    day: date


class WeekOut(Schema):
    monday: date
    bids: int
    toward: int
    percent: int | None


def _out(bid: Bid) -> dict[str, object]:
    return {"id": bid.pk, "what": bid.what, "response": bid.response, "day": bid.day}


@router.get("/bids", response=list[BidOut])
def list_bids(request: HttpRequest) -> list[dict[str, object]]:
    """Your own bid log (never your partner's), newest first."""
    return [_out(b) for b in Bid.objects.owned_by(person(request))[:200]]


@router.post("/bids", response={200: BidOut, 201: BidOut})
def add_bid(request: HttpRequest, payload: BidIn) -> Status:
    day = payload.day or timezone.localdate()
    form = BidForm({"what": payload.what, "response": payload.response, "day": day})
    if not form.is_valid():
        raise HttpError(422, " ".join(str(e) for errors in form.errors.values() for e in errors))
    data = form.cleaned_data
    bid, created = log_bid(person(request), data["what"], data["response"], data["day"])
    return Status(201 if created else 200, _out(bid))


@router.get("/bids/weeks", response=list[WeekOut])
def weekly(request: HttpRequest, weeks: int = TREND_WEEKS) -> list[dict[str, object]]:
    """Your turn-toward rate per week, oldest first."""
    rows = Bid.objects.weekly_rates(person(request), max(1, min(weeks, 52)))
    return [
        {"monday": w.monday, "bids": w.bids, "toward": w.toward, "percent": w.percent} for w in rows
    ]


@router.delete("/bids/{bid_id}", response={204: None})
def delete_bid(request: HttpRequest, bid_id: int) -> Status:
    get_own_or_404(Bid.objects, person(request), pk=bid_id).delete()
    return Status(204, None)
