"""Check-ins through the JSON API."""

from __future__ import annotations

from django.utils import timezone

from ourway.checkins.models import CheckIn


def test_answering_today_creates_then_changes_the_same_answer(cast):
    first = cast.api("a", "post", "/api/v1/checkins", {"closeness": 2, "words": "Meh."})
    assert first.status_code == 201
    again = cast.api("a", "post", "/api/v1/checkins", {"closeness": 3, "words": "Better now."})
    assert again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert CheckIn.objects.get(owner=cast.a).words == "Better now."


def test_todays_view_waits_for_the_partner_then_reveals_both(cast):
    cast.api("a", "post", "/api/v1/checkins", {"closeness": 2, "words": "Fine"})
    mine = cast.api("a", "get", "/api/v1/checkins/today").json()
    assert mine["waiting_for_partner"] is True
    assert mine["partner"] is None
    assert mine["mine"]["fine_shield"] is True
    assert cast.api("b", "get", "/api/v1/checkins/today").json()["partner"] is None
    cast.api("b", "post", "/api/v1/checkins", {"closeness": 4, "words": "Good day."})
    theirs = cast.api("b", "get", "/api/v1/checkins/today").json()
    assert theirs["revealed"] is True
    assert theirs["partner"]["words"] == "Fine"
    assert theirs["partner"]["fine_shield"] is None  # A's "fine" pattern stays with A
    assert theirs["partner"]["author"] == "Ana"


def test_changing_a_settled_day_answers_409(cast):
    cast.api("a", "post", "/api/v1/checkins", {"closeness": 2, "words": "One"})
    cast.api("b", "post", "/api/v1/checkins", {"closeness": 4, "words": "Two"})
    response = cast.api("a", "post", "/api/v1/checkins", {"closeness": 5, "words": "Changed"})
    assert response.status_code == 409
    assert "settled" in response.json()["detail"]


def test_bad_input_gets_a_clear_422(cast):
    empty = cast.api("a", "post", "/api/v1/checkins", {"closeness": 3, "words": " \x00 "})
    assert empty.status_code == 422
    assert "few words" in empty.json()["detail"]
    huge = cast.api("a", "post", "/api/v1/checkins", {"closeness": 3, "words": "x" * 2_500})
    assert huge.status_code == 422
    off_scale = cast.api("a", "post", "/api/v1/checkins", {"closeness": 0, "words": "x"})
    assert off_scale.status_code == 422
    assert not CheckIn.objects.exists()


def test_the_list_and_days_follow_the_reveal_rule(cast):
    cast.api("a", "post", "/api/v1/checkins", {"closeness": 2, "words": "Only mine"})
    assert cast.api("b", "get", "/api/v1/checkins").json() == []
    day = timezone.localdate().isoformat()
    assert cast.api("b", "get", f"/api/v1/checkins/days/{day}").status_code == 404
    assert cast.api("c", "get", f"/api/v1/checkins/days/{day}").status_code == 404
    assert (
        cast.api("a", "get", f"/api/v1/checkins/days/{day}").json()["mine"]["words"] == "Only mine"
    )


def test_the_trend_has_my_fine_counts_but_not_my_partners(cast):
    cast.api("a", "post", "/api/v1/checkins", {"closeness": 3, "words": "Fine."})
    cast.api("b", "post", "/api/v1/checkins", {"closeness": 5, "words": "Great."})
    trend = cast.api("b", "get", "/api/v1/checkins/trend?weeks=4").json()
    assert trend["weeks"] == 4
    assert len(trend["mine"]) == 4
    assert trend["partner"][-1] == {
        "week_start": trend["partner"][-1]["week_start"],
        "average": 3.0,
        "answers": 1,
        "fine_answers": None,
    }
    assert cast.api("a", "get", "/api/v1/checkins/trend").json()["mine"][-1]["fine_answers"] == 1


def test_the_api_is_in_the_openapi_schema(cast):
    schema = cast.api("a", "get", "/api/v1/openapi.json").json()
    assert "/api/v1/checkins/today" in schema["paths"]
    assert "CheckInIn" in schema["components"]["schemas"]
