"""The weekly closeness numbers and the chart built from them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ourway.checkins.models import CheckIn
from ourway.checkins.trends import (
    closeness_chart,
    honest_summary,
    is_trending_down,
    weekly_closeness,
)
from ourway.couples.access import couple_of

WEDNESDAY = date(2025, 1, 15)


def add(person, day, closeness, fine=False, shared=True):
    return CheckIn.objects.create(
        owner=person, day=day, closeness=closeness, words="w", fine_shield=fine, shared=shared
    )


def test_weekly_closeness_averages_each_calendar_week(cast):
    add(cast.a, date(2025, 1, 6), 2, fine=True)
    add(cast.a, date(2025, 1, 8), 5)
    points = weekly_closeness(cast.a, weeks=2, today=WEDNESDAY)
    assert [p.week_start for p in points] == [date(2025, 1, 6), date(2025, 1, 13)]
    assert (points[0].average, points[0].answers, points[0].fine_answers) == (3.5, 2, 1)
    assert (points[1].average, points[1].answers) == (None, 0)


def test_a_couples_trend_counts_both_but_never_fine_or_safety_mode_answers(cast):
    add(cast.a, date(2025, 1, 13), 2, fine=True)
    add(cast.b, date(2025, 1, 14), 4)
    add(cast.b, date(2025, 1, 15), 1, shared=False)  # given in safety mode
    add(cast.c, date(2025, 1, 14), 5)  # another couple
    (point,) = weekly_closeness(couple_of(cast.a), weeks=1, today=WEDNESDAY)
    assert (point.average, point.answers, point.fine_answers) == (3.0, 2, 0)


def test_weeks_are_clamped_to_a_sane_range(cast):
    assert len(weekly_closeness(cast.a, weeks=0, today=WEDNESDAY)) == 1
    assert len(weekly_closeness(cast.a, weeks=10_000, today=WEDNESDAY)) == 104


def test_trending_down_needs_a_clear_drop(cast):
    for back in range(3, 6):
        add(cast.a, WEDNESDAY - timedelta(weeks=back), 5)
    for back in range(3):
        add(cast.a, WEDNESDAY - timedelta(weeks=back), 2)
    assert is_trending_down(cast.a, weeks=6, today=WEDNESDAY)
    assert not is_trending_down(cast.b, weeks=6, today=WEDNESDAY)


def test_a_small_wobble_is_not_trending_down(cast):
    for back, value in enumerate([4, 4, 3, 4, 4, 4]):
        add(cast.a, WEDNESDAY - timedelta(weeks=back), value)
    assert not is_trending_down(cast.a, weeks=6, today=WEDNESDAY)


def test_the_chart_shows_the_partner_only_on_days_both_answered(cast):
    add(cast.a, date(2025, 1, 13), 2)
    add(cast.b, date(2025, 1, 13), 4)
    add(cast.b, date(2025, 1, 6), 1)  # A did not answer that day: not revealed
    chart = closeness_chart(cast.a, weeks=2, today=WEDNESDAY)
    assert chart.theirs is not None
    assert [p.average for p in chart.theirs.points] == [None, 4.0]
    assert all(not dot.hollow for dot in chart.theirs.dots)


def test_the_chart_marks_my_fine_weeks_only_on_my_line(cast):
    add(cast.a, date(2025, 1, 13), 3, fine=True)
    chart = closeness_chart(cast.a, weeks=2, today=WEDNESDAY)
    assert [dot.hollow for dot in chart.mine.dots] == [True]
    assert (chart.my_answers, chart.my_fine_answers, chart.my_honest_answers) == (1, 1, 0)
    assert chart.mine.paths == ["546.0,118.0"] or len(chart.mine.paths) == 1


def test_gaps_split_the_line(cast):
    add(cast.a, date(2024, 12, 23), 3)
    add(cast.a, date(2025, 1, 13), 4)
    chart = closeness_chart(cast.a, weeks=4, today=WEDNESDAY)
    assert len(chart.mine.paths) == 2


@pytest.mark.parametrize(
    ("answers", "fine", "sentence"),
    [
        (1, 0, "Your one answer in these weeks said more than “fine”."),
        (1, 1, "Your one answer in these weeks leaned on “fine”."),
        (2, 0, "Both of your answers in these weeks said more than “fine”."),
        (2, 2, "Both of your answers in these weeks leaned on “fine”."),
        (2, 1, "Of your 2 answers in these weeks, 1 said more than “fine” and 1 leaned on “fine”."),
        (7, 0, "All 7 of your answers in these weeks said more than “fine”."),
        (7, 7, "All 7 of your answers in these weeks leaned on “fine”."),
        (7, 3, "Of your 7 answers in these weeks, 4 said more than “fine” and 3 leaned on “fine”."),
    ],
)
def test_the_honest_count_reads_as_plain_english(answers, fine, sentence):
    assert honest_summary(answers, fine) == sentence
