from __future__ import annotations

from django.conf import settings
from django.contrib.auth import authenticate, password_validation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.accounts.confirmation import sign_up_and_email
from ourway.accounts.models import ApiToken, User
from ourway.api.auth import person

router = Router()


class SignupIn(Schema):
    email: str = Field(max_length=254)
    password: str = Field(max_length=512)
    name: str = Field(min_length=1, max_length=80)


class PersonOut(Schema):
    id: int
    email: str
    name: str


class TokenIn(Schema):
    email: str = Field(max_length=254)
    password: str = Field(max_length=512)


class TokenOut(Schema):
    token: str


class SignedUp(Schema):
    detail: str


SIGNED_UP = (
    "If this email was free, the account is ready: ask for a token with it and your "
    "password. If it already had an account, that account's password is the one that works."
)
SIGNED_UP_CHECK_EMAIL = (
    "Check your email. If this address was free, the email has a link to confirm the "
    "account; after that, ask for a token with it and your password. If it already had an "
    "account, the email says so, and that account's password is the one that works."
)


@router.post("/signup", auth=None, response={202: SignedUp})
def signup(request: HttpRequest, payload: SignupIn) -> Status:
    """Ask for an account. A new email and one already in use get the same answer (202).

    With email on, the same emails as the sign-up page go out (see accounts/confirmation.py),
    and the same web page behind the emailed link confirms the account, with its password.
    """
    email = payload.email.strip().lower()
    name = " ".join(payload.name.split())
    if "@" not in email or not name:
        raise HttpError(422, "Please give a valid email address and a name.")
    try:
        password_validation.validate_password(payload.password, User(email=email, name=name))
    except DjangoValidationError as error:
        raise HttpError(422, " ".join(error.messages)) from error
    if not settings.SIGNUP_CONFIRMS_EMAIL:
        User.objects.sign_up(email, payload.password, name, confirm=False)
        return Status(202, {"detail": SIGNED_UP})
    sign_up_and_email(request, email, payload.password, name)
    return Status(202, {"detail": SIGNED_UP_CHECK_EMAIL})


@router.post("/token", auth=None, response=TokenOut)
def token(request: HttpRequest, payload: TokenIn) -> dict[str, str]:
    # authenticate() goes through django-axes, which throttles per email + IP address.
    user = authenticate(request, username=payload.email.strip().lower(), password=payload.password)
    if getattr(request, "axes_locked_out", False):
        raise HttpError(429, "Too many failed attempts. Please wait a while and try again.")
    if user is None:
        raise HttpError(401, "That email and password do not match an account.")
    _token, raw = ApiToken.issue(user, label="API")
    return {"token": raw}


@router.get("/me", response=PersonOut)
def me(request: HttpRequest) -> User:
    user: User = person(request)
    return user
