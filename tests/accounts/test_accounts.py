from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.contrib.auth.hashers import identify_hasher
from django.core import mail
from django.test import Client
from django.urls import reverse

from ourway.accounts.models import User
from ourway.journal.models import JournalEntry
from tests.conftest import A_PRIVATE, PASSWORD


def signup(client: Client, **overrides: str) -> Any:
    data = {"name": "Rosa", "email": "Rosa@Example.com", "password": "tide pools at dawn"}
    data.update(overrides)
    return client.post(reverse("accounts:signup"), data)


def test_it_signs_up_then_the_person_logs_in_with_the_email_filled_in(db: Any) -> None:
    client = Client()
    response = signup(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
    person = User.objects.get()
    assert person.email == "rosa@example.com"
    assert person.name == "Rosa"
    page = client.get(response["Location"])
    assert page.context["form"].initial["username"] == "rosa@example.com"
    assert "Now log in with your email" in page.content.decode()
    logged_in = client.post(
        reverse("accounts:login"),
        {"username": "rosa@example.com", "password": "tide pools at dawn"},
    )
    assert logged_in.status_code == 302
    assert client.get(reverse("home")).context["user"] == person


def answer_to(email: str) -> tuple[int, str, str]:
    """What a visitor learns from signing up with `email`: status, where to, what it says."""
    client = Client()
    response = signup(client, email=email, name="Someone", password="a brand new passphrase")
    follow = client.get(response["Location"])
    # Every page carries its own CSRF token (64 letters and digits); nothing else differs.
    text = re.sub(r"\b[A-Za-z0-9]{64}\b", "TOKEN", follow.content.decode())
    return response.status_code, response["Location"], text


def test_a_taken_email_and_a_new_one_get_the_same_answer(db: Any) -> None:
    User.objects.create_person("sam@example.com", PASSWORD, "Sam")
    taken = answer_to("SAM@example.com")
    new = answer_to("robin@example.com")
    assert taken[0] == new[0] == 302
    assert taken[1] == new[1]
    assert taken[2].replace("sam@example.com", "EMAIL") == new[2].replace(
        "robin@example.com", "EMAIL"
    )
    assert "already an account" not in taken[2]
    # Nothing about the existing account changed; the new one exists.
    sam = User.objects.get(email="sam@example.com")
    assert sam.name == "Sam"
    assert sam.check_password(PASSWORD)
    assert User.objects.filter(email="robin@example.com").exists()
    assert User.objects.count() == 2


def test_the_owner_of_a_taken_email_logs_in_with_their_own_password(db: Any) -> None:
    User.objects.create_person("sam@example.com", PASSWORD, "Sam")
    client = Client()
    signup(client, email="sam@example.com")
    assert (
        client.post(
            reverse("accounts:login"), {"username": "sam@example.com", "password": PASSWORD}
        ).status_code
        == 302
    )


def test_it_refuses_a_weak_password_and_keeps_the_form(db: Any) -> None:
    response = signup(Client(), password="12345678")
    body = response.content.decode()
    assert "very common" in body or "more than numbers" in body
    assert 'value="Rosa"' in body
    assert not User.objects.exists()


def test_passwords_are_hashed_with_argon2(db: Any, settings: Any) -> None:
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    person = User.objects.create_person("h@example.com", "long enough passphrase", "H")
    assert identify_hasher(person.password).algorithm == "argon2"


def test_it_logs_in_with_any_case_of_the_email(db: Any) -> None:
    User.objects.create_person("kim@example.com", PASSWORD, "Kim")
    client = Client()
    response = client.post(
        reverse("accounts:login"), {"username": "KIM@example.com ", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(reverse("home")).context["user"].email == "kim@example.com"


def test_login_is_throttled_per_email_and_address_then_cools_off(db: Any, settings: Any) -> None:
    from axes.models import AccessAttempt

    User.objects.create_person("lee@example.com", PASSWORD, "Lee")
    attacker = Client(REMOTE_ADDR="10.0.0.9")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attacker.post(reverse("accounts:login"), {"username": "lee@example.com", "password": "x"})
    locked = attacker.post(
        reverse("accounts:login"), {"username": "lee@example.com", "password": PASSWORD}
    )
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    # The partner on their own device (another address) is not locked out.
    partner = Client(REMOTE_ADDR="10.0.0.7")
    ok = partner.post(
        reverse("accounts:login"), {"username": "lee@example.com", "password": PASSWORD}
    )
    assert ok.status_code == 302
    # After the cool-off the first device may try again.
    AccessAttempt.objects.update(attempt_time="2000-01-01T00:00:00Z")
    again = attacker.post(
        reverse("accounts:login"), {"username": "lee@example.com", "password": PASSWORD}
    )
    assert again.status_code == 302


def test_password_reset_sends_a_working_link(db: Any) -> None:
    User.objects.create_person("max@example.com", PASSWORD, "Max")
    client = Client()
    client.post(reverse("accounts:password_reset"), {"email": "max@example.com"})
    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/accounts/reset/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path, follow=True)
    assert page.status_code == 200
    form_url = page.redirect_chain[-1][0]
    done = client.post(
        form_url, {"new_password1": "brand new harbour", "new_password2": "brand new harbour"}
    )
    assert done.status_code == 302
    assert User.objects.get(email="max@example.com").check_password("brand new harbour")


def test_password_reset_for_an_unknown_email_reveals_nothing(db: Any) -> None:
    response = Client().post(reverse("accounts:password_reset"), {"email": "nobody@example.com"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_password_change(cast: Any) -> None:
    response = cast.client_a.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a new long one!",
            "new_password2": "a new long one!",
        },
    )
    assert response.status_code == 302
    cast.a.refresh_from_db()
    assert cast.a.check_password("a new long one!")


def test_export_holds_own_entries_and_never_the_partners(cast: Any) -> None:
    JournalEntry.objects.create(owner=cast.a, text=f"mine {A_PRIVATE}")
    JournalEntry.objects.create(owner=cast.b, text="Ben's private thought")
    JournalEntry.objects.create(owner=cast.b, text="Ben's shared thought", shared=True)
    mine = json.loads(cast.client_a.get(reverse("accounts:export")).content)
    texts = [entry["text"] for entry in mine["journal"]]
    assert texts == [f"mine {A_PRIVATE}"]
    assert mine["profile"]["email"] == "ana@example.com"
    assert mine["couple"]["partner_name"] == "Ben"
    theirs = cast.client_b.get(reverse("accounts:export")).content.decode()
    assert A_PRIVATE not in theirs


def test_delete_account_removes_everything_and_ends_the_couple(cast: Any) -> None:
    JournalEntry.objects.create(owner=cast.a, text="going away")
    wrong = cast.client_a.post(reverse("accounts:delete"), {"password": "nope"})
    assert "not right" in wrong.content.decode()
    assert User.objects.filter(pk=cast.a.pk).exists()
    done = cast.client_a.post(reverse("accounts:delete"), {"password": PASSWORD})
    assert done.status_code == 302
    assert not User.objects.filter(pk=cast.a.pk).exists()
    assert not JournalEntry.objects.filter(text="going away").exists()
    assert cast.client_b.get(reverse("couples:couple")).context["couple"] is None


def test_api_tokens_are_shown_once_and_can_be_revoked(cast: Any) -> None:
    page = cast.client_a.post(reverse("accounts:new_token"), {"label": "my phone"})
    raw = page.context["new_token"]
    assert raw.startswith("ow_")
    me = Client().get("/api/v1/auth/me", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert me.json()["email"] == "ana@example.com"
    again = cast.client_a.get(reverse("accounts:settings")).content.decode()
    assert raw not in again
    token = cast.a.api_tokens.get(label="my phone")
    cast.client_a.post(reverse("accounts:revoke_token", args=[token.pk]))
    assert Client().get("/api/v1/auth/me", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401


@pytest.mark.parametrize(
    "path", ["/accounts/settings/", "/journal/", "/couple/", "/accounts/export/"]
)
def test_private_pages_are_never_cached(cast: Any, path: str) -> None:
    response = cast.client_a.get(path)
    assert "no-store" in response["Cache-Control"]
