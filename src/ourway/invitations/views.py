from __future__ import annotations

from datetime import timedelta
from typing import Any
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
from ourway.invitations.forms import ComposeForm, ReadinessForm, RespondForm
from ourway.invitations.models import (
    READINESS_FIELDS,
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


def _compose_initial(request: HttpRequest) -> dict[str, Any]:
    initial: dict[str, Any] = {"token": uuid4().hex}
    chosen = opener(request.GET.get("opener", ""))
    if chosen is not None:
        initial.update(text=_(chosen.text), opener_key=chosen.key)
    return initial


def _with_text(request: HttpRequest, text: str) -> ComposeForm:
    data = request.POST.copy()
    data["text"] = text
    return ComposeForm(data)


@login_required
@joint_feature
def new(request: HttpRequest) -> HttpResponse:
    """Write an invitation (or start from an opener); the coach reads it before it goes."""
    form = ComposeForm(request.POST or None, initial=_compose_initial(request))
    review, reviewed = None, False
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        review = review_of(data["text"])
        if review and request.POST.get("use_rewrite") and review["wording"]:
            # The person has had their second look; the live coach still reads along, but
            # sending the chosen wording must not bring the same review back again.
            form, review, reviewed = _with_text(request, review["wording"]), None, True
            messages.info(request, _("The kinder wording is in the box. Change anything you like."))
        elif review is None or data["send_anyway"]:
            try:
                invitation, _new = Invitation.send(
                    request.user,
                    text=data["text"],
                    token=data["token"],
                    proposed_for=data["proposed_for"],
                    opener_key=data["opener_key"] or "",
                )
            except InvitationProblem as problem:
                form.add_error(None, problem.message)
            else:
                note(request, data["text"], source="invitation")
                messages.success(request, _("Sent. Your invitation is waiting for your partner."))
                return redirect("invitations:invitation", invitation_id=invitation.pk)
    context = {
        "form": form,
        "review": review,
        "review_card": safety_card(review["card"]) if review and review["card"] else None,
        "reviewed": reviewed,
        "openers": grouped(),
        "has_partner": partner_of(request.user) is not None,
    }
    return render(request, "invitations/new.html", context)


def _detail(
    request: HttpRequest, found: Invitation, form: RespondForm | None = None
) -> HttpResponse:
    return render(
        request,
        "invitations/invitation.html",
        {
            "invitation": found,
            "form": form or RespondForm(),
            "mine": found.sender_id == request.user.pk,
        },
    )


@login_required
@joint_feature
def invitation(request: HttpRequest, invitation_id: int) -> HttpResponse:
    found = get_in_couple_or_404(Invitation.objects, request.user, pk=invitation_id)
    return _detail(request, found)


@login_required
@require_POST
@joint_feature
def respond(request: HttpRequest, invitation_id: int) -> HttpResponse:
    """Accept, propose another time, or say not yet (whoever's turn it is)."""
    found = get_in_couple_or_404(Invitation.objects, request.user, pk=invitation_id)
    form = RespondForm(request.POST)
    if not form.is_valid():
        return _detail(request, found, form)
    try:
        answered = Invitation.respond(found.pk, request.user, **form.cleaned_data)
    except InvitationProblem as problem:
        messages.info(request, problem.message)
        return redirect("invitations:invitation", invitation_id=found.pk)
    messages.success(request, _answered_message(answered))
    return redirect("invitations:invitation", invitation_id=found.pk)


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
