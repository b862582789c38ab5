"""Ana writes a coached apology and sends it; Ben answers. Both write the manual, collide
on the shared answer, merge, and print it."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import COACH_DELAY, coach_answered, settle

APOLOGY = (
    "I'm so sorry about last night. I was wrong to shout at you. "
    "Let me make it up to you. From now on I will take a break before I answer."
)


@pytest.mark.browser
def test_an_apology_is_written_sent_and_answered_then_the_manual_is_written_together(
    two_people: Any, live_server: Any, axe: Any, shot: Any
) -> None:
    ana, ben = two_people
    base = live_server.url

    # The checklist and the coach react to a non-apology, then to a full one.
    ana.goto(f"{base}/amends/")
    box = ana.get_by_role("textbox", name="Your apology")
    box.fill("I'm sorry, but you started it.")
    ana.locator(".coach-hint", has_text="case for the").wait_for()
    box.fill(APOLOGY)
    ana.locator("#checklist-live li.covered").nth(3).wait_for()
    # The coach answers 700 ms after typing (the checklist after 600 ms); both sit above
    # the send button and change height. Its answer to the apology drops the hint.
    expect(ana.locator(".coach-hint", has_text="case for the")).to_have_count(0, timeout=30_000)
    settle(ana)
    assert ana.locator("#apology-meter").get_attribute("value") == "100"
    assert axe(ana) == []
    shot(ana, "amends-workshop")

    ana.get_by_role("button", name="Send to Ben").click()
    ana.get_by_text("Sent. Whatever they answer").wait_for()
    assert axe(ana) == []

    # Ben reads it from his notices and asks for time.
    ben.goto(f"{base}/couple/notices/")
    ben.get_by_role("link", name="Ana sent you something").first.click()
    ben.get_by_text("I was wrong to shout at you").wait_for()
    assert axe(ben) == []
    shot(ben, "amends-received")
    ben.get_by_label("Thank you. I need some time.").check()
    ben.get_by_label("A few words back (optional)").fill("Thank you for saying it.")
    ben.get_by_role("button", name="Send my answer").click()
    ben.get_by_text("Your answer is with them").wait_for()

    ana.goto(f"{base}/amends/")
    ana.get_by_role("link", name="I'm so sorry about last night").first.click()
    ana.get_by_text("Thank you for saying it.").wait_for()
    shot(ana, "amends-sent")

    ben.goto(f"{base}/amends/commitments/")
    ben.get_by_text("From now on I will take a break").wait_for()
    assert axe(ben) == []

    # The manual: each writes their side; both open the shared answer at once.
    ana.goto(f"{base}/manual/answer/when_upset/")
    # Each box has the live coach between it and Save; it answers 700 ms after typing.
    ana.get_by_label("Your answer").fill("Ten minutes of space, then a hug.")
    coach_answered(ana, "id_text")
    ana.get_by_role("button", name="Save").click()
    ben.goto(f"{base}/manual/answer/when_upset/")
    ben.get_by_label("Your answer").fill("Let me vent without fixing it.")
    coach_answered(ben, "id_text")
    ben.get_by_role("button", name="Save").click()

    ana.goto(f"{base}/manual/answer/old_pattern/")
    ben.goto(f"{base}/manual/answer/old_pattern/")
    ana.get_by_label("Our answer").fill("We pause for twenty minutes.")
    coach_answered(ana, "id_text")
    ana.get_by_role("button", name="Save").click()
    ana.wait_for_url(f"{base}/manual/#q-old_pattern")
    ben.get_by_label("Our answer").fill("We sit down and breathe.")
    coach_answered(ben, "id_text")
    ben.get_by_role("button", name="Save").click()
    ben.get_by_role("heading", name="Someone saved a new version while you were writing").wait_for()
    assert ben.get_by_label("Our answer").input_value() == "We sit down and breathe."
    coach_answered(ben, "id_text")  # it reads the kept words as the page loads
    assert axe(ben) == []
    shot(ben, "manual-conflict")
    ben.get_by_label("Our answer").fill("We pause for twenty minutes, then sit down and breathe.")
    # The coach has answered the kept words; its answer to these comes 700 ms after typing.
    settle(ben, delay_ms=COACH_DELAY)
    ben.get_by_role("button", name="Save my merged version").click()
    ben.wait_for_url(f"{base}/manual/#q-old_pattern")

    ana.goto(f"{base}/manual/")
    ana.get_by_text("then sit down and breathe").wait_for()
    expect(ana.get_by_text("Let me vent without fixing it.")).to_be_visible()
    assert axe(ana) == []
    shot(ana, "manual")

    ana.goto(f"{base}/manual/history/")
    expect(ana.locator("ins.diff-add").first).to_be_visible()
    assert axe(ana) == []
    shot(ana, "manual-history")

    ana.goto(f"{base}/manual/print/")
    expect(ana.get_by_role("button", name="Print")).to_be_visible()
    ana.emulate_media(media="print")
    assert not ana.locator(".site-header").is_visible()
    shot(ana, "manual-print")
    ana.emulate_media(media="screen")
