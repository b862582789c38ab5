"""Changing the manual: every save is checked against the version it was based on.

Both partners may edit the same "together" answer (and one person may have two windows
open). Each save carries `base_version`, the version the person started from. If someone
saved in between, the save is refused with a `Conflict` holding the current text, so the
person can see the difference and merge; nothing is silently overwritten. Saving the text
that is already there (a double submit) changes nothing and is not a conflict.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.content.manual import question
from ourway.couples.access import couple_of
from ourway.manual.models import (
    JointAnswer,
    Manual,
    ManualAgreement,
    ManualAnswer,
    Revision,
    review_months_default,
)

Answer = ManualAnswer | JointAnswer


class ManualError(Exception):
    """A change that cannot happen, with a kind message for the person."""


class Conflict(ManualError):
    """Someone saved this answer after the person started editing."""

    def __init__(self, current: Answer, editor: Any) -> None:
        super().__init__(_("Someone saved a new version while you were writing."))
        self.current = current
        self.editor = editor


def answer_for(user: Any, key: str, *, create: bool = False) -> Answer | None:
    """The answer `user` edits for question `key`: their own, or the couple's shared one."""
    kind = question(key).kind
    if kind == "personal":
        if create:
            return ManualAnswer.objects.get_or_create(
                owner=user, question=key, defaults={"shared": True}
            )[0]
        return ManualAnswer.objects.owned_by(user).filter(question=key).first()
    couple = couple_of(user)
    if couple is None:
        if create:
            raise ManualError(
                _(
                    "Answers you write together need a couple space. Create one first, then "
                    "come back to this question."
                )
            )
        return None
    if create:
        return JointAnswer.objects.get_or_create(couple=couple, question=key)[0]
    return JointAnswer.objects.in_couple_of(user).filter(question=key).first()


def last_editor(answer: Answer) -> Any:
    if isinstance(answer, ManualAnswer):
        return answer.owner
    return answer.last_editor


def save_answer(user: Any, key: str, text: str, base_version: int) -> tuple[Answer, bool]:
    """Save `text` as the new version; (answer, True) if it changed, (answer, False) if the
    same text was already there. Raises Conflict if the answer moved on past base_version."""
    found = answer_for(user, key, create=True)
    assert found is not None
    model = type(found)
    with transaction.atomic():
        locked = model.objects.select_for_update().get(pk=found.pk)
        if locked.text == text:
            return locked, False
        if locked.version != base_version:
            editor = last_editor(locked)
            raise Conflict(locked, editor)
        before = locked.text
        locked.text = text
        locked.version += 1
        fields = ["text", "version", "updated"]
        if isinstance(locked, JointAnswer):
            locked.last_editor = user
            fields.append("last_editor")
        locked.save(update_fields=fields)
        target = {"answer": locked} if isinstance(locked, ManualAnswer) else {"joint": locked}
        Revision.objects.create(
            **target, question=key, author=user, version=locked.version, before=before, after=text
        )
    return locked, True


def add_agreement(user: Any, text: str) -> tuple[ManualAgreement, bool]:
    """A new agreement; the same words from the same person again (a double submit) are
    recognised and not added twice while the first is still in force."""
    couple = couple_of(user)
    if couple is None:
        raise ManualError(_("Agreements belong to a couple space. Create one first."))
    with transaction.atomic():
        Manual.objects.get_or_create(couple=couple)
        # Lock the couple's manual row so two identical submits cannot both pass the check.
        Manual.objects.select_for_update().get(couple=couple)
        for existing in ManualAgreement.objects.in_couple_of(user).filter(
            author=user, retired_at__isnull=True
        ):
            if existing.text == text:
                return existing, False
        agreement = ManualAgreement.objects.create(couple=couple, author=user, text=text)
        Revision.objects.create(agreement=agreement, author=user, version=1, before="", after=text)
    return agreement, True


def retire_agreement(user: Any, agreement: ManualAgreement) -> bool:
    """Mark an agreement as no longer needed (kept in the history). False if it already was."""
    with transaction.atomic():
        locked = ManualAgreement.objects.select_for_update().get(pk=agreement.pk)
        if locked.retired_at is not None:
            return False
        locked.retired_at = timezone.now()
        locked.save(update_fields=["retired_at"])
        Revision.objects.create(
            agreement=locked, author=user, version=2, before=locked.text, after=""
        )
    agreement.retired_at = locked.retired_at
    return True


def manual_of(user: Any) -> Manual | None:
    """The couple's manual settings, or None for a person without a couple space yet."""
    couple = couple_of(user)
    if couple is None:
        return None
    return Manual.objects.get_or_create(
        couple=couple, defaults={"review_every_months": review_months_default()}
    )[0]


def mark_reviewed(user: Any, every_months: int | None = None) -> Manual:
    manual = manual_of(user)
    if manual is None:
        raise ManualError(_("Reviewing together needs a couple space. Create one first."))
    with transaction.atomic():
        locked = Manual.objects.select_for_update().get(pk=manual.pk)
        locked.last_reviewed_on = timezone.localdate()
        locked.last_reviewed_by = user
        if every_months:
            locked.review_every_months = every_months
        locked.save(update_fields=["last_reviewed_on", "last_reviewed_by", "review_every_months"])
    return locked


def set_rhythm(user: Any, every_months: int) -> Manual:
    manual = manual_of(user)
    if manual is None:
        raise ManualError(_("Reviewing together needs a couple space. Create one first."))
    Manual.objects.filter(pk=manual.pk).update(review_every_months=every_months)
    manual.review_every_months = every_months
    return manual
