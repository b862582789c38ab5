"""Text preparation: lowercase once, normalise quotes, encode once, map offsets back.

Every matcher works on `Doc.b`, the UTF-8 bytes of the lowercased text, so RE2 never
re-encodes the message per rule. Lowercasing and quote folding keep one code point per
code point, so a character offset in `Doc.low` is a character offset in the original.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import re2
from re2 import _re2

# Typographic quotes and apostrophes fold to ASCII so one pattern covers phone keyboards.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2013": "-",
        "\u2014": "-",
    }
)

_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())

# Negators looked for just before a hit, within the same clause.
NEGATORS: tuple[bytes, ...] = (
    b"not ",
    b"n't ",
    b"never ",
    b"no ",
    b"nobody ",
    b"no one ",
    b"dont ",
    b"didnt ",
    b"doesnt ",
    b"isnt ",
    b"wasnt ",
    b"arent ",
    b"wont ",
    b"cant ",
    b"hardly ",
    b" none of ",  # "none of that was your fault"
)
# Bytes that end a clause; guards never look past them.
_CLAUSE_END = b".!?;:\n,"
_SENTENCE_END = b".!?\n"
_TAIL_END = b".!?;\n"


def _marking(ends: bytes) -> tuple[bytes, int]:
    """A table turning every byte of `ends` into the first one, and that byte: one
    `rfind` on the translated text then finds the nearest of them all."""
    return bytes.maketrans(ends, ends[:1] * len(ends)), ends[0]


_CLAUSE_MAP, _CLAUSE_MARK = _marking(_CLAUSE_END)
_SENTENCE_MAP, _SENTENCE_MARK = _marking(_SENTENCE_END)
_TAIL_MAP, _TAIL_MARK = _marking(_TAIL_END)

_LATIN1 = re2.Options()
_LATIN1.encoding = re2.Options.Encoding.LATIN1  # byte for byte, like `in` on bytes
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED


class Needles:
    """`needles.within(hay)` is `any(n in hay for n in needles)`, in one RE2 call.

    Each `in` on bytes costs a Python operation; one search for the alternation of all
    the needles costs about as much as four of them.
    """

    __slots__ = ("_search", "needles")

    def __init__(self, needles: tuple[bytes, ...]) -> None:
        self.needles = needles
        # No needles: a class of no byte at all, which never matches.
        pattern = b"|".join(map(_re2.RE2.QuoteMeta, needles)) if needles else b"[^\\x00-\\xff]"
        self._search = re2.compile(pattern, _LATIN1)._regexp.Match

    def within(self, hay: bytes) -> bool:
        return self._search(_UNANCHORED, hay, 0, len(hay))[0][0] >= 0

    def find(self, hay: bytes) -> int:
        """Where the first needle in `hay` starts, or -1."""
        return int(self._search(_UNANCHORED, hay, 0, len(hay))[0][0])


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters (e.g. "İ") lowercase to two code points; keep those as they are so
    # offsets still line up with the original text.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(slots=True)
class Doc:
    """One prepared message (or one window of a long message)."""

    text: str
    low: str
    b: bytes
    ascii: bool
    clean: str = ""  # the original text, with lone surrogates made "?" (same length)
    _char_at: dict[int, int] | None = None
    _known: list[int] | None = None  # _char_at's keys, sorted
    # `b` with every clause / sentence / tail end made one byte, built when first needed.
    _clauses: bytes | None = None
    _sentences: bytes | None = None
    _tails: bytes | None = None
    _reports: bool | None = None  # whether any reporting verb occurs at all

    def chars(self, byte_offset: int) -> int:
        """Character offset of a byte offset (identity for ASCII text)."""
        if self.ascii:
            return byte_offset
        known = self._char_at
        offsets = self._known
        if known is None or offsets is None:
            known = self._char_at = {}
            offsets = self._known = []
        cached = known.get(byte_offset)
        if cached is None:
            # Decode only from the nearest offset already known, so many findings in a long
            # non-ASCII window still cost one pass over it, not one pass each.
            at = bisect_right(offsets, byte_offset)
            base = offsets[at - 1] if at else 0
            start_chars = known.get(base, 0)
            offsets.insert(at, byte_offset)
            piece = self.b[base:byte_offset].decode("utf-8", "ignore")
            cached = start_chars + len(piece)
            known[byte_offset] = cached
        return cached

    def sentence_ends(self) -> bytes:
        """`b` with every sentence end (.!?newline) turned into the first of them."""
        marked = self._sentences
        if marked is None:
            marked = self._sentences = self.b.translate(_SENTENCE_MAP)
        return marked

    def clause_start(self, pos: int, limit: int = 120) -> int:
        """Byte offset where the clause holding `pos` starts (looks back at most `limit`)."""
        lo = pos - limit if pos > limit else 0
        marked = self._clauses
        if marked is None:
            marked = self._clauses = self.b.translate(_CLAUSE_MAP)
        i = marked.rfind(_CLAUSE_MARK, lo, pos)
        return lo if i < 0 else i + 1

    def sentence_start(self, pos: int, limit: int = 300) -> int:
        """Byte offset where the sentence holding `pos` starts (looks back at most `limit`)."""
        lo = pos - limit if pos > limit else 0
        i = self.sentence_ends().rfind(_SENTENCE_MARK, lo, pos)
        return lo if i < 0 else i + 1

    def sentence_bounds(self, start: int, end: int, limit: int = 300) -> tuple[int, int]:
        """Byte bounds of the sentence around [start, end), each side at most `limit`."""
        marked = self.sentence_ends()
        lo = start - limit if start > limit else 0
        i = marked.rfind(_SENTENCE_MARK, lo, start)
        hi = min(len(marked), end + limit)
        j = marked.find(_SENTENCE_MARK, end, hi)
        return (lo if i < 0 else i + 1), (hi if j < 0 else j + 1)

    def tail_end(self, end: int, limit: int) -> int:
        """Where the clause after `end` stops (.!?; or a newline), at most `limit` on."""
        marked = self._tails
        if marked is None:
            marked = self._tails = self.b.translate(_TAIL_MAP)
        hi = min(len(marked), end + limit)
        i = marked.find(_TAIL_MARK, end, hi)
        return hi if i < 0 else i

    def negated(self, start: int, window: int = 24) -> bool:
        """True when a negator sits just before `start` in the same clause."""
        lo = max(self.clause_start(start, 60), start - window)
        return _NEGATORS.within(b" " + self.b[lo:start])

    def is_question(self, start: int, end: int) -> bool:
        _, right = self.sentence_bounds(start, end)
        return self.b[right - 1 : right] == b"?"

    def quoted(self, start: int) -> bool:
        """True when `start` sits inside quotation marks or reported speech."""
        before = self.b[self.sentence_start(start, 200) : start]
        if _in_quotes(before):
            return True
        reports = self._reports
        if reports is None:
            # Every phrase _reported looks for, without its leading space, is in the text.
            reports = self._reports = _REPORTING.within(self.b)
        return reports and _reported(before)


def _in_quotes(before: bytes) -> bool:
    """Whether the sentence so far (`before`) has a quotation open."""
    if before.count(b'"') % 2 == 1:
        return True
    # An opening single quote follows a space or a colon; apostrophes sit inside words.
    if b"'" in before:
        opens = before.count(b" '") + before.count(b":'") + before.startswith(b"'")
        closes = before.count(b"' ") + before.count(b"',") + before.count(b"'.")
        if opens > closes:
            return True
    return False


_REPORTERS = (
    b" said ",
    b" says ",
    b" told me ",
    b" tells me ",
    b" told him ",
    b" told her ",
    b" yelled ",
    b" screamed ",
    b" wrote ",
    b" texted ",
    b" keeps saying ",
    b" kept saying ",
    b" calls me ",
    b" called me ",
    b" accused me of ",
    b" asked me ",
    b" saying ",
)
_FIRST_SECOND = (b"i", b"you", b"u", b"we", b"ya", b"i've", b"you've", b"i'd", b"you'd")
_CALLED = (b" calls me ", b" called me ", b" call me ")
_NEGATORS = Needles(NEGATORS)
_REPORTING = Needles(tuple(p[1:] if p.startswith(b" ") else p for p in (*_REPORTERS, *_CALLED)))


def _reported(before: bytes) -> bool:
    """Reported speech such as "she said you never listen": a third person speaking.

    "You said ..." and "I said ..." stay the speaker's own words on purpose: "you said you'd
    call and you didn't" is still an accusation.
    """
    padded = b" " + before
    if any(phrase in padded for phrase in _CALLED):
        # Whoever does the calling, the insult that follows is being reported, not said.
        return True
    for verb in _REPORTERS:
        i = padded.rfind(verb)
        if i != -1:
            words = padded[max(0, i - 24) : i].split()
            if words and words[-1] not in _FIRST_SECOND:
                said = padded[i + len(verb) :]
                # "what the consultant said about Mam and you kept scrolling, I felt
                # invisible": "said about" reports no words, and ", I ..." is the
                # writer's own clause again.
                if said.startswith(b"about ") or _OWN_CLAUSE.within(said):
                    continue
                return True
    return False


_OWN_CLAUSE = Needles((b", i ", b", i'm ", b", i've ", b", i'd ", b", i'll ", b", im "))


def prepare(text: str) -> Doc:
    """Lowercase, fold quotes and encode `text` once; lone surrogates become "?"."""
    low = _lower_same_length(text)
    # str.translate is slow on long text (a Python step per character); one C `replace`
    # per folded character that actually occurs is not.
    if low.isascii():
        low = low.replace("`", "'")
    else:
        for char, folded in _FOLD_PAIRS:
            if char in low:
                low = low.replace(char, folded)
    clean = text
    try:
        b = low.encode("utf-8")
    except UnicodeEncodeError:
        # Lone surrogates cannot be UTF-8; "replace" swaps each one for a single "?", which
        # keeps the code point count and so every offset.
        low = low.encode("utf-8", "replace").decode("utf-8")
        clean = text.encode("utf-8", "replace").decode("utf-8")
        b = low.encode("utf-8")
    return Doc(text=text, low=low, b=b, ascii=len(b) == len(low), clean=clean)


# The partner addressed, as couples text it: "you", "your", "u", "ur", "ya", "y'all".
_SECOND_PERSON = re2.compile(rb"\b(?:you|your|yours|yourself|youre|u|ur|ya|y'all|yall)\b", _LATIN1)


# A paraphrase announced as one ("What I'm hearing is ...", "Let me say it back") or closed
# as one ("... Have I got that?"): the partner's words said back to them, to listen, not said
# at them. (learned._CHECKS reads the looser closing checks of a reflection the rules found.)
_SAYING_BACK = (b"what i'm hearing", b"what im hearing", b"if i'm hearing", b"if im hearing",
                b"sounds like you", b"it sounds like", b"let me say it back",
                b"let me make sure", b"if i've got", b"if i understand",
                # closing checks: "... you don't feel safe when I go quiet. Have I got that?"
                b"have i got that", b"have i got it", b"did i get that")  # fmt: skip


def says_back(doc: Doc) -> bool:
    """The message announces a paraphrase of the partner or checks one back."""
    head = doc.b[:2000]
    return any(cue in head for cue in _SAYING_BACK)


def addresses_you(text: bytes) -> bool:
    """Whether `text` speaks to or about the partner ("you", "ur", "u"); "young" does not."""
    return _SECOND_PERSON._regexp.Match(_UNANCHORED, text, 0, len(text))[0][0] >= 0


def speaks_to_you(doc: Doc) -> bool:
    """Whether the writer addresses the partner in their own words, not only inside quotation
    marks ("My dad used to say 'you never listen to your mother'")."""
    head = doc.b[:4000]
    return any(
        not _in_quotes(head[doc.sentence_start(m.start(), 200) : m.start()])
        for m in _SECOND_PERSON.finditer(head)
    )


def next_word(doc: Doc, end: int) -> bytes:
    """The word right after byte offset `end` (empty at the end of the text)."""
    rest = doc.b[end : end + 40].lstrip()
    word = rest.split(None, 1)[0] if rest else b""
    return word.strip(b".,!?;:\"'()")


def tail(doc: Doc, end: int, limit: int = 80) -> bytes:
    """The rest of the clause after `end`, at most `limit` bytes."""
    return doc.b[end : doc.tail_end(end, limit)]
