from __future__ import annotations

import json
from typing import Any

from django.test import Client

from ourway.accounts.models import User


def post(path: str, body: Any, **headers: str) -> Any:
    return Client().post(path, data=json.dumps(body), content_type="application/json", **headers)


def test_signup_then_token_then_me(db: Any) -> None:
    created = post(
        "/api/v1/auth/signup",
        {"email": "Jo@Example.com", "password": "long walk home", "name": "Jo"},
    )
    assert created.status_code == 202
    assert "ask for a token" in created.json()["detail"]
    token = post("/api/v1/auth/token", {"email": "jo@example.com", "password": "long walk home"})
    assert token.status_code == 200
    raw = token.json()["token"]
    me = Client().get("/api/v1/auth/me", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert me.json() == {"id": User.objects.get().pk, "email": "jo@example.com", "name": "Jo"}


def test_signup_errors_are_clear_json_and_a_taken_email_is_not_one(db: Any) -> None:
    post(
        "/api/v1/auth/signup",
        {"email": "jo@example.com", "password": "long walk home", "name": "Jo"},
    )
    again = post(
        "/api/v1/auth/signup",
        {"email": "jo@example.com", "password": "long walk home", "name": "Jo"},
    )
    # A taken email is no error: the answer is the same as for a new one.
    assert again.status_code == 202
    assert (
        again.json()
        == post(
            "/api/v1/auth/signup",
            {"email": "new@example.com", "password": "long walk home", "name": "New"},
        ).json()
    )
    assert User.objects.get(email="jo@example.com").name == "Jo"
    weak = post("/api/v1/auth/signup", {"email": "x@example.com", "password": "123", "name": "X"})
    assert weak.status_code == 422
    assert "at least 8 characters" in weak.json()["detail"]
    missing = post("/api/v1/auth/signup", {"email": "y@example.com"})
    assert missing.status_code == 422
    assert "password" in missing.json()["detail"]
    not_json = Client().post("/api/v1/auth/signup", data="{oops", content_type="application/json")
    assert not_json.status_code in (400, 422)
    assert "detail" in not_json.json()


def test_wrong_password_gets_401_and_then_throttled(db: Any, settings: Any) -> None:
    User.objects.create_person("kai@example.com", "the right one!", "Kai")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        wrong = post("/api/v1/auth/token", {"email": "kai@example.com", "password": "nope"})
    assert wrong.status_code in (401, 429)
    locked = post("/api/v1/auth/token", {"email": "kai@example.com", "password": "the right one!"})
    assert locked.status_code == 429
    assert "Too many" in locked.json()["detail"]


def test_a_bad_token_is_401_with_a_message(db: Any) -> None:
    response = Client().get("/api/v1/auth/me", HTTP_AUTHORIZATION="Bearer ow_nonsense")
    assert response.status_code == 401
    assert "token" in response.json()["detail"]


def test_openapi_schema_and_docs_are_served(db: Any) -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "OurWay API"
    for path in (
        "/api/v1/auth/signup",
        "/api/v1/auth/token",
        "/api/v1/couple/invite",
        "/api/v1/couple/join",
        "/api/v1/couple",
        "/api/v1/journal",
        "/api/v1/journal/{entry_id}",
    ):
        assert path in schema["paths"], path
    assert Client().get("/api/v1/docs").status_code == 200


def test_api_docs_load_nothing_from_other_hosts(db: Any) -> None:
    page = Client().get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
    assert "https://" not in page
