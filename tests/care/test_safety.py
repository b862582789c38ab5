"""The private safety page, the screen, safety mode, the quick exit and the support page."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import IntegrityError, connection
from django.test import Client
from django.urls import reverse

from ourway.care.models import SafetyScreen
from ourway.couples.outreach import is_quiet, tell

SERIOUS = {"afraid": "sometimes", "hurt": "once"}


def answer(client: Client, answers: dict[str, str], token: str | None = None) -> Any:
    form = client.get(reverse("care:screen")).context["form"]
    data = {"form_token": token or form.initial["form_token"], **answers}
    return client.post(reverse("care:screen"), data, follow=True)


def test_a_positive_screen_quietly_switches_safety_mode_on(cast: Any) -> None:
    partner_before = cast.client_b.get(reverse("home")).content.decode()
    response = answer(cast.client_a, SERIOUS)
    page = response.content.decode()
    assert response.status_code == 200
    assert "not your fault" in page
    assert "OurWay has turned on safety mode for you" in page
    assert "Turn safety mode off" in page
    assert SafetyScreen.objects.owned_by(cast.a).get().positive is True
    cast.a.refresh_from_db()
    assert is_quiet(cast.a)
    # Nothing reaches the partner.
    assert not cast.b.notices.exists()
    partner_after = cast.client_b.get(reverse("home")).content.decode()
    assert partner_after.count("safety") == partner_before.count("safety")


def test_safety_mode_turned_off_after_a_screen_stays_off_on_a_resend(cast: Any) -> None:
    answer(cast.client_a, SERIOUS, token="the-form")
    cast.client_a.post(reverse("care:mode"), {"on": "0"})
    page = answer(cast.client_a, SERIOUS, token="the-form").content.decode()
    cast.a.refresh_from_db()
    assert not is_quiet(cast.a)
    assert "OurWay has turned on safety mode" not in page
    # The answers still stand out for this person, with the offer.
    assert "Turn safety mode on" in page
    assert "card warm" in page


def test_a_calm_screen_says_so_without_any_score(cast: Any) -> None:
    page = answer(cast.client_a, {"screamed": "once"}).content.decode()
    assert "Nothing in your answers points to danger" in page
    assert "score" not in page.lower()


def test_skipping_every_question_is_allowed(cast: Any) -> None:
    response = answer(cast.client_a, {})
    assert response.status_code == 200
    assert SafetyScreen.objects.owned_by(cast.a).get().answers == {}


def test_a_double_submit_stores_the_answers_once(cast: Any) -> None:
    answer(cast.client_a, SERIOUS, token="same-form")
    answer(cast.client_a, SERIOUS, token="same-form")
    assert SafetyScreen.objects.owned_by(cast.a).count() == 1


def test_odd_and_huge_input_is_refused_kindly_and_never_stored(cast: Any) -> None:
    response = answer(cast.client_a, {"afraid": "x" * 1_000_000, "hurt": "often\u202e"})
    assert response.status_code == 200
    assert "is not one of the available choices" in response.content.decode()
    assert not SafetyScreen.objects.exists()


def test_answers_are_encrypted_at_rest(cast: Any) -> None:
    answer(cast.client_a, {"afraid": "often", "watched": "sometimes"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT sealed FROM care_safetyscreen")
        raw = " ".join(str(value) for value in cursor.fetchone())
    assert "often" not in raw
    assert "afraid" not in raw


def test_screen_answers_can_never_be_shared(cast: Any) -> None:
    screen = SafetyScreen.record(cast.a, SERIOUS, "t")
    screen.shared = True
    screen.save()
    screen.refresh_from_db()
    assert screen.shared is False
    with pytest.raises(IntegrityError):
        SafetyScreen.objects.filter(pk=screen.pk).update(shared=True)


def test_a_person_can_delete_their_answers(cast: Any) -> None:
    answer(cast.client_a, SERIOUS)
    cast.client_a.post(reverse("care:forget"))
    assert not SafetyScreen.objects.exists()


def test_the_partner_cannot_delete_or_see_the_other_persons_answers(cast: Any) -> None:
    answer(cast.client_a, SERIOUS)
    cast.client_b.post(reverse("care:forget"))
    assert SafetyScreen.objects.owned_by(cast.a).count() == 1
    page = cast.client_b.get(reverse("care:safety")).content.decode()
    assert "Start the questions" in page
    assert "not your fault" not in page


def test_danger_in_what_a_person_writes_offers_safety_mode(cast: Any) -> None:
    response = cast.client_a.post(
        reverse("journal:journal"),
        {"text": "I am afraid of him, he hit me last night."},
        follow=True,
    )
    assert reverse("care:safety") in response.content.decode()
    page = cast.client_a.get(reverse("care:safety")).content.decode()
    assert "card warm" in page
    assert "Turn safety mode on" in page


def test_safety_mode_goes_on_and_off_and_quiets_the_person(cast: Any) -> None:
    cast.client_a.post(reverse("care:mode"), {"on": "1"})
    cast.a.refresh_from_db()
    assert is_quiet(cast.a)
    assert tell(cast.a, kind="test", text="hello") is None
    page = cast.client_a.get(reverse("care:safety")).content.decode()
    assert "Safety mode is on" in page
    cast.client_a.post(reverse("care:mode"), {"on": "0"})
    cast.a.refresh_from_db()
    assert not is_quiet(cast.a)


def test_turning_safety_mode_on_twice_keeps_the_first_time(cast: Any) -> None:
    assert cast.a.set_safety_mode(True) is True
    first = cast.a.safety_mode_since
    assert cast.a.set_safety_mode(True) is False
    cast.a.refresh_from_db()
    assert cast.a.safety_mode_since == first


def test_joint_pages_pause_for_a_person_in_safety_mode(cast: Any) -> None:
    cast.a.set_safety_mode(True)
    page = cast.client_a.get(reverse("care:handoff")).content.decode()
    assert "a summary made together is not offered for now" in page
    reinforcements = cast.client_a.get(reverse("care:reinforcements")).content.decode()
    assert "Gottman" not in reinforcements
    assert "Prepare a summary" not in reinforcements
    assert "Open Path Collective" in reinforcements


def test_quick_exit_is_on_every_page_when_signed_in(cast: Any, settings: Any) -> None:
    settings.QUICK_EXIT_URL = "https://news.example/"
    for name in ("home", "journal:journal", "care:safety", "accounts:settings"):
        page = cast.client_a.get(reverse(name)).content.decode()
        assert 'action="/care/exit/" class="quick-exit-form"' in page, name
        assert 'data-quick-exit="https://news.example/"' in page, name
        assert "js/quick-exit.js" in page
        assert f'data-sign-out="{reverse("care:exit")}"' in page, name


@pytest.mark.parametrize(
    "name",
    ["home", "accounts:login", "accounts:signup", "accounts:password_reset", "care:resources"],
)
def test_quick_exit_is_on_every_page_when_signed_out_too(db: Any, name: str) -> None:
    page = Client().get(reverse(name)).content.decode()
    assert 'action="/care/exit/" class="quick-exit-form" data-quick-exit=' in page, name
    assert "csrfmiddlewaretoken" in page, name
    assert "js/quick-exit.js" in page
    # Nobody to sign out: the page carries no sign-out address.
    assert "data-sign-out" not in page


def test_the_support_page_works_signed_out(db: Any) -> None:
    support = Client().get(reverse("care:resources"))
    assert support.status_code == 200
    assert "1-800-799-7233" in support.content.decode()


def test_an_unsafe_quick_exit_address_falls_back_to_the_default(cast: Any, settings: Any) -> None:
    settings.QUICK_EXIT_URL = "javascript:alert(1)"
    page = cast.client_a.get(reverse("home")).content.decode()
    assert "javascript:alert" not in page
    assert 'data-quick-exit="https://weather.com/"' in page
    # The form's own way out (without JavaScript) falls back the same way.
    assert cast.client_a.post(reverse("care:exit"))["Location"] == "https://weather.com/"


def test_crisis_lines_follow_the_configured_country(cast: Any, settings: Any) -> None:
    settings.CRISIS_COUNTRY = "GB"
    cast.a.set_safety_mode(True)
    page = cast.client_a.get(reverse("home")).content.decode()
    assert "0808 2000 247" in page
    assert "999" in page


@pytest.mark.parametrize("name", ["care:safety", "care:screen", "care:resources", "care:passcode"])
def test_safety_pages_are_never_cached(cast: Any, name: str) -> None:
    response = cast.client_a.get(reverse(name))
    assert "no-store" in response["Cache-Control"]
    assert "no-store" in Client().get(reverse("care:resources"))["Cache-Control"]


def test_every_page_has_a_quiet_safety_and_support_link(cast: Any) -> None:
    for client in (cast.client_a, Client()):
        page = client.get(reverse("home")).content.decode()
        assert f'href="{reverse("care:resources")}" class="muted"' in page
