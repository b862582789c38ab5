"""What the coach looks for in an invitation before it is sent, and the hints it adds."""

from __future__ import annotations

from typing import Any

from ourway.coach import analyze

# An invitation is read in its first seconds: these are the findings worth a second look.
REVIEW_LABELS = ("harsh_startup", "blame", "horsemen:")


def review_of(text: str) -> dict[str, Any] | None:
    """The coach's reading when the draft may land harshly, else None.

    The findings keep only those about a harsh start-up, blame or the horsemen, each with
    the words it points at; the rewrite is the coach's kinder version (or None) and the
    wording the part of it that could be sent as it is.
    """
    analysis = analyze(text)
    reading: dict[str, Any] = analysis.to_dict()
    findings = [
        {**f, "words": text[f["start"] : f["end"]]}
        for f in reading["findings"]
        if f["label"].startswith(REVIEW_LABELS)
    ]
    if not findings:
        return None
    return {"findings": findings, "rewrite": reading["rewrite"], "wording": analysis.wording}
