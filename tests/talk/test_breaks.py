"""A break: "We are ready to go on" waits for the break's end, and says when that is; both
saying "I'm ready to come back now" ends it early, one alone never does."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format

from ourway.talk.models import RepairSession

pytestmark = pytest.mark.django_db


def page(client: Any, session: RepairSession) -> str:
    return client.get(reverse("talk:session", args=[session.pk])).content.decode()


def test_going_on_is_not_offered_before_the_break_ends(talk: RepairSession, cast: Any) -> None:
    pause = talk.pause(cast.a, minutes=20, come_back_in=60)
    shown = page(cast.client_b, talk)
    end = time_format(timezone.localtime(pause.ends_at), "H:i")
    assert f"You can come back at {end}." in shown
    assert reverse("talk:resume", args=[talk.pk]) not in shown
    assert "disabled" in shown[shown.index("talk-resume") :][:300]


def test_going_on_is_offered_once_the_break_is_over(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    talk.pauses.update(ends_at=timezone.now() - timedelta(seconds=1))
    shown = page(cast.client_b, talk)
    assert reverse("talk:resume", args=[talk.pk]) in shown
    assert "You can come back at" not in shown
    cast.client_b.post(reverse("talk:resume", args=[talk.pk]))
    talk.refresh_from_db()
    assert talk.status == "open"


def test_the_time_to_come_back_reads_as_a_sentence(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    later_today = timezone.localtime().replace(hour=23, minute=59)
    talk.pauses.update(come_back_at=later_today)
    assert "You agreed to come back at 23:59." in page(cast.client_a, talk)
    tomorrow = later_today + timedelta(days=1)
    talk.pauses.update(come_back_at=tomorrow)
    day = date_format(tomorrow, "l")
    assert f"You agreed to come back on {day} at 23:59." in page(cast.client_a, talk)


# --- Coming back early, when both are ready -----------------------------------------------

READY = "I’m ready to come back now"


def ready(client: Any, session: RepairSession, **data: Any) -> Any:
    return client.post(reverse("talk:ready", args=[session.pk]), data, follow=True)


def test_one_partner_ready_does_not_end_the_break(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    response = ready(cast.client_a, talk)
    assert response.redirect_chain == [(reverse("talk:session", args=[talk.pk]), 302)]
    talk.refresh_from_db()
    assert talk.status == "paused"
    mine = response.content.decode()
    assert "You said you are ready to come back. Ben sees a quiet note, nothing more." in mine
    assert READY not in mine  # nothing more to press
    theirs = page(cast.client_b, talk)
    assert "Ana is ready when you are." in theirs
    assert READY in theirs


def test_before_anyone_is_ready_both_can_say_it(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.b, minutes=20, come_back_in=60)
    for client in (cast.client_a, cast.client_b):
        shown = page(client, talk)
        assert READY in shown
        assert "If you both say so, the break ends early." in shown
        assert "is ready when you are" not in shown


def test_both_ready_ends_the_break_early_and_the_talk_goes_on(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_b, talk)
    response = ready(cast.client_a, talk)
    assert "You are both ready. Welcome back." in response.content.decode()
    talk.refresh_from_db()
    assert talk.status == "open"
    pause = talk.pauses.get()
    assert pause.resumed_at is not None
    assert pause.resumed_at < pause.ends_at
    assert (pause.ready_by_id, pause.resumed_by_id) == (cast.b.pk, cast.a.pk)
    # The conversation goes on from where it was, as when the break time passes.
    talk.share(cast.a, version=talk.version, statement="When we argued, I felt scared.")
    assert "A break to settle" not in page(cast.client_b, talk)


def test_saying_it_twice_is_still_one_partner(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, talk)
    version = RepairSession.objects.get(pk=talk.pk).version
    ready(cast.client_a, talk)
    talk.refresh_from_db()
    assert talk.status == "paused"
    assert talk.version == version  # nothing changed, nothing for the partner's page to show


def test_a_page_left_open_after_the_break_ended_changes_nothing(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    talk.pauses.update(ends_at=timezone.now() - timedelta(seconds=1))
    cast.client_b.post(reverse("talk:resume", args=[talk.pk]))
    talk.refresh_from_db()
    version = talk.version
    response = ready(cast.client_a, talk)
    assert response.redirect_chain == [(reverse("talk:session", args=[talk.pk]), 302)]
    assert "The break is already over, so you can go on." in response.content.decode()
    talk.refresh_from_db()
    assert (talk.status, talk.version) == ("open", version)


def test_ready_after_the_break_time_passed_goes_back_to_the_talk(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    talk.pauses.update(ends_at=timezone.now() - timedelta(seconds=1))
    ready(cast.client_b, talk)
    talk.refresh_from_db()
    assert talk.status == "open"


def test_ready_after_the_talk_ended_is_refused_kindly(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    talk.end(cast.b)
    response = ready(cast.client_a, talk)
    assert "This conversation has ended." in response.content.decode()
    assert talk.pauses.get().ready_by_id is None


def test_an_outsider_cannot_say_they_are_ready(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    response = cast.client_c.post(reverse("talk:ready", args=[talk.pk]))
    assert response.status_code == 404
    assert talk.pauses.get().ready_by_id is None
    assert cast.client_a.get(reverse("talk:ready", args=[talk.pk])).status_code == 405


def test_on_one_device_each_partner_says_it_for_themselves(cast: Any) -> None:
    from ourway.couples.access import couple_of

    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="the weekend", mode="one_device", speaker=cast.a
    )
    session.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, session, author=cast.b.pk)
    shown = page(cast.client_a, session)
    assert "Ben is ready to come back." in shown
    assert "Ana is ready to come back now" in shown
    assert "Ben is ready to come back now" not in shown
    ready(cast.client_a, session, author=cast.b.pk)  # the same person again: still waiting
    session.refresh_from_db()
    assert session.status == "paused"
    ready(cast.client_a, session, author=cast.a.pk)
    session.refresh_from_db()
    assert session.status == "open"


def test_the_api_says_who_is_ready_and_ends_the_break_when_both_are(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    path = f"/api/v1/talk/{talk.pk}/ready"
    first = cast.api("a", "post", path, {}).json()
    assert (first["status"], first["pause"]["ready_by_id"]) == ("paused", cast.a.pk)
    assert cast.api("b", "post", path, {}).json()["status"] == "open"
    assert cast.api("c", "post", path, {}).status_code == 404
