"""Check-ins over JSON: answer today, list what you may read, today's shared view, the trend."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.checkins.models import (
    MAX_MORE_OF_CHARS,
    MAX_WORDS_CHARS,
    CheckIn,
    CheckInSettled,
    DayView,
    checkin_day,
    day_view,
)
from ourway.checkins.trends import MAX_WEEKS, closeness_chart
from ourway.coaching.tally import note
from ourway.couples.access import partner_of
from ourway.couples.outreach import is_quiet
from ourway.text import clean_text

router = Router()


class CheckInIn(Schema):
    closeness: int = Field(ge=1, le=5, description="1 far apart ... 5 really close")
    words: str = Field(max_length=MAX_WORDS_CHARS * 2, description="A few honest words.")
    more_of: str = Field(default="", max_length=MAX_MORE_OF_CHARS * 2)


class CheckInOut(Schema):
    id: int
    day: date
    closeness: int
    closeness_words: str
    words: str
    more_of: str
    mine: bool
    author: str
    fine_shield: bool | None = Field(
        description="Only on your own answers; null on your partner's."
    )
    updated: datetime


class DayOut(Schema):
    day: date
    mine: CheckInOut | None
    partner: CheckInOut | None
    revealed: bool = Field(description="True once both of you answered this day.")
    waiting_for_partner: bool


class WeekOut(Schema):
    week_start: date
    average: float | None
    answers: int
    fine_answers: int | None = Field(description="Only in your own weeks.")


class TrendOut(Schema):
    weeks: int
    mine: list[WeekOut]
    partner: list[WeekOut] | None = Field(description="Your partner, on days you both answered.")


def _out(checkin: CheckIn, user: Any) -> dict[str, Any]:
    mine = checkin.owner_id == user.pk
    return {
        "id": checkin.pk,
        "day": checkin.day,
        "closeness": checkin.closeness,
        "closeness_words": checkin.closeness_words,
        "words": checkin.words,
        "more_of": checkin.more_of or "",
        "mine": mine,
        "author": user.name if mine else getattr(partner_of(user), "name", ""),
        "fine_shield": checkin.fine_shield if mine else None,
        "updated": checkin.updated,
    }


def _day_out(view: DayView, user: Any) -> dict[str, Any]:
    together = partner_of(user) is not None and not is_quiet(user)
    return {
        "day": view.day,
        "mine": _out(view.mine, user) if view.mine else None,
        "partner": _out(view.theirs, user) if view.theirs else None,
        "revealed": view.revealed,
        "waiting_for_partner": together and view.mine is not None and view.theirs is None,
    }


@router.get("", response=list[CheckInOut])
def list_checkins(request: HttpRequest, limit: int = 60, offset: int = 0) -> list[dict[str, Any]]:
    """Your answers and, for days you both answered, your partner's. Newest first."""
    user = person(request)
    limit, offset = max(1, min(limit, 366)), max(offset, 0)
    found = CheckIn.objects.visible_to(user)[offset : offset + limit]
    return [_out(c, user) for c in found]


@router.post("", response={200: CheckInOut, 201: CheckInOut})
def answer_today(request: HttpRequest, payload: CheckInIn) -> Status:
    """Answer (or change) today's check-in. 201 when new, 200 when changed or unchanged.

    409 once your partner has answered today too: the day is settled.
    """
    user = person(request)
    words = clean_text(payload.words)
    more_of = clean_text(payload.more_of)
    if not words:
        raise HttpError(422, "Write a few words first, even one is enough.")
    if len(words) > MAX_WORDS_CHARS or len(more_of) > MAX_MORE_OF_CHARS:
        raise HttpError(
            422,
            f"A check-in holds up to {MAX_WORDS_CHARS:,} characters of words and "
            f"{MAX_MORE_OF_CHARS:,} of 'more of'.",
        )
    try:
        checkin, created = CheckIn.answer(
            user, closeness=payload.closeness, words=words, more_of=more_of
        )
    except CheckInSettled as error:
        raise HttpError(409, "Your partner has answered today too, so today is settled.") from error
    note(request, f"{words}\n{more_of}".strip(), source="checkin")
    return Status(201 if created else 200, _out(checkin, user))


@router.get("/today", response=DayOut)
def today(request: HttpRequest) -> dict[str, Any]:
    """Today's view: your answer, and your partner's once both answered."""
    user = person(request)
    return _day_out(day_view(user, checkin_day(user)), user)


@router.get("/trend", response=TrendOut)
def trend(request: HttpRequest, weeks: int = 12) -> dict[str, Any]:
    """Weekly average closeness, oldest first. Your "fine" counts appear only in your weeks."""
    user = person(request)
    chart = closeness_chart(user, max(1, min(weeks, MAX_WEEKS)))
    theirs = chart.theirs.points if chart.theirs else None
    return {
        "weeks": chart.weeks,
        "mine": [asdict(p) for p in chart.mine.points],
        "partner": [{**asdict(p), "fine_answers": None} for p in theirs] if theirs else None,
    }


@router.get("/days/{day}", response=DayOut)
def one_day(request: HttpRequest, day: date) -> dict[str, Any]:
    """One day's answers you may read; 404 when there are none."""
    user = person(request)
    view = day_view(user, day)
    if view.mine is None and view.theirs is None:
        raise HttpError(404, "Not found.")
    return _day_out(view, user)
