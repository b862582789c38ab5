"""Richer coach hints for apologies (the "apology" purpose of the live coach).

The coach flags a non-apology in general; these hints say, in plain words, what each of
the four well-known bad patterns does to the person hearing it, then point at the part
that matters most and is still missing. Matching is on a normalised copy of the text
(lower case, straight apostrophes, single spaces) with plain substring tests: linear time
on anything pasted.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

# (phrases, hint) pairs; each hint is shown once, however often its phrases appear.
_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            "sorry you feel",
            "sorry that you feel",
            "sorry you felt",
            "sorry you think",
            "sorry you took it",
        ),
        gettext_noop(
            "“Sorry you feel that way” puts the problem in their feelings, not in what "
            "happened. Say what you did instead."
        ),
    ),
    (
        (
            "sorry, but",
            "sorry but",
            "apologise, but",
            "apologize, but",
            "apologise but",
            "apologize but",
        ),
        gettext_noop(
            "A “but” after sorry tends to cancel the sorry: it turns into a case for the "
            "defence. Keep the explanation for another day, or leave it out."
        ),
    ),
    (
        (
            "can we just move on",
            "can we move on",
            "can we just drop it",
            "can we drop it",
            "can we just forget",
            "can we forget it",
        ),
        gettext_noop(
            "Asking to move on makes the apology a request for them to stop being hurt. Let "
            "them decide when it is over."
        ),
    ),
    (
        ("sorry if ", "apologise if ", "apologize if "),
        gettext_noop("“Sorry if…” doubts that anything happened. Name it plainly: “I'm sorry I…”."),
    ),
)


def _normalised(text: str) -> str:
    lowered = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(lowered.split())


def pattern_hints(text: str) -> list[str]:
    """The plain-words hint for each bad pattern found in `text`.

    >>> len(pattern_hints("I'm sorry, but you started it."))
    1
    """
    flat = _normalised(text)
    return [_(hint) for phrases, hint in _PATTERNS if any(p in flat for p in phrases)]


def apology_hints(result: dict[str, Any], text: str) -> list[str]:
    hints = pattern_hints(text)
    if result.get("apology") == "non_apology" and not hints:
        hints.append(
            _(
                "This may land as an apology that isn't one. "
                "Own what you did, without “but” or “if”."
            )
        )
    if result.get("apology") in ("partial", "complete"):
        parts = set(result.get("apology_parts") or ())
        # Lewicki et al. (2016): owning it matters most, then an offer of repair.
        if "responsibility" not in parts:
            hints.append(
                _(
                    "What matters most to the person hearing it is that you own what you did. "
                    "Try “I was wrong to…” or “That was on me.”"
                )
            )
        elif "amends" not in parts:
            hints.append(
                _(
                    "Next in weight comes an offer to make it right: “What can I do to make "
                    "this right?”"
                )
            )
    return hints
