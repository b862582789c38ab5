"""Nobody can flood an inbox through OurWay: a few emails per address per hour, per kind."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.core.cache import cache
from django.db.models import F
from django.test import Client
from django.urls import reverse

from ourway.accounts.mail_limit import PER_HOUR
from ourway.accounts.models import SentEmail, User
from tests.accounts.test_confirmation import confirm, link_in
from tests.conftest import PASSWORD, make_person


@pytest.fixture(autouse=True)
def email_on(settings: Any) -> None:
    settings.SIGNUP_CONFIRMS_EMAIL = True


def sign_up_as(email: str, password: str) -> tuple[str, str]:
    """Sign up in a fresh browser: where the page sends them, and what that page says."""
    client = Client()
    data = {"name": "Rosa", "email": email, "password": password}
    response = client.post(reverse("accounts:signup"), data)
    page = client.get(response["Location"]).content.decode()
    return response["Location"], re.sub(r"\b[A-Za-z0-9]{64}\b", "CSRF-TOKEN", page)


def ask_for_reset(email: str) -> str:
    return str(Client().post(reverse("accounts:password_reset"), {"email": email})["Location"])


def an_hour_passes() -> None:
    SentEmail.objects.update(sent_at=F("sent_at") - timedelta(hours=1, seconds=1))


def test_the_fourth_sign_up_email_in_an_hour_is_not_sent(db: Any, caplog: Any) -> None:
    passwords = [f"harbour lights number {n}" for n in range(PER_HOUR + 1)]
    answers = []
    for password in passwords:
        answers.append(sign_up_as("rosa@example.com", password))
        cache.clear()  # counted in the database, not in one process's cache
    assert len(mail.outbox) == PER_HOUR
    assert all(message.to == ["rosa@example.com"] for message in mail.outbox)
    # The page is word for word the same.
    assert answers[-1] == answers[0]
    assert "Not sending a sign-up email" in caplog.text
    assert "rosa@example.com" not in caplog.text

    # The refused sign-up changed nothing: the last link sent works, with its own password.
    rosa = User.objects.get(email="rosa@example.com")
    assert rosa.check_password(passwords[PER_HOUR - 1])
    landed = confirm(Client(), link_in(mail.outbox[-1]), passwords[PER_HOUR - 1])
    assert landed["Location"] == reverse("home")


def test_notes_to_a_taken_address_count_too_and_other_addresses_are_not_held_up(
    db: Any,
) -> None:
    make_person("sam@example.com", "Sam")
    for _ in range(PER_HOUR + 2):
        sign_up_as("sam@example.com", "a stranger's passphrase")
    assert len(mail.outbox) == PER_HOUR
    sign_up_as("robin@example.com", "robin's own passphrase")
    assert mail.outbox[-1].to == ["robin@example.com"]


def test_after_an_hour_sign_up_emails_go_out_again(db: Any) -> None:
    for _ in range(PER_HOUR + 1):
        sign_up_as("rosa@example.com", "harbour lights at night")
    an_hour_passes()
    sign_up_as("rosa@example.com", "harbour lights at dawn")
    assert len(mail.outbox) == PER_HOUR + 1
    # Old counts are cleared away as it goes; the address is kept only as a keyed hash.
    assert SentEmail.objects.count() == 1
    assert "rosa" not in SentEmail.objects.get().address_key


def test_the_api_sign_up_has_the_same_limit(db: Any) -> None:
    body = {"email": "rosa@example.com", "password": "harbour lights at night", "name": "Rosa"}
    answers = [
        Client().post("/api/v1/auth/signup", json.dumps(body), content_type="application/json")
        for _ in range(PER_HOUR + 1)
    ]
    assert len(mail.outbox) == PER_HOUR
    assert answers[-1].status_code == 202
    assert answers[-1].json() == answers[0].json()


def test_the_fourth_reset_email_in_an_hour_is_not_sent(db: Any, caplog: Any) -> None:
    make_person("max@example.com", "Max")
    answers = [ask_for_reset("max@example.com") for _ in range(PER_HOUR + 1)]
    assert len(mail.outbox) == PER_HOUR
    assert answers == [reverse("accounts:password_reset_done")] * (PER_HOUR + 1)
    assert "Not sending a reset email" in caplog.text
    an_hour_passes()
    ask_for_reset("max@example.com")
    assert len(mail.outbox) == PER_HOUR + 1


def test_sign_up_and_reset_emails_are_counted_apart(db: Any) -> None:
    make_person("max@example.com", "Max")
    for _ in range(PER_HOUR):
        sign_up_as("max@example.com", "a stranger's passphrase")
    for _ in range(PER_HOUR):
        ask_for_reset("max@example.com")
    assert len(mail.outbox) == 2 * PER_HOUR
    assert "/accounts/reset/" in mail.outbox[-1].body
    assert User.objects.get(email="max@example.com").check_password(PASSWORD)


def test_without_email_nothing_is_sent_or_counted(db: Any, settings: Any) -> None:
    settings.SIGNUP_CONFIRMS_EMAIL = False
    for _ in range(PER_HOUR + 1):
        sign_up_as("rosa@example.com", "harbour lights at night")
    assert User.objects.get(email="rosa@example.com").is_active
    assert (mail.outbox, SentEmail.objects.count()) == ([], 0)
