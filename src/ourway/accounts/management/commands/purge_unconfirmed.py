"""`ourway manage purge_unconfirmed`: delete sign-ups never confirmed before their links expired.

Sign-up already does this as it goes; run it from a daily timer on a quiet server.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from ourway.accounts.models import User


class Command(BaseCommand):
    help = "Delete accounts whose email was never confirmed and whose links have expired."

    def handle(self, *args: Any, **options: Any) -> None:
        deleted = User.objects.purge_unconfirmed()
        noun = "account" if deleted == 1 else "accounts"
        self.stdout.write(f"Deleted {deleted} unconfirmed {noun} whose links had expired.")
