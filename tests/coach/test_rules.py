"""Every rule carries its provenance and examples, and every example behaves."""

from __future__ import annotations

import pytest
import re2

from ourway.coach import analyze
from ourway.coach.result import RESULT_KEYS
from ourway.coach.rulebase import words
from ourway.coach.rules import ALL_RULES

RULE_IDS = [rule.id for rule in ALL_RULES]


def _rule_ids(text: str, reply_to: str | None) -> set[str]:
    return {f.rule for f in analyze(text, reply_to=reply_to).findings}


def test_rule_ids_are_unique() -> None:
    assert len(RULE_IDS) == len(set(RULE_IDS))


@pytest.mark.parametrize("rule", ALL_RULES, ids=RULE_IDS)
def test_each_rule_has_examples_and_provenance(rule) -> None:
    assert rule.should_flag, f"{rule.id} has no should_flag examples"
    assert rule.should_pass, f"{rule.id} has no should_pass examples"
    assert rule.provenance.strip()
    assert rule.message.strip()
    assert rule.suggestion.strip()
    assert rule.label.split(":")[0] in RESULT_KEYS or rule.label.startswith("apology_parts")


@pytest.mark.parametrize("rule", ALL_RULES, ids=RULE_IDS)
def test_each_rule_compiles_in_re2(rule) -> None:
    assert re2.compile(rule.regex) is not None


@pytest.mark.parametrize("rule", ALL_RULES, ids=RULE_IDS)
def test_should_flag_examples_flag(rule) -> None:
    reply_to = "Look at that sunset!" if rule.reply_only else None
    for example in rule.should_flag:
        assert rule.id in _rule_ids(example, reply_to), f"{rule.id} missed: {example!r}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=RULE_IDS)
def test_should_pass_examples_pass(rule) -> None:
    reply_to = "Look at that sunset!" if rule.reply_only else None
    for example in rule.should_pass:
        assert rule.id not in _rule_ids(example, reply_to), f"{rule.id} flagged: {example!r}"


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("about you[.!,]", "it's all about you. again", True),  # marks end it: no word edge
        ("about you[.!,]", "it's all about you, isn't it", True),
        ("about you[.!,]", "it's all about your mum", False),
        ("about you", "it's all about your mum", False),  # a word ends it: a word edge
        ("about you", "it's all about you", True),
    ],
)
def test_a_phrase_ends_at_a_word_edge_unless_it_ends_in_marks(
    phrase: str, text: str, found: bool
) -> None:
    assert (re2.search(words(phrase), text) is not None) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("you're overreacting", True),  # " ?" makes the space optional...
        ("you're over reacting", True),
        ("you're over\n reacting", True),  # ... and any run of whitespace may stand for it
        ("you're overacting", False),
    ],
)
def test_an_optional_space_in_a_phrase_may_be_left_out(text: str, found: bool) -> None:
    assert (re2.search(words("you're over ?reacting"), text) is not None) is found
