from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.urls import reverse
from django.utils import timezone

from ourway.care.gather import signals_for
from ourway.connect.models import MAX_BID_CHARS, Bid
from tests.conftest import A_PRIVATE


def log(client: Any, what: str, response: str = "toward", **extra: str) -> Any:
    return client.post(reverse("connect:bids"), {"what": what, "response": response, **extra})


def test_a_person_logs_bids_and_sees_their_turn_toward_rate(cast: Any) -> None:
    log(cast.client_a, "showed me a sunset photo", "toward")
    log(cast.client_a, "sighed after work", "away")
    log(cast.client_a, "asked about my day", "toward")
    log(cast.client_a, "wanted a hug while I read", "against")
    assert Bid.objects.owned_by(cast.a).count() == 4
    page = cast.client_a.get(reverse("connect:bids")).content.decode()
    assert "you turned towards 50% of the bids you logged" in page
    assert "about 86%" in page
    assert "about 33%" in page


def test_the_bid_log_is_private_to_its_owner(cast: Any) -> None:
    log(cast.client_a, f"held my hand {A_PRIVATE}")
    assert A_PRIVATE not in cast.client_b.get(reverse("connect:bids")).content.decode()
    assert A_PRIVATE not in cast.api("b", "GET", "/api/v1/connect/bids").content.decode()
    bid = Bid.objects.get()
    assert cast.client_b.post(reverse("connect:delete_bid", args=[bid.pk])).status_code == 404
    assert Bid.objects.exists()


def test_bad_input_gets_kind_errors_and_keeps_the_words(cast: Any) -> None:
    empty = log(cast.client_a, "   ")
    assert "Say in a few words" in empty.content.decode()
    long = "x" * (MAX_BID_CHARS + 1)
    too_long = log(cast.client_a, long)
    assert "Keep it to" in too_long.content.decode()
    future = (timezone.localdate() + timedelta(days=2)).isoformat()
    later = log(cast.client_a, "a wave", day=future)
    assert "has not happened yet" in later.content.decode()
    assert 'value="a wave"' in later.content.decode()
    assert not Bid.objects.exists()


def test_how_it_was_met_is_a_group_of_check_labels_that_names_its_error(cast: Any) -> None:
    page = cast.client_a.get(reverse("connect:bids")).content.decode()
    assert "<legend>How did you meet it?</legend>" in page
    for number, words in enumerate(("I turned towards it", "I turned away", "I turned against")):
        assert f'<label class="check option" for="id_response_{number}"><input' in page
        assert f"<span>{words}" in page
    missing = log(cast.client_a, "a wave", response="").content.decode()
    assert '<fieldset aria-describedby="id_response_error">' in missing
    assert 'id="id_response_error"' in missing


def test_a_double_submit_logs_one_bid(cast: Any) -> None:
    log(cast.client_a, "brought me tea")
    log(cast.client_a, "brought me tea")
    assert Bid.objects.count() == 1


def test_the_api_logs_lists_and_reports_weeks(cast: Any) -> None:
    made = cast.api("a", "POST", "/api/v1/connect/bids", {"what": "a joke", "response": "away"})
    assert made.status_code == 201
    again = cast.api("a", "POST", "/api/v1/connect/bids", {"what": "a joke", "response": "away"})
    assert again.status_code == 200
    assert again.json()["id"] == made.json()["id"]
    weeks = cast.api("a", "GET", "/api/v1/connect/bids/weeks").json()
    assert weeks[-1]["bids"] == 1
    assert weeks[-1]["percent"] == 0
    bad = cast.api("a", "POST", "/api/v1/connect/bids", {"what": "", "response": "toward"})
    assert bad.status_code == 422
    gone = cast.api("a", "DELETE", f"/api/v1/connect/bids/{made.json()['id']}")
    assert gone.status_code == 204


def test_four_low_weeks_raise_the_turn_toward_signal_privately(cast: Any) -> None:
    today = timezone.localdate()
    for week in range(4):
        day = today - timedelta(weeks=week)
        for response in ("toward", "away", "away", "against"):
            Bid.objects.create(owner=cast.a, what="a bid", response=response, day=day)
    assert "turn_toward" in [s.key for s in signals_for(cast.a)]
    assert "turn_toward" not in [s.key for s in signals_for(cast.b)]
    page = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "Bids are often being missed" in page


def test_the_page_runs_a_bounded_number_of_queries(
    cast: Any, django_assert_max_num_queries: Any
) -> None:
    today = timezone.localdate()
    Bid.objects.bulk_create(
        [
            Bid(owner=cast.a, what=f"bid {i}", response="toward", day=today - timedelta(days=i))
            for i in range(365)
        ]
    )
    with django_assert_max_num_queries(12):
        assert cast.client_a.get(reverse("connect:bids")).status_code == 200


def test_export_holds_own_bids_only(cast: Any) -> None:
    log(cast.client_a, "mine")
    Bid.objects.create(owner=cast.b, what="theirs", response="toward")
    exported = cast.client_a.get(reverse("accounts:export")).json()
    assert [b["what"] for b in exported["bids"]] == ["mine"]
