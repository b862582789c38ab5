from __future__ import annotations

from typing import Any

from django.utils import timezone

from ourway.checkins.models import CheckIn
from ourway.invitations.models import Invitation


def test_home_says_what_is_waiting_for_this_person(cast: Any) -> None:
    page = cast.client_b.get("/").content.decode()
    assert "You have not said how you are today." in page
    Invitation.send(cast.a, text="I miss our walks. Could we find time to talk?", token="t1")
    page = cast.client_b.get("/").content.decode()
    assert "An invitation to talk is waiting for your answer." in page
    assert "An invitation to talk is waiting" not in cast.client_a.get("/").content.decode()


def test_a_person_in_safety_mode_is_not_nudged_towards_the_partner(cast: Any) -> None:
    Invitation.send(cast.a, text="I miss our walks. Could we find time to talk?", token="t2")
    cast.b.safety_mode_since = timezone.now()
    cast.b.save()
    page = cast.client_b.get("/").content.decode()
    assert "An invitation to talk is waiting" not in page
    for joint in ("/invitations/", "/talk/", "/manual/"):
        assert f'href="{joint}"' not in page, joint
    assert 'href="/journal/"' in page
    partner_view = cast.client_a.get("/").content.decode()
    assert 'href="/invitations/"' in partner_view


def test_a_check_in_today_clears_its_line(cast: Any) -> None:
    CheckIn.objects.create(owner=cast.a, day=timezone.localdate(), closeness=4, words="ok")
    assert "You have not said how you are today." not in cast.client_a.get("/").content.decode()


def test_home_runs_a_bounded_number_of_queries(
    cast: Any, django_assert_max_num_queries: Any
) -> None:
    with django_assert_max_num_queries(20):
        assert cast.client_a.get("/").status_code == 200


TOGETHER = (
    "together",
    "each other",
    "twenty minutes",
    "we have a problem",
    "your partner feels understood",
    "therapist",
    "invite your partner",
    "no tools for this part yet",
)


def test_in_safety_mode_the_home_page_suggests_nothing_together(cast: Any) -> None:
    cast.b.safety_mode_since = timezone.now()
    cast.b.save()
    page = cast.client_b.get("/").content.decode()
    assert "Exercises you would do with your partner are paused" in page
    # Part 2 has tools; they are paused, and the page says so plainly.
    assert "The exercises for this part are done with your partner" in page
    for words in TOGETHER:
        assert words not in page.lower(), words
    assert "For now your answers stay with you." in page
    assert "Support for you on your own" in page


def test_in_safety_mode_with_no_couple_there_is_no_invitation_to_pair(db: Any) -> None:
    from django.test import Client

    from tests.conftest import make_person

    alone = make_person("sol@example.com", "Sol")
    alone.safety_mode_since = timezone.now()
    alone.save()
    client = Client()
    client.force_login(alone)
    page = client.get("/").content.decode()
    assert "Start on your own, or together" not in page
    assert "Exercises you would do with your partner are paused" in page


def test_out_of_safety_mode_the_home_page_is_unchanged(cast: Any) -> None:
    page = cast.client_a.get("/").content.decode()
    assert "Paused for now" not in page
    assert "we have a problem" in page
    assert "Promises become something you look back at together." in page
