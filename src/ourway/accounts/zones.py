"""Time zone names a person may live in (plain Python, no Django).

A zone name comes from the person's browser (a cookie anyone can edit) or from Settings,
so it is trusted only when it is one of the zones this machine knows:

    >>> zone_named("America/New_York")
    zoneinfo.ZoneInfo(key='America/New_York')
    >>> zone_named("../../etc/passwd") is None
    True
"""

from __future__ import annotations

import functools
import zoneinfo

# Longer than any real zone name; anything longer is not even looked up.
MAX_NAME = 64
# Old and technical aliases a person would not pick from a list (they still work when a
# browser sends them, and a saved one stays selectable).
_LEGACY_PREFIXES = ("Etc/", "SystemV/", "US/", "Brazil/", "Canada/", "Chile/", "Mexico/")


@functools.cache
def known_zones() -> frozenset[str]:
    """Every zone name the system's time zone database has (scanned once)."""
    return frozenset(zoneinfo.available_timezones())


def zone_named(name: str | None) -> zoneinfo.ZoneInfo | None:
    """The zone called `name`, or None when the name is empty, odd or unknown."""
    if not name or len(name) > MAX_NAME or name not in known_zones():
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def zone_label(name: str) -> str:
    """The place, as people write it: "America/Argentina/Buenos_Aires" -> "Argentina / Buenos
    Aires" (the area is the group it is listed under)."""
    return name.split("/", 1)[-1].replace("/", " / ").replace("_", " ")


def grouped_zones(keep: str = "") -> list[tuple[str, list[tuple[str, str]]]]:
    """Zones for a select box, grouped by area: [("America", [("America/New_York", ...)])].

    Legacy aliases are left out, except `keep` (a person's saved zone), so a choice made
    earlier is never silently lost.
    """
    groups: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(known_zones()):
        everyday = "/" in name and not name.startswith(_LEGACY_PREFIXES)
        if everyday or name in (keep, "UTC"):
            area = name.split("/", 1)[0] if "/" in name else "UTC"
            groups.setdefault(area, []).append((name, zone_label(name)))
    return sorted(groups.items())
