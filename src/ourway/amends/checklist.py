"""The four parts of a full apology, how much each weighs, and which ones a text covers.

Lewicki, Polin and Lount (2016) asked people to rate apologies built from different parts:
acknowledging responsibility mattered most, an offer of repair came second. The weights
below encode that order; they are for the checklist's gentle meter, never a grade.

The coach decides which parts a text covers (`ourway.coach.analyze(...).apology_parts`);
this module adds the weights, the wording shown beside each box, and finds the sentence
holding a promise of change so it can become a commitment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from ourway.coach import analyze

PARTS = ("responsibility", "amends", "remorse", "change")
# Out of 100. Responsibility and an offer of repair weigh most (Lewicki et al., 2016).
WEIGHTS = {"responsibility": 35, "amends": 30, "remorse": 20, "change": 15}


@dataclass(frozen=True)
class Part:
    key: str
    title: str | Promise
    example: str | Promise
    weight: int
    covered: bool = False


_WORDING: dict[str, tuple[str | Promise, str | Promise]] = {
    "responsibility": (
        _("I own what I did"),
        _("Name what you did and that it was on you: “I was wrong to…”, “that was my fault”."),
    ),
    "amends": (
        _("I offer to make it right"),
        _("Ask or offer: “What can I do to make this right?”, “Let me make it up to you.”"),
    ),
    "remorse": (
        _("I'm sorry, and I mean it"),
        _("Say that you regret it: “I'm truly sorry”, “I feel awful about it.”"),
    ),
    "change": (
        _("I'll do it differently"),
        _("Say what will change: “From now on I will…”, “Next time I'll…”."),
    ),
}


@dataclass(frozen=True)
class Reading:
    """What the checklist shows for one draft."""

    verdict: str | None  # None, "partial", "complete", "non_apology" (from the coach)
    parts: tuple[Part, ...]

    @property
    def score(self) -> int:
        return sum(p.weight for p in self.parts if p.covered)

    @property
    def covered(self) -> list[str]:
        return [p.key for p in self.parts if p.covered]

    @property
    def missing(self) -> list[str]:
        return [p.key for p in self.parts if not p.covered]


def parts_for(covered: list[str] | tuple[str, ...] | set[str]) -> tuple[Part, ...]:
    return tuple(
        Part(key, _WORDING[key][0], _WORDING[key][1], WEIGHTS[key], key in covered) for key in PARTS
    )


def read(text: str, promise: str = "") -> Reading:
    """Which parts `text` covers; a written promise of change counts as the change part.

    >>> read("").score
    0
    """
    if not text.strip():
        return Reading(None, parts_for(()))
    result = analyze(text).to_dict()
    covered = set(result["apology_parts"])
    if promise.strip() and result["apology"] != "non_apology":
        covered.add("change")
    return Reading(result["apology"], parts_for(covered))


# The same parts as the person hearing the apology would name them.
_AS_HEARD: dict[str, str | Promise] = {
    "responsibility": _("That you own what you did"),
    "amends": _("An offer to make it right"),
    "remorse": _("That you're sorry, and mean it"),
    "change": _("What you'll do differently"),
}


def heard_title(key: str) -> str | Promise:
    """How the partner names a part they miss (for the "something is missing" answer)."""
    return _AS_HEARD.get(key, key)


def change_sentence(text: str) -> str:
    """The sentence in which the coach found a promise of change, or "" if there is none.

    Used when someone promised a change inside their apology but left the separate promise
    box empty: the promise still becomes a commitment they can look back at.
    """
    result: dict[str, Any] = analyze(text).to_dict()
    for finding in result["findings"]:
        if finding["label"] == "apology_parts:change":
            return _sentence_around(text, finding["start"], finding["end"])
    return ""


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in (".", "!", "?", "\n"))
    rights = [i for i in (text.find(mark, end) for mark in (".", "!", "?", "\n")) if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return text[left + 1 : right].strip()
