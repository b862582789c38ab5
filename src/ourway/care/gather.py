"""The Django side of the reinforcement signals: fetch plain data, hand it to the rules.

Only the person's own coach sightings are read (their own writing, never the partner's),
plus what the couple made together (repair conversations) and check-ins that may be
revealed to both. Everything is read through the privacy helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.accounts.middleware import zone_of
from ourway.care.reinforcements import (
    CONTEMPT_WINDOW_DAYS,
    TALK_WINDOW_DAYS,
    TURN_TOWARD_WEEKS,
    Signal,
    TalkRecord,
    all_signals,
)
from ourway.content.care import SIGNAL_TEXTS
from ourway.couples.access import couple_of

CHECKIN_WEEKS = 8


@dataclass(frozen=True)
class ShownSignal:
    key: str
    title: str
    why: str
    therapist: str


def own_sightings(user: Any, now: datetime) -> list[tuple[datetime, list[str]]]:
    from ourway.coaching.models import CoachSighting

    since = now - timedelta(days=CONTEMPT_WINDOW_DAYS)
    # CoachSighting has no partner view at all: it is only ever read for its owner.
    rows = CoachSighting.objects.filter(owner=user, created__gte=since).values_list(
        "created", "labels"
    )
    return [(created, list(labels or [])) for created, labels in rows]


def weekly_closeness(user: Any, now: datetime) -> list[float | None]:
    try:
        from ourway.checkins.models import checkin_day
        from ourway.checkins.trends import weekly_closeness as closeness
    except ImportError:  # the check-ins app is optional
        return []
    subject = couple_of(user) or user
    # The couple's shared check-in day (the same rule the check-ins themselves follow).
    today = checkin_day(user, now)
    return [point.average for point in closeness(subject, weeks=CHECKIN_WEEKS, today=today)]


def couple_talks(user: Any, now: datetime) -> list[TalkRecord]:
    try:
        from ourway.talk.models import RepairSession, Status
    except ImportError:  # the repair conversation app is optional
        return []
    since = now - timedelta(days=TALK_WINDOW_DAYS)
    sessions = (
        RepairSession.objects.in_couple_of(user)
        .filter(status=Status.ENDED, ended_at__gte=since)
        .prefetch_related("turns", "agreements")
    )
    return [TalkRecord(s.topic, s.ended_at, s.ended_with_agreement) for s in sessions]


def own_weekly_bids(user: Any, now: datetime) -> list[tuple[int, int]]:
    """(bids, turned towards) per week from the person's own private bids log."""
    from ourway.connect.models import Bid

    today = now.astimezone(zone_of(user)).date()
    weeks = Bid.objects.weekly_rates(user, TURN_TOWARD_WEEKS, today=today)
    return [(week.bids, week.toward) for week in weeks]


def signals_for(user: Any, now: datetime | None = None) -> list[Signal]:
    """Every signal for `user`; their own days are counted on their own clock."""
    now = now or timezone.now()
    return all_signals(
        now=now,
        sightings=own_sightings(user, now),
        weekly_closeness=weekly_closeness(user, now),
        talks=couple_talks(user, now),
        weekly_bids=own_weekly_bids(user, now),
        zone=zone_of(user),
    )


def shown(signals: list[Signal]) -> list[ShownSignal]:
    """The signals in the person's language: what it is, why it matters, what helps."""
    found = []
    for signal in signals:
        text = SIGNAL_TEXTS[signal.key]
        found.append(ShownSignal(signal.key, _(text.title), _(text.why), _(text.therapist)))
    return found
