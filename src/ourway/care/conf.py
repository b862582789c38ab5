"""The care app's settings, read from Django settings first and the environment second.

A self-hoster sets these as environment variables (documented in `.env.example`); tests
override them with Django's `settings` fixture.

    CRISIS_COUNTRY          which country's crisis lines to show (default US)
    QUICK_EXIT_URL          where "Exit this page" goes (default a weather site)
    IDLE_LOGOUT_MINUTES     sign out (or lock, with a passcode) after this quiet time (30)
    PASSCODE_TRIES          wrong passcodes before a full sign-out (5)
    THERAPIST_DIRECTORIES   "Name|https://url|note; ..." replaces the couples directories
    INDIVIDUAL_DIRECTORIES  the same, for the individual support shown in safety mode
"""

from __future__ import annotations

import os
from typing import Any

from django.conf import settings

from ourway.content.care import (
    COUPLES_DIRECTORIES,
    INDIVIDUAL_DIRECTORIES,
    Directory,
    parse_directories,
)

DEFAULT_QUICK_EXIT_URL = "https://weather.com/"


def _value(name: str, default: Any) -> Any:
    found = getattr(settings, name, None)
    if found is not None:
        return found
    return os.environ.get(name) or default


def crisis_country() -> str:
    return str(_value("CRISIS_COUNTRY", "US")).strip().upper()


def quick_exit_url() -> str:
    url = str(_value("QUICK_EXIT_URL", DEFAULT_QUICK_EXIT_URL)).strip()
    # Only a plain https address: this value ends up in a link and in a script's target.
    return url if url.startswith("https://") else DEFAULT_QUICK_EXIT_URL


def _positive_int(name: str, default: int) -> int:
    try:
        value = int(_value(name, default))
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def idle_minutes() -> int:
    return _positive_int("IDLE_LOGOUT_MINUTES", 30)


def passcode_tries() -> int:
    return _positive_int("PASSCODE_TRIES", 5)


def _directories(name: str, default: tuple[Directory, ...]) -> tuple[Directory, ...]:
    raw = _value(name, "")
    if isinstance(raw, (list, tuple)):
        return tuple(Directory(*item) if not isinstance(item, Directory) else item for item in raw)
    return parse_directories(str(raw)) or default


def couples_directories() -> tuple[Directory, ...]:
    return _directories("THERAPIST_DIRECTORIES", COUPLES_DIRECTORIES)


def individual_directories() -> tuple[Directory, ...]:
    return _directories("INDIVIDUAL_DIRECTORIES", INDIVIDUAL_DIRECTORIES)
