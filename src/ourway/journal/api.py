from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from ourway.api.auth import person
from ourway.couples.access import get_own_or_404, get_visible_or_404
from ourway.journal.models import MAX_ENTRY_CHARS, JournalEntry
from ourway.text import clean_text

router = Router()


class EntryIn(Schema):
    text: str = Field(max_length=MAX_ENTRY_CHARS * 2)
    shared: bool = False


class EntryPatch(Schema):
    text: str | None = Field(default=None, max_length=MAX_ENTRY_CHARS * 2)
    shared: bool | None = None


class EntryOut(Schema):
    id: int
    text: str
    shared: bool
    mine: bool
    author: str
    created: datetime
    updated: datetime


def _out(entry: JournalEntry, user: object) -> dict[str, object]:
    return {
        "id": entry.pk,
        "text": entry.text,
        "shared": entry.shared,
        "mine": entry.owner_id == getattr(user, "pk", None),
        "author": entry.owner.name,
        "created": entry.created,
        "updated": entry.updated,
    }


def _checked_text(raw: str) -> str:
    text = clean_text(raw)
    if not text:
        raise HttpError(422, "The entry is empty. Write a few words first.")
    if len(text) > MAX_ENTRY_CHARS:
        raise HttpError(
            422, f"The entry is {len(text):,} characters long; the most is {MAX_ENTRY_CHARS:,}."
        )
    return text


@router.get("", response=list[EntryOut])
def list_entries(request: HttpRequest, limit: int = 50, offset: int = 0) -> list[dict[str, object]]:
    user = person(request)
    limit = max(1, min(limit, 200))
    entries = JournalEntry.objects.visible_to(user).select_related("owner")
    return [_out(e, user) for e in entries[max(offset, 0) : max(offset, 0) + limit]]


@router.post("", response={201: EntryOut})
def create_entry(request: HttpRequest, payload: EntryIn) -> Status:
    user = person(request)
    entry = JournalEntry.objects.create(
        owner=user, text=_checked_text(payload.text), shared=payload.shared
    )
    entry.sharing_changed(was_shared=False)
    return Status(201, _out(entry, user))


@router.get("/{entry_id}", response=EntryOut)
def get_entry(request: HttpRequest, entry_id: int) -> dict[str, object]:
    user = person(request)
    entry = get_visible_or_404(JournalEntry.objects.select_related("owner"), user, pk=entry_id)
    return _out(entry, user)


@router.patch("/{entry_id}", response=EntryOut)
def update_entry(request: HttpRequest, entry_id: int, payload: EntryPatch) -> dict[str, object]:
    user = person(request)
    entry = get_own_or_404(JournalEntry.objects.select_related("owner"), user, pk=entry_id)
    was_shared = entry.shared
    if payload.text is not None:
        entry.text = _checked_text(payload.text)
    if payload.shared is not None:
        entry.shared = payload.shared
    entry.save()
    entry.sharing_changed(was_shared)
    return _out(entry, user)


@router.delete("/{entry_id}", response={204: None})
def delete_entry(request: HttpRequest, entry_id: int) -> Status:
    entry = get_own_or_404(JournalEntry.objects, person(request), pk=entry_id)
    entry.delete()
    return Status(204, None)
