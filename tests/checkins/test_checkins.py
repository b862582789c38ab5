"""How are we? Answering, the reveal rule, editing, bad input and safety mode."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from ourway.checkins.models import MAX_WORDS_CHARS, CheckIn, CheckInSettled
from ourway.coaching.models import CoachSighting

URL = "/checkins/"


def answer(client, closeness=3, words="Tired, but glad we talked.", more_of=""):
    return client.post(URL, {"closeness": closeness, "words": words, "more_of": more_of})


def quiet(person):
    person.safety_mode_since = timezone.now()
    person.save(update_fields=["safety_mode_since"])


def test_answering_saves_todays_check_in_and_notes_it_for_the_coach(cast):
    response = answer(cast.client_a, 2, "A bit lonely this week.", "Walks together")
    assert response.status_code == 302
    checkin = CheckIn.objects.get(owner=cast.a)
    assert checkin.day == timezone.localdate()
    assert (checkin.closeness, checkin.words, checkin.more_of) == (
        2,
        "A bit lonely this week.",
        "Walks together",
    )
    assert CoachSighting.objects.filter(owner=cast.a, source="checkin").exists()


def test_partner_sees_nothing_of_my_answer_until_they_answer(cast):
    answer(cast.client_a, 2, "Honestly, a bit far apart.")
    page = cast.client_b.get(URL).content.decode()
    assert "Honestly, a bit far apart." not in page
    mine = cast.client_a.get(URL).content.decode()
    assert "Honestly, a bit far apart." in mine
    assert "Waiting for your partner." in mine


def test_partner_sees_shared_view_only_after_both_answered(cast):
    answer(cast.client_a, 2, "Honestly, a bit far apart.")
    answer(cast.client_b, 4, "Pretty good on my side.")
    for client in (cast.client_a, cast.client_b):
        page = client.get(URL).content.decode()
        assert "Honestly, a bit far apart." in page
        assert "Pretty good on my side." in page
        assert "Waiting for your partner." not in page


def test_an_outsider_never_sees_the_couples_answers(cast):
    answer(cast.client_a, 2, "Honestly, a bit far apart.")
    answer(cast.client_b, 4, "Pretty good on my side.")
    answer(cast.client_c, 5, "We are good.")
    page = cast.client_c.get(URL).content.decode()
    assert "Honestly, a bit far apart." not in page
    assert "Pretty good on my side." not in page
    day = timezone.localdate().isoformat()
    assert cast.client_c.get(reverse("checkins:day", args=[day])).status_code == 200  # their own
    CheckIn.objects.filter(owner=cast.c).delete()
    assert cast.client_c.get(reverse("checkins:day", args=[day])).status_code == 404


def test_a_person_alone_can_check_in_privately(cast):
    from tests.conftest import make_person

    solo = make_person("solo@example.com", "Sol")
    cast.client_c.force_login(solo)
    response = answer(cast.client_c, 3, "Figuring things out.")
    assert response.status_code == 302
    page = cast.client_c.get(URL).content.decode()
    assert "Figuring things out." in page
    assert "Waiting for your partner." not in page


def test_answer_can_change_until_the_partner_answers_then_the_day_is_settled(cast):
    answer(cast.client_a, 2, "First try.")
    answer(cast.client_a, 3, "Second thoughts.")
    assert CheckIn.objects.get(owner=cast.a).words == "Second thoughts."
    answer(cast.client_b, 4, "Fine by me, honestly good.")
    response = answer(cast.client_a, 1, "Third thoughts.")
    assert response.status_code == 302
    assert CheckIn.objects.get(owner=cast.a).words == "Second thoughts."
    with pytest.raises(CheckInSettled):
        CheckIn.answer(cast.a, closeness=1, words="Third thoughts.")


def test_a_double_submit_keeps_one_answer(cast):
    answer(cast.client_a, 3, "Same words.")
    answer(cast.client_b, 3, "Mine.")
    # The same answer again after the day settled is not an error: nothing changed.
    response = answer(cast.client_a, 3, "Same words.")
    assert response.status_code == 302
    assert CheckIn.objects.filter(owner=cast.a).count() == 1


def test_both_partners_answering_at_once_keeps_both_answers(cast):
    first, _ = CheckIn.answer(cast.a, closeness=2, words="Mine")
    second, _ = CheckIn.answer(cast.b, closeness=4, words="Yours")
    assert CheckIn.objects.filter(day=timezone.localdate()).count() == 2
    assert {first.words, second.words} == {"Mine", "Yours"}


def test_empty_words_get_a_kind_error_and_keep_the_chosen_point(cast):
    response = answer(cast.client_a, 4, "   \x00  ")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Write a few words first" in page
    assert 'value="4" id="id_closeness_3" required checked' in page
    assert not CheckIn.objects.exists()


def test_a_missing_scale_point_gets_a_kind_error_and_keeps_the_words(cast):
    response = cast.client_a.post(URL, {"words": "Words I do not want to lose"})
    page = response.content.decode()
    assert "Pick the point on the scale" in page
    assert "Words I do not want to lose" in page


def test_huge_words_are_refused_kindly_and_kept_in_the_box(cast):
    huge = "long " * (MAX_WORDS_CHARS // 4)
    response = answer(cast.client_a, 3, huge)
    page = response.content.decode()
    assert "a check-in holds up to" in page
    assert huge.strip()[:200] in page
    assert not CheckIn.objects.exists()


def test_odd_unicode_is_cleaned_and_kept(cast):
    answer(cast.client_a, 3, "cafe\u0301 \U0001f979 \u202eok\x00")
    assert CheckIn.objects.get(owner=cast.a).words == "café \U0001f979 \u202eok"


def test_a_scale_point_outside_one_to_five_is_refused(cast):
    response = answer(cast.client_a, 9, "Off the scale")
    assert response.status_code == 200
    assert not CheckIn.objects.exists()


def test_fine_is_recorded_as_a_shield_and_shown_only_to_the_writer(cast):
    response = answer(cast.client_a, 3, "Fine.")
    assert CheckIn.objects.get(owner=cast.a).fine_shield is True
    follow = cast.client_a.get(response["Location"]).content.decode()
    assert "You said “fine”" in follow
    assert "Only you see this: the coach read" in follow
    answer(cast.client_b, 3, "Quite good, we laughed at dinner.")
    partner_page = cast.client_b.get(URL).content.decode()
    assert "Fine." in partner_page  # the answer itself is revealed
    assert "Only you see this: the coach read" not in partner_page
    # B's own count, never A's.
    assert "Your one answer in these weeks said more than “fine”." in partner_page
    assert "leaned on “fine”" not in partner_page


def test_an_honest_answer_is_not_marked_as_a_shield(cast):
    answer(cast.client_a, 2, "I felt lonely when you worked late again.")
    assert CheckIn.objects.get(owner=cast.a).fine_shield is False


def test_answers_given_in_safety_mode_are_never_revealed_to_the_partner(cast):
    quiet(cast.a)
    answer(cast.client_a, 1, "Scared to say more.")
    answer(cast.client_b, 4, "All good here.")
    partner_page = cast.client_b.get(URL).content.decode()
    assert "Scared to say more." not in partner_page
    assert "Waiting for your partner." in partner_page  # exactly as if A had not answered
    own_page = cast.client_a.get(URL).content.decode()
    assert "Scared to say more." in own_page
    assert "All good here." not in own_page
    assert "Waiting for your partner." not in own_page


def test_answers_given_in_safety_mode_stay_private_after_it_ends(cast):
    quiet(cast.a)
    answer(cast.client_a, 1, "Scared to say more.")
    cast.a.safety_mode_since = None
    cast.a.save(update_fields=["safety_mode_since"])
    answer(cast.client_b, 4, "All good here.")
    assert "Scared to say more." not in cast.client_b.get(URL).content.decode()
    assert "All good here." not in cast.client_a.get(URL).content.decode()


def test_the_day_page_shows_both_answers_only_when_both_answered(cast):
    answer(cast.client_a, 2, "Mine today.")
    day_url = reverse("checkins:day", args=[timezone.localdate().isoformat()])
    assert cast.client_b.get(day_url).status_code == 404
    answer(cast.client_b, 4, "Theirs today.")
    page = cast.client_b.get(day_url).content.decode()
    assert "Mine today." in page
    assert "Theirs today." in page


def test_a_malformed_day_is_not_found(cast):
    assert cast.client_a.get("/checkins/day/not-a-date/").status_code == 404


def test_the_trend_switches_length_as_a_partial_for_htmx(cast):
    CheckIn.objects.create(
        owner=cast.a,
        day=timezone.localdate() - timedelta(days=20),
        closeness=3,
        words="x",
        shared=True,
    )
    response = cast.client_a.get(URL + "?weeks=26", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="trend"')
    assert "<svg" in page
    assert "<table>" in page


def test_the_page_runs_a_bounded_number_of_queries_with_a_year_of_data(
    cast, django_assert_max_num_queries
):
    today = timezone.localdate()
    rows = []
    for back in range(366):
        day = today - timedelta(days=back)
        rows.append(
            CheckIn(owner=cast.a, day=day, closeness=1 + back % 5, words=f"day {back}", shared=True)
        )
        rows.append(
            CheckIn(
                owner=cast.b, day=day, closeness=1 + (back + 2) % 5, words=f"b {back}", shared=True
            )
        )
    CheckIn.objects.bulk_create(rows)
    cast.client_a.get(URL)  # warm the session and caches
    with django_assert_max_num_queries(12):
        response = cast.client_a.get(URL + "?weeks=52")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<svg" in page
    assert "52 weeks" in page


def test_export_holds_only_my_own_answers(cast):
    from ourway.checkins.exports import export_for

    answer(cast.client_a, 2, "Mine.")
    answer(cast.client_b, 4, "Theirs.")
    exported = export_for(cast.a)["checkins"]
    assert [c["words"] for c in exported] == ["Mine."]
    assert exported[0]["more_of"] == ""


def test_home_page_lists_the_check_in(cast):
    page = cast.client_a.get("/").content.decode()
    assert 'href="/checkins/"' in page


def test_partners_on_different_dates_still_answer_one_shared_day(cast):
    """Kiritimati (UTC+14) and Pago Pago (UTC-11) are always on different dates, and at any
    moment at least one of them is not on the server's (UTC) date. Their answers still land
    on one day, Pago Pago's (its clock is the earlier one: see ourway.checkins.days), so the
    shared view appears for both."""
    from zoneinfo import ZoneInfo

    people = {cast.a: "Pacific/Kiritimati", cast.b: "Pacific/Pago_Pago"}
    for person, zone in people.items():
        type(person).objects.filter(pk=person.pk).update(time_zone=zone)
    before = timezone.localtime(timezone=ZoneInfo("Pacific/Pago_Pago")).date()
    answer(cast.client_a, 3, "Tired, but glad we talked.")
    answer(cast.client_b, 4, "Better than yesterday.")
    after = timezone.localtime(timezone=ZoneInfo("Pacific/Pago_Pago")).date()
    days = set(CheckIn.objects.values_list("day", flat=True))
    assert len(days) == 1
    assert days <= {before, after}
    for client in (cast.client_a, cast.client_b):
        page = client.get(URL).content.decode()
        assert "Tired, but glad we talked." in page
        assert "Better than yesterday." in page
