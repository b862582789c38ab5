"""The hand-off while either partner needs support on their own (safety mode, or a latest
private screen that was positive).

A yes can always be taken back; no summary is made for either partner; the other partner's
side reads exactly as when no yes was given, so nothing tells them why.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django.utils import dateformat, timezone

from ourway.accounts.middleware import zone_of
from ourway.care.models import HandoffConsent, SafetyScreen
from ourway.couples.models import Notice
from tests.care.test_handoff import (
    A_AGREEMENT,
    B_AGREEMENT,
    agreements,
    say_yes,
    screened_positive,
)
from tests.care.test_partner_never_knows import normalised

NOT_FOR_NOW = "a summary made together is not offered for now"
EARLIER_YES = "Your earlier yes"


def ready_then_a_screens_positive(cast: Any) -> list[tuple[int, tuple[str, ...]]]:
    """Both said yes (sharing their agreements), then A's private screen came out positive.

    Returns the consents as they stand, to show later what changed.
    """
    agreements(cast)
    say_yes(cast.client_a, "agreements")
    say_yes(cast.client_b, "agreements")
    screened_positive(cast.a)
    Notice.objects.all().delete()
    return consents()


def consents() -> list[tuple[int, tuple[str, ...]]]:
    return sorted((c.person_id, tuple(c.choices)) for c in HandoffConsent.objects.all())


def main_of(response: Any) -> str:
    """The page's own content, without per-request tokens."""
    return normalised(response.content.decode().split("<main", 1)[1].split("</main>", 1)[0])


def seen_by(cast: Any, who: str) -> dict[str, Any]:
    """Everything of the hand-off that `who` can see, on the web and through the API."""
    client = cast.clients[who]
    return {
        "handoff": main_of(client.get(reverse("care:handoff"))),
        "reinforcements": main_of(client.get(reverse("care:reinforcements"))),
        "summary": client.get(reverse("care:handoff_summary")).status_code,
        "markdown": client.get(reverse("care:handoff_markdown")).status_code,
        "api": cast.api(who, "get", "/api/v1/care/handoff").json(),
        "api_summary": cast.api(who, "get", "/api/v1/care/handoff/summary").status_code,
    }


# --- The person who needs support on their own: told kindly, and their yes is theirs -----


def test_a_person_in_safety_mode_is_never_offered_it_and_the_request_simply_waits(
    cast: Any,
) -> None:
    cast.a.set_safety_mode(True)
    say_yes(cast.client_b, "agreements")
    assert not Notice.objects.filter(recipient=cast.a).exists()
    page = cast.client_a.get(reverse("care:handoff")).content.decode()
    assert NOT_FOR_NOW in page
    assert EARLIER_YES not in page  # Ben's yes is not Ana's, and is not mentioned
    assert EARLIER_YES not in cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert cast.api("a", "get", "/api/v1/care/handoff").json() == {
        "offered": False,
        "started": False,
        "ready": False,
        "my_choices": None,
        "possible_choices": ["manual", "agreements", "checkins", "talks"],
    }
    # A's attempts change nothing for B.
    say_yes(cast.client_a, "agreements")
    assert cast.api("a", "put", "/api/v1/care/handoff", {"choices": ["talks"]}).status_code == 404
    assert HandoffConsent.objects.filter(person=cast.a).count() == 0
    page = cast.client_b.get(reverse("care:handoff")).content.decode()
    assert "You said yes" in page


PAGES = [
    ("get", "care:handoff"),
    ("post", "care:handoff"),
    ("get", "care:handoff_summary"),
    ("get", "care:handoff_markdown"),
]


@pytest.mark.parametrize(("method", "name"), PAGES)
def test_a_person_screened_positive_is_told_kindly_on_every_hand_off_page(
    cast: Any, method: str, name: str
) -> None:
    before = ready_then_a_screens_positive(cast)
    data = {"choices": ["talks"]} if method == "post" else None
    response = getattr(cast.client_a, method)(reverse(name), data, follow=True)
    assert response.status_code == 200
    if name != "care:handoff":
        assert response.redirect_chain == [(reverse("care:handoff"), 302)]
    page = main_of(response)
    assert NOT_FOR_NOW in page
    assert reverse("care:safety") in page
    for of_the_couple in ("Ben", "You both said yes", "Ready", A_AGREEMENT, B_AGREEMENT):
        assert of_the_couple not in page, of_the_couple
    # The only form is the one that takes back Ana's own yes.
    assert EARLIER_YES in page
    assert page.count("<form method") == 1
    assert f'action="{reverse("care:handoff_withdraw")}"' in page
    assert 'name="choices"' not in page
    # Nothing recorded, nothing sent, nothing changed for Ben.
    assert consents() == before
    assert not Notice.objects.exists()


def test_a_person_screened_positive_can_take_back_their_yes(cast: Any) -> None:
    before = ready_then_a_screens_positive(cast)
    # The support page, where the hand-off is no longer linked, offers it too.
    support = main_of(cast.client_a.get(reverse("care:reinforcements")))
    assert EARLIER_YES in support
    assert f'action="{reverse("care:handoff_withdraw")}"' in support
    response = cast.client_a.post(reverse("care:handoff_withdraw"), follow=True)
    assert response.redirect_chain == [(reverse("care:handoff"), 302)]
    page = main_of(response)
    assert "Your yes is taken back. Nothing of yours will be in a summary." in page
    assert NOT_FOR_NOW in page
    assert EARLIER_YES not in page
    assert "Ben" not in page
    # Only Ana's yes went; Ben's stays, and nobody was told.
    assert consents() == [c for c in before if c[0] != cast.a.pk]
    assert not Notice.objects.exists()
    assert EARLIER_YES not in main_of(cast.client_a.get(reverse("care:reinforcements")))


def test_a_person_in_safety_mode_can_take_back_their_yes_through_the_api(cast: Any) -> None:
    say_yes(cast.client_a, "talks")
    cast.a.set_safety_mode(True)
    seen = cast.api("a", "get", "/api/v1/care/handoff").json()
    assert (seen["offered"], seen["started"], seen["my_choices"]) == (False, True, ["talks"])
    assert cast.api("a", "delete", "/api/v1/care/handoff").status_code == 204
    assert not HandoffConsent.objects.exists()
    seen = cast.api("a", "get", "/api/v1/care/handoff").json()
    assert (seen["started"], seen["my_choices"]) == (False, None)


API = [
    ("put", "/api/v1/care/handoff", {"choices": ["talks"]}),
    ("get", "/api/v1/care/handoff/summary", None),
]


@pytest.mark.parametrize(("method", "path", "body"), API)
def test_the_api_answers_a_person_screened_positive_as_if_there_were_nothing(
    cast: Any, method: str, path: str, body: Any
) -> None:
    before = ready_then_a_screens_positive(cast)
    response = cast.api("a", method, path, body)
    assert response.status_code == 404
    assert A_AGREEMENT not in response.content.decode()
    assert consents() == before


def test_the_api_shows_a_person_screened_positive_only_their_own_yes(cast: Any) -> None:
    before = ready_then_a_screens_positive(cast)
    response = cast.api("a", "get", "/api/v1/care/handoff")
    assert response.json() == {
        "offered": False,
        "started": True,
        "ready": False,
        "my_choices": ["agreements"],
        "possible_choices": ["manual", "agreements", "checkins", "talks"],
    }
    assert "Ben" not in response.content.decode()
    assert consents() == before


# --- The partner: no summary, and nothing that says why -------------------------------------


@pytest.mark.parametrize(
    ("name", "status"),
    [("care:handoff_summary", 404), ("care:handoff_markdown", 404), ("care:handoff", 200)],
)
def test_the_partner_of_a_person_screened_positive_gets_no_summary(
    cast: Any, name: str, status: int
) -> None:
    ready_then_a_screens_positive(cast)
    response = cast.client_b.get(reverse(name))
    assert response.status_code == status
    page = response.content.decode()
    assert A_AGREEMENT not in page
    assert "You both said yes." not in page
    if status == 200:
        assert "You said yes. The summary is made when Ana says yes too." in page
        assert NOT_FOR_NOW not in page
    assert cast.api("b", "get", "/api/v1/care/handoff/summary").status_code == 404
    assert cast.api("b", "get", "/api/v1/care/handoff").json()["ready"] is False
    assert not Notice.objects.exists()


def test_the_partner_cannot_tell_why_the_summary_is_not_ready(cast: Any) -> None:
    agreements(cast)
    say_yes(cast.client_b, "agreements")
    waiting = seen_by(cast, "b")  # Ana has not answered
    assert "The summary is made when Ana says yes too." in waiting["handoff"]
    assert waiting["summary"] == waiting["api_summary"] == 404
    say_yes(cast.client_a, "agreements")
    assert "You both said yes." in seen_by(cast, "b")["handoff"]

    steps = {
        "Ana's screen was positive": lambda: screened_positive(cast.a),
        "Ana turned safety mode off; her screen still counts": (
            lambda: cast.client_a.post(reverse("care:mode"), {"on": "0"})
        ),
        "Ana took back her yes": lambda: cast.client_a.post(reverse("care:handoff_withdraw")),
    }
    for step, happens in steps.items():
        happens()
        assert seen_by(cast, "b") == waiting, step

    # Safety mode on its own, with no positive screen, holds it back in the same way.
    SafetyScreen.record(cast.a, {"afraid": "never"}, "a-later")
    say_yes(cast.client_a, "agreements")
    assert seen_by(cast, "b")["summary"] == 200
    cast.client_a.post(reverse("care:mode"), {"on": "1"})
    assert seen_by(cast, "b") == waiting


def test_a_request_from_a_partner_who_needs_support_alone_is_not_shown(cast: Any) -> None:
    nothing = seen_by(cast, "b")
    say_yes(cast.client_a, "talks")
    asked = seen_by(cast, "b")
    assert "Ana would like to prepare a summary with you." in asked["handoff"]
    assert "Ana would like to prepare one with you." in asked["reinforcements"]
    screened_positive(cast.a)
    assert seen_by(cast, "b") == nothing
    # Ben may still say yes; it waits, exactly as if Ana had never asked.
    say_yes(cast.client_b, "talks")
    seen = seen_by(cast, "b")
    assert "The summary is made when Ana says yes too." in seen["handoff"]
    assert seen["summary"] == 404
    assert not Notice.objects.filter(recipient=cast.a).exists()


def test_it_works_the_same_when_the_partner_who_asked_is_the_one_held(cast: Any) -> None:
    # Ben asked, both said yes, then Ben's own screen was positive: Ana gets no summary.
    agreements(cast)
    say_yes(cast.client_b, "agreements")
    say_yes(cast.client_a, "agreements")
    screened_positive(cast.b)
    seen = seen_by(cast, "a")
    assert "The summary is made when Ben says yes too." in seen["handoff"]
    assert (seen["summary"], seen["markdown"], seen["api_summary"]) == (404, 404, 404)
    assert seen["api"]["ready"] is False
    assert B_AGREEMENT not in str(seen)
    # Once Ben's later answers point to no danger, the yeses both gave count again.
    SafetyScreen.record(cast.b, {"afraid": "never"}, "b-later")
    cast.b.set_safety_mode(False)
    assert seen_by(cast, "a")["summary"] == 200


# --- Why support stays for one after safety mode is turned off ------------------------------


def test_the_page_says_the_latest_answers_are_why_after_safety_mode_is_off(cast: Any) -> None:
    ready_then_a_screens_positive(cast)
    screen = SafetyScreen.objects.owned_by(cast.a).get()
    day = dateformat.format(timezone.localtime(screen.created, zone_of(cast.a)), "j F Y")
    why = f"This is because of your answers to the private questions on {day}."
    # In safety mode, safety mode is the reason: nothing more is said.
    for name in ("care:handoff", "care:reinforcements"):
        assert why not in cast.client_a.get(reverse(name)).content.decode()

    cast.client_a.post(reverse("care:mode"), {"on": "0"})
    for name in ("care:handoff", "care:reinforcements"):
        page = cast.client_a.get(reverse(name)).content.decode()
        assert NOT_FOR_NOW in page or "support for you on your own" in page
        assert why in page, name
        assert f'<a href="{reverse("care:screen")}">answer the questions again</a>' in page
        # Ben's pages say nothing of it.
        assert why not in cast.client_b.get(reverse(name)).content.decode()

    # Answers that point to no danger give the joint side back, the same yes included.
    SafetyScreen.record(cast.a, {"afraid": "never"}, "a-later")
    page = cast.client_a.get(reverse("care:handoff")).content.decode()
    assert "You both said yes." in page
    assert why not in page
    assert (
        "How to find a therapist"
        in cast.client_a.get(reverse("care:reinforcements")).content.decode()
    )


# --- An outsider ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "name", "status"),
    [
        ("get", "care:handoff", 200),
        ("get", "care:handoff_summary", 404),
        ("get", "care:handoff_markdown", 404),
        ("post", "care:handoff", 302),
        ("post", "care:handoff_withdraw", 302),
    ],
)
def test_an_outsider_reaches_nothing_of_that_couples_hand_off(
    cast: Any, method: str, name: str, status: int
) -> None:
    before = ready_then_a_screens_positive(cast)
    data = {"choices": ["agreements"]} if method == "post" else None
    response = getattr(cast.client_c, method)(reverse(name), data)
    assert response.status_code == status
    # Only the page's own words: a random token could hold "Ana" or "Ben" by chance.
    page = main_of(cast.client_c.get(response["Location"]) if status == 302 else response)
    for theirs in (A_AGREEMENT, B_AGREEMENT, "Ana", "Ben", "not offered for now"):
        assert theirs not in page, theirs
    # Cleo's own answers stay in Cleo's couple; Ana and Ben's hand-off is as it was.
    assert [c for c in consents() if c[0] != cast.c.pk] == before
