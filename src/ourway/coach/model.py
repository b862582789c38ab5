"""The learned layer: one logistic regression per label over hashed text features.

Features (all binary, hashed into 2**18 buckets with CRC-32, so the weights file stays
small and any spelling still lands somewhere):

- word unigrams and bigrams, the first word and the first two words of the message;
- character 3-5-grams of each word written as "<word>" (robust to typos and texting
  spelling: "ur", "urself", "sooo selfish");
- a few shape features (ends in "?", length bucket) and, for replies, whether the reply
  shares a content word with the bid.

The model reads the text only, not which rules fired: the rules were written against the
same corpus, so rule hits would look perfect in training and the model would learn to
copy them. learned.py combines the two. All bucket weights are scaled by
1/sqrt(number of buckets), so a long message does not shout.

Trained offline by scripts/train_coach.py on the train and dev splits (k-fold
cross-validation picks each label's threshold) and shipped as data/model.json. Inference
is pure Python: each distinct word's summed weights are computed once and cached, so a
message costs one small sum per word plus a few look-ups.
"""

from __future__ import annotations

import json
from importlib import resources
from itertools import pairwise
from math import exp, log, sqrt
from typing import Any
from zlib import crc32

from ourway.coach.text import Doc

BITS = 18
MASK = (1 << BITS) - 1
NGRAMS = (3, 4, 5)

# Punctuation becomes a space so splitting gives words; "?" and "!" stay as their own
# tokens because they carry tone. bytes.translate and split run in C.
_PUNCT_CHARS = b'.,;:"()[]*/\\-_~'
_PUNCT = bytes.maketrans(_PUNCT_CHARS, b" " * len(_PUNCT_CHARS))
MAX_TOKENS = 400  # features come from the first 400 tokens; enough for any message
_CACHE_LIMIT = 50_000  # distinct words whose weights are kept summed


def tokens(doc: Doc) -> list[bytes]:
    spaced = doc.b[:4000].translate(_PUNCT).replace(b"?", b" ? ").replace(b"!", b" ! ")
    return spaced.split()[:MAX_TOKENS]


def _h(kind: bytes, value: bytes) -> int:
    return crc32(value, crc32(kind)) & MASK


def word_features(tok: bytes) -> list[int]:
    """Buckets of one word: the word itself and its character n-grams."""
    feats = [_h(b"w", tok)]
    padded = b"<" + tok + b">"
    size = len(padded)
    for n in NGRAMS:
        for i in range(size - n + 1):
            feats.append(_h(b"c", padded[i : i + n]))
    return feats


def context_features(toks: list[bytes], bid: Doc | None) -> list[int]:
    """Buckets that depend on more than one word: bigrams, position, shape, the bid."""
    feats = [_h(b"b", a + b" " + b) for a, b in pairwise(toks)]
    if toks:
        feats.append(_h(b"^", toks[0]))
        if len(toks) > 1:
            feats.append(_h(b"^^", toks[0] + b" " + toks[1]))
        feats.append(_h(b"$", toks[-1]))
    feats.append(_h(b"#len", bytes((min(len(toks), 30) // 5,))))
    if bid is not None:
        bid_words = {t for t in tokens(bid) if len(t) > 3}
        feats.append(_h(b"#bid", b"overlap" if bid_words & set(toks) else b"none"))
        feats.append(_h(b"#reply", b""))
    return feats


def all_features(toks: list[bytes], bid: Doc | None) -> list[int]:
    """Every bucket of a message, repeats kept, as training sees it."""
    feats: list[int] = []
    for tok in dict.fromkeys(toks):
        feats.extend(word_features(tok))
    feats.extend(context_features(toks, bid))
    return feats


class Model:
    """Weights per bucket (dense over labels), biases and thresholds."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self.index = {label: i for i, label in enumerate(self.labels)}
        self.bias: list[float] = [float(b) for b in data["bias"]]
        self.thresholds: dict[str, float] = {k: float(v) for k, v in data["thresholds"].items()}
        # The same thresholds as log-odds, so deciding needs no sigmoid.
        self.cuts = {k: log(t / (1.0 - t)) for k, t in self.thresholds.items()}
        width = len(self.labels)
        # Rows are stored quantised: integers times `scale` (keeps the file small).
        scale = float(data["scale"])
        self.rows: dict[int, list[float]] = {
            int(key): [q * scale for q in row] for key, row in data["rows"].items()
        }
        self._zero = [0.0] * width
        self._words: dict[bytes, tuple[list[float], int]] = {}

    def word_row(self, tok: bytes) -> tuple[list[float], int]:
        """The summed weights of one word's buckets, and how many buckets it has."""
        cached = self._words.get(tok)
        if cached is None:
            feats = word_features(tok)
            rows = [r for f in feats if (r := self.rows.get(f)) is not None]
            row = [sum(col) for col in zip(self._zero, *rows, strict=True)] if rows else self._zero
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            cached = self._words[tok] = (row, len(feats))
        return cached

    def logits(self, toks: list[bytes], bid: Doc | None) -> list[float]:
        """Bias plus the buckets' weights, scaled by 1/sqrt(number of buckets)."""
        rows = []
        count = 0
        for tok in dict.fromkeys(toks):
            row, n = self.word_row(tok)
            rows.append(row)
            count += n
        get = self.rows.get
        context = context_features(toks, bid)
        count += len(context)
        rows.extend(r for f in context if (r := get(f)) is not None)
        scale = 1.0 / sqrt(count) if count else 0.0
        sums = map(sum, zip(self._zero, *rows, strict=True))
        return [b + scale * total for b, total in zip(self.bias, sums, strict=True)]

    def logit_map(self, toks: list[bytes], bid: Doc | None = None) -> dict[str, float]:
        return dict(zip(self.labels, self.logits(toks, bid), strict=True))

    def probabilities(self, toks: list[bytes], bid: Doc | None = None) -> dict[str, float]:
        return {label: sigmoid(z) for label, z in self.logit_map(toks, bid).items()}

    def top_words(self, label: str, toks: list[bytes]) -> list[tuple[float, bytes]]:
        """Words and word pairs of the message by how much they pushed `label` up."""
        i = self.index[label]
        scored = [(self.word_row(t)[0][i], t) for t in set(toks)]
        for a, b in pairwise(toks):
            row = self.rows.get(_h(b"b", a + b" " + b))
            if row is not None:
                both = row[i] + self.word_row(a)[0][i] + self.word_row(b)[0][i]
                scored.append((both, a + b" " + b))
        return sorted(scored, reverse=True)


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + exp(-max(-30.0, min(30.0, z))))


_MODEL: list[Model] = []


def load_data() -> dict[str, Any]:
    raw = resources.files("ourway.coach").joinpath("data/model.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def get() -> Model:
    if not _MODEL:
        _MODEL.append(Model(load_data()))
    return _MODEL[0]


def use(data: dict[str, Any] | None) -> None:
    """Swap the model in memory (training and cross-validation); None reloads the file."""
    _MODEL.clear()
    if data is not None:
        _MODEL.append(Model(data))
