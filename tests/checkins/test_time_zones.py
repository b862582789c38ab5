"""Partners in different time zones answer the same check-in day, and see each other's answer.

Ana (partner A, first in the couple) and Ben (partner B). The rule itself is tested without
a database in test_days.py; here: the pages, the API, an answer that holds its day open,
a zone changed between the two answers, and safety mode.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from ourway.checkins.days import couple_day
from ourway.checkins.models import OPEN_HOURS, CheckIn, checkin_day

URL = "/checkins/"
AUCKLAND, LOS_ANGELES = "Pacific/Auckland", "America/Los_Angeles"
# The same wall clock, always exactly one day apart (neither has summer time).
KIRITIMATI, HONOLULU = "Pacific/Kiritimati", "Pacific/Honolulu"


def live_in(person: Any, zone: str) -> None:
    type(person).objects.filter(pk=person.pk).update(time_zone=zone)
    person.time_zone = zone


def answer(client: Any, closeness: int, words: str) -> None:
    response = client.post(URL, {"closeness": closeness, "words": words, "more_of": ""})
    assert response.status_code == 302


def quiet(person: Any) -> None:
    person.safety_mode_since = timezone.now()
    person.save(update_fields=["safety_mode_since"])


def test_auckland_and_los_angeles_answering_now_share_one_day_and_see_both(cast: Any) -> None:
    live_in(cast.a, AUCKLAND)
    live_in(cast.b, LOS_ANGELES)
    answer(cast.client_a, 2, "A long day without you.")
    answer(cast.client_b, 4, "Missing you, but hopeful.")
    assert CheckIn.objects.filter(owner=cast.a).get().day == CheckIn.objects.get(owner=cast.b).day
    for client in (cast.client_a, cast.client_b):
        page = client.get(URL).content.decode()
        assert "A long day without you." in page
        assert "Missing you, but hopeful." in page
        assert "Waiting for your partner." not in page
    revealed = cast.api("b", "get", "/api/v1/checkins/today").json()
    assert revealed["revealed"] is True
    assert revealed["partner"]["words"] == "A long day without you."


def test_near_midnight_both_land_on_the_day_of_the_earlier_clock(cast: Any) -> None:
    live_in(cast.a, AUCKLAND)
    live_in(cast.b, LOS_ANGELES)
    # 23:50 Monday in Los Angeles, 20:50 Tuesday in Auckland; then ten minutes past midnight.
    before = datetime(2026, 1, 13, 7, 50, tzinfo=ZoneInfo("UTC"))
    for moment in (before, before + timedelta(minutes=20)):
        assert checkin_day(cast.a, moment) == date(2026, 1, 13)
        assert checkin_day(cast.b, moment) == date(2026, 1, 13)


def test_the_page_says_why_the_day_is_not_my_own_date(cast: Any) -> None:
    live_in(cast.a, KIRITIMATI)  # first in the couple: the day follows Kiritimati
    live_in(cast.b, HONOLULU)
    page = cast.client_b.get(URL).content.decode()
    assert "one shared day" in page
    assert "one shared day" not in cast.client_a.get(URL).content.decode()


def test_someone_alone_keeps_their_own_date(cast: Any) -> None:
    from ourway.couples.pairing import leave_couple

    live_in(cast.a, KIRITIMATI)
    live_in(cast.b, HONOLULU)
    leave_couple(cast.b)
    moment = datetime(2026, 1, 13, 12, 0, tzinfo=ZoneInfo("UTC"))
    assert checkin_day(cast.b, moment) == date(2026, 1, 13)  # 02:00 on the 13th in Honolulu


def test_a_zone_changed_between_the_answers_still_meets_on_the_same_day(cast: Any) -> None:
    live_in(cast.a, KIRITIMATI)
    live_in(cast.b, KIRITIMATI)
    answer(cast.client_a, 3, "Quieter tonight.")
    started = CheckIn.objects.get(owner=cast.a).day
    # Ana moves to Honolulu: by the rule alone, "today" is now a day earlier for both.
    live_in(cast.a, HONOLULU)
    assert couple_day([ZoneInfo(HONOLULU), ZoneInfo(KIRITIMATI)], timezone.now()) == (
        started - timedelta(days=1)
    )
    assert checkin_day(cast.b) == started  # Ana's answer holds its day open for Ben
    answer(cast.client_b, 4, "Glad we kept at it.")
    assert CheckIn.objects.get(owner=cast.b).day == started
    page = cast.client_a.get(f"{URL}day/{started.isoformat()}/").content.decode()
    assert "Quieter tonight." in page
    assert "Glad we kept at it." in page
    # Both answered: the open day is settled, and "today" follows the rule again.
    assert checkin_day(cast.a) == started - timedelta(days=1)


def test_an_unanswered_day_stays_open_only_for_an_evening(cast: Any) -> None:
    live_in(cast.a, KIRITIMATI)
    live_in(cast.b, KIRITIMATI)
    checkin, _ = CheckIn.answer(cast.a, closeness=3, words="Tired.")
    live_in(cast.a, HONOLULU)
    later = checkin.created + timedelta(hours=OPEN_HOURS, minutes=1)
    assert checkin_day(cast.b, checkin.created + timedelta(hours=1)) == checkin.day
    assert checkin_day(cast.b, later) == couple_day(
        [ZoneInfo(HONOLULU), ZoneInfo(KIRITIMATI)], later
    )


def test_an_answer_in_safety_mode_never_moves_the_partners_day(cast: Any) -> None:
    live_in(cast.a, KIRITIMATI)
    live_in(cast.b, KIRITIMATI)
    quiet(cast.a)
    CheckIn.answer(cast.a, closeness=2, words="Scared.")
    live_in(cast.a, HONOLULU)
    # Ben's day follows the rule as if Ana had not answered (nothing about it reaches him)...
    assert checkin_day(cast.b) == couple_day(
        [ZoneInfo(HONOLULU), ZoneInfo(KIRITIMATI)], timezone.now()
    )
    # ...while Ana's own answer keeps her own day where she left it.
    assert checkin_day(cast.a) == CheckIn.objects.get(owner=cast.a).day
