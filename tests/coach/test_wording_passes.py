"""A wording the coach suggests ("Use this wording" in the app) is one the coach lets pass.

Before this held, about one suggestion in eleven on the corpus was flagged again once the
writer took it: the kept "situation" was the charge itself ("When you're way too
sensitive, I feel hurt"), the kept thought was the verdict ("because I start to think
you're the most selfish person I've ever dated"), or the kept apology still had its
"but". Each rewrite now tries the ways to put it with the most of the writer's words
first and gives the first the coach would not flag.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ourway.coach import analyze
from ourway.coach.rewrite import has_gap

CORPUS = Path(__file__).parent / "corpus"
HELD_OUT = ("test", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
            "holdout7", "holdout8", "holdout9", "holdout10", "holdout11",
            "holdout12")  # fmt: skip


def _concerns(text: str) -> list[str]:
    """What the coach would flag in `text`, by label."""
    seen = analyze(text)
    flags = [f"horsemen:{h}" for h in seen.horsemen]
    if seen.blame:
        flags.append("blame")
    if seen.harsh_startup:
        flags.append("harsh_startup")
    if seen.danger:
        flags.append("danger")
    if seen.i_feel == "faux":
        flags.append("i_feel:faux")
    if seen.apology == "non_apology":
        flags.append("apology:non_apology")
    return flags


@pytest.mark.parametrize("split", HELD_OUT)
def test_no_suggested_wording_on_a_held_out_split_is_flagged_again(split: str) -> None:
    flagged = []
    suggested = 0
    for line in (CORPUS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        wording = analyze(case["text"]).wording
        if wording is None:
            continue
        suggested += 1
        concerns = _concerns(wording)
        if concerns:
            flagged.append((case["text"][:60], wording[:90], concerns))
    # Each split has many messages worth a kinder wording with no gap left to fill.
    assert suggested >= 30
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "wording"),
    [
        # A character verdict is no moment: the writer is asked for one.
        ("You're way too sensitive. It was a JOKE.",
         "When [one specific moment this happened], I feel hurt"),
        ("You have zero empathy. Zero.", "When [one specific moment this happened], I feel"),
        # A behaviour stays, in the I-statement the coach itself does not call blame.
        ("You never listen to me.", "When you don't listen to me, I feel lonely"),
        ("You made me look stupid in front of my boss at the dinner.",
         "When you made me look stupid in front of my boss at the dinner, I feel embarrassed"),
        # The complaint answered with a complaint loses its "either".
        ("Well you never text back either, so don't lecture me about it.",
         "When you don't text back, I feel hurt"),
        # The verdict inside "I feel like ..." is not kept as the meaning; the need is.
        ("I feel like you're the most selfish person I've ever dated.",
         "When [the specific moment], I feel hurt and lonely, because I need to feel"),
        ("I feel like you'd rather be at the studio than here with us",
         "When [the specific moment], I feel hurt and lonely, because I need"),
        # A thought that is not a verdict is still the writer's meaning.
        ("I feel like I'm invisible in this house lately.",
         "When [the specific moment], I feel hurt and lonely, because I start to think I'm "
         "invisible"),
        # A shrug is not an act to apologise for.
        ("sorry i guess?? idk what u want me to say", "I was wrong to ..."),
        # An apology whose own words take it back is not kept as the wording.
        ("I'm sorry the kids were loud during your call but they're kids, I can't exactly "
         "gag them", "I was wrong to ..."),
    ],
)  # fmt: skip
def test_the_wording_keeps_what_it_can_and_nothing_the_coach_would_flag(
    text: str, wording: str
) -> None:
    result = analyze(text)
    if has_gap(wording):
        # A shape with a part to fill in is shown in the rewrite, never offered as words
        # to send as they are.
        assert result.rewrite is not None
        assert wording in result.rewrite
        assert result.wording is None
        return
    suggested = result.wording
    assert suggested is not None
    assert suggested.startswith(wording)
    assert _concerns(suggested) == []


@pytest.mark.parametrize(
    "text",
    [
        "You're way too sensitive. It was a JOKE.",
        "I'm sorry you feel that way, but you were also rude to me.",
        "I feel like you're the most selfish person I've ever dated.",
        "Whatever, I guess it's my fault as usual.",
    ],
)
def test_a_wording_with_a_gap_to_fill_is_never_offered_to_send(text: str) -> None:
    result = analyze(text)
    assert result.rewrite is not None
    assert "[" in result.rewrite or "..." in result.rewrite
    assert result.wording is None


def test_a_partial_apology_is_offered_the_repair_not_a_promise_with_a_gap() -> None:
    result = analyze("I'm sorry I yelled at you.")
    assert result.rewrite is not None
    assert "Next time I will ..." in result.rewrite  # the advice names both ways
    assert result.wording == "I'm sorry I yelled at you. What can I do to make this right?"


def test_the_coach_does_not_call_its_own_i_statement_blame() -> None:
    said = "When you didn't listen at dinner, I felt lonely, because I'd been waiting all day."
    assert _concerns(said) == []
    # Outside the I-statement the same words are still a charge.
    assert "blame" in _concerns("You didn't listen at dinner. I felt lonely.")
