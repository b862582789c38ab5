"""Creating a couple space, inviting a partner, joining, leaving.

Each step runs in one transaction with the rows it changes locked, so a double submit or
two people using the same code at once cannot put three people in a couple.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from django.db import IntegrityError, transaction
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.couples.access import couple_of, forget_couple
from ourway.couples.models import CODE_ALPHABET, Couple, Invite, Membership

MAX_MEMBERS = 2


class PairingError(Exception):
    """A pairing step that cannot happen, with a message to show the person."""


def normalise_code(raw: str) -> str:
    """Codes are read aloud and typed on phones: ignore case, spaces and dashes."""
    return "".join(ch for ch in (raw or "").upper() if ch in CODE_ALPHABET)[:32]


def start_couple(user: Any) -> Couple:
    forget_couple(user)
    with transaction.atomic():
        existing = Membership.objects.select_for_update().filter(user=user).first()
        if existing is not None:
            return existing.couple
        couple = Couple.objects.create(started_by=user)
        try:
            with transaction.atomic():
                Membership.objects.create(user=user, couple=couple)
        except IntegrityError:
            # Two clicks at once: the other one won; use its couple.
            couple.delete()
            forget_couple(user)
            membership = Membership.objects.get(user=user)
            return membership.couple
    forget_couple(user)
    return couple


def invite_partner(user: Any) -> Invite:
    """A fresh code for the partner; earlier unused codes stop working."""
    couple = couple_of(user) or start_couple(user)
    with transaction.atomic():
        locked = Couple.objects.select_for_update().get(pk=couple.pk)
        if locked.memberships.count() >= MAX_MEMBERS:
            raise PairingError(_("Your partner has already joined: there is no one to invite."))
        now = timezone.now()
        Invite.objects.filter(couple=locked, used_at__isnull=True, expires__gt=now).update(
            expires=now
        )
        return Invite.objects.create(couple=locked, created_by=user)


@dataclass(frozen=True)
class JoinLink:
    """What a join link (`/couple/join/<code>/`) says before anyone presses "Join"."""

    url: str
    # Who sent it, only while it can still be used.
    inviter: str
    # Why it cannot be used (used, expired, unknown), or "".
    problem: str


def check_link(code: str, user: Any = None) -> tuple[Invite | None, str]:
    """The invite behind a link's code, and why it cannot be used ("" when it can).

    Said as soon as the link is opened, not only after "Join" is pressed. `user`, when
    signed in, also hears about their own link or a couple space they are already in.
    """
    invite = Invite.objects.select_related("created_by").filter(code=normalise_code(code)).first()
    if invite is None:
        return None, _(
            "We could not find this invitation. Check the link with your partner, "
            "or ask them for a new one."
        )
    if user is not None and invite.created_by_id == user.pk:
        return invite, _("This is your own invitation: send the link to your partner.")
    mine = couple_of(user) if user is not None else None
    if mine is not None and mine.pk == invite.couple_id:
        return invite, ""  # joined already: "Join" simply says so again
    if invite.used_at is not None:
        return invite, _(
            "This invitation link has already been used. Ask your partner for a new one."
        )
    if invite.is_expired:
        return invite, _("This invitation link has expired. Ask your partner for a new one.")
    if mine is not None:
        return invite, _("You are already in a couple space. Leave it first to join another one.")
    return invite, ""


def read_join_link(url: str) -> JoinLink | None:
    """The invitation in `url` if it is a join link (for the log-in and sign-up pages)."""
    try:
        match = resolve(urlsplit(url or "").path)
    except Resolver404:
        return None
    if match.view_name != "couples:join_link":
        return None
    invite, problem = check_link(match.kwargs.get("code", ""))
    inviter = str(invite.created_by.name) if invite is not None and not problem else ""
    return JoinLink(url=url, inviter=inviter, problem=problem)


def join_couple(user: Any, raw_code: str) -> Couple:
    code = normalise_code(raw_code)
    if not code:
        raise PairingError(_("Please type the code your partner gave you."))
    forget_couple(user)
    with transaction.atomic():
        invite = Invite.objects.select_for_update().filter(code=code).first()
        if invite is None:
            raise PairingError(
                _("We could not find that code. Check it with your partner, or ask for a new one.")
            )
        couple = Couple.objects.select_for_update().get(pk=invite.couple_id)
        if invite.created_by_id == user.pk:
            raise PairingError(_("This is your own code: give it to your partner to join you."))
        mine = Membership.objects.filter(user=user).first()
        if mine is not None and mine.couple_id == couple.pk:
            return couple  # a double submit after joining: nothing more to do
        if invite.used_at is not None:
            raise PairingError(
                _("This code has already been used. Ask your partner for a new one.")
            )
        if invite.is_expired:
            raise PairingError(_("This code has expired. Ask your partner for a new one."))
        if mine is not None:
            raise PairingError(
                _("You are already in a couple space. Leave it first to join another one.")
            )
        if couple.memberships.count() >= MAX_MEMBERS:
            raise PairingError(_("This couple space already has two people in it."))
        Membership.objects.create(user=user, couple=couple)
        invite.used_by = user
        invite.used_at = timezone.now()
        invite.save(update_fields=["used_by", "used_at"])
    forget_couple(user)
    return couple


def leave_couple(user: Any) -> None:
    """End the couple space for both partners.

    Each person keeps everything they wrote; what they had shared becomes private to them
    again (sharing is decided by current membership, so nothing needs copying). Records
    made together in the couple space go with it.
    """
    with transaction.atomic():
        mine = Membership.objects.select_for_update().filter(user=user).first()
        if mine is None:
            forget_couple(user)
            return
        # Deleting the couple removes both memberships, its invites and joint records.
        Couple.objects.filter(pk=mine.couple_id).delete()
    forget_couple(user)
