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
