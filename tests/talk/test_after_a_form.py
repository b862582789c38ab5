"""Every form in a conversation answers with a redirect: Back and reload never send it again.

A refused form comes back on the conversation page filled in, with its error; words that
could not be used come back in the "kept for you to copy" box. Nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from ourway.couples.pairing import leave_couple
from ourway.talk.models import RepairSession
from tests.talk.conftest import full_turn

pytestmark = pytest.mark.django_db


def url(name: str, session: RepairSession) -> str:
    return reverse(name, args=[session.pk])


def closing(talk: RepairSession, cast: Any) -> RepairSession:
    full_turn(talk, cast.a, cast.b)
    talk.start_closing(cast.a, version=talk.version)
    return talk


def test_a_refused_agreement_redirects_and_comes_back_filled_in_once(talk: Any, cast: Any) -> None:
    closing(talk, cast)
    words = "I will " + "call you first " * 200
    response = cast.client_b.post(url("talk:agree", talk), {"text": words})
    assert response.status_code == 302
    assert response["Location"] == url("talk:session", talk)
    page = cast.client_b.get(url("talk:session", talk)).content.decode()
    assert "the most is 2,000" in page
    assert words.strip() in page
    assert not talk.agreements.exists()
    again = cast.client_b.get(url("talk:session", talk)).content.decode()  # a reload
    assert "the most is 2,000" not in again
    assert words.strip() not in again


def test_not_quite_without_saying_what_was_missed_comes_back_as_a_form_error(
    talk: Any, cast: Any
) -> None:
    talk.share(cast.a, version=talk.version, statement="When the plans changed, I felt lonely.")
    talk.reflect(cast.b, version=talk.version, text="You felt lonely. Did I get that?")
    response = cast.client_a.post(
        url("talk:answer", talk), {"version": talk.version, "answer": "no", "correction": ""}
    )
    assert response.status_code == 302
    page = cast.client_a.get(url("talk:session", talk)).content.decode()
    assert 'aria-invalid="true"' in page or "errorlist" in page
    assert "Not quite, try again" in page


def test_the_carried_words_are_never_stored_in_plain_text(talk: Any, cast: Any) -> None:
    from django.contrib.sessions.models import Session

    closing(talk, cast)
    secret = "what I understood, private 9931"
    cast.client_b.post(url("talk:understood", talk), {"text": secret * 100})
    stored = "".join(s.session_data for s in Session.objects.all())
    decoded = "".join(str(s.get_decoded()) for s in Session.objects.all())
    assert secret not in stored
    assert secret not in decoded
    assert secret in cast.client_b.get(url("talk:session", talk)).content.decode()


def test_words_sent_after_the_partner_ended_come_back_to_copy(talk: Any, cast: Any) -> None:
    closing(talk, cast)
    talk.end(cast.a)
    words = "What I understood is that Fridays are hard for you."
    response = cast.client_b.post(url("talk:understood", talk), {"text": words}, follow=True)
    assert response.redirect_chain == [(url("talk:session", talk), 302)]
    page = response.content.decode()
    assert "This conversation has ended" in page
    assert "Your words, kept for you to copy" in page
    assert words in page
    assert not talk.understandings.exists()


def test_a_refused_form_whose_step_has_passed_comes_back_as_words_to_copy(
    talk: Any, cast: Any
) -> None:
    closing(talk, cast)
    talk.end(cast.a)
    words = "Next time, I will " + "listen first " * 200
    response = cast.client_b.post(url("talk:agree", talk), {"text": words}, follow=True)
    page = response.content.decode()
    assert "This conversation has ended" in page
    assert "Your words, kept for you to copy" in page
    assert words.strip() in page


def test_words_sent_to_a_conversation_gone_with_the_couple_come_back_to_copy(
    talk: Any, cast: Any
) -> None:
    closing(talk, cast)
    leave_couple(cast.a)
    words = "Next time, I will say it earlier."
    response = cast.client_b.post(url("talk:agree", talk), {"text": words})
    assert response.status_code == 404
    page = response.content.decode()
    assert "no longer here" in page
    assert words in page


def test_a_break_asked_for_early_is_explained_on_the_conversation_page(
    talk: Any, cast: Any
) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    response = cast.client_b.post(url("talk:resume", talk), follow=True)
    assert response.redirect_chain == [(url("talk:session", talk), 302)]
    assert "more minutes" in response.content.decode()


def test_a_refused_break_form_goes_back_to_the_break_page_filled_in(talk: Any, cast: Any) -> None:
    response = cast.client_a.post(
        url("talk:start_pause", talk), {"minutes": "5", "come_back_in": "60"}, follow=True
    )
    assert response.redirect_chain == [(url("talk:pause", talk), 302)]
    assert "Select a valid choice" in response.content.decode()
    talk.refresh_from_db()
    assert talk.status == "open"


def test_a_start_form_without_a_topic_comes_back_filled_in(cast: Any) -> None:
    response = cast.client_a.post(
        reverse("talk:home"), {"topic": "", "mode": "one_device", "first": "partner"}, follow=True
    )
    assert response.redirect_chain == [(reverse("talk:home"), 302)]
    page = response.content.decode()
    assert "Name the topic in a few words" in page
    assert 'value="one_device" id="id_mode_1" required checked' in page
    assert not RepairSession.objects.exists()
