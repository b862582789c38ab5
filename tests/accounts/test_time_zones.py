"""Each person sees times, and their "today", in their own time zone.

The zone comes from Settings, or from the browser (the `ourway_tz` cookie that ourway.js
sets), else the server's TIME_ZONE (UTC in tests). Unknown names are ignored.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from ourway.accounts.middleware import COOKIE
from ourway.accounts.models import User
from ourway.accounts.zones import grouped_zones, zone_label, zone_named
from tests.conftest import PASSWORD

NEW_YORK = ZoneInfo("America/New_York")
SETTINGS = "/accounts/settings/"


def live_in(person: Any, zone: str) -> None:
    User.objects.filter(pk=person.pk).update(time_zone=zone)


def clock(zone: ZoneInfo | None, at: datetime) -> str:
    """ "HH:MM" of `at` on a wall clock in `zone` (None: the server's UTC)."""
    return at.astimezone(zone or ZoneInfo("UTC")).strftime("%H:%M")


def start_a_break(cast: Any) -> Any:
    from ourway.couples.access import couple_of
    from ourway.talk.models import RepairSession

    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="the weekend", mode="two_devices", speaker=cast.a
    )
    session.join(cast.b)
    response = cast.client_b.post(
        reverse("talk:start_pause", args=[session.pk]), {"minutes": 20, "come_back_in": 60}
    )
    assert response.status_code == 302
    return session


# --- The zone names (plain Python) -------------------------------------------------------


def test_a_known_zone_is_found_and_odd_names_are_not() -> None:
    assert zone_named("America/New_York") == NEW_YORK
    for odd in ("", None, "Mars/Olympus_Mons", "../../etc/passwd", "America/" + "x" * 80):
        assert zone_named(odd) is None


def test_the_list_groups_places_by_area_and_keeps_a_saved_old_name() -> None:
    groups = dict(grouped_zones())
    assert ("America/New_York", "New York") in groups["America"]
    assert ("America/Argentina/Buenos_Aires", "Argentina / Buenos Aires") in groups["America"]
    assert "US" not in groups  # old aliases are not offered...
    assert ("US/Eastern", "Eastern") in dict(grouped_zones(keep="US/Eastern"))[
        "US"
    ]  # ...unless kept
    assert zone_label("UTC") == "UTC"


# --- The middleware ----------------------------------------------------------------------


def test_a_person_in_new_york_sees_a_break_end_in_new_york_time(cast: Any) -> None:
    live_in(cast.a, "America/New_York")
    session = start_a_break(cast)
    ends = session.pauses.get().ends_at
    page = cast.client_a.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert f"The break ends at {clock(NEW_YORK, ends)}" in page
    assert clock(None, ends) not in page
    # Ben has no zone: he sees the server's clock.
    page_b = cast.client_b.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert f"The break ends at {clock(None, ends)}" in page_b


def test_the_choices_for_a_break_are_in_new_york_time(cast: Any) -> None:
    from ourway.couples.access import couple_of
    from ourway.talk.models import RepairSession

    live_in(cast.a, "America/New_York")
    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="the weekend", mode="two_devices", speaker=cast.a
    )
    before = timezone.now() + timedelta(minutes=20)
    page = cast.client_a.get(reverse("talk:pause", args=[session.pk])).content.decode()
    after = timezone.now() + timedelta(minutes=20)
    shown = {clock(NEW_YORK, before), clock(NEW_YORK, after)}
    assert any(f"When the break ends, at {hhmm}" in page for hhmm in shown)


def test_the_browsers_zone_is_used_and_saved_for_a_person_without_one(cast: Any) -> None:
    cast.client_a.cookies[COOKIE] = "America/New_York"
    session = start_a_break(cast)
    ends = session.pauses.get().ends_at
    page = cast.client_a.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert f"The break ends at {clock(NEW_YORK, ends)}" in page
    cast.a.refresh_from_db()
    assert cast.a.time_zone == "America/New_York"


def test_a_zone_chosen_in_settings_is_never_overwritten_by_the_browser(cast: Any) -> None:
    live_in(cast.a, "Europe/Lisbon")
    cast.client_a.cookies[COOKIE] = "America/New_York"
    session = start_a_break(cast)
    ends = session.pauses.get().ends_at
    page = cast.client_a.get(reverse("talk:session", args=[session.pk])).content.decode()
    assert f"The break ends at {clock(ZoneInfo('Europe/Lisbon'), ends)}" in page
    cast.a.refresh_from_db()
    assert cast.a.time_zone == "Europe/Lisbon"


@pytest.mark.parametrize("odd", ["Mars/Olympus_Mons", "../../../etc/passwd", "x" * 500])
def test_an_unknown_zone_name_is_ignored_safely(cast: Any, odd: str) -> None:
    cast.client_a.cookies[COOKIE] = odd
    session = start_a_break(cast)
    ends = session.pauses.get().ends_at
    response = cast.client_a.get(reverse("talk:session", args=[session.pk]))
    assert response.status_code == 200
    assert f"The break ends at {clock(None, ends)}" in response.content.decode()
    cast.a.refresh_from_db()
    assert cast.a.time_zone == ""
    # A bad saved name (a zone since removed from the system) falls back the same way.
    live_in(cast.a, odd[:64])
    assert f"The break ends at {clock(None, ends)}" in (
        cast.client_a.get(reverse("talk:session", args=[session.pk])).content.decode()
    )


def test_the_zone_does_not_leak_into_the_next_request(cast: Any) -> None:
    live_in(cast.a, "America/New_York")
    cast.client_a.get("/")
    assert timezone.get_current_timezone_name() == "UTC"
    session = start_a_break(cast)
    ends = session.pauses.get().ends_at
    page = Client().get(reverse("accounts:login")).content.decode()
    assert clock(NEW_YORK, ends) not in page  # nothing of Ana's zone for a stranger


def test_an_api_call_uses_the_saved_zone_for_today(cast: Any) -> None:
    live_in(cast.a, "Pacific/Kiritimati")  # UTC+14: often a day ahead of the server
    before = timezone.localtime(timezone=ZoneInfo("Pacific/Kiritimati")).date()
    today = cast.api("a", "get", "/api/v1/checkins/today").json()
    after = timezone.localtime(timezone=ZoneInfo("Pacific/Kiritimati")).date()
    assert today["day"] in {before.isoformat(), after.isoformat()}
    assert timezone.get_current_timezone_name() == "UTC"


def test_signing_up_keeps_the_browsers_zone(db: Any) -> None:
    client = Client()
    client.cookies[COOKIE] = "Asia/Kolkata"
    data = {"name": "Rosa", "email": "rosa@example.com", "password": "tide pools at dawn"}
    client.post(reverse("accounts:signup"), data)
    # Sign-up is followed by logging in (it must not tell whether the email was new). Still
    # signed out, the answer deleted the cookie; the log-in form writes it again as it goes.
    assert not client.cookies[COOKIE].value
    client.cookies[COOKIE] = "Asia/Kolkata"
    login = {"username": "rosa@example.com", "password": "tide pools at dawn"}
    response = client.post(reverse("accounts:login"), login)
    client.get(response["Location"])
    assert User.objects.get().time_zone == "Asia/Kolkata"


def zone_cookie_deleted(response: Any) -> bool:
    sent = response.cookies.get(COOKIE)
    return sent is not None and sent.value == "" and sent["max-age"] == 0


def test_logging_out_forgets_the_devices_zone(cast: Any) -> None:
    cast.client_a.cookies[COOKIE] = "America/New_York"
    assert not zone_cookie_deleted(cast.client_a.get("/"))  # kept while signed in
    response = cast.client_a.post(reverse("accounts:logout"))
    assert zone_cookie_deleted(response)
    assert not cast.client_a.cookies[COOKIE].value


def test_an_idle_sign_out_forgets_it_too(cast: Any, settings: Any) -> None:
    from tests.care.test_idle_and_passcode import age_session

    settings.IDLE_LOGOUT_MINUTES = 30
    cast.client_a.cookies[COOKIE] = "America/New_York"
    age_session(cast.client_a, 31 * 60)
    response = cast.client_a.get(reverse("journal:journal"))
    assert response["Location"] == reverse("accounts:login")
    assert zone_cookie_deleted(response)


@pytest.mark.parametrize("beacon", [True, False])
def test_the_quick_exit_forgets_the_devices_zone(cast: Any, beacon: bool) -> None:
    cast.client_a.cookies[COOKIE] = "America/New_York"
    response = cast.client_a.post(reverse("care:exit"), {"beacon": "1"} if beacon else {})
    assert zone_cookie_deleted(response)
    # Signed out already (the log-in page, a signed-out support page): the same.
    stranger = Client()
    stranger.cookies[COOKIE] = "America/New_York"
    assert zone_cookie_deleted(stranger.post(reverse("care:exit")))


def test_the_log_in_form_is_marked_to_send_the_zone_and_only_signed_in_pages_keep_it(
    cast: Any,
) -> None:
    assert "data-signs-in" in Client().get(reverse("accounts:login")).content.decode()
    assert "data-signed-in" not in Client().get("/").content.decode()
    assert "data-signed-in" in cast.client_a.get("/").content.decode()


# --- Settings ----------------------------------------------------------------------------


def test_settings_offers_the_zones_and_says_what_this_device_uses(cast: Any) -> None:
    live_in(cast.a, "Europe/Lisbon")
    cast.client_a.cookies[COOKIE] = "America/New_York"
    page = cast.client_a.get(SETTINGS).content.decode()
    assert '<optgroup label="America">' in page
    assert '<option value="America/New_York">New York</option>' in page
    assert '<option value="Europe/Lisbon" selected>Lisbon</option>' in page
    assert "This device is set to America/New_York." in page


def test_settings_saves_a_chosen_zone(cast: Any) -> None:
    data = {"name": "Ana", "time_zone": "America/New_York"}
    response = cast.client_a.post(SETTINGS, data)
    assert response.status_code == 302
    cast.a.refresh_from_db()
    assert cast.a.time_zone == "America/New_York"


def test_settings_refuses_a_made_up_zone(cast: Any) -> None:
    response = cast.client_a.post(SETTINGS, {"name": "Ana", "time_zone": "Mars/Olympus_Mons"})
    assert response.status_code == 200
    cast.a.refresh_from_db()
    assert cast.a.time_zone == ""


def test_logging_in_does_not_need_a_zone(db: Any) -> None:
    User.objects.create_person("kim@example.com", PASSWORD, "Kim")
    client = Client()
    login = reverse("accounts:login")
    response = client.post(login, {"username": "kim@example.com", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    assert User.objects.get().time_zone == ""
