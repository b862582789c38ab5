"""A phone's own clock, and Back after sending an invitation, in a real Chromium."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import coach_answered, settle, sign_in
from tests.conftest import PASSWORD

pytestmark = pytest.mark.browser

HARSH = "We need to talk. You never listen to me."


def test_a_phone_in_new_york_sees_new_york_times(
    cast: Any, live_server: Any, browser: Any, new_page: Any
) -> None:
    """The browser's zone reaches the server by itself (ourway.js), so a break called at
    17:07 in New York ends at 17:27 there, not at 22:27 (UTC)."""
    from ourway.couples.access import couple_of
    from ourway.talk.models import RepairSession

    context = browser.new_context(
        timezone_id="America/New_York", viewport={"width": 390, "height": 844}
    )
    page = new_page(context)
    sign_in(page, live_server.url, cast.a.email, PASSWORD)
    cast.a.refresh_from_db()
    assert cast.a.time_zone == "America/New_York"

    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="the weekend", mode="two_devices", speaker=cast.a
    )
    session.join(cast.b)
    page.goto(f"{live_server.url}/talk/{session.pk}/pause/")
    page.get_by_role("button", name="Start the break").click()
    ends = session.pauses.get().ends_at.astimezone(ZoneInfo("America/New_York"))
    page.get_by_text(f"The break ends at {ends:%H:%M}").wait_for()

    page.goto(f"{live_server.url}/accounts/settings/")
    chosen = page.get_by_label("Your time zone").locator("option:checked")
    assert chosen.inner_text() == "New York"
    context.close()


def zone_cookies(context: Any) -> list[str]:
    return [c["value"] for c in context.cookies() if c["name"] == "ourway_tz"]


def test_logging_out_leaves_no_zone_behind_in_the_browser(
    cast: Any, live_server: Any, browser: Any, new_page: Any
) -> None:
    """Signed out, ourway.js does not write the zone again, so none stays behind."""
    context = browser.new_context(timezone_id="America/New_York")
    page = new_page(context)
    sign_in(page, live_server.url, cast.a.email, PASSWORD)
    assert zone_cookies(context) == ["America/New_York"]
    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_text("More").click()
    nav.get_by_role("button", name="Log out").click()
    expect(nav.get_by_role("link", name="Log in")).to_be_visible()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_role("heading", name="Log in").wait_for()
    assert zone_cookies(context) == []
    context.close()


def test_back_after_sending_an_invitation_is_a_plain_page(
    cast: Any, two_people: tuple[Any, Any], live_server: Any
) -> None:
    page_a, page_b = two_people
    base = live_server.url
    page_a.goto(f"{base}/invitations/new/")
    page_a.get_by_label("Your invitation").fill(HARSH)
    coach_answered(page_a, "id_text")
    page_a.get_by_role("button", name="Send invitation").click()
    page_a.get_by_role("heading", name="Before it goes: a second look").wait_for()
    page_a.reload()  # a plain page: reloading asks nothing and keeps the second look
    page_a.get_by_role("heading", name="Before it goes: a second look").wait_for()
    page_a.get_by_role("button", name="Use the kinder wording").click()
    page_a.get_by_text("The kinder wording is in the box.").wait_for()
    settle(page_a)
    page_a.get_by_role("button", name="Send invitation").click()
    page_a.get_by_text("Sent. Your invitation is waiting for your partner.").wait_for()

    page_a.go_back()
    page_a.get_by_role("heading", name="Write an invitation").wait_for()
    assert page_a.url == f"{base}/invitations/new/"
    assert page_a.get_by_label("Your invitation").input_value() == ""

    # The partner answers with one "Pick a time" box that starts at now.
    page_b.goto(f"{base}/invitations/")
    page_b.get_by_role("link", name="Answer").click()
    picker = page_b.get_by_label("Pick a time")
    cast.b.refresh_from_db()  # Ben's zone: his browser's, which the server now knows
    now = timezone.localtime(timezone=ZoneInfo(cast.b.time_zone or "UTC"))
    assert picker.get_attribute("min") <= now.strftime("%Y-%m-%dT%H:%M")
    assert page_b.locator("input[type=datetime-local]").count() == 1
    when = now + timedelta(days=1)
    picker.fill(when.strftime("%Y-%m-%dT20:15"))
    page_b.get_by_role("button", name="Accept at this time").click()
    page_b.get_by_role("heading", name="It is a date").wait_for()
