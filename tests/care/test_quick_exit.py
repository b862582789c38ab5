"""The quick exit's sign-out: it ends the caller's own session, and only by a real POST.

Without JavaScript the "Exit this page" form posts and is sent on to the neutral site (303);
quick-exit.js sends the same form as a beacon (`beacon=1`) and gets a bare 204.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse

from ourway.care.middleware import BROWSER_COOKIE
from ourway.care.models import AppPasscode
from tests.care.test_idle_and_passcode import age_session, same_browser


def signed_in(client: Client) -> bool:
    return SESSION_KEY in client.session


NEUTRAL = "https://news.example/"
BEACON = {"beacon": "1"}


def test_the_quick_exit_signs_the_person_out(cast: Any) -> None:
    response = cast.client_a.post(reverse("care:exit"), BEACON)
    assert response.status_code == 204
    assert not signed_in(cast.client_a)
    after = cast.client_a.get(reverse("care:safety"))
    assert after.status_code == 302
    assert after["Location"].startswith(reverse("accounts:login"))
    # The partner's own session is untouched.
    assert signed_in(cast.client_b)
    assert cast.client_b.get(reverse("journal:journal")).status_code == 200


def test_without_javascript_the_form_signs_out_and_goes_to_the_neutral_site(
    cast: Any, settings: Any
) -> None:
    settings.QUICK_EXIT_URL = NEUTRAL
    response = cast.client_a.post(reverse("care:exit"))
    assert response.status_code == 303
    assert response["Location"] == NEUTRAL
    assert not signed_in(cast.client_a)
    assert cast.client_a.get("/").context["user"].is_authenticated is False


def test_every_page_carries_the_form_with_its_token(cast: Any) -> None:
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(cast.a)
    page = browser.get(reverse("journal:journal"))
    html = page.content.decode()
    form = html[html.index('<form method="post" action="/care/exit/"') :]
    form = form[: form.index("</form>")]
    assert f'value="{page.context["csrf_token"]}"' in form
    assert 'type="submit" class="quick-exit"' in form
    response = browser.post(
        reverse("care:exit"), {"csrfmiddlewaretoken": page.context["csrf_token"]}
    )
    assert response.status_code == 303
    assert not signed_in(browser)


def test_it_needs_the_csrf_token_so_another_site_cannot_sign_anyone_out(
    cast: Any, settings: Any
) -> None:
    settings.QUICK_EXIT_URL = NEUTRAL
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(cast.a)
    for sent in ({}, {"csrfmiddlewaretoken": "x" * 32}, BEACON):
        response = browser.post(reverse("care:exit"), sent)
        assert signed_in(browser), sent
        # A stale page still gets the person away, never a "403 Forbidden".
        assert response.status_code in (204, 303), sent
    assert browser.post(reverse("care:exit"))["Location"] == NEUTRAL
    token = browser.get(reverse("care:safety")).context["csrf_token"]
    answer = browser.post(reverse("care:exit"), {"csrfmiddlewaretoken": token, **BEACON})
    assert answer.status_code == 204
    assert not signed_in(browser)


def test_a_get_does_not_sign_out(cast: Any) -> None:
    assert cast.client_a.get(reverse("care:exit")).status_code == 405
    assert signed_in(cast.client_a)


def test_signed_out_already_is_fine(db: Any, settings: Any) -> None:
    settings.QUICK_EXIT_URL = NEUTRAL
    assert Client().post(reverse("care:exit"), BEACON).status_code == 204
    response = Client(enforce_csrf_checks=True).post(reverse("care:exit"))
    assert response.status_code == 303
    assert response["Location"] == NEUTRAL


def test_it_works_on_the_passcode_lock_screen(cast: Any) -> None:
    AppPasscode.set_for(cast.a, "2468")
    session = cast.client_a.session
    session["care.passcode"] = True
    session.save()
    same_browser(cast.client_a)
    age_session(cast.client_a, 31 * 60)
    locked = cast.client_a.get(reverse("journal:journal"))
    assert locked["Location"].startswith(reverse("care:unlock"))
    assert cast.client_a.post(reverse("care:exit")).status_code == 303
    assert not signed_in(cast.client_a)


def test_it_forgets_this_browsers_unlock_cookie(cast: Any) -> None:
    same_browser(cast.client_a)
    assert cast.client_a.cookies[BROWSER_COOKIE].value
    response = cast.client_a.post(reverse("care:exit"))
    assert response.cookies[BROWSER_COOKIE]["max-age"] == 0
    assert not cast.client_a.cookies[BROWSER_COOKIE].value
