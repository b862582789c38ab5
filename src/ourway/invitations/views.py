from __future__ import annotations

from datetime import timedelta
from uuid import uuid4

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.checkins.views import HtmxHttpRequest
from ourway.coaching.tally import note
from ourway.coaching.views import safety_card
from ourway.content.openers import grouped, opener
from ourway.couples.access import get_in_couple_or_404, partner_of
from ourway.couples.outreach import joint_feature
from ourway.invitations.coaching import review_of
from ourway.invitations.drafts import (
    Draft,
    Stage,
    forget_draft,
    keep_answer,
    keep_draft,
    kept_draft,
    take_answer,
)
from ourway.invitations.forms import ComposeForm, ReadinessForm, RespondForm, picker_bounds
from ourway.invitations.models import (
    READINESS_FIELDS,
    Action,
    Invitation,
    InvitationProblem,
    ReadinessCheck,
    Status,
)

EARLIER = 10


@login_required
@joint_feature
def invitations(request: HttpRequest) -> HttpResponse:
    """Invitations waiting for me, waiting for my partner, agreed times, and a few earlier."""
    user, now = request.user, timezone.now()
    couple = Invitation.objects.in_couple_of(user)
    open_ = list(couple.filter(status=Status.PENDING, expires__gt=now).order_by("expires"))
    agreed = list(
        couple.filter(status=Status.ACCEPTED, agreed_for__gte=now - timedelta(hours=12)).order_by(
            "agreed_for"
        )
    )
    shown = [i.pk for i in open_ + agreed]
    earlier = list(couple.exclude(pk__in=shown)[:EARLIER])
    context = {
        "my_turn": [i for i in open_ if i.waiting_on_id == user.pk],
        "their_turn": [i for i in open_ if i.waiting_on_id != user.pk],
        "agreed": agreed,
        "earlier": earlier,
        "moment": ReadinessCheck.objects.moment_for(user),
    }
    return render(request, "invitations/invitations.html", context)


def _compose_form(request: HttpRequest, kept: Draft | None) -> ComposeForm:
    """A fresh form, the kept draft (bound, so its errors show again), or an opener."""
    chosen = opener(request.GET.get("opener", ""))
    if chosen is not None:
        # "Use this" without JavaScript: the opener's words, keeping the draft's time.
        base = kept.data if kept else {"token": uuid4().hex}
        return ComposeForm(initial={**base, "text": _(chosen.text), "opener_key": chosen.key})
    if kept is None:
        return ComposeForm(initial={"token": uuid4().hex})
    form = ComposeForm(kept.data)
    if form.is_valid() and kept.problem:
        form.add_error(None, kept.problem)
    return form


@login_required
@joint_feature
def new(request: HttpRequest) -> HttpResponse:
    """Write an invitation (or start from an opener); the coach reads it before it goes.

    Each press of a button is a POST answered with a redirect back here; the draft and
    the step it reached wait in the session (`drafts`), so Back and reload are safe.
    """
    if request.method == "POST":
        return _compose_posted(request)
    kept = kept_draft(request)
    form = _compose_form(request, kept)
    # The step the draft reached, unless an opener was just picked (an unbound form).
    stage = kept.stage if kept is not None and form.is_bound and form.is_valid() else Stage.EDIT
    review = review_of(form.cleaned_data["text"]) if stage == Stage.REVIEW else None
    context = {
        "form": form,
        "review": review,
        "review_card": safety_card(review["card"]) if review and review["card"] else None,
        "reviewed": stage == Stage.REVIEWED,
        "openers": grouped(),
        "has_partner": partner_of(request.user) is not None,
    }
    return render(request, "invitations/new.html", context)


def _compose_posted(request: HttpRequest) -> HttpResponse:
    form = ComposeForm(request.POST)
    again = redirect("invitations:new")
    if not form.is_valid():
        keep_draft(request, request.POST, Stage.EDIT)
        return again
    data = form.cleaned_data
    review = review_of(data["text"])
    if review and request.POST.get("use_rewrite") and review["wording"]:
        # The person has had their second look; the live coach still reads along, but
        # sending the chosen wording must not bring the same review back again.
        keep_draft(request, {**request.POST.dict(), "text": review["wording"]}, Stage.REVIEWED)
        messages.info(request, _("The kinder wording is in the box. Change anything you like."))
        return again
    if review is not None and not data["send_anyway"]:
        keep_draft(request, request.POST, Stage.REVIEW)
        return again
    try:
        invitation, _new = Invitation.send(
            request.user,
            text=data["text"],
            token=data["token"],
            proposed_for=data["proposed_for"],
            opener_key=data["opener_key"] or "",
        )
    except InvitationProblem as problem:
        keep_draft(request, request.POST, Stage.EDIT, problem=problem.message)
        return again
    forget_draft(request)
    note(request, data["text"], source="invitation")
    messages.success(request, _("Sent. Your invitation is waiting for your partner."))
    return redirect("invitations:invitation", invitation_id=invitation.pk)


def _answer_errors(form: RespondForm) -> dict[str, list[str]]:
    """The bound answer's errors under the form they came from ("accept", "propose",
    "not_yet"), or "general" for a form the page does not have."""
    if form.is_valid():
        return {}
    action = str(form.data.get("action", ""))
    found = [str(error) for errors in form.errors.values() for error in errors]
    return {action if action in Action.values else "general": found}


@login_required
@joint_feature
def invitation(request: HttpRequest, invitation_id: int) -> HttpResponse:
    found = get_in_couple_or_404(Invitation.objects, request.user, pk=invitation_id)
    typed = take_answer(request, found.pk)
    form = RespondForm(typed, invitation=found) if typed else RespondForm(invitation=found)
    context = {
        "invitation": found,
        "form": form,
        "typed": typed or {},
        "answer_errors": _answer_errors(form) if typed else {},
        "picker": picker_bounds(),
        "mine": found.sender_id == request.user.pk,
    }
    return render(request, "invitations/invitation.html", context)


@login_required
@require_POST
@joint_feature
def respond(request: HttpRequest, invitation_id: int) -> HttpResponse:
    """Accept, propose another time, or say not yet (whoever's turn it is).

    A time or note that needs another look goes back to the page with what was picked,
    next to the form it came from; a change of state (expired, already answered) is a
    message at the top.
    """
    found = get_in_couple_or_404(Invitation.objects, request.user, pk=invitation_id)
    back = redirect("invitations:invitation", invitation_id=found.pk)
    form = RespondForm(request.POST, invitation=found)
    if not form.is_valid():
        keep_answer(request, found.pk, request.POST)
        return back
    try:
        answered = Invitation.respond(found.pk, request.user, **form.cleaned_data)
    except InvitationProblem as problem:
        messages.info(request, problem.message)
        return back
    messages.success(request, _answered_message(answered))
    return back


def _answered_message(invitation: Invitation) -> str:
    if invitation.status == Status.ACCEPTED:
        return _("Accepted. You both see the time you agreed.")
    if invitation.status == Status.NOT_YET:
        return _("Your gentle “not yet” is on its way.")
    return _("Your new time is on its way.")


@login_required
@require_POST
@joint_feature
def withdraw(request: HttpRequest, invitation_id: int) -> HttpResponse:
    found = get_in_couple_or_404(
        Invitation.objects.sent_by(request.user), request.user, pk=invitation_id
    )
    try:
        Invitation.withdraw(found.pk, request.user)
    except InvitationProblem as problem:
        messages.info(request, problem.message)
    else:
        messages.success(request, _("Withdrawn. You can send a new one whenever it feels right."))
    return redirect("invitations:invitation", invitation_id=found.pk)


@login_required
@joint_feature
def moment(request: HtmxHttpRequest) -> HttpResponse:
    """The right moment: my quick readiness check, and whether now looks good for both."""
    user = request.user
    current = ReadinessCheck.objects.moment_for(user)
    mine = current.mine
    initial = {name: getattr(mine, name) for name in READINESS_FIELDS} if mine else {}
    form = ReadinessForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        ReadinessCheck.record(user, form.cleaned_data)
        messages.success(request, _("Saved. Your answers count for the next two hours."))
        return redirect("invitations:moment")
    context = {"form": form, "moment": current}
    if request.htmx and request.method == "GET":
        return render(request, "invitations/moment.html#status", context)
    return render(request, "invitations/moment.html", context)
