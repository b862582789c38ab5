"""A couple space, who is in it, how a partner is invited, and what a person is told."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ourway.couples.access import readable_by

if TYPE_CHECKING:
    from ourway.accounts.models import User

# Codes avoid look-alike characters so they can be read aloud or typed from a phone.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


class Couple(models.Model):
    """The shared space of two partners. Holds nothing private of either of them."""

    created = models.DateTimeField(auto_now_add=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"couple {self.pk}"


class Membership(models.Model):
    """Puts a person in a couple. One-to-one: a person belongs to at most one couple."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="memberships")
    joined = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user_id} in {self.couple_id}"


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def invite_expiry() -> timedelta:
    return timedelta(days=settings.INVITE_DAYS)


class Invite(models.Model):
    """A single-use, expiring code one partner gives the other to join their couple."""

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="invites")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    code = models.CharField(max_length=CODE_LENGTH, unique=True, default=new_code)
    created = models.DateTimeField(default=timezone.now)
    expires = models.DateTimeField()
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return self.code

    def save(self, *args: object, **kwargs: object) -> None:
        if not self.expires:
            self.expires = self.created + invite_expiry()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires

    @property
    def is_usable(self) -> bool:
        return self.used_at is None and not self.is_expired


class NoticeQuerySet(models.QuerySet["Notice"]):
    def for_person(self, user: User) -> NoticeQuerySet:
        """The person's notices, leaving out any about something they can no longer read.

        A journal entry made private again, a deleted apology, a conversation that ended with
        the couple space: its notice must not lead to an error page, nor tell the reader
        that something was there and was taken back.
        """
        mine = self.filter(recipient=user)
        out_of_sight = _out_of_sight(mine, user)
        return mine.exclude(out_of_sight) if out_of_sight is not None else mine

    def unread(self) -> NoticeQuerySet:
        return self.filter(read_at__isnull=True)


def _out_of_sight(notices: models.QuerySet[Notice], user: User) -> Q | None:
    """Matches the notices whose subject `user` may no longer read (None: there are none)."""
    kinds = (
        notices.exclude(subject_type=None).order_by().values_list("subject_type", flat=True)
    ).distinct()
    hidden: Q | None = None
    for type_id in kinds:
        model = ContentType.objects.get_for_id(type_id).model_class()
        gone = Q(subject_type=type_id)
        if model is not None:
            readable = readable_by(model._default_manager.all(), user).values("pk")
            gone &= ~Q(subject_id__in=readable)
        hidden = gone if hidden is None else hidden | gone
    return hidden


class Notice(models.Model):
    """An in-app message to one person. Created only by `ourway.couples.outreach`.

    `subject` is the record the notice is about, when there is one: the notice is shown only
    while its reader may read that record (see `NoticeQuerySet.for_person`).
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(max_length=40)
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    subject_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    subject_id = models.PositiveBigIntegerField(null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ("-created",)
        verbose_name = _("notice")
        indexes = [models.Index(fields=["subject_type", "subject_id"])]

    def __str__(self) -> str:
        return self.text


class PersonalRecord(models.Model):
    """Base for anything one person writes: private to its owner unless `shared`.

    Read through `Model.objects.visible_to(user)` (see `ourway.couples.access`).
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    shared = models.BooleanField(
        _("share with my partner"),
        default=False,
        help_text=_("Private unless you tick this. You can change it at any time."),
    )
    created = models.DateTimeField(default=timezone.now, db_index=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class CoupleRecord(models.Model):
    """Base for anything made together inside one couple space."""

    couple = models.ForeignKey(Couple, on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        abstract = True
