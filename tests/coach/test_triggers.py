"""The trigger index never skips a rule branch that matches: results stay what running
every branch would give, whatever the rules' patterns are."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from ourway.coach import engine
from ourway.coach.rules import ALL_RULES
from ourway.coach.text import prepare
from ourway.coach.triggers import DIGIT, FIRST, NON_ASCII, message_keys, trigger_clauses, words

CORPUS = Path(__file__).parent / "corpus"


def _texts() -> list[str]:
    texts = [
        str(json.loads(line).get(field, ""))
        for path in sorted(CORPUS.glob("*.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
        for field in ("text", "bid")
    ]
    texts += [ex for rule in ALL_RULES for ex in (*rule.should_flag, *rule.should_pass)]
    return [t for t in texts if t]


def _variants(text: str, rng: random.Random) -> list[str]:
    """The same words with other spacing, punctuation, case and emoji around them."""
    spaced = text.replace(" ", rng.choice(["  ", " \n", ", ", "... ", "\t"]))
    return [
        spaced,
        text.upper(),
        f"\U0001f644 {text} \u2764\ufe0f",
        text.replace("'", "\u2019").replace(" ", " - "),
        f"ok. {text}? 12:30",
    ]


def _matching(b: bytes, reply: bool) -> set[int]:
    size = len(b)
    return {
        number
        for number, program in enumerate(engine._PROGRAMS)
        if (reply or not ALL_RULES[engine._OWNER[number]].reply_only)
        and program.Match(engine._UNANCHORED, b, 0, size)[0][0] >= 0
    }


def test_no_matching_branch_is_ever_skipped() -> None:
    rng = random.Random(7)
    texts = _texts()
    texts += [v for t in rng.sample(texts, 300) for v in _variants(t, rng)]
    missed = []
    for text in texts:
        doc = prepare(text)
        for reply in (False, True):
            skipped = _matching(doc.b, reply) - set(engine.candidates(doc, reply=reply))
            missed += [(text, engine._PATTERNS[n][:80]) for n in skipped]
    assert not missed, missed[:5]


def test_the_index_is_selective() -> None:
    """About six branches of ~300 run per corpus message (this guards the speed only)."""
    texts = _texts()
    average = sum(len(engine.candidates(prepare(t), reply=False)) for t in texts) / len(texts)
    assert average < 12


@pytest.mark.parametrize(
    ("pattern", "clause"),
    [
        (r"\bbehind my back\b", {(b"behind", b"my"), (b"my", b"back")}),
        (r"\b(?:you|u) (?:always|never)\b", {(b"you", b"always"), (b"u", b"always")}),
        (r"^\W*whatever\b", {(FIRST, b"whatever")}),
        (r"\bapolog\w*", {(4, b"apol")}),
        (r"\bat \d", {DIGIT}),
        (r"\x{1F644}", {NON_ASCII}),
    ],
)
def test_keys_say_what_every_match_contains(pattern: str, clause: set[object]) -> None:
    clauses = trigger_clauses(pattern)
    assert any(set(c) <= clause or c & clause for c in clauses), clauses


@pytest.mark.parametrize(
    "pattern",
    [r".*", r"(?:you)?", r"\w+", r"(?i)you", r"[[:alpha:]]+", r"a{,3}", r"(a)\1"],
)
def test_what_it_cannot_read_gets_no_keys(pattern: str) -> None:
    assert trigger_clauses(pattern) == []


def test_a_message_has_the_keys_it_shows() -> None:
    b = prepare("Whatever. You NEVER listen, apologise at 9 \U0001f644").b
    keys = message_keys(b, words(b), ascii_only=False)
    assert {b"whatever", (FIRST, b"whatever"), (b"never", b"listen"), b"apol"} <= keys
    assert {DIGIT, NON_ASCII} <= keys
