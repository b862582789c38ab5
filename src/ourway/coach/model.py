"""A small learned layer: logistic regression over word n-grams and rule hits.

Trained offline by scripts/train_coach.py on tests/coach/corpus/train.jsonl and shipped
as data/model.json; inference is pure Python dictionary look-ups, nothing is fetched.
Each label's score is a sum of the weights of the features present, so a decision can
always be explained by its top n-grams (see `top_ngram`).
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from ourway.coach.text import Doc

# Punctuation becomes a space so splitting gives words; "?" and "!" stay as their own
# tokens because they carry tone. bytes.translate and split run in C.
_PUNCT_CHARS = b'.,;:"()[]*/\\-_~'
_PUNCT = bytes.maketrans(_PUNCT_CHARS, b" " * len(_PUNCT_CHARS))
_MAX_TOKENS = 400  # features come from the first 400 tokens; enough for any message


def tokens(doc: Doc) -> list[bytes]:
    spaced = doc.b[:4000].translate(_PUNCT).replace(b"?", b" ? ").replace(b"!", b" ! ")
    return spaced.split()[:_MAX_TOKENS]


def features(toks: list[bytes], rule_ids: Iterable[str], bid: Doc | None = None) -> set[str]:
    """The sparse binary features one message (or reply) turns into."""
    words = [t.decode("utf-8", "replace") for t in toks]
    feats = set(words)
    feats.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    if words:
        feats.add(f"^{words[0]}")
        if len(words) > 1:
            feats.add(f"^{words[0]} {words[1]}")
        feats.add(f"{words[-1]}$")
    feats.add(f"#len{min(len(words), 12) // 3}")
    feats.update(f"@{rule}" for rule in rule_ids)
    if bid is not None:
        bid_words = {t for t in tokens(bid) if len(t) > 3}
        feats.add("#bid-overlap" if bid_words & set(toks) else "#bid-no-overlap")
        feats.add("#reply")
    return feats


@cache
def weights() -> dict[str, Any]:
    raw = resources.files("ourway.coach").joinpath("data/model.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def _table() -> tuple[tuple[str, ...], dict[str, tuple[tuple[int, float], ...]]]:
    data = weights()
    labels = tuple(data["labels"])
    table = {
        feat: tuple((int(i), float(w)) for i, w in pairs) for feat, pairs in data["weights"].items()
    }
    return labels, table


def scores(feats: set[str]) -> dict[str, float]:
    """Probability per label."""
    labels, table = _table()
    bias = weights()["bias"]
    totals = list(bias)
    for feat in feats:
        pairs = table.get(feat)
        if pairs:
            for index, weight in pairs:
                totals[index] += weight
    return {
        label: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t))))
        for label, t in zip(labels, totals, strict=True)
    }


def top_ngram(label: str, feats: set[str]) -> str | None:
    """The word n-gram that pushed `label` up the most (rule and shape features skipped)."""
    labels, table = _table()
    index = labels.index(label)
    best, best_weight = None, 0.0
    for feat in feats:
        if feat[0] in "@#^" or feat.endswith("$"):
            continue
        for i, weight in table.get(feat, ()):
            if i == index and weight > best_weight:
                best, best_weight = feat, weight
    return best
