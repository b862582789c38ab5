"""Bids for connection: a person's own, private log of how they met their partner's bids.

A bid is any reach for attention, affection or support ("look at that sunset!", a sigh, a
hand on the arm). Each person logs bids made to them and rates their own response:
towards, away or against. The log is never shared: it is a mirror, not a scoreboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.couples.access import PersonalQuerySet
from ourway.couples.models import PersonalRecord

MAX_BID_CHARS = 300
# Research reference (Gottman): couples still together six years on turned towards each
# other's bids about 86% of the time; those who split, about 33%.
TOGETHER_RATE = 0.86
APART_RATE = 0.33


class Response(models.TextChoices):
    TOWARD = "toward", _("I turned towards it")
    AWAY = "away", _("I turned away (missed or ignored it)")
    AGAINST = "against", _("I turned against it (irritated or dismissive)")


@dataclass(frozen=True)
class WeekRate:
    monday: date
    bids: int
    toward: int

    @property
    def rate(self) -> float | None:
        return self.toward / self.bids if self.bids else None

    @property
    def percent(self) -> int | None:
        rate = self.rate
        return None if rate is None else round(rate * 100)


class BidQuerySet(PersonalQuerySet["Bid"]):
    def weekly_rates(self, owner: object, weeks: int, today: date | None = None) -> list[WeekRate]:
        """The owner's turn-toward rate per week, oldest first, this week last (one query)."""
        today = today or timezone.localdate()
        monday = today - timedelta(days=today.weekday())
        mondays = [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
        counts: dict[date, list[int]] = {m: [0, 0] for m in mondays}
        rows = self.owned_by(owner).filter(day__gte=mondays[0]).values_list("day", "response")
        for day, response in rows:
            key = day - timedelta(days=day.weekday())
            if key in counts:
                counts[key][0] += 1
                counts[key][1] += response == Response.TOWARD
        return [WeekRate(m, *counts[m]) for m in mondays]


class Bid(PersonalRecord):
    what = EncryptedTextField(_("what was the bid?"))
    response = models.CharField(_("how did you meet it?"), max_length=8, choices=Response.choices)
    day = models.DateField(_("when"), default=timezone.localdate)

    objects = BidQuerySet.as_manager()

    class Meta:
        ordering = ("-day", "-created")

    def __str__(self) -> str:
        return f"bid {self.pk}"
