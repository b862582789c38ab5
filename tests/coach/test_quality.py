"""The quality floors, on the held-out test split (tests/coach/corpus/test.jsonl).

The coach was tuned on train and dev only. A missing corpus file fails this test; it never
silently passes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ourway.coach.evaluate import FLOORS, evaluate_files, format_report

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def report():
    path = CORPUS / "test.jsonl"
    if not path.exists():
        pytest.fail(f"the held-out corpus is missing: {path}")
    return evaluate_files([path])


def test_the_split_is_big_enough_to_mean_something(report) -> None:
    assert report.messages >= 100
    assert report.replies >= 10


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor_holds_on_the_held_out_split(report, name: str) -> None:
    score = report.scores()[name]
    assert score >= FLOORS[name], f"{name} = {score:.3f} < {FLOORS[name]}\n" + format_report(
        report, title="test split"
    )
