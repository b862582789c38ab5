"""Sign-ups never confirmed are deleted once their links have expired; nothing else is."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ourway.accounts.models import User
from tests.conftest import make_person


@pytest.fixture(autouse=True)
def email_on(settings: Any) -> None:
    settings.SIGNUP_CONFIRMS_EMAIL = True


def sign_up(email: str) -> User:
    data = {"name": "Someone", "email": email, "password": "harbour lights at night"}
    Client().post(reverse("accounts:signup"), data)
    return User.objects.get(email=email)


def age(person: User, settings: Any, extra: timedelta = timedelta(minutes=1)) -> None:
    """Make `person`'s sign-up older than its links' lifetime (by `extra`)."""
    lifetime = timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
    User.objects.filter(pk=person.pk).update(unconfirmed_since=timezone.now() - lifetime - extra)


@pytest.fixture
def accounts(db: Any, settings: Any) -> dict[str, User]:
    """An expired sign-up and every kind of account that must stay. (Signing up purges, so
    every sign-up comes first.)"""
    expired, waiting, switched_on = (
        sign_up(f"{name}@example.com") for name in ("expired", "waiting", "switched-on")
    )
    age(expired, settings)
    age(waiting, settings, extra=-timedelta(minutes=1))  # its link still works for a minute
    age(switched_on, settings)
    User.objects.filter(pk=switched_on.pk).update(is_active=True)  # staff let it in early
    switched_off = make_person("switched-off@example.com", "Off")
    User.objects.filter(pk=switched_off.pk).update(is_active=False)
    confirmed = make_person("confirmed@example.com", "On")
    User.objects.filter(pk=confirmed.pk).update(date_joined=timezone.now() - timedelta(days=400))
    return {"expired": expired, "waiting": waiting}


def left() -> set[str]:
    return {email.split("@")[0] for email in User.objects.values_list("email", flat=True)}


KEPT = {"waiting", "switched-on", "switched-off", "confirmed"}


def test_each_sign_up_deletes_expired_sign_ups(accounts: dict[str, User]) -> None:
    assert left() == KEPT | {"expired"}
    sign_up("someone.else@example.com")
    assert left() == KEPT | {"someone.else"}


def test_an_expired_sign_up_is_no_hold_on_its_address(accounts: dict[str, User]) -> None:
    fresh = sign_up("expired@example.com")
    assert fresh.name == "Someone"
    assert fresh.pk != accounts["expired"].pk
    assert left() == KEPT | {"expired"}


def test_with_nothing_to_delete_it_is_one_query(db: Any, django_assert_num_queries: Any) -> None:
    sign_up("waiting@example.com")
    with django_assert_num_queries(1):
        assert User.objects.purge_unconfirmed() == 0


def test_the_command_deletes_them_and_says_how_many(accounts: dict[str, User]) -> None:
    out = StringIO()
    call_command("purge_unconfirmed", stdout=out)
    assert out.getvalue() == "Deleted 1 unconfirmed account whose links had expired.\n"
    assert left() == KEPT
    call_command("purge_unconfirmed", stdout=out)
    assert out.getvalue().endswith("Deleted 0 unconfirmed accounts whose links had expired.\n")


def test_ourway_manage_runs_the_command(tmp_path: Path) -> None:
    env = {**os.environ, "OURWAY_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    ourway = [sys.executable, "-m", "ourway.cli", "manage"]
    subprocess.run([*ourway, "migrate", "-v0"], env=env, check=True)
    result = subprocess.run(
        [*ourway, "purge_unconfirmed"], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout == "Deleted 0 unconfirmed accounts whose links had expired.\n"
