from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

FULL = (
    "I'm so sorry about last night. I was wrong to shout at you. "
    "Let me make it up to you. From now on I will take a break before I answer."
)


def quiet(person: Any) -> None:
    """Put a person in safety mode the way the care app does (a timestamp on the user)."""
    type(person).objects.filter(pk=person.pk).update(safety_mode_since=timezone.now())
    person.refresh_from_db()


@pytest.fixture
def full_text() -> str:
    return FULL
