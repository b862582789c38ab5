"""The quick exit's sign-out: it ends the caller's own session, and only by a real POST."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse

from ourway.care.models import AppPasscode
from tests.care.test_idle_and_passcode import age_session, same_browser


def signed_in(client: Client) -> bool:
    return SESSION_KEY in client.session


def test_the_quick_exit_signs_the_person_out(cast: Any) -> None:
    response = cast.client_a.post(reverse("care:exit"))
    assert response.status_code == 204
    assert not signed_in(cast.client_a)
    after = cast.client_a.get(reverse("care:safety"))
    assert after.status_code == 302
    assert after["Location"].startswith(reverse("accounts:login"))
    # The partner's own session is untouched.
    assert signed_in(cast.client_b)
    assert cast.client_b.get(reverse("journal:journal")).status_code == 200


def test_it_needs_the_csrf_token_so_another_site_cannot_sign_anyone_out(cast: Any) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(cast.a)
    assert browser.post(reverse("care:exit")).status_code == 403
    assert signed_in(browser)
    token = browser.get(reverse("care:safety")).context["csrf_token"]
    assert browser.post(reverse("care:exit"), {"csrfmiddlewaretoken": token}).status_code == 204
    assert not signed_in(browser)


def test_it_is_post_only(cast: Any) -> None:
    assert cast.client_a.get(reverse("care:exit")).status_code == 405
    assert signed_in(cast.client_a)


def test_signed_out_already_is_fine(db: Any) -> None:
    assert Client().post(reverse("care:exit")).status_code == 204


def test_it_works_on_the_passcode_lock_screen(cast: Any) -> None:
    AppPasscode.set_for(cast.a, "2468")
    session = cast.client_a.session
    session["care.passcode"] = True
    session.save()
    same_browser(cast.client_a)
    age_session(cast.client_a, 31 * 60)
    locked = cast.client_a.get(reverse("journal:journal"))
    assert locked["Location"].startswith(reverse("care:unlock"))
    assert cast.client_a.post(reverse("care:exit")).status_code == 204
    assert not signed_in(cast.client_a)
