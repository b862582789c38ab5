"""Scoring the coach on a labelled corpus (format: docs/coach.md, COACH-LABELS.md).

Shared by `ourway coach-eval`, tests/coach/test_quality.py and bench/coach_bench.py, so
the three can never disagree about what a score means.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ourway.coach.analyze import analyze
from ourway.coach.result import HORSEMEN, NEEDS, PARTS

BINARY = ("blame", "fine_shield", "harsh_startup", "reflection", "danger", "logistics")
VERDICTS = {
    "i_feel": (None, "valid", "faux"),
    "apology": (None, "complete", "partial", "non_apology"),
    "turn": ("toward", "away", "against"),
}

# The floors the project promises on a held-out split (asserted in tests/coach).
FLOORS: dict[str, float] = {
    "blame.f1": 0.90,
    "horsemen.macro_f1": 0.80,
    "fine_shield.f1": 0.85,
    "harsh_startup.f1": 0.80,
    "i_feel.accuracy": 0.85,
    "apology.accuracy": 0.85,
    "reflection.f1": 0.90,
    "needs.macro_f1": 0.70,
    "danger.recall": 0.95,
    "danger.precision": 0.85,
    "logistics.f1": 0.85,
    "turn.accuracy": 0.80,
}

Predict = Callable[[dict[str, Any]], dict[str, Any]]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        self.tp += gold and pred
        self.fp += pred and not gold
        self.fn += gold and not pred

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Report:
    """Per-label counts, verdict confusion tables and the mistakes behind them."""

    counts: dict[str, Counts] = field(default_factory=dict)
    confusion: dict[str, dict[tuple[Any, Any], int]] = field(default_factory=dict)
    errors: dict[str, list[tuple[str, Any, Any]]] = field(default_factory=dict)
    messages: int = 0
    replies: int = 0

    def count(self, name: str) -> Counts:
        return self.counts.setdefault(name, Counts())

    def accuracy(self, label: str) -> float:
        """Accuracy over cases where gold or prediction is not null (turn: all replies)."""
        table = self.confusion.get(label, {})
        considered = {k: v for k, v in table.items() if k != (None, None)}
        total = sum(considered.values())
        right = sum(v for (g, p), v in considered.items() if g == p)
        return right / total if total else 1.0

    def macro_f1(self, group: Iterable[str]) -> float:
        scores = [self.count(name).f1 for name in group]
        return sum(scores) / len(scores)

    def scores(self) -> dict[str, float]:
        """Flat name -> score map, the names FLOORS uses."""
        out: dict[str, float] = {}
        for name in BINARY:
            c = self.count(name)
            out[f"{name}.precision"], out[f"{name}.recall"], out[f"{name}.f1"] = (
                c.precision,
                c.recall,
                c.f1,
            )
        out["horsemen.macro_f1"] = self.macro_f1(f"horsemen.{h}" for h in HORSEMEN)
        out["needs.macro_f1"] = self.macro_f1(f"needs.{n}" for n in NEEDS)
        for label in VERDICTS:
            out[f"{label}.accuracy"] = self.accuracy(label)
        return out

    def below_floors(self) -> dict[str, tuple[float, float]]:
        scores = self.scores()
        return {k: (scores[k], floor) for k, floor in FLOORS.items() if scores[k] < floor}


def load(path: str | Path) -> list[dict[str, Any]]:
    """Read a corpus file; a missing file is an error, never an empty corpus."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}:{number}: not JSON ({error.msg})") from None
    return rows


def coach_predict(case: dict[str, Any]) -> dict[str, Any]:
    reply_to = case.get("bid") if case.get("kind") == "reply" else None
    return analyze(case.get("text", ""), reply_to=reply_to).to_dict()


def _note(report: Report, label: str, case: dict[str, Any], gold: Any, pred: Any) -> None:
    if gold != pred:
        report.errors.setdefault(label, []).append((str(case.get("text", "")), gold, pred))


def evaluate(cases: Iterable[dict[str, Any]], predict: Predict = coach_predict) -> Report:
    report = Report()
    for case in cases:
        pred = predict(case)
        if case.get("kind") == "reply":
            report.replies += 1
            key = (case.get("turn"), pred.get("turn"))
            table = report.confusion.setdefault("turn", {})
            table[key] = table.get(key, 0) + 1
            _note(report, "turn", case, *key)
            continue
        report.messages += 1
        for name in BINARY:
            gold, guess = bool(case.get(name)), bool(pred.get(name))
            report.count(name).add(gold, guess)
            _note(report, name, case, gold, guess)
        for group, names in (("horsemen", HORSEMEN), ("needs", NEEDS), ("apology_parts", PARTS)):
            gold_set, pred_set = set(case.get(group) or ()), set(pred.get(group) or ())
            for name in names:
                report.count(f"{group}.{name}").add(name in gold_set, name in pred_set)
            _note(report, group, case, sorted(gold_set), sorted(pred_set))
        for label in ("i_feel", "apology"):
            key = (case.get(label), pred.get(label))
            table = report.confusion.setdefault(label, {})
            table[key] = table.get(key, 0) + 1
            _note(report, label, case, *key)
    return report


def evaluate_files(paths: Iterable[str | Path], predict: Predict = coach_predict) -> Report:
    cases: list[dict[str, Any]] = []
    for path in paths:
        cases.extend(load(path))
    return evaluate(cases, predict)


def format_report(report: Report, *, title: str = "coach") -> str:
    """The human-readable table `ourway coach-eval` prints."""
    lines = [f"{title}: {report.messages} messages, {report.replies} replies", ""]
    lines.append(f"{'label':<28}{'prec':>7}{'recall':>8}{'F1':>7}{'support':>9}")
    names = list(BINARY)
    names += [f"horsemen.{h}" for h in HORSEMEN]
    names += [f"needs.{n}" for n in NEEDS] + [f"apology_parts.{p}" for p in PARTS]
    for name in names:
        c = report.count(name)
        lines.append(f"{name:<28}{c.precision:>7.3f}{c.recall:>8.3f}{c.f1:>7.3f}{c.support:>9}")
    scores = report.scores()
    lines.append(f"{'horsemen (macro F1)':<42}{scores['horsemen.macro_f1']:>7.3f}")
    lines.append(f"{'needs (macro F1)':<42}{scores['needs.macro_f1']:>7.3f}")
    for label, values in VERDICTS.items():
        lines += ["", f"{label}: accuracy {report.accuracy(label):.3f} (gold rows x predicted)"]
        table = report.confusion.get(label, {})
        header = "".join(f"{v!s:>13}" for v in values)
        lines.append(f"{'gold / pred':<13}{header}")
        for gold in values:
            row = "".join(f"{table.get((gold, pred), 0):>13}" for pred in values)
            lines.append(f"{gold!s:<13}{row}")
    below = report.below_floors()
    lines.append("")
    if below:
        lines.append("below the project's floors:")
        lines += [f"  {k}: {v:.3f} < {floor:.2f}" for k, (v, floor) in below.items()]
    else:
        lines.append("all of the project's floors hold")
    return "\n".join(lines)
