"""Closeness over the weeks: numbers for other apps, and a chart drawn on the server.

`weekly_closeness` is the public entry point (the care app uses `is_trending_down` to
notice check-ins going down). The chart is plain SVG geometry for the template: no
JavaScript library, colours as attributes, and a table beside it for screen readers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.checkins.models import CheckIn, checkin_day
from ourway.couples.models import Couple

MAX_WEEKS = 104


@dataclass(frozen=True)
class WeekPoint:
    """One calendar week (Monday first) of check-ins."""

    week_start: date
    average: float | None  # None when nobody answered that week
    answers: int
    fine_answers: int  # answers where "fine" was used as a shield


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _bucket(rows: Iterable[tuple[date, int, bool]], weeks: int, today: date) -> list[WeekPoint]:
    first = week_start(today) - timedelta(weeks=weeks - 1)
    sums: dict[date, list[int]] = {}
    fines: dict[date, int] = {}
    for day, closeness, fine in rows:
        start = week_start(day)
        sums.setdefault(start, []).append(closeness)
        fines[start] = fines.get(start, 0) + int(fine)
    points = []
    for index in range(weeks):
        start = first + timedelta(weeks=index)
        values = sums.get(start, [])
        points.append(
            WeekPoint(
                week_start=start,
                average=round(sum(values) / len(values), 2) if values else None,
                answers=len(values),
                fine_answers=fines.get(start, 0),
            )
        )
    return points


def _today_of(subject: Any) -> date:
    """The check-in "today" of a person, or of a couple (as its first member sees it)."""
    if isinstance(subject, Couple):
        first = subject.memberships.select_related("user").order_by("joined", "pk").first()
        return checkin_day(first.user) if first else timezone.localdate()
    return checkin_day(subject)


def _window(weeks: int, today: date) -> tuple[int, date, date]:
    weeks = max(1, min(int(weeks), MAX_WEEKS))
    return weeks, today, week_start(today) - timedelta(weeks=weeks - 1)


def weekly_closeness(
    subject: Any, weeks: int = 12, *, today: date | None = None
) -> list[WeekPoint]:
    """Average closeness (1-5) per week, oldest week first, ending with this week.

    `subject` is a person (`User`) or a `Couple`:
    - a person: all their own answers, with `fine_answers` counted (only ever show that
      to the person themselves);
    - a couple: both members' answers that may be revealed (never those given in safety
      mode), and `fine_answers` is always 0, so a person's "fine" pattern never leaves them.

    One SQL query whatever the history. `weeks` is clamped to 1..104.

        >>> weekly_closeness(ana, weeks=2, today=date(2025, 1, 15))  # doctest: +SKIP
        [WeekPoint(week_start=date(2025, 1, 6), average=3.5, answers=2, fine_answers=1),
         WeekPoint(week_start=date(2025, 1, 13), average=None, answers=0, fine_answers=0)]
    """
    weeks, today, first = _window(weeks, today or _today_of(subject))
    checkins = CheckIn.objects.filter(day__gte=first, day__lte=today)
    if isinstance(subject, Couple):
        rows = [
            (day, closeness, False)
            for day, closeness in checkins.filter(
                owner__membership__couple=subject, shared=True
            ).values_list("day", "closeness")
        ]
    else:
        rows = list(checkins.owned_by(subject).values_list("day", "closeness", "fine_shield"))
    return _bucket(rows, weeks, today)


def is_trending_down(subject: Any, *, weeks: int = 6, today: date | None = None) -> bool:
    """True when the later half of the last `weeks` weeks is clearly lower than the first.

    "Clearly": at least two answers in each half, and the average dropped by 0.75 or more
    on the 1-5 scale (about one step on the scale for one of the two partners).
    """
    points = weekly_closeness(subject, weeks=max(weeks, 2), today=today)
    half = len(points) // 2

    def mean(part: list[WeekPoint]) -> tuple[float, int]:
        total = sum((p.average or 0) * p.answers for p in part)
        count = sum(p.answers for p in part)
        return (total / count if count else 0.0), count

    before, before_count = mean(points[:half])
    after, after_count = mean(points[half:])
    return before_count >= 2 and after_count >= 2 and before - after >= 0.75


# --- The chart ---------------------------------------------------------------------------

WIDTH, HEIGHT = 560, 240
LEFT, RIGHT, TOP, BOTTOM = 30, 34, 14, 36


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    point: WeekPoint
    hollow: bool  # a week where the person answered "fine" (their own line only)


@dataclass
class Line:
    points: list[WeekPoint]
    dots: list[Dot] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)  # polyline "x,y x,y" runs, split at gaps


@dataclass
class Chart:
    weeks: int
    mine: Line
    theirs: Line | None
    grid: list[tuple[int, float]]  # (closeness value, y)
    ticks: list[tuple[date, float]]  # (week start, x)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    axis_y: int = HEIGHT - BOTTOM

    @property
    def has_data(self) -> bool:
        return any(p.answers for p in self.mine.points) or bool(
            self.theirs and any(p.answers for p in self.theirs.points)
        )

    @property
    def rows(self) -> list[tuple[WeekPoint, WeekPoint | None]]:
        """Week by week, newest first, for the table beside the chart."""
        theirs = self.theirs.points if self.theirs else [None] * len(self.mine.points)
        return list(zip(self.mine.points, theirs, strict=True))[::-1]

    @property
    def my_answers(self) -> int:
        return sum(p.answers for p in self.mine.points)

    @property
    def my_fine_answers(self) -> int:
        return sum(p.fine_answers for p in self.mine.points)

    @property
    def my_honest_answers(self) -> int:
        return self.my_answers - self.my_fine_answers

    @property
    def honest_summary(self) -> str:
        """The person's own "honest or fine" count, in a sentence (only ever shown to them)."""
        return honest_summary(self.my_answers, self.my_fine_answers)


def honest_summary(answers: int, fine: int) -> str:
    """How many of `answers` said more than "fine", in plain English for any count.

    >>> honest_summary(1, 0)
    'Your one answer in these weeks said more than “fine”.'
    >>> honest_summary(5, 2)
    'Of your 5 answers in these weeks, 3 said more than “fine” and 2 leaned on “fine”.'
    """
    honest = answers - fine
    if answers == 1:
        if fine:
            return _("Your one answer in these weeks leaned on “fine”.")
        return _("Your one answer in these weeks said more than “fine”.")
    if answers == 2 and fine in (0, 2):
        if fine:
            return _("Both of your answers in these weeks leaned on “fine”.")
        return _("Both of your answers in these weeks said more than “fine”.")
    if fine == 0:
        return _("All %(n)d of your answers in these weeks said more than “fine”.") % {"n": answers}
    if honest == 0:
        return _("All %(n)d of your answers in these weeks leaned on “fine”.") % {"n": answers}
    return _(
        "Of your %(n)d answers in these weeks, %(honest)d said more than “fine” and "
        "%(fine)d leaned on “fine”."
    ) % {"n": answers, "honest": honest, "fine": fine}


def _x(index: int, weeks: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return round(LEFT + (span * index / (weeks - 1) if weeks > 1 else span / 2), 1)


def _y(value: float) -> float:
    return round(TOP + (5 - value) / 4 * (HEIGHT - TOP - BOTTOM), 1)


def _line(points: list[WeekPoint], *, own: bool) -> Line:
    line = Line(points=points)
    run: list[str] = []
    for index, point in enumerate(points):
        if point.average is None:
            if run:
                line.paths.append(" ".join(run))
            run = []
            continue
        x, y = _x(index, len(points)), _y(point.average)
        run.append(f"{x},{y}")
        line.dots.append(Dot(x=x, y=y, point=point, hollow=own and point.fine_answers > 0))
    if run:
        line.paths.append(" ".join(run))
    return line


def closeness_chart(user: Any, weeks: int = 12, *, today: date | None = None) -> Chart:
    """The chart for `user`: their own line, and their partner's line for revealed days.

    The partner's line only uses answers `user` may read (days both answered), and carries
    no "fine" marks: that pattern is private to each person. One SQL query.
    """
    weeks, today, first = _window(weeks, today or checkin_day(user))
    rows = list(
        CheckIn.objects.visible_to(user)
        .filter(day__gte=first, day__lte=today)
        .values_list("owner_id", "day", "closeness", "fine_shield")
    )
    mine = [(day, closeness, fine) for owner, day, closeness, fine in rows if owner == user.pk]
    theirs = [(day, closeness, False) for owner, day, closeness, _f in rows if owner != user.pk]
    my_points = _bucket(mine, weeks, today)
    their_points = _bucket(theirs, weeks, today) if theirs else None
    step = 1 if weeks <= 8 else 2 if weeks <= 16 else 4
    return Chart(
        weeks=weeks,
        mine=_line(my_points, own=True),
        theirs=_line(their_points, own=False) if their_points else None,
        grid=[(value, _y(value)) for value in range(1, 6)],
        ticks=[
            (p.week_start, _x(index, weeks))
            for index, p in enumerate(my_points)
            if (weeks - 1 - index) % step == 0
        ],
    )
