"""Who the joint side of care may reach: never a person who needs support on their own.

A person needs support on their own while they are in safety mode, or while their latest
private screen was positive (even with safety mode off). For them: no couples therapy, no
joint summary, and nothing about one is sent to them or on their behalf. Screens are read
here only to hold outreach back; nothing of them is ever shown to anyone but their owner.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext as _

from ourway.care.models import SafetyScreen
from ourway.couples.access import partner_of
from ourway.couples.outreach import is_quiet, tell


def support_for_one(user: Any) -> bool:
    """True while `user` is in safety mode or their latest private screen was positive."""
    if user is None:
        return False
    if is_quiet(user):
        return True
    latest = SafetyScreen.objects.owned_by(user).first()
    return bool(latest and latest.positive)


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
