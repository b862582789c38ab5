"""The coach's result types: what `analyze` returns and what the JSON contract carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

Horseman = Literal["criticism", "contempt", "defensiveness", "stonewalling"]
Need = Literal["safety", "respect", "heard", "priority"]
Part = Literal["remorse", "responsibility", "amends", "change"]
IFeel = Literal["valid", "faux"]
ApologyVerdict = Literal["complete", "partial", "non_apology"]
Turn = Literal["toward", "away", "against"]

HORSEMEN: tuple[Horseman, ...] = ("criticism", "contempt", "defensiveness", "stonewalling")
NEEDS: tuple[Need, ...] = ("safety", "respect", "heard", "priority")
PARTS: tuple[Part, ...] = ("remorse", "responsibility", "amends", "change")

# The exact key order of one JSON result; the web app and outside tools rely on it.
RESULT_KEYS: tuple[str, ...] = (
    "id",
    "blame",
    "horsemen",
    "fine_shield",
    "harsh_startup",
    "i_feel",
    "apology",
    "apology_parts",
    "reflection",
    "needs",
    "danger",
    "logistics",
    "turn",
    "findings",
    "rewrite",
)
FINDING_KEYS: tuple[str, ...] = ("rule", "label", "start", "end", "explanation", "suggestion")
# Finding labels (prefixes) about what the writer does well: the web app and the CLI show
# them calmly, with their advice as a next step.
GOOD_LABELS: tuple[str, ...] = (
    "apology_parts:",
    "reflection",
    "i_feel:valid",
    "turn:toward",
    "needs:",
)


class Finding(NamedTuple):
    """One flag pointing at words: `text[start:end]` is what triggered `rule`.

    `label` is a result key, or "key:value" for keys that hold values, for example
    "blame", "horsemen:contempt", "i_feel:faux", "apology:non_apology", "needs:heard".
    Immutable; a named tuple because a message can carry many and they are made often.
    """

    rule: str
    label: str
    start: int
    end: int
    explanation: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "explanation": self.explanation,
            "suggestion": self.suggestion,
        }


@dataclass(slots=True)
class Analysis:
    """What the coach found in one message (see docs/coach.md for each label)."""

    id: Any = None
    blame: bool = False
    horsemen: list[Horseman] = field(default_factory=list)
    fine_shield: bool = False
    harsh_startup: bool = False
    i_feel: IFeel | None = None
    apology: ApologyVerdict | None = None
    apology_parts: list[Part] = field(default_factory=list)
    reflection: bool = False
    needs: list[Need] = field(default_factory=list)
    danger: bool = False
    logistics: bool = False
    turn: Turn | None = None
    findings: list[Finding] = field(default_factory=list)
    rewrite: str | None = None
    # The part of `rewrite` the writer could send as it is ("Use this wording" in the web
    # app): the whole rewrite when it is a message, the sample inside it when it is advice
    # ('Try: "I'm sorry I yelled. ..."'). Python only: not part of the JSON contract.
    wording: str | None = None
    # How sure the word model was of danger, when it saw danger (0..1; None when it did
    # not): the safety card words a guess near the model's cut as the possibility it is.
    # Python only, like `wording`.
    danger_probability: float | None = None

    def may_land_badly(self) -> bool:
        """Blame, a horseman, a harsh start-up, a faux feeling, a non-apology or danger."""
        return bool(
            self.blame
            or self.horsemen
            or self.harsh_startup
            or self.danger
            or self.i_feel == "faux"
            or self.apology == "non_apology"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "blame": self.blame,
            "horsemen": list(self.horsemen),
            "fine_shield": self.fine_shield,
            "harsh_startup": self.harsh_startup,
            "i_feel": self.i_feel,
            "apology": self.apology,
            "apology_parts": list(self.apology_parts),
            "reflection": self.reflection,
            "needs": list(self.needs),
            "danger": self.danger,
            "logistics": self.logistics,
            "turn": self.turn,
            "findings": [f.to_dict() for f in self.findings],
            "rewrite": self.rewrite,
        }
