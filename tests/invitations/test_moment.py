"""The right moment: each answers for themselves; the partner sees only ready or not yet."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from ourway.invitations.models import READINESS_FIELDS, ReadinessCheck

URL = "/invitations/moment/"
ALL = dict.fromkeys(READINESS_FIELDS, "on")


def test_now_looks_good_only_when_both_are_ready(cast):
    cast.client_a.post(URL, ALL)
    page = cast.client_a.get(URL).content.decode()
    assert "Not quite yet" in page
    assert "Now looks good" not in page
    cast.client_b.post(URL, ALL)
    for client in (cast.client_a, cast.client_b):
        assert "Now looks good" in client.get(URL).content.decode()


def test_answers_go_stale_after_two_hours(cast):
    cast.client_a.post(URL, ALL)
    cast.client_b.post(URL, ALL)
    ReadinessCheck.objects.filter(owner=cast.b).update(
        answered_at=timezone.now() - timedelta(hours=3)
    )
    page = cast.client_a.get(URL).content.decode()
    assert "Now looks good" not in page
    assert "Pick a time together" in page
    assert "Why waiting helps" in page


def test_the_partner_never_learns_which_item_was_a_no(cast):
    cast.client_a.post(URL, {**ALL, "fed": ""})
    mine = cast.client_a.get(URL).content.decode()
    assert "Eat something first." in mine  # the tip is for A alone
    theirs = cast.client_b.get(URL).content.decode()
    assert "Eat something first." not in theirs
    assert "Ana: <strong>not yet</strong>" in theirs
    api = cast.api("b", "get", "/api/v1/invitations/moment").json()
    assert api["partner_ready"] is False
    assert "fed" not in str({k: v for k, v in api.items() if k != "my_answers"})
    assert api["my_answers"] is None


def test_saving_twice_keeps_one_readiness_row(cast):
    cast.client_a.post(URL, ALL)
    cast.client_a.post(URL, ALL)
    assert ReadinessCheck.objects.filter(owner=cast.a).count() == 1


def test_the_status_refreshes_as_a_partial_for_htmx(cast):
    response = cast.client_a.get(URL, HTTP_HX_REQUEST="true")
    assert response.content.decode().lstrip().startswith('<section id="moment-status"')


def test_the_moment_is_paused_in_safety_mode_and_the_api_answers_404(cast):
    cast.a.safety_mode_since = timezone.now()
    cast.a.save(update_fields=["safety_mode_since"])
    assert "Paused for now" in cast.client_a.get(URL).content.decode()
    cast.client_a.post(URL, ALL)
    assert not ReadinessCheck.objects.filter(owner=cast.a).exists()
    assert cast.api("a", "get", "/api/v1/invitations/moment").status_code == 404
    assert cast.api("a", "put", "/api/v1/invitations/moment", {"calm": True}).status_code == 404


def test_the_api_records_and_reports_readiness(cast):
    everything = dict.fromkeys(READINESS_FIELDS, True)
    mine = cast.api("a", "put", "/api/v1/invitations/moment", everything).json()
    assert mine["i_am_ready"] is True
    assert mine["now_looks_good"] is False
    theirs = cast.api("b", "put", "/api/v1/invitations/moment", everything).json()
    assert theirs["now_looks_good"] is True
    assert theirs["partner_ready"] is True
