"""Quality on the thirteen held-out splits: test and holdout, holdout2 ... holdout12.

The coach (rules and learned layer) was built on train and dev only. holdout.jsonl to
holdout5.jsonl were each written separately, by a writer who saw only the label guide (not
the rules, not the other splits), so they are the closest thing here to the independent
corpus the floors will also be checked on. The first four have since been used to choose
margins and to study errors; holdout4 and holdout5 were each measured unseen on arrival,
and only their totals and a few error lists have been read since (holdout5's blame, danger
and harsh start-up errors led to rule fixes that also hold on train, so its scores after
that are no longer unseen). holdout6 came from two more writers (224 cases each) and was
measured unseen on arrival, each half before its errors were read: 9 of 12 floors (the
second half 8 of 12, blame F1 0.80); the rule fixes that followed, each also checked on
every other corpus case, brought it to 12. holdout7 (round 14) came from two more writers
(224 cases each, 17 repeats of corpus texts dropped), each half measured unseen on
arrival: 10 of 12 floors each, every label but danger at its floor; then only their danger
errors were read (three rule fixes, each checked on every corpus case). holdout8 (round
15) came from two more writers (224 cases each, 3 repeats dropped; writers new to the
corpus' Englishes: South Asian, Filipino, Caribbean and Nigerian; Scottish, Welsh, New
Zealand and South African), measured unseen on arrival: 8 of 12 floors together (the first
writer 9, the second 4); then its errors were read and general fixes made, each checked on
every corpus case. holdout9 (round 16) came from two more writers (224 cases each, 18
repeats dropped; England's North and Midlands and Northern Ireland, older couples and
carers; young Americans texting, poly and sober couples), English only, measured unseen on
arrival: 8 of 12 floors together (7 each); then its errors were read and general fixes
made, each checked on every corpus case. holdout10 (round 17) came from two more writers
(224 cases each, 20 repeats dropped; the US Northeast, nurses, cops and a deli; London's
East End, Essex and the West Country, a pub, a NICU, long covid), English only, measured
unseen on arrival: 8 of 12 floors together (the first writer 6, the second 10); then its
errors were read and general fixes made, each checked on every corpus case. holdout11
(round 18) came from two more writers (224 cases each, 17 repeats dropped; the American
West and Southwest, fishing boats, casinos and fire crews; couples carrying heavy lives in
Ireland and Canada: recovery, prison, IVF, grief), English only, measured unseen on
arrival: 8 of 12 floors together (the first writer 6, the second 8); then its errors were
read and general fixes made, each checked on every corpus case. holdout12 (round 19) came
from two more writers (224 cases each, 18 repeats dropped; Australia and New Zealand beyond
the cities: FIFO mine workers, a dairy farm, Pasifika families in South Auckland; couples in
their 60s to 80s and in their early 20s: dementia, hearing aids, pensions, young parents
on universal credit, a wheelchair user, bipolar disorder), English only, measured unseen on
arrival: 7 of 12 floors together (7 each); then its errors were read and general fixes
made, each checked on every corpus case. A missing corpus file fails this test; it never
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

# Measured on each split for this release, less a small margin for noise.
NOT_YET_AT_FLOOR: dict[str, dict[str, float]] = {
    "test": {
        "harsh_startup.f1": 0.60,
    },
    "holdout": {},
    "holdout2": {},
    "holdout3": {
        "harsh_startup.f1": 0.70,
    },
    "holdout4": {},
    "holdout5": {
        "harsh_startup.f1": 0.73,
    },
    "holdout6": {},
    "holdout7": {},
    "holdout8": {
        "blame.f1": 0.85,
        "danger.recall": 0.92,
    },
    "holdout9": {
        "blame.f1": 0.87,
        "danger.precision": 0.77,
    },
    "holdout10": {
        "danger.precision": 0.70,
    },
    "holdout11": {
        "blame.f1": 0.85,
        "harsh_startup.f1": 0.77,
        "danger.precision": 0.73,
    },
    "holdout12": {
        "blame.f1": 0.85,
        "harsh_startup.f1": 0.61,
        "danger.precision": 0.71,
        "logistics.f1": 0.82,
    },
}
SPLITS = tuple(NOT_YET_AT_FLOOR)


@pytest.fixture(scope="module", params=SPLITS)
def split(request):
    path = CORPUS / f"{request.param}.jsonl"
    if not path.exists():
        pytest.fail(f"the held-out corpus is missing: {path}")
    return request.param, evaluate_files([path])


def test_the_split_is_big_enough_to_mean_something(split) -> None:
    _name, report = split
    assert report.messages >= 100
    assert report.replies >= 10


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_each_label_holds_its_floor_or_its_current_level(split, label: str) -> None:
    name, report = split
    needed = NOT_YET_AT_FLOOR[name].get(label, FLOORS[label])
    score = report.scores()[label]
    assert score >= needed, f"{name}: {label} = {score:.3f} < {needed}\n" + format_report(
        report, title=f"{name} split"
    )


def test_labels_listed_as_short_of_their_floor_really_are(split) -> None:
    name, report = split
    reached = [label for label in NOT_YET_AT_FLOOR[name] if report.scores()[label] >= FLOORS[label]]
    assert not reached, f"{name}: {reached} reached their floor: remove them from the list"
