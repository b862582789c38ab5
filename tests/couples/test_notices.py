"""Notices: a notice never leads its reader to something they can no longer see."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from ourway.couples.models import Notice
from ourway.couples.outreach import tell_partner, withdraw
from ourway.couples.pairing import leave_couple
from ourway.journal.models import JournalEntry


def shown_to(client: Any) -> str:
    return client.get(reverse("couples:notices")).content.decode()


def test_a_notice_about_nothing_in_particular_stays(cast: Any) -> None:
    tell_partner(cast.a, kind="partner_joined", text="Ana joined your couple space.", url="/")
    assert "Ana joined your couple space." in shown_to(cast.client_b)


def test_a_notice_shows_only_while_its_reader_may_read_what_it_is_about(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="for now", shared=True)
    tell_partner(
        cast.a, kind="journal_shared", text="Ana shared a journal entry with you.", about=entry
    )
    assert Notice.objects.for_person(cast.b).count() == 1
    assert "Ana shared a journal entry" in shown_to(cast.client_b)
    # Made private behind the notice's back (a bulk update tells no one): still hidden.
    JournalEntry.objects.filter(pk=entry.pk).update(shared=False)
    assert Notice.objects.for_person(cast.b).count() == 0
    assert "Ana shared a journal entry" not in shown_to(cast.client_b)
    home = cast.client_b.get(reverse("home")).content.decode()
    assert 'class="badge"' not in home


def test_a_notice_about_a_deleted_record_is_not_shown(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="soon gone", shared=True)
    tell_partner(
        cast.a, kind="journal_shared", text="Ana shared a journal entry with you.", about=entry
    )
    JournalEntry.objects.filter(pk=entry.pk).delete()  # a bulk delete skips Model.delete
    assert Notice.objects.for_person(cast.b).count() == 0


def test_withdraw_takes_back_every_notice_about_a_record(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="twice", shared=True)
    other = JournalEntry.objects.create(owner=cast.a, text="another", shared=True)
    for about in (entry, entry, other):
        tell_partner(cast.a, kind="journal_shared", text="Ana shared a journal entry.", about=about)
    withdraw(entry)
    assert [n.subject for n in Notice.objects.for_person(cast.b)] == [other]


def test_notices_about_the_couple_space_go_when_it_ends(cast: Any) -> None:
    from ourway.talk.models import RepairSession

    cast.client_a.post(
        reverse("talk:home"), {"topic": "the weekend", "mode": "two_devices", "first": "me"}
    )
    session = RepairSession.objects.get()
    notice = Notice.objects.for_person(cast.b).get()
    assert notice.subject == session
    assert cast.client_b.get(notice.url).status_code == 200
    leave_couple(cast.a)
    assert Notice.objects.for_person(cast.b).count() == 0
    assert "waiting for you" not in shown_to(cast.client_b)


def test_the_outsider_never_sees_a_notice_that_names_their_record(cast: Any) -> None:
    # A notice is only ever its recipient's, whatever its subject.
    entry = JournalEntry.objects.create(owner=cast.c, text="Cleo's", shared=True)
    tell_partner(cast.c, kind="journal_shared", text="Cleo shared a journal entry.", about=entry)
    assert Notice.objects.for_person(cast.b).count() == 0
    assert Notice.objects.for_person(cast.d).count() == 1
