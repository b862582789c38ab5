"""JSON API for our user manual: read it, save an answer (with the version it was based
on), list every change, download it as Markdown. Paused (404) in safety mode, like the pages.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.coaching.tally import note
from ourway.content.manual import keys
from ourway.couples.outreach import is_quiet
from ourway.manual.diffing import word_diff
from ourway.manual.document import Document, build, to_markdown
from ourway.manual.editing import Conflict, ManualError, add_agreement, mark_reviewed, save_answer
from ourway.manual.models import (
    MAX_AGREEMENT_CHARS,
    MAX_ANSWER_CHARS,
    REVIEW_MONTH_CHOICES,
    JointAnswer,
    ManualAnswer,
    Revision,
)
from ourway.text import clean_text

router = Router()


class AnswerIn(Schema):
    text: str = Field(max_length=MAX_ANSWER_CHARS * 2)
    # The version the text was based on (0 for a first answer); see the 409 answer.
    base_version: int = Field(ge=0)


class AgreementIn(Schema):
    text: str = Field(max_length=MAX_AGREEMENT_CHARS * 2)


class ReviewIn(Schema):
    every_months: int | None = None


class AnswerOut(Schema):
    question: str
    kind: str
    text: str
    version: int
    updated: datetime | None


class ConflictOut(Schema):
    detail: str
    current_text: str
    current_version: int
    your_text: str
    diff: list[list[str]]


class VersionOut(Schema):
    id: int
    question: str
    kind: str
    author: str
    version: int
    before: str
    after: str
    created: datetime


def _quiet_is_404(user: Any) -> None:
    if is_quiet(user):
        raise HttpError(404, "Not found.")


def _answer_out(key: str, answer: ManualAnswer | JointAnswer | None, kind: str) -> dict[str, Any]:
    return {
        "question": key,
        "kind": kind,
        "text": answer.text if answer else "",
        "version": answer.version if answer else 0,
        "updated": answer.updated if answer else None,
    }


def _document_out(doc: Document) -> dict[str, Any]:
    questions = []
    for s in doc.sections:
        entry: dict[str, Any] = {
            "key": s.key,
            "kind": s.question.kind,
            "title": s.title,
            "prompt": s.prompt,
        }
        if s.is_together:
            entry["together"] = _answer_out(s.key, s.together, "together")
        else:
            entry["mine"] = _answer_out(s.key, s.mine, "personal")
            entry["partner"] = _answer_out(s.key, s.theirs, "personal") if doc.partner else None
        questions.append(entry)
    manual = doc.manual
    return {
        "me": doc.me.name,
        "partner": doc.partner.name if doc.partner else None,
        "questions": questions,
        "agreements": [
            {"text": a.text, "author": a.author, "source": a.source, "created": a.created}
            for a in doc.agreements
        ],
        "last_reviewed_on": manual.last_reviewed_on if manual else None,
        "review_every_months": manual.review_every_months if manual else None,
        "review_due": doc.review_due,
    }


@router.get("", response=dict[str, Any])
def get_manual(request: HttpRequest) -> dict[str, Any]:
    user = person(request)
    _quiet_is_404(user)
    return _document_out(build(user))


@router.put("/answers/{key}", response={200: AnswerOut, 409: ConflictOut})
def put_answer(request: HttpRequest, key: str, payload: AnswerIn) -> Any:
    user = person(request)
    _quiet_is_404(user)
    if key not in keys():
        raise HttpError(404, "Not found.")
    text = clean_text(payload.text)
    if not text:
        raise HttpError(422, "The answer is empty. Write a few words first.")
    if len(text) > MAX_ANSWER_CHARS:
        raise HttpError(
            422, f"The answer is {len(text):,} characters long; the most is {MAX_ANSWER_CHARS:,}."
        )
    try:
        saved, changed = save_answer(user, key, text, payload.base_version)
    except Conflict as clash:
        current = clash.current
        return Status(
            409,
            {
                "detail": "Someone saved a new version after the one you started from. Nothing "
                "was overwritten: merge your text with current_text and send it again with "
                "base_version set to current_version.",
                "current_text": current.text,
                "current_version": current.version,
                "your_text": text,
                "diff": [list(segment) for segment in word_diff(text, current.text)],
            },
        )
    except ManualError as error:
        raise HttpError(409, str(error)) from error
    if changed:
        note(request, text, source="manual")
    kind = "together" if isinstance(saved, JointAnswer) else "personal"
    return Status(200, _answer_out(key, saved, kind))


@router.get("/versions", response=list[VersionOut])
def list_versions(request: HttpRequest, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    user = person(request)
    _quiet_is_404(user)
    limit, offset = max(1, min(limit, 200)), max(offset, 0)
    found = Revision.objects.visible_to(user).select_related("author")[offset : offset + limit]
    return [
        {
            "id": r.pk,
            "question": r.question,
            "kind": r.kind,
            "author": r.author.name,
            "version": r.version,
            "before": r.before,
            "after": r.after,
            "created": r.created,
        }
        for r in found
    ]


@router.get("/export.md", response=str)
def export_markdown(request: HttpRequest) -> HttpResponse:
    user = person(request)
    _quiet_is_404(user)
    response = HttpResponse(to_markdown(build(user)), content_type="text/markdown; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="our-user-manual.md"'
    return response


@router.post("/agreements", response={201: dict[str, Any], 200: dict[str, Any]})
def post_agreement(request: HttpRequest, payload: AgreementIn) -> Status:
    user = person(request)
    _quiet_is_404(user)
    text = clean_text(payload.text)
    if not text:
        raise HttpError(422, "The agreement is empty. Write a few words first.")
    if len(text) > MAX_AGREEMENT_CHARS:
        raise HttpError(422, f"An agreement can be at most {MAX_AGREEMENT_CHARS:,} characters.")
    try:
        agreement, created = add_agreement(user, text)
    except ManualError as error:
        raise HttpError(409, str(error)) from error
    if created:
        note(request, text, source="manual_agreement")
    return Status(201 if created else 200, {"id": agreement.pk, "text": agreement.text})


@router.post("/review", response=dict[str, Any])
def post_review(request: HttpRequest, payload: ReviewIn) -> dict[str, Any]:
    user = person(request)
    _quiet_is_404(user)
    if payload.every_months is not None and payload.every_months not in REVIEW_MONTH_CHOICES:
        raise HttpError(422, f"every_months may be one of {list(REVIEW_MONTH_CHOICES)}.")
    try:
        manual = mark_reviewed(user, payload.every_months)
    except ManualError as error:
        raise HttpError(409, str(error)) from error
    reviewed: date | None = manual.last_reviewed_on
    return {"last_reviewed_on": reviewed, "review_every_months": manual.review_every_months}
