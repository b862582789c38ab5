"""Two people pressing at once must never put three people in a couple."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection

from ourway.couples.models import Membership
from ourway.couples.pairing import PairingError, invite_partner, join_couple
from tests.conftest import make_person


@pytest.mark.django_db(transaction=True)
def test_two_people_racing_for_one_code_only_one_gets_in() -> None:
    if connection.vendor == "sqlite":
        pytest.skip("row locks are exercised on PostgreSQL; SQLite serialises every writer")
    host = make_person("host@example.com", "Host")
    code = invite_partner(host).code
    racers = [make_person(f"racer{i}@example.com", f"Racer {i}") for i in range(4)]
    outcomes: list[str] = []
    start = threading.Barrier(len(racers))

    def race(person: Any) -> None:
        start.wait()
        try:
            join_couple(person, code)
            outcomes.append("joined")
        except PairingError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=race, args=(person,)) for person in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["joined", "refused", "refused", "refused"]
    assert Membership.objects.filter(couple__memberships__user=host).count() == 2
