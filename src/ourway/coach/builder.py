"""The I-feel statement builder: When [situation], I feel [emotion], because [meaning].

>>> built = build_i_feel("you always work late", "ignored", "I don't matter")
>>> [p.code for p in built.problems]
['generalisation', 'faux_feeling']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import re2

from ourway.coach import feelings

_GENERALISATION = re2.compile(
    r"(?i)\b(?:always|never|every time|every single time|constantly|all the time|forever|"
    r"not once|nothing|everything|everyone|nobody)\b"
)
_THOUGHT = re2.compile(r"(?i)^\s*(?:like|that|as if|as though)\b")
_BLAMING_MEANING = re2.compile(
    r"(?i)\b(?:you(?:'re| are)? (?:so |such an? )?(?:selfish|lazy|an idiot|stupid|pathetic|"
    r"useless|inconsiderate)|you don't care)\b"
)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in one part of the statement worth another look."""

    part: str  # "situation", "emotion" or "meaning"
    code: str  # "empty", "generalisation", "faux_feeling", "thought", "unknown_feeling", ...
    message: str
    suggestions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "part": self.part,
            "code": self.code,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class IFeelStatement:
    statement: str
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {"statement": self.statement, "problems": [p.to_dict() for p in self.problems]}


def _clean(part: str) -> str:
    return " ".join(part.split()).strip(" .,;!")


def _emotion_problems(emotion: str) -> list[Problem]:
    if not emotion:
        return [Problem("emotion", "empty", "Pick the feeling this moment brings up in you.")]
    if _THOUGHT.search(emotion):
        return [
            Problem(
                "emotion",
                "thought",
                "'I feel like/that ...' is a thought about what happened; name a feeling.",
                ("hurt", "lonely", "worried"),
            )
        ]
    entry = feelings.lookup(emotion)
    if entry is None:
        return [
            Problem(
                "emotion",
                "unknown_feeling",
                "This isn't in the feelings list; is it a feeling inside you, or a thought?",
                feelings.families()["sad"][:3],
            )
        ]
    if entry.kind == "faux":
        needs = ", ".join(feelings.needs()[n] for n in entry.needs)
        return [
            Problem(
                "emotion",
                "faux_feeling",
                f"'{entry.word}' describes what the other person did. Underneath there may be "
                f"a feeling like {' or '.join(entry.feelings)}, and a need {needs}.",
                entry.feelings,
            )
        ]
    return []


def build_i_feel(situation: str, emotion: str, meaning: str) -> IFeelStatement:
    """Assemble the statement and list what could make it land as blame."""
    situation, emotion, meaning = _clean(situation), _clean(emotion), _clean(meaning)
    problems: list[Problem] = []
    if not situation:
        problems.append(Problem("situation", "empty", "Describe one specific moment."))
    elif _GENERALISATION.search(situation):
        problems.append(
            Problem(
                "situation",
                "generalisation",
                "Words like 'always' or 'never' turn one moment into a verdict; describe one "
                "specific time instead.",
            )
        )
    problems.extend(_emotion_problems(emotion))
    if not meaning:
        problems.append(Problem("meaning", "empty", "Say the story you tell yourself about it."))
    elif _BLAMING_MEANING.search(meaning):
        problems.append(
            Problem(
                "meaning",
                "judgement",
                "The meaning reads as a verdict on your partner; say what it made you fear or "
                "think about yourself and the two of you.",
            )
        )
    if situation and situation[0].isupper() and not situation.startswith("I "):
        situation = situation[0].lower() + situation[1:]
    statement = (
        f"When {situation or '...'}, I feel {emotion or '...'}, "
        f"because I interpret it as {meaning or '...'}."
    )
    return IFeelStatement(statement=statement, problems=tuple(problems))
