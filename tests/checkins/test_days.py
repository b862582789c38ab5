"""The couple's check-in day (plain Python): the date on the clock that is earlier in the day."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from ourway.checkins.days import couple_day, day_zone

UTC = ZoneInfo("UTC")
AUCKLAND = ZoneInfo("Pacific/Auckland")  # UTC+13 in January (summer time)
LOS_ANGELES = ZoneInfo("America/Los_Angeles")  # UTC-8 in January
NEW_YORK = ZoneInfo("America/New_York")
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14, always
HONOLULU = ZoneInfo("Pacific/Honolulu")  # UTC-10, always: the same clock, a day behind


def at(zone: ZoneInfo, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def test_auckland_and_los_angeles_answering_the_same_hour_share_one_day() -> None:
    # 21:00 Monday in Los Angeles is 18:00 Tuesday in Auckland: one evening, one day.
    sam = at(LOS_ANGELES, "2026-01-12T21:00")
    alex = sam + timedelta(minutes=40)
    for moment in (sam, alex):
        assert couple_day([AUCKLAND, LOS_ANGELES], moment) == date(2026, 1, 13)
        assert couple_day([LOS_ANGELES, AUCKLAND], moment) == date(2026, 1, 13)


def test_midnight_in_los_angeles_does_not_split_an_evening() -> None:
    # 23:40 and 00:20 in Los Angeles are 20:40 and 21:20 in Auckland: one day.
    zones = [AUCKLAND, LOS_ANGELES]
    late, later = at(LOS_ANGELES, "2026-01-12T23:40"), at(LOS_ANGELES, "2026-01-13T00:20")
    assert couple_day(zones, late) == couple_day(zones, later) == date(2026, 1, 13)


def test_the_day_turns_over_in_the_small_hours_of_the_later_clock() -> None:
    # Auckland's clock is the earlier one, so Los Angeles turns over at Auckland's
    # midnight: 03:00 there, while both are asleep.
    zones = [LOS_ANGELES, AUCKLAND]
    assert day_zone(zones, at(UTC, "2026-01-13T05:00")) == AUCKLAND
    assert couple_day(zones, at(LOS_ANGELES, "2026-01-13T02:59")) == date(2026, 1, 13)
    assert couple_day(zones, at(LOS_ANGELES, "2026-01-13T03:00")) == date(2026, 1, 14)


def test_a_few_hours_apart_the_western_clock_is_the_earlier_one() -> None:
    # 23:30 in New York is 20:30 in Los Angeles: the day follows Los Angeles, so New York
    # turns over at 03:00, not at 21:00 in Los Angeles.
    zones = [NEW_YORK, LOS_ANGELES]
    assert day_zone(zones, at(UTC, "2026-01-13T04:30")) == LOS_ANGELES
    assert couple_day(zones, at(NEW_YORK, "2026-01-13T00:30")) == date(2026, 1, 12)


def test_the_same_clock_a_day_apart_follows_the_first_zone() -> None:
    moment = at(UTC, "2026-01-13T12:00")
    assert couple_day([KIRITIMATI, HONOLULU], moment) == date(2026, 1, 14)
    assert couple_day([HONOLULU, KIRITIMATI], moment) == date(2026, 1, 13)


def test_one_zone_is_its_own_date_and_none_is_a_mistake() -> None:
    assert couple_day([AUCKLAND], at(UTC, "2026-01-13T12:00")) == date(2026, 1, 14)
    with pytest.raises(ValueError, match="zone"):
        couple_day([], at(UTC, "2026-01-13T12:00"))
