"""The main nav on a phone: it fits, "More" opens inside the screen, Safety is one tap."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

FITS = """() => [document.documentElement, document.querySelector('.site-header'),
    document.querySelector('.main-nav')].every(el => el.scrollWidth <= el.clientWidth)"""


def test_the_nav_fits_a_phone_and_more_opens_inside_it(
    two_people: Any, live_server: Any, axe: Any, shot: Any
) -> None:
    ana, _ben = two_people
    for path in ("/", "/connect/bids/", "/amends/", "/care/safety/", "/accounts/settings/"):
        ana.goto(f"{live_server.url}{path}")
        assert ana.viewport_size == {"width": 390, "height": 844}
        assert ana.evaluate(FITS), path

    nav = ana.get_by_role("navigation", name="Main")
    more = nav.locator("details.nav-more")
    expect(more.get_by_role("link", name="Bids for connection")).to_be_hidden()
    more.locator("summary").click()
    menu = more.locator("ul")
    expect(menu).to_be_visible()
    box = menu.bounding_box()
    assert box is not None
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390
    assert ana.evaluate(FITS)
    assert axe(ana) == []
    shot(ana, "nav-more-open")

    more.get_by_role("link", name="Apology workshop").click()
    ana.wait_for_url(f"{live_server.url}/amends/")
    # A new page starts with "More" closed; Safety is on the bar itself.
    expect(more.get_by_role("link", name="Apology workshop")).to_be_hidden()
    nav.get_by_role("link", name="Safety", exact=True).click()
    ana.wait_for_url(f"{live_server.url}/care/safety/")
    expect(ana.get_by_role("heading", name="Your safety, privately")).to_be_visible()


def test_log_out_is_under_more(two_people: Any, live_server: Any) -> None:
    _ana, ben = two_people
    nav = ben.get_by_role("navigation", name="Main")
    nav.get_by_text("More").click()
    nav.get_by_role("button", name="Log out").click()
    ben.wait_for_url(f"{live_server.url}/")
    expect(nav.get_by_role("link", name="Log in")).to_be_visible()


def test_more_closes_on_a_tap_outside_on_escape_and_when_a_link_is_followed(
    two_people: Any, live_server: Any
) -> None:
    ana, _ben = two_people
    nav = ana.get_by_role("navigation", name="Main")
    more = nav.locator("details.nav-more")
    summary = more.locator("summary")
    link = more.get_by_role("link", name="Apology workshop")

    summary.click()
    expect(link).to_be_visible()
    # A tap on the page, away from the menu (the left edge of the greeting), closes it.
    ana.get_by_role("heading", level=1).click(position={"x": 2, "y": 2})
    expect(more).not_to_have_attribute("open", "")
    expect(link).to_be_hidden()
    assert ana.url == f"{live_server.url}/"

    # Escape closes it from the keyboard, with focus back on "More" to open it again.
    summary.focus()
    ana.keyboard.press("Enter")
    expect(link).to_be_visible()
    ana.keyboard.press("Tab")
    expect(more.get_by_role("link").first).to_be_focused()
    ana.keyboard.press("Escape")
    expect(link).to_be_hidden()
    expect(summary).to_be_focused()
    ana.keyboard.press("Enter")
    expect(link).to_be_visible()

    # Following a link closes it first (so Back never shows it open); the page's own
    # listener holds the navigation back here, to look at the menu before it goes.
    ana.evaluate("() => window.addEventListener('click', (e) => e.preventDefault())")
    link.click()
    expect(link).to_be_hidden()
    assert ana.url == f"{live_server.url}/"
