"""Text preparation: lowercase once, normalise quotes, encode once, map offsets back.

Every matcher works on `Doc.b`, the UTF-8 bytes of the lowercased text, so RE2 never
re-encodes the message per rule. Lowercasing and quote folding keep one code point per
code point, so a character offset in `Doc.low` is a character offset in the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
)
# Bytes that end a clause; guards never look past them.
_CLAUSE_END = b".!?;:\n,"
_SENTENCE_END = b".!?\n"


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
    _char_at: dict[int, int] = field(default_factory=dict)

    def chars(self, byte_offset: int) -> int:
        """Character offset of a byte offset (identity for ASCII text)."""
        if self.ascii:
            return byte_offset
        cached = self._char_at.get(byte_offset)
        if cached is None:
            # Decode only from the nearest offset already known, so many findings in a long
            # non-ASCII window still cost one pass over it, not one pass each.
            base = max((k for k in self._char_at if k <= byte_offset), default=0)
            start_chars = self._char_at.get(base, 0)
            piece = self.b[base:byte_offset].decode("utf-8", "ignore")
            cached = start_chars + len(piece)
            self._char_at[byte_offset] = cached
        return cached

    def clause_start(self, pos: int, limit: int = 120) -> int:
        """Byte offset where the clause holding `pos` starts (looks back at most `limit`)."""
        lo = max(0, pos - limit)
        best = lo
        for ch in _CLAUSE_END:
            i = self.b.rfind(bytes((ch,)), lo, pos)
            if i + 1 > best:
                best = i + 1
        return best

    def sentence_bounds(self, start: int, end: int, limit: int = 300) -> tuple[int, int]:
        """Byte bounds of the sentence around [start, end), each side at most `limit`."""
        lo = max(0, start - limit)
        left = lo
        for ch in _SENTENCE_END:
            i = self.b.rfind(bytes((ch,)), lo, start)
            if i + 1 > left:
                left = i + 1
        hi = min(len(self.b), end + limit)
        right = hi
        for ch in _SENTENCE_END:
            i = self.b.find(bytes((ch,)), end, hi)
            if i != -1 and i + 1 < right:
                right = i + 1
        return left, right

    def negated(self, start: int, window: int = 24) -> bool:
        """True when a negator sits just before `start` in the same clause."""
        lo = max(self.clause_start(start, 60), start - window)
        before = b" " + self.b[lo:start]
        return any(neg in before for neg in NEGATORS)

    def is_question(self, start: int, end: int) -> bool:
        _, right = self.sentence_bounds(start, end)
        return self.b[right - 1 : right] == b"?"

    def quoted(self, start: int) -> bool:
        """True when `start` sits inside quotation marks or reported speech."""
        left, _ = self.sentence_bounds(start, start, 200)
        before = self.b[left:start]
        if before.count(b'"') % 2 == 1:
            return True
        # An opening single quote follows a space or a colon; apostrophes sit inside words.
        opens = before.count(b" '") + before.count(b":'") + (1 if before.startswith(b"'") else 0)
        closes = before.count(b"' ") + before.count(b"',") + before.count(b"'.")
        if opens > closes:
            return True
        return _reported(before)


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


def _reported(before: bytes) -> bool:
    """Reported speech such as "she said you never listen": a third person speaking.

    "You said ..." and "I said ..." stay the speaker's own words on purpose: "you said you'd
    call and you didn't" is still an accusation.
    """
    padded = b" " + before
    if b" calls me " in padded or b" called me " in padded or b" call me " in padded:
        # Whoever does the calling, the insult that follows is being reported, not said.
        return True
    for verb in _REPORTERS:
        i = padded.rfind(verb)
        if i != -1:
            words = padded[max(0, i - 24) : i].split()
            if words and words[-1] not in _FIRST_SECOND:
                return True
    return False


def prepare(text: str) -> Doc:
    """Lowercase, fold quotes and encode `text` once; lone surrogates become "?"."""
    low = _lower_same_length(text)
    # Of the characters _FOLD changes only "`" is ASCII; str.translate is slow on long text.
    low = low.replace("`", "'") if low.isascii() else low.translate(_FOLD)
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


def next_word(doc: Doc, end: int) -> bytes:
    """The word right after byte offset `end` (empty at the end of the text)."""
    rest = doc.b[end : end + 40].lstrip()
    word = rest.split(None, 1)[0] if rest else b""
    return word.strip(b".,!?;:\"'()")


def tail(doc: Doc, end: int, limit: int = 80) -> bytes:
    """The rest of the clause after `end`, at most `limit` bytes."""
    hi = min(len(doc.b), end + limit)
    stop = hi
    for ch in b".!?;\n":
        i = doc.b.find(bytes((ch,)), end, hi)
        if i != -1 and i < stop:
            stop = i
    return doc.b[end:stop]
