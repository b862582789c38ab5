"""Danger on its own stress set: the error the coach must least often make.

The held-out splits hold only 26 to 58 danger messages each, so one miss moves recall by
two to four points, and every one of them has since been read. danger_stress.jsonl was
written for this label alone (round 8 of the corpus, see docs/coach.md) by two writers who
saw only the label guide, 240 messages each: half real danger of every kind the guide
names (violence, threats, fear of the partner, isolation, money, monitoring, self-harm
held over the partner, sexual coercion; plain, minimised, veiled or buried in a long
message), half hard negatives (violent idioms, violence outside the relationship, fear of
something else, healthy boundaries, low mood, anger that is not danger). It was measured
unseen on arrival and its errors have not been read. Eighteen more writers' sets of the
same brief (two from round 8, read and fixed against; sixteen from rounds 9 to 12, measured
unseen on arrival and not read) are train_danger.jsonl, which teaches the word model
danger alone (its danger head was retrained on them, the other heads kept).

danger_stress2.jsonl (round 11) is a second, fresh pair of writers with the same brief and
new voices, written after danger_stress had been used three times to decide whether a
retrained danger head ships: it measures the coach on danger nobody has tuned against. It
was measured unseen on arrival (recall 0.867, precision 0.945, by the danger head of
rounds 8-10) and its errors have not been read; it decides nothing, it only reports.
Round 11's four other writers (the same brief, leaning on veiled and buried danger and the
controlling partner's own voice) joined train_danger after their own unseen measure, and so
did round 12's four.

danger_stress3.jsonl (round 13, 956 messages) is four more writers briefed like round 12:
a third of the danger minimised and half veiled or buried, at least 40 messages in the
controlling partner's own voice. A danger head trained on them as well found no more of
danger_stress or danger_stress2 and missed three held-out danger messages the shipped head
finds, so it was not shipped, and the four sets became the largest unseen measure of hard
danger text: 0.842 (precision 0.951), unread.

The word model's danger used to be vetoed in any message with laughter or hearts; the
danger writers bury disclosures in "lol" and emoji, so it now needs a surer score there
(learned.PLAYFUL_DANGER_CUT, chosen by leaving one train round out): danger_stress 0.933 ->
0.967, which meets the floor, danger_stress2 0.900 -> 0.908, danger_stress3 0.842 -> 0.890.

`RECALL_AT_LEAST` is the level each set must keep: the floor itself once a set reaches it,
and until then the level it has, with the last test failing once the floor is reached, so
the number in this file always tells the truth.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ourway.coach.evaluate import FLOORS, evaluate_files, format_report

CORPUS = Path(__file__).parent / "corpus"
# The level recall must keep on each set (the floor is 0.95).
RECALL_AT_LEAST = {
    # 0.771 on arrival; 0.933 with the head of rounds 8-12; 0.967 with the playful cut
    "danger_stress.jsonl": FLOORS["danger.recall"],
    "danger_stress2.jsonl": 0.90,  # 0.867 on arrival (head of rounds 8-10); 0.908 now
    "danger_stress3.jsonl": 0.88,  # 0.842 on arrival (head of rounds 8-12); 0.890 now
}


@pytest.fixture(scope="module", params=sorted(RECALL_AT_LEAST))
def stress(request):
    path = CORPUS / request.param
    if not path.exists():
        pytest.fail(f"the danger stress set is missing: {path}")
    return request.param, evaluate_files([path])


def test_the_stress_set_is_balanced_and_big(stress) -> None:
    danger = stress[1].count("danger")
    positives = danger.tp + danger.fn
    assert positives >= 200
    assert stress[1].messages - positives >= 200


def test_danger_recall_keeps_its_level_and_precision_its_floor(stress) -> None:
    name, report = stress
    scores = report.scores()
    detail = format_report(report, title=name)
    assert scores["danger.recall"] >= RECALL_AT_LEAST[name], detail
    assert scores["danger.precision"] >= FLOORS["danger.precision"], detail


def test_recall_listed_as_short_of_its_floor_really_is(stress) -> None:
    name, report = stress
    if RECALL_AT_LEAST[name] < FLOORS["danger.recall"]:
        assert report.scores()["danger.recall"] < FLOORS["danger.recall"], (
            f"danger recall reached its floor on {name}: assert the floor itself"
        )
    else:  # a set at its floor is held to the floor by the test above
        assert RECALL_AT_LEAST[name] == FLOORS["danger.recall"]
