from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from ourway.coach import MAX_TEXT_CHARS, analyze
from ourway.text import clean_text

router = Router()


class AnalyzeIn(Schema):
    text: str = Field(max_length=MAX_TEXT_CHARS)
    reply_to: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)


@router.post("/analyze")
def analyze_text(request: HttpRequest, payload: AnalyzeIn) -> dict[str, Any]:
    """The coach's reading of a text: labels, findings pointing at words, a kinder rewrite.

    Nothing is stored. The result has the same keys as `ourway analyze --json`.
    """
    reply_to = clean_text(payload.reply_to) if payload.reply_to else None
    result: dict[str, Any] = analyze(clean_text(payload.text), reply_to=reply_to).to_dict()
    return result
