"""The text helpers' fast forms say exactly what their plain definitions say."""

from __future__ import annotations

import random

import pytest

from ourway.coach.text import Needles, addresses_you, prepare, speaks_to_you, tail

ALPHABET = "ab .!?;:,\n'\"é😀"


def _texts(count: int) -> list[str]:
    rng = random.Random(11)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(
    "needles",
    [(b"a.", b"(b", b"\xc3\xa9", b"|", b"\\"), (b"ab",), ()],
)
def test_needles_find_what_in_finds(needles: tuple[bytes, ...]) -> None:
    found = Needles(needles)
    for text in _texts(300):
        hay = text.encode() + b"(b|\\"[: len(text) % 4]
        assert found.within(hay) == any(n in hay for n in needles)


def _last_before(b: bytes, ends: bytes, lo: int, pos: int) -> int:
    return max([lo] + [i + 1 for i in range(lo, pos) if b[i] in ends])


def test_bounds_are_the_nearest_ends_within_the_limits() -> None:
    for text in _texts(300):
        doc = prepare(text)
        b = doc.b
        for pos in range(len(b) + 1):
            lo = max(0, pos - 7)
            assert doc.clause_start(pos, 7) == _last_before(b, b".!?;:\n,", lo, pos)
            left, right = doc.sentence_bounds(pos, pos, 5)
            assert left == _last_before(b, b".!?\n", max(0, pos - 5), pos)
            hi = min(len(b), pos + 5)
            assert right == min([hi] + [i + 1 for i in range(pos, hi) if b[i] in b".!?\n"])
            stop = min(
                [min(len(b), pos + 6)] + [i for i in range(pos, len(b)) if b[i] in b".!?;\n"]
            )
            assert tail(doc, pos, 6) == b[pos:stop]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b"you never listen", True),
        (b"ur so late", True),
        (b"thank u.", True),
        (b"y'all are too much", True),
        (b"the young ones are asleep", False),
        (b"bayou trip booked", False),
        (b"i'm fine", False),
    ],
)
def test_the_partner_is_addressed_by_whole_words_only(text: bytes, expected: bool) -> None:
    assert addresses_you(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("you never listen", True),
        ("My dad used to say 'you never listen to your mother' at dinner", False),
        ('She keeps saying "you are the problem".', False),
        ("Mum said 'you never call', and honestly you don't", True),
        ("I'm not saying you're lazy.", True),  # reported speech is still the writer's
        ("no one here", False),
    ],
)
def test_the_partner_is_spoken_to_outside_quotation_marks(text: str, expected: bool) -> None:
    assert speaks_to_you(prepare(text)) is expected


@pytest.mark.parametrize(
    ("text", "word", "reported"),
    [
        ("she said you never listen", b"never", True),
        ("my mum says you always do this", b"always", True),
        # "said about" reports no words; ", I ..." is the writer's own clause again.
        ("what the consultant said about Mam and you kept scrolling", b"kept", False),
        ("what the consultant said and you kept scrolling, I felt invisible", b"felt", False),
    ],
)
def test_reported_speech_ends_where_the_writer_speaks_again(
    text: str, word: bytes, reported: bool
) -> None:
    doc = prepare(text)
    assert doc.quoted(doc.b.index(word)) is reported
