from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ourway.couples.access import couple_of, partner_of
from ourway.couples.models import Couple, Invite, Membership, Notice
from ourway.couples.pairing import (
    PairingError,
    invite_partner,
    join_couple,
    leave_couple,
    normalise_code,
    start_couple,
)
from ourway.journal.models import JournalEntry
from tests.conftest import make_person


@pytest.fixture
def ana(db: Any) -> Any:
    return make_person("ana.p@example.com", "Ana")


@pytest.fixture
def ben(db: Any) -> Any:
    return make_person("ben.p@example.com", "Ben")


def test_a_person_can_start_alone_and_invite_later(ana: Any) -> None:
    couple = start_couple(ana)
    assert couple_of(ana) == couple
    assert partner_of(ana) is None
    invite = invite_partner(ana)
    assert len(invite.code) == 8
    assert invite.expires > timezone.now() + timedelta(days=6)


def test_the_partner_joins_with_the_code_in_any_case_with_spaces(ana: Any, ben: Any) -> None:
    code = invite_partner(ana).code
    join_couple(ben, f" {code[:4].lower()}-{code[4:]} ")
    assert partner_of(ben) == ana
    Membership.objects.get(user=ana)  # still there
    assert Invite.objects.get(code=code).used_by == ben


def test_a_code_works_once(ana: Any, ben: Any) -> None:
    code = invite_partner(ana).code
    join_couple(ben, code)
    third = make_person("third@example.com", "Third")
    with pytest.raises(PairingError, match="already been used"):
        join_couple(third, code)


def test_joining_twice_with_the_same_code_is_harmless(ana: Any, ben: Any) -> None:
    code = invite_partner(ana).code
    first = join_couple(ben, code)
    second = join_couple(ben, code)
    assert first == second
    assert Membership.objects.filter(couple=first).count() == 2


def test_an_expired_code_is_refused_kindly(ana: Any, ben: Any) -> None:
    invite = invite_partner(ana)
    Invite.objects.filter(pk=invite.pk).update(expires=timezone.now() - timedelta(seconds=1))
    with pytest.raises(PairingError, match="expired"):
        join_couple(ben, invite.code)


def test_a_new_code_replaces_the_old_one(ana: Any, ben: Any) -> None:
    old = invite_partner(ana).code
    new = invite_partner(ana).code
    with pytest.raises(PairingError, match="expired"):
        join_couple(ben, old)
    join_couple(ben, new)


def test_one_cannot_join_with_ones_own_code(ana: Any) -> None:
    with pytest.raises(PairingError, match="your own code"):
        join_couple(ana, invite_partner(ana).code)


def test_a_person_belongs_to_at_most_one_couple(ana: Any, ben: Any) -> None:
    start_couple(ben)
    with pytest.raises(PairingError, match="already in a couple"):
        join_couple(ben, invite_partner(ana).code)


def test_no_invitation_once_the_partner_is_in(ana: Any, ben: Any) -> None:
    join_couple(ben, invite_partner(ana).code)
    with pytest.raises(PairingError, match="already joined"):
        invite_partner(ana)


@pytest.mark.parametrize("raw", ["", "   ", "💔💔", "zzzz0000zz"])
def test_unknown_or_empty_codes_are_refused_kindly(ana: Any, raw: str) -> None:
    with pytest.raises(PairingError):
        join_couple(ana, raw)


def test_normalise_code_drops_what_cannot_be_in_a_code() -> None:
    assert normalise_code("ab cd-ef\u200bgh") == "ABCDEFGH"


def test_leaving_ends_sharing_both_ways_and_keeps_everyones_writing(cast: Any) -> None:
    mine = JournalEntry.objects.create(owner=cast.a, text="mine, shared", shared=True)
    theirs = JournalEntry.objects.create(owner=cast.b, text="theirs, shared", shared=True)
    leave_couple(cast.a)
    assert not Couple.objects.filter(memberships__user=cast.b).exists()
    assert list(JournalEntry.objects.visible_to(cast.a)) == [mine]
    cast.b.__dict__.pop("_ourway_couple_cache", None)
    assert list(JournalEntry.objects.visible_to(cast.b)) == [theirs]


def test_the_leave_page_explains_before_confirming(cast: Any) -> None:
    page = cast.client_a.get(reverse("couples:leave")).content.decode()
    assert "becomes private to you again" in page
    assert "Ben" in page
    assert couple_of(cast.a) is not None


def test_joining_through_the_page_tells_the_partner(ana: Any, ben: Any) -> None:
    ana.email_notices = True
    ana.save()
    code = invite_partner(ana).code
    client = Client()
    client.force_login(ben)
    response = client.post(reverse("couples:join"), {"code": code})
    assert response.status_code == 302
    notice = Notice.objects.get(recipient=ana)
    assert "Ben joined" in notice.text
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Something new in OurWay"
    assert "Ben" not in mail.outbox[0].subject


def test_the_join_page_shows_errors_kindly(ben: Any) -> None:
    client = Client()
    client.force_login(ben)
    response = client.post(reverse("couples:join"), {"code": "NOPE1234"})
    assert response.status_code == 200
    assert "could not find that code" in response.content.decode()


def test_a_person_in_safety_mode_receives_no_notices(cast: Any) -> None:
    from ourway.couples.outreach import tell_partner

    cast.b.safety_mode_since = timezone.now()
    cast.b.save()
    assert tell_partner(cast.a, kind="test", text="hello") is None
    assert not Notice.objects.filter(recipient=cast.b).exists()


def test_api_invite_join_get_and_leave(ana: Any, ben: Any) -> None:
    from ourway.accounts.models import ApiToken

    token_a = ApiToken.issue(ana)[1]
    token_b = ApiToken.issue(ben)[1]
    invited = Client().post("/api/v1/couple/invite", HTTP_AUTHORIZATION=f"Bearer {token_a}")
    assert invited.status_code == 201
    code = invited.json()["code"]
    assert invited.json()["link"].endswith(f"/couple/join/{code}/")
    joined = Client().post(
        "/api/v1/couple/join",
        data={"code": code},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token_b}",
    )
    assert joined.json()["partner_name"] == "Ana"
    seen = Client().get("/api/v1/couple", HTTP_AUTHORIZATION=f"Bearer {token_a}").json()
    assert seen["paired"] is True
    assert seen["partner_name"] == "Ben"
    again = Client().post(
        "/api/v1/couple/join",
        data={"code": code},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token_a}",
    )
    assert again.status_code == 409
    left = Client().delete("/api/v1/couple", HTTP_AUTHORIZATION=f"Bearer {token_b}")
    assert left.status_code == 204
    alone = Client().get("/api/v1/couple", HTTP_AUTHORIZATION=f"Bearer {token_a}").json()
    assert alone == {"paired": False, "couple_id": None, "since": None, "partner_name": None}
