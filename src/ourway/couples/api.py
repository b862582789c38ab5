from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.couples.access import couple_of, partner_of
from ourway.couples.pairing import PairingError, invite_partner, join_couple, leave_couple

router = Router()


class CoupleOut(Schema):
    paired: bool = Field(description="True when both partners are in the couple space.")
    couple_id: int | None
    since: datetime | None
    partner_name: str | None


class InviteOut(Schema):
    code: str
    expires: datetime
    link: str


class JoinIn(Schema):
    code: str = Field(max_length=40)


def _couple_out(user: Any) -> dict[str, Any]:
    couple = couple_of(user)
    partner = partner_of(user)
    return {
        "paired": partner is not None,
        "couple_id": couple.pk if couple else None,
        "since": couple.created if couple else None,
        "partner_name": partner.name if partner else None,
    }


@router.get("", response=CoupleOut)
def get_couple(request: HttpRequest) -> dict[str, Any]:
    return _couple_out(person(request))


@router.post("/invite", response={201: InviteOut})
def invite(request: HttpRequest) -> Status:
    try:
        made = invite_partner(person(request))
    except PairingError as error:
        raise HttpError(409, str(error)) from error
    link = request.build_absolute_uri(reverse("couples:join_link", args=[made.code]))
    return Status(201, {"code": made.code, "expires": made.expires, "link": link})


@router.post("/join", response=CoupleOut)
def join(request: HttpRequest, payload: JoinIn) -> dict[str, Any]:
    user = person(request)
    try:
        join_couple(user, payload.code)
    except PairingError as error:
        raise HttpError(409, str(error)) from error
    return _couple_out(user)


@router.delete("", response={204: None})
def leave(request: HttpRequest) -> Status:
    leave_couple(person(request))
    return Status(204, None)
