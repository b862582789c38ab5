"""The one door through which anything reaches a person about their partner.

Every in-app notice and every email about the couple goes through `tell()`. This is
where a person's safety mode is honoured: while a person is in safety mode, nothing that
nudges them towards their partner reaches them, and nothing about their safety mode is
ever sent to anyone. Emails never carry what was written: only that something is new.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db.models import Model
from django.utils.translation import gettext as _

from ourway.couples.access import partner_of
from ourway.couples.models import Notice

log = logging.getLogger(__name__)


def is_quiet(user: Any) -> bool:
    """True while a person is in safety mode: no partner nudges reach them."""
    return bool(user is not None and getattr(user, "safety_mode_since", None))


def tell(
    recipient: Any, *, kind: str, text: str, url: str = "", about: Model | None = None
) -> Notice | None:
    """Leave `recipient` an in-app notice (and a neutral email if they asked for emails).

    `about` is the record the notice leads to: the notice shows only while the recipient may
    read it, and `withdraw(about)` takes it back.
    Returns None when nothing was sent: no recipient, or the recipient is in safety mode.
    """
    if recipient is None or is_quiet(recipient):
        return None
    notice = Notice.objects.create(
        recipient=recipient, kind=kind, text=text[:300], url=url, subject=about
    )
    if recipient.email_notices:
        _send_neutral_email(recipient)
    return notice


def tell_partner(
    sender: Any, *, kind: str, text: str, url: str = "", about: Model | None = None
) -> Notice | None:
    return tell(partner_of(sender), kind=kind, text=text, url=url, about=about)


def withdraw(about: Model) -> None:
    """Take back every notice about `about`: it was made private again, or deleted.

    Call it before deleting the record (its primary key is needed).
    """
    Notice.objects.filter(
        subject_type=ContentType.objects.get_for_model(about), subject_id=about.pk
    ).delete()


def _send_neutral_email(recipient: Any) -> None:
    # The subject and body say nothing about what happened: a shared inbox or a phone's
    # lock screen must not reveal anything about the relationship.
    subject = _("Something new in OurWay")
    body = _(
        "Hello %(name)s,\n\nThere is something new for you in OurWay.\n"
        "Open the app to see it: %(url)s\n\n"
        "You can turn these emails off in your settings."
    ) % {"name": recipient.name, "url": settings.SITE_URL}
    try:
        send_mail(subject, body, None, [recipient.email])
    except OSError:
        # A mail server being down must not lose the in-app notice or break the page.
        log.warning("could not send a notice email", exc_info=True)


def joint_feature(view: Any) -> Any:
    """Wrap a view of a joint exercise: while a person is in safety mode it is paused for them.

    The person sees a calm page saying so; nothing is recorded or sent, and the partner's
    side does not change.
    """
    from functools import wraps

    from django.shortcuts import render

    @wraps(view)
    def wrapper(request: Any, *args: Any, **kwargs: Any) -> Any:
        if is_quiet(request.user):
            return render(request, "couples/paused.html", status=200)
        return view(request, *args, **kwargs)

    return wrapper
