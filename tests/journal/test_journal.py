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


def test_share_toggle_answers_htmx_with_the_entry_partial(cast: Any) -> None:
    entry = JournalEntry.objects.create(owner=cast.a, text="toggle me")
    response = cast.client_a.post(
        reverse("journal:share", args=[entry.pk]), {"shared": "1"}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert body.strip().startswith("<li")
    assert "Make private" in body
    assert "<html" not in body
    entry.refresh_from_db()
    assert entry.shared is True


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
