"""Saving answers: versions, conflicts between partners, double submits, agreements."""

import pytest

from ourway.manual.editing import (
    Conflict,
    ManualError,
    add_agreement,
    mark_reviewed,
    retire_agreement,
    save_answer,
)
from ourway.manual.models import JointAnswer, ManualAnswer, Revision


def test_each_save_makes_a_new_version_and_keeps_who_changed_what(cast):
    save_answer(cast.a, "raise_it", "Ask me first.", 0)
    answer, changed = save_answer(cast.a, "raise_it", "Ask me first, gently.", 1)
    assert changed
    assert answer.version == 2
    revisions = list(Revision.objects.order_by("version"))
    assert [(r.author, r.before, r.after) for r in revisions] == [
        (cast.a, "", "Ask me first."),
        (cast.a, "Ask me first.", "Ask me first, gently."),
    ]


def test_personal_answers_are_visible_to_the_partner_but_not_the_outsider(cast):
    save_answer(cast.a, "when_upset", "A hug first.", 0)
    assert ManualAnswer.objects.visible_to(cast.b).count() == 1
    assert ManualAnswer.objects.visible_to(cast.c).count() == 0


def test_the_second_of_two_partners_editing_the_same_answer_is_told_and_nothing_is_lost(cast):
    # Both opened the shared answer at version 0; Ana saves first.
    save_answer(cast.a, "old_pattern", "We pause for twenty minutes.", 0)
    with pytest.raises(Conflict) as clash:
        save_answer(cast.b, "old_pattern", "We sit down and breathe.", 0)
    assert clash.value.current.text == "We pause for twenty minutes."
    assert clash.value.editor == cast.a
    assert JointAnswer.objects.get().text == "We pause for twenty minutes."
    merged, changed = save_answer(
        cast.b, "old_pattern", "We pause for twenty minutes, then sit down and breathe.", 1
    )
    assert changed
    assert merged.version == 2
    assert merged.last_editor == cast.b


def test_a_double_submit_of_the_same_text_is_not_a_conflict_and_adds_no_version(cast):
    save_answer(cast.a, "old_pattern", "We pause.", 0)
    answer, changed = save_answer(cast.a, "old_pattern", "We pause.", 0)
    assert not changed
    assert answer.version == 1
    assert Revision.objects.count() == 1


def test_a_person_without_a_couple_can_draft_their_own_answers_but_not_shared_ones(db):
    from tests.conftest import make_person

    alone = make_person("solo@example.com", "Sol")
    answer, _ = save_answer(alone, "stress_signals", "I go quiet.", 0)
    assert answer.shared
    with pytest.raises(ManualError):
        save_answer(alone, "old_pattern", "We pause.", 0)


def test_agreements_are_added_once_and_retired_into_the_history(cast):
    first, created = add_agreement(cast.a, "We say goodnight kindly.")
    again, created_again = add_agreement(cast.a, "We say goodnight kindly.")
    assert created
    assert not created_again
    assert first.pk == again.pk
    assert retire_agreement(cast.b, first)
    assert not retire_agreement(cast.a, first)
    assert list(
        Revision.objects.filter(agreement=first).values_list("after", flat=True).order_by("version")
    ) == [
        "We say goodnight kindly.",
        "",
    ]


def test_marking_a_review_sets_the_day_and_the_rhythm(cast):
    manual = mark_reviewed(cast.a, 6)
    assert manual.last_reviewed_on is not None
    assert manual.review_every_months == 6
    assert not manual.review_due()
