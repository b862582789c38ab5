"""A person's full export: every app adds its part through an `exports.py` module.

Each `ourway.<app>.exports` module defines `export_for(user) -> dict`, which must return
only what this person owns or was told — never a partner's private items.
"""

from __future__ import annotations

import importlib
from typing import Any

from django.apps import apps
from django.utils import timezone

from ourway.accounts.models import User


def export_for(user: User) -> dict[str, Any]:
    return {
        "profile": {
            "name": user.name,
            "email": user.email,
            "joined": user.date_joined.isoformat(),
            "email_notices": user.email_notices,
            "time_zone": user.time_zone,
        }
    }


def export_person(user: User) -> dict[str, Any]:
    data: dict[str, Any] = {"exported": timezone.now().isoformat(), "format": "ourway-export/1"}
    for config in apps.get_app_configs():
        if not config.name.startswith("ourway."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.exports")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.exports":
                raise
            continue
        data.update(module.export_for(user))
    return data
