"""The feelings vocabulary: real feelings by family, faux feelings mapped to real ones.

Kept as data (data/feelings.json) so the web app can render an emotion picker from it. The
coach recognises every word of a family; a picker offers a kinder, shorter list of each:

    >>> families()["sad"][:3]
    ('sad', 'hurt', 'lonely')
    >>> "crap" in families()["sad"], "crap" in offered()["sad"]
    (True, False)
    >>> lookup("ignored").kind, lookup("ignored").feelings
    ('faux', ('lonely', 'hurt'))
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

Kind = Literal["real", "faux"]


@dataclass(frozen=True, slots=True)
class Word:
    """One entry of the vocabulary, as the picker and the builder need it."""

    word: str
    kind: Kind
    family: str | None = None  # for real feelings
    feelings: tuple[str, ...] = ()  # for faux feelings: real feelings it may hide
    needs: tuple[str, ...] = ()  # for faux feelings: the needs underneath
    imputes_intent: bool = False  # "manipulated" accuses; "left out" need not


@cache
def _data() -> dict[str, Any]:
    raw = resources.files("ourway.coach").joinpath("data/feelings.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


@cache
def families() -> dict[str, tuple[str, ...]]:
    """Real feelings grouped by family, in display order."""
    return {name: tuple(words) for name, words in _data()["families"].items()}


@cache
def offered() -> dict[str, tuple[str, ...]]:
    """The words a feelings picker offers, by family, in display order.

    Plain, kind, everyday words, each one of its family's. The rest stay in `families()`
    because people write them ("I feel like crap", "pissed off") and the coach must still
    recognise them as feelings; a picker would only be offering coarse words, slang and
    near-repeats.
    """
    return {name: tuple(words) for name, words in _data()["offered"].items()}


@cache
def faux() -> dict[str, Word]:
    """Faux feelings (interpretations) with the real feelings and needs they point to."""
    return {
        word: Word(
            word=word,
            kind="faux",
            feelings=tuple(entry["feelings"]),
            needs=tuple(entry["needs"]),
            imputes_intent=bool(entry["imputes_intent"]),
        )
        for word, entry in _data()["faux"].items()
    }


@cache
def needs() -> dict[str, str]:
    """The four core needs and how to say them."""
    return dict(_data()["needs"])


@cache
def _real() -> dict[str, Word]:
    return {
        word: Word(word=word, kind="real", family=family)
        for family, words in families().items()
        for word in words
    }


def lookup(word: str) -> Word | None:
    """The entry for `word` (case and spacing forgiven), or None when unknown."""
    key = " ".join(word.lower().split())
    return faux().get(key) or _real().get(key)


def real_words() -> tuple[str, ...]:
    return tuple(_real())


def faux_words(*, imputing: bool | None = None) -> tuple[str, ...]:
    """Faux words; `imputing=True` only those that accuse, False only the gentler ones."""
    return tuple(w for w, e in faux().items() if imputing is None or e.imputes_intent == imputing)
