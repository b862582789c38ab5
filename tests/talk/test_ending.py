"""Ending a conversation: asked first, said who ended it, and nobody's unsaved words lost."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format

from ourway.talk.models import RepairSession
from tests.talk.conftest import full_turn

pytestmark = pytest.mark.django_db


def url(name: str, session: RepairSession) -> str:
    return reverse(name, args=[session.pk])


@pytest.fixture
def closing(talk: RepairSession, cast: Any) -> RepairSession:
    full_turn(talk, cast.a, cast.b)
    talk.start_closing(cast.a, version=talk.version)
    return talk


def test_both_end_buttons_ask_first(closing: RepairSession, cast: Any) -> None:
    page = cast.client_b.get(url("talk:session", closing)).content.decode()
    assert "We&#x27;re done for now" in page or "We're done for now" in page
    forms = [part for part in page.split("<form") if url("talk:end", closing) in part]
    assert len(forms) == 2  # "We're done for now" and "End the conversation"
    for form in forms:
        assert "data-confirm=" in form
        assert "data-end-talk" in form
        assert 'name="confirmed"' not in form  # the dialog's yes adds it


def test_without_javascript_ending_asks_on_a_page_of_its_own(
    closing: RepairSession, cast: Any
) -> None:
    response = cast.client_b.post(url("talk:end", closing), follow=True)
    assert response.redirect_chain == [(url("talk:end", closing), 302)]
    page = response.content.decode()
    assert "End this conversation for both of you?" in page
    assert 'name="confirmed" value="1"' in page
    closing.refresh_from_db()
    assert closing.status == "open"
    cast.client_b.post(url("talk:end", closing), {"confirmed": "1"})
    closing.refresh_from_db()
    assert closing.status == "ended"
    assert cast.client_b.get(url("talk:end", closing)).status_code == 302  # nothing to ask


def test_the_page_says_who_ended_it(closing: RepairSession, cast: Any) -> None:
    cast.client_b.post(url("talk:end", closing), {"confirmed": "1"})
    closing.refresh_from_db()
    at = time_format(timezone.localtime(closing.ended_at), "H:i")
    assert (
        f"Ben ended it at {at}." in cast.client_a.get(url("talk:session", closing)).content.decode()
    )
    assert (
        f"You ended it at {at}." in cast.client_b.get(url("talk:session", closing)).content.decode()
    )
    live = cast.client_a.get(url("talk:state", closing), {"v": "0"}, HTTP_HX_REQUEST="true")
    assert live.status_code == 286
    assert f"Ben ended it at {at}." in live.content.decode()


def test_words_the_ender_had_not_saved_come_back_to_copy(closing: RepairSession, cast: Any) -> None:
    unsent = "Next time, I will tell you on Thursday."
    response = cast.client_b.post(
        url("talk:end", closing), {"confirmed": "1", "unsent": [unsent, " "]}, follow=True
    )
    page = response.content.decode()
    assert "This conversation has ended" in page
    assert "Your words, kept for you to copy" in page
    assert unsent in page
    # Kept for the person who typed them only, and only once.
    assert unsent not in cast.client_a.get(url("talk:session", closing)).content.decode()
    assert unsent not in cast.client_b.get(url("talk:session", closing)).content.decode()


def test_the_live_page_holds_a_box_for_words_the_partner_outran(
    closing: RepairSession, cast: Any
) -> None:
    # The page's script fills it when the live part is replaced under a box with words in it.
    page = cast.client_a.get(url("talk:session", closing)).content.decode()
    assert '<div class="card warm" id="talk-kept" hidden>' in page
    assert 'id="kept-words"' in page
    live = page[page.index('id="talk-live"') :]
    assert 'id="talk-kept"' not in live
