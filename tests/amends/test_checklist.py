"""The checklist and hints are plain functions over the coach: no database needed."""

import pytest

from ourway.amends.checklist import WEIGHTS, change_sentence, read
from ourway.amends.hints import apology_hints, pattern_hints

FULL = (
    "I'm so sorry about last night. I was wrong to shout at you. "
    "Let me make it up to you. From now on I will take a break before I answer."
)


def test_a_full_apology_ticks_every_part_and_fills_the_meter():
    reading = read(FULL)
    assert reading.verdict == "complete"
    assert set(reading.covered) == {"remorse", "responsibility", "amends", "change"}
    assert reading.score == 100


def test_responsibility_and_an_offer_of_repair_weigh_most():
    ordered = sorted(WEIGHTS, key=WEIGHTS.get, reverse=True)
    assert ordered[:2] == ["responsibility", "amends"]
    assert sum(WEIGHTS.values()) == 100


def test_an_empty_draft_covers_nothing():
    reading = read("   ")
    assert reading.score == 0
    assert reading.covered == []


def test_a_written_promise_counts_as_the_change_part():
    without = read("I'm sorry I was late. It was my fault.")
    with_promise = read(
        "I'm sorry I was late. It was my fault.", "I will leave ten minutes earlier."
    )
    assert "change" not in without.covered
    assert "change" in with_promise.covered


def test_a_non_apology_covers_nothing_even_with_a_promise():
    reading = read("I'm sorry you feel that way.", "I will try.")
    assert reading.verdict == "non_apology"
    assert reading.covered == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'm sorry you feel that way.", "feelings"),
        ("I'm sorry, but you were yelling too.", "“but”"),
        ("Fine, sorry. Can we just move on?", "move on"),
        ("I'm sorry if I hurt you.", "“Sorry if…”"),
    ],
)
def test_each_bad_pattern_gets_its_own_plain_hint(text, words):
    hints = pattern_hints(text)
    assert len(hints) == 1
    assert words in hints[0]


def test_curly_apostrophes_and_extra_spaces_do_not_hide_a_pattern():
    assert pattern_hints("I’m   SORRY   you feel that way")


def test_a_kind_apology_gets_no_pattern_hint():
    assert pattern_hints(FULL) == []


def test_a_missing_responsibility_is_pointed_out_before_anything_else():
    result = {"apology": "partial", "apology_parts": ["remorse"]}
    hints = apology_hints(result, "I'm sorry.")
    assert len(hints) == 1
    assert "own what you did" in hints[0]


def test_once_responsibility_is_there_the_offer_of_repair_comes_next():
    result = {"apology": "partial", "apology_parts": ["remorse", "responsibility"]}
    hints = apology_hints(result, "I'm sorry, it was my fault.")
    assert "make this right" in hints[0]


def test_the_sentence_holding_a_promise_of_change_becomes_the_commitment():
    assert change_sentence(FULL) == "From now on I will take a break before I answer."
    assert change_sentence("I'm sorry I was late.") == ""
