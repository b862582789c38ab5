from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.accounts.confirmation import link_days, sign_up_and_email, waiting_person
from ourway.accounts.exports import export_person
from ourway.accounts.forms import (
    ConfirmEmailForm,
    DeleteAccountForm,
    EmailLoginForm,
    SettingsForm,
    SignupForm,
)
from ourway.accounts.middleware import COOKIE as ZONE_COOKIE
from ourway.accounts.models import ApiToken, User
from ourway.accounts.zones import zone_named
from ourway.couples.pairing import leave_couple, read_join_link
from ourway.web.typing import AuthedRequest

# The email just typed on the sign-up page, filled in on the log-in page that follows.
SIGNED_UP_EMAIL = "accounts.signed_up_email"


def _next_url(request: HttpRequest) -> str:
    """Where to go after signing up: a `next` on this site (an invitation link), or ""."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return wanted if safe else ""


def _with_next(url_name: str, next_url: str) -> str:
    url = reverse(url_name)
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def signup(request: HttpRequest) -> HttpResponse:
    """Create an account, then log in with it; with an invitation link as `next`, logging
    in carries straight on to joining.

    A new email and one that already has an account get the same answer, word for word.
    Signing in straight away would tell them apart (and tell a partner checking up on
    someone that they use OurWay). With email on, the answer is "check your email": a link
    to confirm a new account, or a note to the owner of a taken address (confirmation.py).
    """
    next_url = _next_url(request)
    if request.user.is_authenticated:
        return redirect(next_url or "home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        request.session[SIGNED_UP_EMAIL] = data["email"]
        if settings.SIGNUP_CONFIRMS_EMAIL:
            sign_up_and_email(request, data["email"], data["password"], data["name"], next_url)
            return redirect(_with_next("accounts:signup_sent", next_url))
        User.objects.sign_up(data["email"], data["password"], data["name"], confirm=False)
        messages.info(
            request,
            _(
                "Thank you. Now log in with your email and the password you chose. If this "
                "email already had an account, use that account's password, or choose a new "
                "one with “Forgot your password?”."
            ),
        )
        return redirect(_with_next("accounts:login", next_url))
    context = {"form": form, "next": next_url, "join_link": read_join_link(next_url)}
    return render(request, "accounts/signup.html", context)


def signup_sent(request: HttpRequest) -> HttpResponse:
    """The "check your email" page: the same whether the address was free or taken."""
    next_url = _next_url(request)
    context = {
        "email": request.session.get(SIGNED_UP_EMAIL, ""),
        "join_link": read_join_link(next_url),
        "days": link_days(),
    }
    return render(request, "accounts/signup_sent.html", context)


def confirm_email(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The link from the sign-up email. Its page asks for the password chosen at sign-up;
    with it, the account is confirmed and the person is logged in.

    Confirming on a plain visit would be simpler, but some mail services open every link in
    an email to check it; that would confirm a stranger's sign-up with someone's address.
    The password stops the stranger's other way in: signing up again with the address, so
    that its owner's next press confirms an account with the stranger's password.
    """
    next_url = _next_url(request)
    person = waiting_person(uidb64, token)
    context: dict[str, Any] = {"next": next_url, "join_link": read_join_link(next_url)}
    if person is None:
        return render(request, "accounts/confirm_failed.html", context)
    form = ConfirmEmailForm(request, person, request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not person.confirm_email():  # signed up again a moment ago: that link is newer
            return render(request, "accounts/confirm_failed.html", context)
        login(request, person, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Your email is confirmed. Welcome to OurWay!"))
        return redirect(next_url or "home")
    context.update(
        form=form, email=person.email, signup_url=_with_next("accounts:signup", next_url)
    )
    return render(request, "accounts/confirm.html", context)


class LoginView(auth_views.LoginView):
    """Django's log-in page, with the email filled in when the person just signed up;
    opened from an invitation link, it says who invited them."""

    template_name = "accounts/login.html"
    authentication_form = EmailLoginForm
    redirect_authenticated_user = True
    just_signed_up = False

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["join_link"] = read_join_link(self.get_redirect_url())
        context["just_signed_up"] = self.just_signed_up
        return context

    def get_initial(self) -> dict[str, Any]:
        initial = super().get_initial()
        email = self.request.session.pop(SIGNED_UP_EMAIL, None)
        self.just_signed_up = bool(email)
        if email:
            initial["username"] = email
        return initial


def _device_zone(request: HttpRequest) -> str:
    found = zone_named(request.COOKIES.get(ZONE_COOKIE))
    return found.key if found else ""


@login_required
def account_settings(request: AuthedRequest) -> HttpResponse:
    form = SettingsForm(
        request.POST or None, instance=request.user, device_zone=_device_zone(request)
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("accounts:settings")
    tokens = ApiToken.objects.filter(user=request.user).order_by("-created")
    return render(request, "accounts/settings.html", {"form": form, "tokens": tokens})


@login_required
@require_POST
def new_token(request: AuthedRequest) -> HttpResponse:
    label = (request.POST.get("label") or "").strip()[:80]
    _token, raw = ApiToken.issue(request.user, label=label or _("My script"))
    tokens = ApiToken.objects.filter(user=request.user).order_by("-created")
    form = SettingsForm(instance=request.user, device_zone=_device_zone(request))
    return render(
        request, "accounts/settings.html", {"form": form, "tokens": tokens, "new_token": raw}
    )


@login_required
@require_POST
def revoke_token(request: AuthedRequest, token_id: int) -> HttpResponse:
    ApiToken.objects.filter(user=request.user, pk=token_id).delete()
    messages.success(request, _("That token no longer works."))
    return redirect("accounts:settings")


@login_required
def export(request: AuthedRequest) -> HttpResponse:
    """Everything this person wrote or was told, as one JSON file. Never the partner's."""
    data = export_person(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="ourway-export-{stamp}.json"'
    return response


@login_required
def delete_account(request: AuthedRequest) -> HttpResponse:
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        leave_couple(user)
        logout(request)
        user.delete()
        messages.success(request, _("Your account and everything in it has been deleted."))
        return redirect("home")
    return render(request, "accounts/delete.html", {"form": form})
