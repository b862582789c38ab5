"""Where we are: the few things waiting for this person, for the home page.

Each line links to the place to act. Joint items are left out for a person in safety
mode (the same rule as everywhere: `outreach.is_quiet`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.amends.models import Apology, Commitment
from ourway.checkins.models import CheckIn, checkin_day
from ourway.couples.access import partner_of
from ourway.couples.outreach import is_quiet
from ourway.invitations.models import Invitation
from ourway.invitations.models import Status as InvitationStatus
from ourway.talk.models import RepairSession


@dataclass(frozen=True)
class Waiting:
    text: str
    url: str


def where_we_are(user: Any) -> list[Waiting]:
    waiting: list[Waiting] = []
    today = timezone.localdate()
    if not CheckIn.objects.filter(owner=user, day=checkin_day(user)).exists():
        waiting.append(
            Waiting(_("You have not said how you are today."), reverse("checkins:checkins"))
        )
    if partner_of(user) is None or is_quiet(user):
        return waiting
    sessions: Any = RepairSession.objects.in_couple_of(user)
    session = sessions.unfinished().order_by("-created").first()
    if session is not None:
        waiting.append(
            Waiting(_("A repair conversation is open."), reverse("talk:session", args=[session.pk]))
        )
    invitation = (
        Invitation.objects.in_couple_of(user)
        .filter(status=InvitationStatus.PENDING, waiting_on=user, expires__gt=timezone.now())
        .first()
    )
    if invitation is not None:
        waiting.append(
            Waiting(
                _("An invitation to talk is waiting for your answer."),
                reverse("invitations:invitation", args=[invitation.pk]),
            )
        )
    apology = Apology.objects.received_by(user).filter(reply="").first()
    if apology is not None:
        waiting.append(
            Waiting(
                _("Your partner sent you something to read when you are ready."),
                reverse("amends:received", args=[apology.pk]),
            )
        )
    commitments: Any = Commitment.objects.in_couple_of(user)
    if commitments.due(today).exists():
        waiting.append(
            Waiting(_("A promise is due for a look back together."), reverse("amends:commitments"))
        )
    return waiting
