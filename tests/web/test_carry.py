"""Carrying a refused form's words across a redirect: once, sealed, and not for long."""

from __future__ import annotations

import json
import time
from typing import Any

from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory

from ourway.web import carry as carrying


def request_with_session() -> Any:
    request = RequestFactory().post("/", {"text": ["a", "b"], "csrfmiddlewaretoken": "x"})
    request.session = SessionStore()
    return request


def test_what_is_carried_is_taken_once(db: Any) -> None:
    request = request_with_session()
    carrying.carry(request, "talk:1", {"kept": "words to keep"})
    assert carrying.take(request, "talk:2") is None
    assert carrying.take(request, "talk:1") == {"kept": "words to keep"}
    assert carrying.take(request, "talk:1") is None


def test_carried_words_are_sealed_in_the_session(db: Any) -> None:
    request = request_with_session()
    carrying.carry(request, "talk:1", {"kept": "a private sentence 4711"})
    assert "4711" not in json.dumps(dict(request.session))


def test_words_left_too_long_are_dropped(db: Any) -> None:
    request = request_with_session()
    old = time.time() - carrying.MAX_AGE_SECONDS - 1
    sealed = carrying._SEALER.f.encrypt_at_time(b'{"kept": "stale"}', int(old))
    request.session["carried:talk:1"] = sealed.decode("ascii")
    assert carrying.take(request, "talk:1") is None


def test_a_tampered_value_is_ignored(db: Any) -> None:
    request = request_with_session()
    request.session["carried:talk:1"] = "not a sealed value"
    assert carrying.take(request, "talk:1") is None


def test_posted_fields_round_trip_without_the_csrf_token(db: Any) -> None:
    request = request_with_session()
    fields = carrying.posted(request)
    assert fields == {"text": ["a", "b"]}
    assert carrying.as_form_data(fields).getlist("text") == ["a", "b"]
