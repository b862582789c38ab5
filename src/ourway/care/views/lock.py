"""The optional app passcode, the lock screen that asks for it, and signing out on a quick exit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.care import conf
from ourway.care.forms import PasscodeForm, UnlockForm
from ourway.care.middleware import HAS_PASSCODE, LOCKED, TRIES, unlock
from ourway.care.models import AppPasscode


@login_required
def passcode(request: HttpRequest) -> HttpResponse:
    form = PasscodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        AppPasscode.set_for(request.user, form.cleaned_data["passcode"])
        request.session[HAS_PASSCODE] = True
        messages.success(request, _("Passcode set. OurWay will ask for it on this device."))
        return redirect("care:passcode")
    context = {"form": form, "has_passcode": AppPasscode.exists_for(request.user)}
    return render(request, "care/passcode.html", context)


@login_required
@require_POST
def remove_passcode(request: HttpRequest) -> HttpResponse:
    AppPasscode.remove_for(request.user)
    request.session[HAS_PASSCODE] = False
    messages.success(request, _("Passcode removed."))
    return redirect("care:passcode")


@login_required
def unlock_page(request: HttpRequest) -> HttpResponse:
    form = UnlockForm(request.POST or None)
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe_next = url_has_allowed_host_and_scheme(wanted, {request.get_host()}) and wanted
    if not request.session.get(LOCKED):
        return redirect(safe_next or "home")
    if request.method == "POST" and form.is_valid():
        if AppPasscode.matches(request.user, form.cleaned_data["passcode"]):
            unlock(request)
            return redirect(safe_next or "home")
        tries = int(request.session.get(TRIES, 0)) + 1
        left = conf.passcode_tries() - tries
        if left <= 0:
            logout(request)
            messages.info(request, _("Too many tries, so you are signed out. Sign in again."))
            return redirect("accounts:login")
        request.session[TRIES] = tries
        form.add_error(
            "passcode",
            _("That passcode is not right. %(left)s more tries before you are signed out.")
            % {"left": left},
        )
    return render(request, "care/unlock.html", {"form": form, "next": safe_next or ""})


@login_required
@require_POST
def still_here(request: HttpRequest) -> HttpResponse:
    """The page saw the person typing or scrolling; the middleware counted this as activity."""
    return HttpResponse(status=204)


@require_POST
def sign_out_on_exit(request: HttpRequest) -> HttpResponse:
    """The quick exit ends the session, so Back finds only the log-in page.

    Sent by quick-exit.js as a beacon while the page is already leaving: nobody sees the
    answer. It ends only the caller's own session, and like every POST it needs the CSRF
    token, so another site cannot sign anyone out. Signed out already: nothing to do.
    """
    logout(request)
    return HttpResponse(status=204)
