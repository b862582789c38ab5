"""Which rule branches could match a message, read from its words before any regex runs.

Every RE2 call costs about 2 us here, whatever it finds, so the engine only runs the
branches whose *trigger keys* are all in the message. The keys of a branch are read from
its parse tree (Python's `re._parser`, which reads RE2's syntax for what rules use) and
say what every match must contain, as words the way RE2's `\\b` sees them (runs of
[a-z0-9_] in the lowercased text):

- a whole word (`b"always"`),
- two whole words next to each other (`(b"behind", b"my")`), which is what makes the
  index selective: "you ... like me" has common words, "like me" is rare,
- the first word of the message (`(b"^", b"whatever")`) for patterns anchored with ^,
- the first three or four letters of a word (`(4, b"apol")`) for "apolog\\w*"; the index
  keeps them as plain bytes, beside whole words (a 3- or 4-letter word key then also
  fires on longer words starting with it, which only costs a needless run),
- any non-ASCII character (`NON_ASCII`) for an emoji.

Keys form an AND of ORs (a list of clauses, each a set of keys of which the message must
have one). The analysis follows Russ Cox's trigram-index construction ("Regular
Expression Matching with a Trigram Index"), with words instead of trigrams: each node of
the pattern gets the exact set of strings it matches when that set is small, otherwise the
strings its matches must start and end with, plus the clauses found so far. It is
conservative: anything it does not understand gives no clause, so a branch can be run when
it could not match, but never skipped when it could (tests/coach/test_triggers.py checks
every corpus text and rule example against running all branches).
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as sre_parse
from functools import cache
from itertools import pairwise, product
from operator import itemgetter
from typing import Any, NamedTuple

Key = bytes | tuple[Any, ...]
Clause = frozenset[Key]

NON_ASCII: Key = (b"#", b"non-ascii")  # the message has a non-ASCII character
DIGIT: Key = (b"#", b"digit")  # the message has a digit
FIRST = b"^"  # (FIRST, word): the message's first word
HEADS = (3, 4)  # (n, letters): a word starting with these n letters

_LIMIT = 400  # strings kept in one exact/prefix/suffix set before trimming
_SEP = " "  # a character that is not a word character
_UNKNOWN = "\x00"  # a character that may or may not be a word character
_EDGE = "\x01"  # a word boundary (\b): no character, but words end here
_HIGH = "\x02"  # a non-ASCII character (also not a word character)
_DIGIT = "\x04"  # some digit (a word character)
_START, _END = "^", "$"  # the text's start and end
_CONTEXT = "\x03"  # whatever comes before/after a node that may match nothing
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_IN_WORDS = _WORD_CHARS | {_DIGIT}  # what a word of the pattern's strings is made of
_STOPS = frozenset((_SEP, _EDGE, _HIGH))  # what may sit between two adjacent words
_LEFT_EDGES = frozenset((_SEP, _EDGE, _HIGH, _START))  # a word starts right after these
_RIGHT_EDGES = frozenset((_SEP, _EDGE, _HIGH, _END))  # and ends right before these

# Bytes that are not RE2 word characters become spaces, so splitting gives RE2's words.
_SPLIT = bytes(c if chr(c) in _WORD_CHARS else 32 for c in range(256))
_NOT_DIGITS = bytes(c for c in range(256) if not chr(c).isdigit() or c >= 128)
_HEAD3 = itemgetter(slice(0, 3))
_HEAD4 = itemgetter(slice(0, 4))
_RE2_HEX = re.compile(r"\\x\{([0-9a-fA-F]+)\}")
_POSIX_CLASS = re.compile(r"\[:\^?[a-z]+:\]")


class _Unsupported(Exception):
    """A construct the analysis does not read; the branch gets no keys."""


def words(b: bytes) -> list[bytes]:
    """The text's words as RE2 sees them: runs of [a-z0-9_] (the text is lowercased)."""
    return b.translate(_SPLIT).split()


def message_pairs(b: bytes, toks: list[bytes], ascii_only: bool) -> set[Key]:
    """The message's keys that are not single words: adjacent word pairs, the first word,
    and the non-ASCII and digit flags (built with C-level calls)."""
    keys: set[Key] = set(pairwise(toks))
    if toks:
        keys.add((FIRST, toks[0]))
    if not ascii_only:
        keys.add(NON_ASCII)
    if b.translate(None, _NOT_DIGITS):
        keys.add(DIGIT)
    return keys


def message_keys(b: bytes, toks: list[bytes], ascii_only: bool) -> set[Key]:
    """Every key the message has (see the module docstring)."""
    keys = message_pairs(b, toks, ascii_only)
    keys.update(toks)
    keys.update(map(_HEAD3, toks))
    keys.update(map(_HEAD4, toks))
    return keys


# ---------------------------------------------------------------------------------------
# Keys of one string of the pattern's alphabet (word characters, _SEP, _UNKNOWN, _EDGE...).


_PLAIN_STRING = frozenset(_WORD_CHARS | {_SEP, _EDGE, _HIGH})
_EDGES_TO_SPACES = str.maketrans({_EDGE: " ", _HIGH: " "})


@cache
def _keys_of(s: str) -> frozenset[Key]:
    """Keys that every text matching exactly `s` (in an unknown context) contains."""
    if _PLAIN_STRING.issuperset(s):
        return _plain_keys(s)
    out: set[Key] = set()
    if _HIGH in s:
        out.add(NON_ASCII)
    if _DIGIT in s:
        out.add(DIGIT)
    previous: bytes | None = None  # the last whole word, while only stops follow it
    first = False  # only stops since the text's start
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c not in _IN_WORDS:
            if c == _START:
                first = True
            elif c not in _STOPS:
                first = False
                previous = None
            i += 1
            continue
        j = i + 1
        while j < n and s[j] in _IN_WORDS:
            j += 1
        word = s[i:j].encode()
        left = i > 0 and s[i - 1] in _LEFT_EDGES
        if _DIGIT in s[i:j]:
            # Which digit is not known: the letters before it still start the word.
            size = min(s[i:j].index(_DIGIT), HEADS[-1])
            if left and size >= HEADS[0]:
                out.add((size, word[:size]))
            previous = None
        elif left and j < n and s[j] in _RIGHT_EDGES:
            out.add(word)
            if previous is not None:
                out.add((previous, word))
            if first:
                out.add((FIRST, word))
            previous = word
        else:
            previous = None
            if left and j - i >= HEADS[0]:
                size = min(j - i, HEADS[-1])
                out.add((size, word[:size]))
        first = False
        i = j
    return frozenset(out)


def _plain_keys(s: str) -> frozenset[Key]:
    """_keys_of for strings of only word characters, separators and word edges."""
    toks = s.translate(_EDGES_TO_SPACES).split()
    if not toks:
        return frozenset({NON_ASCII} if _HIGH in s else ())
    out: set[Key] = {NON_ASCII} if _HIGH in s else set()
    open_start = s[0] in _WORD_CHARS  # the first word may go on to the left
    open_end = s[-1] in _WORD_CHARS
    whole = toks[1 if open_start else 0 : len(toks) - 1 if open_end else len(toks)]
    out.update(t.encode() for t in whole)
    out.update((a.encode(), b.encode()) for a, b in pairwise(whole))
    if open_end and (len(toks) > 1 or not open_start) and len(toks[-1]) >= HEADS[0]:
        last = toks[-1].encode()
        out.add((min(len(last), HEADS[-1]), last[: HEADS[-1]]))
    return frozenset(out)


# Words and word pairs so common that a key on them barely filters anything (rough chat
# frequencies; the costs only decide which clause indexes a branch, never a result).
_COMMON = frozenset(
    b"""a about after again all also am an and any are as at back be because been but by
    can come could d day did do does don dont even ever for from get go going good got had
    has have he her here him his how i if im in is it its just know let like ll love m make
    me more my need never no not now of off oh ok okay on one only or our out over re
    really right s said say see she so some sorry still t take talk tell than that the them
    then there they think this time to told u up us ve want was way we well went were what
    when where which who why will with would yeah yes you your ur""".split()
)
_COMMON_PAIRS = frozenset(
    tuple(pair.split(b"+"))
    for pair in b"""i+m don+t you+re i+ll it+s that+s i+ve can+t i+d didn+t in+the of+the
    to+the i+am you+are i+was at+the want+to going+to have+to need+to on+the i+just
    i+don i+know i+think i+feel you+know do+you are+you did+you i+want to+be it+was
    and+i but+i for+the to+talk with+you to+me you+can i+love love+you thank+you""".split()
)


@cache
def key_cost(key: Key) -> float:
    """How often a key is expected in an ordinary message (lower: rarer, a better index)."""
    if isinstance(key, bytes):
        return 40.0 if key in _COMMON else 2.0
    head, rest = key
    if head == FIRST:
        return key_cost(rest) / 4.0
    if isinstance(head, int):
        return 60.0 if any(word.startswith(rest) for word in _COMMON) else 6.0 * (5 - head)
    if key in (NON_ASCII, DIGIT):
        return 25.0
    if key in _COMMON_PAIRS:
        return 40.0
    return key_cost(head) * key_cost(rest) / 200.0  # two adjacent words


def _clause_cost(clause: Clause) -> float:
    return sum(key_cost(k) for k in clause)


@cache
def _rank(key: Key) -> tuple[float, str]:
    return key_cost(key), repr(key)  # the repr only breaks ties, the same in every run


def _cheapest(keys: frozenset[Key]) -> Key:
    return min(keys, key=_rank)


def _clauses(strings: frozenset[str]) -> list[Clause]:
    """Clauses every match of one of `strings` satisfies: each key all of them have, and
    one clause of each string's cheapest other key."""
    if not strings:
        return []
    per = [_keys_of(s) for s in strings]
    common = frozenset.intersection(*per)
    out = [frozenset({k}) for k in common]
    rest: set[Key] = set()
    for keys in per:
        other = keys - common
        if not other:
            return out
        rest.add(_cheapest(other))
    out.append(frozenset(rest))
    return out


# ---------------------------------------------------------------------------------------
# Cox's construction over the parse tree.


class _Info(NamedTuple):
    empty: bool  # can match the empty string
    exact: frozenset[str] | None  # every string it matches, when few
    prefix: frozenset[str]  # (exact is None) what every non-empty match starts with
    suffix: frozenset[str]  # (exact is None) what every non-empty match ends with
    match: tuple[Clause, ...]  # clauses every match satisfies


def _exact(strings: set[str] | frozenset[str]) -> _Info:
    return _Info("" in strings, frozenset(strings), frozenset(), frozenset(), ())


def _starts(x: _Info) -> frozenset[str]:
    return x.exact - {""} if x.exact is not None else x.prefix


def _ends(x: _Info) -> frozenset[str]:
    return x.exact - {""} if x.exact is not None else x.suffix


def _cross(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return frozenset(x + y for x, y in product(a, b))


def _shorter(strings: frozenset[str], keep_start: bool) -> frozenset[str]:
    """The strings cut to half the longest one's length (from the end kept)."""
    size = max(1, max((len(s) for s in strings), default=0) // 2)
    return frozenset(s[:size] if keep_start else s[len(s) - size :] for s in strings)


def _words_kept(s: str, count: int, keep_start: bool) -> str:
    """`s` cut after its first (or before its last) `count` words and one character more,
    which still tells whether the last word kept ends there."""
    if not keep_start:
        return _words_kept(s[::-1], count, True)[::-1]
    seen = 0
    inside = False
    for i, c in enumerate(s):
        if c in _IN_WORDS:
            inside = True
        elif inside:
            inside = False
            seen += 1
            if seen == count:
                return s[: i + 1]
    return s


def _trim(strings: frozenset[str], keep_start: bool) -> frozenset[str]:
    """Shorten strings until the set is small again (a shorter start is still a start):
    first to a few words from the kept side, then by characters."""
    for count in (3, 2, 1):
        if len(strings) <= _LIMIT:
            return strings
        strings = frozenset(_words_kept(s, count, keep_start) for s in strings)
    size = max((len(s) for s in strings), default=0)
    while len(strings) > _LIMIT and size > 0:
        size //= 2
        strings = frozenset(s[:size] if keep_start else s[len(s) - size :] for s in strings)
    return strings


def _word_follows(x: _Info) -> bool:
    """Whether a word right after any match of x starts there (x ends on a non-word)."""
    return not x.empty and all(s[-1] in _LEFT_EDGES for s in _ends(x))


def _word_precedes(y: _Info) -> bool:
    """Whether a word right before any match of y ends there (y starts on a non-word)."""
    return not y.empty and all(s[0] in _RIGHT_EDGES for s in _starts(y))


def _concat(x: _Info, y: _Info) -> _Info:
    match = x.match + y.match
    if x.exact is not None and y.exact is not None and len(x.exact) * len(y.exact) <= _LIMIT:
        return _Info(x.empty and y.empty, _cross(x.exact, y.exact), frozenset(), frozenset(),
                     match)  # fmt: skip
    # Each side on its own, with what the other side says about the edge between them.
    if x.exact is not None:
        after = _SEP if _word_precedes(y) else ""
        match += tuple(_clauses(frozenset(s + after for s in x.exact)))
    if y.exact is not None:
        before = _SEP if _word_follows(x) else ""
        match += tuple(_clauses(frozenset(before + s for s in y.exact)))
    # Where x ends and y starts: words across the junction (unknown context if either may
    # match nothing; the enclosing concatenation sees that junction with its neighbours).
    ends = _ends(x) | ({_CONTEXT} if x.empty else frozenset())
    starts = _starts(y) | ({_CONTEXT} if y.empty else frozenset())
    # Too many pairs: look at fewer words of each side, then at fewer characters (the
    # last/first one still says whether a word ends or starts at the junction).
    for count in (2, 1):
        if len(ends) * len(starts) <= _LIMIT:
            break
        ends = frozenset(_words_kept(s, count, keep_start=False) for s in ends)
        starts = frozenset(_words_kept(s, count, keep_start=True) for s in starts)
    for _ in range(16):  # each round halves the longest strings of one side
        if len(ends) * len(starts) <= _LIMIT:
            match += tuple(_clauses(_cross(ends, starts)))
            break
        if len(ends) >= len(starts):
            ends = _shorter(ends, keep_start=False)
        else:
            starts = _shorter(starts, keep_start=True)
    prefix = _starts(x)
    if x.exact is not None and not y.empty and len(prefix) * len(_starts(y)) <= _LIMIT:
        prefix = _cross(prefix, _starts(y))
    if x.empty:
        prefix |= _starts(y)
    suffix = _ends(y)
    if y.exact is not None and not x.empty and len(suffix) * len(_ends(x)) <= _LIMIT:
        suffix = _cross(_ends(x), suffix)
    if y.empty:
        suffix |= _ends(x)
    return _Info(x.empty and y.empty, None, _trim(prefix, True), _trim(suffix, False), match)


def _best(x: _Info) -> Clause | None:
    """The cheapest single clause that every match of x satisfies."""
    if x.empty:
        return None  # the empty match contains nothing
    options = list(x.match)
    if x.exact is not None:
        options += _clauses(x.exact)
    else:
        options += _clauses(x.prefix) + _clauses(x.suffix)
    return min(options, key=lambda c: (_clause_cost(c), sorted(map(repr, c))), default=None)


def _alternation(options: list[_Info]) -> _Info:
    empty = any(x.empty for x in options)
    if all(x.exact is not None for x in options):
        union = frozenset().union(*(x.exact for x in options if x.exact is not None))
        if len(union) <= _LIMIT:
            return _exact(union)
    bests = [_best(x) for x in options]
    match: tuple[Clause, ...] = ()
    if all(b is not None for b in bests):
        match = (frozenset().union(*(b for b in bests if b is not None)),)
    prefix = _trim(frozenset().union(*(_starts(x) for x in options)), True)
    suffix = _trim(frozenset().union(*(_ends(x) for x in options)), False)
    return _Info(empty, None, prefix, suffix, match)


def _repeat(x: _Info, low: int, high: int) -> _Info:
    if x.exact is not None and all(set(s) <= {_SEP} for s in x.exact):
        # Runs of separators split words the same way one separator does.
        return _exact({"", _SEP} if low == 0 or x.empty else {_SEP})
    if x.exact is not None and high <= 4:
        total: set[str] = set()
        power = frozenset({""})
        for count in range(high + 1):
            if count >= low:
                total |= power
            if len(power) * len(x.exact) > _LIMIT:
                break
            power = _cross(power, x.exact)
        else:
            if len(total) <= _LIMIT:
                return _exact(total)
    match: tuple[Clause, ...] = ()
    if low >= 1:
        match = x.match + (tuple(_clauses(x.exact)) if x.exact is not None else ())
    return _Info(x.empty or low == 0, None, _starts(x), _ends(x), match)


def _char_set(items: list[tuple[Any, Any]]) -> _Info:
    """One character out of a class: [abc], [.!?], \\s, \\W ..."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[0] >= 128:
            chars.add(chr(av[0]))  # every one of them is a non-ASCII character
        elif op is C.RANGE and av[1] - av[0] < 64:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD):
            chars.add(_SEP)
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.add(_DIGIT)
        else:
            return _exact({_UNKNOWN})  # \d, \w, negated or wide classes
    mapped = {c if c == _DIGIT else _literal(ord(c)) for c in chars}
    if len(mapped) > 8:
        digits = all(c == _DIGIT or c.isdigit() for c in mapped)
        return _exact({_DIGIT} if digits else {_UNKNOWN})
    return _exact(mapped)


_AT = {
    C.AT_BEGINNING: _START,
    C.AT_BEGINNING_STRING: _START,
    C.AT_END: _END,
    C.AT_END_STRING: _END,
    C.AT_BOUNDARY: _EDGE,
}


def _literal(code: int) -> str:
    char = chr(code)
    return char if char in _WORD_CHARS else _HIGH if code >= 128 else _SEP


_Options = tuple[_Info, ...]  # a pattern as a few alternatives, analysed apart
_PARTS = 6  # alternatives kept apart before they are summarised together


def _merge(parts: list[_Info]) -> _Options:
    """Alternatives with exact strings become one; too many others become one summary."""
    if len(parts) == 1:
        return (parts[0],)
    exact = [p for p in parts if p.exact is not None]
    other = [p for p in parts if p.exact is None]
    out: list[_Info] = []
    if exact:
        union = frozenset().union(*(p.exact for p in exact if p.exact is not None))
        if len(union) <= _LIMIT:
            out.append(_exact(union))
        else:
            other += exact
    if len(other) + len(out) > _PARTS:
        out.append(_alternation(other))
    else:
        out.extend(other)
    return tuple(out)


def _one(options: _Options) -> _Info:
    return options[0] if len(options) == 1 else _alternation(list(options))


def _sequence(items: list[tuple[Any, Any]]) -> _Options:
    # Runs of literal characters and neighbouring exact pieces first (cheap), then the
    # rest in order; alternatives that are not exact are followed through the rest of
    # the sequence on their own, so "\\b(?:sorry|sorryyy*)\\b" still sees both edges.
    pieces: list[_Options] = []

    def push(options: _Options) -> None:
        last = pieces[-1] if pieces else None
        if (
            last is not None
            and len(last) == 1
            and len(options) == 1
            and last[0].exact is not None
            and options[0].exact is not None
            and len(last[0].exact) * len(options[0].exact) <= _LIMIT
        ):
            pieces[-1] = (_exact(_cross(last[0].exact, options[0].exact)),)
        else:
            pieces.append(options)

    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(_literal(av))
            continue
        if run:
            push((_exact({"".join(run)}),))
            run.clear()
        push(_item(op, av))
    if run:
        push((_exact({"".join(run)}),))
    out: _Options = (_exact({""}),)
    for piece in pieces:
        out = _merge([_concat(x, y) for x in out for y in piece])
    return out


def _item(op: Any, av: Any) -> _Options:
    if op is C.LITERAL:
        return (_char_set([(op, av)]),)
    if op is C.IN:
        return (_char_set(list(av)),)
    if op in (C.ANY, C.NOT_LITERAL):
        return (_exact({_UNKNOWN}),)
    if op is C.CATEGORY:
        return (_char_set([(op, av)]),)
    if op is C.AT:
        return (_exact({_AT.get(av, "")}),)  # \B and others: no information
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unsupported("inline flags")
        return _sequence(list(body))
    if op is C.BRANCH:
        if all(all(o is C.LITERAL for o, _ in alt) for alt in av[1]):
            # Only words: the strings themselves (the common case, and a fast one).
            return (_exact({"".join(_literal(a) for _, a in alt) for alt in av[1]}),)
        return _merge([part for alt in av[1] for part in _sequence(list(alt))])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        return (_repeat(_one(_sequence(list(body))), low, high),)
    raise _Unsupported(str(op))


def _final(info: _Info) -> list[Clause]:
    clauses = list(info.match)
    if info.exact is not None:
        clauses += _clauses(info.exact)
    else:
        clauses += _clauses(info.prefix) + _clauses(info.suffix)
    return clauses


def trigger_clauses(pattern: str) -> list[Clause]:
    """Clauses (sets of keys) every match of the RE2 `pattern` satisfies, cheapest first.

    Empty when nothing is known: the pattern must then run on every message.

    >>> trigger_clauses(r"\\bbehind my back\\b")[0]
    frozenset({(b'behind', b'my')})
    """
    if _POSIX_CLASS.search(pattern) or "{," in pattern:
        return []  # POSIX classes and "{,n}" mean different things to Python's parser
    pattern = _RE2_HEX.sub(lambda m: f"\\U{int(m.group(1), 16):08x}", pattern)
    pattern = pattern.replace(r"\z", r"\Z")
    try:
        parsed = sre_parse.parse(pattern)
        if parsed.state.flags & ~(C.SRE_FLAG_UNICODE):
            raise _Unsupported("flags")
        options = _sequence(list(parsed))
    except (_Unsupported, re.error, RecursionError, OverflowError):
        return []
    if any(x.empty for x in options):
        return []  # it can match anywhere
    if len(options) == 1:
        clauses = set(_final(options[0]))
    else:
        bests = [_best(x) for x in options]
        if any(b is None for b in bests):
            return []
        clauses = {frozenset().union(*(b for b in bests if b is not None))}
    # A clause that contains another one says less; keep the stronger.
    kept = [c for c in clauses if not any(o < c for o in clauses)]
    return sorted(kept, key=lambda c: (_clause_cost(c), sorted(map(repr, c))))
