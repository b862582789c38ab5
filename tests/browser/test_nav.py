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
