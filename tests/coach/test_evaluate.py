"""The metric code shared by coach-eval, the quality test and the bench."""

from __future__ import annotations

import pytest

from ourway.coach.evaluate import Counts, evaluate, load


def test_counts_give_precision_recall_f1() -> None:
    c = Counts()
    for gold, pred in [(True, True), (True, False), (False, True), (True, True)]:
        c.add(gold, pred)
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert c.precision == pytest.approx(2 / 3)
    assert c.recall == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(2 / 3)


def test_verdict_accuracy_ignores_rows_where_both_are_null() -> None:
    cases = [
        {"kind": "message", "text": "a", "i_feel": None},
        {"kind": "message", "text": "b", "i_feel": "valid"},
        {"kind": "message", "text": "c", "i_feel": None},
    ]
    guesses = {"a": None, "b": "valid", "c": "faux"}
    report = evaluate(cases, lambda case: {"i_feel": guesses[case["text"]]})
    assert report.accuracy("i_feel") == pytest.approx(0.5)


def test_load_fails_loudly_on_a_missing_file(tmp_path) -> None:
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "missing.jsonl")
