"""The conversation's state machine, driven directly (the views and API are thin over it)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from ourway.couples.access import couple_of
from ourway.talk.flow import TalkError
from ourway.talk.models import Agreement, RepairSession
from tests.talk.conftest import full_turn

pytestmark = pytest.mark.django_db


def test_a_conversation_waits_for_the_partner_to_join(cast: Any) -> None:
    session, created = RepairSession.start(
        couple_of(cast.a), cast.a, topic="money", mode="two_devices", speaker=cast.a
    )
    assert created
    assert session.step == "waiting"
    with pytest.raises(TalkError):
        session.share(
            cast.a, version=session.version, statement="When I saw the bill, I felt scared."
        )
    session.join(cast.b)
    assert session.step == "speaking"


def test_starting_twice_opens_the_same_conversation(cast: Any) -> None:
    first, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="x", mode="two_devices", speaker=cast.a
    )
    second, created = RepairSession.start(
        couple_of(cast.b), cast.b, topic="y", mode="two_devices", speaker=cast.b
    )
    assert second.pk == first.pk
    assert not created


def test_roles_switch_only_after_a_confirmed_reflection(cast: Any, talk: Any) -> None:
    talk.share(cast.a, version=talk.version, statement="When you left early, I felt lonely.")
    talk.reflect(cast.b, version=talk.version, text="You think I don't care.")
    talk.correct(cast.a, version=talk.version, text="Not that you don't care: I felt alone.")
    assert talk.step == "reflecting"
    assert talk.speaker_id == cast.a.pk
    talk.reflect(cast.b, version=talk.version, text="You felt alone when I left. Did I get that?")
    talk.confirm(cast.a, version=talk.version)
    assert talk.step == "need"
    assert talk.speaker_id == cast.a.pk
    talk.choose_need(cast.a, version=talk.version, need="priority")
    assert talk.step == "speaking"
    assert talk.speaker_id == cast.b.pk
    turn = talk.turns.get()
    assert [r.outcome for r in turn.reflections.all()] == ["corrected", "confirmed"]
    assert turn.need == "priority"
    assert turn.confirmed_at is not None


def test_the_deep_why_suggests_the_coaches_guess(cast: Any, talk: Any) -> None:
    talk.share(
        cast.a,
        version=talk.version,
        statement="When you worked late again, I felt like I don't matter to you.",
    )
    talk.reflect(
        cast.b,
        version=talk.version,
        text="What I hear is you felt you don't matter to me. Is that right?",
    )
    turn = talk.confirm(cast.a, version=talk.version)
    assert turn.need_suggested in ("priority", "respect", "heard", "safety", "")


def test_the_listener_cannot_take_the_floor(cast: Any, talk: Any) -> None:
    with pytest.raises(TalkError) as error:
        talk.share(cast.b, version=talk.version, statement="When you shout, I feel scared.")
    assert error.value.code == "turn"
    assert "Ana" in error.value.message
    assert talk.turns.count() == 0


def test_only_the_speaker_answers_a_reflection(cast: Any, talk: Any) -> None:
    talk.share(cast.a, version=talk.version, statement="When the plans changed, I felt lonely.")
    talk.reflect(cast.b, version=talk.version, text="You felt lonely. Did I get that?")
    with pytest.raises(TalkError):
        talk.confirm(cast.b, version=talk.version)
    assert talk.turns.get().confirmed_at is None


def test_an_action_from_an_out_of_date_page_is_refused_kindly(cast: Any, talk: Any) -> None:
    old = talk.version
    talk.share(cast.a, version=old, statement="When the plans changed, I felt lonely.")
    with pytest.raises(TalkError) as error:
        talk.reflect(cast.b, version=old, text="You felt lonely.")
    assert error.value.code == "stale"


def test_a_double_submit_keeps_one_turn(cast: Any, talk: Any) -> None:
    old = talk.version
    first = talk.share(cast.a, version=old, statement="When the plans changed, I felt lonely.")
    again = talk.share(cast.a, version=old, statement="When the plans changed, I felt lonely.")
    assert first.pk == again.pk
    assert talk.turns.count() == 1


def test_both_pressing_at_once_applies_one_and_refuses_the_other(cast: Any, talk: Any) -> None:
    talk.share(cast.a, version=talk.version, statement="When the plans changed, I felt lonely.")
    talk.reflect(cast.b, version=talk.version, text="You felt lonely. Did I get that?")
    seen = talk.version
    other_copy = RepairSession.objects.get(pk=talk.pk)
    talk.confirm(cast.a, version=seen)
    with pytest.raises(TalkError):
        other_copy.correct(cast.a, version=seen, text="No.")
    assert RepairSession.objects.get(pk=talk.pk).step == "need"


def test_a_pause_lasts_at_least_twenty_minutes_and_names_a_return_time(
    cast: Any, talk: Any
) -> None:
    pause = talk.pause(cast.b, minutes=5, come_back_in=60)
    assert pause.ends_at - pause.created >= timedelta(minutes=19, seconds=59)
    assert talk.status == "paused"
    with pytest.raises(TalkError) as error:
        talk.resume(cast.a)
    assert "minutes" in error.value.message
    with pytest.raises(TalkError):
        talk.share(cast.a, version=talk.version, statement="When x, I feel sad.")
    pause.ends_at = timezone.now() - timedelta(seconds=1)
    pause.save(update_fields=["ends_at"])
    talk.resume(cast.a)
    assert talk.status == "open"


def test_a_return_time_beyond_a_day_is_refused(cast: Any, talk: Any) -> None:
    with pytest.raises(TalkError):
        talk.pause(cast.a, minutes=20, come_back_in=25 * 60)
    assert talk.status == "open"


def test_ending_with_an_agreement_is_what_the_care_app_counts(cast: Any, talk: Any) -> None:
    full_turn(talk, cast.a, cast.b)
    talk.start_closing(cast.b, version=talk.version)
    talk.understand(cast.a, text="Ben needs quiet after work.")
    talk.agree(cast.b, text="Next time, I will say when I need an hour.")
    talk.agree(cast.b, text="Next time, I will say when I need an hour.")
    talk.end(cast.a)
    assert talk.ended_with_agreement
    assert Agreement.objects.in_couple_of(cast.a).count() == 1
    assert not RepairSession.objects.ended_without_agreement().exists()


def test_ending_early_counts_as_without_agreement(cast: Any, talk: Any) -> None:
    talk.end(cast.b)
    assert not talk.ended_with_agreement
    assert list(RepairSession.objects.ended_without_agreement()) == [talk]


def test_deleting_my_words_keeps_the_shape_of_the_transcript(cast: Any, talk: Any) -> None:
    turn = full_turn(talk, cast.a, cast.b)
    reflection = turn.reflections.get()
    with pytest.raises(TalkError):
        talk.forget_my_words(cast.b, kind="statement", item_id=turn.pk)
    talk.forget_my_words(cast.a, kind="statement", item_id=turn.pk)
    talk.forget_my_words(cast.b, kind="reflection", item_id=reflection.pk)
    turn.refresh_from_db()
    reflection.refresh_from_db()
    assert turn.shown_statement == "deleted by its author"
    assert not turn.statement
    assert reflection.shown_text == "deleted by its author"
    assert turn.confirmed_at is not None


def test_on_one_device_either_account_types_for_whoever_holds_the_floor(cast: Any) -> None:
    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="t", mode="one_device", speaker=cast.b
    )
    assert session.step == "speaking"
    turn = session.share(
        cast.a, version=session.version, statement="When dinner went cold, I felt sad."
    )
    assert turn.speaker_id == cast.b.pk
    assert turn.listener_id == cast.a.pk


def test_the_builder_assembles_the_statement(cast: Any, talk: Any) -> None:
    turn = talk.share(
        cast.a,
        version=talk.version,
        situation="the plans changed",
        emotion="lonely",
        meaning="I am on my own",
    )
    assert (
        turn.statement
        == "When the plans changed, I feel lonely, because I interpret it as I am on my own."
    )


@pytest.mark.parametrize(
    ("words", "code"),
    [("", "invalid"), ("   \u200b ", "invalid"), ("x" * 2001, "invalid")],
)
def test_empty_or_huge_words_are_refused_kindly(
    cast: Any, talk: Any, words: str, code: str
) -> None:
    with pytest.raises(TalkError) as error:
        talk.share(cast.a, version=talk.version, statement=words)
    assert error.value.code == code
    assert error.value.message
    assert talk.turns.count() == 0


def test_odd_unicode_is_kept_intact(cast: Any, talk: Any) -> None:
    words = "When the café closed, I felt sad 😢 — עברית ok"
    turn = talk.share(cast.a, version=talk.version, statement=words)
    turn.refresh_from_db()
    assert turn.statement == words


def test_a_partner_leaving_ends_the_conversation_with_the_couple(cast: Any, talk: Any) -> None:
    from ourway.couples.pairing import leave_couple

    leave_couple(cast.b)
    assert not RepairSession.objects.filter(pk=talk.pk).exists()
    with pytest.raises(TalkError) as error:
        talk.share(cast.a, version=talk.version, statement="When you left, I felt sad.")
    assert error.value.code == "gone"


def test_reflection_hints_name_fixing_correcting_and_own_story() -> None:
    from ourway.talk.hints import reflection_hints

    plain = {"reflection": False, "horsemen": []}
    assert "fix" in reflection_hints(plain, "You should just ask me earlier.")[0]
    assert "facts" in reflection_hints(plain, "That's not what happened at all.")[0]
    assert "own story" in reflection_hints(plain, "When I was a kid we never had plans.")[0]
    mirrored = {"reflection": True, "horsemen": []}
    said_back = "What I hear is that when I work late, you feel lonely. Did I get that?"
    assert reflection_hints(mirrored, said_back) == []
