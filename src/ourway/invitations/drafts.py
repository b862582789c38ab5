"""What a person typed into an invitation form, kept between a POST and the page after it.

Every invitation form answers with a redirect (Post/Redirect/Get), so Back and reload never
send a form again. What the next page needs (the words, the time, which step of the
coach's second look) waits in the person's own session:

- the draft invitation, until it is sent: its words are sealed (`web.carry.seal`, the key
  of the encrypted fields), so typed words are encrypted at rest like everything else;
- an answer that needs another look (a past time, no note picked): only a time and a preset
  note's key, shown once next to the form it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from ourway.web.carry import seal, unseal

DRAFT = "invitations.draft"
ANSWER = "invitations.answer"
DRAFT_FIELDS = ("text", "proposed_for", "opener_key", "token")
ANSWER_FIELDS = ("action", "at", "note_key")
# Generous for any real value; a hand-made request cannot fill the session.
MAX_VALUE = 20_000


class Stage:
    """Where the draft is: being written, waiting for a second look, or rewritten kindly."""

    EDIT = "edit"
    REVIEW = "review"
    REVIEWED = "reviewed"


@dataclass(frozen=True)
class Draft:
    data: dict[str, str]
    stage: str
    problem: str = ""


def _picked(posted: Any, names: tuple[str, ...]) -> dict[str, str]:
    return {name: str(posted.get(name, ""))[:MAX_VALUE] for name in names}


def keep_draft(request: HttpRequest, posted: Any, stage: str, problem: str = "") -> None:
    """Keep the compose form's fields from `posted` (a QueryDict or a dict)."""
    payload = {"data": _picked(posted, DRAFT_FIELDS), "stage": stage, "problem": problem}
    request.session[DRAFT] = seal(payload)


def kept_draft(request: HttpRequest) -> Draft | None:
    sealed = request.session.get(DRAFT)
    if not sealed:
        return None
    payload = unseal(sealed)  # kept until sent: no age limit
    if payload is not None:
        try:
            return Draft(
                data=_picked(payload["data"], DRAFT_FIELDS),
                stage=str(payload["stage"]),
                problem=str(payload.get("problem", "")),
            )
        except (KeyError, TypeError, AttributeError):
            pass
    # Sealed with a key since rotated away, or not ours: start afresh.
    forget_draft(request)
    return None


def forget_draft(request: HttpRequest) -> None:
    request.session.pop(DRAFT, None)


def keep_answer(request: HttpRequest, invitation_id: int, posted: Any) -> None:
    request.session[ANSWER] = {"id": invitation_id, **_picked(posted, ANSWER_FIELDS)}


def take_answer(request: HttpRequest, invitation_id: int) -> dict[str, str] | None:
    """The answer kept for this invitation, once (a reload shows a clean form again)."""
    kept = request.session.get(ANSWER)
    if not isinstance(kept, dict) or kept.get("id") != invitation_id:
        return None
    del request.session[ANSWER]
    return _picked(kept, ANSWER_FIELDS)
