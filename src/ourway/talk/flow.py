"""The state machine of a repair conversation: who may do what, at which step.

These functions are `RepairSession` methods (models.py binds them), kept in their own module
so each file stays short. Every change:

* waits for and holds the session's row (`select_for_update`), so both partners pressing at
  once are applied one after the other, never interleaved;
* checks the `version` the person's page showed: an action made on a page that is out of
  date is refused kindly (unless it is a repeat of what was just done, which is a no-op);
* bumps `version`, which is what the pages poll for.

>>> session.share(ana, version=1, statement="When the plans changed, I felt lonely.")
>>> session.step
'reflecting'
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from ourway.coach import analyze, build_i_feel, feelings
from ourway.couples.access import couple_of
from ourway.talk.choices import (
    MAX_PART_CHARS,
    MAX_TURN_CHARS,
    Need,
    Outcome,
    Status,
    Step,
)

if TYPE_CHECKING:
    from ourway.talk.models import Reflection, RepairSession, Turn


class TalkError(Exception):
    """An action that cannot happen now, with a message for the person who tried it.

    `code` lets the API pick a status: "invalid" (422), "gone" (404), anything else (409).
    """

    def __init__(self, message: str, *, code: str = "invalid", field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field


def checked_text(raw: str | None, *, limit: int, empty: str, field: str) -> str:
    """Cleaned text, or a kind error when it is empty or longer than `limit`."""
    from ourway.text import clean_text

    text = clean_text(raw or "")
    # Zero-width and control characters alone are as empty as nothing at all.
    if not any(unicodedata.category(char)[0] not in "CZ" for char in text):
        raise TalkError(empty, field=field)
    if len(text) > limit:
        raise TalkError(
            _(
                "This is %(count)s characters long; the most is %(max)s. Shorten it a little: "
                "your words are still here."
            )
            % {"count": f"{len(text):,}", "max": f"{limit:,}"},
            field=field,
        )
    return text


def _optional_part(raw: str | None, field: str) -> str:
    from ourway.text import clean_text

    text = clean_text(raw or "")
    if len(text) > MAX_PART_CHARS:
        raise TalkError(
            _("This part is long; the most is %(max)s characters. Keep it to one moment.")
            % {"max": MAX_PART_CHARS},
            field=field,
        )
    return text


def lock(session: RepairSession) -> None:
    """Hold the session's row until the transaction ends, and read its current state."""
    try:
        fresh = type(session).objects.select_for_update().get(pk=session.pk)
    except ObjectDoesNotExist as error:
        raise TalkError(
            _("This conversation is no longer here. It may have ended with the couple space."),
            code="gone",
        ) from error
    for field in session._meta.concrete_fields:
        setattr(session, field.attname, getattr(fresh, field.attname))
    getattr(session, "_prefetched_objects_cache", {}).clear()


def bump(session: RepairSession, *fields: str) -> None:
    session.version += 1
    session.updated = timezone.now()
    session.save(update_fields=[*fields, "version", "updated"])


def _name(session: RepairSession, user_id: int) -> str:
    for membership in session.couple.memberships.select_related("user"):
        if membership.user_id == user_id:
            return str(membership.user.name)
    return _("your partner")


def listener_id(session: RepairSession) -> int:
    """The partner who is not speaking (the couple has exactly two members)."""
    ids = [m.user_id for m in session.couple.memberships.all()]
    others = [i for i in ids if i != session.speaker_id]
    if not others:
        raise TalkError(
            _("Your partner is no longer in this couple space, so the conversation has ended."),
            code="gone",
        )
    return others[0]


def require_member(session: RepairSession, by: Any) -> None:
    """`by` is in the couple the session belongs to (they may have left it since)."""
    couple = couple_of(by)
    if couple is None or couple.pk != session.couple_id:
        raise TalkError(_("This conversation is no longer here."), code="gone")


def require_open(session: RepairSession, by: Any) -> None:
    require_member(session, by)
    if session.status == Status.ENDED:
        raise TalkError(_("This conversation has ended. You can start a new one."), code="ended")
    if session.status == Status.PAUSED:
        pause = session.current_pause()
        until = time_format(timezone.localtime(pause.ends_at), "H:i") if pause else ""
        raise TalkError(
            _("You are on a break until %(time)s. The conversation waits for you both.")
            % {"time": until},
            code="paused",
        )


def require_step(session: RepairSession, version: int, *steps: str, done: bool = False) -> bool:
    """True when the action may go ahead; False when it repeats what was just done.

    `done` says whether the person's action is already reflected in the current state (a
    double tap): then nothing happens and nothing is reported.
    """
    if version != session.version:
        if done:
            return False
        raise TalkError(
            _(
                "While you were on this page, the conversation moved on. Here is where it is "
                "now; your words are kept below."
            ),
            code="stale",
        )
    if session.step not in steps:
        raise TalkError(
            _("That step is already behind you. Here is where you are now."), code="step"
        )
    return True


def _require_person(session: RepairSession, by: Any, wanted_id: int, message: str) -> None:
    # On one shared device the phone passes between the two, so whoever holds it acts for
    # the person whose turn it is; on two devices only that person may act.
    if not session.is_shared_device and by.pk != wanted_id:
        raise TalkError(message, code="turn")


def _current_turn(session: RepairSession) -> Turn:
    turn = session.turns.order_by("-number").first()
    if turn is None:
        raise TalkError(_("Nobody has spoken yet."), code="step")
    return turn


def join(session: RepairSession, by: Any) -> None:
    """The partner arrives; the first speaker may begin. Joining twice changes nothing."""
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        if session.step != Step.WAITING or by.pk == session.started_by_id:
            return
        session.step = Step.SPEAKING
        session.joined_at = timezone.now()
        bump(session, "step", "joined_at")


def share(
    session: RepairSession,
    by: Any,
    *,
    version: int,
    statement: str = "",
    situation: str = "",
    emotion: str = "",
    meaning: str = "",
    said_aloud: bool = False,
) -> Turn:
    """The speaker's I-feel statement: their own words, or built from the three parts."""
    situation = _optional_part(situation, "situation")
    meaning = _optional_part(meaning, "meaning")
    emotion = " ".join(emotion.lower().split())
    if emotion and feelings.lookup(emotion) is None:
        raise TalkError(_("Pick a feeling from the list."), field="emotion")
    if not (statement or "").strip() and (situation or emotion or meaning):
        if not (situation and emotion and meaning):
            raise TalkError(
                _("Fill in all three parts, or write in your own words below."), field="statement"
            )
        statement = build_i_feel(situation, emotion, meaning).statement
    text = checked_text(
        statement,
        limit=MAX_TURN_CHARS,
        empty=_("Write what you want your partner to hear, or a note of what you said aloud."),
        field="statement",
    )
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        last = session.turns.order_by("-number").first()
        repeat = last is not None and last.statement == text and session.step != Step.SPEAKING
        if not require_step(session, version, Step.SPEAKING, done=repeat):
            assert last is not None
            return last
        _require_person(
            session,
            by,
            session.speaker_id,
            _("It is %(name)s's turn to speak. Yours will come once they feel understood.")
            % {"name": _name(session, session.speaker_id)},
        )
        turn = session.turns.create(
            couple_id=session.couple_id,
            number=(last.number + 1) if last else 1,
            speaker_id=session.speaker_id,
            listener_id=listener_id(session),
            situation=situation,
            emotion=emotion,
            meaning=meaning,
            statement=text,
            said_aloud=said_aloud,
        )
        session.step = Step.REFLECTING
        bump(session, "step")
        return turn


def reflect(session: RepairSession, by: Any, *, version: int, text: str) -> Reflection:
    """The listener says back what they heard."""
    words = checked_text(
        text,
        limit=MAX_TURN_CHARS,
        empty=_("Write what you heard, in your own words."),
        field="reflection",
    )
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        turn = _current_turn(session) if session.turns.exists() else None
        last = turn.reflections.order_by("-attempt").first() if turn else None
        repeat = last is not None and last.text == words
        if not require_step(session, version, Step.REFLECTING, done=repeat):
            assert last is not None
            return last
        assert turn is not None
        _require_person(
            session,
            by,
            turn.listener_id,
            _("Now %(name)s says back what they heard. Then you can tell them if they got it.")
            % {"name": _name(session, turn.listener_id)},
        )
        reflection = turn.reflections.create(
            couple_id=session.couple_id,
            attempt=(last.attempt + 1) if last else 1,
            author_id=turn.listener_id,
            text=words,
        )
        session.step = Step.CONFIRMING
        bump(session, "step")
        return reflection


def _waiting_reflection(session: RepairSession, by: Any) -> tuple[Turn, Reflection]:
    turn = _current_turn(session)
    reflection = turn.reflections.order_by("-attempt").first()
    if reflection is None:
        raise TalkError(_("There is no reflection to answer yet."), code="step")
    _require_person(
        session,
        by,
        turn.speaker_id,
        _("Only %(name)s can say whether this reflection got it.")
        % {"name": _name(session, turn.speaker_id)},
    )
    return turn, reflection


def confirm(session: RepairSession, by: Any, *, version: int) -> Turn:
    """ "Yes, that's it": the turn is complete and the deep why comes next."""
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        turn = _current_turn(session)
        if not require_step(session, version, Step.CONFIRMING, done=turn.confirmed_at is not None):
            return turn
        turn, reflection = _waiting_reflection(session, by)
        now = timezone.now()
        reflection.outcome = Outcome.CONFIRMED
        reflection.answered_at = now
        reflection.save(update_fields=["outcome", "answered_at"])
        guesses = analyze(turn.statement).to_dict()["needs"]
        turn.confirmed_at = now
        turn.need_suggested = guesses[0] if guesses else ""
        turn.save(update_fields=["confirmed_at", "need_suggested"])
        session.step = Step.NEED
        bump(session, "step")
        return turn


def correct(session: RepairSession, by: Any, *, version: int, text: str) -> Reflection:
    """ "Not quite": the speaker says what was missed and the listener tries again."""
    words = checked_text(
        text,
        limit=MAX_TURN_CHARS,
        empty=_("Say what was missed, so your partner can try again."),
        field="correction",
    )
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        turn = _current_turn(session)
        last = turn.reflections.order_by("-attempt").first()
        repeat = last is not None and last.correction == words
        if not require_step(session, version, Step.CONFIRMING, done=repeat):
            assert last is not None
            return last
        turn, reflection = _waiting_reflection(session, by)
        reflection.outcome = Outcome.CORRECTED
        reflection.correction = words
        reflection.answered_at = timezone.now()
        reflection.save(update_fields=["outcome", "correction", "answered_at"])
        session.step = Step.REFLECTING
        bump(session, "step")
        return reflection


def choose_need(session: RepairSession, by: Any, *, version: int, need: str) -> Turn:
    """The speaker names the need underneath (or leaves it open); then roles switch."""
    if need and need not in Need.values:
        raise TalkError(_("Pick one of the needs, or “not sure”."), field="need")
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        turn = _current_turn(session)
        if not require_step(session, version, Step.NEED, done=turn.need_chosen_at is not None):
            return turn
        _require_person(
            session,
            by,
            turn.speaker_id,
            _("This question is for %(name)s.") % {"name": _name(session, turn.speaker_id)},
        )
        turn.need = need
        turn.need_chosen_at = timezone.now()
        turn.save(update_fields=["need", "need_chosen_at"])
        # Roles switch only here, after a confirmed reflection: the listener now speaks.
        session.speaker_id = turn.listener_id
        session.step = Step.SPEAKING
        bump(session, "speaker", "step")
        return turn


def start_closing(session: RepairSession, by: Any, *, version: int) -> None:
    """Move to the end: what each understood, and what each will do next time."""
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        if not require_step(session, version, Step.SPEAKING, done=session.step == Step.CLOSING):
            return
        session.step = Step.CLOSING
        bump(session, "step")


def keep_talking(session: RepairSession, by: Any, *, version: int) -> None:
    with transaction.atomic():
        lock(session)
        require_open(session, by)
        if not require_step(session, version, Step.CLOSING, done=session.step == Step.SPEAKING):
            return
        session.step = Step.SPEAKING
        bump(session, "step")
