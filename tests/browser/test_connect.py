"""Logging a bid in the browser, with the week chart and axe checks."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect


def test_a_person_logs_a_bid_and_sees_the_rate(
    two_people: Any, live_server: Any, axe: Any, shot: Any
) -> None:
    ana, _ben = two_people
    ana.goto(f"{live_server.url}/connect/bids/")
    ana.get_by_label("What was the bid?").fill("showed me a photo of the sea")
    ana.get_by_label("I turned towards it").check()
    ana.get_by_role("button", name="Add to my log").click()
    expect(ana.get_by_text("Noted. Only you can see this log.")).to_be_visible()
    expect(ana.get_by_text("you turned towards 100% of the bids you logged")).to_be_visible()
    expect(ana.locator("svg.bid-chart rect")).to_have_count(1)
    assert axe(ana) == []
    shot(ana, "connect-bids")


def test_the_choices_look_like_the_other_fields(two_people: Any, live_server: Any) -> None:
    ana, _ben = two_people
    ana.goto(f"{live_server.url}/connect/bids/")
    group = ana.get_by_role("group", name="How did you meet it?")
    frame = group.evaluate("(el) => getComputedStyle(el).borderTopStyle")
    assert frame == "none"  # no browser-default grey box
    legend = group.locator("legend").evaluate("(el) => getComputedStyle(el).fontWeight")
    label = ana.locator("label[for=id_what]").evaluate("(el) => getComputedStyle(el).fontWeight")
    assert legend == label == "600"
    choice = ana.locator("label[for=id_response_1]")
    assert choice.bounding_box()["height"] >= 44  # type: ignore[index]
    choice.click()
    expect(ana.get_by_label("I turned away (missed or ignored it)")).to_be_checked()


def test_the_phone_layout_holds_long_unbroken_words_and_pads_every_card(
    cast: Any, two_people: Any, live_server: Any
) -> None:
    from ourway.connect.models import Bid
    from ourway.journal.models import JournalEntry

    ana, _ben = two_people
    url = "https://example.org/watch?v=" + "averylongpathwithoutanybreak" * 6
    JournalEntry.objects.create(owner=cast.a, text=f"{url}\nsaved for later")
    Bid.objects.create(owner=cast.a, what="hey" * 80, response="toward")
    for path in ("/", "/connect/bids/", "/journal/"):
        ana.goto(f"{live_server.url}{path}")
        wide = ana.evaluate("() => document.documentElement.scrollWidth")
        assert wide <= 390, (path, wide)
    # "Alongside the reset" on the home page: the links sit inside the card's padding.
    ana.goto(f"{live_server.url}/")
    gap = ana.evaluate(
        """() => {
            const heading = [...document.querySelectorAll("h2")]
                .find((h) => h.textContent.trim() === "Alongside the reset");
            const card = heading.nextElementSibling;
            const link = card.querySelector("a");
            return link.getBoundingClientRect().left - card.getBoundingClientRect().left;
        }"""
    )
    assert gap >= 12, gap
