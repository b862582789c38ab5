"""The learned layer: one logistic regression per label over hashed text features.

Features (all binary, each named by its CRC-32; only those seen in training are kept, so
the weights file stays small and an unseen spelling still shares its character n-grams):

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
import struct
from importlib import resources
from itertools import pairwise, repeat
from math import exp, log, sqrt
from typing import Any, cast
from zlib import crc32

from ourway.coach.text import Doc

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


def word_features(tok: bytes) -> list[int]:
    """Buckets of one word: the word itself and its character n-grams."""
    feats = [_h(b"w", tok)]
    padded = b"<" + tok + b">"
    size = len(padded)
    for n in NGRAMS:
        for i in range(size - n + 1):
            feats.append(_h(b"c", padded[i : i + n]))
    return feats


_SEED = {kind: crc32(kind) for kind in (b"w", b"c", b"b", b"^", b"^^", b"$", b"#len", b"#bid",
                                         b"#reply")}  # fmt: skip


def _h(kind: bytes, value: bytes) -> int:
    return crc32(value, _SEED[kind])


def context_features(toks: list[bytes], bid: Doc | None) -> list[int]:
    """Buckets that depend on more than one word: bigrams, position, shape, the bid."""
    # Bigrams joined and hashed by map() over C functions: no Python step per pair.
    feats = list(map(crc32, map(b" ".join, pairwise(toks)), repeat(_SEED[b"b"])))
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


# Every bucket's row of quantised weights (one small integer per label) is packed into one
# Python int, FIELD bits per label, each field lifted by OFFSET so it stays positive, plus
# two counting fields (rows summed, buckets seen). Adding two packed ints adds every label
# at once, in C: a message's sum over its buckets is `sum()` over packed ints instead of one
# float addition per bucket and label, which made this layer cost more than all the rules.
# Why hand-written: numpy's per-call overhead (~5 us per small fancy-index on a slow core)
# is larger than the whole sum here.
FIELD = 64
_FIELD_MASK = (1 << FIELD) - 1
OFFSET = 1 << 40  # no field can borrow from the next: |sum| < 2**40 for any message


def pack_row(row: list[int]) -> int:
    """A bucket's quantised row, packed, counting itself as one row."""
    width = len(row)
    return sum((q + OFFSET) << (FIELD * j) for j, q in enumerate(row)) | (1 << (FIELD * width))


class Model:
    """Packed rows per bucket (see FIELD), biases, the quantisation scale and thresholds."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self.index = {label: i for i, label in enumerate(self.labels)}
        self.bias: list[float] = [float(b) for b in data["bias"]]
        self.scale = float(data["scale"])  # weight = stored integer * scale
        self.thresholds: dict[str, float] = {k: float(v) for k, v in data["thresholds"].items()}
        # The same thresholds as log-odds, so deciding needs no sigmoid.
        self.cuts = {k: log(t / (1.0 - t)) for k, t in self.thresholds.items()}
        self.rows: dict[int, int] = {int(k): pack_row(row) for k, row in data["rows"].items()}
        width = len(self.labels)
        self._unpack = struct.Struct(f"<{width + 2}Q").unpack
        self._bytes = FIELD // 8 * (width + 2)
        self._count_shift = FIELD * (width + 1)
        # word -> packed sum of its known buckets, with its number of buckets in the last field
        self._words: dict[bytes, int] = {}

    def _word(self, tok: bytes) -> int:
        cached = self._words.get(tok)
        if cached is None:
            feats = word_features(tok)
            get = self.rows.get
            cached = sum(filter(None, map(get, feats))) + (len(feats) << self._count_shift)
            if len(self._words) >= _CACHE_LIMIT:
                self._words.clear()
            self._words[tok] = cached
        return cached

    def _decode(self, packed: int, extra: int = 0) -> list[float]:
        """Logits from a packed sum: bias + weights scaled by 1/sqrt(number of buckets)."""
        *fields, rows, count = self._unpack(packed.to_bytes(self._bytes, "little"))
        count += extra
        if not count:
            return list(self.bias)
        lift = rows * OFFSET
        k = self.scale / sqrt(count)
        return [b + k * (f - lift) for b, f in zip(self.bias, fields, strict=True)]

    def _weights(self, packed: int) -> list[float]:
        *fields, rows, _count = self._unpack(packed.to_bytes(self._bytes, "little"))
        lift = rows * OFFSET
        return [(f - lift) * self.scale for f in fields]

    def word_row(self, tok: bytes) -> tuple[list[float], int]:
        """The summed weights of one word's buckets, and how many buckets it has."""
        packed = self._word(tok)
        return self._weights(packed), packed >> self._count_shift

    def logits(self, toks: list[bytes], bid: Doc | None) -> list[float]:
        """Bias plus the buckets' weights, scaled by 1/sqrt(number of buckets)."""
        unique = list(dict.fromkeys(toks))
        cached: list[int | None] = list(map(self._words.get, unique))
        known: list[int] = (
            list(map(self._word, unique)) if None in cached else cast("list[int]", cached)
        )
        context = context_features(toks, bid)
        total = sum(known) + sum(filter(None, map(self.rows.get, context)))
        return self._decode(total, len(context))

    def logit_map(self, toks: list[bytes], bid: Doc | None = None) -> dict[str, float]:
        return dict(zip(self.labels, self.logits(toks, bid), strict=True))

    def probabilities(self, toks: list[bytes], bid: Doc | None = None) -> dict[str, float]:
        return {label: sigmoid(z) for label, z in self.logit_map(toks, bid).items()}

    def _field(self, packed: int, i: int) -> float:
        """Label i's weight inside a packed sum, without unpacking the other labels."""
        rows = (packed >> (FIELD * (len(self.labels)))) & _FIELD_MASK
        return (((packed >> (FIELD * i)) & _FIELD_MASK) - rows * OFFSET) * self.scale

    def top_words(self, label: str, toks: list[bytes]) -> list[tuple[float, bytes]]:
        """Words and word pairs of the message by how much they pushed `label` up."""
        i = self.index[label]
        field = self._field
        weight = {t: field(self._word(t), i) for t in set(toks)}
        scored = [(w, t) for t, w in weight.items()]
        get = self.rows.get
        for a, b in pairwise(toks):
            packed = get(_h(b"b", a + b" " + b))
            if packed is not None:
                scored.append((field(packed, i) + weight[a] + weight[b], a + b" " + b))
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
