"""The signal rules and the screen's scoring: plain data in, plain answers out. No database."""

from __future__ import annotations

import ast
from datetime import datetime, timedelta
from pathlib import Path

import ourway.care.reinforcements as rules
from ourway.care.reinforcements import (
    TalkRecord,
    all_signals,
    checkins_trending_down,
    contempt_keeps_appearing,
    repairs_end_unresolved,
    same_topic_returns,
    topic_words,
)
from ourway.content import care as content
from ourway.content.care import parse_directories, resources_for, screen_is_positive

NOW = datetime(2026, 3, 30, 21, 0)


def days_ago(n: int) -> datetime:
    return NOW - timedelta(days=n)


def test_contempt_on_several_days_this_month_is_a_signal() -> None:
    sightings = [(days_ago(d), ["contempt", "blame"]) for d in (1, 8, 20)]
    signal = contempt_keeps_appearing(sightings, NOW)
    assert signal is not None
    assert signal.key == "contempt"


def test_one_bad_evening_of_contempt_is_not_a_pattern() -> None:
    evening = [(days_ago(2) + timedelta(minutes=m), ["contempt"]) for m in range(5)]
    assert contempt_keeps_appearing(evening, NOW) is None


def test_one_evening_past_midnight_utc_is_still_one_evening_on_the_persons_clock() -> None:
    from zoneinfo import ZoneInfo

    utc, los_angeles = ZoneInfo("UTC"), ZoneInfo("America/Los_Angeles")
    # 15:40 to 16:20 on one afternoon in Los Angeles: 23:40 to 00:20 in UTC, two UTC days.
    start = datetime(2026, 1, 10, 15, 40, tzinfo=los_angeles)
    evening = [(start + timedelta(minutes=m), ["contempt"]) for m in (0, 20, 40)]
    now = datetime(2026, 1, 12, 12, 0, tzinfo=utc)
    assert contempt_keeps_appearing(evening, now, los_angeles) is None
    assert all_signals(now=now, sightings=evening, zone=los_angeles) == []
    # Counted in UTC (the old way), the same hour looked like two days of contempt.
    assert contempt_keeps_appearing(evening, now, utc) is not None


def test_contempt_on_two_of_the_persons_own_days_counts_near_midnight_in_a_far_zone() -> None:
    from zoneinfo import ZoneInfo

    auckland = ZoneInfo("Pacific/Auckland")
    # 23:50 and 00:10 in Auckland: one UTC afternoon, but two of the person's own days.
    late = datetime(2026, 3, 10, 23, 50, tzinfo=auckland)
    sightings = [(late, ["contempt"]), (late + timedelta(minutes=20), ["contempt"])]
    sightings.append((late + timedelta(minutes=30), ["contempt"]))
    now = datetime(2026, 3, 12, 12, 0, tzinfo=auckland)
    signal = contempt_keeps_appearing(sightings, now, auckland)
    assert signal is not None
    assert signal.facts == {"texts": 3, "days": 2}
    assert contempt_keeps_appearing(sightings, now, ZoneInfo("UTC")) is None


def test_old_contempt_and_other_labels_do_not_count() -> None:
    old = [(days_ago(d), ["contempt"]) for d in (40, 50, 60)]
    other = [(days_ago(d), ["criticism", "defensiveness"]) for d in (1, 2, 3)]
    assert contempt_keeps_appearing(old + other, NOW) is None


def test_check_ins_sliding_for_weeks_is_a_signal() -> None:
    assert checkins_trending_down([4.5, 4, 4.5, 4, 3, 2.5, 2.5]) is not None


def test_steady_or_sparse_check_ins_are_not_a_signal() -> None:
    assert checkins_trending_down([3, 3.2, 3, 2.8, 3, 3.1]) is None
    assert checkins_trending_down([5, None, None, 1]) is None
    assert checkins_trending_down([]) is None


def test_same_topic_without_agreement_is_a_signal() -> None:
    talks = [
        TalkRecord("Money and the budget", days_ago(60), False),
        TalkRecord("money, AGAIN", days_ago(30), False),
        TalkRecord("the holidays", days_ago(10), True),
    ]
    signal = same_topic_returns(talks, NOW)
    assert signal is not None
    assert signal.facts["times"] == 2


def test_same_topic_settled_once_is_not_a_signal() -> None:
    talks = [
        TalkRecord("money", days_ago(60), False),
        TalkRecord("money", days_ago(30), True),
    ]
    assert same_topic_returns(talks, NOW) is None


def test_different_topics_and_unfinished_talks_are_not_a_signal() -> None:
    talks = [
        TalkRecord("money", days_ago(60), False),
        TalkRecord("the kids' bedtime", days_ago(30), False),
        TalkRecord("money", None, False),  # still going: not counted
    ]
    assert same_topic_returns(talks, NOW) is None


def test_topic_words_fold_case_unicode_and_small_words() -> None:
    assert topic_words("The DISHES again!") == topic_words("dishes")
    assert topic_words("Ｍｏｎｅｙ") == topic_words("money")
    assert topic_words("") == frozenset()


def test_repairs_ending_unresolved_most_of_the_time_is_a_signal() -> None:
    talks = [TalkRecord(str(d), days_ago(d), False) for d in (5, 15, 25)]
    talks.append(TalkRecord("x", days_ago(35), True))
    assert repairs_end_unresolved(talks, NOW) is not None


def test_mostly_resolved_repairs_are_not_a_signal() -> None:
    talks = [TalkRecord(str(d), days_ago(d), d % 3 != 0) for d in range(1, 40, 4)]
    assert repairs_end_unresolved(talks, NOW) is None


def test_all_signals_come_strongest_first_and_empty_data_gives_none() -> None:
    found = all_signals(
        now=NOW,
        sightings=[(days_ago(d), ["contempt"]) for d in (1, 8, 20)],
        talks=[TalkRecord("money", days_ago(d), False) for d in (5, 15, 25)],
    )
    assert [s.key for s in found] == ["contempt", "same_topic", "unresolved"]
    assert all_signals(now=NOW) == []


def test_any_serious_answer_makes_the_screen_positive() -> None:
    for key in ("afraid", "hurt", "threatened", "pressured"):
        assert screen_is_positive({key: "once"}), key


def test_ordinary_friction_alone_does_not_make_the_screen_positive() -> None:
    assert not screen_is_positive({})
    assert not screen_is_positive({"screamed": "once", "put_down": "once"})
    assert not screen_is_positive({"afraid": "never", "hurt": "never"})


def test_control_often_or_several_sometimes_makes_the_screen_positive() -> None:
    assert screen_is_positive({"money": "often"})
    assert screen_is_positive({"isolated": "sometimes", "watched": "sometimes"})


def test_unknown_answers_count_as_never() -> None:
    assert not screen_is_positive({"afraid": "ALWAYS", "hurt": "🙂", "nonsense": "often"})


def test_directories_from_a_setting_drop_broken_entries() -> None:
    found = parse_directories("Clinic|https://clinic.example|near you; Bad|http://x; ;Only name")
    assert [(d.name, d.url, d.note) for d in found] == [
        ("Clinic", "https://clinic.example", "near you")
    ]


def test_default_crisis_lines_include_the_us_hotline_and_text_line() -> None:
    us = resources_for("us")
    hows = " ".join(line.how for line in us.lines)
    assert "1-800-799-7233" in hows
    assert "START to 88788" in hows
    assert resources_for("nowhere").code == "US"
    assert all(line.url.startswith("https://") for line in content.INTERNATIONAL_DIRECTORIES)


def test_rules_and_content_have_no_django_import() -> None:
    for module in (rules, content):
        tree = ast.parse(Path(module.__file__ or "").read_text())
        imported = [
            getattr(node, "module", None) or node.names[0].name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
        ]
        assert not [name for name in imported if name and name.startswith("django")], module
