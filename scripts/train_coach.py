"""Train the coach's small linear layer (src/ourway/coach/data/model.json).

Pure Python, no extra dependency: L2-regularised logistic regression, one binary model
per label, over word n-grams and rule hits (ourway.coach.model.features).

    uv run python scripts/train_coach.py            # fit on train, report on dev, then
                                                     # refit on train+dev and write the file
    uv run python scripts/train_coach.py --check     # only report on dev, write nothing

The held-out test split is never read here.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

from ourway.coach.engine import find_hits
from ourway.coach.evaluate import Counts, load
from ourway.coach.model import features, tokens
from ourway.coach.text import prepare

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "coach" / "corpus"
OUT = ROOT / "src" / "ourway" / "coach" / "data" / "model.json"

MESSAGE_LABELS = (
    "blame",
    "horsemen:criticism",
    "horsemen:contempt",
    "horsemen:defensiveness",
    "horsemen:stonewalling",
    "fine_shield",
    "harsh_startup",
    "reflection",
    "danger",
    "logistics",
    "needs:safety",
    "needs:respect",
    "needs:heard",
    "needs:priority",
    "i_feel:valid",
    "i_feel:faux",
)
# The turn decision stays with the rules (turning.py); no reply labels are shipped.
REPLY_LABELS: tuple[str, ...] = ()
MIN_COUNT = 2  # an n-gram must appear in at least this many training cases
L2 = 0.02
EPOCHS = 120
PRUNE = 0.1  # weights smaller than this are dropped from the shipped file


def gold(case: dict[str, Any], label: str) -> bool:
    key, _, value = label.partition(":")
    if key == "turn":
        return bool(case.get("turn") == value)
    if key in ("horsemen", "needs"):
        return value in (case.get(key) or ())
    if key == "i_feel":
        return bool(case.get("i_feel") == value)
    if key == "apology":
        return case.get("apology") is not None if value == "any" else case.get("apology") == value
    return bool(case.get(key))


def featurise(case: dict[str, Any]) -> set[str]:
    reply = case.get("kind") == "reply"
    doc = prepare(case["text"])
    rule_ids = {hit.rule.id for hit in find_hits(doc, reply=reply)}
    bid = prepare(case.get("bid") or "") if reply else None
    return features(tokens(doc), rule_ids, bid)


def fit(xs: list[set[str]], ys: list[bool], vocab: set[str]) -> tuple[float, dict[str, float]]:
    """Full-batch gradient descent with AdaGrad steps; small data, so this is quick."""
    w: dict[str, float] = dict.fromkeys(vocab, 0.0)
    g2: dict[str, float] = dict.fromkeys(vocab, 1e-8)
    bias, bias_g2 = 0.0, 1e-8
    n = len(xs)
    pos = sum(ys)
    # Weight the rare positive class up so small labels are not simply ignored.
    pos_weight = min(4.0, max(1.0, (n - pos) / max(pos, 1) / 3))
    for _ in range(EPOCHS):
        grad: dict[str, float] = {}
        bias_grad = 0.0
        for x, y in zip(xs, ys, strict=True):
            z = bias + sum(w[f] for f in x if f in w)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            err = (p - y) * (pos_weight if y else 1.0)
            bias_grad += err
            for f in x:
                if f in w:
                    grad[f] = grad.get(f, 0.0) + err
        for f, value in grad.items():
            value = value / n + L2 * w[f]
            g2[f] += value * value
            w[f] -= 0.5 * value / math.sqrt(g2[f])
        bias_grad /= n
        bias_g2 += bias_grad * bias_grad
        bias -= 0.5 * bias_grad / math.sqrt(bias_g2)
    return bias, w


def train(cases: list[dict[str, Any]]) -> dict[str, Any]:
    groups = {
        False: [c for c in cases if c.get("kind") != "reply"],
        True: [c for c in cases if c.get("kind") == "reply"],
    }
    labels: list[str] = []
    biases: list[float] = []
    table: dict[str, list[list[float]]] = {}
    for is_reply, label_set in ((False, MESSAGE_LABELS), (True, REPLY_LABELS)):
        rows = groups[is_reply]
        xs = [featurise(c) for c in rows]
        counts = Counter(f for x in xs for f in x)
        vocab = {f for f, n in counts.items() if n >= MIN_COUNT or f.startswith("@")}
        for label in label_set:
            bias, w = fit(xs, [gold(c, label) for c in rows], vocab)
            index = len(labels)
            labels.append(label)
            biases.append(round(bias, 4))
            for feat, weight in w.items():
                if abs(weight) >= PRUNE:
                    table.setdefault(feat, []).append([index, round(weight, 4)])
    return {"labels": labels, "bias": biases, "weights": table}


def report(model: dict[str, Any], cases: list[dict[str, Any]]) -> None:
    labels = model["labels"]
    for index, label in enumerate(labels):
        reply = label.startswith("turn")
        rows = [c for c in cases if (c.get("kind") == "reply") == reply]
        for threshold in (0.35, 0.5, 0.65):
            c = Counts()
            for case in rows:
                z = model["bias"][index] + sum(
                    w for f in featurise(case) for i, w in model["weights"].get(f, ()) if i == index
                )
                c.add(gold(case, label), 1 / (1 + math.exp(-z)) >= threshold)
            print(f"{label:<26} t={threshold} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report on dev only")
    args = parser.parse_args()
    train_cases, dev_cases = load(CORPUS / "train.jsonl"), load(CORPUS / "dev.jsonl")
    report(train(train_cases), dev_cases)
    if args.check:
        return
    model = train(train_cases + dev_cases)
    model["about"] = "ourway.coach linear layer; written by scripts/train_coach.py"
    OUT.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB, {len(model['weights'])} features)")


if __name__ == "__main__":
    main()
