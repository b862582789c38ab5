"""Purpose-specific hints shown with the coach's findings.

A hints function takes the coach's result dict and the text, and returns short sentences
in the product's words. Apps add their own with `register()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext as _

Hints = Callable[[dict[str, Any], str], list[str]]
_PURPOSES: dict[str, Hints] = {}
# Purposes where a kinder rewrite would be the wrong kind of text: a listener's reflection
# rewritten as an I-feel statement becomes the listener's own complaint.
_NO_REWRITE: set[str] = set()


def register(name: str, hints: Hints, *, rewrites: bool = True) -> None:
    _PURPOSES[name] = hints
    if rewrites:
        _NO_REWRITE.discard(name)
    else:
        _NO_REWRITE.add(name)


def offers_rewrite(purpose: str) -> bool:
    """Whether the coach's kinder wording fits what is being written for `purpose`."""
    return purpose not in _NO_REWRITE


def hints_for(purpose: str, result: dict[str, Any], text: str) -> list[str]:
    function = _PURPOSES.get(purpose)
    return function(result, text) if function else []


def _message_hints(result: dict[str, Any], text: str) -> list[str]:
    if result["blame"]:
        return [
            _(
                "Try naming the problem as something you face together: “we have a "
                "problem with…” rather than “you are the problem”."
            )
        ]
    return []


def _invitation_hints(result: dict[str, Any], text: str) -> list[str]:
    hints = []
    if result["harsh_startup"]:
        hints.append(
            _(
                "The first words set the tone. Open with how you feel and what you "
                "miss, and ask rather than summon."
            )
        )
    hints.extend(_message_hints(result, text))
    return hints


def _checkin_hints(result: dict[str, Any], text: str) -> list[str]:
    if result["fine_shield"]:
        return [
            _(
                "“Fine” can be a shield. If there is more, even one honest word helps. "
                "It is also okay to say you don't want to talk yet."
            )
        ]
    return []


def _apology_hints(result: dict[str, Any], text: str) -> list[str]:
    if result["apology"] == "non_apology":
        return [
            _(
                "This may land as an apology that isn't one. Own what you did, "
                "without “but” or “if”."
            )
        ]
    return []


register("message", _message_hints)
register("invitation", _invitation_hints)
register("checkin", _checkin_hints)
register("apology", _apology_hints)
