"""Safety and support: a person's private screen, their app passcode, and the consented
therapist hand-off.

Nothing here is ever shown to the partner except a hand-off both partners agreed to, and
even then only the parts each person chose. Screen answers are encrypted and can never be
shared (a database constraint holds `shared` at False).
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.content.care import FREQUENCY_WEIGHT, SCREEN_KEYS, screen_is_positive
from ourway.couples.access import CoupleQuerySet, PersonalQuerySet, couple_of
from ourway.couples.models import CoupleRecord, PersonalRecord

PASSCODE_MIN = 4
PASSCODE_MAX = 8


class SafetyScreenQuerySet(PersonalQuerySet["SafetyScreen"]):
    """Read with `.owned_by(user)` only: a screen is never visible to anyone else."""


class SafetyScreen(PersonalRecord):
    """One time a person answered the private safety questions. Only ever theirs."""

    # Answers and outcome sealed together as one encrypted JSON text, so not even which
    # questions were answered can be read from the database.
    sealed = EncryptedTextField(default="{}")
    # The form's one-time token: a double submit finds the first answers instead of
    # storing them twice.
    form_token = models.CharField(max_length=64)

    objects = SafetyScreenQuerySet.as_manager()

    class Meta:
        ordering = ("-created", "-pk")
        verbose_name = _("safety screen")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(shared=False), name="care_screen_never_shared"
            ),
            models.UniqueConstraint(
                fields=["owner", "form_token"], name="care_screen_once_per_form"
            ),
        ]

    def __str__(self) -> str:
        return f"safety screen {self.pk}"

    @classmethod
    def record(cls, owner: Any, answers: dict[str, str], form_token: str) -> SafetyScreen:
        """Store one set of answers (unknown keys and values dropped); idempotent per token.

        Answers that point to danger quietly switch the person to safety mode (the product's
        promise: joint exercises and nudges stop at once, nothing reaches the partner). The
        person can turn it off again on the safety page; the same answers sent twice do not
        turn it back on.
        """
        kept = {k: v for k, v in answers.items() if k in SCREEN_KEYS and v in FREQUENCY_WEIGHT}
        existing = cls.objects.owned_by(owner).filter(form_token=form_token).first()
        if existing is not None:
            return existing
        positive = screen_is_positive(kept)
        try:
            with transaction.atomic():
                sealed = json.dumps({"answers": kept, "positive": positive})
                stored = cls.objects.create(owner=owner, sealed=sealed, form_token=form_token[:64])
        except IntegrityError:
            # The same form sent twice at once: the other request stored it.
            return cls.objects.owned_by(owner).get(form_token=form_token[:64])
        if positive:
            owner.set_safety_mode(True)
        return stored

    @property
    def answers(self) -> dict[str, str]:
        return dict(json.loads(self.sealed or "{}").get("answers", {}))

    @property
    def positive(self) -> bool:
        return bool(json.loads(self.sealed or "{}").get("positive", False))

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.shared = False  # answers are never shared, whatever a caller sets
        super().save(*args, **kwargs)


class AppPasscodeQuerySet(models.QuerySet["AppPasscode"]):
    def of(self, user: Any) -> AppPasscodeQuerySet:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)


class AppPasscode(models.Model):
    """A short passcode the app asks for on a shared device. Stored only as a hash."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    code_hash = models.CharField(max_length=256)
    updated = models.DateTimeField(auto_now=True)

    objects = AppPasscodeQuerySet.as_manager()

    def __str__(self) -> str:
        return f"passcode of {self.owner_id}"

    @classmethod
    def set_for(cls, owner: Any, raw: str) -> AppPasscode:
        passcode, _created = cls.objects.update_or_create(
            owner=owner, defaults={"code_hash": make_password(raw)}
        )
        return passcode

    @classmethod
    def remove_for(cls, owner: Any) -> None:
        cls.objects.of(owner).delete()

    @classmethod
    def exists_for(cls, owner: Any) -> bool:
        return cls.objects.of(owner).exists()

    @classmethod
    def matches(cls, owner: Any, raw: str) -> bool:
        found = cls.objects.of(owner).first()
        return found is not None and check_password(raw, found.code_hash)


class HandoffChoice(models.TextChoices):
    """What of their own a person may put in the therapist summary."""

    MANUAL = "manual", _("my answers in our user manual")
    AGREEMENTS = "agreements", _("the agreements I made in repair conversations")
    CHECKINS = "checkins", _("how close I have felt, week by week, from my check-ins")
    TALKS = "talks", _("how our repair conversations have gone (counts only, no words)")


class HandoffQuerySet(CoupleQuerySet["Handoff"]):
    """Read with `.in_couple_of(user)`: a hand-off belongs to the couple that made it."""


class Handoff(CoupleRecord):
    """A summary for a therapist, made only when both partners have said yes.

    Each partner's `HandoffConsent` lists what of theirs goes in. Saying no, or changing
    one's mind, is always possible and sends nothing to anyone.
    """

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    objects = HandoffQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["couple"], name="care_one_handoff_per_couple"),
        ]

    def __str__(self) -> str:
        return f"hand-off of {self.couple_id}"

    @classmethod
    def agree(cls, user: Any, choices: list[str]) -> tuple[Handoff, bool]:
        """Record `user`'s yes and choices; start the hand-off if it is the first yes.

        Safe to call twice or from both partners at once: one hand-off per couple, one
        consent per person, the latest choices kept. Returns (hand-off, newly started).
        """
        couple = couple_of(user)
        if couple is None:
            raise ValueError("a hand-off needs a couple")
        with transaction.atomic():
            # Lock the couple row so both partners agreeing at once queue up here.
            type(couple).objects.select_for_update().get(pk=couple.pk)
            handoff, started = cls.objects.get_or_create(
                couple=couple, defaults={"requested_by": user}
            )
            clean = sorted({c for c in choices if c in HandoffChoice.values})
            consent, created = HandoffConsent.objects.get_or_create(
                handoff=handoff, person=user, defaults={"choices": clean}
            )
            if not created and consent.choices != clean:
                consent.choices = clean
                consent.save(update_fields=["choices"])
        return handoff, started

    def withdraw(self, user: Any) -> None:
        """Take back `user`'s yes. The hand-off ends when nobody's yes is left."""
        with transaction.atomic():
            HandoffConsent.objects.filter(handoff=self, person=user).delete()
            if not HandoffConsent.objects.filter(handoff=self).exists():
                self.delete()

    def consent_of(self, user: Any) -> HandoffConsent | None:
        return next((c for c in self.consents.all() if c.person_id == user.pk), None)

    @property
    def is_ready(self) -> bool:
        """Both partners of the couple said yes."""
        members = {m.user_id for m in self.couple.memberships.all()}
        agreed = {c.person_id for c in self.consents.all()}
        return len(members) == 2 and members <= agreed


class HandoffConsent(models.Model):
    """One partner's yes to the hand-off, with what of theirs it may include."""

    handoff = models.ForeignKey(Handoff, on_delete=models.CASCADE, related_name="consents")
    person = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    choices = models.JSONField(default=list)
    consented_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["handoff", "person"], name="care_one_consent_each"),
        ]

    def __str__(self) -> str:
        return f"consent of {self.person_id}"

    def includes(self, choice: str) -> bool:
        return choice in self.choices
