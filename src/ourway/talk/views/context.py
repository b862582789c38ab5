"""What the conversation page shows, gathered in a fixed number of queries."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch
from django.forms import Form

from ourway.content import talk as words
from ourway.talk.choices import Need, Status, Step
from ourway.talk.forms import AnswerForm, NeedForm, ReflectionForm, StatementForm, WordsForm
from ourway.talk.models import Agreement, Reflection, RepairSession, Turn, Understanding


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
    user: Any, session: RepairSession, forms: dict[str, Form] | None = None
) -> dict[str, Any]:
    forms = forms or {}
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
        "listener": listener,
        "mover": mover,
        "i_may_move": i_may_move,
        "shared_device": shared,
        "is_open": session.status == Status.OPEN,
        "statement_form": forms.get("statement") or StatementForm(initial=version),
        "reflection_form": forms.get("reflection") or ReflectionForm(initial=version),
        "answer_form": forms.get("answer") or AnswerForm(initial=version),
        "need_form": forms.get("need") or NeedForm(initial={**version, "need": need_initial}),
        "need_suggestion": Need(need_initial).label if need_initial else "",
        "understood_form": forms.get("understood")
        or WordsForm(label=_label("understood"), people=everyone, initial={"author": user.pk}),
        "agreement_form": forms.get("agreement")
        or WordsForm(label=_label("agreement"), people=everyone, initial={"author": user.pk}),
        "agreements": list(session.agreements.all()),
        "understandings": list(session.understandings.all()),
        "words": words,
        "need_prompts": words.NEED_PROMPTS,
    }


def _label(kind: str) -> str:
    from django.utils.translation import gettext as _

    return _("What I understood about you") if kind == "understood" else _("Next time, I will…")
