"""Quality on the held-out test split (tests/coach/corpus/test.jsonl).

The coach was tuned on train and dev only. A missing corpus file fails this test; it never
silently passes.

Not every floor the project aims for (`FLOORS`, from the coach issue) is reached yet. The
labels still short of their floor are listed in `NOT_YET_AT_FLOOR` with the level each must
at least keep, so the coach cannot quietly get worse while that work goes on; see
docs/coach.md, "Where the coach stands". When a label reaches its floor, the second test
fails until it is moved out of the list, so the list always tells the truth.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ourway.coach.evaluate import FLOORS, evaluate_files, format_report

CORPUS = Path(__file__).parent / "corpus"

# Measured on the test split for this release, less a small margin for noise.
NOT_YET_AT_FLOOR = {
    "blame.f1": 0.71,
    "danger.precision": 0.82,
    "danger.recall": 0.82,
    "harsh_startup.f1": 0.58,
    "horsemen.macro_f1": 0.61,
    "i_feel.accuracy": 0.81,
    "logistics.f1": 0.71,
    "needs.macro_f1": 0.66,
    "reflection.f1": 0.72,
}


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
def test_each_label_holds_its_floor_or_its_current_level(report, name: str) -> None:
    needed = NOT_YET_AT_FLOOR.get(name, FLOORS[name])
    score = report.scores()[name]
    assert score >= needed, f"{name} = {score:.3f} < {needed}\n" + format_report(
        report, title="test split"
    )


@pytest.mark.parametrize("name", sorted(NOT_YET_AT_FLOOR))
def test_labels_listed_as_short_of_their_floor_really_are(report, name: str) -> None:
    assert report.scores()[name] < FLOORS[name], (
        f"{name} reached its floor: remove it from the list"
    )
