"""Two people sign up in two browsers, pair with a code, and keep a private entry private."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

PASSWORD = "our quiet harbour 77"


def sign_up(page: Any, base: str, name: str, email: str) -> None:
    page.goto(f"{base}/accounts/signup/")
    page.get_by_label("Your first name").fill(name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    # The log-in page follows, with the email filled in (the same for a taken email).
    page.wait_for_url(f"{base}/accounts/login/")
    expect(page.get_by_label("Email")).to_have_value(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")


@pytest.fixture
def two_newcomers(live_server: Any, browser: Any, new_page: Any, db: Any) -> Any:
    contexts = [browser.new_context(viewport={"width": 390, "height": 844}) for _ in range(2)]
    pages = [new_page(context) for context in contexts]
    yield live_server.url, pages
    for context in contexts:
        context.close()


def test_two_people_pair_and_keep_a_private_entry_private(
    two_newcomers: Any, axe: Any, shot: Any
) -> None:
    base, (ana, ben) = two_newcomers
    sign_up(ana, base, "Ana", "ana.e2e@example.com")
    expect(ana.get_by_role("heading", name="Hello, Ana")).to_be_visible()
    assert axe(ana) == []
    shot(ana, "home-new-person")

    ana.get_by_role("link", name="Our couple space").first.click()
    ana.get_by_role("button", name="Create our couple space").click()
    ana.get_by_role("button", name="Make an invitation code").click()
    code = ana.locator("#invite-code").inner_text().strip()
    assert len(code) == 8
    assert axe(ana) == []
    shot(ana, "couple-invite")

    sign_up(ben, base, "Ben", "ben.e2e@example.com")
    ben.goto(f"{base}/couple/join/{code.lower()}/")
    expect(ben.get_by_text("Ana invited you to share a couple space.")).to_be_visible()
    ben.get_by_role("button", name="Join").click()
    ben.wait_for_url(f"{base}/")
    expect(ben.get_by_text("You and Ana share this space")).to_be_visible()

    ana.goto(f"{base}/journal/")
    ana.get_by_label("What is on your mind?").fill("Only for me: I am scared of the holidays.")
    ana.get_by_role("button", name="Save entry").click()
    expect(ana.get_by_text("Saved. Only you can see it.")).to_be_visible()
    ana.get_by_label("What is on your mind?").fill("For us: thank you for the walk on Sunday.")
    ana.get_by_label("Share with my partner").check()
    ana.get_by_role("button", name="Save entry").click()
    expect(ana.get_by_text("Shared with your partner.")).to_be_visible()
    assert axe(ana) == []
    shot(ana, "journal")

    ben.goto(f"{base}/journal/")
    expect(ben.get_by_text("thank you for the walk on Sunday")).to_be_visible()
    assert ben.get_by_text("scared of the holidays").count() == 0
    ben.goto(f"{base}/couple/notices/")
    expect(ben.get_by_text("Ana shared a journal entry with you.")).to_be_visible()

    # Sharing is a toggle that works with htmx in place.
    ana.goto(f"{base}/journal/")
    ana.get_by_role("button", name="Make private").click()
    # The private entry already shows a "Share with partner" button, so wait for the shared
    # one's button to go: then the toggle has been saved.
    expect(ana.get_by_role("button", name="Make private")).to_have_count(0)
    ben.goto(f"{base}/journal/")
    assert ben.get_by_text("thank you for the walk on Sunday").count() == 0
    # Made private again, it leaves no notice behind on Ben's side.
    ben.goto(f"{base}/couple/notices/")
    expect(ben.get_by_text("Nothing new.")).to_be_visible()

    # One tap on "Share with partner" only asks, in the entry's card.
    walk = ana.locator("li", has_text="thank you for the walk on Sunday")
    walk.get_by_role("link", name="Share with partner").click()
    expect(walk.get_by_text("Ben will be able to read this entry.")).to_be_visible()
    assert axe(ana) == []
    shot(ana, "journal-share-asks")
    walk.get_by_role("link", name="Keep it private").click()
    expect(walk.get_by_text("Ben will be able to read this entry.")).to_have_count(0)
    walk.get_by_role("link", name="Share with partner").click()
    walk.get_by_role("button", name="Share with Ben").click()
    expect(walk.get_by_role("button", name="Make private")).to_be_visible()
    ben.goto(f"{base}/journal/")
    expect(ben.get_by_text("thank you for the walk on Sunday")).to_be_visible()


def test_with_email_on_the_link_and_the_password_confirm_and_log_in(
    live_server: Any, browser: Any, new_page: Any, db: Any, settings: Any, axe: Any, shot: Any
) -> None:
    """The confirm page signs in, so ourway.js hands over the phone's time zone from it."""
    from django.core import mail

    from ourway.accounts.models import User

    settings.SIGNUP_CONFIRMS_EMAIL = True
    base = live_server.url
    context = browser.new_context(
        timezone_id="Europe/Lisbon", viewport={"width": 390, "height": 844}
    )
    page = new_page(context)
    page.goto(f"{base}/accounts/signup/")
    page.get_by_label("Your first name").fill("Ana")
    page.get_by_label("Email").fill("ana.mail@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()

    link = next(word for word in mail.outbox[0].body.split() if "/accounts/confirm/" in word)
    page.goto(link)
    page.get_by_label("Your password").fill("not what I chose")
    page.get_by_role("button", name="Confirm my email").click()
    expect(page.get_by_text("does not match the newest sign-up")).to_be_visible()
    assert axe(page) == []
    shot(page, "confirm-wrong-password")

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Confirm my email").click()
    page.wait_for_url(f"{base}/")
    expect(page.get_by_text("Your email is confirmed. Welcome to OurWay!")).to_be_visible()
    expect(page.get_by_role("heading", name="Hello, Ana")).to_be_visible()
    assert User.objects.get(email="ana.mail@example.com").time_zone == "Europe/Lisbon"
    context.close()


def test_axe_really_runs(live_server: Any, browser: Any, axe: Any) -> None:
    """A page with an image without alt text must be reported, or the axe checks prove nothing."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    page.evaluate(
        "() => { const i = document.createElement('img'); i.src = '/static/icons/icon-192.png';"
        " document.body.appendChild(i); }"
    )
    ids = [v["id"] for v in axe(page, impacts=("minor", "moderate", "serious", "critical"))]
    assert "image-alt" in ids
    context.close()


def test_pages_load_no_third_party_resources(live_server: Any, browser: Any, db: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    for path in ("/", "/accounts/login/", "/accounts/signup/"):
        page.goto(f"{live_server.url}{path}")
    assert hosts == {live_server.url.split("/")[2]}
    context.close()
