"""An invitation link opened by someone who is not signed in yet, or no longer usable."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ourway.accounts.models import User
from ourway.couples.access import partner_of
from ourway.couples.pairing import invite_partner, join_couple
from tests.conftest import PASSWORD, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def jordan(db: Any) -> Any:
    return make_person("jordan@example.com", "Jordan")


@pytest.fixture
def link(jordan: Any) -> str:
    return reverse("couples:join_link", args=[invite_partner(jordan).code])


def signup_data(**extra: str) -> dict[str, str]:
    return {"name": "Riley", "email": "riley@example.com", "password": PASSWORD, **extra}


def test_signed_out_the_link_says_who_invited_and_offers_sign_up(link: str) -> None:
    response = Client().get(link, follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse("accounts:login"))
    assert "Jordan invited you to OurWay" in page
    assert f'href="{reverse("accounts:signup")}?next={link}"' in page
    assert "Create your account to join" in page
    assert 'name="username"' in page  # and a log-in form for those with an account


def test_signing_up_from_the_link_carries_on_to_joining_after_logging_in(link: str) -> None:
    client = Client()
    signup_page = client.get(reverse("accounts:signup"), {"next": link}).content.decode()
    assert "Jordan invited you to OurWay" in signup_page
    assert f'name="next" value="{link}"' in signup_page
    response = client.post(reverse("accounts:signup"), signup_data(next=link), follow=True)
    # Sign-up never signs in (that would tell whether the email was taken): the log-in
    # page, email filled in, keeps the invitation and no longer offers to create an account.
    login_page = response.content.decode()
    assert response.redirect_chain[0][0].startswith(reverse("accounts:login"))
    assert "Log in to join Jordan" in login_page
    assert "Create your account to join" not in login_page
    assert 'value="riley@example.com"' in login_page
    assert f'name="next" value="{link}"' in login_page
    data = signup_data(next=link)
    response = client.post(
        reverse("accounts:login"),
        {"username": data["email"], "password": data["password"], "next": link},
        follow=True,
    )
    assert response.redirect_chain[0] == (link, 302)
    page = response.content.decode()
    assert "Jordan invited you to share a couple space." in page
    code = link.rstrip("/").rsplit("/", 1)[-1]
    assert f'value="{code}"' in page
    client.post(reverse("couples:join"), {"code": code})
    riley = User.objects.get(email="riley@example.com")
    assert partner_of(riley).name == "Jordan"


def test_logging_in_from_the_link_lands_on_joining(link: str, db: Any) -> None:
    make_person("riley@example.com", "Riley")
    client = Client()
    response = client.post(
        reverse("accounts:login"),
        {"username": "riley@example.com", "password": PASSWORD, "next": link},
    )
    assert response.status_code == 302
    assert response["Location"] == link


def test_a_used_link_says_so_as_soon_as_it_is_opened(jordan: Any, link: str) -> None:
    code = link.rstrip("/").rsplit("/", 1)[-1]
    join_couple(make_person("sam@example.com", "Sam"), code)
    signed_out = Client().get(link, follow=True).content.decode()
    assert "This invitation link has already been used." in signed_out
    assert "Jordan" not in signed_out  # a dead link names nobody
    assert "?next=" not in signed_out
    riley = make_person("riley@example.com", "Riley")
    client = Client()
    client.force_login(riley)
    page = client.get(link).content.decode()
    assert "This invitation link has already been used." in page
    assert f'value="{code}"' not in page


def test_an_expired_link_says_so_as_soon_as_it_is_opened(jordan: Any, link: str) -> None:
    from ourway.couples.models import Invite

    Invite.objects.update(expires=timezone.now() - timedelta(minutes=1))
    assert "has expired" in Client().get(link, follow=True).content.decode()
    client = Client()
    client.force_login(make_person("riley@example.com", "Riley"))
    assert "has expired" in client.get(link).content.decode()


def test_an_unknown_link_and_ones_own_link_are_explained(jordan: Any, link: str) -> None:
    client = Client()
    client.force_login(jordan)
    assert "your own invitation" in client.get(link).content.decode()
    unknown = reverse("couples:join_link", args=["ZZZZ2222"])
    assert "could not find this invitation" in client.get(unknown).content.decode()


def test_sign_up_never_follows_a_next_to_another_site(db: Any) -> None:
    client = Client()
    response = client.post(
        reverse("accounts:signup"), signup_data(next="https://elsewhere.example/")
    )
    assert response["Location"] == reverse("accounts:login")  # no `next` carried on
