from tests.conftest import A_PRIVATE, A_SHARED
from tests.permissions.spec import Route, page


def seed(cast):
    from ourway.journal.models import JournalEntry

    private = JournalEntry.objects.create(owner=cast.a, text=f"Dear diary {A_PRIVATE}")
    shared = JournalEntry.objects.create(owner=cast.a, text=f"For us {A_SHARED}", shared=True)
    return {"journal_private": private.pk, "journal_shared": shared.pk}


def private(ids):
    return {"entry_id": ids["journal_private"]}


def shared(ids):
    return {"entry_id": ids["journal_shared"]}


ROUTES = {
    "journal:journal": page("get", "post"),
    "journal:entry": Route(private=private, shared=shared),
    "journal:edit": Route(
        methods=("get", "post"), private=private, shared=shared, partner_may_use_shared=False
    ),
    "journal:share": Route(
        methods=("get", "post"), private=private, shared=shared, partner_may_use_shared=False
    ),
    "journal:delete": Route(
        methods=("get", "post"), private=private, shared=shared, partner_may_use_shared=False
    ),
}

API_ROUTES = {
    "GET /api/v1/journal": page(),
    "POST /api/v1/journal": page("post", body=lambda ids: {"text": "hello", "shared": False}),
    "GET /api/v1/journal/{entry_id}": Route(private=private, shared=shared),
    "PATCH /api/v1/journal/{entry_id}": Route(
        methods=("patch",),
        private=private,
        shared=shared,
        partner_may_use_shared=False,
        body=lambda ids: {"text": "changed"},
    ),
    "DELETE /api/v1/journal/{entry_id}": Route(
        methods=("delete",), private=private, shared=shared, partner_may_use_shared=False
    ),
}
