"""Part 1 end to end in two browsers: check-ins, the right moment, a coached invitation."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import COACH_DELAY, coach_answered, settle

pytestmark = pytest.mark.browser


def check(page, axe, shot, name):
    shot(page, name)
    problems = axe(page)
    assert not problems, [(v["id"], v["help"], [n["target"] for n in v["nodes"]]) for v in problems]


def test_from_how_are_we_to_an_accepted_invitation(two_people, live_server, axe, shot):
    page_a, page_b = two_people
    base = live_server.url

    # A checks in; the coach notices "fine" and A says a little more.
    page_a.goto(f"{base}/checkins/")
    page_a.get_by_text("A bit distant").click()
    words = page_a.get_by_label("In a few words, how are we?")
    words.fill("Fine.")
    page_a.get_by_text("“Fine” can be a shield").wait_for()
    words.fill("Honestly a bit lonely this week, I miss our evenings.")
    page_a.get_by_label("What I would like more of (optional)").fill("Walks after dinner")
    # The coach sits between the box and the Save button and answers 700 ms after typing,
    # changing height: click once its answer to the new words is in (the "fine" hint goes).
    expect(page_a.get_by_text("“Fine” can be a shield")).to_have_count(0, timeout=30_000)
    settle(page_a)
    page_a.get_by_role("button", name="Save my answer").click()
    page_a.get_by_text("Waiting for your partner.").wait_for()
    check(page_a, axe, shot, "part1-checkin-waiting")

    # B does not see A's answer until B answers; then both see both.
    page_b.goto(f"{base}/checkins/")
    assert "lonely this week" not in page_b.content()
    page_b.get_by_text("Close", exact=True).click()
    page_b.get_by_label("In a few words, how are we?").fill("Busy, but we are okay I think.")
    coach_answered(page_b, "id_words")
    page_b.get_by_role("button", name="Save my answer").click()
    page_b.get_by_text("Honestly a bit lonely this week").wait_for()
    check(page_b, axe, shot, "part1-checkin-shared")
    page_a.reload()
    page_a.get_by_text("Busy, but we are okay I think.").wait_for()

    # The right moment: A is ready, B is not yet; A only ever sees "not yet".
    page_a.goto(f"{base}/invitations/moment/")
    for box in page_a.locator("input[type=checkbox]").all():
        box.check()
    page_a.get_by_role("button", name="Save my answers").click()
    page_b.goto(f"{base}/invitations/moment/")
    page_b.get_by_label("I feel calm enough to talk kindly").check()
    page_b.get_by_role("button", name="Save my answers").click()
    page_b.get_by_text("Just for you, meanwhile").wait_for()
    page_a.reload()
    page_a.get_by_text("Not quite yet").wait_for()
    assert "Eat something first" not in page_a.content()
    check(page_a, axe, shot, "part1-moment")

    # A starts from an opener, tries a harsher draft, gets a second look, takes the rewrite.
    page_a.goto(f"{base}/invitations/new/")
    page_a.get_by_role(
        "link", name=re.compile(r"^Use this\s*: I would like to feel closer")
    ).click()
    box = page_a.get_by_label("Your invitation")
    assert "closer to you again" in box.input_value()
    coach_answered(page_a, "id_text")
    check(page_a, axe, shot, "part1-invitation-compose")
    box.fill("We need to talk. You never listen to me.")
    # The coach (between the box and the button) has answered the opener; its answer to
    # these words comes 700 ms after typing.
    settle(page_a, delay_ms=COACH_DELAY)
    page_a.get_by_role("button", name="Send invitation").click()
    page_a.get_by_role("heading", name="Before it goes: a second look").wait_for()
    check(page_a, axe, shot, "part1-invitation-review")
    page_a.get_by_role("button", name="Use the kinder wording").click()
    page_a.get_by_text("The kinder wording is in the box.").wait_for()
    coach_answered(page_a, "id_text")  # it reads the new wording as the page loads
    page_a.get_by_role("button", name="Send invitation").click()
    page_a.get_by_text("Sent. Your invitation is waiting for your partner.").wait_for()

    # B accepts at a time; both see the agreed time.
    page_b.goto(f"{base}/invitations/")
    page_b.get_by_role("link", name="Answer").click()
    when = timezone.localtime() + timedelta(days=1)
    page_b.get_by_label("Pick a time").fill(when.strftime("%Y-%m-%dT19:30"))
    page_b.get_by_role("button", name="Accept at this time").click()
    page_b.get_by_role("heading", name="It is a date").wait_for()
    check(page_b, axe, shot, "part1-invitation-agreed")
    page_a.reload()
    page_a.get_by_role("heading", name="It is a date").wait_for()
    assert "19:30" in page_a.locator(".agreed-time").inner_text()
    page_a.goto(f"{base}/invitations/")
    check(page_a, axe, shot, "part1-invitations-list")
