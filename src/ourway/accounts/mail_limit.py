"""At most a few emails to one address each hour, so nobody can flood an inbox through OurWay.

Sign-up (the confirmation link, or the note to an address that already has an account) and
password reset send an email to whatever address someone types. Each of the two may reach
one address PER_HOUR times in any hour. Past that, the page answers exactly as usual,
nothing is sent, and a log line says so.

Counted in the database, not in Django's cache: with no CACHES setting the cache lives in
each process's memory, and a server with several app processes would count once per process.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.utils import timezone
from django.utils.crypto import salted_hmac

from ourway.accounts.models import SentEmail

log = logging.getLogger(__name__)

PER_HOUR = 3
WINDOW = timedelta(hours=1)


def address_key(address: str) -> str:
    return salted_hmac(__name__, address.strip().lower(), algorithm="sha256").hexdigest()


def may_send(kind: str, address: str) -> bool:
    """Whether one more `kind` email (SentEmail.SIGN_UP or .RESET) may go to `address` now.
    If so, it is counted.

    The new email's row is saved first, then the rows are counted. Two requests at the same
    moment may then both be refused, but never both let through past the limit.
    """
    now, key = timezone.now(), address_key(address)
    SentEmail.objects.filter(sent_at__lt=now - WINDOW).delete()
    mine = SentEmail.objects.create(kind=kind, address_key=key, sent_at=now)
    recent = SentEmail.objects.filter(kind=kind, address_key=key, sent_at__gte=now - WINDOW)
    if recent.count() <= PER_HOUR:
        return True
    mine.delete()
    log.warning("Not sending a %s email: that address had %d in the last hour.", kind, PER_HOUR)
    return False
