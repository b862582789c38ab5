from tests.conftest import A_PRIVATE
from tests.permissions.spec import Route, page


def seed(cast):
    from ourway.connect.models import Bid

    bid = Bid.objects.create(owner=cast.a, what=f"showed me {A_PRIVATE}", response="toward")
    return {"connect_private": bid.pk}


def private(ids):
    return {"bid_id": ids["connect_private"]}


ROUTES = {
    "connect:bids": page("get", "post"),
    "connect:delete_bid": Route(methods=("get", "post"), private=private),
}

API_ROUTES = {
    "GET /api/v1/connect/bids": page(),
    "POST /api/v1/connect/bids": page(
        "post", body=lambda ids: {"what": "a hug", "response": "toward"}
    ),
    "GET /api/v1/connect/bids/weeks": page(),
    "DELETE /api/v1/connect/bids/{bid_id}": Route(methods=("delete",), private=private),
}
