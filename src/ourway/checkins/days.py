"""Which date a check-in belongs to when partners live in different time zones (no Django).

Both partners must land on the same check-in for the same evening, or the shared view
never appears. So a couple's check-in day is not each person's own date: it is the date
in the zone of the partner whose clock shows the earlier time of day. The other partner's
day then turns over in their small hours (at most twelve hours after their midnight),
never in the middle of either evening. Clocks are compared around the dial, so a date
line between the two does not matter: 18:00 in Auckland is "earlier" than 21:00 the day
before in Los Angeles.

    >>> from datetime import datetime
    >>> from zoneinfo import ZoneInfo
    >>> auckland, los_angeles = ZoneInfo("Pacific/Auckland"), ZoneInfo("America/Los_Angeles")
    >>> evening = datetime(2026, 1, 13, 5, 0, tzinfo=ZoneInfo("UTC"))  # 21:00 Monday in LA
    >>> couple_day([auckland, los_angeles], evening)  # 18:00 Tuesday in Auckland
    datetime.date(2026, 1, 13)
    >>> couple_day([los_angeles, auckland], evening)  # the order does not matter
    datetime.date(2026, 1, 13)

Twelve hours apart exactly, neither is earlier: the first zone given (the partner who
joined the couple first) decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo

_DAY = timedelta(days=1)
_HALF_DAY = timedelta(hours=12)


def _offset(zone: tzinfo, at: datetime) -> timedelta:
    return at.astimezone(zone).utcoffset() or timedelta(0)


def day_zone(zones: Sequence[tzinfo], at: datetime) -> tzinfo:
    """The zone whose clock shows the earliest time of day at `at` (ties: the first).

    With two zones this is exact; with more it keeps the one the others are all ahead of,
    comparing each new zone with the one kept so far.
    """
    if not zones:
        raise ValueError("at least one zone is needed")
    kept = zones[0]
    for zone in zones[1:]:
        # How far `zone`'s clock is ahead of the kept one's, around the dial (0 to 24 h).
        ahead = (_offset(zone, at) - _offset(kept, at)) % _DAY
        if ahead > _HALF_DAY:
            kept = zone
    return kept


def couple_day(zones: Sequence[tzinfo], at: datetime) -> date:
    """The check-in date at `at` for people living in `zones` (see the module's rule)."""
    return at.astimezone(day_zone(zones, at)).date()
