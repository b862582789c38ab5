"""couples/0003: notices made before 0002 get their subject from their link.

Run with Django's migration executor: back to 0002, old-style rows, forward to 0003.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ourway.couples.models import Notice
from ourway.journal.models import JournalEntry
from tests.conftest import make_person, pair

BEFORE = [("couples", "0002_notice_subject")]
AFTER = [("couples", "0003_notice_subject_from_link")]


def migrate(targets: list[tuple[str, str]]) -> Any:
    """Migrate to `targets`; the apps (historical models) as they stand there."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def at_0002(transactional_db: Any) -> Iterator[Any]:
    yield migrate(BEFORE)
    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())


def kind_of(notice: Notice) -> tuple[str, str, int] | None:
    if notice.subject_type_id is None:
        return None
    kind = ContentType.objects.get_for_id(notice.subject_type_id)
    return kind.app_label, kind.model, notice.subject_id  # type: ignore[return-value]


def test_old_notices_get_the_subject_their_link_names(at_0002: Any) -> None:
    ana = make_person("ana@example.com", "Ana")
    ben = make_person("ben@example.com", "Ben")
    pair(ana, ben)
    entry = JournalEntry.objects.create(owner=ana, text="shared once", shared=True)
    OldNotice = at_0002.get_model("couples", "Notice")

    def old(url: str) -> int:
        notice = OldNotice.objects.create(recipient_id=ben.pk, kind="old", text=url, url=url)
        assert notice.subject_type_id is None
        return notice.pk

    made = {
        "entry": old(f"/journal/{entry.pk}/"),
        "apology": old("/amends/received/7/"),
        "reply": old("/amends/7/"),
        "invitation": old("/invitations/8/"),
        "talk": old("/talk/9/?from=notice"),
        "under a prefix": old("/ourway/journal/11/"),
        "deleted entry": old("/journal/99999/"),
        "couple page": old("/couple/"),
        "hand-off page": old("/care/handoff/"),
        "no link": old(""),
        "an entry's edit page": old(f"/journal/{entry.pk}/edit/"),
    }
    # Made private again after the notice went out (before 0002, nothing took it back).
    JournalEntry.objects.filter(pk=entry.pk).update(shared=False)

    migrate(AFTER)

    found = {name: kind_of(Notice.objects.get(pk=pk)) for name, pk in made.items()}
    assert found == {
        "entry": ("journal", "journalentry", entry.pk),
        "apology": ("amends", "apology", 7),
        "reply": ("amends", "apology", 7),
        "invitation": ("invitations", "invitation", 8),
        "talk": ("talk", "repairsession", 9),
        "under a prefix": ("journal", "journalentry", 11),
        "deleted entry": ("journal", "journalentry", 99999),
        "couple page": None,
        "hand-off page": None,
        "no link": None,
        "an entry's edit page": None,
    }
    # What this is for: Ben no longer sees the notice about the entry made private, nor one
    # about an entry that is gone; notices about nothing in particular stay.
    shown = set(Notice.objects.for_person(ben).values_list("pk", flat=True))
    assert made["entry"] not in shown
    assert made["deleted entry"] not in shown
    assert {made["couple page"], made["hand-off page"], made["no link"]} <= shown


def test_a_notice_that_already_has_a_subject_is_left_as_it_is(at_0002: Any) -> None:
    ana = make_person("ana@example.com", "Ana")
    ben = make_person("ben@example.com", "Ben")
    pair(ana, ben)
    entry = JournalEntry.objects.create(owner=ana, text="mine", shared=True)
    other = JournalEntry.objects.create(owner=ana, text="another", shared=True)
    OldNotice = at_0002.get_model("couples", "Notice")
    OldContentType = at_0002.get_model("contenttypes", "ContentType")
    kind = OldContentType.objects.get(app_label="journal", model="journalentry")
    # Its link and its subject disagree: the subject a new notice was given wins.
    notice = OldNotice.objects.create(
        recipient_id=ben.pk,
        kind="journal_shared",
        text="Ana shared a journal entry with you.",
        url=f"/journal/{other.pk}/",
        subject_type=kind,
        subject_id=entry.pk,
    )
    migrate(AFTER)
    assert kind_of(Notice.objects.get(pk=notice.pk)) == ("journal", "journalentry", entry.pk)
