"""What the conversation page shows, gathered in a fixed number of queries."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.db.models import Prefetch
from django.forms import Form
from django.http import QueryDict

from ourway.content import talk as words
from ourway.talk.choices import Need, Status, Step
from ourway.talk.forms import AnswerForm, NeedForm, ReflectionForm, StatementForm, WordsForm
from ourway.talk.models import Agreement, Reflection, RepairSession, Turn, Understanding
from ourway.web.carry import as_form_data

# The fields that hold a person's own words (the rest are choices, ids and versions).
WORD_FIELDS = ("statement", "situation", "meaning", "reflection", "correction", "text", "unsent")
# The step at which each form is on the page.
FORM_STEPS = {
    "statement": Step.SPEAKING,
    "reflection": Step.REFLECTING,
    "answer": Step.CONFIRMING,
    "need": Step.NEED,
    "understood": Step.CLOSING,
    "agreement": Step.CLOSING,
}


def words_in(fields: Mapping[str, list[str]], names: tuple[str, ...] = WORD_FIELDS) -> str:
    """The words among submitted `fields`, one block each, to keep for the person to copy."""
    words: list[str] = []
    for name in names:
        for value in fields.get(name, []):
            if value.strip() and value.strip() not in words:
                words.append(value.strip())
    return "\n\n".join(words)


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
    kept = str(carried.get("kept", ""))
    refused = carried.get("form") or {}
    key, sent = refused.get("key"), refused.get("data") or {}
    if key in makers and session.status == Status.OPEN and step == FORM_STEPS[key]:
        form = makers[key](as_form_data(sent))
        form.is_valid()
        field = refused.get("field")
        form.add_error(field if field in form.fields else None, str(refused.get("message", "")))
        forms[key] = form
    elif key in makers:  # the conversation moved on meanwhile: the form is not on the page
        kept = words_in(sent)
    return {
        "session": session,
        "people": people,
        "partner": partner,
        "turns": turns,
        "turn": turn,
        "reflection": reflection,
        "pause": pause,
        # Who said "I'm ready to come back now" during this break (a quiet note, no more).
        "ready_person": people.get(pause.ready_by_id) if pause and pause.ready_by_id else None,
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
        "kept": kept,
        "agreements": list(session.agreements.all()),
        "understandings": list(session.understandings.all()),
        "words": words,
        "need_prompts": words.NEED_PROMPTS,
    }


def _label(kind: str) -> str:
    from django.utils.translation import gettext as _

    return _("What I understood about you") if kind == "understood" else _("Next time, I will…")
