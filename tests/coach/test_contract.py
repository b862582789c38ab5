"""The JSON contract the web app, the CLI and outside tools rely on."""

from __future__ import annotations

import json

import pytest

from ourway.coach import MAX_CHARS, MAX_FINDINGS, MAX_TEXT_CHARS, TextTooLong, analyze
from ourway.coach.result import FINDING_KEYS, HORSEMEN, NEEDS, PARTS, RESULT_KEYS

EXPECTED_KEYS = [
    "id", "blame", "horsemen", "fine_shield", "harsh_startup", "i_feel", "apology",
    "apology_parts", "reflection", "needs", "danger", "logistics", "turn", "findings", "rewrite",
]  # fmt: skip


def _check_types(d: dict) -> None:
    assert list(d) == EXPECTED_KEYS
    for key in ("blame", "fine_shield", "harsh_startup", "reflection", "danger", "logistics"):
        assert type(d[key]) is bool, key
    assert set(d["horsemen"]) <= set(HORSEMEN)
    assert set(d["needs"]) <= set(NEEDS)
    assert set(d["apology_parts"]) <= set(PARTS)
    assert d["i_feel"] in (None, "valid", "faux")
    assert d["apology"] in (None, "complete", "partial", "non_apology")
    assert d["turn"] in (None, "toward", "away", "against")
    assert d["rewrite"] is None or isinstance(d["rewrite"], str)
    for finding in d["findings"]:
        assert list(finding) == list(FINDING_KEYS)
        assert type(finding["start"]) is int
        assert type(finding["end"]) is int
    json.dumps(d)  # always serialisable


def test_result_keys_are_exactly_the_contract() -> None:
    assert list(RESULT_KEYS) == EXPECTED_KEYS


@pytest.mark.parametrize(
    "text",
    [
        "You never help around the house! You're so lazy and you don't care about me!",
        "I'm sorry you feel that way.",
        "So what I'm hearing is you feel lonely when I work late. Did I get that right?",
        "Can you grab milk on the way home?",
        "I'm scared of him when he drinks.",
    ],
)
def test_every_result_has_exact_keys_and_types(text: str) -> None:
    d = analyze(text).to_dict()
    _check_types(d)
    assert d["id"] is None
    assert d["turn"] is None  # no reply_to, no turn


def test_the_id_is_echoed() -> None:
    assert analyze("hi", id="m-7").to_dict()["id"] == "m-7"


def test_empty_text_gives_an_empty_result() -> None:
    for text in ("", "   ", "\n\t"):
        d = analyze(text).to_dict()
        _check_types(d)
        assert d["findings"] == []
        assert d["rewrite"] is None
        assert not d["blame"]


def test_turn_is_given_only_for_replies() -> None:
    assert analyze("Wow, that's amazing!", reply_to="Look at that sunset!").turn == "toward"
    assert analyze("mm", reply_to="Look at that sunset!").turn == "away"
    assert analyze("Can you be quiet, I'm reading", reply_to="Look at this!").turn == "against"


def test_findings_point_at_the_words_that_triggered_them() -> None:
    text = "Honestly?? You're so selfish 😤 and you never listen."
    result = analyze(text)
    spans = {f.rule: text[f.start : f.end] for f in result.findings}
    assert spans["criticism.character-word"] == "You're so selfish"
    assert spans["blame.you-always-never"] == "you never"


def test_offsets_survive_non_ascii_and_case_changes() -> None:
    text = "İİ 😀😀 “We need to talk.” no wait. ÉÉ You’re so lazy."
    result = analyze(text)
    criticism = next(f for f in result.findings if f.label == "horsemen:criticism")
    assert text[criticism.start : criticism.end] == "You’re so lazy"


def test_a_positive_you_sentence_is_not_blame() -> None:
    for text in ("You always make me laugh.", "you never fail to cheer me up ❤️"):
        assert not analyze(text).blame, text


def test_reported_speech_is_not_the_speakers_blame() -> None:
    result = analyze("My sister said 'you never listen' to her husband, it was awful")
    assert not result.blame


def test_long_text_is_analysed_in_windows_with_offsets_into_the_whole_text() -> None:
    filler = "We went for a walk and talked about the garden. " * (MAX_CHARS // 40)
    text = filler + "You're so selfish."
    assert len(text) > MAX_CHARS
    result = analyze(text)
    assert result.blame
    assert "criticism" in result.horsemen
    finding = next(f for f in result.findings if f.label == "horsemen:criticism")
    assert text[finding.start : finding.end] == "You're so selfish"
    assert result.rewrite is None


def test_the_longest_text_is_analysed_and_a_longer_one_refused_plainly() -> None:
    sentence = "You're so selfish and we went for a walk in the garden. "
    longest = (sentence * (MAX_TEXT_CHARS // len(sentence) + 1))[:MAX_TEXT_CHARS]
    assert analyze(longest).blame
    with pytest.raises(TextTooLong) as refused:
        analyze(longest + "x")
    message = str(refused.value)
    assert f"{MAX_TEXT_CHARS + 1:,} characters" in message
    assert f"up to {MAX_TEXT_CHARS:,}" in message
    assert "Split it into messages" in message
    assert isinstance(refused.value, ValueError)  # callers that catch ValueError keep working
    with pytest.raises(TextTooLong, match="this bid is"):
        analyze("Sounds good!", reply_to="x" * (MAX_TEXT_CHARS + 1))


def test_findings_are_capped() -> None:
    text = "you never listen. " * 2000
    assert len(analyze(text).findings) <= MAX_FINDINGS


def test_non_string_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        analyze(None)  # type: ignore[arg-type]
