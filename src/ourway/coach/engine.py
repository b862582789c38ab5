"""Matching: a word index picks the rule branches that can match, then RE2 locates them.

Each rule's pattern is split into branches (rulebase.branches), each its own small RE2
program. Every RE2 call costs about 2 us on a short text, found or not, so a branch only
runs when the message has its trigger words (triggers.py: whole words, adjacent word
pairs, the first word, word starts), looked up in one dict per message. The trigger
analysis is conservative: a branch that could match is never skipped, so the results are
what running every branch would give.

Cost is linear in the text: the words are split once, each candidate branch is one RE2
pass (plus one per further match), and the guards look at a bounded window around each
hit. Hits per rule are capped so adversarial input ("you always you always ...") cannot
blow up the output.
"""

from __future__ import annotations

from functools import reduce
from operator import or_
from typing import Any, NamedTuple

import re2
from re2 import _re2

from ourway.coach.rulebase import (
    NEGATED,
    OPENING,
    PLAYFUL,
    POSITIVE,
    QUESTION,
    QUOTED,
    Rule,
    branches,
)
from ourway.coach.rules import ALL_RULES
from ourway.coach.text import Doc, Needles, prepare, tail
from ourway.coach.triggers import HEADS, Key, message_pairs, trigger_clauses, words

MAX_HITS_PER_RULE = 2  # kept per rule and window; more adds nothing for the writer
MAX_TRIES_PER_RULE = 64  # matches examined per rule and window, kept or not

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 8 << 20
BRANCH_BUDGET = 8  # a rule's pattern is split into at most this many branches


class Hit(NamedTuple):
    rule: Rule
    start: int  # byte offsets into Doc.b
    end: int


_WORD_CACHE_LIMIT = 50_000  # distinct words whose trigger entries are kept


class _Words(dict[bytes, tuple[frozenset[int], int]]):
    """Per distinct word: the branches its keys (the word, its first 3 and 4 letters)
    start, and the clause bits they satisfy. Filled on first sight, like the model's
    per-word weights, so a message costs one C-level look-up per word."""

    def __init__(self, starts: dict[Key, frozenset[int]], bits: dict[Key, int]) -> None:
        super().__init__()
        self.starts = starts
        self.bits = bits

    def __missing__(self, word: bytes) -> tuple[frozenset[int], int]:
        keys = [k for k in {word, word[:3], word[:4]} if k in self.bits]
        entry = (
            frozenset().union(*(self.starts[k] for k in keys)),
            reduce(or_, (self.bits[k] for k in keys), 0),
        )
        if len(self) >= _WORD_CACHE_LIMIT:
            self.clear()
        self[word] = entry
        return entry


class _Index(NamedTuple):
    """Which branches to run for a message's keys (one index for replies, one without)."""

    always: frozenset[int]  # branches with no trigger: they run on every message
    starts: dict[Key, frozenset[int]]  # key -> branches indexed under it
    bits: dict[Key, int]  # key -> the bits of the other clauses it satisfies
    pairs: frozenset[Key]  # the keys that are two words, the first word, or a flag
    words: _Words  # per word: its keys' branches and bits
    needs: tuple[int, ...]  # per branch: the bits of its other clauses, all required


def _flat(clause: frozenset[Key]) -> frozenset[Key]:
    """Word starts as plain bytes, the way message_keys gives them."""
    return frozenset(k[1] if isinstance(k, tuple) and k[0] in HEADS else k for k in clause)


def _compile() -> tuple[list[Any], list[int], list[str]]:
    """Every branch of every rule as its own RE2 program (and its owner and pattern)."""
    programs: list[Any] = []
    owner: list[int] = []
    patterns: list[str] = []
    for index, rule in enumerate(ALL_RULES):
        for branch in branches(rule.regex, BRANCH_BUDGET):
            # The raw RE2 object: calling it directly skips the wrapper's generator and
            # match objects, which cost more than the search itself on a short message.
            try:
                programs.append(re2.compile(branch, _OPTIONS)._regexp)
            except re2.error as error:
                raise ValueError(f"{rule.id}: RE2 rejects {branch!r}") from error
            owner.append(index)
            patterns.append(branch)
    return programs, owner, patterns


def _build_indexes() -> list[_Index]:
    """The trigger indexes (without and with reply-only rules), from each branch's keys."""
    clauses_of = [[_flat(clause) for clause in trigger_clauses(p)] for p in _PATTERNS]
    bit: dict[frozenset[Key], int] = {}
    for clauses in clauses_of:
        for clause in clauses[1:]:
            bit.setdefault(clause, 1 << len(bit))

    def build(reply: bool) -> _Index:
        always: set[int] = set()
        starts: dict[Key, set[int]] = {}
        bits: dict[Key, int] = {}
        needs: list[int] = []
        for number, clauses in enumerate(clauses_of):
            need = 0
            for clause in clauses[1:]:
                need |= bit[clause]
                for key in clause:
                    bits[key] = bits.get(key, 0) | bit[clause]
            needs.append(need)
            if ALL_RULES[_OWNER[number]].reply_only and not reply:
                continue
            if not clauses:
                always.add(number)
            for key in clauses[0] if clauses else ():
                starts.setdefault(key, set()).add(number)
        keys = frozenset({*starts, *bits})
        starts_of = {key: frozenset(starts.get(key, ())) for key in keys}
        bits_of = {key: bits.get(key, 0) for key in keys}
        return _Index(
            frozenset(always),
            starts_of,
            bits_of,
            frozenset(k for k in keys if not isinstance(k, bytes)),
            _Words(starts_of, bits_of),
            tuple(needs),
        )

    return [build(False), build(True)]


_PROGRAMS, _OWNER, _PATTERNS = _compile()
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
# Built on first use (about half a second: Python reads every pattern), not at import.
_INDEXES: list[_Index] = []


def _indexes() -> list[_Index]:
    if not _INDEXES:
        _INDEXES[:] = _build_indexes()
    return _INDEXES


_POSITIVE_WORDS = (
    b"laugh",
    b"smile",
    b"happy",
    b"love",
    b"special",
    b"safe",
    b"feel better",
    b"me better",
    b"best",
    b"amazing",
    b"amaze",
    b"great",
    b"wonderful",
    b"beautiful",
    b"kind",
    b"sweet",
    b"thoughtful",
    b"proud",
    b"perfect",
    b"lucky",
    b"grateful",
    b"thank",
    b"brighten",
    b"cheer",
    b"cute",
    b"funny",
    b"know how to",
    b"know exactly",
    b"fail to",
    b"impress",
    b"surprise",
    b"good",
    b"support",
    b"helpful",
    b"patient",
    b"caring",
    b"generous",
    b"there for me",
    b"\xe2\x9d\xa4",  # heart
    b"\xf0\x9f\x98\x8d",
    b"\xf0\x9f\xa5\xb0",
    b"\xf0\x9f\xa5\xb9",  # face holding back tears
    b"\xe2\x98\xba",  # smiling face
    b"smell like home",
)
_NEGATIVE_WORDS: tuple[bytes, ...] = (
    b"hate", b"sick", b"mad", b"sad", b"cry", b"miserable", b"terrible", b"worse", b"bad",
    b"disappoint", b"angry", b"late ", b"forget", b"ruin", b"never help",
)  # fmt: skip
_PLAYFUL_MARKS = (
    b"\xf0\x9f\x98\x89",  # winking face
    b"\xf0\x9f\x98\x98",  # face blowing a kiss
    b"\xe2\x9d\xa4",  # heart
    b"\xf0\x9f\x98\x8a",  # smiling face
    b"\xf0\x9f\x98\x82",  # tears of joy
    b"\xf0\x9f\xa5\xb3",  # party face
    b"\xf0\x9f\x8e\x89",  # party popper
    b"lol",
    b"haha",
    b"surprise",
    b"good news",
    b"exciting",
    b"jk",
    b"\xf0\x9f\x98\x8d",  # heart eyes
    b"\xf0\x9f\x94\xa5",  # fire
    b"\xf0\x9f\x99\x88",  # see-no-evil monkey
    b"\xf0\x9f\xa5\xb0",  # smiling face with hearts
    b"how good",
)


_POSITIVE = Needles(_POSITIVE_WORDS)
_NEGATIVE = Needles(_NEGATIVE_WORDS)
_PLAYFUL = Needles(_PLAYFUL_MARKS)


def _positive(doc: Doc, end: int) -> bool:
    """The clause goes on to praise ("you always make me laugh"), or thanks follow it."""
    rest = tail(doc, end, 60)
    if _POSITIVE.within(rest) and not _NEGATIVE.within(rest):
        return True
    after = doc.b[end : end + 160]
    return b"thank you for" in after or b"thanks for" in after


def is_warm(doc: Doc) -> bool:
    """Praise or thanks and nothing negative anywhere in the (first part of the) message."""
    head = doc.b[:2000]
    return _POSITIVE.within(head) and not _NEGATIVE.within(head)


def _opening(doc: Doc, start: int) -> bool:
    """A hit opens the message: first sentence, or after a very short greeting."""
    if doc.sentence_start(start, start) == 0:
        return True  # no sentence end before it
    return len(doc.b[:start].split()) <= 3


def _allowed(rule: Rule, doc: Doc, start: int, end: int) -> bool:
    skip = rule.skip
    if rule.where == OPENING and not _opening(doc, start):
        return False
    if NEGATED in skip and doc.negated(start):
        return False
    if QUOTED in skip and doc.quoted(start):
        return False
    if QUESTION in skip and doc.is_question(start, end):
        return False
    if POSITIVE in skip and _positive(doc, end):
        return False
    if PLAYFUL in skip:
        left, right = doc.sentence_bounds(start, end, 400)
        if _PLAYFUL.within(doc.b[left : right + 60]):
            return False
    return rule.check is None or rule.check(doc, start, end)


def candidates(doc: Doc, *, reply: bool) -> list[int]:
    """The branches whose trigger clauses all hold in the message, in rule order."""
    toks = doc.word_list
    if toks is None:
        toks = doc.word_list = words(doc.b)
    index = (_INDEXES or _indexes())[reply]
    # C-level loops: one Python operation per step, not per word or key.
    entries = list(map(index.words.__getitem__, toks))
    chosen = index.always.union(*(e[0] for e in entries))
    held = reduce(or_, (e[1] for e in entries), 0)
    others = message_pairs(doc.b, toks, doc.ascii) & index.pairs
    if others:
        chosen = chosen.union(*map(index.starts.__getitem__, others))
        held = reduce(or_, map(index.bits.__getitem__, others), held)
    needs = index.needs
    return sorted(n for n in chosen if needs[n] & held == needs[n])


def find_hits(doc: Doc, *, reply: bool) -> list[Hit]:
    """Every rule hit that survives its guards, in rule order."""
    b = doc.b
    size = len(b)
    # First match of each candidate branch, grouped by rule (branches are in rule order).
    found: list[tuple[int, list[tuple[int, int, int]]]] = []
    for number in candidates(doc, reply=reply):
        start, end = _PROGRAMS[number].Match(_UNANCHORED, b, 0, size)[0]
        if start < 0:
            continue
        index = _OWNER[number]
        if not found or found[-1][0] != index:
            found.append((index, []))
        found[-1][1].append((number, start, end))
    hits: list[Hit] = []
    for index, firsts in found:
        rule = ALL_RULES[index]
        spans: list[tuple[int, int]] = []
        # The rule's tries are shared by its matching branches (at least 4 each), so
        # splitting a rule into branches does not multiply the work on a long text.
        cap = max(4, MAX_TRIES_PER_RULE // len(firsts))
        for number, start, end in firsts:
            search = _PROGRAMS[number].Match
            tried = 1
            while True:
                if end > start:
                    spans.append((start, -end))
                pos = end if end > start else end + 1
                if pos > size or tried >= cap:
                    break
                start, end = search(_UNANCHORED, b, pos, size)[0]
                if start < 0:
                    break
                tried += 1
        kept = 0
        last_end = -1
        for start, negative_end in sorted(spans):
            end = -negative_end
            if start < last_end:
                continue  # overlaps a span already kept for this rule
            if _allowed(rule, doc, start, end):
                hits.append(Hit(rule, start, end))
                last_end = end
                kept += 1
                if kept >= MAX_HITS_PER_RULE:
                    break
    return hits


def warm(texts: list[str] | None = None) -> None:
    """Run the rules over their own examples once, so RE2 builds its DFA states up front.

    A long-running process (the web app, `analyze --jsonl`) pays this once; the first
    messages afterwards are then as fast as the rest.
    """
    samples = texts or [ex for rule in ALL_RULES for ex in (*rule.should_flag, *rule.should_pass)]
    for text in samples:
        find_hits(prepare(text), reply=True)
