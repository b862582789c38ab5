"""The partner sees and receives nothing from the other's screening or safety mode.

Partner B's every page, API answer, export and notice is captured before and after A
answers the private questions, sees the support page, writes something that worries the
coach, turns safety mode on and sets a passcode. They must be identical (apart from
per-request tokens and clock times), and no email may leave.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.core import mail
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from ourway.couples.models import Notice

SKIPPED = {"admin", "api"}
HIDDEN_TOKEN = re.compile(r'(name="[^"]*token[^"]*" value=")[^"]*(")')
CSRF = re.compile(r'(csrfmiddlewaretoken" value=")[^"]*(")|("X-CSRFToken": ")[^"]*(")')
CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T[\d:.+\-Z]+|\b\d{1,2}:\d{2}(:\d{2})?\b")


def normalised(text: str) -> str:
    text = CSRF.sub("CSRF", text)
    text = HIDDEN_TOKEN.sub(r"\1TOKEN\2", text)
    return CLOCK.sub("TIME", text)


def plain_page_names(resolver: URLResolver | None = None, prefix: str = "") -> list[str]:
    names = []
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace in SKIPPED:
                continue
            names += plain_page_names(
                entry, f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            )
        elif isinstance(entry, URLPattern) and entry.name and not entry.pattern.converters:
            names.append(prefix + entry.name)
    return sorted(set(names))


def api_get_paths() -> list[str]:
    from ourway.api.main import api

    paths = api.get_openapi_schema()["paths"]
    return sorted(p for p, ops in paths.items() if "get" in ops and "{" not in p)


def snapshot(cast: Any) -> dict[str, Any]:
    """Everything partner B can see or has received."""
    pages = {}
    for name in plain_page_names():
        response = cast.client_b.get(reverse(name))
        body = b"" if getattr(response, "streaming", False) else response.content
        pages[name] = (response.status_code, normalised(body.decode("utf-8", "replace")))
    api = {}
    for path in api_get_paths():
        response = cast.api("b", "get", path)
        api[path] = (response.status_code, normalised(response.content.decode()))
    export = json.loads(cast.client_b.get(reverse("accounts:export")).content)
    export.pop("exported", None)
    return {
        "pages": pages,
        "api": api,
        "export": normalised(json.dumps(export, sort_keys=True)),
        "notices": list(Notice.objects.filter(recipient=cast.b).values_list("kind", "text", "url")),
        "mail": len(mail.outbox),
    }


def a_goes_through_everything(cast: Any) -> None:
    client = cast.client_a
    form = client.get(reverse("care:screen")).context["form"]
    answers = dict.fromkeys(("afraid", "hurt", "threatened", "money", "watched"), "often")
    client.post(reverse("care:screen"), {"form_token": form.initial["form_token"], **answers})
    client.get(reverse("care:safety"))
    client.get(reverse("care:resources"))
    client.post(reverse("journal:journal"), {"text": "I am scared he will hurt me again."})
    client.post(reverse("care:mode"), {"on": "1"})
    client.get(reverse("care:reinforcements"))
    client.post(reverse("care:passcode"), {"passcode": "2468", "again": "2468"})
    cast.api("a", "put", "/api/v1/care/safety-mode", {"on": True})
    cast.api("a", "post", "/api/v1/care/screen", {"answers": {"afraid": "often"}})


def test_partner_sees_and_receives_nothing_of_screening_or_safety_mode(cast: Any) -> None:
    snapshot(cast)  # the first visit may mark notices read: compare settled pages
    before = snapshot(cast)
    assert len(before["pages"]) > 10, "the snapshot must cover the site"
    assert before["api"]

    a_goes_through_everything(cast)
    cast.a.refresh_from_db()
    assert cast.a.safety_mode_since is not None  # A really is in safety mode now

    after = snapshot(cast)
    for name, seen in before["pages"].items():
        assert after["pages"][name] == seen, f"B's page {name} changed"
    assert after["api"] == before["api"]
    assert after["export"] == before["export"]
    assert after["notices"] == before["notices"]
    assert after["mail"] == before["mail"] == 0


def test_partner_export_holds_nothing_of_the_other_persons_care_data(cast: Any) -> None:
    a_goes_through_everything(cast)
    mine = json.loads(cast.client_a.get(reverse("accounts:export")).content)["care"]
    theirs = json.loads(cast.client_b.get(reverse("accounts:export")).content)["care"]
    assert mine["safety_mode_since"] is not None
    assert mine["safety_screens"]
    assert mine["safety_screens"][0]["positive"] is True
    assert theirs == {"safety_mode_since": None, "safety_screens": [], "handoff_choices": []}


def test_partner_api_never_shows_the_other_persons_safety(cast: Any) -> None:
    a_goes_through_everything(cast)
    assert cast.api("b", "get", "/api/v1/care/safety").json() == {
        "safety_mode": False,
        "latest_screen": None,
    }
    assert cast.api("a", "get", "/api/v1/care/safety").json()["safety_mode"] is True


def test_crisis_lines_show_on_every_page_for_the_person_in_safety_mode_only(cast: Any) -> None:
    cast.client_a.post(reverse("care:mode"), {"on": "1"})
    for name in ("home", "journal:journal", "care:reinforcements", "accounts:settings"):
        mine = cast.client_a.get(reverse(name)).content.decode()
        theirs = cast.client_b.get(reverse(name)).content.decode()
        assert "1-800-799-7233" in mine, name
        assert "1-800-799-7233" not in theirs, name
        assert "crisis-banner" not in theirs, name
