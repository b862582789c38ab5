"""Check-ins ("How are we?"): each partner answers privately, once a day.

The reveal rule: a partner's answer for a day becomes visible only once you have answered
that day too, so nobody can read the other's answer first and shape their own to it. It
lives in `CheckInQuerySet.visible_to`, next to the couple's other privacy rules, and views
never filter by owner themselves.

`shared` (from `PersonalRecord`) means "may be revealed once both answered". It is True for
every answer except those given while the person is in safety mode: those stay private for
good, so nothing done in safety mode changes what the partner sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.accounts.middleware import zone_of
from ourway.accounts.zones import zone_named
from ourway.checkins.days import couple_day
from ourway.coach import analyze
from ourway.couples.access import PersonalQuerySet, couple_of, partner_of
from ourway.couples.models import Couple, Membership, PersonalRecord
from ourway.couples.outreach import is_quiet

# A check-in is a few honest words, not a letter: the journal is there for long writing.
MAX_WORDS_CHARS = 2_000
MAX_MORE_OF_CHARS = 1_000

CLOSENESS_CHOICES = (
    (1, _("Far apart")),
    (2, _("A bit distant")),
    (3, _("Somewhere in between")),
    (4, _("Close")),
    (5, _("Really close")),
)
CLOSENESS_WORDS = dict(CLOSENESS_CHOICES)


class CheckInSettled(Exception):
    """Your partner has answered this day too: both answers are now shown to each other."""


class CheckInQuerySet(PersonalQuerySet["CheckIn"]):
    def visible_to(self, user: Any) -> CheckInQuerySet:
        """Your own answers, and your partner's for the days you have both answered.

        A person in safety mode sees only their own answers: the shared view is a joint
        exercise, paused for them.
        """
        if not getattr(user, "is_authenticated", False):
            return self.none()
        partner = partner_of(user)
        if partner is None or is_quiet(user):
            return self.filter(owner=user)
        my_days = CheckIn.objects.filter(owner=user, shared=True).values("day")
        return self.filter(Q(owner=user) | Q(owner=partner, shared=True, day__in=my_days))

    def shared_in_couple_of(self, user: Any) -> CheckInQuerySet:
        """Both partners' answers on the days both answered (what the shared view shows)."""
        partner = partner_of(user)
        if partner is None or is_quiet(user):
            return self.none()
        mine = CheckIn.objects.filter(owner=user, shared=True).values("day")
        theirs = CheckIn.objects.filter(owner=partner, shared=True).values("day")
        return self.filter(owner__in=[user, partner], shared=True, day__in=mine).filter(
            day__in=theirs
        )

    def revealed_to_partner(self, owner: Any, day: date) -> bool:
        """True when `owner`'s partner has answered `day` too (so both answers are shown)."""
        partner = partner_of(owner)
        if partner is None:
            return False
        return self.filter(owner=partner, day=day, shared=True).exists()


class CheckIn(PersonalRecord):
    """One person's answer to "How are we?" for one day."""

    day = models.DateField(_("day"), db_index=True)
    closeness = models.PositiveSmallIntegerField(
        _("how close do we feel"), choices=CLOSENESS_CHOICES
    )
    words = EncryptedTextField(_("a few words"))
    # Encrypted fields store "" as NULL; read it through `more_of or ""`.
    more_of = EncryptedTextField(_("what I would like more of"), blank=True, null=True, default="")
    # The coach's reading: "fine" used as a shield. Shown only to the person who wrote it.
    fine_shield = models.BooleanField(default=False)

    objects = CheckInQuerySet.as_manager()

    class Meta:
        ordering = ("-day", "owner_id")
        verbose_name = _("check-in")
        constraints = [
            models.UniqueConstraint(fields=["owner", "day"], name="checkins_one_answer_per_day"),
            models.CheckConstraint(
                condition=Q(closeness__gte=1, closeness__lte=5), name="checkins_closeness_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"check-in {self.pk} ({self.day})"

    @property
    def closeness_words(self) -> str:
        return str(CLOSENESS_WORDS.get(self.closeness, ""))

    @classmethod
    def answer(
        cls, owner: Any, *, closeness: int, words: str, more_of: str = "", day: date | None = None
    ) -> tuple[CheckIn, bool]:
        """Save `owner`'s answer for `day` (their check-in today, `checkin_day`, by default);
        returns (check-in, created).

        A second answer the same day changes the first, until the partner has answered that
        day too: then both have read each other and the day is settled (CheckInSettled).
        Sending the same answer again (a double submit) changes nothing and raises nothing.
        """
        fine_shield = analyze(words).fine_shield
        revealable = not is_quiet(owner)
        couple = couple_of(owner)
        with transaction.atomic():
            if couple is not None:
                # Both partners answering at the same moment take turns here, so neither
                # can slip an edit in after the other's answer settled the day.
                Couple.objects.select_for_update().filter(pk=couple.pk).first()
            # Worked out under the lock: the day can depend on the partner's latest answer.
            day = day or checkin_day(owner)
            existing = cls.objects.select_for_update().filter(owner=owner, day=day).first()
            if existing is None:
                try:
                    with transaction.atomic():
                        created = cls.objects.create(
                            owner=owner,
                            day=day,
                            closeness=closeness,
                            words=words,
                            more_of=more_of,
                            fine_shield=fine_shield,
                            shared=revealable,
                        )
                    return created, True
                except IntegrityError:
                    # The same answer sent twice at once: the other request saved it.
                    existing = cls.objects.select_for_update().get(owner=owner, day=day)
            before = (existing.closeness, existing.words, existing.more_of or "")
            if before == (closeness, words, more_of):
                return existing, False
            if existing.shared and cls.objects.revealed_to_partner(owner, day):
                raise CheckInSettled
            existing.closeness = closeness
            existing.words = words
            existing.more_of = more_of
            existing.fine_shield = fine_shield
            # An answer changed in safety mode stays private, like a new one.
            existing.shared = existing.shared and revealable
            existing.save(
                update_fields=["closeness", "words", "more_of", "fine_shield", "shared", "updated"]
            )
            return existing, False


# An answer one partner gave, and the other has not, keeps its day open for the other this
# long (an evening), even when the rule's date has moved on meanwhile.
OPEN_HOURS = 6


def _own_zone(person: Any) -> tzinfo:
    """The person's saved zone, else the server's (never the browser's of whoever asks)."""
    return zone_named(getattr(person, "time_zone", "")) or timezone.get_default_timezone()


def checkin_day(person: Any, at: datetime | None = None) -> date:
    """The day a check-in `person` gives at `at` (now by default) belongs to.

    The one place a check-in's day is worked out, so both partners land on the same day:

    - alone (no partner yet): the person's own date, in their zone (their saved one, else
      the one this request runs in);
    - in a couple: the date in the zone of the partner whose clock shows the earlier time
      of day (`ourway.checkins.days`), worked out from both partners' saved zones, so the
      same moment is the same day for both, whoever asks;
    - except when one of them answered in the last `OPEN_HOURS` and the other has not
      answered that day yet: that day stays open for both. A zone changed between the two
      answers, or the day turning over between them, does not split the evening.

    Answers given in safety mode never hold a day open for the partner (they are never
    shown, so they must not move the partner's day either).
    """
    at = at or timezone.now()
    couple, partner = couple_of(person), partner_of(person)
    if couple is None or partner is None:
        return at.astimezone(zone_of(person)).date()
    members = Membership.objects.filter(couple=couple).select_related("user")
    zones = [_own_zone(m.user) for m in members.order_by("joined", "pk")]
    day = couple_day(zones, at)
    neighbours = (day - timedelta(days=1), day + timedelta(days=1))
    mine_or_shared = Q(owner=person) | Q(owner=partner, shared=True)
    answers = list(
        CheckIn.objects.filter(mine_or_shared, day__in=neighbours)
        .values_list("owner_id", "day", "created")
        .order_by("-created")
    )
    answered = {(owner, on) for owner, on, _created in answers}
    since = at - timedelta(hours=OPEN_HOURS)
    for owner, on, created in answers:
        other = partner.pk if owner == person.pk else person.pk
        if since <= created <= at and (other, on) not in answered:
            return on
    return day


@dataclass(frozen=True)
class DayView:
    """What one person sees of one day: their answer, and their partner's once both answered."""

    day: date
    mine: CheckIn | None
    theirs: CheckIn | None

    @property
    def revealed(self) -> bool:
        return self.mine is not None and self.theirs is not None


def day_views(user: Any, checkins: list[CheckIn]) -> list[DayView]:
    """Group check-ins visible to `user` into days, newest first."""
    by_day: dict[date, dict[str, CheckIn]] = {}
    for checkin in checkins:
        side = "mine" if checkin.owner_id == user.pk else "theirs"
        by_day.setdefault(checkin.day, {})[side] = checkin
    return [
        DayView(day=day, mine=sides.get("mine"), theirs=sides.get("theirs"))
        for day, sides in sorted(by_day.items(), reverse=True)
    ]


def day_view(user: Any, day: date) -> DayView:
    return (
        day_views(user, list(CheckIn.objects.visible_to(user).filter(day=day)))
        or [DayView(day=day, mine=None, theirs=None)]
    )[0]
