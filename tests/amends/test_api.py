"""The apology API: the same steps as the pages, for scripts and phone clients."""

from ourway.amends.models import MAX_APOLOGY_CHARS, Apology
from ourway.couples.models import Notice
from tests.amends.conftest import FULL

BASE = "/api/v1/amends"


def test_write_send_answer_and_look_back_end_to_end(cast):
    created = cast.api("a", "post", f"{BASE}/apologies", {"text": FULL, "look_back_on": None})
    assert created.status_code == 201
    apology = created.json()
    assert apology["status"] == "draft"
    assert "responsibility" in apology["parts"]
    assert cast.api("b", "get", f"{BASE}/apologies").json() == []

    sent = cast.api("a", "post", f"{BASE}/apologies/{apology['id']}/send")
    assert sent.json()["status"] == "sent"
    assert [a["id"] for a in cast.api("b", "get", f"{BASE}/apologies").json()] == [apology["id"]]

    answer = cast.api(
        "b",
        "post",
        f"{BASE}/apologies/{apology['id']}/reply",
        {"reply": "need_time", "note": "Thank you."},
    )
    assert answer.json()["reply"] == "need_time"
    assert Notice.objects.for_person(cast.a).count() == 1

    commitments = cast.api("b", "get", f"{BASE}/commitments").json()
    assert commitments[0]["text"] == "From now on I will take a break before I answer."
    looked = cast.api(
        "b", "post", f"{BASE}/commitments/{commitments[0]['id']}/look-back", {"note": "Better."}
    )
    assert looked.json()["looked_back_at"] is not None
    assert looked.json()["notes"][0]["note"] == "Better."


def test_a_retry_with_the_same_client_token_returns_the_same_draft(cast):
    body = {"text": FULL, "client_token": "5b0c3f5e-1111-4a5a-9a9a-222222222222"}
    first = cast.api("a", "post", f"{BASE}/apologies", body)
    second = cast.api("a", "post", f"{BASE}/apologies", body)
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    assert Apology.objects.count() == 1


def test_empty_and_huge_apologies_answer_a_clear_422(cast):
    empty = cast.api("a", "post", f"{BASE}/apologies", {"text": "  "})
    huge = cast.api("a", "post", f"{BASE}/apologies", {"text": "s" * (MAX_APOLOGY_CHARS + 1)})
    way_too_big = cast.api("a", "post", f"{BASE}/apologies", {"text": "s" * 1_000_000})
    assert empty.status_code == huge.status_code == way_too_big.status_code == 422
    assert "empty" in empty.json()["detail"]
    assert "10,000" in huge.json()["detail"]
    assert Apology.objects.count() == 0


def test_the_author_cannot_answer_their_own_apology(cast):
    apology = cast.api("a", "post", f"{BASE}/apologies", {"text": FULL}).json()
    cast.api("a", "post", f"{BASE}/apologies/{apology['id']}/send")
    response = cast.api(
        "a", "post", f"{BASE}/apologies/{apology['id']}/reply", {"reply": "accepted"}
    )
    assert response.status_code == 409


def test_an_unknown_answer_or_part_is_refused(cast):
    apology = cast.api("a", "post", f"{BASE}/apologies", {"text": FULL}).json()
    cast.api("a", "post", f"{BASE}/apologies/{apology['id']}/send")
    url = f"{BASE}/apologies/{apology['id']}/reply"
    assert cast.api("b", "post", url, {"reply": "whatever"}).status_code == 422
    assert (
        cast.api("b", "post", url, {"reply": "missing", "missing": ["flowers"]}).status_code == 422
    )


def test_the_outsider_sees_nothing(cast):
    apology = cast.api("a", "post", f"{BASE}/apologies", {"text": FULL}).json()
    cast.api("a", "post", f"{BASE}/apologies/{apology['id']}/send")
    assert cast.api("c", "get", f"{BASE}/apologies").json() == []
    assert cast.api("c", "get", f"{BASE}/commitments").json() == []
    assert cast.api("c", "get", f"{BASE}/apologies/{apology['id']}").status_code == 404
