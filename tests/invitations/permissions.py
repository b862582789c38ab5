from tests.conftest import A_SHARED
from tests.permissions.spec import Route, page


def seed(cast):
    from ourway.invitations.models import Invitation, ReadinessCheck

    invitation, _new = Invitation.send(
        cast.a, text=f"Could we talk? {A_SHARED}", token="seed-token-1"
    )
    ReadinessCheck.record(cast.a, {"calm": True})
    return {"invitations_shared": invitation.pk}


def shared(ids):
    return {"invitation_id": ids["invitations_shared"]}


ROUTES = {
    "invitations:invitations": page(),
    "invitations:new": page("get", "post"),
    "invitations:moment": page("get", "post"),
    "invitations:invitation": Route(shared=shared),
    "invitations:respond": Route(methods=("post",), shared=shared),
    "invitations:withdraw": Route(methods=("post",), shared=shared, partner_may_use_shared=False),
}

API_ROUTES = {
    "GET /api/v1/invitations/openers": page(),
    "GET /api/v1/invitations": page(),
    "POST /api/v1/invitations": page(
        "post",
        body=lambda ids: {"text": "I miss you. Could we talk tonight?", "token": "perm-token-1"},
    ),
    "GET /api/v1/invitations/moment": page(),
    "PUT /api/v1/invitations/moment": page("put", body=lambda ids: {"calm": True}),
    "GET /api/v1/invitations/{invitation_id}": Route(shared=shared),
    "POST /api/v1/invitations/{invitation_id}/respond": Route(
        methods=("post",),
        shared=shared,
        body=lambda ids: {"action": "not_yet", "note_key": "need-rest"},
    ),
    "POST /api/v1/invitations/{invitation_id}/withdraw": Route(
        methods=("post",), shared=shared, partner_may_use_shared=False
    ),
}
