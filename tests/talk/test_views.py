"""The conversation through its pages, as two partners on their own devices would use it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from ourway.couples.models import Notice
from ourway.talk.models import Agreement, RepairSession

pytestmark = pytest.mark.django_db


def start(cast: Any, mode: str = "two_devices") -> RepairSession:
    response = cast.client_a.post(
        reverse("talk:home"), {"topic": "the weekend plans", "mode": mode, "first": "me"}
    )
    assert response.status_code == 302
    return RepairSession.objects.get()


def post(
    client: Any,
    name: str,
    session: RepairSession,
    data: dict[str, Any] | None = None,
    follow: bool = False,
) -> Any:
    session.refresh_from_db()
    return client.post(
        reverse(name, args=[session.pk]),
        {"version": session.version, **(data or {})},
        follow=follow,
    )


def session_url(session: RepairSession) -> str:
    return reverse("talk:session", args=[session.pk])


def test_a_whole_conversation_from_start_to_agreement(cast: Any) -> None:
    session = start(cast)
    assert Notice.objects.filter(recipient=cast.b, kind="talk_started").exists()
    page_b = cast.client_b.get(reverse("talk:session", args=[session.pk]))
    assert "let&#x27;s begin" in page_b.content.decode() or "let's begin" in page_b.content.decode()
    post(cast.client_b, "talk:join", session)
    post(
        cast.client_a,
        "talk:share",
        session,
        {
            "situation": "the plans changed on Friday",
            "emotion": "lonely",
            "meaning": "I am on my own with it",
        },
    )
    post(cast.client_b, "talk:reflect", session, {"reflection": "You felt you don't matter."})
    post(
        cast.client_a,
        "talk:answer",
        session,
        {"answer": "no", "correction": "Not that I don't matter: I felt alone."},
    )
    post(
        cast.client_b,
        "talk:reflect",
        session,
        {
            "reflection": "When the plans changed you felt lonely, on "
            "your own with it. Did I get that?"
        },
    )
    post(cast.client_a, "talk:answer", session, {"answer": "yes"})
    page_a = cast.client_a.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert "The need underneath" in page_a
    post(cast.client_a, "talk:need", session, {"need": "priority"})
    post(cast.client_b, "talk:share", session, {"statement": "When Friday got busy, I felt torn."})
    post(
        cast.client_a,
        "talk:reflect",
        session,
        {"reflection": "You felt torn when Friday got busy. Is that right?"},
    )
    post(cast.client_b, "talk:answer", session, {"answer": "yes"})
    post(cast.client_b, "talk:need", session, {"need": ""})
    post(cast.client_a, "talk:close", session)
    post(cast.client_a, "talk:understood", session, {"text": "Ben feels torn on busy days."})
    response = post(
        cast.client_b, "talk:agree", session, {"text": "Next time, I will tell you on Thursday."}
    )
    assert response.status_code == 302
    post(cast.client_b, "talk:end", session, {"confirmed": "1"})
    session.refresh_from_db()
    assert session.ended_with_agreement
    assert Agreement.objects.get().text == "Next time, I will tell you on Thursday."
    final = cast.client_b.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert "Ben feels torn on busy days." in final
    assert "real repair" in final


def test_the_listener_pressing_the_speakers_button_gets_a_clear_message(cast: Any) -> None:
    session = start(cast)
    post(cast.client_b, "talk:join", session)
    response = post(
        cast.client_b,
        "talk:share",
        session,
        {"statement": "When you shout, I feel scared."},
        follow=True,
    )
    assert response.redirect_chain == [(session_url(session), 302)]
    assert "turn to speak" in response.content.decode()
    assert not session.turns.exists()


def test_a_stale_page_keeps_the_words_to_copy(cast: Any) -> None:
    session = start(cast)
    post(cast.client_b, "talk:join", session)
    session.refresh_from_db()
    old = session.version
    post(
        cast.client_a,
        "talk:share",
        session,
        {"statement": "When the plans changed, I felt lonely."},
    )
    response = cast.client_a.post(
        reverse("talk:share", args=[session.pk]),
        {"version": old, "statement": "Something else entirely, longer than twelve."},
        follow=True,
    )
    text = response.content.decode()
    assert response.redirect_chain == [(session_url(session), 302)]
    assert "Something else entirely, longer than twelve." in text
    assert "moved on" in text


def test_empty_words_are_refused_with_the_form_kept(cast: Any) -> None:
    session = start(cast)
    post(cast.client_b, "talk:join", session)
    response = post(
        cast.client_a,
        "talk:share",
        session,
        {"statement": "", "situation": "the bins"},
        follow=True,
    )
    text = response.content.decode()
    assert "Fill in all three parts" in text
    assert 'value="the bins"' in text
    huge = post(cast.client_a, "talk:share", session, {"statement": "x" * 5000}, follow=True)
    assert "the most is 2,000" in huge.content.decode()
    assert "x" * 5000 in huge.content.decode()


def test_polling_answers_204_while_nothing_changed_and_the_live_part_when_it_did(cast: Any) -> None:
    session = start(cast)
    url = reverse("talk:state", args=[session.pk])
    same = cast.client_a.get(url, {"v": session.etag}, HTTP_HX_REQUEST="true")
    assert same.status_code == 204
    post(cast.client_b, "talk:join", session)
    changed = cast.client_a.get(url, {"v": "1"}, HTTP_HX_REQUEST="true")
    assert changed.status_code == 200
    assert 'id="talk-live"' in changed.content.decode()
    assert "<html" not in changed.content.decode()


def test_a_partner_leaving_turns_the_next_poll_into_a_clear_message(cast: Any) -> None:
    from ourway.couples.pairing import leave_couple

    session = start(cast)
    leave_couple(cast.b)
    response = cast.client_a.get(
        reverse("talk:state", args=[session.pk]), {"v": "1"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 286
    assert "no longer here" in response.content.decode()
    page = cast.client_a.get(reverse("talk:session", args=[session.pk]))
    assert page.status_code == 404
    assert "no longer here" in page.content.decode()


def test_a_break_shows_when_it_ends_and_how_to_settle(cast: Any) -> None:
    session = start(cast)
    response = cast.client_b.post(
        reverse("talk:start_pause", args=[session.pk]), {"minutes": 20, "come_back_in": 60}
    )
    assert response.status_code == 302
    page = cast.client_a.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert "A break to settle" in page
    assert "data-countdown" in page
    assert "Breathe out" in page
    early = cast.client_a.post(reverse("talk:resume", args=[session.pk]), follow=True)
    assert early.redirect_chain == [(session_url(session), 302)]
    assert "more minutes" in early.content.decode()
    session.pauses.update(ends_at=timezone.now() - timedelta(seconds=1))
    cast.client_a.post(reverse("talk:resume", args=[session.pk]))
    session.refresh_from_db()
    assert session.status == "open"


def test_the_outsider_gets_the_same_calm_404(cast: Any) -> None:
    session = start(cast)
    for name in ("talk:session", "talk:pause"):
        assert cast.client_c.get(reverse(name, args=[session.pk])).status_code == 404
    assert cast.client_c.post(reverse("talk:end", args=[session.pk])).status_code == 404
    session.refresh_from_db()
    assert session.status == "open"


def test_in_safety_mode_the_conversation_is_paused_for_that_person_only(cast: Any) -> None:
    session = start(cast)
    cast.b.safety_mode_since = timezone.now()
    cast.b.save(update_fields=["safety_mode_since"])
    response = cast.client_b.post(reverse("talk:join", args=[session.pk]), {"version": 1})
    assert "Paused for now" in response.content.decode()
    session.refresh_from_db()
    assert session.step == "waiting"
    assert session.version == 1
    assert (
        cast.client_b.get(
            reverse("talk:state", args=[session.pk]), HTTP_HX_REQUEST="true"
        ).status_code
        == 286
    )


def test_one_device_mode_says_whom_to_pass_the_device_to(cast: Any) -> None:
    session = start(cast, mode="one_device")
    post(
        cast.client_a,
        "talk:share",
        session,
        {"statement": "When the plans changed, I felt lonely."},
    )
    page = cast.client_a.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert "Pass the device to Ben" in page
    assert not Notice.objects.filter(kind="talk_started").exists()


def test_the_builder_preview_flags_a_faux_feeling_and_proposes_real_ones(cast: Any) -> None:
    response = cast.client_a.post(
        reverse("talk:builder"),
        {"situation": "you left", "emotion": "ignored", "meaning": "x"},
        HTTP_HX_REQUEST="true",
    )
    text = response.content.decode()
    assert "I feel ignored" in text
    assert 'data-pick-emotion="lonely"' in text


def test_deleting_my_words_from_the_page(cast: Any) -> None:
    session = start(cast)
    post(cast.client_b, "talk:join", session)
    post(
        cast.client_a,
        "talk:share",
        session,
        {"statement": "When the plans changed, I felt lonely."},
    )
    turn = session.turns.get()
    url = reverse("talk:forget", args=[session.pk, "statement", turn.pk])
    refused = cast.client_b.post(url, follow=True)  # refused kindly: not Ben's words
    assert "Only the person who wrote this can delete it." in refused.content.decode()
    turn.refresh_from_db()
    assert not turn.statement_deleted
    cast.client_a.post(url)
    page = cast.client_b.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert "deleted by its author" in page
    assert "I felt lonely" not in page


def test_the_home_page_query_count_stays_bounded_with_a_year_of_conversations(
    cast: Any, django_assert_max_num_queries: Any
) -> None:
    from ourway.couples.access import couple_of

    couple = couple_of(cast.a)
    for day in range(365):
        session = RepairSession.objects.create(
            couple=couple,
            topic=f"day {day}",
            started_by=cast.a,
            speaker=cast.a,
            status="ended",
            created=timezone.now() - timedelta(days=day),
        )
        Agreement.objects.create(
            couple=couple, author=cast.a, text="Next time, I will pause.", session=session
        )
    with django_assert_max_num_queries(12):
        assert cast.client_a.get(reverse("talk:home")).status_code == 200


def test_the_conversation_page_query_count_stays_bounded_with_many_turns(
    cast: Any, talk: Any, django_assert_max_num_queries: Any
) -> None:
    from tests.talk.conftest import full_turn

    for index in range(20):
        speaker, listener = (cast.a, cast.b) if index % 2 == 0 else (cast.b, cast.a)
        full_turn(talk, speaker, listener, words=f"When moment {index} happened, I felt sad.")
    with django_assert_max_num_queries(20):
        response = cast.client_a.get(reverse("talk:session", args=[talk.pk]))
    assert "moment 19" in response.content.decode()
