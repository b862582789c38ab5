"""Confirming a new account's email address, when this server sends email.

Sign-up answers a free and a taken address alike. Without confirmation, someone could still
sign up with another person's address and a password of their own, then try to log in: it
would work only if the address was free, telling them whether that person uses OurWay. So,
with email on (`settings.SIGNUP_CONFIRMS_EMAIL`), a new account waits, inactive, until the
link sent to its address is used; and an address that already has an account gets a short
note instead. Either way one email goes out and the person who signed up sees the same page.

Inactive accounts are what Django's auth already refuses: logging in to one fails with the
wrong-password message, after the same password check, and django-axes counts it the same.

The link alone does not confirm: its page asks for the password chosen at sign-up. Otherwise
a stranger could sign up again with someone's unconfirmed address and their own password;
the fresh link goes to the address's owner, who, pressing it, would switch on an account in
their name that the stranger can log in to.
"""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.backends import BaseBackend
from django.contrib.auth.hashers import check_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import ngettext

from ourway.accounts.mail_limit import may_send
from ourway.accounts.models import SentEmail, User

log = logging.getLogger(__name__)


class ConfirmationTokens(PasswordResetTokenGenerator):
    """Tokens for confirmation links: the password reset's pattern with its own salt.

    Chosen over `django.core.signing` because the token is tied to the account's state: it
    stops working once used (the account turns active), and when signing up again replaces
    the password (only the newest link works). It expires after PASSWORD_RESET_TIMEOUT, the
    same few days as a reset link; after that, signing up again sends a new one.
    """

    key_salt = "ourway.accounts.confirmation.ConfirmationTokens"

    def _make_hash_value(self, user: User, timestamp: int) -> str:
        since = user.unconfirmed_since.isoformat() if user.unconfirmed_since else ""
        return f"{user.pk}{user.password}{user.is_active}{since}{timestamp}{user.email}"


tokens = ConfirmationTokens()


def link_days() -> int:
    return max(1, round(settings.PASSWORD_RESET_TIMEOUT / 86400))


def confirmation_url(request: HttpRequest, person: User, next_url: str = "") -> str:
    uid = urlsafe_base64_encode(force_bytes(person.pk))
    path = reverse("accounts:confirm", args=[uid, tokens.make_token(person)])
    if next_url:
        path += "?" + urlencode({"next": next_url})
    return request.build_absolute_uri(path)


def waiting_person(uidb64: str, token: str) -> User | None:
    """The unconfirmed account a link is for, or None if the link is wrong, used or old."""
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError):
        return None
    person = User.objects.filter(pk=pk, unconfirmed_since__isnull=False).first()
    if person is None or not tokens.check_token(person, token):
        return None
    return person


class ConfirmationBackend(BaseBackend):
    """Checks the password typed on a confirmation link's page, through `authenticate()`,
    so that django-axes counts a wrong one as a failed log-in and locks out the same way.

    Only a call that names the account its link is for (`confirming`) reaches it: Django
    skips a backend whose arguments do not fit, so the log-in page and the API never do,
    and an unconfirmed account still cannot log in anywhere.
    """

    def authenticate(  # type: ignore[override]
        self, request: HttpRequest | None, *, confirming: User, username: str, password: str
    ) -> User | None:
        # Django's check_password, not the person's: that one would save a rehashed password
        # over whatever a sign-up in the meantime put there.
        if username == confirming.email and check_password(password, confirming.password):
            return confirming
        return None


def sign_up_and_email(
    request: HttpRequest, email: str, password: str, name: str, next_url: str = ""
) -> None:
    """Sign up with email on: the account waits for its link, which goes to `email` (or a
    note, if the address already has an account).

    Past the hourly limit of emails to one address (mail_limit.py) nothing changes and
    nothing is sent. Replacing an unconfirmed account's password without sending its link
    would leave the address's owner with only dead links, and let whoever keeps signing up
    with it kill each new one. (The answer then comes a little sooner, with no email to
    send; it can only tell that the address was sent a few sign-up emails this hour.)
    """
    if not may_send(SentEmail.SIGN_UP, email):
        return
    person = User.objects.sign_up(email, password, name, confirm=True)
    send_sign_up_email(request, email, person, next_url)


def send_sign_up_email(
    request: HttpRequest, email: str, person: User | None, next_url: str = ""
) -> None:
    """After a sign-up with `email`: the confirmation link for `person`, or, when the
    address already had an account (`person` is None), a note saying so."""
    context = {
        "login_url": request.build_absolute_uri(reverse("accounts:login")),
        "reset_url": request.build_absolute_uri(reverse("accounts:password_reset")),
        "lifetime": ngettext("%(days)d day", "%(days)d days", link_days()) % {"days": link_days()},
    }
    name = "confirm" if person is not None else "account_exists"
    if person is not None:
        context["link"] = confirmation_url(request, person, next_url)
    subject = render_to_string(f"accounts/email/{name}_subject.txt", context).strip()
    body = render_to_string(f"accounts/email/{name}.txt", context)
    try:
        send_mail(subject, body, None, [email])
    except OSError:
        # The page must answer as usual: signing up again sends a new email.
        log.warning("could not send a sign-up email", exc_info=True)
