"""The end of a conversation and its breaks: closing words, agreements, pauses, deleting.

Like `ourway.talk.flow` (whose locking and checks these share), these functions are
`RepairSession` methods, bound in models.py.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.talk.choices import (
    MAX_COME_BACK_MINUTES,
    MAX_TURN_CHARS,
    MIN_PAUSE_MINUTES,
    Status,
    Step,
)
from ourway.talk.flow import TalkError, bump, checked_text, lock, require_member, require_open

if TYPE_CHECKING:
    from ourway.talk.models import Agreement, Pause, RepairSession, Understanding


def _author_id(session: RepairSession, by: Any, author_id: int | None) -> int:
    # On a shared device one account types for both; on two devices, each for themselves.
    if author_id is None or not session.is_shared_device:
        return int(by.pk)
    members = {m.user_id for m in session.couple.memberships.all()}
    if author_id not in members:
        raise TalkError(_("Choose which of you is writing."), field="author")
    return author_id


def understand(
    session: RepairSession, by: Any, *, text: str, author_id: int | None = None
) -> Understanding:
    """What one partner understood; writing it again replaces the earlier version."""
    words = checked_text(
        text,
        limit=MAX_TURN_CHARS,
        empty=_("Write a few words about what you understood."),
        field="understood",
    )
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        if session.step != Step.CLOSING:
            raise TalkError(_("This comes at the end, when you close together."), code="step")
        found, _created = session.understandings.update_or_create(
            author_id=_author_id(session, by, author_id),
            defaults={"text": words, "text_deleted": False, "couple_id": session.couple_id},
        )
        bump(session)
        return found


def agree(session: RepairSession, by: Any, *, text: str, author_id: int | None = None) -> Agreement:
    """ "Next time, I will…". The same words from the same person are kept once."""
    words = checked_text(
        text,
        limit=MAX_TURN_CHARS,
        empty=_("Write one thing you will do next time."),
        field="agreement",
    )
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        if session.step != Step.CLOSING:
            raise TalkError(_("Agreements come at the end, when you close together."), code="step")
        author = _author_id(session, by, author_id)
        for existing in session.agreements.filter(author_id=author):
            if existing.text == words:
                return existing
        agreement = session.agreements.create(
            couple_id=session.couple_id, author_id=author, text=words
        )
        bump(session)
        return agreement


def pause(session: RepairSession, by: Any, *, minutes: int, come_back_in: int) -> Pause:
    """A flooding break: never under twenty minutes, with a return inside a day.

    Either partner may call it at any step; calling it twice keeps the first break.
    """
    minutes = max(MIN_PAUSE_MINUTES, int(minutes))
    if minutes > MAX_COME_BACK_MINUTES:
        raise TalkError(_("A break can last up to a day."), field="minutes")
    if not minutes <= come_back_in <= MAX_COME_BACK_MINUTES:
        raise TalkError(
            _("Choose a time to come back after the break ends and within a day."),
            field="come_back_in",
        )
    with transaction.atomic():
        lock(session)
        current = session.current_pause() if session.status == Status.PAUSED else None
        if current is not None:
            return current
        require_open(session, by)
        now = timezone.now()
        created = session.pauses.create(
            couple_id=session.couple_id,
            called_by=by,
            ends_at=now + timedelta(minutes=minutes),
            come_back_at=now + timedelta(minutes=come_back_in),
        )
        session.status = Status.PAUSED
        bump(session, "status")
        return created


def _lock_break(session: RepairSession, by: Any) -> bool:
    """Hold the session's row (inside a transaction); True while its break is on. A break
    already over is no error, unless the conversation is closed to `by` (`require_open`)."""
    lock(session)
    if session.status != Status.PAUSED:
        require_open(session, by)
        return False
    require_member(session, by)
    return True


def resume(session: RepairSession, by: Any) -> None:
    """Back to the conversation once the break is over. Resuming twice changes nothing."""
    with transaction.atomic():
        if not _lock_break(session, by):
            return
        current = session.current_pause()
        if current is not None:
            left = current.ends_at - timezone.now()
            if left.total_seconds() > 0:
                raise TalkError(
                    _(
                        "The break has %(minutes)s more minutes. Bodies need the whole time to "
                        "settle; the conversation will be here."
                    )
                    % {"minutes": int(left.total_seconds() // 60) + 1},
                    code="paused",
                )
            current.resumed_at = timezone.now()
            current.resumed_by = by
            current.save(update_fields=["resumed_at", "resumed_by"])
        session.status = Status.OPEN
        bump(session, "status")


# What "I'm ready to come back now" did: noted (waiting for the other partner, or said
# again), ended the break (both ready, or its time had passed), or nothing (already over).
Readiness = Literal["noted", "back", "over"]


def ready_to_return(session: RepairSession, by: Any, *, author_id: int | None = None) -> Readiness:
    """ "I'm ready to come back now", said during a break. It ends early once both said it.

    One partner's readiness never ends the break alone: it is kept, and the other sees a
    quiet note. Saying it twice changes nothing. Said from a page left open after the break
    ended ("over") it changes nothing either; said after the break's time has passed, it
    goes back to the conversation, as "We are ready to go on" does.
    """
    with transaction.atomic():
        if not _lock_break(session, by):
            return "over"
        current = session.current_pause()
        who = _author_id(session, by, author_id)
        now = timezone.now()
        # During the break, a first "ready" is kept; the same person saying it again is a no-op.
        if current is not None and current.ends_at > now and current.ready_by_id in (None, who):
            if current.ready_by_id is None:
                current.ready_by_id, current.ready_at = who, now
                current.save(update_fields=["ready_by", "ready_at"])
                bump(session)  # the partner's page shows the quiet note
            return "noted"
        if current is not None:
            current.resumed_at, current.resumed_by_id = now, who
            current.save(update_fields=["resumed_at", "resumed_by"])
        session.status = Status.OPEN
        bump(session, "status")
        return "back"


# What "Not yet after all" did: took the person's readiness back, changed nothing (said
# twice, or there was nothing of theirs to take back), or came too late (the break is over).
TakenBack = Literal["taken_back", "unchanged", "over"]


def not_ready_after_all(
    session: RepairSession, by: Any, *, author_id: int | None = None
) -> TakenBack:
    """Take back "I'm ready to come back now" while the partner has not said it too.

    Only the person who said it can take it back, and the break goes on as before. Both
    actions hold the session's row, so against the partner's "ready" whichever lands first
    wins: taken back first, the partner's "ready" is kept as the first one; the partner's
    first, the break has already ended ("over") and nothing changes. Saying it twice
    changes nothing the second time, and never takes back the partner's readiness.
    """
    with transaction.atomic():
        if not _lock_break(session, by):
            return "over"
        current = session.current_pause()
        who = _author_id(session, by, author_id)
        if current is None or current.ready_by_id != who:
            return "unchanged"
        current.ready_by_id, current.ready_at = None, None
        current.save(update_fields=["ready_by", "ready_at"])
        bump(session)  # the partner's quiet note goes away
        return "taken_back"


def end(session: RepairSession, by: Any) -> None:
    """End the conversation, from any step. Ending twice changes nothing."""
    with transaction.atomic():
        lock(session)
        if session.status == Status.ENDED:
            return
        require_member(session, by)
        session.status = Status.ENDED
        session.ended_at = timezone.now()
        session.ended_by = by
        bump(session, "status", "ended_at", "ended_by")


def forget_my_words(session: RepairSession, by: Any, *, kind: str, item_id: int) -> None:
    """Delete one of the person's own contributions; the transcript keeps its shape."""
    with transaction.atomic():
        lock(session)
        if kind == "statement":
            turn = session.turns.filter(pk=item_id, speaker_id=by.pk).first()
            if turn is None:
                raise TalkError(_("Only the person who wrote this can delete it."), code="gone")
            turn.statement = turn.situation = turn.meaning = turn.emotion = ""
            turn.statement_deleted = True
            turn.save(
                update_fields=["statement", "situation", "meaning", "emotion", "statement_deleted"]
            )
        elif kind in ("reflection", "correction"):
            reflection = (
                session.couple_reflections().filter(pk=item_id).select_related("turn").first()
            )
            owner = None
            if reflection is not None:
                owner = reflection.author_id if kind == "reflection" else reflection.turn.speaker_id
            if reflection is None or owner != by.pk:
                raise TalkError(_("Only the person who wrote this can delete it."), code="gone")
            if kind == "reflection":
                reflection.text, reflection.text_deleted = "", True
                reflection.save(update_fields=["text", "text_deleted"])
            else:
                reflection.correction, reflection.correction_deleted = "", True
                reflection.save(update_fields=["correction", "correction_deleted"])
        elif kind == "understanding":
            if not session.understandings.filter(pk=item_id, author_id=by.pk).update(
                text="", text_deleted=True
            ):
                raise TalkError(_("Only the person who wrote this can delete it."), code="gone")
        elif kind == "agreement":
            if not session.agreements.filter(pk=item_id, author_id=by.pk).delete()[0]:
                raise TalkError(_("Only the person who wrote this can delete it."), code="gone")
        else:
            raise TalkError(_("There is nothing like that to delete."), code="gone")
        bump(session)
