"""Types for views: the request of a signed-in person."""

from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from ourway.accounts.models import User


class AuthedRequest(HttpRequest):
    """What a `@login_required` view receives: `user` is a real person, `htmx` is set."""

    user: User
    htmx: HtmxDetails
