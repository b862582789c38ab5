"""The care API: only ever about the caller."""

from __future__ import annotations

from typing import Any

from ourway.care.models import SafetyScreen


def test_a_person_screens_and_turns_safety_mode_on_through_the_api(cast: Any) -> None:
    answer = cast.api("a", "post", "/api/v1/care/screen", {"answers": {"afraid": "often"}})
    assert answer.status_code == 201
    assert answer.json()["positive"] is True
    mode = cast.api("a", "put", "/api/v1/care/safety-mode", {"on": True}).json()
    assert mode["safety_mode"] is True
    assert mode["latest_screen"]["positive"] is True
    assert (
        cast.api("a", "put", "/api/v1/care/safety-mode", {"on": False}).json()["safety_mode"]
        is False
    )


def test_the_same_form_token_twice_stores_once(cast: Any) -> None:
    body = {"answers": {"hurt": "once"}, "form_token": "phone-123"}
    cast.api("a", "post", "/api/v1/care/screen", body)
    cast.api("a", "post", "/api/v1/care/screen", body)
    assert SafetyScreen.objects.owned_by(cast.a).count() == 1


def test_bad_answers_get_a_clear_message(cast: Any) -> None:
    for answers in ({"afraid": "always"}, {"what": "often"}, {"afraid": "often\u0000"}):
        response = cast.api("a", "post", "/api/v1/care/screen", {"answers": answers})
        assert response.status_code == 422
        assert "never, once, sometimes, often" in response.json()["detail"]
    huge = cast.api(
        "a", "post", "/api/v1/care/screen", {"answers": {str(i): "x" for i in range(500)}}
    )
    assert huge.status_code == 422
    assert not SafetyScreen.objects.exists()


def test_deleting_answers_through_the_api(cast: Any) -> None:
    cast.api("a", "post", "/api/v1/care/screen", {"answers": {"afraid": "once"}})
    assert cast.api("b", "delete", "/api/v1/care/screen").status_code == 204
    assert SafetyScreen.objects.owned_by(cast.a).count() == 1  # B deleted only B's (none)
    assert cast.api("a", "delete", "/api/v1/care/screen").status_code == 204
    assert not SafetyScreen.objects.exists()


def test_resources_are_public_and_configurable(cast: Any, settings: Any) -> None:
    found = cast.api(None, "get", "/api/v1/care/resources").json()
    assert found["emergency"] == "911"
    assert any("88788" in line["how"] for line in found["lines"])
    settings.CRISIS_COUNTRY = "AU"
    assert cast.api(None, "get", "/api/v1/care/resources").json()["emergency"] == "000"
