"""The log-in, sign-up and password pages speak OurWay's words, not Django's defaults."""

from __future__ import annotations

import html
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from ourway.accounts.models import User
from tests.conftest import PASSWORD

# What Django says out of the box on these pages (its English, apostrophes as it writes them).
DJANGO_DEFAULTS = (
    "Please enter a correct",
    "may be case-sensitive",
    "This account is inactive",
    "Enter a valid email address",
    "This field is required",
    "can’t be too similar to your other personal information",
    "can’t be a commonly used password",
    "can’t be entirely numeric",
    "must contain at least",
    "This password is too short",
    "This password is too common",
    "This password is entirely numeric",
    "is too similar to the",
    "didn’t match",
    "Enter the same password as before, for verification",
    "New password confirmation",
    "Old password",
    "entered incorrectly",
)
ONE_LINE_HELP = (
    "At least 8 characters. Not only numbers. Not a common password. Not like your name or email."
)


def text_of(response: Any) -> str:
    body = html.unescape(response.content.decode())
    found = [words for words in DJANGO_DEFAULTS if words in body]
    assert not found, f"Django's default words on {response.request['PATH_INFO']}: {found}"
    return body


def reset_form_url(client: Client, email: str) -> str:
    client.post(reverse("accounts:password_reset"), {"email": email})
    link = next(line for line in mail.outbox[-1].body.splitlines() if "/accounts/reset/" in line)
    page = client.get("/" + link.split("://", 1)[1].split("/", 1)[1], follow=True)
    return str(page.redirect_chain[-1][0])


def test_a_wrong_password_is_said_plainly(db: Any) -> None:
    User.objects.create_person("max@example.com", PASSWORD, "Max")
    body = text_of(
        Client().post(
            reverse("accounts:login"), {"username": "max@example.com", "password": "nope"}
        )
    )
    assert "That email and password do not match an account." in body
    assert "capital letters count in the password" in body


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"username": "max at home", "password": "x"}, "That does not look like an email"),
        ({"username": "", "password": ""}, "Type your email address."),
        ({"username": "max@example.com", "password": ""}, "Type your password."),
    ],
)
def test_the_login_page_says_what_is_missing(db: Any, data: dict[str, str], said: str) -> None:
    assert said in text_of(Client().post(reverse("accounts:login"), data))


def test_the_signup_page_explains_its_password_rules_in_one_line(db: Any) -> None:
    page = text_of(Client().get(reverse("accounts:signup")))
    assert ONE_LINE_HELP in page
    assert "<ul" not in page.split('id="id_password_helptext"', 1)[1].split("</div>", 1)[0]


@pytest.mark.parametrize(
    ("password", "said"),
    [
        ("short", "Use at least 8 characters. A few words together work well."),
        ("8675309012", "Use more than numbers: add a few letters or words."),
        ("password123", "That password is very common, so it is easy to guess."),
        ("rosalind@example", "That password is too like your name or email."),
    ],
)
def test_a_weak_password_is_refused_kindly_on_signup(db: Any, password: str, said: str) -> None:
    data = {"name": "Rosalind", "email": "rosalind@example.com", "password": password}
    assert said in text_of(Client().post(reverse("accounts:signup"), data))
    assert not User.objects.exists()


def test_the_password_change_page_reads_plainly(cast: Any) -> None:
    page = text_of(cast.client_a.get(reverse("accounts:password_change")))
    assert "Your current password" in page
    assert "The new password again" in page
    assert ONE_LINE_HELP in page


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            {"old_password": "not it", "new_password1": "x", "new_password2": "x"},
            "That is not your current password. Please try again.",
        ),
        (
            {"old_password": PASSWORD, "new_password1": "harbour lights", "new_password2": "h"},
            "The two passwords are not the same. Type the new one twice.",
        ),
        (
            {"old_password": PASSWORD, "new_password1": "123", "new_password2": "123"},
            "Use at least 8 characters.",
        ),
        ({}, "Type your current password."),
        ({}, "Choose a new password."),
        ({}, "Type the new password once more."),
    ],
)
def test_the_password_change_page_says_what_went_wrong(
    cast: Any, data: dict[str, str], said: str
) -> None:
    response = cast.client_a.post(reverse("accounts:password_change"), data)
    assert said in text_of(response)
    cast.a.refresh_from_db()
    assert cast.a.check_password(PASSWORD)


def test_the_reset_page_says_when_an_email_is_not_one(db: Any) -> None:
    assert "Email" in text_of(Client().get(reverse("accounts:password_reset")))
    body = text_of(Client().post(reverse("accounts:password_reset"), {"email": "max"}))
    assert "That does not look like an email address. It looks like name@example.com." in body
    assert mail.outbox == []


def test_choosing_a_new_password_from_a_reset_link_reads_plainly(db: Any) -> None:
    User.objects.create_person("max@example.com", PASSWORD, "Max")
    client = Client()
    url = reset_form_url(client, "max@example.com")
    page = text_of(client.get(url))
    assert ONE_LINE_HELP in page
    assert "The new password again" in page
    mismatch = client.post(url, {"new_password1": "harbour lights", "new_password2": "harbour"})
    assert "The two passwords are not the same." in text_of(mismatch)
    common = client.post(url, {"new_password1": "password1", "new_password2": "password1"})
    assert "That password is very common" in text_of(common)
    assert User.objects.get(email="max@example.com").check_password(PASSWORD)
