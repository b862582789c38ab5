"""When to call in reinforcements: plain signals from a couple's own data. No Django here.

Every function takes plain data (dates, label lists, numbers, small records) and returns a
`Signal` or None, so each rule is tested without a database; `ourway.care.gather` fetches
the data. Like the coach, these rules prefer staying quiet to crying wolf: a signal needs
a pattern over weeks, never one bad evening.

Turn-toward reads the person's own private bids log (`ourway.connect`): only how *they*
met their partner's bids, never the partner's log.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

# Contempt: in at least this many saved texts, on different days, within the window.
CONTEMPT_MIN_TEXTS = 3
CONTEMPT_WINDOW_DAYS = 30

# Turn-toward: the person's own logged bids, week by week. Low (under half met by turning
# towards) for this many weeks in a row, each week with enough bids to mean something.
TURN_TOWARD_WEEKS = 4
TURN_TOWARD_LINE = 0.5
TURN_TOWARD_MIN_BIDS = 3

# Check-ins: the last weeks against the weeks before, on the 1..5 closeness scale.
CHECKIN_RECENT_WEEKS = 3
CHECKIN_MIN_WEEKS = 5
CHECKIN_DROP = 0.75

# Repair conversations looked at: this far back.
TALK_WINDOW_DAYS = 90
# The same topic, this many times, without any of them ending in agreement.
TOPIC_MIN_REPEATS = 2
TOPIC_SIMILARITY = 0.5
# Ended conversations without a confirmed reflection and an agreement.
UNRESOLVED_MIN = 3


@dataclass(frozen=True)
class Signal:
    """One reason to consider a therapist. `facts` are counts for the wording, not a score."""

    key: str
    facts: dict[str, int]


@dataclass(frozen=True)
class TalkRecord:
    """What the signals need of one repair conversation."""

    topic: str
    ended_at: datetime | None
    ended_with_agreement: bool


def local_day(when: datetime, zone: tzinfo | None) -> date:
    """The date `when` fell on for a person living in `zone` (a naive `when` is taken as
    already on their clock).

    >>> from datetime import datetime, timezone
    >>> from zoneinfo import ZoneInfo
    >>> late = datetime(2026, 3, 2, 23, 30, tzinfo=timezone.utc)
    >>> local_day(late, ZoneInfo("Asia/Tokyo"))  # 08:30 the next morning in Tokyo
    datetime.date(2026, 3, 3)
    """
    if zone is None or when.tzinfo is None:
        return when.date()
    return when.astimezone(zone).date()


def contempt_keeps_appearing(
    sightings: Iterable[tuple[datetime, Sequence[str]]],
    now: datetime,
    zone: tzinfo | None = None,
) -> Signal | None:
    """Contempt in several of the person's own saved texts, on different days, lately.

    Days are the person's own, on their clock in `zone`: one evening stays one evening
    even when it runs past midnight in UTC.

    >>> from datetime import datetime
    >>> now = datetime(2026, 3, 30)
    >>> days = [datetime(2026, 3, d) for d in (2, 9, 20)]
    >>> contempt_keeps_appearing([(d, ["contempt"]) for d in days], now)
    Signal(key='contempt', facts={'texts': 3, 'days': 3})
    >>> contempt_keeps_appearing([(days[0], ["blame"])], now) is None
    True
    """
    since = now - timedelta(days=CONTEMPT_WINDOW_DAYS)
    hits = [when for when, labels in sightings if when >= since and "contempt" in labels]
    days = {local_day(when, zone) for when in hits}
    # Three flagged texts in one heated evening are one bad evening, not a pattern.
    if len(hits) >= CONTEMPT_MIN_TEXTS and len(days) >= 2:
        return Signal("contempt", {"texts": len(hits), "days": len(days)})
    return None


def turn_toward_stays_low(weekly: Sequence[tuple[int, int]]) -> Signal | None:
    """`weekly` is (bids, turned towards) per week, oldest first.

    >>> turn_toward_stays_low([(4, 1), (5, 2), (3, 1), (6, 2)])
    Signal(key='turn_toward', facts={'weeks': 4})
    >>> turn_toward_stays_low([(4, 1), (5, 2), (3, 1), (2, 0)]) is None  # too few bids
    True
    """
    recent = list(weekly)[-TURN_TOWARD_WEEKS:]
    if len(recent) < TURN_TOWARD_WEEKS:
        return None
    if any(bids < TURN_TOWARD_MIN_BIDS for bids, _toward in recent):
        return None
    if all(toward / bids < TURN_TOWARD_LINE for bids, toward in recent):
        return Signal("turn_toward", {"weeks": TURN_TOWARD_WEEKS})
    return None


def checkins_trending_down(weekly: Sequence[float | None]) -> Signal | None:
    """Closeness in the last weeks clearly below the weeks before.

    `weekly` is oldest first, one average (1..5) per week, None for a week with no answers.

    >>> checkins_trending_down([4, 4, 4.5, 4, 3, 2.5, 3])
    Signal(key='checkins', facts={'weeks': 3})
    >>> checkins_trending_down([4, None, 4, 3.8, 4]) is None
    True
    """
    values = [float(v) for v in weekly if v is not None]
    if len(values) < CHECKIN_MIN_WEEKS:
        return None
    recent = values[-CHECKIN_RECENT_WEEKS:]
    before = values[:-CHECKIN_RECENT_WEEKS]
    drop = sum(before) / len(before) - sum(recent) / len(recent)
    if drop >= CHECKIN_DROP:
        return Signal("checkins", {"weeks": len(recent)})
    return None


_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "about",
        "with",
        "our",
        "us",
        "we",
        "my",
        "your",
        "you",
        "i",
        "me",
        "it",
        "is",
        "that",
        "this",
        "again",
        "how",
        "when",
        "what",
        "why",
        "who",
    ]
)


def topic_words(topic: str) -> frozenset[str]:
    """The words of a topic that carry meaning, folded for comparison.

    >>> sorted(topic_words("The dishes, AGAIN!"))
    ['dishes']
    """
    folded = unicodedata.normalize("NFKC", topic).casefold()
    words = re.findall(r"\w+", folded)
    return frozenset(w for w in words if w not in _STOPWORDS)


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= TOPIC_SIMILARITY


def same_topic_returns(talks: Sequence[TalkRecord], now: datetime) -> Signal | None:
    """A topic talked about again and again lately, and never settled with an agreement.

    >>> from datetime import datetime
    >>> now = datetime(2026, 3, 30)
    >>> t = [TalkRecord("money", datetime(2026, 3, d), False) for d in (1, 15)]
    >>> same_topic_returns(t, now)
    Signal(key='same_topic', facts={'times': 2})
    """
    since = now - timedelta(days=TALK_WINDOW_DAYS)
    recent = [t for t in talks if t.ended_at is not None and t.ended_at >= since]
    groups: list[list[TalkRecord]] = []
    for talk in recent:
        words = topic_words(talk.topic)
        for group in groups:
            if _similar(words, topic_words(group[0].topic)):
                group.append(talk)
                break
        else:
            groups.append([talk])
    unsettled = [
        g
        for g in groups
        if len(g) >= TOPIC_MIN_REPEATS and not any(t.ended_with_agreement for t in g)
    ]
    if not unsettled:
        return None
    return Signal("same_topic", {"times": max(len(g) for g in unsettled)})


def repairs_end_unresolved(talks: Sequence[TalkRecord], now: datetime) -> Signal | None:
    """Most recent conversations ended without feeling heard and without an agreement.

    >>> from datetime import datetime
    >>> now = datetime(2026, 3, 30)
    >>> t = [TalkRecord(str(d), datetime(2026, 3, d), False) for d in (1, 8, 15)]
    >>> repairs_end_unresolved(t, now)
    Signal(key='unresolved', facts={'times': 3, 'of': 3})
    """
    since = now - timedelta(days=TALK_WINDOW_DAYS)
    ended = [t for t in talks if t.ended_at is not None and t.ended_at >= since]
    unresolved = [t for t in ended if not t.ended_with_agreement]
    if len(unresolved) >= UNRESOLVED_MIN and len(unresolved) * 2 >= len(ended):
        return Signal("unresolved", {"times": len(unresolved), "of": len(ended)})
    return None


def all_signals(
    *,
    now: datetime,
    sightings: Iterable[tuple[datetime, Sequence[str]]] = (),
    weekly_closeness: Sequence[float | None] = (),
    talks: Sequence[TalkRecord] = (),
    weekly_bids: Sequence[tuple[int, int]] = (),
    zone: tzinfo | None = None,
) -> list[Signal]:
    """Every signal that shows, in a fixed order (the strongest predictor first).

    `zone` is the person's own: the days of their own writing are counted on their clock.
    """
    found = [
        contempt_keeps_appearing(sightings, now, zone),
        turn_toward_stays_low(weekly_bids),
        checkins_trending_down(weekly_closeness),
        same_topic_returns(talks, now),
        repairs_end_unresolved(talks, now),
    ]
    return [signal for signal in found if signal is not None]


def week_starts(today: date, weeks: int) -> list[date]:
    """The Mondays of the last `weeks` weeks, oldest first (this week last)."""
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
