"""What a submitted form leaves for the page it redirects to: typed words and an error.

After every POST the app redirects to a normal page, so Back and reload never ask to send a
form again. When the form could not be used, what the person typed travels to that page
here, in their session, encrypted like every stored text (the session is a database row),
read once and then gone.

>>> carry(request, "talk:3", {"kept": "What I understood about you is…"})
>>> take(request, "talk:3")
{'kept': 'What I understood about you is…'}
>>> take(request, "talk:3") is None
True
"""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import InvalidToken
from django.http import HttpRequest, QueryDict
from encrypted_fields.fields import EncryptedTextField

# Long enough to come back from the redirect on a slow phone; short enough that words left
# behind by a closed tab do not wait in the session.
MAX_AGE_SECONDS = 15 * 60
_PREFIX = "carried:"
# The same key as the encrypted database fields (derived from SECRET_KEY and the salt).
_SEALER = EncryptedTextField()


def seal(data: dict[str, Any]) -> str:
    """`data` (JSON-able) encrypted for keeping in the session."""
    return str(_SEALER.f.encrypt(json.dumps(data).encode("utf-8")).decode("ascii"))


def unseal(sealed: object, max_age: int | None = None) -> dict[str, Any] | None:
    """What `seal` kept; None when it is not ours, was sealed with a key since rotated
    away, or is older than `max_age` seconds."""
    if not isinstance(sealed, str):
        return None
    try:
        opened = _SEALER.f.decrypt(sealed.encode("ascii"), ttl=max_age)
        data = json.loads(opened)
    except (InvalidToken, ValueError):
        return None
    return data if isinstance(data, dict) else None


def carry(request: HttpRequest, key: str, data: dict[str, Any]) -> None:
    """Keep `data` (JSON-able) for the next page that calls `take(request, key)`."""
    request.session[_PREFIX + key] = seal(data)


def take(request: HttpRequest, key: str) -> dict[str, Any] | None:
    """What was carried under `key`, once; None when nothing was (or it is too old)."""
    return unseal(request.session.pop(_PREFIX + key, None), MAX_AGE_SECONDS)


def posted(request: HttpRequest) -> dict[str, list[str]]:
    """The submitted fields, without the CSRF token, ready to `carry`."""
    return {k: v for k, v in request.POST.lists() if k != "csrfmiddlewaretoken"}


def as_form_data(fields: dict[str, list[str]]) -> QueryDict:
    """Carried fields as a form's `data` again."""
    data = QueryDict(mutable=True)
    for name, values in fields.items():
        data.setlist(name, [str(v) for v in values])
    return data
