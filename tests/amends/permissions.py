from tests.conftest import A_PRIVATE, A_SHARED
from tests.permissions.spec import Route, page


def seed(cast):
    from ourway.amends.models import Apology

    draft, _ = Apology.write(cast.a, f"I'm sorry I snapped {A_PRIVATE}")
    sent, _ = Apology.write(
        cast.a,
        f"I'm sorry I was late. I was wrong {A_SHARED}.",
        promise=f"I will text when I'm running late {A_SHARED}",
    )
    sent.send()
    return {
        "amends_private": draft.pk,
        "amends_shared": sent.pk,
        "amends_commitment": sent.commitment.pk,
    }


def private(ids):
    return {"apology_id": ids["amends_private"]}


def shared(ids):
    return {"apology_id": ids["amends_shared"]}


def commitment(ids):
    return {"commitment_id": ids["amends_commitment"]}


ROUTES = {
    "amends:workshop": page("get", "post"),
    "amends:checklist": page("post"),
    "amends:commitments": page(),
    "amends:apology": Route(methods=("get", "post"), private=private, shared=shared),
    "amends:send": Route(
        methods=("post",), private=private, shared=shared, partner_may_use_shared=False
    ),
    "amends:delete": Route(
        methods=("get", "post"),
        private=private,
        shared=shared,
        partner_may_use_shared=False,
        note="only drafts can be deleted: a sent apology answers 404 to everyone",
    ),
    "amends:received": Route(methods=("get", "post"), private=private, shared=shared),
    "amends:look_back": Route(methods=("get", "post"), shared=commitment),
}

API_ROUTES = {
    "GET /api/v1/amends/apologies": page(),
    "POST /api/v1/amends/apologies": page("post", body=lambda ids: {"text": "I'm sorry."}),
    "GET /api/v1/amends/apologies/{apology_id}": Route(private=private, shared=shared),
    "POST /api/v1/amends/apologies/{apology_id}/send": Route(
        methods=("post",), private=private, shared=shared, partner_may_use_shared=False
    ),
    "POST /api/v1/amends/apologies/{apology_id}/reply": Route(
        methods=("post",),
        private=private,
        shared=shared,
        body=lambda ids: {"reply": "accepted"},
    ),
    "GET /api/v1/amends/commitments": page(),
    "POST /api/v1/amends/commitments/{commitment_id}/look-back": Route(
        methods=("post",), shared=commitment, body=lambda ids: {"note": "went well"}
    ),
}
