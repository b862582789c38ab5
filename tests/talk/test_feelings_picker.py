"""The I-feel builder's feelings list: kind words grouped by family (names translated), every
word once, no JavaScript needed."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation

from ourway.coach import feelings
from ourway.talk.choices import FEELING_FAMILIES
from ourway.talk.models import RepairSession

FAUX_GROUP = "Words about what the other did (the coach will suggest a feeling)"


class Picker(HTMLParser):
    """The options of <select id="id_emotion">, by <optgroup> label ("" for none)."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.group = ""
        self.groups: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "select" and found.get("id") == "id_emotion":
            self.inside = True
        elif self.inside and tag == "optgroup":
            self.group = found.get("label") or ""
        elif self.inside and tag == "option":
            self.groups.setdefault(self.group, []).append(found.get("value") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "optgroup":
            self.group = ""
        elif tag == "select":
            self.inside = False


def picker_on(page: str) -> dict[str, list[str]]:
    picker = Picker()
    picker.feed(page)
    return picker.groups


def test_the_feelings_are_grouped_by_family_with_every_word_once(
    talk: RepairSession, cast: Any
) -> None:
    page = cast.client_a.get(reverse("talk:session", args=[talk.pk])).content.decode()
    groups = picker_on(page)
    assert groups.pop("") == [""]  # "Choose a feeling…", outside every group
    names = [str(FEELING_FAMILIES[family]) for family in feelings.offered()]
    assert list(groups) == [*names, FAUX_GROUP]
    for family, words in feelings.offered().items():
        assert groups[str(FEELING_FAMILIES[family])] == list(words)
    assert groups[FAUX_GROUP] == list(feelings.faux_words())
    offered = [word for words in groups.values() for word in words]
    assert len(offered) == len(set(offered))


def test_the_picker_offers_kind_words_and_leaves_coarse_ones_to_the_coach(
    talk: RepairSession, cast: Any
) -> None:
    page = cast.client_a.get(reverse("talk:session", args=[talk.pk])).content.decode()
    offered = {word for words in picker_on(page).values() for word in words}
    assert {"hurt", "lonely", "frustrated", "overwhelmed"} <= offered
    for coarse in ("crap", "rubbish", "pissed off", "knackered"):
        assert coarse not in offered, coarse
        assert feelings.lookup(coarse).kind == "real"  # the coach still knows it
    # Someone who writes one of them (a phone client, an older page) is still understood.
    talk.share(
        cast.a,
        version=talk.version,
        situation="the plans changed on Friday",
        emotion="pissed off",
        meaning="my weekend does not count",
    )
    assert talk.turns.get().statement.startswith("When the plans changed on Friday, I feel")


def test_every_family_has_a_name_that_can_be_translated(
    talk: RepairSession, cast: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert set(FEELING_FAMILIES) == set(feelings.families())
    # The names are looked up when the page is drawn, in the person's language.
    words = {"Sad": "Traurig", "Angry": "Wütend"}
    monkeypatch.setattr(translation._trans, "gettext", lambda text: words.get(text, text))
    page = cast.client_a.get(reverse("talk:session", args=[talk.pk])).content.decode()
    groups = picker_on(page)
    assert groups["Traurig"] == list(feelings.offered()["sad"])
    assert groups["Wütend"] == list(feelings.offered()["angry"])
    assert "Sad" not in groups


def test_a_feeling_picked_from_its_group_is_shared_without_javascript(
    talk: RepairSession, cast: Any
) -> None:
    # A plain form post, as a browser without JavaScript sends it.
    cast.client_a.post(
        reverse("talk:share", args=[talk.pk]),
        {
            "version": talk.version,
            "situation": "the plans changed on Friday",
            "emotion": "disconnected",
            "meaning": "I am on my own with it",
        },
    )
    page = cast.client_b.get(reverse("talk:session", args=[talk.pk])).content.decode()
    assert "I feel disconnected" in page
