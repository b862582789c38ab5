"""OurWay's text coach: local, explainable, fast. No Django here (a test enforces it).

>>> from ourway.coach import analyze
>>> result = analyze("You never listen to me!")
>>> result.blame, result.findings[0].rule
(True, 'blame.you-always-never')
"""

from __future__ import annotations

from ourway.coach import feelings
from ourway.coach.analyze import (
    MAX_CHARS,
    MAX_FINDINGS,
    MAX_TEXT_CHARS,
    TextTooLong,
    analyze,
    warm_up,
)
from ourway.coach.builder import IFeelStatement, Problem, build_i_feel
from ourway.coach.result import RESULT_KEYS, Analysis, Finding

__all__ = [
    "MAX_CHARS",
    "MAX_FINDINGS",
    "MAX_TEXT_CHARS",
    "RESULT_KEYS",
    "Analysis",
    "Finding",
    "IFeelStatement",
    "Problem",
    "TextTooLong",
    "analyze",
    "build_i_feel",
    "feelings",
    "warm_up",
]
