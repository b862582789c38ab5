"""The right moment: each person's quick readiness check, reduced to "ready" or "not yet"
for their partner. Imported by `ourway.invitations.models` so Django finds the model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy

from ourway.couples.access import PersonalQuerySet, partner_of
from ourway.couples.models import PersonalRecord

# A readiness answer describes the person now; after this it no longer counts.
READY_FOR = timedelta(hours=2)

# (field, what the person ticks, a suggestion shown only to them when they did not tick it)
READINESS_ITEMS: tuple[tuple[str, Any, Any], ...] = (
    (
        "calm",
        gettext_lazy("I feel calm enough to talk kindly"),
        gettext_lazy(
            "Give your body twenty minutes first: a walk, slow breathing, a glass of water."
        ),
    ),
    (
        "fed",
        gettext_lazy("I have eaten, I am not running on empty"),
        gettext_lazy("Eat something first. Hunger makes everything sound sharper."),
    ),
    (
        "rested",
        gettext_lazy("I am rested enough"),
        gettext_lazy("If you are worn out, tomorrow may go much better than tonight."),
    ),
    (
        "undistracted",
        gettext_lazy("I can put my phone and screens away"),
        gettext_lazy("Pick a time when the phone can stay in another room."),
    ),
    (
        "has_time",
        gettext_lazy("I have time, with nothing to rush off to"),
        gettext_lazy("Choose a time with some room before and after it."),
    ),
    (
        "not_mid_argument",
        gettext_lazy("We are not in the middle of an argument"),
        gettext_lazy(
            "In the middle of a fight, take a break of at least twenty minutes before trying."
        ),
    ),
)
READINESS_FIELDS = tuple(item[0] for item in READINESS_ITEMS)


@dataclass(frozen=True)
class Moment:
    """What one person sees: their own answers, and only "ready" or "not yet" for the partner."""

    mine: ReadinessCheck | None
    i_am_ready: bool
    partner_ready: bool
    has_partner: bool

    @property
    def now_looks_good(self) -> bool:
        return self.i_am_ready and self.partner_ready

    @property
    def my_not_yet(self) -> list[Any]:
        """Suggestions for the items this person did not tick (shown only to them)."""
        if self.mine is None or not self.mine.is_fresh:
            return []
        return [tip for name, _label, tip in READINESS_ITEMS if not getattr(self.mine, name)]


class ReadinessQuerySet(PersonalQuerySet["ReadinessCheck"]):
    def moment_for(self, user: Any) -> Moment:
        """`user`'s readiness and their partner's, reduced to ready or not. One query."""
        partner = partner_of(user)
        people = [user] if partner is None else [user, partner]
        found = {r.owner_id: r for r in self.filter(owner__in=people)}
        mine = found.get(user.pk)
        theirs = found.get(partner.pk) if partner is not None else None
        return Moment(
            mine=mine,
            i_am_ready=bool(mine and mine.is_ready and mine.is_fresh),
            partner_ready=bool(theirs and theirs.is_ready and theirs.is_fresh),
            has_partner=partner is not None,
        )


class ReadinessCheck(PersonalRecord):
    """One person's latest answers to "is this a good moment?". Never shown to the partner."""

    calm = models.BooleanField(default=False)
    fed = models.BooleanField(default=False)
    rested = models.BooleanField(default=False)
    undistracted = models.BooleanField(default=False)
    has_time = models.BooleanField(default=False)
    not_mid_argument = models.BooleanField(default=False)
    answered_at = models.DateTimeField(default=timezone.now)

    objects = ReadinessQuerySet.as_manager()

    class Meta:
        verbose_name = gettext_lazy("readiness check")
        constraints = [
            models.UniqueConstraint(fields=["owner"], name="invitations_one_readiness_per_person")
        ]

    def __str__(self) -> str:
        return f"readiness {self.pk}"

    @property
    def is_ready(self) -> bool:
        return all(getattr(self, name) for name in READINESS_FIELDS)

    @property
    def is_fresh(self) -> bool:
        return timezone.now() - self.answered_at < READY_FOR

    @property
    def fresh_until(self) -> datetime:
        return self.answered_at + READY_FOR

    @classmethod
    def record(cls, owner: Any, answers: dict[str, bool]) -> ReadinessCheck:
        """Keep only the latest answers: the moment is about now, not a history."""
        values = {name: bool(answers.get(name)) for name in READINESS_FIELDS}
        with transaction.atomic():
            found = cls.objects.select_for_update().filter(owner=owner).first()
            if found is None:
                try:
                    with transaction.atomic():
                        return cls.objects.create(owner=owner, **values)
                except IntegrityError:
                    found = cls.objects.select_for_update().get(owner=owner)
            for name, value in values.items():
                setattr(found, name, value)
            found.answered_at = timezone.now()
            found.save(update_fields=[*READINESS_FIELDS, "answered_at", "updated"])
            return found
