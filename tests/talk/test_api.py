"""The conversation through the JSON API, as a phone client would drive it."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db

API = "/api/v1/talk"


def test_a_conversation_through_the_api(cast: Any) -> None:
    started = cast.api("a", "post", API, {"topic": "the weekend", "first": "me"})
    assert started.status_code == 201
    sid = started.json()["id"]
    assert cast.api("b", "post", API, {"topic": "again"}).json()["id"] == sid  # same one reopened
    state = cast.api("b", "post", f"{API}/{sid}/join").json()
    state = cast.api(
        "a",
        "post",
        f"{API}/{sid}/turns",
        {
            "version": state["version"],
            "situation": "plans changed",
            "emotion": "lonely",
            "meaning": "I am alone",
        },
    ).json()
    assert state["step"] == "reflecting"
    assert state["turns"][0]["statement"].startswith("When plans changed")
    state = cast.api(
        "b",
        "post",
        f"{API}/{sid}/reflections",
        {"version": state["version"], "text": "You felt lonely. Did I get that?"},
    ).json()
    state = cast.api(
        "a", "post", f"{API}/{sid}/correct", {"version": state["version"], "text": "Alone, too."}
    ).json()
    state = cast.api(
        "b",
        "post",
        f"{API}/{sid}/reflections",
        {"version": state["version"], "text": "Lonely and alone. Right?"},
    ).json()
    state = cast.api("a", "post", f"{API}/{sid}/confirm", {"version": state["version"]}).json()
    assert state["step"] == "need"
    assert state["turns"][0]["confirmed"]
    state = cast.api(
        "a", "post", f"{API}/{sid}/need", {"version": state["version"], "need": "priority"}
    ).json()
    assert state["speaker_id"] == cast.b.pk
    state = cast.api("a", "post", f"{API}/{sid}/close", {"version": state["version"]}).json()
    cast.api("b", "post", f"{API}/{sid}/agreements", {"text": "Next time, I will call."})
    state = cast.api("a", "post", f"{API}/{sid}/end").json()
    assert state["status"] == "ended"
    assert state["ended_with_agreement"]
    assert [r["outcome"] for r in state["turns"][0]["reflections"]] == ["corrected", "confirmed"]


def test_refusals_have_clear_statuses(cast: Any) -> None:
    sid = cast.api("a", "post", API, {"topic": "money"}).json()["id"]
    cast.api("b", "post", f"{API}/{sid}/join")
    wrong_person = cast.api(
        "b", "post", f"{API}/{sid}/turns", {"version": 2, "statement": "When x, I feel sad."}
    )
    assert wrong_person.status_code == 409
    assert "turn" in wrong_person.json()["detail"]
    stale = cast.api(
        "a", "post", f"{API}/{sid}/turns", {"version": 1, "statement": "When x, I feel sad."}
    )
    assert stale.status_code == 409
    empty = cast.api("a", "post", f"{API}/{sid}/turns", {"version": 2, "statement": " "})
    assert empty.status_code == 422
    huge = cast.api("a", "post", f"{API}/{sid}/turns", {"version": 2, "statement": "y" * 3000})
    assert huge.status_code == 422
    assert "2,000" in huge.json()["detail"]
    assert cast.api("c", "get", f"{API}/{sid}").status_code == 404


def test_a_pause_through_the_api_is_never_under_twenty_minutes(cast: Any) -> None:
    sid = cast.api("a", "post", API, {"topic": "money"}).json()["id"]
    state = cast.api("b", "post", f"{API}/{sid}/pause", {"minutes": 1, "come_back_in": 30}).json()
    minutes = (
        timezone.datetime.fromisoformat(state["pause"]["ends_at"]) - timezone.now()
    ).total_seconds() / 60
    assert state["status"] == "paused"
    assert minutes > 19
    assert cast.api("a", "post", f"{API}/{sid}/resume").status_code == 409


def test_in_safety_mode_the_api_answers_404(cast: Any) -> None:
    sid = cast.api("a", "post", API, {"topic": "money"}).json()["id"]
    cast.b.safety_mode_since = timezone.now()
    cast.b.save(update_fields=["safety_mode_since"])
    assert cast.api("b", "get", f"{API}/{sid}").status_code == 404
    assert cast.api("b", "post", f"{API}/{sid}/join").status_code == 404
    assert cast.api("a", "get", f"{API}/{sid}").json()["step"] == "waiting"


def test_the_schema_documents_the_conversation(cast: Any) -> None:
    paths = cast.api("a", "get", "/api/v1/openapi.json").json()["paths"]
    assert f"{API}/{{session_id}}/confirm" in paths
    assert f"{API}/{{session_id}}/reflections" in paths


def test_my_export_holds_my_words_only(cast: Any) -> None:
    from ourway.talk.exports import export_for

    sid = cast.api("a", "post", API, {"topic": "money"}).json()["id"]
    cast.api("b", "post", f"{API}/{sid}/join")
    cast.api(
        "a",
        "post",
        f"{API}/{sid}/turns",
        {"version": 2, "statement": "When the bill came, I felt scared."},
    )
    cast.api(
        "b", "post", f"{API}/{sid}/reflections", {"version": 3, "text": "You felt scared. Right?"}
    )
    mine = export_for(cast.b)["talk"]
    assert mine["reflections"][0]["text"] == "You felt scared. Right?"
    assert mine["statements"] == []
