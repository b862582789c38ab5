"""Invitations and the right moment over JSON. Joint: answers 404 while in safety mode."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.coaching.tally import note
from ourway.content.openers import NOT_YET_NOTES, grouped
from ourway.couples.access import get_in_couple_or_404
from ourway.couples.outreach import is_quiet
from ourway.invitations.coaching import review_of
from ourway.invitations.models import (
    MAX_INVITATION_CHARS,
    READINESS_FIELDS,
    Invitation,
    InvitationProblem,
    ReadinessCheck,
    check_time,
)
from ourway.text import clean_text

router = Router()


class OpenerOut(Schema):
    key: str
    text: str


class SituationOut(Schema):
    key: str
    title: str
    hint: str
    openers: list[OpenerOut]


class NoteOut(Schema):
    key: str
    text: str


class OpenersOut(Schema):
    situations: list[SituationOut]
    not_yet_notes: list[NoteOut] = Field(description="Keys accepted as note_key for 'not_yet'.")


class InvitationIn(Schema):
    text: str = Field(max_length=MAX_INVITATION_CHARS * 2)
    token: str = Field(
        min_length=8,
        max_length=64,
        description="Any unique string; resending it sends nothing new.",
    )
    proposed_for: datetime | None = None
    opener_key: str = Field(default="", max_length=60)
    send_anyway: bool = Field(
        default=False, description="Send even if the coach suggests a second look."
    )


class InvitationOut(Schema):
    id: int
    text: str
    mine: bool = Field(description="True when you sent it.")
    state: str = Field(description="pending, accepted, not_yet, withdrawn or expired")
    your_turn: bool
    proposed_for: datetime | None
    agreed_for: datetime | None
    not_yet_note: str
    created: datetime
    expires: datetime


class FindingOut(Schema):
    label: str
    words: str
    explanation: str
    suggestion: str


class ReviewOut(Schema):
    detail: str
    card: Literal["writer", "maybe", "threat", "force"] | None = Field(
        description="A safety card, when the words name danger: writer or maybe (the "
        "sender may not be safe: no wording advice), threat or force (no softer version)."
    )
    findings: list[FindingOut]
    rewrite: str | None


class RespondIn(Schema):
    action: Literal["accept", "propose", "not_yet"]
    at: datetime | None = Field(default=None, description="For propose, or accept without a time.")
    note_key: str = Field(default="", max_length=40, description="For not_yet: a note's key.")


class ReadinessIn(Schema):
    calm: bool = False
    fed: bool = False
    rested: bool = False
    undistracted: bool = False
    has_time: bool = False
    not_mid_argument: bool = False


class MomentOut(Schema):
    now_looks_good: bool
    i_am_ready: bool
    partner_ready: bool = Field(description="Only ready or not: never which item.")
    my_answers: ReadinessIn | None
    answered_at: datetime | None
    fresh_until: datetime | None


def _joint_person(request: HttpRequest) -> Any:
    """The caller, or 404 while they are in safety mode (joint features are paused)."""
    user = person(request)
    if is_quiet(user):
        raise HttpError(404, "Not found.")
    return user


def _out(invitation: Invitation, user: Any) -> dict[str, Any]:
    return {
        "id": invitation.pk,
        "text": invitation.text,
        "mine": invitation.sender_id == user.pk,
        "state": invitation.state,
        "your_turn": invitation.state == "pending" and invitation.waiting_on_id == user.pk,
        "proposed_for": invitation.proposed_for,
        "agreed_for": invitation.agreed_for,
        "not_yet_note": invitation.note_text,
        "created": invitation.created,
        "expires": invitation.expires,
    }


@router.get("/openers", response=OpenersOut)
def openers(request: HttpRequest) -> dict[str, Any]:
    """The library of gentle openers, grouped by situation, and the "not yet" notes."""
    return {
        "situations": [
            {
                "key": s.key,
                "title": _(s.title),
                "hint": _(s.hint),
                "openers": [{"key": o.key, "text": _(o.text)} for o in items],
            }
            for s, items in grouped()
        ],
        "not_yet_notes": [{"key": n.key, "text": _(n.text)} for n in NOT_YET_NOTES],
    }


@router.get("", response=list[InvitationOut])
def list_invitations(
    request: HttpRequest, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Invitations in your couple, newest first."""
    user = _joint_person(request)
    limit, offset = max(1, min(limit, 200)), max(offset, 0)
    found = Invitation.objects.in_couple_of(user)[offset : offset + limit]
    return [_out(i, user) for i in found]


@router.post("", response={200: InvitationOut, 201: InvitationOut, 409: ReviewOut})
def send(request: HttpRequest, payload: InvitationIn) -> Status:
    """Send an invitation. 409 with the coach's findings when a second look may help:
    send again with `send_anyway: true`, or change the words. 200 for a repeated token."""
    user = _joint_person(request)
    text = clean_text(payload.text)
    if not text:
        raise HttpError(422, "The invitation is empty. A sentence or two is enough.")
    if len(text) > MAX_INVITATION_CHARS:
        raise HttpError(422, f"An invitation holds up to {MAX_INVITATION_CHARS:,} characters.")
    review = review_of(text)
    if review and not payload.send_anyway:
        return Status(
            409,
            {
                "detail": "The coach suggests a second look before sending. Nothing was sent.",
                **review,
            },
        )
    try:
        invitation, created = Invitation.send(
            user,
            text=text,
            token=payload.token,
            proposed_for=payload.proposed_for,
            opener_key=payload.opener_key,
        )
    except InvitationProblem as problem:
        raise HttpError(422, problem.message) from problem
    if created:
        note(request, text, source="invitation")
    return Status(201 if created else 200, _out(invitation, user))


@router.get("/moment", response=MomentOut)
def moment(request: HttpRequest) -> dict[str, Any]:
    """Whether now looks good: both ready within the last two hours."""
    user = _joint_person(request)
    return _moment_out(user)


@router.put("/moment", response=MomentOut)
def record_moment(request: HttpRequest, payload: ReadinessIn) -> dict[str, Any]:
    """Your readiness answers for now (they count for two hours)."""
    user = _joint_person(request)
    ReadinessCheck.record(user, payload.dict())
    return _moment_out(user)


def _moment_out(user: Any) -> dict[str, Any]:
    current = ReadinessCheck.objects.moment_for(user)
    mine = current.mine
    return {
        "now_looks_good": current.now_looks_good,
        "i_am_ready": current.i_am_ready,
        "partner_ready": current.partner_ready,
        "my_answers": {name: getattr(mine, name) for name in READINESS_FIELDS} if mine else None,
        "answered_at": mine.answered_at if mine else None,
        "fresh_until": mine.fresh_until if mine else None,
    }


@router.get("/{invitation_id}", response=InvitationOut)
def get_invitation(request: HttpRequest, invitation_id: int) -> dict[str, Any]:
    user = _joint_person(request)
    return _out(get_in_couple_or_404(Invitation.objects, user, pk=invitation_id), user)


@router.post("/{invitation_id}/respond", response=InvitationOut)
def respond(request: HttpRequest, invitation_id: int, payload: RespondIn) -> dict[str, Any]:
    """Accept, propose another time, or say not yet. 409 when that cannot happen now
    (already answered, withdrawn, expired, or not your turn), with the reason."""
    user = _joint_person(request)
    found = get_in_couple_or_404(Invitation.objects, user, pk=invitation_id)
    try:
        at = check_time(payload.at)
    except InvitationProblem as problem:
        raise HttpError(422, problem.message) from problem
    try:
        answered = Invitation.respond(
            found.pk, user, action=payload.action, at=at, note_key=payload.note_key
        )
    except InvitationProblem as problem:
        raise HttpError(409, problem.message) from problem
    return _out(answered, user)


@router.post("/{invitation_id}/withdraw", response=InvitationOut)
def withdraw(request: HttpRequest, invitation_id: int) -> dict[str, Any]:
    """Withdraw an invitation you sent that has not been answered yet."""
    user = _joint_person(request)
    found = get_in_couple_or_404(Invitation.objects.sent_by(user), user, pk=invitation_id)
    try:
        return _out(Invitation.withdraw(found.pk, user), user)
    except InvitationProblem as problem:
        raise HttpError(409, problem.message) from problem
