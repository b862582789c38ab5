"""A demo couple so a newcomer can look around at once (`ourway demo`, `make run DEMO=1`)."""

from __future__ import annotations

from django.db import transaction

from ourway.accounts.models import User
from ourway.couples.pairing import invite_partner, join_couple, leave_couple
from ourway.journal.models import JournalEntry

DEMO_PASSWORD = "demo-couple-2026"  # noqa: S105 - printed on purpose; demo accounts only
DEMO_PEOPLE = (("alex@example.com", "Alex"), ("sam@example.com", "Sam"))


@transaction.atomic
def create_demo_couple() -> list[tuple[str, str]]:
    """(Re)create Alex and Sam, paired, each with a private and a shared journal entry."""
    people = []
    for email, name in DEMO_PEOPLE:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_person(email, DEMO_PASSWORD, name)
        else:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            leave_couple(user)
            JournalEntry.objects.filter(owner=user).delete()
        people.append(user)
    alex, sam = people
    join_couple(sam, invite_partner(alex).code)
    JournalEntry.objects.create(
        owner=alex, text="Private: I want to bring up the holidays gently, not in the car."
    )
    JournalEntry.objects.create(
        owner=alex, shared=True, text="I loved our walk on Sunday. Can we do that more often?"
    )
    JournalEntry.objects.create(
        owner=sam, text="Private: I felt left out at dinner with Alex's friends."
    )
    JournalEntry.objects.create(
        owner=sam, shared=True, text="Thank you for making coffee this morning. It helped."
    )
    return [(email, DEMO_PASSWORD) for email, _name in DEMO_PEOPLE]
