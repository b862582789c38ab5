"""Bearer-token authentication for scripts and phone clients."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer

from ourway.accounts.middleware import activate_for
from ourway.accounts.models import ApiToken, User


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = ApiToken.objects.matching(token)
        if found is None or not found.user.is_active:
            return None
        now = timezone.now()
        # Record use at most once a minute: a busy script should not write on every call.
        if found.last_used is None or (now - found.last_used).total_seconds() > 60:
            ApiToken.objects.filter(pk=found.pk).update(last_used=now)
        request.user = found.user
        # Times and "today" in the person's own zone (the middleware resets it afterwards).
        activate_for(found.user)
        return found.user


def person(request: HttpRequest) -> Any:
    """The signed-in person behind an API call."""
    return request.auth  # type: ignore[attr-defined]
