"""Matching: one FilteredRE2 call finds the rule branches that match, then each is located.

Each rule's pattern is split into branches (rulebase.branches), each a small RE2 program.
RE2's prefilter reads the literal words ("atoms") every match of a branch must contain;
one call per message matches all atoms at once and runs only the branches whose atoms
occur, in C++, returning the branches that really match (about 1.6 per message on the
corpus). Only those are located from Python.

Cost is linear in the text: the atom Set is a single DFA pass, each matching branch is
one more RE2 pass per match, and the guards look at a bounded window around each hit.
Hits per rule are capped so adversarial input ("you always you always ...") cannot blow
up the output.
"""

from __future__ import annotations

from functools import partial
from heapq import heapify, heappop, heapreplace
from typing import Any, NamedTuple

import re2
from re2 import _re2

from ourway.coach.rulebase import (
    FRAMED,
    NEGATED,
    OPENING,
    PLAYFUL,
    PLAYFUL_MARKS,
    POSITIVE,
    QUESTION,
    QUOTED,
    Rule,
    branches,
)
from ourway.coach.rules import ALL_RULES
from ourway.coach.text import Doc, Needles, prepare, tail

MAX_HITS_PER_RULE = 2  # kept per rule and window; more adds nothing for the writer
MAX_TRIES_PER_RULE = 64  # matches examined per rule and window, kept or not

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 8 << 20
BRANCH_BUDGET = 8  # a rule's pattern is split into at most this many branches


class Hit(NamedTuple):
    rule: Rule
    start: int  # byte offsets into Doc.b
    end: int


def _compile() -> tuple[list[Any], list[int], list[str]]:
    """Each branch of every rule as its own RE2 program, its rule's index and its text."""
    programs: list[Any] = []
    owner: list[int] = []
    patterns: list[str] = []
    for index, rule in enumerate(ALL_RULES):
        for branch in branches(rule.regex, BRANCH_BUDGET):
            try:
                # The raw RE2 object: calling it directly skips the wrapper's generator
                # and match objects, which cost more than a search on a short message.
                programs.append(re2.compile(branch, _OPTIONS)._regexp)
            except re2.error as error:
                raise ValueError(f"{rule.id}: RE2 rejects {branch!r}") from error
            owner.append(index)
            patterns.append(branch)
    return programs, owner, patterns


def _prefilter(numbers: list[int]) -> tuple[Any, tuple[int, ...]]:
    """One FilteredRE2 over the given branches, and its ids' branch numbers.

    `Filter.Compile` puts all atoms in one literal-only RE2 Set. Matching a message is
    then a single call: the atom Set runs once over the text, and only the branches whose
    atoms occur are run (in C++), so a new message no longer builds DFA states for one
    giant combined program. A word index in Python that picks the branches to run, even
    one that runs only 4.6 of the 302 per message, costs more than this single call
    (measured on the corpus: 114 vs 59 thousand instructions per message, 196 vs 136 on
    text the process has not seen).
    """
    prefilter = _re2.Filter()
    for number in numbers:
        if prefilter.Add(_PATTERNS[number].encode(), _OPTIONS) < 0:
            raise ValueError(f"RE2 rejects {_PATTERNS[number]!r}")
    prefilter.Compile()
    return prefilter, tuple(numbers)


_PROGRAMS, _OWNER, _PATTERNS = _compile()
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
# Two prefilters: a message that answers no bid skips the reply-only rules' branches.
_FILTERS = (
    _prefilter([n for n, index in enumerate(_OWNER) if not ALL_RULES[index].reply_only]),
    _prefilter(list(range(len(_PROGRAMS)))),
)

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
    b"know what to say",
    b"know what i need",
    b"know just what",
    b"fail to",
    b"impress",
    b"surpris",
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
    b"favourite",
    b"favorite",
    b"means a lot",
    b"meant a lot",
    b"mean a lot",
    b"means the world",
    b"adore",
    b"made you a ",
    b"got you a ",
    b"tell me everything",
)
_NEGATIVE_WORDS: tuple[bytes, ...] = (
    b"hate", b"sick", b"mad", b"sad", b"cry", b"miserable", b"terrible", b"worse", b"bad",
    b"disappoint", b"angry", b"late ", b"you forget", b"u forget", b"always forget", b"forgets",
    b"forgetting", b"forgot", b"'forget", b"ruin", b"never help",
    b"laugh at", b"laughs at", b"laughed at", b"laughing at",  # mockery, not praise
    b"upset", b"if you actually", b"if you really", b"if you cared", b"if you loved",
)  # fmt: skip


_POSITIVE = Needles(_POSITIVE_WORDS)
_NEGATIVE = Needles(_NEGATIVE_WORDS)
_CONTRAST = re2.compile(rb", (?:just|only|but|not|instead|never|unless|except)\b")


def _before_contrast(rest: bytes) -> bytes:
    """`rest` up to a contrast: "You never think about us, just about looking good in front
    of them" praises nothing."""
    turn = _CONTRAST.search(rest)
    return rest if turn is None else rest[: turn.start()]


def _positive(doc: Doc, end: int) -> bool:
    """The clause goes on to praise ("you always make me laugh"), or thanks follow it."""
    rest = _before_contrast(tail(doc, end, 60))
    praise = _POSITIVE.find(rest)
    if praise >= 0:
        # The praise must come first: "you always make me laugh, even on the bad days".
        sour = _NEGATIVE.find(rest)
        if sour < 0 or praise < sour:
            return True
    after = doc.b[end : end + 160]
    return b"thank you for" in after or b"thanks for" in after


def _praise_follows(doc: Doc, end: int) -> bool:
    """Praise in the next sentence or two and nothing sour anywhere: "You always remember the
    little things. It's one of my favourite things about you." """
    after = _before_contrast(doc.b[end : end + 120])
    return _POSITIVE.within(after) and not _NEGATIVE.within(doc.b[:2000])


def is_playful(doc: Doc) -> bool:
    """Playful marks anywhere in (the first part of) the message: lol, a wink, a heart."""
    return PLAYFUL_MARKS.within(doc.b[:2000])


# Praise that is the jab: a warm word standing alone as its sentence ("Lovely.", "Very
# impressive.", "Brilliant. Cheers for that."), "funny how ...", "good luck with that".
# "Thanks a lot." Its warmth is no reason to hold an accusation back, nor to keep it as the
# warm part of a message (learned._gentle, rewrite._in_place).
_MOCK_PRAISE = re2.compile(
    rb"(?:^|[.!?]\s+)(?:(?:very|how|so|really|just|oh|wow|well|what an?)\s+)?(?:lovely|brilliant|"
    rb"impressive|great|perfect|wonderful|fantastic|amazing|nice|charming|classy|marvellous|"
    rb"super|fab|sweet|hardworking man|gentleman|hero)\s*[.!]"
    rb"|\bfunny how\b|\bgood luck with that\b|\b(?:cheers|thanks|thank you) (?:so much )?for that\b"
    rb"|\b(?:thanks|thank you) (?:a lot|for nothing|a bunch)\b|^\W*wah\b"
)


def mocks_praise(low: bytes) -> bool:
    """Praise in (lowercased) `low` that is the jab."""
    return _MOCK_PRAISE.search(low) is not None


def is_warm(doc: Doc) -> bool:
    """Praise or thanks and nothing negative anywhere in the (first part of the) message."""
    head = doc.b[:2000]
    return _POSITIVE.within(head) and not _NEGATIVE.within(head)


# "When you didn't listen at dinner, I felt lonely": the behaviour is the moment of an owned
# feeling, the shape the coach itself suggests; the label guide calls it no blame.
_WHEN_OPENS = re2.compile(rb"^\W*(?:and |but |so )?(?:when|whenever|every time|each time) ")
_FEELING_FOLLOWS = re2.compile(
    rb"^[^.!?;]{0,120}?,? i (?:feel|felt|get|got|end up feeling|start to feel|was left feeling) "
    rb"(?:so |really |a bit |quite |very )?([a-z']+)"
)
# "When you ignore me I feel like you don't care" is a thought about the partner, not a
# feeling (a faux I-feel: its own rules read it).
_NOT_A_FEELING = frozenset({b"like", b"that", b"as", b"you", b"u", b"it", b"this"})


def _framed(doc: Doc, start: int, end: int) -> bool:
    """The hit is the "when" part of "When you ..., I feel <a feeling>"."""
    left, right = doc.sentence_bounds(start, end, 200)
    if _WHEN_OPENS.match(doc.b[left:start]) is None:
        return False
    found = _FEELING_FOLLOWS.match(doc.b[end:right])
    return found is not None and found.group(1) not in _NOT_A_FEELING


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
    if POSITIVE in skip and (_positive(doc, end) or _praise_follows(doc, end)):
        return False
    if FRAMED in skip and _framed(doc, start, end):
        return False
    if PLAYFUL in skip:
        left, right = doc.sentence_bounds(start, end, 400)
        if PLAYFUL_MARKS.within(doc.b[left : right + 60]):
            return False
    return rule.check is None or rule.check(doc, start, end)


_new_hit = partial(tuple.__new__, Hit)  # Hit(rule, start, end) without Python-level __new__


def find_hits(doc: Doc, *, reply: bool) -> list[Hit]:
    """Every rule hit that survives its guards, in rule order."""
    b = doc.b
    size = len(b)
    programs = _PROGRAMS
    # The first match of each branch that matches, in rule order (branches are numbered
    # in rule order).
    prefilter, numbers = _FILTERS[reply]
    firsts: list[tuple[int, int, int]] = []
    for found in sorted(prefilter.Match(b, False) or ()):
        number = numbers[found]
        start, end = programs[number].Match(_UNANCHORED, b, 0, size)[0]
        firsts.append((number, start, end))
    hits: list[Hit] = []
    owner = _OWNER
    i = 0
    while i < len(firsts):
        index = owner[firsts[i][0]]
        j = i + 1
        while j < len(firsts) and owner[firsts[j][0]] == index:
            j += 1
        rule = ALL_RULES[index]
        # The rule's tries are shared by its matching branches (at least 4 each), so
        # splitting a rule into branches does not multiply the work on a long text.
        cap = max(4, MAX_TRIES_PER_RULE // (j - i))
        if j - i == 1:
            _locate_one(hits, rule, doc, programs[firsts[i][0]].Match, firsts[i], cap)
        else:
            _locate_many(hits, rule, doc, [programs[f[0]].Match for f in firsts[i:j]],
                         firsts[i:j], cap)  # fmt: skip
        i = j
    return hits


# Spans are examined in text order and searching stops once a rule has kept
# MAX_HITS_PER_RULE: on a long text most rules are done after a few matches instead of
# searching every branch to the end of the window. Same hits as collecting every span
# first: the kept ones are the first that survive their guards without overlapping.


def _locate_one(
    hits: list[Hit], rule: Rule, doc: Doc, search: Any, first: tuple[int, int, int], cap: int
) -> None:
    """Hits of a rule with one matching branch, in text order: _locate_many for a single
    branch, without the heap (most rules match one branch, and this is the hot path)."""
    b = doc.b
    size = len(b)
    _, start, end = first
    tried = 1
    kept = 0
    last_end = -1
    while True:
        if end > start and start >= last_end and _allowed(rule, doc, start, end):
            hits.append(_new_hit((rule, start, end)))
            last_end = end
            kept += 1
            if kept >= MAX_HITS_PER_RULE:
                return
        pos = end if end > start else end + 1
        if pos > size or tried >= cap:
            return
        start, end = search(_UNANCHORED, b, pos, size)[0]
        if start < 0:
            return
        tried += 1


def _locate_many(
    hits: list[Hit],
    rule: Rule,
    doc: Doc,
    searches: list[Any],
    firsts: list[tuple[int, int, int]],
    cap: int,
) -> None:
    """Hits of a rule with several matching branches: their matches merged in text order
    (by start, longest first), each branch searched again only once its span is used."""
    b = doc.b
    size = len(b)
    # (start, -end, branch, tries) per branch with a pending match
    heap = [(start, -end, k, 1) for k, (_, start, end) in enumerate(firsts)]
    heapify(heap)
    kept = 0
    last_end = -1
    while heap:
        start, negative_end, k, tried = heap[0]
        end = -negative_end
        if end > start and start >= last_end and _allowed(rule, doc, start, end):
            hits.append(_new_hit((rule, start, end)))
            last_end = end
            kept += 1
            if kept >= MAX_HITS_PER_RULE:
                return
        pos = end if end > start else end + 1
        if pos > size or tried >= cap:
            heappop(heap)
            continue
        start, end = searches[k](_UNANCHORED, b, pos, size)[0]
        if start < 0:
            heappop(heap)
        else:
            heapreplace(heap, (start, -end, k, tried + 1))


def warm(texts: list[str] | None = None) -> None:
    """Run the rules over their own examples once, so RE2 builds its DFA states up front.

    A long-running process (the web app, `analyze --jsonl`) pays this once; the first
    messages afterwards are then as fast as the rest.
    """
    samples = texts or [ex for rule in ALL_RULES for ex in (*rule.should_flag, *rule.should_pass)]
    for text in samples:
        find_hits(prepare(text), reply=True)
