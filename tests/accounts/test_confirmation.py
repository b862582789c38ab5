"""With email on, a new account confirms its address before it can log in.

Sign-up must not tell anyone whether an address already has an account: not by its answer,
and not by whether logging in with the password just chosen works afterwards.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from ourway.accounts.models import User
from ourway.couples.access import partner_of
from ourway.couples.pairing import invite_partner
from tests.conftest import PASSWORD, make_person

NEW_PASSWORD = "tide pools at dawn"
WRONG_PASSWORD_WORDS = "That email and password do not match an account."


@pytest.fixture(autouse=True)
def email_on(settings: Any) -> None:
    settings.SIGNUP_CONFIRMS_EMAIL = True


def signup(client: Client, **overrides: str) -> Any:
    data = {"name": "Rosa", "email": "Rosa@Example.com", "password": NEW_PASSWORD}
    data.update(overrides)
    return client.post(reverse("accounts:signup"), data)


def log_in(client: Client, email: str, password: str) -> Any:
    return client.post(reverse("accounts:login"), {"username": email, "password": password})


def login_error(client: Client, email: str, password: str) -> str:
    response = log_in(client, email, password)
    assert response.status_code == 200
    return str(response.context["form"].non_field_errors())


def confirm(client: Client, link: str, password: str = NEW_PASSWORD) -> Any:
    """Press "Confirm my email" behind `link`, having typed `password`."""
    return client.post(link, {"password": password})


def link_in(message: Any) -> str:
    """The path (and query) of the confirmation link in an email."""
    found = re.search(r"https?://[^/\s]+(/accounts/confirm/\S+)", message.body)
    assert found, message.body
    return found.group(1)


def test_a_new_address_gets_a_link_and_logs_in_only_after_using_it(db: Any) -> None:
    client = Client()
    response = signup(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:signup_sent")
    sent = client.get(response["Location"]).content.decode()
    assert "Check your email" in sent
    assert "We sent an email to rosa@example.com." in sent

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["rosa@example.com"]
    assert mail.outbox[0].subject == "Confirm your email for OurWay"
    rosa = User.objects.get(email="rosa@example.com")
    assert not rosa.is_active
    assert rosa.unconfirmed_since is not None

    # Before the link: the very words of a wrong password, nothing about confirming.
    before = login_error(Client(), "rosa@example.com", NEW_PASSWORD)
    assert WRONG_PASSWORD_WORDS in before
    assert before == login_error(Client(), "rosa@example.com", "not the password at all")
    assert "confirm" not in before.lower()

    link = link_in(mail.outbox[0])
    phone = Client()
    page = phone.get(link)
    assert page.status_code == 200
    assert "Confirm my email" in page.content.decode()
    assert "Type the password you chose when you signed up." in page.content.decode()
    # Opening the link (as a mail service's link checker does) changes nothing yet.
    assert not User.objects.get(pk=rosa.pk).is_active

    # Pressing the button with the password chosen at sign-up confirms and logs in.
    confirmed = confirm(phone, link)
    assert confirmed.status_code == 302
    assert confirmed["Location"] == reverse("home")
    home = phone.get(confirmed["Location"])
    assert home.context["user"] == rosa
    assert "Your email is confirmed. Welcome to OurWay!" in home.content.decode()
    rosa.refresh_from_db()
    assert rosa.is_active
    assert rosa.unconfirmed_since is None

    assert log_in(Client(), "rosa@example.com", NEW_PASSWORD).status_code == 302
    # The link works once.
    assert "This link no longer works" in Client().get(link).content.decode()


def answer_to(email: str) -> tuple[str, str]:
    """What a visitor sees after signing up with `email`: where to, and what it says."""
    client = Client()
    response = signup(client, email=email, name="Someone", password="a brand new passphrase")
    follow = client.get(response["Location"])
    text = re.sub(r"\b[A-Za-z0-9]{64}\b", "TOKEN", follow.content.decode())
    return response["Location"], text.replace(email.lower(), "EMAIL")


def test_a_taken_address_gets_a_note_and_its_account_never_changes(db: Any) -> None:
    sam = make_person("sam@example.com", "Sam")
    taken = answer_to("SAM@example.com")
    assert taken == answer_to("robin@example.com")

    note, link = mail.outbox
    assert note.to == ["sam@example.com"]
    assert link.to == ["robin@example.com"]
    assert (
        "Someone tried to make an OurWay account with this address. If it was you, you "
        "already have one: log in or reset your password. If not, you can ignore this."
    ) in note.body
    assert "/accounts/confirm/" not in note.body
    assert "/accounts/reset/" in note.body
    assert "/accounts/login/" in note.body

    after = User.objects.get(pk=sam.pk)
    assert (after.name, after.password, after.is_active) == (sam.name, sam.password, True)
    assert after.unconfirmed_since is None
    assert log_in(Client(), "sam@example.com", PASSWORD).status_code == 302
    assert WRONG_PASSWORD_WORDS in login_error(
        Client(), "sam@example.com", "a brand new passphrase"
    )


def test_an_account_switched_off_by_staff_is_a_taken_address(db: Any) -> None:
    kept = make_person("off@example.com", "Off")
    User.objects.filter(pk=kept.pk).update(is_active=False)
    signup(Client(), email="off@example.com", password="a brand new passphrase")
    after = User.objects.get(pk=kept.pk)
    assert (after.password, after.is_active, after.unconfirmed_since) == (
        kept.password,
        False,
        None,
    )
    assert "already have one" in mail.outbox[0].body


def test_an_account_staff_switched_on_before_confirming_is_a_taken_address(db: Any) -> None:
    signup(Client())
    User.objects.filter(email="rosa@example.com").update(is_active=True)
    signup(Client(), name="Not Rosa", password="the stranger's own words")
    rosa = User.objects.get(email="rosa@example.com")
    assert (rosa.name, rosa.is_active) == ("Rosa", True)
    assert rosa.check_password(NEW_PASSWORD)
    assert "already have one" in mail.outbox[1].body


def test_signing_up_again_replaces_an_unconfirmed_account(db: Any) -> None:
    # A stranger signs up with Rosa's address; she ignores that email.
    signup(Client(), name="Not Rosa", password="the stranger's own words")
    stranger_link = link_in(mail.outbox[0])
    # Later Rosa signs up herself: her name and password, a fresh link.
    signup(Client())
    assert len(mail.outbox) == 2
    rosa = User.objects.get(email="rosa@example.com")
    assert rosa.name == "Rosa"
    assert rosa.check_password(NEW_PASSWORD)
    assert not rosa.is_active
    assert User.objects.count() == 1

    # The stranger's link is dead; Rosa's works; only her password logs in.
    assert "This link no longer works" in Client().get(stranger_link).content.decode()
    confirm(Client(), stranger_link, "the stranger's own words")
    assert not User.objects.get(pk=rosa.pk).is_active
    confirm(Client(), link_in(mail.outbox[1]))
    assert log_in(Client(), "rosa@example.com", NEW_PASSWORD).status_code == 302
    assert WRONG_PASSWORD_WORDS in login_error(
        Client(), "rosa@example.com", "the stranger's own words"
    )


def test_an_old_link_or_a_garbled_one_gets_a_kind_page_and_changes_nothing(
    db: Any, settings: Any
) -> None:
    signup(Client())
    link = link_in(mail.outbox[0])
    rosa = User.objects.get(email="rosa@example.com")
    uid = link.split("/")[3]
    garbled = [
        link[:-3] + "xx/",
        f"/accounts/confirm/{uid}/nonsense/",
        "/accounts/confirm/!!!/1-2/",
        "/accounts/confirm/OTk5OQ/1-2/",
    ]
    for bad in garbled:
        for method in ("get", "post"):
            page = getattr(Client(), method)(bad)
            assert page.status_code == 200
            body = html.unescape(page.content.decode())
            assert "This link no longer works" in body
            assert "Nothing has changed." in body
    settings.PASSWORD_RESET_TIMEOUT = -1  # every link is past its lifetime
    assert "This link no longer works" in confirm(Client(), link).content.decode()
    after = User.objects.get(pk=rosa.pk)
    assert (after.is_active, after.unconfirmed_since) == (False, rosa.unconfirmed_since)


def test_after_its_links_expire_an_address_is_free_for_a_real_sign_up(
    db: Any, settings: Any
) -> None:
    signup(Client(), name="Not Rosa", password="the stranger's own words")
    settings.PASSWORD_RESET_TIMEOUT = -1
    signup(Client())
    settings.PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600
    confirm(Client(), link_in(mail.outbox[-1]))
    assert log_in(Client(), "rosa@example.com", NEW_PASSWORD).status_code == 302


def test_without_email_accounts_work_at_once_and_nothing_is_sent(db: Any, settings: Any) -> None:
    settings.SIGNUP_CONFIRMS_EMAIL = False
    client = Client()
    response = signup(client)
    assert response["Location"] == reverse("accounts:login")
    assert mail.outbox == []
    assert User.objects.get(email="rosa@example.com").is_active
    assert log_in(client, "rosa@example.com", NEW_PASSWORD).status_code == 302


@pytest.mark.parametrize(
    ("environment", "on"),
    [
        ({}, False),
        ({"EMAIL_HOST": "smtp.example.com"}, True),
        ({"EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend"}, False),
        ({"EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend"}, True),
    ],
)
def test_email_is_on_unless_it_is_only_printed_or_dropped(
    environment: dict[str, str], on: bool
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMAIL_")}
    env.update(environment, DJANGO_SETTINGS_MODULE="ourway.web.settings")
    code = "from django.conf import settings; print(settings.SIGNUP_CONFIRMS_EMAIL)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == str(on)


def test_an_invitation_link_survives_confirmation(db: Any) -> None:
    jordan = make_person("jordan@example.com", "Jordan")
    invitation = reverse("couples:join_link", args=[invite_partner(jordan).code])
    client = Client()
    response = signup(client, next=invitation)
    sent = client.get(response["Location"]).content.decode()
    assert "The link brings you back here to join Jordan." in sent

    link = link_in(mail.outbox[0])
    phone = Client()
    page = phone.get(link).content.decode()
    assert "One step left to confirm rosa@example.com and join Jordan." in page
    assert f'name="next" value="{invitation}"' in page
    # A wrong password keeps the invitation too.
    again = confirm(phone, link, "not the password at all").content.decode()
    assert f'name="next" value="{invitation}"' in again
    landed = confirm(phone, link)
    assert landed["Location"] == invitation
    code = invitation.rstrip("/").rsplit("/", 1)[-1]
    phone.post(reverse("couples:join"), {"code": code})
    assert partner_of(User.objects.get(email="rosa@example.com")) == jordan


def test_a_link_never_sends_anyone_to_another_site(db: Any) -> None:
    signup(Client())
    link = link_in(mail.outbox[0]).split("?")[0] + "?next=https://elsewhere.example/"
    assert confirm(Client(), link)["Location"] == reverse("home")


def api_signup(email: str, password: str = NEW_PASSWORD) -> Any:
    body = {"email": email, "password": password, "name": "Someone"}
    return Client().post(
        "/api/v1/auth/signup", data=json.dumps(body), content_type="application/json"
    )


def api_token(email: str, password: str) -> Any:
    body = {"email": email, "password": password}
    return Client().post(
        "/api/v1/auth/token", data=json.dumps(body), content_type="application/json"
    )


def test_the_api_follows_the_same_rules(db: Any) -> None:
    make_person("sam@example.com", "Sam")
    new, taken = api_signup("robin@example.com"), api_signup("sam@example.com")
    assert new.status_code == taken.status_code == 202
    assert new.json() == taken.json()
    assert "Check your email" in new.json()["detail"]
    link_mail, note = mail.outbox
    assert link_mail.to == ["robin@example.com"]
    assert "already have one" in note.body
    assert User.objects.get(email="sam@example.com").check_password(PASSWORD)

    before = api_token("robin@example.com", NEW_PASSWORD)
    wrong = api_token("robin@example.com", "not the password at all")
    assert before.status_code == wrong.status_code == 401
    assert before.json() == wrong.json()

    # Signing up again replaces the unconfirmed account, through the API too.
    api_signup("robin@example.com", "another long passphrase")
    link = link_in(mail.outbox[2])
    confirm(Client(), link)  # the first password no longer confirms
    assert not User.objects.get(email="robin@example.com").is_active
    confirm(Client(), link, "another long passphrase")
    assert api_token("robin@example.com", NEW_PASSWORD).status_code == 401
    assert api_token("robin@example.com", "another long passphrase").status_code == 200


def test_staff_see_when_an_account_is_still_unconfirmed(db: Any) -> None:
    signup(Client())
    rosa = User.objects.get(email="rosa@example.com")
    staff = Client()
    staff.force_login(User.objects.create_superuser("boss@example.com", PASSWORD, name="Boss"))
    page = staff.get(reverse("admin:accounts_user_change", args=[rosa.pk]))
    assert page.status_code == 200
    assert "Unconfirmed since" in page.content.decode()


ALICE_PASSWORD = "lanterns over the bay"
MALLORY_PASSWORD = "mallory's own secret"


def test_a_stranger_who_signs_up_again_cannot_take_the_account_over(db: Any) -> None:
    # Alice signs up; her link goes to her inbox.
    alice = Client()
    signup(alice, name="Alice", email="alice@example.com", password=ALICE_PASSWORD)
    first = link_in(mail.outbox[0])
    # Before she confirms, Mallory signs up with her address and a password of his own:
    # a fresh link goes to Alice, and her first one stops working.
    signup(Client(), name="Mallory", email="alice@example.com", password=MALLORY_PASSWORD)
    assert mail.outbox[1].to == ["alice@example.com"]
    newest = link_in(mail.outbox[1])
    assert "This link no longer works" in confirm(alice, first, ALICE_PASSWORD).content.decode()

    # Alice, puzzled, opens the newest link and types her own password: a kind "no".
    before = User.objects.get(email="alice@example.com")
    page = confirm(alice, newest, ALICE_PASSWORD)
    assert page.status_code == 200
    body = html.unescape(page.content.decode())
    assert "That password does not match the newest sign-up for this address." in body
    assert "Nothing has changed." in body
    assert "sign up again to start over" in body
    assert f'href="{reverse("accounts:signup")}"' in body
    after = User.objects.get(pk=before.pk)
    assert (after.is_active, after.unconfirmed_since, after.password) == (
        False,
        before.unconfirmed_since,
        before.password,
    )
    assert alice.get(reverse("home")).context["user"].is_anonymous
    # Mallory cannot log in to an account in Alice's name.
    assert WRONG_PASSWORD_WORDS in login_error(Client(), "alice@example.com", MALLORY_PASSWORD)

    # Alice signs up again, as the page says; the newest link now takes her password.
    signup(alice, name="Alice", email="alice@example.com", password=ALICE_PASSWORD)
    mine = link_in(mail.outbox[2])
    assert (
        "This link no longer works" in confirm(Client(), newest, MALLORY_PASSWORD).content.decode()
    )
    landed = confirm(alice, mine, ALICE_PASSWORD)
    assert landed["Location"] == reverse("home")
    assert alice.get(reverse("home")).context["user"].name == "Alice"
    assert WRONG_PASSWORD_WORDS in login_error(Client(), "alice@example.com", MALLORY_PASSWORD)


def test_only_pressing_the_button_with_the_password_confirms(db: Any) -> None:
    signup(Client())
    link = link_in(mail.outbox[0])
    # Link checkers open links, sometimes with whatever they find; a GET changes nothing.
    assert Client().get(link, {"password": NEW_PASSWORD}).status_code == 200
    empty = Client().post(link)
    assert "Type the password you chose when you signed up." in empty.content.decode()
    assert not User.objects.get(email="rosa@example.com").is_active


def test_wrong_passwords_on_the_confirm_page_count_toward_the_lockout(
    db: Any, settings: Any
) -> None:
    signup(Client())
    link = link_in(mail.outbox[0])
    guesser = Client(REMOTE_ADDR="10.0.0.9")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert confirm(guesser, link, "a guess").status_code == 200
    # The log-in page and the confirm page count together, per email and address.
    log_in(guesser, "rosa@example.com", "another guess")
    locked = confirm(guesser, link)
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()
    assert not User.objects.get(email="rosa@example.com").is_active
    # Rosa on her own phone is not locked out.
    assert confirm(Client(REMOTE_ADDR="10.0.0.7"), link)["Location"] == reverse("home")


def test_a_sign_up_again_while_the_button_is_pressed_wins(db: Any) -> None:
    """Between the password check and the switch-on, the stranger's sign-up lands: the
    account stays off rather than switching on with the stranger's password."""
    signup(Client())
    checked = User.objects.get(email="rosa@example.com")
    signup(Client(), name="Not Rosa", password=MALLORY_PASSWORD)
    assert checked.confirm_email() is False
    after = User.objects.get(pk=checked.pk)
    assert (after.is_active, after.name) == (False, "Not Rosa")
