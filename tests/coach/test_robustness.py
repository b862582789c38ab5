"""Never hang, never crash: arbitrary unicode, lone surrogates, zero-width characters."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ourway.coach import analyze, build_i_feel

TRICKY = st.sampled_from(
    ["\u200b", "\u200d", "\ufeff", "\ud800", "\udfff", "İ", "ß", "\U0001f644", '"', "'", "’",
     "you ", "never ", "sorry ", "I feel like ", "\n", "?", "kill "]
)  # fmt: skip
TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None)),
    st.lists(st.one_of(TRICKY, st.text(string.ascii_letters + " .,!?'", max_size=8))).map("".join),
)


def _valid(text: str, reply_to: str | None) -> None:
    result = analyze(text, reply_to=reply_to)
    d = result.to_dict()
    for f in d["findings"]:
        assert 0 <= f["start"] <= f["end"] <= len(text)
    assert (d["turn"] is None) == (reply_to is None or not text.strip())


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(TEXT, st.one_of(st.none(), st.text(max_size=40)))
def test_any_text_gives_a_valid_result(text: str, reply_to: str | None) -> None:
    _valid(text, reply_to)


@settings(max_examples=100, deadline=None)
@given(st.text(), st.text(), st.text())
def test_the_builder_takes_any_text(situation: str, emotion: str, meaning: str) -> None:
    built = build_i_feel(situation, emotion, meaning)
    assert built.statement.startswith("When ")


def test_lone_surrogates_keep_offsets() -> None:
    text = "\ud83d\ude00 You're so lazy \udc00"
    finding = next(f for f in analyze(text).findings if f.label.startswith(("blame", "horsemen")))
    assert text[finding.start : finding.end] == "You're so lazy"


def test_zero_width_characters_do_not_crash_or_shift_offsets() -> None:
    text = "\u200b\u200d\ufeffYou never listen\u200b"
    finding = next(f for f in analyze(text).findings if f.label.startswith(("blame", "horsemen")))
    assert text[finding.start : finding.end] == "You never"
