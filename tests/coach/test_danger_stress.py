"""Danger on its own stress set: the error the coach must least often make.

The held-out splits hold only 26 to 58 danger messages each, so one miss moves recall by
two to four points, and every one of them has since been read. danger_stress.jsonl was
written for this label alone (round 8 of the corpus, see docs/coach.md) by two writers who
saw only the label guide, 240 messages each: half real danger of every kind the guide
names (violence, threats, fear of the partner, isolation, money, monitoring, self-harm
held over the partner, sexual coercion; plain, minimised, veiled or buried in a long
message), half hard negatives (violent idioms, violence outside the relationship, fear of
something else, healthy boundaries, low mood, anger that is not danger). It was measured
unseen on arrival and its errors have not been read. Ten more writers' sets of the same
brief (two from round 8, read and fixed against; eight from rounds 9 and 10, measured
unseen on arrival and not read) are train_danger.jsonl, which teaches the word model danger alone
(its danger head was retrained on them, the other heads kept).

Recall is far from the coach issue's floor here; `RECALL_AT_LEAST` is the level it must
keep until it is, and the last test fails once the floor is reached, so the number in
this file always tells the truth.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ourway.coach.evaluate import FLOORS, evaluate_files, format_report

STRESS = Path(__file__).parent / "corpus" / "danger_stress.jsonl"
RECALL_AT_LEAST = 0.89  # 0.771 on arrival; 0.917 once the danger head learnt rounds 8-10


@pytest.fixture(scope="module")
def report():
    if not STRESS.exists():
        pytest.fail(f"the danger stress set is missing: {STRESS}")
    return evaluate_files([STRESS])


def test_the_stress_set_is_balanced_and_big(report) -> None:
    danger = report.count("danger")
    positives = danger.tp + danger.fn
    assert positives >= 200
    assert report.messages - positives >= 200


def test_danger_recall_keeps_its_level_and_precision_its_floor(report) -> None:
    scores = report.scores()
    detail = format_report(report, title="danger stress set")
    assert scores["danger.recall"] >= RECALL_AT_LEAST, detail
    assert scores["danger.precision"] >= FLOORS["danger.precision"], detail


def test_recall_listed_as_short_of_its_floor_really_is(report) -> None:
    assert report.scores()["danger.recall"] < FLOORS["danger.recall"], (
        "danger recall reached its floor on the stress set: assert the floor itself"
    )
