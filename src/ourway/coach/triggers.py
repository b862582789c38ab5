"""Which rule branches could match a message, read from its words before any regex runs.

Each branch of each rule gets a set of *trigger keys*: the first (up to) four letters of
words that any match of the branch must contain, found by reading the branch's parse tree.
A message's words are looked up in one dict, and only branches with a trigger among them
(plus the few with no trigger at all) are run.

Why hand-written, when RE2 has a prefilter of its own (FilteredRE2): its literal "atoms"
are matched by one more RE2 Set over the text, a DFA whose states keep being built on
new messages (we measured 20-30 us per unseen message, and a combined Set of every rule
never settles: 100-400 us). A dict look-up per word costs the same on the millionth new
message as on the first.

The analysis is conservative: when in doubt a branch gets no trigger and always runs, so
skipping a branch can never change a result (tests/coach/test_triggers.py checks it).
"""

from __future__ import annotations

import re
import re._constants as C  # noqa: N812 - the parser's own names
import re._parser as sre_parse
from collections.abc import Callable, Iterable

_MAX_DEPTH = 8  # nested groups and optional parts followed before giving up on keys
KEY = 4  # trigger keys are word prefixes of at most this many characters

_WORD = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
# Bytes that are not RE2 word characters become spaces, so splitting gives RE2's words.
_SPLIT = bytes(c if c in _WORD else 32 for c in range(256))

Keys = frozenset[str]
DIGIT = "#d"  # the key of "the message has a digit"
NON_ASCII = "#u"  # the key of "the message has a non-ASCII character" (emoji, accents)
_RE2_HEX = re.compile(r"\\x\{([0-9a-fA-F]+)\}")


def words(b: bytes) -> list[bytes]:
    """The text's words as RE2 sees them: runs of [a-z0-9_] (the text is lowercased)."""
    return b.translate(_SPLIT).split()


def _is_word(code: int) -> bool:
    return code < 128 and chr(code).lower().encode()[0] in _WORD


def _never_word(op: object, av: object) -> bool:
    """Whether this single-character item can only match a non-word character."""
    if op is C.LITERAL:
        return not _is_word(av)  # type: ignore[arg-type]
    if op is C.CATEGORY:
        return av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_NOT_DIGIT) and (
            av is not C.CATEGORY_NOT_DIGIT
        )
    if op is C.IN:
        items = list(av)  # type: ignore[call-overload]
        if items and items[0][0] is C.NEGATE:
            return False
        return all(_never_word(o, a) for o, a in items)
    return False


def _non_ascii(op: object, av: object) -> bool:
    """Whether this single-character item can only match a non-ASCII character."""
    if op is C.LITERAL:
        return av >= 128  # type: ignore[operator]
    if op is C.IN:
        items = list(av)  # type: ignore[call-overload]
        return bool(items) and all(
            (o is C.LITERAL and a >= 128) or (o is C.RANGE and a[0] >= 128) for o, a in items
        )
    return False


def _closes(item: tuple[object, object] | None) -> bool:
    """Whether this item can only start with a word end (so a word before it is whole)."""
    if item is None:
        return False
    op, av = item
    if op is C.AT:
        return av in (C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        return bool(low >= 1 and body and _closes(list(body)[0]))
    return _never_word(op, av)


class _Seq:
    """Walks one parsed sequence, collecting key sets that every match must contain.

    A key "=word" means a whole word; a key "wor" means a word starting with those letters.
    """

    def __init__(self, cost: Callable[[Keys], float], depth: int = 0) -> None:
        self.cost = cost
        self.depth = depth
        self.options: list[Keys] = []
        self.fragment: list[str] | None = None  # letters of a word that began at a boundary
        self.boundary = False  # the next character, if a word character, starts a word

    def _end_fragment(self, closed: bool) -> None:
        if self.fragment:
            word = "".join(self.fragment)
            self.options.append(frozenset({"=" + word if closed else word[:KEY]}))
        self.fragment = None

    def walk(self, items: list[tuple[object, object]], boundary: bool, closed: bool) -> bool:
        """Read items; returns whether the sequence ends right after a non-word char.

        `closed`: what follows the sequence can only start with a word end.
        """
        self.boundary = boundary
        for i, (op, av) in enumerate(items):
            after = items[i + 1] if i + 1 < len(items) else None
            closes_after = _closes(after) if after is not None else closed
            if op is C.LITERAL and _is_word(av):  # type: ignore[arg-type]
                char = chr(av).lower()  # type: ignore[arg-type]
                if self.fragment is not None:
                    self.fragment.append(char)
                elif self.boundary:
                    self.fragment = [char]
                self.boundary = False
                continue
            self._end_fragment(_closes((op, av)))
            if _non_ascii(op, av):
                self.options.append(frozenset({NON_ASCII}))
            elif op is C.IN and list(av) == [(C.CATEGORY, C.CATEGORY_DIGIT)]:  # type: ignore[call-overload]
                self.options.append(frozenset({DIGIT}))
            if op is C.AT:
                self.boundary = av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING)
            elif op in (C.LITERAL, C.IN, C.CATEGORY, C.ANY, C.NOT_LITERAL):
                self.boundary = _never_word(op, av)
            elif op is C.SUBPATTERN:
                self._group([list(av[-1])], self.boundary, closes_after)  # type: ignore[index]
            elif op is C.BRANCH:
                self._group([list(a) for a in av[1]], self.boundary, closes_after)  # type: ignore[index]
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[:2] == (0, 1) \
                    and self.depth < _MAX_DEPTH:  # type: ignore[index]  # fmt: skip
                # "x?rest" is "x rest | rest": keys from both readings, so "(?:dis)?respect"
                # still needs a word starting "disr" or "resp".
                rest = items[i + 1 :]
                self._group([[*av[2], *rest], rest], self.boundary, closed)  # type: ignore[index]
                self.fragment = None
                return self.boundary
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                low, _high, body = av  # type: ignore[misc]
                body = list(body)
                before = self.boundary
                ends_nonword = _Seq(self.cost).walk(body, False, False)
                if low >= 1:
                    # The body's first copy starts where we are.
                    first = _Seq(self.cost)
                    first.walk(body, before, False)
                    best = first.best()
                    if best is not None:
                        self.options.append(best)
                    self.boundary = ends_nonword
                else:
                    self.boundary = before and ends_nonword
            else:
                self.boundary = False  # lookarounds, backrefs...: assume nothing
        ends = self.fragment is None and self.boundary
        self._end_fragment(closed)
        return ends

    def _group(self, alternatives: list[list[tuple[object, object]]], boundary: bool,
               closed: bool) -> None:  # fmt: skip
        """A group of alternatives: its keys are the union of each alternative's best."""
        union: set[str] = set()
        ends_nonword = True
        complete = True
        for alternative in alternatives:
            inner = _Seq(self.cost, self.depth + 1)
            ends_nonword &= inner.walk(alternative, boundary, closed)
            best = inner.best()
            if best is None:
                complete = False
            else:
                union |= best
        if complete and union:
            self.options.append(frozenset(union))
        self.boundary = ends_nonword

    def best(self) -> Keys | None:
        return min(self.options, key=self.cost) if self.options else None


def trigger_keys(pattern: str, cost: Callable[[Keys], float]) -> list[Keys]:
    """Sets of keys, each of which a match of `pattern` must hit (a word with that key).

    Read as an AND of ORs: every set must have a key among the message's words. Sorted
    by `cost` (how often the keys occur in ordinary messages), cheapest first, so the
    first set makes the most selective index. Empty: no trigger, the pattern always runs.
    """
    # RE2 writes code points as \x{1F644}; Python's parser wants \U0001F644.
    pattern = _RE2_HEX.sub(lambda m: f"\\U{int(m.group(1), 16):08x}", pattern)
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - an RE2-only construct: no trigger, always run
        return []
    seq = _Seq(cost)
    seq.walk(list(parsed), False, False)
    return sorted(set(seq.options), key=lambda keys: (cost(keys), sorted(keys)))


# Words so common that a trigger on them barely filters anything.
_COMMON = frozenset(
    "a about after again all am an and any are as at be because been but by can could did "
    "do does don dont for from get go going got had has have he her him his how i if im in "
    "is it its just know like make me more my no not now of oh ok okay on one or our out re "
    "really s said say she so some t that the them then there they this time to u up us ve "
    "want was we were what when why will with would you your ur ll d m".split()
)
_PREFIX_COST = {1: 400.0, 2: 120.0, 3: 30.0}


def key_cost(keys: Keys) -> float:
    """How often a set of keys is expected to fire on an ordinary message (lower: rarer)."""
    total = 0.0
    for key in keys:
        if key == DIGIT:
            total += 100.0
        elif key == NON_ASCII:
            total += 200.0
        elif key.startswith("="):
            total += 60.0 if key[1:] in _COMMON else 1.0
        else:
            total += _PREFIX_COST.get(len(key), 3.0)
    return total


def message_keys(
    toks: Iterable[bytes],
    lengths: Iterable[int] = range(1, KEY + 1),
    non_ascii: bool = False,
    digit: bool = False,
) -> set[bytes]:
    """Every key a message's words can trigger: each whole word ("=word"), and its
    prefixes of the given lengths (only the lengths some trigger uses need building)."""
    unique = set(toks)
    out = {b"=" + tok for tok in unique}
    if non_ascii:
        out.add(NON_ASCII.encode())
    if digit:
        out.add(DIGIT.encode())
    for k in lengths:
        out.update({tok[:k] for tok in unique if len(tok) >= k})
    return out
