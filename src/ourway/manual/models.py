"""Our user manual: each partner's answers, the answers written together, our agreements,
every change ever made to them, and when the couple last read it through together.

* `ManualAnswer` is one person's answer to a personal question. It is a personal record
  that is always shared: the manual is a document the two of them keep, and before a
  partner joins a person simply drafts their own side.
* `JointAnswer` is the one text both partners write for a "together" question.
* `ManualAgreement` is an agreement written straight into the manual (agreements from
  repair conversations live in `ourway.talk` and are shown beside these).
* `Revision` keeps every change: who, what it was before, what it became, when.
* `Manual` holds the review rhythm and the "last reviewed together" date of one couple.

Editing rules (no lost update, no duplicate on a double submit) live in `editing.py`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.couples.access import CoupleQuerySet, PersonalQuerySet
from ourway.couples.fields import OptionalEncryptedTextField
from ourway.couples.models import CoupleRecord, PersonalRecord

# Room for a long, careful answer; a 1 MB paste is refused kindly, with the text kept.
MAX_ANSWER_CHARS = 10_000
# An agreement is one or two sentences both can remember.
MAX_AGREEMENT_CHARS = 500
# How often the manual asks to be read through together, unless the couple chooses.
DEFAULT_REVIEW_MONTHS = 3
REVIEW_MONTH_CHOICES = (1, 2, 3, 4, 6, 9, 12)


def review_months_default() -> int:
    return int(getattr(settings, "MANUAL_REVIEW_MONTHS", DEFAULT_REVIEW_MONTHS))


class ManualAnswerQuerySet(PersonalQuerySet["ManualAnswer"]):
    pass


class ManualAnswer(PersonalRecord):
    question = models.CharField(max_length=40)
    text = OptionalEncryptedTextField()
    version = models.PositiveIntegerField(default=0)

    objects = ManualAnswerQuerySet.as_manager()

    class Meta:
        ordering = ("question", "owner_id")
        constraints = [
            models.UniqueConstraint(fields=["owner", "question"], name="manual_one_answer_each")
        ]

    def __str__(self) -> str:
        return f"{self.question} by {self.owner_id}"


class JointAnswerQuerySet(CoupleQuerySet["JointAnswer"]):
    pass


class JointAnswer(CoupleRecord):
    question = models.CharField(max_length=40)
    text = OptionalEncryptedTextField()
    version = models.PositiveIntegerField(default=0)
    updated = models.DateTimeField(auto_now=True)
    last_editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = JointAnswerQuerySet.as_manager()

    class Meta:
        ordering = ("question",)
        constraints = [
            models.UniqueConstraint(fields=["couple", "question"], name="manual_one_joint_answer")
        ]

    def __str__(self) -> str:
        return f"{self.question} of couple {self.couple_id}"


class ManualAgreementQuerySet(CoupleQuerySet["ManualAgreement"]):
    pass


class ManualAgreement(CoupleRecord):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField(_("our agreement"))
    retired_at = models.DateTimeField(null=True, blank=True)

    objects = ManualAgreementQuerySet.as_manager()

    class Meta:
        ordering = ("created", "pk")

    def __str__(self) -> str:
        return f"manual agreement {self.pk}"


class RevisionQuerySet(models.QuerySet["Revision"]):
    def visible_to(self, user: Any) -> RevisionQuerySet:
        """Changes to what `user` may read in the manual, through the access rules of the
        answer or agreement each change belongs to."""
        return self.filter(
            Q(answer__in=ManualAnswer.objects.visible_to(user))
            | Q(joint__in=JointAnswer.objects.in_couple_of(user))
            | Q(agreement__in=ManualAgreement.objects.in_couple_of(user))
        )


class Revision(models.Model):
    """One change: `before` became `after`, written by `author`. Exactly one target is set."""

    answer = models.ForeignKey(
        ManualAnswer, null=True, blank=True, on_delete=models.CASCADE, related_name="revisions"
    )
    joint = models.ForeignKey(
        JointAnswer, null=True, blank=True, on_delete=models.CASCADE, related_name="revisions"
    )
    agreement = models.ForeignKey(
        ManualAgreement, null=True, blank=True, on_delete=models.CASCADE, related_name="revisions"
    )
    question = models.CharField(max_length=40, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    version = models.PositiveIntegerField()
    before = OptionalEncryptedTextField()
    after = OptionalEncryptedTextField()
    created = models.DateTimeField(default=timezone.now, db_index=True)

    objects = RevisionQuerySet.as_manager()

    class Meta:
        ordering = ("-created", "-pk")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(answer__isnull=False, joint__isnull=True, agreement__isnull=True)
                    | Q(answer__isnull=True, joint__isnull=False, agreement__isnull=True)
                    | Q(answer__isnull=True, joint__isnull=True, agreement__isnull=False)
                ),
                name="manual_revision_has_one_target",
            )
        ]

    def __str__(self) -> str:
        return f"revision {self.pk}"

    @property
    def kind(self) -> str:
        if self.agreement_id:
            return "agreement"
        return "together" if self.joint_id else "personal"


class ManualQuerySet(CoupleQuerySet["Manual"]):
    pass


class Manual(CoupleRecord):
    """One couple's review rhythm and the day they last read the manual through together."""

    review_every_months = models.PositiveSmallIntegerField(default=review_months_default)
    last_reviewed_on = models.DateField(null=True, blank=True)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ManualQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["couple"], name="manual_one_per_couple")]

    def __str__(self) -> str:
        return f"manual of couple {self.couple_id}"

    def next_review(self) -> date | None:
        if self.last_reviewed_on is None:
            return None
        return add_months(self.last_reviewed_on, self.review_every_months)

    def review_due(self, today: date | None = None) -> bool:
        upcoming = self.next_review()
        return upcoming is not None and upcoming <= (today or timezone.localdate())


def add_months(day: date, months: int) -> date:
    """`day` moved on by whole months, clamped to the end of a shorter month.

    >>> add_months(date(2025, 11, 30), 3)
    datetime.date(2026, 2, 28)
    """
    import calendar

    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
