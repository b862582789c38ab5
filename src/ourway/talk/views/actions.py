"""What people do in a conversation. Each view is a thin call into `ourway.talk.flow`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.coaching.tally import note
from ourway.couples.outreach import joint_feature
from ourway.talk.flow import TalkError
from ourway.talk.forms import PauseForm
from ourway.talk.models import RepairSession
from ourway.talk.views.context import words_in
from ourway.talk.views.pages import carry_key, find_session, gone, pause_key
from ourway.web.carry import carry, posted

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


def _run(request: HttpRequest, session_id: int, do: Action, form_key: str = "") -> HttpResponse:
    """Do one action, then always redirect to the conversation (Back and reload stay safe).

    When the action is refused, the page it redirects to shows why: a form with a problem
    in what was typed comes back filled in with its error; otherwise a message, and the
    typed words in a box to copy. Words a form sent along without saving them (`unsent`,
    added by the page when ending) are kept the same way.
    """
    try:
        found = find_session(request, session_id)
    except Http404:
        return gone(request, kept=words_in(posted(request)))
    try:
        do(found, request.user)
    except TalkError as error:
        if error.code == "invalid" and form_key:
            refused = {"key": form_key, "data": posted(request), "field": error.field}
            carry(request, carry_key(session_id), {"form": {**refused, "message": error.message}})
        else:
            messages.error(request, error.message)
            _keep(request, session_id, words_in(posted(request)))
    else:
        _keep(request, session_id, words_in(posted(request), ("unsent",)))
    return redirect("talk:session", session_id=session_id)


def _keep(request: HttpRequest, session_id: int, words: str) -> None:
    if words:
        carry(request, carry_key(session_id), {"kept": words})


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


@login_required
@joint_feature
def end(request: HttpRequest, session_id: int) -> HttpResponse:
    """End the conversation for both, once asked "End this conversation for both of you?".

    The page asks in a dialog and sends `confirmed`; without JavaScript, this page asks.
    """
    if request.method == "POST" and request.POST.get("confirmed") == "1":
        return _run(request, session_id, lambda s, by: s.end(by))
    try:
        found = find_session(request, session_id)
    except Http404:
        return gone(request)
    if found.is_ended:
        return redirect("talk:session", session_id=session_id)
    if request.method == "POST":
        return redirect("talk:end", session_id=session_id)
    return render(request, "talk/end.html", {"session": found})


@login_required
@joint_feature
@require_POST
def share(request: HttpRequest, session_id: int) -> HttpResponse:
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

    return _run(request, session_id, do, "statement")


@login_required
@joint_feature
@require_POST
def reflect(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        made = session.reflect(
            by, version=_version(request), text=request.POST.get("reflection", "")
        )
        _noted(request, made.text, "reflection", made.author_id)

    return _run(request, session_id, do, "reflection")


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

    return _run(request, session_id, do, "answer")


@login_required
@joint_feature
@require_POST
def need(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        session.choose_need(by, version=_version(request), need=request.POST.get("need", ""))

    return _run(request, session_id, do, "need")


@login_required
@joint_feature
@require_POST
def understood(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        made = session.understand(by, text=request.POST.get("text", ""), author_id=_author(request))
        _noted(request, made.text or "", "understood", made.author_id)

    return _run(request, session_id, do, "understood")


@login_required
@joint_feature
@require_POST
def agree(request: HttpRequest, session_id: int) -> HttpResponse:
    def do(session: RepairSession, by: Any) -> None:
        made = session.agree(by, text=request.POST.get("text", ""), author_id=_author(request))
        _noted(request, made.text, "agreement", made.author_id)
        messages.success(request, _("Kept. You will find it again in your relationship manual."))

    return _run(request, session_id, do, "agreement")


@login_required
@joint_feature
@require_POST
def pause(request: HttpRequest, session_id: int) -> HttpResponse:
    form = PauseForm(request.POST)
    if not form.is_valid():
        try:
            find_session(request, session_id)
        except Http404:
            return gone(request)
        carry(request, pause_key(session_id), {"data": posted(request)})
        return redirect("talk:pause", session_id=session_id)

    def do(session: RepairSession, by: Any) -> None:
        session.pause(
            by, minutes=form.cleaned_data["minutes"], come_back_in=form.cleaned_data["come_back_in"]
        )

    return _run(request, session_id, do)


@login_required
@joint_feature
@require_POST
def ready(request: HttpRequest, session_id: int) -> HttpResponse:
    """ "I'm ready to come back now": the break ends early once both partners said it."""

    def do(session: RepairSession, by: Any) -> None:
        said = session.ready_to_return(by, author_id=_author(request))
        if said == "back":
            messages.success(request, _("You are both ready. Welcome back."))
        elif said == "over":
            messages.info(request, _("The break is already over, so you can go on."))

    return _run(request, session_id, do)


@login_required
@joint_feature
@require_POST
def not_ready(request: HttpRequest, session_id: int) -> HttpResponse:
    """ "Not yet after all": take back "I'm ready" while the partner has not said it too."""

    def do(session: RepairSession, by: Any) -> None:
        said = session.not_ready_after_all(by, author_id=_author(request))
        if said == "taken_back":
            messages.info(request, _("Taken back. The break goes on; take the time you need."))
        elif said == "over":
            messages.info(
                request,
                _(
                    "The break has already ended, so the conversation is open again. If you "
                    "need more time, “We need a break” starts another one."
                ),
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
