"""Calling in reinforcements: honest signals, shown privately, and where to find help."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone

from ourway.care.gather import signals_for
from ourway.care.models import SafetyScreen
from ourway.coaching.models import CoachSighting
from ourway.couples.access import couple_of
from ourway.talk.models import Agreement, RepairSession, Status, Turn


def contempt_lately(person: Any) -> None:
    now = timezone.now()
    for days in (1, 8, 15):
        CoachSighting.objects.create(
            owner=person, source="journal", labels=["contempt"], created=now - timedelta(days=days)
        )


def ended_talk(cast: Any, topic: str, days_ago: int, settled: bool = False) -> RepairSession:
    when = timezone.now() - timedelta(days=days_ago)
    couple = couple_of(cast.a)
    session = RepairSession.objects.create(
        couple=couple,
        topic=topic,
        status=Status.ENDED,
        started_by=cast.a,
        speaker=cast.a,
        ended_at=when,
        created=when,
    )
    if settled:
        Turn.objects.create(
            couple=couple,
            session=session,
            number=1,
            speaker=cast.a,
            listener=cast.b,
            statement="I felt alone.",
            confirmed_at=when,
        )
        Agreement.objects.create(
            couple=couple, author=cast.a, text="I will ask first.", session=session
        )
    return session


def test_contempt_in_a_persons_own_writing_is_shown_to_them_only(cast: Any) -> None:
    contempt_lately(cast.a)
    mine = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    theirs = cast.client_b.get(reverse("care:reinforcements")).content.decode()
    assert "Contempt keeps showing up" in mine
    assert "Contempt keeps showing up" not in theirs
    assert "Nothing stands out" in theirs


def test_contempt_days_are_counted_on_the_persons_own_clock(cast: Any) -> None:
    """Three sharp texts in one Los Angeles afternoon straddle midnight in UTC: one bad
    afternoon, not a pattern over days."""
    type(cast.a).objects.filter(pk=cast.a.pk).update(time_zone="America/Los_Angeles")
    cast.a.time_zone = "America/Los_Angeles"
    midnight_utc = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    for minutes in (-20, 5, 20):
        CoachSighting.objects.create(
            owner=cast.a,
            source="journal",
            labels=["contempt"],
            created=midnight_utc - timedelta(days=2, minutes=minutes),
        )
    assert "contempt" not in [s.key for s in signals_for(cast.a)]
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "Contempt keeps showing up" not in page


def test_bids_logged_today_count_in_this_week_on_the_persons_clock(cast: Any) -> None:
    """At 23:00 on a Sunday in UTC it is already Monday afternoon in Kiritimati (UTC+14):
    a bid logged there today belongs to the new week, not to a week that is not shown."""
    from zoneinfo import ZoneInfo

    from ourway.care.gather import own_weekly_bids
    from ourway.connect.models import Bid

    type(cast.a).objects.filter(pk=cast.a.pk).update(time_zone="Pacific/Kiritimati")
    cast.a.time_zone = "Pacific/Kiritimati"
    sunday_night = datetime(2026, 3, 15, 23, 0, tzinfo=ZoneInfo("UTC"))
    Bid.objects.create(owner=cast.a, what="A hug.", response="toward", day=date(2026, 3, 16))
    assert own_weekly_bids(cast.a, sunday_night)[-1] == (1, 1)


def test_the_same_topic_without_agreement_shows_for_both_partners(cast: Any) -> None:
    ended_talk(cast, "Money", 40)
    ended_talk(cast, "money again", 10)
    for client in (cast.client_a, cast.client_b):
        page = client.get(reverse("care:reinforcements")).content.decode()
        assert "The same subject keeps coming back" in page
        assert "How a therapist helps" in page
    outsider = cast.client_c.get(reverse("care:reinforcements")).content.decode()
    assert "The same subject keeps coming back" not in outsider


def test_repairs_ending_unresolved_are_noticed_and_settled_ones_are_not(cast: Any) -> None:
    for days, topic in ((5, "chores"), (15, "in-laws"), (25, "weekend")):
        ended_talk(cast, topic, days)
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "Repair conversations often end unfinished" in page


def test_settled_conversations_raise_no_signal(cast: Any) -> None:
    for days in (5, 15, 25):
        ended_talk(cast, "money", days, settled=True)
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "Nothing stands out" in page


def test_couples_directories_by_default_and_configurable(cast: Any, settings: Any) -> None:
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "Gottman Referral Network" in page
    assert "ICEEFT" in page
    assert "Psychology Today" in page
    settings.THERAPIST_DIRECTORIES = "Our town's clinic|https://clinic.example|Near the station"
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "Our town" in page
    assert "https://clinic.example" in page
    assert "Gottman Referral Network" not in page


def test_in_safety_mode_only_individual_support_is_suggested(cast: Any) -> None:
    contempt_lately(cast.a)
    ended_talk(cast, "money", 30)
    ended_talk(cast, "money", 10)
    cast.a.set_safety_mode(True)
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "support for you on your own" in page
    for couples_word in ("Gottman", "ICEEFT", "couples", "Prepare a summary", "same subject"):
        assert couples_word not in page, couples_word
    api = cast.api("a", "get", "/api/v1/care/signals").json()
    assert api["individual_only"] is True
    assert api["signals"] == []
    assert all("Gottman" not in d["name"] for d in api["directories"])


def test_signals_through_the_api(cast: Any) -> None:
    contempt_lately(cast.a)
    found = cast.api("a", "get", "/api/v1/care/signals").json()
    assert [s["key"] for s in found["signals"]] == ["contempt"]
    assert found["signals"][0]["therapist"]
    assert cast.api("b", "get", "/api/v1/care/signals").json()["signals"] == []


def test_the_page_stays_fast_with_a_year_of_data(
    cast: Any, django_assert_max_num_queries: Any
) -> None:
    now = timezone.now()
    CoachSighting.objects.bulk_create(
        CoachSighting(
            owner=cast.a,
            source="journal",
            labels=["contempt", "blame"],
            created=now - timedelta(hours=h),
        )
        for h in range(0, 365 * 24, 8)
    )
    couple = couple_of(cast.a)
    RepairSession.objects.bulk_create(
        RepairSession(
            couple=couple,
            topic=f"topic {d % 7}",
            status=Status.ENDED,
            started_by=cast.a,
            speaker=cast.a,
            ended_at=now - timedelta(days=d),
            created=now - timedelta(days=d),
        )
        for d in range(1, 366, 3)
    )
    cast.client_a.get(reverse("care:reinforcements"))  # warm the session
    # 16: two of them find the couple's shared check-in day (both zones, any open answer).
    with django_assert_max_num_queries(16):
        response = cast.client_a.get(reverse("care:reinforcements"))
    assert "Contempt keeps showing up" in response.content.decode()


def test_turn_toward_needs_four_low_weeks_with_enough_bids() -> None:
    from ourway.care.reinforcements import turn_toward_stays_low

    assert turn_toward_stays_low([(4, 1), (5, 2), (3, 1), (6, 2)]) is not None
    assert turn_toward_stays_low([(4, 1), (5, 2), (3, 1), (6, 3)]) is None  # half is not low
    assert turn_toward_stays_low([(4, 1), (5, 2), (3, 1)]) is None  # not four weeks yet
    assert turn_toward_stays_low([(4, 1), (5, 2), (3, 1), (2, 0)]) is None  # too few bids


def test_a_positive_private_screen_turns_therapy_advice_to_support_for_one(cast: Any) -> None:
    contempt_lately(cast.a)
    SafetyScreen.record(cast.a, {"afraid": "often", "hurt": "once"}, "screen-1")
    assert cast.a.in_safety_mode  # the screen switched it on ...
    cast.a.set_safety_mode(False)  # ... and the person turned it off again
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "support that fits best is support for you on your own" in page
    assert "Contempt keeps showing up" not in page
    assert "A summary to bring along" not in page
    assert reverse("care:safety") in page
    # It says why, and how to change it: the person's own latest answers.
    assert "This is because of your answers to the private questions on" in page
    assert "answer the questions again</a>" in page
    assert reverse("care:screen") in page
    # The partner sees the couples page as before, and nothing of the screen.
    theirs = cast.client_b.get(reverse("care:reinforcements")).content.decode()
    assert "How to find a therapist" in theirs
    assert "private questions" not in theirs
    # A later screen with nothing serious gives the couples page back.
    SafetyScreen.record(cast.a, {"afraid": "never", "hurt": "never"}, "screen-2")
    assert (
        "How to find a therapist"
        in cast.client_a.get(reverse("care:reinforcements")).content.decode()
    )


def test_the_api_answers_a_positive_screen_exactly_as_safety_mode(cast: Any) -> None:
    contempt_lately(cast.a)
    together = cast.api("a", "get", "/api/v1/care/signals").json()
    assert together["individual_only"] is False
    assert [s["key"] for s in together["signals"]] == ["contempt"]

    SafetyScreen.record(cast.a, {"afraid": "often", "hurt": "once"}, "screen-1")
    cast.a.set_safety_mode(False)  # turned off again by the person: the screen still counts
    after_screen = cast.api("a", "get", "/api/v1/care/signals").json()
    # Why is the person's own to read: safety mode is off, the latest screen was positive.
    why = cast.api("a", "get", "/api/v1/care/safety").json()
    assert (why["safety_mode"], why["latest_screen"]["positive"]) == (False, True)

    SafetyScreen.objects.owned_by(cast.a).delete()
    cast.a.set_safety_mode(True)
    in_safety_mode = cast.api("a", "get", "/api/v1/care/signals").json()

    assert after_screen == in_safety_mode
    assert after_screen["individual_only"] is True
    assert after_screen["signals"] == []
    assert all("Gottman" not in d["name"] for d in after_screen["directories"])
    # The partner's answer does not change with A's screen.
    assert cast.api("b", "get", "/api/v1/care/signals").json()["individual_only"] is False
