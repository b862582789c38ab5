"""JSON API for apologies and commitments: a thin layer over the models' methods.

Drafts are always available. Sending, answering and commitments are joint: while the
caller is in safety mode they answer 404, exactly as if there were nothing there.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.amends.checklist import PARTS
from ourway.amends.models import (
    MAX_APOLOGY_CHARS,
    MAX_LOOK_BACK_DAYS,
    MAX_NOTE_CHARS,
    MAX_PROMISE_CHARS,
    AmendsError,
    Apology,
    Commitment,
    Reply,
)
from ourway.api.auth import person
from ourway.coaching.tally import note
from ourway.couples.access import get_in_couple_or_404, get_own_or_404, get_visible_or_404
from ourway.couples.outreach import is_quiet, tell_partner
from ourway.text import clean_text

router = Router()


class ApologyIn(Schema):
    text: str = Field(max_length=MAX_APOLOGY_CHARS * 2)
    promise: str = Field(default="", max_length=MAX_PROMISE_CHARS * 2)
    look_back_on: date | None = None
    # Send the same token again (a retry) and you get the same draft, not a second one.
    client_token: uuid.UUID | None = None


class ReplyIn(Schema):
    reply: str
    missing: list[str] = []
    note: str = Field(default="", max_length=MAX_NOTE_CHARS * 2)


class LookBackIn(Schema):
    note: str = Field(default="", max_length=MAX_NOTE_CHARS * 2)


class CommitmentOut(Schema):
    id: int
    text: str
    made_by: str
    mine: bool
    look_back_on: date
    due: bool
    looked_back_at: datetime | None
    notes: list[dict[str, Any]]


class ApologyOut(Schema):
    id: int
    text: str
    promise: str
    mine: bool
    author: str
    status: str
    verdict: str
    parts: list[str]
    look_back_on: date | None
    created: datetime
    sent_at: datetime | None
    reply: str
    reply_missing: list[str]
    reply_note: str
    replied_at: datetime | None


def _apology_out(apology: Apology, user: Any) -> dict[str, Any]:
    return {
        "id": apology.pk,
        "text": apology.text,
        "promise": apology.promise,
        "mine": apology.owner_id == user.pk,
        "author": apology.owner.name,
        "status": "draft" if apology.is_draft else "sent",
        "verdict": apology.verdict,
        "parts": apology.parts,
        "look_back_on": apology.look_back_on,
        "created": apology.created,
        "sent_at": apology.sent_at,
        "reply": apology.reply,
        "reply_missing": apology.reply_missing,
        "reply_note": apology.reply_note,
        "replied_at": apology.replied_at,
    }


def _commitment_out(commitment: Commitment, user: Any) -> dict[str, Any]:
    return {
        "id": commitment.pk,
        "text": commitment.text,
        "made_by": commitment.made_by.name,
        "mine": commitment.made_by_id == user.pk,
        "look_back_on": commitment.look_back_on,
        "due": commitment.is_due,
        "looked_back_at": commitment.looked_back_at,
        "notes": [
            {"by": look.by.name, "note": look.note, "created": look.created}
            for look in commitment.looks.all()
        ],
    }


def _checked(raw: str, limit: int, what: str, *, required: bool = False) -> str:
    text = clean_text(raw)
    if required and not text:
        raise HttpError(422, f"The {what} is empty. Start with a few honest words.")
    if len(text) > limit:
        raise HttpError(422, f"The {what} is {len(text):,} characters long; the most is {limit:,}.")
    return text


def _joint(user: Any) -> None:
    """Joint parts answer as if there were nothing there while the caller is in safety mode."""
    if is_quiet(user):
        raise HttpError(404, "Not found.")


@router.get("/apologies", response=list[ApologyOut])
def list_apologies(request: HttpRequest) -> list[dict[str, Any]]:
    user = person(request)
    found = Apology.objects.owned_by(user) if is_quiet(user) else Apology.objects.visible_to(user)
    return [_apology_out(a, user) for a in found.select_related("owner")[:200]]


@router.post("/apologies", response={201: ApologyOut, 200: ApologyOut})
def create_apology(request: HttpRequest, payload: ApologyIn) -> Status:
    user = person(request)
    text = _checked(payload.text, MAX_APOLOGY_CHARS, "apology", required=True)
    promise = _checked(payload.promise, MAX_PROMISE_CHARS, "promise")
    today = timezone.localdate()
    if payload.look_back_on and not today <= payload.look_back_on <= today + timedelta(
        days=MAX_LOOK_BACK_DAYS
    ):
        raise HttpError(422, "Please pick a look-back day between today and a year from now.")
    apology, created = Apology.write(
        user, text, promise, payload.look_back_on, payload.client_token
    )
    if created:
        note(request, text, source="apology")
    return Status(201 if created else 200, _apology_out(apology, user))


@router.get("/apologies/{apology_id}", response=ApologyOut)
def get_apology(request: HttpRequest, apology_id: int) -> dict[str, Any]:
    user = person(request)
    found = get_visible_or_404(Apology.objects.select_related("owner"), user, pk=apology_id)
    if found.owner_id != user.pk or not found.is_draft:
        _joint(user)
    return _apology_out(found, user)


@router.post("/apologies/{apology_id}/send", response=ApologyOut)
def send_apology(request: HttpRequest, apology_id: int) -> dict[str, Any]:
    user = person(request)
    found = get_own_or_404(Apology.objects.select_related("owner"), user, pk=apology_id)
    _joint(user)
    try:
        newly_sent = found.send()
    except AmendsError as error:
        raise HttpError(409, str(error)) from error
    if newly_sent:
        tell_partner(
            user,
            kind="apology",
            text=f"{user.name} sent you something to read when you're ready.",
            url=reverse("amends:received", args=[found.pk]),
            about=found,
        )
    return _apology_out(found, user)


@router.post("/apologies/{apology_id}/reply", response=ApologyOut)
def reply_to_apology(request: HttpRequest, apology_id: int, payload: ReplyIn) -> dict[str, Any]:
    user = person(request)
    found = get_visible_or_404(Apology.objects.select_related("owner"), user, pk=apology_id)
    _joint(user)
    if payload.reply not in Reply.values:
        raise HttpError(422, f"reply must be one of: {', '.join(Reply.values)}.")
    if any(part not in PARTS for part in payload.missing):
        raise HttpError(422, f"missing may list: {', '.join(PARTS)}.")
    words = _checked(payload.note, MAX_NOTE_CHARS, "note")
    try:
        changed = found.answer(user, payload.reply, payload.missing, words)
    except AmendsError as error:
        raise HttpError(409, str(error)) from error
    if changed and words:
        note(request, words, source="apology_reply")
    if changed:
        tell_partner(
            user,
            kind="apology_reply",
            text=f"{user.name} answered you.",
            url=reverse("amends:apology", args=[found.pk]),
            about=found,
        )
    return _apology_out(found, user)


@router.get("/commitments", response=list[CommitmentOut])
def list_commitments(request: HttpRequest) -> list[dict[str, Any]]:
    user = person(request)
    _joint(user)
    found = Commitment.objects.in_couple_of(user).select_related("made_by")
    return [_commitment_out(c, user) for c in found.prefetch_related("looks__by")[:500]]


@router.post("/commitments/{commitment_id}/look-back", response=CommitmentOut)
def look_back(request: HttpRequest, commitment_id: int, payload: LookBackIn) -> dict[str, Any]:
    user = person(request)
    found = get_in_couple_or_404(
        Commitment.objects.select_related("made_by"), user, pk=commitment_id
    )
    _joint(user)
    words = _checked(payload.note, MAX_NOTE_CHARS, "note")
    found.look_back(user, words)
    if words:
        note(request, words, source="look_back")
    return _commitment_out(found, user)
