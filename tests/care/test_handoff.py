"""The therapist hand-off: made only when both say yes, holding only what each chose."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection
from django.urls import reverse

from ourway.care.models import Handoff, HandoffConsent
from ourway.couples.access import couple_of
from ourway.couples.models import Notice
from ourway.talk.models import Agreement

A_AGREEMENT = "Next time I will take a walk before answering."
B_AGREEMENT = "I will say when I need a break."


def agreements(cast: Any) -> None:
    couple = couple_of(cast.a)
    Agreement.objects.create(couple=couple, author=cast.a, text=A_AGREEMENT)
    Agreement.objects.create(couple=couple, author=cast.b, text=B_AGREEMENT)


def say_yes(client: Any, *choices: str) -> Any:
    return client.post(reverse("care:handoff"), {"choices": list(choices)}, follow=True)


def test_nothing_is_made_until_both_partners_say_yes(cast: Any) -> None:
    agreements(cast)
    say_yes(cast.client_a, "agreements")
    assert cast.client_a.get(reverse("care:handoff_summary")).status_code == 404
    assert cast.client_b.get(reverse("care:handoff_markdown")).status_code == 404
    notice = Notice.objects.get(recipient=cast.b)
    assert "therap" not in notice.text.lower()  # neutral over a shoulder
    say_yes(cast.client_b, "agreements")
    page = cast.client_b.get(reverse("care:handoff_summary")).content.decode()
    assert A_AGREEMENT in page
    assert B_AGREEMENT in page


def test_only_what_each_person_ticked_goes_in(cast: Any) -> None:
    agreements(cast)
    say_yes(cast.client_a)  # A says yes but shares nothing of theirs
    say_yes(cast.client_b, "agreements", "checkins")
    markdown = cast.client_a.get(reverse("care:handoff_markdown"))
    text = markdown.content.decode()
    assert markdown["Content-Disposition"].startswith("attachment;")
    assert B_AGREEMENT in text
    assert A_AGREEMENT not in text
    assert "From Ana" in text
    assert "(Nothing chosen.)" in text
    assert "How close I felt" in text


def test_conversation_counts_need_both_to_tick_them(cast: Any) -> None:
    say_yes(cast.client_a, "talks")
    say_yes(cast.client_b)
    assert (
        "repair conversations"
        not in cast.client_a.get(reverse("care:handoff_markdown")).content.decode()
    )
    say_yes(cast.client_b, "talks")
    assert (
        "Conversations finished: 0"
        in cast.client_a.get(reverse("care:handoff_markdown")).content.decode()
    )


def test_private_items_never_go_in(cast: Any) -> None:
    from ourway.journal.models import JournalEntry

    JournalEntry.objects.create(owner=cast.a, text="my private diary 4711")
    for client in (cast.client_a, cast.client_b):
        say_yes(client, "agreements", "checkins", "manual", "talks")
    assert "4711" not in cast.client_a.get(reverse("care:handoff_markdown")).content.decode()


def test_taking_back_a_yes_stops_the_summary(cast: Any) -> None:
    say_yes(cast.client_a, "agreements")
    say_yes(cast.client_b, "agreements")
    cast.client_a.post(reverse("care:handoff_withdraw"))
    assert cast.client_b.get(reverse("care:handoff_summary")).status_code == 404
    cast.client_b.post(reverse("care:handoff_withdraw"))
    assert not Handoff.objects.exists()


def test_a_double_submit_keeps_one_yes_and_one_notice(cast: Any) -> None:
    say_yes(cast.client_a, "agreements")
    say_yes(cast.client_a, "agreements", "talks")
    assert HandoffConsent.objects.get(person=cast.a).choices == ["agreements", "talks"]
    assert Notice.objects.filter(recipient=cast.b).count() == 1


def test_unknown_choices_are_refused_with_the_form_kept(cast: Any) -> None:
    page = cast.client_a.post(reverse("care:handoff"), {"choices": ["everything", "talks"]})
    assert page.status_code == 200
    assert "errorlist" in page.content.decode()
    assert not Handoff.objects.exists()


def test_a_yes_arriving_while_the_other_starts_it_joins_the_same_hand_off(cast: Any) -> None:
    # B's page was loaded before A started the hand-off; B's yes must not start a second.
    page_b = cast.client_b.get(reverse("care:handoff"))
    assert "Yes, include what I ticked" in page_b.content.decode()
    say_yes(cast.client_a, "talks")
    say_yes(cast.client_b, "talks")
    assert Handoff.objects.count() == 1
    assert Handoff.objects.get().is_ready
    assert Notice.objects.filter(recipient=cast.b).count() == 1
    assert not Notice.objects.filter(recipient=cast.a).exists()


@pytest.mark.django_db(transaction=True)
def test_both_partners_saying_yes_at_once_makes_one_hand_off() -> None:
    if connection.vendor == "sqlite":
        pytest.skip("row locks are exercised on PostgreSQL; SQLite serialises every writer")
    from tests.conftest import make_person, pair

    a, b = make_person("x@example.com", "Xan"), make_person("y@example.com", "Yan")
    pair(a, b)
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def agree(person: Any) -> None:
        start.wait()
        try:
            Handoff.agree(person, ["talks"])
        except BaseException as error:  # collected and reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=agree, args=(p,)) for p in (a, b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert Handoff.objects.count() == 1
    assert Handoff.objects.get().is_ready


def test_the_outsider_sees_nothing_of_the_hand_off(cast: Any) -> None:
    agreements(cast)
    say_yes(cast.client_a, "agreements")
    say_yes(cast.client_b, "agreements")
    assert cast.client_c.get(reverse("care:handoff_summary")).status_code == 404
    page = cast.client_c.get(reverse("care:handoff")).content.decode()
    assert A_AGREEMENT not in page
    assert cast.api("c", "get", "/api/v1/care/handoff/summary").status_code == 404


def test_a_person_without_a_partner_is_told_kindly(db: Any) -> None:
    from django.test import Client

    from tests.conftest import make_person

    alone = make_person("solo@example.com", "Solo")
    client = Client()
    client.force_login(alone)
    page = client.get(reverse("care:handoff")).content.decode()
    assert "needs your partner" in page


def test_the_hand_off_through_the_api(cast: Any) -> None:
    agreements(cast)
    first = cast.api("a", "put", "/api/v1/care/handoff", {"choices": ["agreements"]}).json()
    assert first["started"] is True
    assert first["ready"] is False
    assert cast.api("a", "get", "/api/v1/care/handoff/summary").status_code == 404
    assert cast.api("b", "put", "/api/v1/care/handoff", {"choices": []}).json()["ready"] is True
    markdown = cast.api("b", "get", "/api/v1/care/handoff/summary").json()["markdown"]
    assert A_AGREEMENT in markdown
    assert B_AGREEMENT not in markdown
    assert cast.api("a", "put", "/api/v1/care/handoff", {"choices": ["all"]}).status_code == 422
    assert cast.api("a", "delete", "/api/v1/care/handoff").status_code == 204
    assert cast.api("a", "get", "/api/v1/care/handoff").json()["my_choices"] is None


def test_manual_answers_go_in_only_for_the_person_who_ticked_the_manual(cast: Any) -> None:
    from ourway.manual.editing import save_answer

    save_answer(cast.a, "raise_it", "Ana: tell me in the morning, not at night.", 0)
    save_answer(cast.b, "raise_it", "Ben: text me first so I can get ready.", 0)
    say_yes(cast.client_a, "manual")
    say_yes(cast.client_b)
    text = cast.client_b.get(reverse("care:handoff_markdown")).content.decode()
    assert "tell me in the morning" in text
    assert "text me first" not in text


POSITIVE = {"afraid": "often", "hurt": "once"}


def test_the_one_who_said_yes_is_told_honestly_who_sees_it(cast: Any) -> None:
    page = say_yes(cast.client_a, "talks").content.decode()
    assert "The summary is made when Ben says yes too." in page
    assert "Ben will see this when they open this page" in page


def test_the_partner_gets_one_quiet_notice_and_sees_the_question(cast: Any) -> None:
    say_yes(cast.client_a, "talks")
    say_yes(cast.client_a, "talks", "checkins")  # changing one's choices sends nothing more
    assert Notice.objects.filter(recipient=cast.b).count() == 1
    asked = cast.client_b.get(reverse("care:reinforcements")).content.decode()
    assert "Ana would like to prepare one with you." in asked
    mine = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "would like to prepare one with you" not in mine
    assert not Notice.objects.filter(recipient=cast.a).exists()


def test_the_api_yes_sends_the_same_quiet_notice(cast: Any) -> None:
    response = cast.api("a", "put", "/api/v1/care/handoff", {"choices": ["talks"]})
    assert response.status_code == 200
    assert Notice.objects.filter(recipient=cast.b, kind="care_handoff").count() == 1


def screened_positive(person: Any) -> None:
    from ourway.care.models import SafetyScreen

    SafetyScreen.record(person, POSITIVE, f"token-{person.pk}")


@pytest.mark.parametrize(
    "guard",
    ["partner in safety mode", "partner screened positive", "sender screened positive"],
)
def test_no_notice_when_either_of_them_needs_support_on_their_own(cast: Any, guard: str) -> None:
    if guard == "partner in safety mode":
        cast.b.set_safety_mode(True)
    elif guard == "partner screened positive":
        screened_positive(cast.b)
    else:
        screened_positive(cast.a)
    page = say_yes(cast.client_a, "talks").content.decode()
    assert not Notice.objects.filter(recipient=cast.b).exists()
    if guard == "sender screened positive":
        # Not offered to the sender at all (see the table below): no yes to send.
        assert "a summary made together is not offered for now" in page
        assert not Handoff.objects.exists()
        return
    # The sender's page reads exactly as when a notice goes out: it reveals nothing.
    assert "Ben will see this when they open this page" in page
    if guard == "partner screened positive":
        reinforcements = cast.client_b.get(reverse("care:reinforcements")).content.decode()
        assert "would like to prepare one with you" not in reinforcements
