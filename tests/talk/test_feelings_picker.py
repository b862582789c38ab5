"""The I-feel builder's feelings list: grouped by family, every word once, no JavaScript needed."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from django.urls import reverse

from ourway.coach import feelings
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
    assert list(groups) == [name.capitalize() for name in feelings.families()] + [FAUX_GROUP]
    for name, words in feelings.families().items():
        assert groups[name.capitalize()] == list(words)
    assert groups[FAUX_GROUP] == list(feelings.faux_words())
    offered = [word for words in groups.values() for word in words]
    assert len(offered) == len(set(offered))
    assert set(offered) == set(feelings.real_words()) | set(feelings.faux_words())


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
