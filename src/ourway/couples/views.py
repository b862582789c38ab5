from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.couples.access import couple_of, partner_of
from ourway.couples.forms import JoinForm
from ourway.couples.models import Invite, Notice
from ourway.couples.outreach import tell_partner
from ourway.couples.pairing import (
    PairingError,
    check_link,
    invite_partner,
    join_couple,
    leave_couple,
    start_couple,
)
from ourway.web.typing import AuthedRequest


@login_required
def couple(request: AuthedRequest) -> HttpResponse:
    """Our couple space: who is in it, the current invitation, joining and leaving."""
    mine = couple_of(request.user)
    invite = None
    if mine is not None and partner_of(request.user) is None:
        invite = (
            Invite.objects.filter(couple=mine, used_at__isnull=True, expires__gt=timezone.now())
            .order_by("-created")
            .first()
        )
    join_url = None
    if invite is not None:
        join_url = request.build_absolute_uri(reverse("couples:join_link", args=[invite.code]))
    return render(
        request,
        "couples/couple.html",
        {"couple": mine, "invite": invite, "join_url": join_url, "join_form": JoinForm()},
    )


@login_required
@require_POST
def start(request: AuthedRequest) -> HttpResponse:
    start_couple(request.user)
    messages.success(request, _("Your couple space is ready. Invite your partner when you wish."))
    return redirect("couples:couple")


@login_required
@require_POST
def invite(request: AuthedRequest) -> HttpResponse:
    try:
        invite_partner(request.user)
    except PairingError as error:
        messages.error(request, str(error))
    return redirect("couples:couple")


@login_required
def join(request: AuthedRequest, code: str = "") -> HttpResponse:
    form = JoinForm(request.POST or None, initial={"code": code})
    if request.method == "POST" and form.is_valid():
        try:
            join_couple(request.user, form.cleaned_data["code"])
        except PairingError as error:
            form.add_error("code", str(error))
        else:
            tell_partner(
                request.user,
                kind="partner_joined",
                text=_("%(name)s joined your couple space.") % {"name": request.user.name},
                url=reverse("home"),
            )
            messages.success(request, _("You are in. Welcome to your shared space."))
            return redirect("home")
    invite, problem = None, ""
    if code and request.method == "GET":
        # Say at once what is wrong with a link, not only after "Join" is pressed.
        invite, problem = check_link(code, request.user)
        if problem:
            form = JoinForm()
    context = {"form": form, "code": code, "invite": invite, "problem": problem}
    return render(request, "couples/join.html", context)


@login_required
def leave(request: AuthedRequest) -> HttpResponse:
    if couple_of(request.user) is None:
        return redirect("couples:couple")
    if request.method == "POST":
        leave_couple(request.user)
        messages.success(
            request, _("You have left the couple space. Everything you wrote is still yours.")
        )
        return redirect("home")
    return render(request, "couples/leave.html", {"partner": partner_of(request.user)})


@login_required
def notices(request: AuthedRequest) -> HttpResponse:
    mine = Notice.objects.for_person(request.user)[:50]
    response = render(request, "couples/notices.html", {"notices": mine})
    Notice.objects.for_person(request.user).unread().update(read_at=timezone.now())
    return response
