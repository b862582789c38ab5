"""What the coach looks for in an invitation before it is sent, and the hints it adds."""

from __future__ import annotations

from typing import Any

from ourway.coach import analyze
from ourway.coach.safety import FOR_THE_WRITER, card

# An invitation is read in its first seconds: these are the findings worth a second look.
REVIEW_LABELS = ("harsh_startup", "blame", "horsemen:")


def review_of(text: str) -> dict[str, Any] | None:
    """The coach's reading when the draft may land harshly or names danger, else None.

    The findings keep only those about a harsh start-up, blame or the horsemen, each with
    the words it points at; the rewrite is the coach's kinder version (or None) and the
    wording the part of it that could be sent as it is. "card" is the safety card's kind
    (see `ourway.coach.safety.card`), or None.

    Safety first, as in the live coach: someone who may not be safe gets the safety card
    and no advice on wording for the partner; words that threaten or describe force get
    the card and the findings, never a softer version of the same threat.
    """
    analysis = analyze(text)
    reading: dict[str, Any] = analysis.to_dict()
    kind = card(text, analysis)
    if kind in FOR_THE_WRITER:
        return {"card": kind, "findings": [], "rewrite": None, "wording": None}
    findings = [
        {**f, "words": text[f["start"] : f["end"]]}
        for f in reading["findings"]
        if f["label"].startswith(REVIEW_LABELS)
    ]
    if kind is not None:
        findings = [{**f, "suggestion": ""} for f in findings]
        return {"card": kind, "findings": findings, "rewrite": None, "wording": None}
    if not findings:
        return None
    return {
        "card": None,
        "findings": findings,
        "rewrite": reading["rewrite"],
        "wording": analysis.wording,
    }
