"""Who may see what: the one place OurWay decides privacy.

Two kinds of records exist:

* personal records (`PersonalRecord`): written by one person, private to them unless they
  chose to share them; shared ones are visible to the owner's partner, in the couple the
  owner is in *now* (leaving a couple ends the sharing, no copy is left behind);
* couple records (`CoupleRecord`): made together inside one couple space, visible to its
  current members only.

Views and API endpoints never filter by owner themselves: they call `visible_to`,
`owned_by`, `in_couple_of`, `readable_by` or the `get_*_or_404` helpers here. Someone
else's private item is a 404, never a 403, so its existence is not revealed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.http import Http404

if TYPE_CHECKING:
    from ourway.accounts.models import User
    from ourway.couples.models import Couple

_CACHE = "_ourway_couple_cache"

M = TypeVar("M", bound=models.Model)


def _membership_cache(user: Any) -> tuple[Couple | None, User | None]:
    """The person's couple and partner, looked up once per request (cached on the user)."""
    cached = getattr(user, _CACHE, None)
    if cached is not None:
        return cached
    from ourway.couples.models import Membership

    couple = partner = None
    if getattr(user, "is_authenticated", False):
        mine = Membership.objects.select_related("couple").filter(user=user).first()
        if mine is not None:
            couple = mine.couple
            other = (
                Membership.objects.select_related("user")
                .filter(couple=couple)
                .exclude(user=user)
                .first()
            )
            partner = other.user if other else None
    setattr(user, _CACHE, (couple, partner))
    return couple, partner


def forget_couple(user: Any) -> None:
    """Drop the cached couple after joining or leaving."""
    if hasattr(user, _CACHE):
        delattr(user, _CACHE)


def couple_of(user: Any) -> Couple | None:
    return _membership_cache(user)[0]


def partner_of(user: Any) -> User | None:
    return _membership_cache(user)[1]


def same_couple(a: Any, b: Any) -> bool:
    couple = couple_of(a)
    return couple is not None and couple == couple_of(b)


class PersonalQuerySet(models.QuerySet[M]):
    def owned_by(self, user: Any) -> PersonalQuerySet[M]:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)

    def visible_to(self, user: Any) -> PersonalQuerySet[M]:
        """What `user` may read: their own records, and what their partner shared."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        partner = partner_of(user)
        if partner is None:
            return self.filter(owner=user)
        return self.filter(Q(owner=user) | Q(owner=partner, shared=True))

    def shared_in_couple_of(self, user: Any) -> PersonalQuerySet[M]:
        """Only what is shared inside the person's couple (theirs and their partner's)."""
        partner = partner_of(user)
        if partner is None:
            return self.none()
        return self.filter(owner__in=[user, partner], shared=True)


class CoupleQuerySet(models.QuerySet[M]):
    def in_couple_of(self, user: Any) -> CoupleQuerySet[M]:
        couple = couple_of(user) if getattr(user, "is_authenticated", False) else None
        if couple is None:
            return self.none()
        return self.filter(couple=couple)


def readable_by(queryset: models.QuerySet[M], user: Any) -> models.QuerySet[M]:
    """What `user` may read of any kind of record; nothing for a kind without a rule."""
    if isinstance(queryset, PersonalQuerySet):
        return queryset.visible_to(user)
    if isinstance(queryset, CoupleQuerySet):
        return queryset.in_couple_of(user)
    return queryset.none()


# The helpers take a PersonalQuerySet/CoupleQuerySet or its manager; typed loosely because
# django-stubs cannot express "a manager made from this queryset" generically.
def get_visible_or_404(queryset: Any, user: Any, **lookup: Any) -> Any:
    try:
        return queryset.visible_to(user).get(**lookup)
    except (ObjectDoesNotExist, ValueError, TypeError) as error:
        raise Http404 from error


def get_own_or_404(queryset: Any, user: Any, **lookup: Any) -> Any:
    try:
        return queryset.owned_by(user).get(**lookup)
    except (ObjectDoesNotExist, ValueError, TypeError) as error:
        raise Http404 from error


def get_in_couple_or_404(queryset: Any, user: Any, **lookup: Any) -> Any:
    try:
        return queryset.in_couple_of(user).get(**lookup)
    except (ObjectDoesNotExist, ValueError, TypeError) as error:
        raise Http404 from error
