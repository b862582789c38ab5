"""What the conversation page shows, gathered in a fixed number of queries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Prefetch
from django.forms import Form
from django.http import QueryDict

from ourway.content import talk as words
from ourway.talk.choices import Need, Status, Step
from ourway.talk.forms import AnswerForm, NeedForm, ReflectionForm, StatementForm, WordsForm
from ourway.talk.models import Agreement, Reflection, RepairSession, Turn, Understanding
from ourway.web.carry import as_form_data


def load_session(queryset: Any) -> Any:
    """The session queryset with everything the page reads, prefetched."""
    return queryset.select_related("couple").prefetch_related(
        Prefetch(
            "turns",
            queryset=Turn.objects.order_by("number")
            .select_related("speaker")
            .prefetch_related(
                Prefetch(
                    "reflections",
                    queryset=Reflection.objects.order_by("attempt").select_related("author"),
                )
            ),
        ),
        Prefetch("agreements", queryset=Agreement.objects.select_related("author")),
        Prefetch("understandings", queryset=Understanding.objects.select_related("author")),
        "pauses",
        "couple__memberships__user",
    )


def session_context(
    user: Any, session: RepairSession, carried: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Everything the page shows; `carried` is what a refused form left (see `views.actions`).

    A refused form comes back filled in with its error; words that could not be used at all
    come back in the "kept for you to copy" box.
    """
    carried = carried or {}
    people = {m.user_id: m.user for m in session.couple.memberships.all()}
    partner = next((p for pk, p in people.items() if pk != user.pk), None)
    turns = list(session.turns.all())
    turn = turns[-1] if turns else None
    reflection = (
        turn.reflections.all()[len(turn.reflections.all()) - 1]
        if turn and turn.reflections.all()
        else None
    )
    pauses = sorted(session.pauses.all(), key=lambda p: p.created, reverse=True)
    pause = (
        next((p for p in pauses if p.resumed_at is None), None)
        if session.status == Status.PAUSED
        else None
    )
    speaker = people.get(session.speaker_id)
    listener = next((p for pk, p in people.items() if pk != session.speaker_id), None)
    shared = session.is_shared_device
    version = {"version": session.version}
    step = session.step
    # Whose move it is right now, for the pass-the-device banner and the waiting notes.
    movers: dict[str, Any] = {
        Step.SPEAKING: speaker,
        Step.REFLECTING: listener,
        Step.CONFIRMING: speaker,
        Step.NEED: speaker,
    }
    mover = movers.get(step)
    i_may_move = mover is not None and (shared or mover.pk == user.pk)
    need_initial = (turn.need_suggested if turn else "") or ""
    everyone = list(people.values()) if shared else None
    makers: dict[str, Callable[[QueryDict | None], Form]] = {
        "statement": lambda data: StatementForm(data, initial=version),
        "reflection": lambda data: ReflectionForm(data, initial=version),
        "answer": lambda data: AnswerForm(data, initial=version),
        "need": lambda data: NeedForm(data, initial={**version, "need": need_initial}),
        "understood": lambda data: WordsForm(
            data, label=_label("understood"), people=everyone, initial={"author": user.pk}
        ),
        "agreement": lambda data: WordsForm(
            data, label=_label("agreement"), people=everyone, initial={"author": user.pk}
        ),
    }
    forms = {key: make(None) for key, make in makers.items()}
    refused = carried.get("form") or {}
    if refused.get("key") in makers:
        form = makers[refused["key"]](as_form_data(refused.get("data") or {}))
        form.is_valid()
        field = refused.get("field")
        form.add_error(field if field in form.fields else None, str(refused.get("message", "")))
        forms[refused["key"]] = form
    return {
        "session": session,
        "people": people,
        "partner": partner,
        "turns": turns,
        "turn": turn,
        "reflection": reflection,
        "pause": pause,
        "past_pauses": pauses,
        "speaker": speaker,
        "ended_by": people.get(session.ended_by_id) if session.ended_by_id else None,
        "listener": listener,
        "mover": mover,
        "i_may_move": i_may_move,
        "shared_device": shared,
        "is_open": session.status == Status.OPEN,
        "statement_form": forms["statement"],
        "reflection_form": forms["reflection"],
        "answer_form": forms["answer"],
        "need_form": forms["need"],
        "need_suggestion": Need(need_initial).label if need_initial else "",
        "understood_form": forms["understood"],
        "agreement_form": forms["agreement"],
        "kept": str(carried.get("kept", "")),
        "agreements": list(session.agreements.all()),
        "understandings": list(session.understandings.all()),
        "words": words,
        "need_prompts": words.NEED_PROMPTS,
    }


def _label(kind: str) -> str:
    from django.utils.translation import gettext as _

    return _("What I understood about you") if kind == "understood" else _("Next time, I will…")
