"""Idle sign-out, and the app passcode asked on a new browser session or after a quiet while."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse

from ourway.care.middleware import BROWSER, BROWSER_COOKIE, LOCKED, SEEN
from ourway.care.models import AppPasscode

HOUR = 3600


def age_session(client: Client, seconds: int) -> None:
    session = client.session
    session[SEEN] = int(session[SEEN]) - seconds
    session.save()


def same_browser(client: Client) -> None:
    """Give a force-logged-in test client the cookie a real browser gets at login."""
    client.cookies[BROWSER_COOKIE] = client.session[BROWSER]


def test_a_quiet_session_is_signed_out_after_the_idle_time(cast: Any, settings: Any) -> None:
    settings.IDLE_LOGOUT_MINUTES = 30
    age_session(cast.client_a, 31 * 60)
    response = cast.client_a.get(reverse("journal:journal"))
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
    assert SESSION_KEY not in cast.client_a.session
    follow = cast.client_a.get(response["Location"])
    assert "signed out after a quiet while" in follow.content.decode()


def test_an_active_session_stays_signed_in(cast: Any) -> None:
    age_session(cast.client_a, 29 * 60)
    assert cast.client_a.get(reverse("journal:journal")).status_code == 200
    assert cast.client_a.get(reverse("journal:journal")).status_code == 200
    age_session(cast.client_a, 20 * 60)  # 20 minutes after the last real visit
    assert cast.client_a.get(reverse("journal:journal")).status_code == 200


def test_polling_does_not_keep_a_session_alive(cast: Any) -> None:
    age_session(cast.client_a, 20 * 60)
    before = cast.client_a.session[SEEN]
    cast.client_a.get(reverse("home"), HTTP_HX_REQUEST="true")
    cast.client_a.get(reverse("home"), HTTP_X_OURWAY_BACKGROUND="1")
    assert cast.client_a.session[SEEN] == before
    cast.client_a.post(reverse("care:still_here"))  # typing on a page does count
    assert cast.client_a.session[SEEN] > before


def test_an_idle_htmx_request_is_sent_to_the_login_page(cast: Any) -> None:
    age_session(cast.client_a, 2 * HOUR)
    response = cast.client_a.get(reverse("home"), HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"] == reverse("accounts:login")


def test_the_idle_time_is_configurable(cast: Any, settings: Any) -> None:
    settings.IDLE_LOGOUT_MINUTES = 5
    age_session(cast.client_a, 6 * 60)
    assert cast.client_a.get(reverse("home")).status_code == 302


def test_the_api_is_not_affected_by_the_idle_time(cast: Any) -> None:
    assert cast.api("a", "get", "/api/v1/care/safety").status_code == 200


def closed_and_reopened(client: Client) -> None:
    """The browser was closed: its session cookie for OurWay's tab is gone."""
    if BROWSER_COOKIE in client.cookies:
        del client.cookies[BROWSER_COOKIE]


def set_passcode(client: Client, code: str = "2468") -> Any:
    return client.post(reverse("care:passcode"), {"passcode": code, "again": code}, follow=True)


def test_a_passcode_is_stored_only_as_a_hash(cast: Any) -> None:
    set_passcode(cast.client_a, "135790")
    stored = AppPasscode.objects.get(owner=cast.a)
    assert "135790" not in stored.code_hash
    assert AppPasscode.matches(cast.a, "135790")
    assert not AppPasscode.matches(cast.a, "000000")


def test_a_bad_passcode_gets_a_kind_error(cast: Any) -> None:
    for code, again in (
        ("12", "12"),
        ("abcd", "abcd"),
        ("123456789", "123456789"),
        ("1234", "4321"),
    ):
        page = cast.client_a.post(reverse("care:passcode"), {"passcode": code, "again": again})
        assert page.status_code == 200
        assert "errorlist" in page.content.decode()
    assert not AppPasscode.objects.exists()


def test_the_browser_where_it_was_set_keeps_working(cast: Any) -> None:
    same_browser(cast.client_a)
    set_passcode(cast.client_a)
    assert cast.client_a.get(reverse("journal:journal")).status_code == 200


def test_a_new_browser_session_asks_for_the_passcode_and_shows_nothing(cast: Any) -> None:
    same_browser(cast.client_a)
    set_passcode(cast.client_a)
    closed_and_reopened(cast.client_a)
    response = cast.client_a.get(reverse("journal:journal"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("care:unlock"))
    unlock = cast.client_a.post(
        reverse("care:unlock"), {"passcode": "2468", "next": reverse("journal:journal")}
    )
    assert unlock["Location"] == reverse("journal:journal")
    assert cast.client_a.get(reverse("journal:journal")).status_code == 200


def test_with_a_passcode_a_quiet_while_locks_instead_of_signing_out(cast: Any) -> None:
    same_browser(cast.client_a)
    set_passcode(cast.client_a)
    age_session(cast.client_a, 2 * HOUR)
    response = cast.client_a.get(reverse("home"))
    assert response["Location"].startswith(reverse("care:unlock"))
    assert SESSION_KEY in cast.client_a.session  # still signed in
    assert cast.client_a.session[LOCKED] is True


def test_too_many_wrong_passcodes_sign_the_person_out(cast: Any, settings: Any) -> None:
    settings.PASSCODE_TRIES = 3
    set_passcode(cast.client_a)
    closed_and_reopened(cast.client_a)
    assert cast.client_a.get(reverse("home")).status_code == 302
    for _ in range(2):
        page = cast.client_a.post(reverse("care:unlock"), {"passcode": "0000"})
        assert "not right" in page.content.decode()
    last = cast.client_a.post(reverse("care:unlock"), {"passcode": "0000"})
    assert last["Location"] == reverse("accounts:login")
    assert SESSION_KEY not in cast.client_a.session


def test_an_unsafe_next_address_is_ignored_after_unlocking(cast: Any) -> None:
    set_passcode(cast.client_a)
    closed_and_reopened(cast.client_a)
    cast.client_a.get(reverse("home"))
    response = cast.client_a.post(
        reverse("care:unlock"), {"passcode": "2468", "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("home")


def test_signing_in_with_the_password_does_not_ask_for_the_passcode(cast: Any) -> None:
    from tests.conftest import PASSWORD

    set_passcode(cast.client_a)
    browser = Client()
    browser.post(reverse("accounts:login"), {"username": cast.a.email, "password": PASSWORD})
    assert browser.get(reverse("journal:journal")).status_code == 200


def test_removing_the_passcode_stops_the_lock(cast: Any) -> None:
    set_passcode(cast.client_a)
    closed_and_reopened(cast.client_a)
    cast.client_a.get(reverse("home"))
    cast.client_a.post(reverse("care:unlock"), {"passcode": "2468"})
    cast.client_a.post(reverse("care:remove_passcode"))
    closed_and_reopened(cast.client_a)
    assert cast.client_a.get(reverse("journal:journal")).status_code == 200


def test_the_partners_passcode_and_lock_do_not_touch_the_other(cast: Any) -> None:
    set_passcode(cast.client_a)
    closed_and_reopened(cast.client_a)
    assert cast.client_a.get(reverse("home")).status_code == 302
    assert cast.client_b.get(reverse("journal:journal")).status_code == 200
    page = cast.client_b.get(reverse("care:passcode")).content.decode()
    assert "A passcode is set" not in page
