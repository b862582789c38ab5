"""The main navigation: every feature within reach, Safety one tap from every signed-in page."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone


class NavLinks(HTMLParser):
    """The links in the main nav: `top` are on the bar itself, `more` inside "More"."""

    def __init__(self) -> None:
        super().__init__()
        self.top: dict[str, str] = {}
        self.more: dict[str, str] = {}
        self.depth = 0  # >0 inside <nav class="main-nav">
        self.in_more = False
        self.href: str | None = None
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "nav" and "main-nav" in (found.get("class") or ""):
            self.depth += 1
        elif self.depth and tag == "details":
            self.in_more = True
        elif self.depth and tag == "a":
            self.href, self.text = found.get("href") or "", ""

    def handle_data(self, data: str) -> None:
        if self.href is not None:
            self.text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.depth:
            self.depth -= 1
        elif tag == "details":
            self.in_more = False
        elif tag == "a" and self.href is not None:
            (self.more if self.in_more else self.top)[" ".join(self.text.split())] = self.href
            self.href = None


def nav_of(client: Any, path: str = "/") -> NavLinks:
    response = client.get(path)
    assert response.status_code == 200, path
    links = NavLinks()
    links.feed(response.content.decode())
    return links


def test_the_nav_reaches_every_feature_and_every_link_works(cast: Any) -> None:
    nav = nav_of(cast.client_a)
    assert nav.top == {
        "How are we?": reverse("checkins:checkins"),
        "Talk": reverse("talk:home"),
        "Journal": reverse("journal:journal"),
        "Safety": reverse("care:safety"),
        "Notices": reverse("couples:notices"),
    }
    assert nav.more == {
        "Invitations": reverse("invitations:invitations"),
        "Bids for connection": reverse("connect:bids"),
        "Apology workshop": reverse("amends:workshop"),
        "Our user manual": reverse("manual:manual"),
        "Settings": reverse("accounts:settings"),
    }
    for href in [*nav.top.values(), *nav.more.values()]:
        assert cast.client_a.get(href).status_code == 200, href


SIGNED_IN_PAGES = (
    "home",
    "checkins:checkins",
    "talk:home",
    "journal:journal",
    "couples:notices",
    "invitations:invitations",
    "invitations:moment",
    "connect:bids",
    "amends:workshop",
    "amends:commitments",
    "manual:manual",
    "care:safety",
    "care:reinforcements",
    "care:passcode",
    "accounts:settings",
    "accounts:password_change",
    "accounts:delete",
)


@pytest.mark.parametrize("name", SIGNED_IN_PAGES)
def test_safety_is_one_tap_away_on_every_signed_in_page(cast: Any, name: str) -> None:
    nav = nav_of(cast.client_b, reverse(name))
    # On the bar itself, not folded under "More".
    assert nav.top["Safety"] == reverse("care:safety")


def test_the_nav_never_names_abuse(cast: Any) -> None:
    body = cast.client_a.get("/").content.decode()
    nav = body.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert "abuse" not in nav.lower()
    assert "danger" not in nav.lower()


def test_the_current_page_is_marked_even_under_more(cast: Any) -> None:
    body = cast.client_a.get(reverse("connect:bids")).content.decode()
    assert f'<a href="{reverse("connect:bids")}" aria-current="page">' in body
    assert '<summary class="here">' in body
    assert (
        '<summary class="here">' in cast.client_a.get(reverse("accounts:settings")).content.decode()
    )
    assert '<summary class="here">' not in cast.client_a.get("/").content.decode()


def test_in_safety_mode_the_nav_keeps_safety_and_drops_what_is_done_together(
    cast: Any,
) -> None:
    cast.b.safety_mode_since = timezone.now()
    cast.b.save()
    nav = nav_of(cast.client_b)
    names = set(nav.top) | set(nav.more)
    assert not names & {"Talk", "Invitations", "Our user manual"}
    assert {"Safety", "Bids for connection", "Apology workshop", "Journal"} <= names
    # The partner's nav is exactly as before.
    assert nav_of(cast.client_a).top.keys() >= {"Talk", "Safety"}


def test_signed_out_the_nav_offers_only_log_in_and_sign_up(db: Any) -> None:
    from django.test import Client

    nav = nav_of(Client(), reverse("accounts:login"))
    assert set(nav.top) == {"Log in", "Sign up"}
    assert nav.more == {}
