"""Precision over recall: gentle words are never called an attack."""

from __future__ import annotations

import pytest

from ourway.coach import analyze
from ourway.content.openers import OPENERS


@pytest.mark.parametrize(
    "text",
    [
        "I miss you. Could we find some time to talk this weekend?",
        "You always make me laugh.",
        "I'm really sorry I snapped at you. That was on me, and I'll take a breath next time.",
    ],
)
def test_gentle_messages_carry_no_accusation(text: str) -> None:
    result = analyze(text)
    assert not result.blame
    assert not result.harsh_startup
    assert result.horsemen == []


def test_no_opener_in_the_library_reads_as_an_accusation() -> None:
    for opener in OPENERS:
        result = analyze(opener.text)
        assert not result.blame, opener.text
        assert not result.harsh_startup, opener.text
        assert result.horsemen == [], opener.text
