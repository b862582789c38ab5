"""Repair conversations over JSON: the same flow as the pages, for scripts and phone clients.

Every action answers with the whole conversation as it is now (including `version`, which
the next action must carry). Refusals are 409 (not your turn, wrong step, out of date,
on a break, ended), 422 (empty or too long), 404 (not in your couple space).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Literal

from django.http import Http404, HttpRequest
from django.urls import reverse
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.couples.access import couple_of, get_in_couple_or_404, partner_of
from ourway.couples.outreach import is_quiet, tell_partner
from ourway.talk.choices import MAX_TOPIC_CHARS, MAX_TURN_CHARS, MIN_PAUSE_MINUTES, Mode
from ourway.talk.flow import TalkError, checked_text
from ourway.talk.models import RepairSession
from ourway.talk.views.context import load_session

router = Router(tags=["talk"])

# Requests may carry more than the limit so the answer can say kindly how much too long it is.
BODY_MAX = MAX_TURN_CHARS * 4


class StartIn(Schema):
    topic: str = Field(max_length=MAX_TOPIC_CHARS * 4)
    mode: Literal["two_devices", "one_device"] = "two_devices"
    first: Literal["me", "partner"] = "me"


class VersionIn(Schema):
    version: int = Field(description="The `version` of the conversation this action was made on.")


class TurnIn(VersionIn):
    statement: str = Field(default="", max_length=BODY_MAX)
    situation: str = Field(default="", max_length=BODY_MAX)
    emotion: str = Field(default="", max_length=100)
    meaning: str = Field(default="", max_length=BODY_MAX)
    said_aloud: bool = False


class TextIn(VersionIn):
    text: str = Field(max_length=BODY_MAX)


class NeedIn(VersionIn):
    need: Literal["safety", "respect", "heard", "priority", ""]


class PauseIn(Schema):
    minutes: int = Field(
        default=MIN_PAUSE_MINUTES, description="At least 20; less is raised to 20."
    )
    come_back_in: int = Field(
        default=MIN_PAUSE_MINUTES, description="Minutes from now, within 24 hours."
    )


class WordsIn(Schema):
    text: str = Field(max_length=BODY_MAX)
    author_id: int | None = Field(
        default=None, description="On one shared device: whose words these are."
    )


class ReflectionOut(Schema):
    id: int
    attempt: int
    author_id: int
    text: str
    outcome: str
    correction: str


class TurnOut(Schema):
    id: int
    number: int
    speaker_id: int
    listener_id: int
    statement: str
    emotion: str
    said_aloud: bool
    confirmed: bool
    need_suggested: str
    need: str
    reflections: list[ReflectionOut]


class WordsOut(Schema):
    id: int
    author_id: int
    text: str


class ReadyIn(Schema):
    author_id: int | None = Field(
        default=None, description="On one shared device: which of you is ready."
    )


class PauseOut(Schema):
    ends_at: datetime
    come_back_at: datetime
    called_by_id: int
    ready_by_id: int | None = Field(
        description="Who said they are ready to come back early; null while nobody has."
    )


class SessionOut(Schema):
    id: int
    topic: str
    mode: str
    status: str
    step: str
    version: int
    speaker_id: int
    created: datetime
    ended_at: datetime | None
    ended_with_agreement: bool
    pause: PauseOut | None
    turns: list[TurnOut]
    understandings: list[WordsOut]
    agreements: list[WordsOut]


class SessionSummary(Schema):
    id: int
    topic: str
    status: str
    step: str
    version: int
    created: datetime


def _out(session: RepairSession) -> dict[str, Any]:
    pause = (
        next((p for p in session.pauses.all() if p.resumed_at is None), None)
        if session.is_paused
        else None
    )
    return {
        "id": session.pk,
        "topic": session.topic,
        "mode": session.mode,
        "status": session.status,
        "step": session.step,
        "version": session.version,
        "speaker_id": session.speaker_id,
        "created": session.created,
        "ended_at": session.ended_at,
        "ended_with_agreement": session.ended_with_agreement,
        "pause": pause,
        "turns": [
            {
                "id": t.pk,
                "number": t.number,
                "speaker_id": t.speaker_id,
                "listener_id": t.listener_id,
                "statement": t.shown_statement,
                "emotion": t.emotion or "",
                "said_aloud": t.said_aloud,
                "confirmed": t.confirmed_at is not None,
                "need_suggested": t.need_suggested,
                "need": t.need,
                "reflections": [
                    {
                        "id": r.pk,
                        "attempt": r.attempt,
                        "author_id": r.author_id,
                        "text": r.shown_text,
                        "outcome": r.outcome,
                        "correction": r.shown_correction,
                    }
                    for r in t.reflections.all()
                ],
            }
            for t in session.turns.all()
        ],
        "understandings": [
            {"id": u.pk, "author_id": u.author_id, "text": u.shown_text}
            for u in session.understandings.all()
        ],
        "agreements": [
            {"id": a.pk, "author_id": a.author_id, "text": a.text} for a in session.agreements.all()
        ],
    }


def _caller(request: HttpRequest) -> Any:
    user = person(request)
    if is_quiet(user):
        # Joint exercises are paused in safety mode; answer as if there were nothing here.
        raise HttpError(404, "Not found.")
    return user


def _find(user: Any, session_id: int) -> RepairSession:
    try:
        return get_in_couple_or_404(load_session(RepairSession.objects), user, pk=session_id)
    except Http404 as error:
        raise HttpError(
            404, "This conversation is not here. It may have ended with the couple space."
        ) from error


def _act(
    request: HttpRequest, session_id: int, do: Callable[[RepairSession, Any], Any]
) -> dict[str, Any]:
    user = _caller(request)
    session = _find(user, session_id)
    try:
        do(session, user)
    except TalkError as error:
        status = {"invalid": 422, "gone": 404}.get(error.code, 409)
        raise HttpError(status, error.message) from error
    return _out(_find(user, session_id))


@router.get("", response=list[SessionSummary], summary="Our conversations, newest first")
def list_sessions(request: HttpRequest, limit: int = 20, offset: int = 0) -> list[RepairSession]:
    user = _caller(request)
    start = max(offset, 0)
    return list(RepairSession.objects.in_couple_of(user)[start : start + max(1, min(limit, 100))])


@router.post(
    "", response={201: SessionOut, 200: SessionOut}, summary="Start (or reopen) our conversation"
)
def start_session(request: HttpRequest, payload: StartIn) -> Status:
    user = _caller(request)
    partner = partner_of(user)
    if partner is None:
        raise HttpError(409, "A repair conversation needs your partner in your couple space first.")
    try:
        topic = checked_text(
            payload.topic,
            limit=MAX_TOPIC_CHARS,
            empty="Name the topic in a few words.",
            field="topic",
        )
    except TalkError as error:
        raise HttpError(422, error.message) from error
    session, created = RepairSession.start(
        couple_of(user),  # type: ignore[arg-type]
        user,
        topic=topic,
        mode=payload.mode,
        speaker=user if payload.first == "me" else partner,
    )
    if created and payload.mode == Mode.TWO_DEVICES:
        tell_partner(
            user,
            kind="talk_started",
            text=f"{user.name} is waiting for you in OurWay.",
            url=reverse("talk:session", args=[session.pk]),
            about=session,
        )
    return Status(201 if created else 200, _out(_find(user, session.pk)))


@router.get("/{session_id}", response=SessionOut, summary="The conversation as it is now")
def get_session(request: HttpRequest, session_id: int) -> dict[str, Any]:
    return _out(_find(_caller(request), session_id))


@router.post("/{session_id}/join", response=SessionOut, summary="Join as the partner")
def join(request: HttpRequest, session_id: int) -> dict[str, Any]:
    return _act(request, session_id, lambda s, by: s.join(by))


@router.post(
    "/{session_id}/turns",
    response=SessionOut,
    summary="The speaker shares (free text or the builder's parts)",
)
def share(request: HttpRequest, session_id: int, payload: TurnIn) -> dict[str, Any]:
    return _act(request, session_id, lambda s, by: s.share(by, **payload.dict()))


@router.post(
    "/{session_id}/reflections",
    response=SessionOut,
    summary="The listener says back what they heard",
)
def reflect(request: HttpRequest, session_id: int, payload: TextIn) -> dict[str, Any]:
    return _act(
        request, session_id, lambda s, by: s.reflect(by, version=payload.version, text=payload.text)
    )


@router.post("/{session_id}/confirm", response=SessionOut, summary="The speaker: yes, that's it")
def confirm(request: HttpRequest, session_id: int, payload: VersionIn) -> dict[str, Any]:
    return _act(request, session_id, lambda s, by: s.confirm(by, version=payload.version))


@router.post(
    "/{session_id}/correct", response=SessionOut, summary="The speaker: not quite (what was missed)"
)
def correct(request: HttpRequest, session_id: int, payload: TextIn) -> dict[str, Any]:
    return _act(
        request, session_id, lambda s, by: s.correct(by, version=payload.version, text=payload.text)
    )


@router.post("/{session_id}/need", response=SessionOut, summary="The need underneath; roles switch")
def need(request: HttpRequest, session_id: int, payload: NeedIn) -> dict[str, Any]:
    return _act(
        request,
        session_id,
        lambda s, by: s.choose_need(by, version=payload.version, need=payload.need),
    )


@router.post("/{session_id}/pause", response=SessionOut, summary="A break of at least 20 minutes")
def pause(request: HttpRequest, session_id: int, payload: PauseIn) -> dict[str, Any]:
    return _act(
        request,
        session_id,
        lambda s, by: s.pause(by, minutes=payload.minutes, come_back_in=payload.come_back_in),
    )


@router.post(
    "/{session_id}/resume", response=SessionOut, summary="Back from the break, once it is over"
)
def resume(request: HttpRequest, session_id: int) -> dict[str, Any]:
    return _act(request, session_id, lambda s, by: s.resume(by))


@router.post(
    "/{session_id}/ready",
    response=SessionOut,
    summary="I am ready to come back now (the break ends early once both of you say it)",
)
def ready(request: HttpRequest, session_id: int, payload: ReadyIn) -> dict[str, Any]:
    return _act(
        request, session_id, lambda s, by: s.ready_to_return(by, author_id=payload.author_id)
    )


@router.delete(
    "/{session_id}/ready",
    response=SessionOut,
    summary="Not yet after all: take back my “ready” while my partner has not said it too",
    description=(
        "Only your own “ready” is taken back; saying it twice changes nothing. If your "
        "partner's “ready” came first, the break has already ended: nothing changes and the "
        "answer shows the conversation open again. On one shared device, `author_id` says "
        "whose “ready” to take back."
    ),
)
def not_ready(
    request: HttpRequest, session_id: int, author_id: int | None = None
) -> dict[str, Any]:
    return _act(request, session_id, lambda s, by: s.not_ready_after_all(by, author_id=author_id))


@router.post("/{session_id}/close", response=SessionOut, summary="Move to closing together")
def close(request: HttpRequest, session_id: int, payload: VersionIn) -> dict[str, Any]:
    return _act(request, session_id, lambda s, by: s.start_closing(by, version=payload.version))


@router.post("/{session_id}/understood", response=SessionOut, summary="What I understood")
def understood(request: HttpRequest, session_id: int, payload: WordsIn) -> dict[str, Any]:
    return _act(
        request,
        session_id,
        lambda s, by: s.understand(by, text=payload.text, author_id=payload.author_id),
    )


@router.post("/{session_id}/agreements", response=SessionOut, summary="Next time, I will…")
def agree(request: HttpRequest, session_id: int, payload: WordsIn) -> dict[str, Any]:
    return _act(
        request,
        session_id,
        lambda s, by: s.agree(by, text=payload.text, author_id=payload.author_id),
    )


@router.post("/{session_id}/end", response=SessionOut, summary="End the conversation")
def end(request: HttpRequest, session_id: int) -> dict[str, Any]:
    return _act(request, session_id, lambda s, by: s.end(by))


@router.delete(
    "/{session_id}/words/{kind}/{item_id}",
    response=SessionOut,
    summary="Delete one of my own contributions",
)
def forget(
    request: HttpRequest,
    session_id: int,
    kind: Literal["statement", "reflection", "correction", "understanding", "agreement"],
    item_id: int,
) -> dict[str, Any]:
    return _act(
        request, session_id, lambda s, by: s.forget_my_words(by, kind=kind, item_id=item_id)
    )
