"""The trainer's one-head retraining (`scripts/train_coach.py --only LABEL`).

Retraining one label must leave every other label's shipped weights, bias and threshold
exactly as they were; the coach's other labels were measured with those.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from ourway.coach import model

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_coach.py"


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_coach", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shipped() -> dict:
    return {
        "labels": ["blame", "danger", "logistics"],
        "bias": [-1.0, -2.0, -0.5],
        "scale": 0.01,
        "rows": {"11": [10, 5, 0], "22": [0, 7, 3], "33": [0, 9, 0]},
        "thresholds": {"blame": 0.4, "danger": 0.31, "logistics": 0.35},
        "about": "shipped",
    }


def retrained() -> dict:
    return {
        "labels": ["blame", "danger", "logistics"],
        "bias": [9.0, -3.0, 9.0],
        "scale": 0.02,  # another scale: the new head is requantised on the shipped one
        "rows": {"11": [1, 2, 1], "44": [1, -60, 1], "55": [4, 0, 4]},
        "thresholds": {"blame": 0.9, "danger": 0.33, "logistics": 0.9},
    }


def test_only_the_retrained_label_changes(trainer) -> None:
    merged = trainer.keep_others(shipped(), retrained(), "danger")
    assert merged["bias"] == [-1.0, -3.0, -0.5]
    assert merged["thresholds"] == {"blame": 0.4, "danger": 0.33, "logistics": 0.35}
    assert merged["scale"] == 0.01
    assert merged["about"] == "shipped"
    # Bucket 33 only had danger weight, which the new head does not keep: it goes.
    # Bucket 44 is new to the danger head; 55 has no danger weight and is not added.
    assert merged["rows"] == {"11": [10, 4, 0], "22": [0, 0, 3], "44": [0, -120, 0]}


def test_the_merged_model_loads_and_scores_with_the_new_danger_head(trainer) -> None:
    merged = model.Model(trainer.keep_others(shipped(), retrained(), "danger"))
    assert merged.bias[merged.index["danger"]] == -3.0
    assert merged.thresholds["danger"] == 0.33


def test_another_label_set_is_refused(trainer) -> None:
    other = {**retrained(), "labels": ["blame", "danger", "needs:heard"]}
    with pytest.raises(SystemExit, match="other labels"):
        trainer.keep_others(shipped(), other, "danger")
