"""What people do in a conversation. Each view is a thin call into `ourway.talk.flow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.coaching.tally import note
from ourway.couples.outreach import joint_feature
from ourway.talk.flow import TalkError
from ourway.talk.forms import (
    AnswerForm,
    NeedForm,
    PauseForm,
    ReflectionForm,
    StatementForm,
    WordsForm,
)
from ourway.talk.models import RepairSession
from ourway.talk.views.context import session_context
from ourway.talk.views.pages import find_session, gone

Action = Callable[[RepairSession, Any], Any]


def _version(request: HttpRequest) -> int:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return -1


def _author(request: HttpRequest) -> int | None:
    try:
        return int(request.POST["author"])
    except (KeyError, ValueError):
        return None


def _noted(request: HttpRequest, text: str, source: str, author_id: Any) -> None:
    # On one shared device the words may be the partner's: they are not this person's to tally.
    if author_id is None or author_id == request.user.pk:
        note(request, text, source=f"talk_{source}")


def _run(
    request: HttpRequest, session_id: int, do: Action, form_key: str = "", form: Form | None = None
) -> HttpResponse:
    try:
        found = find_session(request, session_id)
    except Http404:
        return gone(request)
    try:
        do(found, request.user)
    except TalkError as error:
        found = find_session(request, session_id)
        forms: dict[str, Form] = {}
        kept = ""
        if error.code == "invalid" and form is not None:
            form.is_valid()
            form.add_error(error.field if error.field in form.fields else None, error.message)
            forms[form_key] = form
        else:
            messages.error(request, error.message)
            kept = max(
                (
                    str(v)
                    for k, v in request.POST.items()
                    if k not in ("csrfmiddlewaretoken", "version")
                ),
                key=len,
                default="",
            )
        context = {
            **session_context(request.user, found, forms),
            "kept": kept if len(kept) > 12 else "",
        }
        return render(request, "talk/session.html", context)
    return redirect("talk:session", session_id=session_id)


def _simple(method: str) -> Callable[[HttpRequest, int], HttpResponse]:
    """A view for an action that only needs the person (and the page's version)."""

    @login_required
    @joint_feature
    @require_POST
    def view(request: HttpRequest, session_id: int) -> HttpResponse:
        versioned = method in ("confirm", "start_closing", "keep_talking")
        extra = {"version": _version(request)} if versioned else {}
        return _run(request, session_id, lambda s, by: getattr(s, method)(by, **extra))

    view.__name__ = method
    return view


join = _simple("join")
confirm_view = _simple("confirm")
start_closing = _simple("start_closing")
keep_talking = _simple("keep_talking")
resume = _simple("resume")
end = _simple("end")


@login_required
@joint_feature
@require_POST
def share(request: HttpRequest, session_id: int) -> HttpResponse:
    form = StatementForm(request.POST)
    post = request.POST

    def do(session: RepairSession, by: Any) -> None:
        turn = session.share(
            by,
            version=_version(request),
            statement=post.get("statement", ""),
            situation=post.get("situation", ""),
            emotion=post.get("emotion", ""),
            meaning=post.get("meaning", ""),
            said_aloud=post.get("said_aloud") in ("on", "true", "1"),
        )
        _noted(request, turn.statement, "speaker", turn.speaker_id)

    return _run(request, session_id, do, "statement", form)


@login_required
@joint_feature
@require_POST
def reflect(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        made = session.reflect(
            by, version=_version(request), text=request.POST.get("reflection", "")
        )
        _noted(request, made.text, "reflection", made.author_id)

    return _run(request, session_id, do, "reflection", ReflectionForm(request.POST))


@login_required
@joint_feature
@require_POST
def answer(request: HttpRequest, session_id: int) -> HttpResponse:
    """ "Yes, that's it" or "not quite" (with what was missed)."""
    if request.POST.get("answer") == "yes":
        return confirm_view(request, session_id)

    def do(session: RepairSession, by: Any) -> None:
        made = session.correct(
            by, version=_version(request), text=request.POST.get("correction", "")
        )
        _noted(request, made.correction or "", "correction", made.turn.speaker_id)

    return _run(request, session_id, do, "answer", AnswerForm(request.POST))


@login_required
@joint_feature
@require_POST
def need(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        session.choose_need(by, version=_version(request), need=request.POST.get("need", ""))

    return _run(request, session_id, do, "need", NeedForm(request.POST))


@login_required
@joint_feature
@require_POST
def understood(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        made = session.understand(by, text=request.POST.get("text", ""), author_id=_author(request))
        _noted(request, made.text or "", "understood", made.author_id)

    return _run(
        request,
        session_id,
        do,
        "understood",
        WordsForm(request.POST, label=_("What I understood about you")),
    )


@login_required
@joint_feature
@require_POST
def agree(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        made = session.agree(by, text=request.POST.get("text", ""), author_id=_author(request))
        _noted(request, made.text, "agreement", made.author_id)
        messages.success(request, _("Kept. You will find it again in your relationship manual."))

    return _run(
        request, session_id, do, "agreement", WordsForm(request.POST, label=_("Next time, I will…"))
    )


@login_required
@joint_feature
@require_POST
def pause(request: HttpRequest, session_id: int) -> HttpResponse:
    form = PauseForm(request.POST)
    if not form.is_valid():
        try:
            found = find_session(request, session_id)
        except Http404:
            return gone(request)
        from ourway.content import talk as words

        return render(request, "talk/pause.html", {"session": found, "form": form, "words": words})

    def do(session: RepairSession, by: Any) -> None:
        session.pause(
            by, minutes=form.cleaned_data["minutes"], come_back_in=form.cleaned_data["come_back_in"]
        )

    return _run(request, session_id, do)


@login_required
@joint_feature
def forget(request: HttpRequest, session_id: int, kind: str, item_id: int) -> HttpResponse:
    """Delete one of my own contributions, after a confirmation page."""
    try:
        found = find_session(request, session_id)
    except Http404:
        return gone(request)
    if request.method != "POST":
        return render(
            request, "talk/forget.html", {"session": found, "kind": kind, "item_id": item_id}
        )

    def do(session: RepairSession, by: Any) -> None:
        session.forget_my_words(by, kind=kind, item_id=item_id)
        messages.success(request, _("Deleted. The conversation shows where your words were."))

    return _run(request, session_id, do)
