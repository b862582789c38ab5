"""Soft invitations to talk, and the right moment to do it.

An `Invitation` is a couple record: both partners see it, nobody else. It moves through
its states only through the methods here, each in one transaction with the row locked, so
both partners pressing at once, or one pressing twice, gives a clear answer and loses
nothing. A `ReadinessCheck` is one person's own answers; the partner only ever learns
"ready" or "not yet".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from encrypted_fields.fields import EncryptedTextField

from ourway.content.openers import not_yet_note
from ourway.couples.access import CoupleQuerySet, couple_of, partner_of
from ourway.couples.models import CoupleRecord
from ourway.couples.outreach import tell

# A few sentences; a longer message belongs in the conversation itself.
MAX_INVITATION_CHARS = 1_500
# An invitation without a time waits this long for an answer before it expires.
OPEN_FOR = timedelta(days=3)
# An invitation for a time can still be answered a little after that time.
GRACE = timedelta(hours=2)
# Times further ahead than this are more of a plan than an invitation.
MOST_AHEAD = timedelta(days=60)


class InvitationProblem(Exception):
    """Something that cannot happen now, with a kind message for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def when(moment: datetime) -> str:
    return date_format(timezone.localtime(moment), "l j F, H:i")


def check_time(at: datetime | None) -> datetime | None:
    """A proposed time must be ahead (a few minutes of slack) and within two months."""
    if at is None:
        return None
    if timezone.is_naive(at):
        at = timezone.make_aware(at)
    now = timezone.now()
    if at < now - timedelta(minutes=5):
        raise InvitationProblem(_("That time has already passed. Pick one that is still ahead."))
    if at > now + MOST_AHEAD:
        raise InvitationProblem(_("Pick a time within the next two months."))
    return at


class Status(models.TextChoices):
    PENDING = "pending", gettext_lazy("Waiting for an answer")
    ACCEPTED = "accepted", gettext_lazy("Accepted")
    NOT_YET = "not_yet", gettext_lazy("Not yet")
    WITHDRAWN = "withdrawn", gettext_lazy("Withdrawn")


class Action(models.TextChoices):
    ACCEPT = "accept", gettext_lazy("Accept")
    PROPOSE = "propose", gettext_lazy("Propose another time")
    NOT_YET = "not_yet", gettext_lazy("Not yet")


class InvitationQuerySet(CoupleQuerySet["Invitation"]):
    def sent_by(self, user: Any) -> InvitationQuerySet:
        """Invitations `user` sent, in their current couple (only the sender may withdraw)."""
        return self.in_couple_of(user).filter(sender=user)  # type: ignore[return-value]


class Invitation(CoupleRecord):
    """One partner's invitation to talk; the other accepts, proposes a time, or says not yet."""

    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    text = EncryptedTextField(gettext_lazy("invitation"))
    opener_key = models.CharField(max_length=60, blank=True)
    # A fresh token per compose form: sending the same form twice sends one invitation.
    token = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    proposed_for = models.DateTimeField(null=True, blank=True)
    # Whose turn it is: the recipient, or the sender after a new time was proposed.
    waiting_on = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    agreed_for = models.DateTimeField(null=True, blank=True)
    not_yet_note = models.CharField(max_length=40, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    expires = models.DateTimeField()
    updated = models.DateTimeField(default=timezone.now)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ("-created", "-pk")
        verbose_name = gettext_lazy("invitation")
        constraints = [
            models.UniqueConstraint(fields=["sender", "token"], name="invitations_one_per_token")
        ]

    def __str__(self) -> str:
        return f"invitation {self.pk}"

    @property
    def is_expired(self) -> bool:
        return self.status == Status.PENDING and timezone.now() >= self.expires

    @property
    def state(self) -> str:
        """The status, with "expired" for a pending invitation whose time has gone."""
        return "expired" if self.is_expired else self.status

    @property
    def note_text(self) -> str:
        found = not_yet_note(self.not_yet_note)
        return _(found.text) if found else ""

    def other_than(self, user: Any) -> int:
        return self.recipient_id if user.pk == self.sender_id else self.sender_id

    @staticmethod
    def expiry_for(proposed_for: datetime | None) -> datetime:
        return proposed_for + GRACE if proposed_for else timezone.now() + OPEN_FOR

    @classmethod
    def send(
        cls,
        sender: Any,
        *,
        text: str,
        token: str,
        proposed_for: datetime | None = None,
        opener_key: str = "",
    ) -> tuple[Invitation, bool]:
        """Send an invitation to the partner; returns (invitation, newly sent).

        The same token sent twice returns the first invitation (a double submit).
        """
        couple, partner = couple_of(sender), partner_of(sender)
        if couple is None or partner is None:
            raise InvitationProblem(
                _("Invitations go to your partner. Once they have joined you, you can send one.")
            )
        proposed_for = check_time(proposed_for)
        existing = cls.objects.filter(sender=sender, token=token).first()
        if existing is not None:
            return existing, False
        try:
            with transaction.atomic():
                invitation = cls.objects.create(
                    couple=couple,
                    sender=sender,
                    recipient=partner,
                    waiting_on=partner,
                    text=text,
                    token=token,
                    opener_key=opener_key[:60],
                    proposed_for=proposed_for,
                    expires=cls.expiry_for(proposed_for),
                )
        except IntegrityError:
            return cls.objects.get(sender=sender, token=token), False
        invitation._tell(partner, _("%(name)s sent you an invitation.") % {"name": sender.name})
        return invitation, True

    def _tell(self, recipient: Any, text: str) -> None:
        # Neutral words only: a notice can be read over a shoulder or on a lock screen.
        tell(
            recipient,
            kind="invitation",
            text=text,
            url=reverse("invitations:invitation", args=[self.pk]),
            about=self,
        )

    def _check_answerable_by(self, by: Any) -> None:
        if self.status == Status.WITHDRAWN:
            raise InvitationProblem(
                _("This invitation was withdrawn, so there is nothing to answer.")
            )
        if self.status == Status.ACCEPTED and self.agreed_for:
            raise InvitationProblem(
                _("This invitation is already accepted: you are meeting %(when)s.")
                % {"when": when(self.agreed_for)}
            )
        if self.status == Status.NOT_YET:
            raise InvitationProblem(_("This invitation has already been answered with “not yet”."))
        if self.is_expired:
            raise InvitationProblem(
                _("This invitation has expired. Nothing is lost: a fresh one takes a minute.")
            )
        if by.pk != self.waiting_on_id:
            raise InvitationProblem(
                _("It is your partner’s turn to answer. Their answer will show up here.")
            )

    @classmethod
    def respond(
        cls, pk: int, by: Any, *, action: str, at: datetime | None = None, note_key: str = ""
    ) -> Invitation:
        """Accept, propose another time, or say not yet. Only the person whose turn it is."""
        with transaction.atomic():
            invitation = cls.objects.select_for_update().get(pk=pk)
            invitation._check_answerable_by(by)
            now = timezone.now()
            if action == Action.ACCEPT:
                agreed = invitation.proposed_for or check_time(at)
                if agreed is None:
                    raise InvitationProblem(_("Pick a time that suits you, so you both know when."))
                invitation.status, invitation.agreed_for = Status.ACCEPTED, agreed
            elif action == Action.PROPOSE:
                proposed = check_time(at)
                if proposed is None:
                    raise InvitationProblem(_("Pick the time you would like instead."))
                invitation.proposed_for = proposed
                invitation.expires = cls.expiry_for(proposed)
                invitation.waiting_on_id = invitation.other_than(by)
            elif action == Action.NOT_YET:
                if not_yet_note(note_key) is None:
                    raise InvitationProblem(
                        _("Pick one of the notes, so your answer lands gently.")
                    )
                invitation.status, invitation.not_yet_note = Status.NOT_YET, note_key
            else:
                raise InvitationProblem(_("Choose accept, another time, or not yet."))
            invitation.answered_at = invitation.updated = now
            invitation.save(
                update_fields=[
                    "status",
                    "agreed_for",
                    "proposed_for",
                    "expires",
                    "waiting_on",
                    "not_yet_note",
                    "answered_at",
                    "updated",
                ]
            )
        other = invitation.sender if by.pk == invitation.recipient_id else invitation.recipient
        invitation._tell(other, _("%(name)s answered your invitation.") % {"name": by.name})
        return invitation

    @classmethod
    def withdraw(cls, pk: int, by: Any) -> Invitation:
        with transaction.atomic():
            invitation = cls.objects.select_for_update().get(pk=pk, sender=by)
            if invitation.status == Status.WITHDRAWN:
                return invitation  # a double submit: already done
            if invitation.status != Status.PENDING:
                raise InvitationProblem(
                    _("Your partner has already answered, so it can no longer be withdrawn.")
                )
            invitation.status, invitation.updated = Status.WITHDRAWN, timezone.now()
            invitation.save(update_fields=["status", "updated"])
        return invitation


# The readiness check lives in its own module; imported here so Django registers the model.
from ourway.invitations.readiness import (  # noqa: E402
    READINESS_FIELDS,
    READINESS_ITEMS,
    READY_FOR,
    Moment,
    ReadinessCheck,
)

__all__ = [
    "READINESS_FIELDS",
    "READINESS_ITEMS",
    "READY_FOR",
    "Invitation",
    "InvitationProblem",
    "Moment",
    "ReadinessCheck",
    "Status",
]
