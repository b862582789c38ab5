"""Apologies and the commitments that grow out of them.

An `Apology` is one person's writing (a `PersonalRecord`): a draft is private to its author;
sending it shares it with the partner, once and for good (a sent letter cannot be unsent).
The partner answers it. A promise of change in it becomes a `Commitment`, a couple record
with a date on which the two of them look back at how it went (`LookBack`).

Every state change below runs in one transaction with its row locked, so a double tap or
both partners acting at once cannot lose an answer or create a second commitment.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.amends.checklist import PARTS, change_sentence, read
from ourway.couples.access import CoupleQuerySet, PersonalQuerySet, couple_of, partner_of
from ourway.couples.fields import OptionalEncryptedTextField
from ourway.couples.models import CoupleRecord, PersonalRecord

# A heartfelt letter fits easily; a paste of a whole chat history does not.
MAX_APOLOGY_CHARS = 10_000
# A promise is one or two sentences you can look back at.
MAX_PROMISE_CHARS = 1_000
# A reply or a look-back note is a few lines.
MAX_NOTE_CHARS = 2_000
# Four weeks is long enough for a change to show, short enough to still remember the promise.
DEFAULT_LOOK_BACK_DAYS = 28
# A look-back date further away than a year is a promise nobody will revisit.
MAX_LOOK_BACK_DAYS = 366


class AmendsError(Exception):
    """A step that cannot happen now, with a kind message to show the person."""


class Reply(models.TextChoices):
    ACCEPTED = "accepted", _("Thank you. I accept your apology.")
    NEED_TIME = "need_time", _("Thank you. I need some time.")
    MISSING = "missing", _("Something is still missing for me.")


def default_look_back() -> date:
    return timezone.localdate() + timedelta(days=DEFAULT_LOOK_BACK_DAYS)


class ApologyQuerySet(PersonalQuerySet["Apology"]):
    def drafts(self) -> ApologyQuerySet:
        return self.filter(sent_at__isnull=True)

    def sent(self) -> ApologyQuerySet:
        return self.filter(sent_at__isnull=False)

    def received_by(self, user: Any) -> ApologyQuerySet:
        """What the person's partner has sent them (never anyone's draft)."""
        return self.shared_in_couple_of(user).exclude(owner=user)  # type: ignore[return-value]


class Apology(PersonalRecord):
    """One person's apology. `shared` is True exactly when it has been sent."""

    text = EncryptedTextField(_("your apology"))
    promise = OptionalEncryptedTextField(_("what you will do differently"))
    look_back_on = models.DateField(_("when shall we look back at it together?"), null=True)
    # The coach's reading when it was last saved, so lists need no re-analysis.
    verdict = models.CharField(max_length=20, blank=True)
    parts = models.JSONField(default=list)
    # The hidden token of the form that wrote it: a double submit finds the same draft.
    client_token = models.UUIDField(null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(null=True, blank=True)
    reply = models.CharField(max_length=12, choices=Reply.choices, blank=True)
    reply_missing = models.JSONField(default=list)
    reply_note = OptionalEncryptedTextField()
    replied_at = models.DateTimeField(null=True, blank=True)

    objects = ApologyQuerySet.as_manager()

    class Meta:
        ordering = ("-created", "-pk")
        verbose_name = _("apology")
        verbose_name_plural = _("apologies")
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "client_token"], name="amends_one_apology_per_form"
            ),
        ]

    def __str__(self) -> str:
        return f"apology {self.pk}"

    @property
    def is_draft(self) -> bool:
        return self.sent_at is None

    @property
    def title(self) -> str:
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return first[:80]

    @classmethod
    def write(
        cls,
        owner: Any,
        text: str,
        promise: str = "",
        look_back_on: date | None = None,
        client_token: uuid.UUID | None = None,
    ) -> tuple[Apology, bool]:
        """A new draft; the same form sent twice returns the first draft (created=False)."""
        if client_token is not None:
            found = cls.objects.filter(owner=owner, client_token=client_token).first()
            if found is not None:
                return found, False
        apology = cls(owner=owner, client_token=client_token)
        apology._fill(text, promise, look_back_on)
        try:
            with transaction.atomic():
                apology.save()
        except IntegrityError:
            if client_token is None:
                raise
            # Both submits raced past the check above: the other one saved it.
            return cls.objects.get(owner=owner, client_token=client_token), False
        return apology, True

    def _fill(self, text: str, promise: str, look_back_on: date | None) -> None:
        reading = read(text, promise)
        self.text = text
        self.promise = promise
        self.look_back_on = look_back_on or default_look_back()
        self.verdict = reading.verdict or ""
        self.parts = reading.covered

    def revise(self, text: str, promise: str = "", look_back_on: date | None = None) -> None:
        """Change a draft. A sent apology is kept as it was sent."""
        with transaction.atomic():
            locked = type(self).objects.select_for_update().get(pk=self.pk)
            if not locked.is_draft:
                raise AmendsError(_("This apology has been sent, so it stays as it was."))
            self._fill(text, promise, look_back_on)
            self.save(
                update_fields=["text", "promise", "look_back_on", "verdict", "parts", "updated"]
            )

    def send(self) -> bool:
        """Share the draft with the partner; True if this call sent it (False: already sent).

        A promise of change (the promise box, or failing that the sentence in which the
        coach found one) becomes a commitment with the look-back date.
        """
        if partner_of(self.owner) is None:
            raise AmendsError(
                _("Your partner hasn't joined OurWay yet. Your apology is kept as a draft.")
            )
        with transaction.atomic():
            locked = type(self).objects.select_for_update().get(pk=self.pk)
            if not locked.is_draft:
                self.sent_at, self.shared = locked.sent_at, locked.shared
                return False
            self.sent_at = timezone.now()
            self.shared = True
            self.save(update_fields=["sent_at", "shared", "updated"])
            promise = self.promise.strip() or change_sentence(self.text)
            couple = couple_of(self.owner)
            if promise and couple is not None:
                Commitment.objects.get_or_create(
                    apology=self,
                    defaults={
                        "couple": couple,
                        "made_by": self.owner,
                        "text": promise[:MAX_PROMISE_CHARS],
                        "look_back_on": self.look_back_on or default_look_back(),
                    },
                )
        return True

    def answer(self, by: Any, reply: str, missing: list[str], note: str) -> bool:
        """The partner's reply; True if it changed anything (a double submit changes nothing).

        The partner may answer again later ("I needed time; now I accept"): the latest
        answer is the one shown.
        """
        if by.pk == self.owner_id or self.is_draft:
            raise AmendsError(_("Only your partner can answer this apology."))
        if reply not in Reply.values:
            raise AmendsError(_("Please choose one of the answers."))
        missing = [p for p in PARTS if p in missing] if reply == Reply.MISSING else []
        with transaction.atomic():
            locked = type(self).objects.select_for_update().get(pk=self.pk)
            if (locked.reply, locked.reply_missing, locked.reply_note) == (reply, missing, note):
                return False
            self.reply, self.reply_missing, self.reply_note = reply, missing, note
            self.replied_at = timezone.now()
            self.save(
                update_fields=["reply", "reply_missing", "reply_note", "replied_at", "updated"]
            )
        return True


class CommitmentQuerySet(CoupleQuerySet["Commitment"]):
    def due(self, today: date | None = None) -> CommitmentQuerySet:
        """Promises whose look-back day has come and that nobody has looked back at yet."""
        return self.filter(
            look_back_on__lte=today or timezone.localdate(), looked_back_at__isnull=True
        )


class Commitment(CoupleRecord):
    """A promise of change the couple looks back at together on `look_back_on`."""

    apology = models.OneToOneField(
        Apology, null=True, blank=True, on_delete=models.SET_NULL, related_name="commitment"
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    text = EncryptedTextField(_("the promise"))
    look_back_on = models.DateField(_("look back on"))
    looked_back_at = models.DateTimeField(null=True, blank=True)

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        ordering = ("look_back_on", "pk")
        verbose_name = _("commitment")

    def __str__(self) -> str:
        return f"commitment {self.pk}"

    @property
    def is_due(self) -> bool:
        return self.looked_back_at is None and self.look_back_on <= timezone.localdate()

    def look_back(self, by: Any, note: str) -> tuple[LookBack, bool]:
        """Either partner marks "we looked back", each with their own note.

        Both at once keep both notes (one row each); the same person twice updates their
        note rather than adding a second one.
        """
        with transaction.atomic():
            locked = type(self).objects.select_for_update().get(pk=self.pk)
            try:
                with transaction.atomic():
                    entry, created = LookBack.objects.get_or_create(
                        commitment=locked, by=by, defaults={"note": note}
                    )
            except IntegrityError:
                entry, created = LookBack.objects.get(commitment=locked, by=by), False
            if not created and note and entry.note != note:
                entry.note = note
                entry.save(update_fields=["note"])
            if locked.looked_back_at is None:
                self.looked_back_at = timezone.now()
                self.save(update_fields=["looked_back_at"])
            else:
                self.looked_back_at = locked.looked_back_at
        return entry, created


class LookBack(models.Model):
    """One partner's note from looking back at a commitment together."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="looks")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    note = OptionalEncryptedTextField()
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("created", "pk")
        constraints = [
            models.UniqueConstraint(fields=["commitment", "by"], name="amends_one_look_per_person")
        ]

    def __str__(self) -> str:
        return f"look back {self.pk}"
