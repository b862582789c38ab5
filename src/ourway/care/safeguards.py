"""Who the joint side of care may reach: never a person who needs support on their own.

A person needs support on their own while they are in safety mode, or while their latest
private screen was positive (even with safety mode off). For them: no couples therapy, no
joint summary, and nothing about one is sent to them or on their behalf. Screens are read
here only to hold outreach back; nothing of them is ever shown to anyone but their owner.

A yes to the hand-off given before is kept, and can always be taken back, but it counts for
nothing while its giver needs support on their own: the summary is then not ready for
either partner, and the other partner's page reads exactly as if no yes had been given
(`handoff_seen_by`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from ourway.care.models import Handoff, HandoffConsent, SafetyScreen
from ourway.couples.access import partner_of
from ourway.couples.outreach import is_quiet, tell


def _positive_screen(user: Any) -> SafetyScreen | None:
    latest = SafetyScreen.objects.owned_by(user).first()
    return latest if latest is not None and latest.positive else None


def support_for_one(user: Any) -> bool:
    """True while `user` is in safety mode or their latest private screen was positive."""
    if user is None:
        return False
    return is_quiet(user) or _positive_screen(user) is not None


def held_by_screen(user: Any) -> SafetyScreen | None:
    """The positive screen that alone keeps `user` on support for one: safety mode is off.

    Shown only to its owner, so the page can say why it still offers support for them on
    their own, and that answering the questions again is the way to change it.
    """
    if user is None or is_quiet(user):
        return None
    return _positive_screen(user)


@dataclass(frozen=True)
class HandoffSeen:
    """The hand-off as one person may know it.

    alone: they need support on their own; nothing joint is offered to them.
    mine: their own yes, kept until they take it back (always possible, even when alone).
    asked: their partner's yes stands and counts, and they have not answered it yet.
    ready: both said yes and neither needs support on their own.
    """

    alone: bool
    mine: HandoffConsent | None
    asked: bool
    ready: bool

    @property
    def started(self) -> bool:
        return self.mine is not None or self.asked


def handoff_seen_by(user: Any, handoff: Handoff | None) -> HandoffSeen:
    """What `user` may know of their couple's `handoff` (from `current_handoff`).

    A yes from a partner who needs support on their own counts for nothing and is not
    shown: the other partner sees what they would see had it never been given, so nothing
    tells them why. For example, Ana and Ben both said yes, then Ana's screen was positive:
    Ben gets mine=<his yes>, asked=False, ready=False, the same as had Ana never answered;
    Ana gets alone=True, mine=<her yes>, which she can take back.
    """
    mine = handoff.consent_of(user) if handoff is not None else None
    if support_for_one(user):
        return HandoffSeen(alone=True, mine=mine, asked=False, ready=False)
    partner = partner_of(user)
    theirs = handoff.consent_of(partner) if handoff is not None and partner else None
    counts = theirs is not None and not support_for_one(partner)
    return HandoffSeen(
        alone=False,
        mine=mine,
        asked=counts and mine is None,
        ready=counts and handoff is not None and handoff.is_ready,
    )


def tell_partner_about_handoff(user: Any) -> None:
    """A quiet note to the partner that `user` started a summary for a therapist.

    Sent only when it can endanger nobody: not when either of them needs support on their
    own. The sender's page reads the same either way, so it reveals nothing about the partner.
    """
    partner = partner_of(user)
    if partner is None or support_for_one(user) or support_for_one(partner):
        return
    tell(
        partner,
        kind="care_handoff",
        text=_("%(name)s asked you about something to prepare together.") % {"name": user.name},
        url=reverse("care:handoff"),
    )
