"""The four parts of the reset and the features each app adds to them.

Apps declare what they add in their AppConfig (`reset_features`, `nav_items`), so the home
page and the navigation grow with the apps installed, with no central list to edit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.apps import apps
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Feature:
    part: int  # 1..4, or 0 for "alongside the reset" (journal, settings...)
    title: str | Promise
    url_name: str
    blurb: str | Promise
    order: int = 50
    # Done with the partner: hidden for a person in safety mode (see couples.outreach).
    joint: bool = False
    # Said instead of `blurb` in safety mode, when the blurb suggests something together.
    quiet_blurb: str | Promise | None = None


@dataclass(frozen=True)
class NavItem:
    title: str | Promise
    url_name: str
    order: int = 50
    joint: bool = False
    # Under "More" (a <details> menu), so the bar stays one or two short lines on a phone.
    more: bool = False


@dataclass(frozen=True)
class Part:
    number: int
    title: str | Promise
    summary: str | Promise
    # What the part is for one person on their own: shown in safety mode, where nothing
    # suggests doing something with the partner.
    quiet_summary: str | Promise


PARTS = (
    Part(
        1,
        _("Acknowledge"),
        _(
            "Stop pretending everything is fine. Say honestly how you are, and turn "
            "\u201cyou are the problem\u201d into \u201cwe have a problem\u201d."
        ),
        _("Notice honestly how you are, day by day, for yourself."),
    ),
    Part(
        2,
        _("Repair conversations"),
        _(
            "Talk at a good moment, one speaker at a time, and listen until your partner "
            "feels understood. Look for the need underneath."
        ),
        _("Talking things through, one speaker at a time."),
    ),
    Part(
        3,
        _("Rebuild the bridge"),
        _(
            "Connection is rebuilt in small daily moments: turning towards each other, "
            "twenty undistracted minutes, dates that are protected."
        ),
        _("The small moments of the day, and how they felt to you."),
    ),
    Part(
        4,
        _("Forge a new path"),
        _(
            "Apologise fully, write down how you work as a couple, and know when it is "
            "time to bring in a therapist."
        ),
        _("What you want from here on, and support for you along the way."),
    ),
)


def features(*, quiet: bool = False) -> list[Feature]:
    """Every app's reset features; when `quiet` (safety mode) without the joint ones, and
    with each `quiet_blurb` in place of its blurb."""
    found: list[Feature] = []
    for config in apps.get_app_configs():
        found.extend(getattr(config, "reset_features", ()))
    if quiet:
        found = [
            replace(f, blurb=f.quiet_blurb) if f.quiet_blurb else f for f in found if not f.joint
        ]
    return sorted(found, key=lambda f: (f.part, f.order))


def nav_items(*, quiet: bool = False) -> list[NavItem]:
    found: list[NavItem] = []
    for config in apps.get_app_configs():
        found.extend(getattr(config, "nav_items", ()))
    return sorted((n for n in found if not (quiet and n.joint)), key=lambda n: n.order)


def page_includes(kind: str) -> list[str]:
    """Templates apps ask to show on every page: `top_includes` or `footer_includes`."""
    found: list[str] = []
    for config in apps.get_app_configs():
        found.extend(getattr(config, kind, ()))
    return found
