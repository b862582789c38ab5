"""Ana and Ben, each on their own phone, hold a repair conversation to a recorded agreement."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import coach_answered, settle

WAIT = 10_000  # ms: pages poll every two seconds


def clean(axe: Any, page: Any) -> None:
    violations = axe(page)
    assert violations == [], [(v["id"], v["nodes"][0]["html"]) for v in violations]


@pytest.mark.browser
def test_a_repair_conversation_with_a_correction_a_break_and_an_agreement(
    two_people: Any, live_server: Any, axe: Any, shot: Any
) -> None:
    ana, ben = two_people
    base = live_server.url

    ana.goto(f"{base}/talk/")
    clean(axe, ana)
    shot(ana, "talk-start")
    ana.get_by_label("What would you like to talk about?").fill("The weekend plans")
    ana.get_by_role("button", name="Start").click()
    expect(ana.get_by_role("heading", name="Waiting for Ben")).to_be_visible()
    session_url = ana.url

    ben.goto(session_url)
    ben.get_by_role("button", name="I'm here, let's begin").click()
    expect(ana.get_by_role("heading", name="You have the floor")).to_be_visible(timeout=WAIT)

    # Ana builds her I-feel statement; the coach and the builder read along.
    ana.get_by_label("When…").fill("the plans for Saturday changed on Friday night")
    ana.get_by_label("I feel…").select_option("ignored")
    because = ana.get_by_label("because I interpret it as…")
    because.fill("I am on my own with our weekends")
    because.blur()
    # Wait for the answers to the last changes, not an earlier one: a pick clicked while
    # the preview is being replaced lands on a detached button and is lost. Leaving the
    # field sends a preview request at once and typing one 500 ms later (the form's
    # "input delay:500ms"), both with the same words.
    expect(ana.locator(".talk-preview")).to_contain_text("our weekends", timeout=3 * WAIT)
    settle(ana, delay_ms=500, timeout=3 * WAIT)
    expect(ana.locator("[data-pick-emotion='lonely']")).to_be_visible(timeout=WAIT)
    ana.locator("[data-pick-emotion='lonely']").click()
    expect(ana.get_by_label("I feel…")).to_have_value("lonely")
    # The preview is the server's answer to the latest change; on a loaded CI machine the
    # queued requests (blur, then the pick) can take a while.
    expect(ana.locator(".talk-preview")).to_contain_text("I feel lonely", timeout=3 * WAIT)
    clean(axe, ana)
    shot(ana, "talk-speaker-builder")
    ana.get_by_role("button", name="Share it").click()

    # Ben reflects, first jumping to a fix; the coach notices.
    expect(ben.get_by_label("What did you hear?")).to_be_visible(timeout=WAIT)
    ben.get_by_label("What did you hear?").fill("You should just tell me earlier.")
    expect(ben.get_by_text("Jumping to a fix")).to_be_visible(timeout=WAIT)
    clean(axe, ben)
    shot(ben, "talk-listener-coached")
    ben.get_by_label("What did you hear?").fill(
        "What I'm hearing is that when the plans changed, you felt I don't care."
    )
    # The coach above the button answers the new words 700 ms after typing and changes
    # height: click once its answer to them is in (the fix warning goes).
    expect(ben.get_by_text("Jumping to a fix")).to_have_count(0, timeout=WAIT)
    settle(ben)
    ben.get_by_role("button", name="Say it back").click()

    # Ana corrects; Ben tries again; Ana confirms.
    expect(ana.get_by_label("If not quite: what was missed?")).to_be_visible(timeout=WAIT)
    clean(axe, ana)
    shot(ana, "talk-confirm")
    ana.get_by_label("If not quite: what was missed?").fill(
        "Not that you don't care. I felt alone with it."
    )
    ana.get_by_role("button", name="Not quite, try again").click()
    expect(ben.get_by_text("I felt alone with it.").first).to_be_visible(timeout=WAIT)
    ben.get_by_label("What did you hear?").fill(
        "It sounds like when the plans changed, you felt lonely, "
        "alone with our weekends. Did I get that?"
    )
    coach_answered(ben, "id_reflection")
    ben.get_by_role("button", name="Say it back").click()
    expect(ana.get_by_role("button", name="Yes, that's it")).to_be_visible(timeout=WAIT)
    ana.get_by_role("button", name="Yes, that's it").click()

    # The deep why, then roles switch.
    expect(ana.get_by_role("heading", name="The need underneath")).to_be_visible()
    clean(axe, ana)
    shot(ana, "talk-deep-why")
    ana.get_by_label("to feel that I matter to you, that I am a priority").check()
    ana.get_by_role("button", name="Save, and switch roles").click()

    # Ben needs a break before his turn.
    expect(ben.get_by_role("heading", name="You have the floor")).to_be_visible(timeout=WAIT)
    ben.get_by_role("link", name="We need a break").click()
    clean(axe, ben)
    ben.get_by_label("When shall we come back to it?").select_option("60")
    ben.get_by_role("button", name="Start the break").click()
    expect(ben.get_by_role("heading", name="A break to settle")).to_be_visible()
    expect(ana.get_by_role("heading", name="A break to settle")).to_be_visible(timeout=WAIT)
    clean(axe, ana)
    shot(ana, "talk-break")
    from ourway.talk.models import Pause

    Pause.objects.update(ends_at=Pause.objects.get().created - timedelta(seconds=1))  # time passes
    # Load the page afresh: the polling pick-up of a break's end was seen flaky once in CI
    # (see the session notes); here the point is what the page shows once the break is over.
    ben.reload()
    expect(ben.get_by_text("The break is over.")).to_be_visible(timeout=WAIT)
    ben.get_by_role("button", name="We are ready to go on").click()

    # Ben speaks in his own words; Ana reflects; Ben confirms.
    ben.get_by_label("What I want you to hear").fill(
        "When Friday got busy at work, I felt torn, because I wanted to keep both promises."
    )
    coach_answered(ben, "id_statement")
    ben.get_by_role("button", name="Share it").click()
    expect(ana.get_by_label("What did you hear?")).to_be_visible(timeout=WAIT)
    ana.get_by_label("What did you hear?").fill(
        "So you felt torn between work and us. Is that right?"
    )
    coach_answered(ana, "id_reflection")
    ana.get_by_role("button", name="Say it back").click()
    expect(ben.get_by_role("button", name="Yes, that's it")).to_be_visible(timeout=WAIT)
    ben.get_by_role("button", name="Yes, that's it").click()
    ben.get_by_role("button", name="Save, and switch roles").click()

    # Closing: what each understood, and an agreement.
    expect(ana.get_by_role("button", name="We're ready to close")).to_be_visible(timeout=WAIT)
    ana.get_by_role("button", name="We're ready to close").click()
    ana.get_by_label("What I understood about you").fill("Busy Fridays pull you two ways.")
    ana.get_by_role("button", name="Save what I understood").click()
    expect(ben.get_by_label("Next time, I will…")).to_be_visible(timeout=WAIT)
    # The closing step shows up on Ben's page as soon as Ana starts it; Ana saving what
    # she understood changes it once more, and that swap could eat Ben's click.
    expect(ben.get_by_text("Busy Fridays pull you two ways.")).to_be_visible(timeout=WAIT)
    settle(ben)
    ben.get_by_label("Next time, I will…").fill(
        "Next time, I will tell you on Thursday if Friday looks busy."
    )
    ben.get_by_role("button", name="Keep this agreement").click()
    expect(ben.get_by_text("Kept.")).to_be_visible()
    clean(axe, ben)
    shot(ben, "talk-closing")
    ben.once("dialog", lambda dialog: dialog.accept())
    ben.get_by_role("button", name="We're done for now").click()
    expect(ana.get_by_role("heading", name="This conversation has ended")).to_be_visible(
        timeout=WAIT
    )
    expect(ana.get_by_text("Next time, I will tell you on Thursday")).to_be_visible()
    clean(axe, ana)
    shot(ana, "talk-ended")

    from ourway.talk.models import RepairSession

    session = RepairSession.objects.get()
    assert session.ended_with_agreement
    assert session.turns.filter(confirmed_at__isnull=False).count() == 2


@pytest.mark.browser
def test_ending_asks_first_and_keeps_what_each_was_still_typing(
    cast: Any, two_people: Any, live_server: Any, axe: Any, shot: Any
) -> None:
    from ourway.couples.access import couple_of
    from ourway.talk.models import RepairSession
    from tests.talk.conftest import full_turn

    ana, ben = two_people
    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="The weekend plans", mode="two_devices", speaker=cast.a
    )
    session.join(cast.b)
    full_turn(session, cast.a, cast.b)
    session.start_closing(cast.a, version=session.version)
    url = f"{live_server.url}/talk/{session.pk}/"
    ana.goto(url)
    ben.goto(url)

    # Ana is still writing what she understood; Ben has a promise typed but not kept.
    understood = "Busy Fridays pull you two ways, and you want to keep both promises."
    ana.get_by_label("What I understood about you").fill(understood)
    promise = "Next time, I will tell you on Thursday."
    ben.get_by_label("Next time, I will…").fill(promise)

    # Ben says no in the dialog first: nothing ends.
    asked: list[str] = []

    def say_no(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    ben.once("dialog", say_no)
    ben.get_by_role("button", name="We're done for now").click()
    assert asked == ["End this conversation for both of you?"]
    session.refresh_from_db()
    assert session.status == "open"

    ben.once("dialog", lambda dialog: dialog.accept())
    ben.get_by_role("button", name="We're done for now").click()
    expect(ben.get_by_role("heading", name="This conversation has ended")).to_be_visible()
    expect(ben.get_by_text("You ended it at")).to_be_visible()
    expect(ben.get_by_label("Your words, kept for you to copy")).to_have_value(promise)

    # Ana's page moves on by itself, says who ended it, and keeps her words to copy.
    expect(ana.get_by_role("heading", name="This conversation has ended")).to_be_visible(
        timeout=WAIT
    )
    expect(ana.get_by_text("Ben ended it at")).to_be_visible()
    expect(ana.get_by_label("Your words, kept for you to copy")).to_have_value(understood)
    clean(axe, ana)
    shot(ana, "talk-ended-while-typing")
