from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.accounts.exports import export_person
from ourway.accounts.forms import DeleteAccountForm, EmailLoginForm, SettingsForm, SignupForm
from ourway.accounts.models import ApiToken
from ourway.couples.pairing import leave_couple, read_join_link
from ourway.web.typing import AuthedRequest


def _next_url(request: HttpRequest) -> str:
    """Where to go after signing up: a `next` on this site (an invitation link), or ""."""
    wanted = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return wanted if safe else ""


def signup(request: HttpRequest) -> HttpResponse:
    """A new account; with an invitation link as `next`, it carries straight on to joining."""
    next_url = _next_url(request)
    if request.user.is_authenticated:
        return redirect(next_url or "home")
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, _("Welcome, %(name)s. This space is yours.") % {"name": user.name}
        )
        return redirect(next_url or "home")
    context = {"form": form, "next": next_url, "join_link": read_join_link(next_url)}
    return render(request, "accounts/signup.html", context)


class LoginView(auth_views.LoginView):
    """Log in; opened from an invitation link, it says who invited the person."""

    template_name = "accounts/login.html"
    authentication_form = EmailLoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["join_link"] = read_join_link(self.get_redirect_url())
        return context


@login_required
def account_settings(request: AuthedRequest) -> HttpResponse:
    form = SettingsForm(request.POST or None, instance=request.user)
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
    form = SettingsForm(instance=request.user)
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
    stamp = timezone.now().strftime("%Y-%m-%d")
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
