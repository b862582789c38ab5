"""A person using OurWay: signs in with an email address, goes by a chosen name."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PersonManager(BaseUserManager["User"]):
    """People are created by email; `username` mirrors it for Django's auth machinery."""

    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        email = self.normalize_email(email).strip().lower()
        user = self.model(email=email, username=email, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)

    def create_person(self, email: str, password: str, name: str) -> User:
        return self.create_user(email, password, name=name)

    def sign_up(self, email: str, password: str, name: str, *, confirm: bool) -> User | None:
        """The account just made (or made anew), or None when the email already has an
        account (which never changes).

        With `confirm`, a new account starts inactive and `unconfirmed_since` is set until
        its link is opened; without it (no email on this server) it works at once. An
        account that was never confirmed does not hold on to its address: signing up again
        replaces its name and password, and a fresh link goes out (the old one stops
        working, as its token covers the password). So a stranger's sign-up with someone
        else's address cannot keep them from signing up later.

        Whoever signs up may be checking whether someone else uses OurWay, so the caller
        answers every outcome alike. The password is hashed first, whatever follows, so the
        time taken does not tell either.
        """
        self.purge_unconfirmed()
        email = self.normalize_email(email).strip().lower()
        hashed = make_password(password)
        since = timezone.now() if confirm else None
        with transaction.atomic():
            person = self.select_for_update().filter(email=email).first()
            if person is None:
                person = self.model(
                    email=email,
                    name=name,
                    password=hashed,
                    is_active=not confirm,
                    unconfirmed_since=since,
                )
                try:
                    with transaction.atomic():
                        person.save(using=self._db)
                except IntegrityError:
                    return None  # the same address signed up a moment ago, in another tab
                return person
            if person.is_active or person.unconfirmed_since is None:
                return None  # confirmed, made by staff, or switched on or off by staff
            person.name, person.password = name, hashed
            person.is_active, person.unconfirmed_since = not confirm, since
            person.save(update_fields=["name", "password", "is_active", "unconfirmed_since"])
            return person

    def purge_unconfirmed(self) -> int:
        """Delete the accounts still waiting for confirmation after their links expired
        (PASSWORD_RESET_TIMEOUT): nobody can use them any more. Returns how many.

        Only inactive ones: staff switching an account on keeps `unconfirmed_since` but the
        account stays. When there is nothing to delete, this is one query.
        """
        expired = timezone.now() - timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)
        stale = self.filter(is_active=False, unconfirmed_since__lt=expired)
        return stale.delete()[1].get(self.model._meta.label, 0)


class User(AbstractUser):
    """One partner. `username` always mirrors the lower-cased email (Django auth needs it)."""

    name = models.CharField(_("name"), max_length=80)
    email = models.EmailField(_("email address"), unique=True)
    email_notices = models.BooleanField(
        _("email me when my partner shares something"),
        default=False,
        help_text=_("The email only says there is something new, never what it is."),
    )
    # Where this person lives, as an IANA name ("America/New_York"): their times and their
    # "today" follow it (see ourway.accounts.middleware). Empty until their browser says.
    time_zone = models.CharField(
        _("your time zone"),
        max_length=64,
        blank=True,
        help_text=_("Times, and when a new day starts for check-ins, follow this zone."),
    )
    # Set by the safety features of a later release; read through ourway.couples.outreach
    # so that nothing is ever sent or shown about it to the partner.
    safety_mode_since = models.DateTimeField(null=True, blank=True, editable=False)
    # When email is on, a new account waits (inactive) for its address to be confirmed:
    # set at sign-up, cleared by `confirm_email()`. Never set for accounts made otherwise.
    unconfirmed_since = models.DateTimeField(null=True, blank=True, editable=False)

    first_name = None  # type: ignore[assignment]
    last_name = None  # type: ignore[assignment]

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["name"]
    objects: ClassVar[PersonManager] = PersonManager()  # type: ignore[assignment]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name or self.email

    def get_full_name(self) -> str:
        return self.name

    def get_short_name(self) -> str:
        return self.name

    @property
    def in_safety_mode(self) -> bool:
        return self.safety_mode_since is not None

    def set_safety_mode(self, on: bool) -> bool:
        """Turn the person's own safety mode on or off. Returns True if it changed.

        Only this person's row changes (locked, so two tabs cannot race); nothing is sent
        or recorded anywhere else, so the partner cannot notice it.
        """
        from django.db import transaction
        from django.utils import timezone

        with transaction.atomic():
            locked = type(self).objects.select_for_update().only("pk", "safety_mode_since")
            current = locked.get(pk=self.pk).safety_mode_since
            if (current is not None) == on:
                self.safety_mode_since = current
                return False
            self.safety_mode_since = timezone.now() if on else None
            self.save(update_fields=["safety_mode_since"])
        return True

    def confirm_email(self) -> bool:
        """The link sent at sign-up was used with its password: the account can log in from
        now on. False (and nothing changes) if someone signed up again with this address
        since this account was read: their password is now the account's, not the one
        just checked.
        """
        changed = type(self).objects.filter(
            pk=self.pk, password=self.password, unconfirmed_since=self.unconfirmed_since
        )
        if not changed.update(is_active=True, unconfirmed_since=None):
            return False
        self.is_active, self.unconfirmed_since = True, None
        return True

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.email = (self.email or "").strip().lower()
        self.username = self.email
        super().save(*args, **kwargs)


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def matching(self, raw: str) -> ApiToken | None:
        return self.select_related("user").filter(key_hash=ApiToken.hash(raw)).first()


class ApiToken(models.Model):
    """A bearer token for scripts and phone clients. Only its SHA-256 is stored."""

    PREFIX = "ow_"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    label = models.CharField(_("label"), max_length=80, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    def __str__(self) -> str:
        return self.label or f"token {self.pk}"

    @staticmethod
    def hash(raw: str) -> str:
        import hashlib

        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()

    @classmethod
    def issue(cls, user: User, label: str = "") -> tuple[ApiToken, str]:
        """Create a token and return it with its raw value, shown to the person once."""
        import secrets

        raw = cls.PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, key_hash=cls.hash(raw), label=label[:80])
        return token, raw


class SentEmail(models.Model):
    """One email that went to an address anyone can type (a sign-up's, a password reset's),
    kept for an hour so that each address gets only a few (accounts/mail_limit.py).

    The address is kept only as a keyed hash: enough to count, nothing to read.
    """

    SIGN_UP = "sign-up"
    RESET = "reset"

    kind = models.CharField(max_length=16)
    address_key = models.CharField(max_length=64)
    sent_at = models.DateTimeField(db_index=True)

    class Meta:
        indexes: ClassVar = [models.Index(fields=["address_key", "kind", "sent_at"])]

    def __str__(self) -> str:
        return f"{self.kind} email at {self.sent_at:%Y-%m-%d %H:%M}"
