"""The optional app passcode, the lock screen that asks for it, and signing out on a quick exit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
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


def _token_is_good(request: HttpRequest) -> bool:
    """The CSRF check Django makes on every POST, made here by hand (see below)."""
    check = CsrfViewMiddleware(HttpResponse)
    return check.process_view(request, HttpResponse, (), {}) is None


@csrf_exempt
@require_POST
def sign_out_on_exit(request: HttpRequest) -> HttpResponse:
    """The quick exit: end the caller's own session, and leave for the neutral site.

    Without JavaScript, the "Exit this page" form posts here and the answer is a 303 to the
    neutral site. With JavaScript, quick-exit.js sends the same form as a beacon
    (`beacon=1`) while the page is already leaving: nobody sees the answer, a bare 204.

    Only a POST with the page's CSRF token signs out, so another site cannot sign anyone
    out. A missing or stale token (a page left open across a new log-in) still leaves for
    the neutral site: someone getting away must never meet "403 Forbidden". Signed out
    already: nothing to end, the same way out.
    """
    if request.user.is_authenticated and _token_is_good(request):
        logout(request)
    if request.POST.get("beacon") == "1":
        return HttpResponse(status=204)
    response = HttpResponseRedirect(conf.quick_exit_url())
    response.status_code = 303  # "see other": the browser follows it with a GET
    return response
