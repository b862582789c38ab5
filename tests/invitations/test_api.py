"""Invitations through the JSON API."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from ourway.invitations.models import Invitation

GENTLE = "I miss you. Could we find some time to talk this weekend?"
HARSH = "We need to talk. You never listen to me."


def soon(hours=3):
    return (timezone.now() + timedelta(hours=hours)).isoformat()


def test_sending_returns_201_and_a_repeated_token_200(cast):
    first = cast.api("a", "post", "/api/v1/invitations", {"text": GENTLE, "token": "api-token-1"})
    assert first.status_code == 201
    again = cast.api("a", "post", "/api/v1/invitations", {"text": GENTLE, "token": "api-token-1"})
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert Invitation.objects.count() == 1


def test_a_harsh_draft_answers_409_with_the_coachs_findings_until_sent_anyway(cast):
    review = cast.api("a", "post", "/api/v1/invitations", {"text": HARSH, "token": "api-token-2"})
    assert review.status_code == 409
    body = review.json()
    assert {f["label"] for f in body["findings"]} >= {"harsh_startup", "blame"}
    assert body["rewrite"]
    assert body["card"] is None
    assert not Invitation.objects.exists()
    sent = cast.api(
        "a",
        "post",
        "/api/v1/invitations",
        {"text": HARSH, "token": "api-token-2", "send_anyway": True},
    )
    assert sent.status_code == 201


def test_a_threat_answers_409_with_the_threat_card_and_no_softer_version(cast):
    text = "We need to talk tonight, or I swear you will never see the kids again."
    review = cast.api("a", "post", "/api/v1/invitations", {"text": text, "token": "api-threat"})
    assert review.status_code == 409
    body = review.json()
    assert body["card"] == "threat"
    assert body["rewrite"] is None
    assert [(f["words"], f["suggestion"]) for f in body["findings"]] == [("We need to talk", "")]
    assert not Invitation.objects.exists()


def test_a_sender_who_may_not_be_safe_gets_the_safety_card_not_wording_advice(cast):
    text = "We need to talk. I am scared of what you do when you drink."
    review = cast.api("a", "post", "/api/v1/invitations", {"text": text, "token": "api-writer"})
    assert review.status_code == 409
    assert (review.json()["card"], review.json()["findings"]) == ("writer", [])


def test_the_partner_lists_accepts_and_both_see_the_agreed_time(cast):
    made = cast.api(
        "a", "post", "/api/v1/invitations", {"text": GENTLE, "token": "api-token-3"}
    ).json()
    listed = cast.api("b", "get", "/api/v1/invitations").json()
    assert listed[0]["your_turn"] is True
    assert listed[0]["mine"] is False
    at = soon(4)
    accepted = cast.api(
        "b", "post", f"/api/v1/invitations/{made['id']}/respond", {"action": "accept", "at": at}
    )
    assert accepted.status_code == 200
    seen_by_a = cast.api("a", "get", f"/api/v1/invitations/{made['id']}").json()
    assert seen_by_a["state"] == "accepted"
    assert seen_by_a["agreed_for"] == accepted.json()["agreed_for"]


def test_answering_a_closed_invitation_answers_409_with_the_reason(cast):
    made = cast.api(
        "a", "post", "/api/v1/invitations", {"text": GENTLE, "token": "api-token-4"}
    ).json()
    withdrawn = cast.api("a", "post", f"/api/v1/invitations/{made['id']}/withdraw")
    assert withdrawn.json()["state"] == "withdrawn"
    late = cast.api(
        "b",
        "post",
        f"/api/v1/invitations/{made['id']}/respond",
        {"action": "not_yet", "note_key": "need-rest"},
    )
    assert late.status_code == 409
    assert "withdrawn" in late.json()["detail"]


def test_a_past_time_answers_422(cast):
    made = cast.api(
        "a", "post", "/api/v1/invitations", {"text": GENTLE, "token": "api-token-5"}
    ).json()
    past = (timezone.now() - timedelta(days=2)).isoformat()
    response = cast.api(
        "b", "post", f"/api/v1/invitations/{made['id']}/respond", {"action": "propose", "at": past}
    )
    assert response.status_code == 422


def test_empty_and_huge_texts_answer_422(cast):
    assert (
        cast.api(
            "a", "post", "/api/v1/invitations", {"text": " ", "token": "api-token-6"}
        ).status_code
        == 422
    )
    huge = cast.api(
        "a", "post", "/api/v1/invitations", {"text": "x" * 2_000, "token": "api-token-7"}
    )
    assert huge.status_code == 422


def test_safety_mode_hides_invitations_from_the_api(cast):
    made = cast.api(
        "b", "post", "/api/v1/invitations", {"text": GENTLE, "token": "api-token-8"}
    ).json()
    cast.a.safety_mode_since = timezone.now()
    cast.a.save(update_fields=["safety_mode_since"])
    assert cast.api("a", "get", "/api/v1/invitations").status_code == 404
    assert cast.api("a", "get", f"/api/v1/invitations/{made['id']}").status_code == 404
    assert (
        cast.api(
            "a", "post", "/api/v1/invitations", {"text": GENTLE, "token": "api-token-9"}
        ).status_code
        == 404
    )


def test_the_openers_are_listed_with_the_not_yet_notes(cast):
    body = cast.api("a", "get", "/api/v1/invitations/openers").json()
    assert sum(len(s["openers"]) for s in body["situations"]) >= 24
    assert {n["key"] for n in body["not_yet_notes"]} >= {"need-rest"}
