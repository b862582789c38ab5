from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.urls import reverse

from ourway.couples.models import Notice
from ourway.journal.models import MAX_ENTRY_CHARS, JournalEntry
from tests.conftest import A_PRIVATE, A_SHARED


def write(client: Any, text: str, shared: bool = False) -> Any:
    data = {"text": text}
    if shared:
        data["shared"] = "on"
    return client.post(reverse("journal:journal"), data)


def test_entries_are_private_by_default(cast: Any) -> None:
    write(cast.client_a, f"just for me {A_PRIVATE}")
    entry = JournalEntry.objects.get()
    assert entry.owner == cast.a
    assert entry.shared is False
    assert A_PRIVATE in cast.client_a.get(reverse("journal:journal")).content.decode()
    assert A_PRIVATE not in cast.client_b.get(reverse("journal:journal")).content.decode()
    assert cast.client_b.get(reverse("journal:entry", args=[entry.pk])).status_code == 404


def test_a_shared_entry_reaches_the_partner_only(cast: Any) -> None:
    write(cast.client_a, f"for us {A_SHARED}", shared=True)
    assert A_SHARED in cast.client_b.get(reverse("journal:journal")).content.decode()
    assert A_SHARED not in cast.client_c.get(reverse("journal:journal")).content.decode()
    assert Notice.objects.filter(recipient=cast.b, kind="journal_shared").count() == 1


def test_text_is_encrypted_at_rest(cast: Any) -> None:
    write(cast.client_a, f"secret words {A_PRIVATE}")
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM journal_journalentry")
        stored = cursor.fetchone()[0]
    assert A_PRIVATE not in stored
    assert JournalEntry.objects.get().text == f"secret words {A_PRIVATE}"


def test_empty_and_oversized_entries_get_kind_errors_and_keep_the_text(cast: Any) -> None:
    empty = write(cast.client_a, "   \n ")
    assert "The entry is empty" in empty.content.decode()
    huge = "ü" * (MAX_ENTRY_CHARS + 1)
    response = write(cast.client_a, huge)
    body = response.content.decode()
    assert "Split it into two entries" in body
    assert huge in body
    assert not JournalEntry.objects.exists()


@pytest.mark.parametrize(
    "odd", ["e\u0301mojis 👩‍❤️‍👨 and zero\u200bwidth", "right-to-left \u202e text"]
)
def test_odd_unicode_is_stored_cleanly(cast: Any, odd: str) -> None:
    write(cast.client_a, odd)
    stored = JournalEntry.objects.get().text
    assert "\x00" not in stored
    assert stored.startswith(odd.replace("e\u0301", "é")[:3])


def test_only_the_owner_edits_shares_and_deletes(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="ours", shared=True)
    for name in ("journal:edit", "journal:delete"):
        assert (
            cast.client_b.post(reverse(name, args=[entry.pk]), {"text": "hacked"}).status_code
            == 404
        )
    assert (
        cast.client_b.post(reverse("journal:share", args=[entry.pk]), {"shared": "0"}).status_code
        == 404
    )
    entry.refresh_from_db()
    assert (entry.text, entry.shared) == ("ours", True)
    cast.client_a.post(reverse("journal:edit", args=[entry.pk]), {"text": "ours, edited"})
    entry.refresh_from_db()
    assert entry.text == "ours, edited"
    assert entry.shared is False  # the edit form unticked sharing
    cast.client_a.post(reverse("journal:delete", args=[entry.pk]))
    assert not JournalEntry.objects.exists()


def share_url(entry: JournalEntry) -> str:
    return reverse("journal:share", args=[entry.pk])


def journal_notices(person: Any) -> Any:
    return Notice.objects.for_person(person).filter(kind="journal_shared")


def test_one_tap_on_share_only_asks_naming_the_partner(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="not sure yet")
    listed = cast.client_a.get(reverse("journal:journal")).content.decode()
    assert f'href="{share_url(entry)}"' in listed  # a link to the question, not a form
    asked = cast.client_a.get(share_url(entry)).content.decode()
    assert "Ben will be able to read this entry" in asked
    assert "Share with Ben" in asked
    assert "Keep it private" in asked
    # An old page's one-tap form is sent to the question too.
    unconfirmed = cast.client_a.post(share_url(entry), {"shared": "1"})
    assert unconfirmed.status_code == 302
    assert unconfirmed["Location"] == share_url(entry)
    entry.refresh_from_db()
    assert entry.shared is False
    assert not Notice.objects.filter(recipient=cast.b).exists()
    assert "not sure yet" not in cast.client_b.get(reverse("home")).content.decode()


def test_sharing_happens_once_confirmed_and_tells_the_partner(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="for you to read")
    response = cast.client_a.post(share_url(entry), {"shared": "1", "confirmed": "1"})
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.shared is True
    notice = journal_notices(cast.b).get()
    assert notice.url == reverse("journal:entry", args=[entry.pk])
    assert cast.client_b.get(notice.url).status_code == 200


def test_with_htmx_the_question_and_the_answer_stay_in_the_card(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="toggle me")
    asked = cast.client_a.get(share_url(entry), HTTP_HX_REQUEST="true").content.decode()
    assert asked.strip().startswith("<li")
    assert "<html" not in asked
    assert "Ben will be able to read this entry" in asked
    assert f'hx-get="{reverse("journal:entry", args=[entry.pk])}"' in asked  # keep it private
    kept = cast.client_a.get(
        reverse("journal:entry", args=[entry.pk]), HTTP_HX_REQUEST="true"
    ).content.decode()
    assert kept.strip().startswith("<li")
    assert "will be able to read" not in kept
    shared = cast.client_a.post(
        share_url(entry), {"shared": "1", "confirmed": "1"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert shared.strip().startswith("<li")
    assert "Make private" in shared
    entry.refresh_from_db()
    assert entry.shared is True


def test_making_an_entry_private_again_takes_back_the_partners_notice(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text=f"second thoughts {A_SHARED}")
    cast.client_a.post(share_url(entry), {"shared": "1", "confirmed": "1"})
    before = cast.client_b.get(reverse("home")).content.decode()
    assert A_SHARED in before
    assert 'class="badge"' in before
    cast.client_a.post(share_url(entry), {"shared": "0"}, HTTP_HX_REQUEST="true")
    assert not Notice.objects.filter(recipient=cast.b).exists()
    notices = cast.client_b.get(reverse("couples:notices")).content.decode()
    assert "shared a journal entry" not in notices
    home = cast.client_b.get(reverse("home")).content.decode()
    assert A_SHARED not in home
    assert 'class="badge"' not in home


def test_unticking_share_in_the_edit_form_takes_back_the_notice(cast: Any) -> None:
    write(cast.client_a, "shared from the start", shared=True)
    entry = JournalEntry.objects.get()
    assert journal_notices(cast.b).count() == 1
    cast.client_a.post(reverse("journal:edit", args=[entry.pk]), {"text": "mine again"})
    assert not Notice.objects.filter(recipient=cast.b).exists()


def test_deleting_a_shared_entry_takes_back_the_notice(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="gone soon")
    cast.client_a.post(share_url(entry), {"shared": "1", "confirmed": "1"})
    cast.client_a.post(reverse("journal:delete", args=[entry.pk]))
    assert not Notice.objects.filter(recipient=cast.b).exists()


def test_the_api_shares_with_a_notice_that_links_and_unsharing_takes_it_back(cast: Any) -> None:
    created = cast.api("a", "POST", "/api/v1/journal", {"text": "via a script", "shared": True})
    entry_id = created.json()["id"]
    assert journal_notices(cast.b).get().url == reverse("journal:entry", args=[entry_id])
    cast.api("a", "PATCH", f"/api/v1/journal/{entry_id}", {"shared": False})
    assert not journal_notices(cast.b).exists()
    cast.api("a", "PATCH", f"/api/v1/journal/{entry_id}", {"shared": True})
    assert journal_notices(cast.b).count() == 1
    cast.api("a", "DELETE", f"/api/v1/journal/{entry_id}")
    assert not Notice.objects.filter(recipient=cast.b).exists()


def test_the_journal_page_runs_a_bounded_number_of_queries(
    cast: Any, django_assert_max_num_queries: Any
) -> None:
    JournalEntry.objects.bulk_create(
        [
            JournalEntry(owner=owner, text=f"day {i}", shared=i % 2 == 0)
            for i in range(365)
            for owner in (cast.a, cast.b)
        ]
    )
    with django_assert_max_num_queries(12):
        response = cast.client_a.get(reverse("journal:journal"))
    assert response.status_code == 200
    with django_assert_max_num_queries(14):
        cast.client_a.get(reverse("home"))


def test_api_crud_and_privacy(cast: Any) -> None:
    created = cast.api("a", "POST", "/api/v1/journal", {"text": f"api {A_PRIVATE}"})
    assert created.status_code == 201
    entry_id = created.json()["id"]
    assert created.json()["shared"] is False
    assert cast.api("b", "GET", f"/api/v1/journal/{entry_id}").status_code == 404
    assert cast.api("b", "GET", "/api/v1/journal/999999").status_code == 404
    listed = cast.api("b", "GET", "/api/v1/journal").json()
    assert all(A_PRIVATE not in item["text"] for item in listed)
    shared = cast.api("a", "PATCH", f"/api/v1/journal/{entry_id}", {"shared": True})
    assert shared.json()["shared"] is True
    seen = cast.api("b", "GET", f"/api/v1/journal/{entry_id}").json()
    assert seen["mine"] is False
    assert seen["author"] == "Ana"
    assert cast.api("c", "GET", f"/api/v1/journal/{entry_id}").status_code == 404
    assert cast.api("b", "DELETE", f"/api/v1/journal/{entry_id}").status_code == 404
    assert cast.api("a", "DELETE", f"/api/v1/journal/{entry_id}").status_code == 204
    assert cast.api("a", "GET", f"/api/v1/journal/{entry_id}").status_code == 404


def test_api_rejects_empty_and_huge_text_clearly(cast: Any) -> None:
    empty = cast.api("a", "POST", "/api/v1/journal", {"text": "  "})
    assert empty.status_code == 422
    assert "empty" in empty.json()["detail"]
    huge = cast.api("a", "POST", "/api/v1/journal", {"text": "x" * (MAX_ENTRY_CHARS + 5)})
    assert huge.status_code == 422
    assert "most" in huge.json()["detail"]
    assert not JournalEntry.objects.exists()


def test_a_nul_character_is_dropped_and_the_rest_is_kept(cast: Any) -> None:
    response = write(cast.client_a, "nul\x00byte")
    assert response.status_code in (200, 302)
    assert "Null characters" not in response.content.decode()
    assert JournalEntry.objects.get().text == "nulbyte"
