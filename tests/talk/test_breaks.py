"""A break: "We are ready to go on" waits for the break's end, and says when that is; both
saying "I'm ready to come back now" ends it early, one alone never does, and whoever said
it can take it back ("Not yet after all") until the other says it too."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
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


# --- "Not yet after all": taking back "I'm ready" ------------------------------------------

NOT_YET = "Not yet after all"


def not_yet(client: Any, session: RepairSession, **data: Any) -> Any:
    return client.post(reverse("talk:not_ready", args=[session.pk]), data, follow=True)


def test_the_one_who_said_ready_can_take_it_back(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    assert NOT_YET not in page(cast.client_a, talk)  # nothing said yet, nothing to take back
    assert NOT_YET in ready(cast.client_a, talk).content.decode()
    response = not_yet(cast.client_a, talk)
    assert response.redirect_chain == [(reverse("talk:session", args=[talk.pk]), 302)]
    mine = response.content.decode()
    assert "Taken back. The break goes on; take the time you need." in mine
    assert READY in mine  # it can be said again later
    assert NOT_YET not in mine
    talk.refresh_from_db()
    assert talk.status == "paused"
    pause = talk.pauses.get()
    assert (pause.ready_by_id, pause.ready_at, pause.resumed_at) == (None, None, None)
    theirs = page(cast.client_b, talk)
    assert "Ana is ready when you are." not in theirs
    assert "If you both say so, the break ends early." in theirs


def test_taking_it_back_twice_changes_nothing_the_second_time(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, talk)
    not_yet(cast.client_a, talk)
    version = RepairSession.objects.get(pk=talk.pk).version
    again = not_yet(cast.client_a, talk).content.decode()
    assert "Taken back" not in again
    talk.refresh_from_db()
    assert (talk.status, talk.version) == ("paused", version)


def test_only_the_one_who_said_it_can_take_it_back(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, talk)
    assert NOT_YET not in page(cast.client_b, talk)
    version = RepairSession.objects.get(pk=talk.pk).version
    not_yet(cast.client_b, talk)
    talk.refresh_from_db()
    assert talk.version == version
    assert talk.pauses.get().ready_by_id == cast.a.pk
    assert cast.client_c.post(reverse("talk:not_ready", args=[talk.pk])).status_code == 404
    assert talk.pauses.get().ready_by_id == cast.a.pk
    assert cast.client_a.get(reverse("talk:not_ready", args=[talk.pk])).status_code == 405


def test_taken_back_first_the_partners_ready_is_kept_as_the_first(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, talk)
    not_yet(cast.client_a, talk)
    ready(cast.client_b, talk)
    not_yet(cast.client_a, talk)  # a second tap arriving late takes nothing of Ben's
    talk.refresh_from_db()
    assert talk.status == "paused"
    assert talk.pauses.get().ready_by_id == cast.b.pk
    assert "Ben is ready when you are." in page(cast.client_a, talk)


def test_taken_back_too_late_the_break_has_ended_and_says_so(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, talk)
    ready(cast.client_b, talk)  # Ben's "ready" landed first: both ready, the break is over
    talk.refresh_from_db()
    version = talk.version
    shown = not_yet(cast.client_a, talk).content.decode()
    assert "The break has already ended, so the conversation is open again." in shown
    assert "“We need a break” starts another one." in shown
    talk.refresh_from_db()
    assert (talk.status, talk.version) == ("open", version)
    assert talk.pauses.get().ready_by_id == cast.a.pk  # the record of the break stays


def test_taking_it_back_after_the_talk_ended_is_refused_kindly(
    talk: RepairSession, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, talk)
    talk.end(cast.b)
    assert "This conversation has ended." in not_yet(cast.client_a, talk).content.decode()


def test_on_one_device_each_partner_takes_back_only_their_own(cast: Any) -> None:
    from ourway.couples.access import couple_of

    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="the weekend", mode="one_device", speaker=cast.a
    )
    session.pause(cast.a, minutes=20, come_back_in=60)
    ready(cast.client_a, session, author=cast.b.pk)
    shown = page(cast.client_a, session)
    assert "Ben is not ready after all" in shown
    assert "Ana is not ready after all" not in shown
    not_yet(cast.client_a, session, author=cast.a.pk)  # Ana never said it: nothing to take
    assert session.pauses.get().ready_by_id == cast.b.pk
    not_yet(cast.client_a, session, author=cast.b.pk)
    session.refresh_from_db()
    assert session.status == "paused"
    assert session.pauses.get().ready_by_id is None
    assert "Ben is ready to come back now" in page(cast.client_a, session)


def test_the_api_takes_back_my_ready_and_only_mine(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    path = f"/api/v1/talk/{talk.pk}/ready"
    cast.api("a", "post", path, {})
    assert cast.api("b", "delete", path).json()["pause"]["ready_by_id"] == cast.a.pk
    assert cast.api("c", "delete", path).status_code == 404
    taken = cast.api("a", "delete", path)
    assert taken.status_code == 200
    assert (taken.json()["status"], taken.json()["pause"]["ready_by_id"]) == ("paused", None)
    again = cast.api("a", "delete", path)
    assert (again.status_code, again.json()["version"]) == (200, taken.json()["version"])
    # Too late: both were ready, the break ended, and the answer shows the talk open again.
    cast.api("a", "post", path, {})
    cast.api("b", "post", path, {})
    late = cast.api("a", "delete", path)
    assert (late.status_code, late.json()["status"], late.json()["pause"]) == (200, "open", None)
    talk.end(cast.b)
    assert cast.api("a", "delete", path).status_code == 409


def test_the_api_on_one_device_says_whose_ready_to_take_back(cast: Any) -> None:
    from ourway.couples.access import couple_of

    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="the weekend", mode="one_device", speaker=cast.a
    )
    session.pause(cast.a, minutes=20, come_back_in=60)
    path = f"/api/v1/talk/{session.pk}/ready"
    cast.api("a", "post", path, {"author_id": cast.b.pk})
    mine = cast.api("a", "delete", path).json()  # Ana's own: she never said it
    assert mine["pause"]["ready_by_id"] == cast.b.pk
    bens = cast.api("a", "delete", f"{path}?author_id={cast.b.pk}").json()
    assert bens["pause"]["ready_by_id"] is None


def race(session_id: int, *moves: tuple[str, Any]) -> dict[str, Any]:
    """Each move on its own connection, all let go at once; what each returned, by name."""
    said: dict[str, Any] = {}
    start = threading.Barrier(len(moves))

    def run(name: str, do: Any) -> None:
        start.wait()
        try:
            said[name] = do(RepairSession.objects.get(pk=session_id))
        except BaseException as error:  # reported by the test
            said[name] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=move) for move in moves]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return said


@pytest.mark.django_db(transaction=True)
def test_a_take_back_and_the_partners_ready_at_once_lose_nothing() -> None:
    """Whichever lands first wins: either the break ended (Ben's "ready" first, with Ana's
    still there) or it goes on with Ben's "ready" kept; never a break ended by one alone."""
    if connection.vendor == "sqlite":
        pytest.skip("row locks are exercised on PostgreSQL; SQLite serialises every writer")
    from ourway.couples.access import couple_of
    from tests.conftest import make_person, pair

    ana, ben = make_person("x@example.com", "Xan"), make_person("y@example.com", "Yan")
    pair(ana, ben)
    for _ in range(6):
        session, _created = RepairSession.start(
            couple_of(ana), ana, topic="the weekend", mode="two_devices", speaker=ana
        )
        session.join(ben)
        session.pause(ana, minutes=20, come_back_in=60)
        session.ready_to_return(ana)
        said = race(
            session.pk,
            ("ana", lambda s: s.not_ready_after_all(ana)),
            ("ben", lambda s: s.ready_to_return(ben)),
        )
        session.refresh_from_db()
        pause = session.pauses.get()
        if said["ben"] == "back":  # Ben's landed first: both were ready
            assert said["ana"] == "over"
            assert session.status == "open"
            assert (pause.ready_by_id, pause.resumed_by_id) == (ana.pk, ben.pk)
        else:  # Ana's landed first: the break goes on, with Ben's "ready" kept
            assert (said["ana"], said["ben"]) == ("taken_back", "noted")
            assert session.status == "paused"
            assert (pause.ready_by_id, pause.resumed_at) == (ben.pk, None)
        session.end(ana)
