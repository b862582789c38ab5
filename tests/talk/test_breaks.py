"""A break: "We are ready to go on" waits for the break's end, and says when that is."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format

from ourway.talk.models import RepairSession

pytestmark = pytest.mark.django_db


def page(client: Any, session: RepairSession) -> str:
    return client.get(reverse("talk:session", args=[session.pk])).content.decode()


def test_going_on_is_not_offered_before_the_break_ends(talk: RepairSession, cast: Any) -> None:
    pause = talk.pause(cast.a, minutes=20, come_back_in=60)
    shown = page(cast.client_b, talk)
    end = time_format(timezone.localtime(pause.ends_at), "H:i")
    assert f"You can come back at {end}." in shown
    assert reverse("talk:resume", args=[talk.pk]) not in shown
    assert "disabled" in shown[shown.index("talk-resume") :][:300]


def test_going_on_is_offered_once_the_break_is_over(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    talk.pauses.update(ends_at=timezone.now() - timedelta(seconds=1))
    shown = page(cast.client_b, talk)
    assert reverse("talk:resume", args=[talk.pk]) in shown
    assert "You can come back at" not in shown
    cast.client_b.post(reverse("talk:resume", args=[talk.pk]))
    talk.refresh_from_db()
    assert talk.status == "open"


def test_the_time_to_come_back_reads_as_a_sentence(talk: RepairSession, cast: Any) -> None:
    talk.pause(cast.a, minutes=20, come_back_in=60)
    later_today = timezone.localtime().replace(hour=23, minute=59)
    talk.pauses.update(come_back_at=later_today)
    assert "You agreed to come back at 23:59." in page(cast.client_a, talk)
    tomorrow = later_today + timedelta(days=1)
    talk.pauses.update(come_back_at=tomorrow)
    day = date_format(tomorrow, "l")
    assert f"You agreed to come back on {day} at 23:59." in page(cast.client_a, talk)
