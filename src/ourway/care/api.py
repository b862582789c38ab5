"""The care API: the private screen and safety mode, support lines, signals, the hand-off.

Everything answers only about the caller. A person who needs support on their own (safety
mode, or a positive private screen: `safeguards.support_for_one`) gets no signals and no
couples directories. The hand-off is not offered to them: saying yes and the summary answer
404, exactly as if there were nothing there; reading it shows only their own yes, if they
gave one, and taking that back always works. While either partner needs support on their
own the summary is not ready for both, and nothing says why (`safeguards.handoff_seen_by`).
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.care import conf
from ourway.care.gather import shown, signals_for
from ourway.care.handoff import build, to_markdown
from ourway.care.models import Handoff, HandoffChoice, SafetyScreen
from ourway.care.safeguards import (
    HandoffSeen,
    handoff_seen_by,
    support_for_one,
    tell_partner_about_handoff,
)
from ourway.care.templatetags.care_tags import crisis_lines
from ourway.care.views.support import current_handoff
from ourway.content.care import DEVICE_SAFETY, FREQUENCY_WEIGHT, SCREEN_KEYS
from ourway.couples.access import partner_of

router = Router()


class ScreenOut(Schema):
    created: datetime
    positive: bool


class SafetyOut(Schema):
    safety_mode: bool
    latest_screen: ScreenOut | None


class ScreenIn(Schema):
    answers: dict[str, str] = Field(max_length=len(SCREEN_KEYS) * 2)
    form_token: str | None = Field(default=None, max_length=64)


class ModeIn(Schema):
    on: bool


class HandoffIn(Schema):
    choices: list[str] = Field(max_length=10)


def _safety(user: Any) -> dict[str, Any]:
    latest = SafetyScreen.objects.owned_by(user).first()
    return {
        "safety_mode": user.safety_mode_since is not None,
        "latest_screen": {"created": latest.created, "positive": latest.positive}
        if latest
        else None,
    }


@router.get("/safety", response=SafetyOut)
def safety(request: HttpRequest) -> dict[str, Any]:
    """The caller's own safety mode and latest screen result. Never anyone else's."""
    return _safety(person(request))


@router.post("/screen", response={201: ScreenOut})
def screen(request: HttpRequest, payload: ScreenIn) -> Status:
    """Store the caller's answers (each "never", "once", "sometimes" or "often")."""
    unknown = sorted(set(payload.answers) - set(SCREEN_KEYS))
    bad = sorted(k for k, v in payload.answers.items() if v not in FREQUENCY_WEIGHT)
    if unknown or bad:
        raise HttpError(
            422,
            f"Unknown questions {unknown} or answers for {bad}. Questions: "
            f"{', '.join(SCREEN_KEYS)}; answers: {', '.join(FREQUENCY_WEIGHT)}.",
        )
    token = payload.form_token or secrets.token_urlsafe(24)
    return Status(201, SafetyScreen.record(person(request), payload.answers, token))


@router.delete("/screen", response={204: None})
def forget(request: HttpRequest) -> Status:
    SafetyScreen.objects.owned_by(person(request)).delete()
    return Status(204, None)


@router.put("/safety-mode", response=SafetyOut)
def safety_mode(request: HttpRequest, payload: ModeIn) -> dict[str, Any]:
    user = person(request)
    user.set_safety_mode(payload.on)
    return _safety(user)


def _support() -> dict[str, Any]:
    return {
        **crisis_lines(),
        "device_safety": [_(note) for note in DEVICE_SAFETY],
        "individual_directories": [
            {"name": _(d.name), "url": d.url, "note": _(d.note)}
            for d in conf.individual_directories()
        ],
    }


@router.get("/resources", auth=None)
def resources(request: HttpRequest) -> dict[str, Any]:
    """Crisis lines for the configured country, helpline directories, device safety notes."""
    return _support()


@router.get("/signals")
def signals(request: HttpRequest) -> dict[str, Any]:
    """The caller's reinforcement signals and therapist directories.

    For a person who needs support on their own: no signals, and individual support
    directories only, the same as the page. Why is theirs to read in GET /safety: safety
    mode, or (with it off) a latest screen that was positive.
    """
    user = person(request)
    quiet = support_for_one(user)
    found = [] if quiet else shown(signals_for(user))
    directories = conf.individual_directories() if quiet else conf.couples_directories()
    return {
        "individual_only": quiet,
        "signals": [s.__dict__ for s in found],
        "directories": [{"name": _(d.name), "url": d.url, "note": _(d.note)} for d in directories],
    }


def _joint(request: HttpRequest) -> Any:
    user = person(request)
    if support_for_one(user) or partner_of(user) is None:
        raise Http404
    return user


def _handoff_out(seen: HandoffSeen) -> dict[str, Any]:
    return {
        "offered": not seen.alone,
        "started": seen.started,
        "ready": seen.ready,
        "my_choices": seen.mine.choices if seen.mine else None,
        "possible_choices": list(HandoffChoice.values),
    }


@router.get("/handoff")
def handoff(request: HttpRequest) -> dict[str, Any]:
    """The hand-off as the caller may know it.

    `offered` is false while the caller needs support on their own: then `my_choices` shows
    only a yes of theirs still standing (DELETE takes it back), and nothing else is told.
    """
    user = person(request)
    seen = handoff_seen_by(user, current_handoff(user))
    if not seen.alone and partner_of(user) is None:
        raise Http404
    return _handoff_out(seen)


@router.put("/handoff")
def agree(request: HttpRequest, payload: HandoffIn) -> dict[str, Any]:
    """Say yes to the therapist summary, with what of yours may go in."""
    user = _joint(request)
    wrong = sorted(set(payload.choices) - set(HandoffChoice.values))
    if wrong:
        raise HttpError(
            422, f"Unknown choices {wrong}; possible: {', '.join(HandoffChoice.values)}."
        )
    _found, started = Handoff.agree(user, payload.choices)
    if started:
        tell_partner_about_handoff(user)
    return _handoff_out(handoff_seen_by(user, current_handoff(user)))


@router.delete("/handoff", response={204: None})
def withdraw(request: HttpRequest) -> Status:
    """Take back the caller's yes. Always works, whatever is true of the caller now."""
    user = person(request)
    found = current_handoff(user)
    if found is not None:
        found.withdraw(user)
    return Status(204, None)


@router.get("/handoff/summary")
def summary(request: HttpRequest) -> dict[str, str]:
    """The summary as Markdown, once both partners said yes.

    404 while it is not ready, whatever the reason: one of them has not said yes, or needs
    support on their own.
    """
    user = _joint(request)
    found = current_handoff(user)
    if found is None or not handoff_seen_by(user, found).ready:
        raise Http404
    return {"markdown": to_markdown(build(found))}
