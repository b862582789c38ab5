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
import re
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

from ourway.content.care import (
    COUPLES_DIRECTORIES,
    INDIVIDUAL_DIRECTORIES,
    Directory,
    parse_directories,
)

DEFAULT_QUICK_EXIT_URL = "https://weather.com/"
_PLAIN_HOST = re.compile(r"[A-Za-z0-9.-]+(:[0-9]{1,5})?")
_BREAKS_OUT = re.compile(r"[\s\"'<>;,\\]")


def _value(name: str, default: Any) -> Any:
    found = getattr(settings, name, None)
    if found is not None:
        return found
    return os.environ.get(name) or default


def crisis_country() -> str:
    return str(_value("CRISIS_COUNTRY", "US")).strip().upper()


def quick_exit_url() -> str:
    """The neutral site; anything but a plain https address falls back to the default.

    >>> urlsplit(quick_exit_url()).scheme
    'https'
    """
    url = str(_value("QUICK_EXIT_URL", DEFAULT_QUICK_EXIT_URL)).strip()
    # The value ends up in a redirect, a script's target and the Content-Security-Policy
    # header (`quick_exit_origin`), so its host must be a plain name and nothing may break
    # out of a header or an attribute.
    where = urlsplit(url)
    plain = where.scheme == "https" and _PLAIN_HOST.fullmatch(where.netloc) is not None
    return url if plain and not _BREAKS_OUT.search(url) else DEFAULT_QUICK_EXIT_URL


def quick_exit_origin() -> str:
    """Where the quick exit's form may be redirected to, for `form-action` in the CSP."""
    return "https://" + urlsplit(quick_exit_url()).netloc


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
