"""The manual's pages as Ana, Ben and the outsider Cleo."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from ourway.coaching.models import CoachSighting
from ourway.manual.editing import add_agreement, manual_of, save_answer
from ourway.manual.models import MAX_ANSWER_CHARS, JointAnswer, ManualAnswer, Revision


def _edit(client, key, text, base):
    return client.post(reverse("manual:edit", args=[key]), {"text": text, "base_version": base})


def test_both_answers_show_side_by_side_and_the_outsider_sees_neither(cast):
    _edit(cast.client_a, "when_upset", "Give me ten minutes, then a hug.", 0)
    _edit(cast.client_b, "when_upset", "Let me vent without fixing it.", 0)
    page = cast.client_a.get(reverse("manual:manual")).content.decode()
    assert "Give me ten minutes, then a hug." in page
    assert "Let me vent without fixing it." in page
    assert page.index("Give me ten minutes") < page.index("Let me vent")
    assert 'class="manual-sides"' in page
    outsider = cast.client_c.get(reverse("manual:manual")).content.decode()
    assert "Give me ten minutes" not in outsider
    assert CoachSighting.objects.filter(owner=cast.a, source="manual").exists()


def test_an_empty_answer_gets_a_kind_error(cast):
    page = _edit(cast.client_a, "raise_it", "  ", 0).content.decode()
    assert "The box is empty" in page
    assert ManualAnswer.objects.count() == 0


def test_a_one_megabyte_answer_is_refused_kindly_with_the_text_kept_in_the_box(cast):
    text = "I need space. " + "a" * 1_000_000
    response = _edit(cast.client_a, "raise_it", text, 0)
    page = response.content.decode()
    assert response.status_code == 200
    assert f"{MAX_ANSWER_CHARS:,}" in page
    assert 'role="alert"' in page
    assert "a" * 100_000 in page
    assert ManualAnswer.objects.count() == 0


def test_a_conflicting_save_shows_the_difference_and_keeps_my_text(cast):
    _edit(cast.client_a, "old_pattern", "We pause for twenty minutes.", 0)
    response = _edit(cast.client_b, "old_pattern", "We sit down & breathe <slowly>.", 0)
    page = response.content.decode()
    assert "Ana saved this answer after you started" in page
    conflict = page[page.index('id="conflict-heading"') : page.index("</section>")]
    # My words are shown as mine, not struck through as if deleted.
    assert '<mark class="diff-mine">sit down &amp; breathe &lt;slowly&gt;.</mark>' in conflict
    assert '<mark class="diff-theirs">' in conflict
    assert "<del" not in conflict
    assert "We sit down &amp; breathe &lt;slowly&gt;.</textarea>" in page
    assert 'name="base_version" value="1"' in page
    assert JointAnswer.objects.get().text == "We pause for twenty minutes."
    _edit(cast.client_b, "old_pattern", "We pause, then sit down & breathe.", 1)
    assert JointAnswer.objects.get().text == "We pause, then sit down & breathe."


def test_the_history_shows_who_changed_what_with_escaped_differences(cast):
    _edit(cast.client_a, "raise_it", "Ask me <b>first</b>.", 0)
    _edit(cast.client_a, "raise_it", "Ask me <b>first</b>, gently.", 1)
    page = cast.client_b.get(reverse("manual:history")).content.decode()
    assert "How to raise something with me" in page
    assert "Ana" in page
    assert "&lt;b&gt;first&lt;/b&gt;" in page
    assert "<b>first</b>" not in page
    assert '<ins class="diff-add">' in page
    assert "gently." in page
    assert "style=" not in page.split("<main")[1]


def test_agreements_from_repair_conversations_and_from_the_manual_are_listed(cast):
    from ourway.couples.access import couple_of
    from ourway.talk.models import Agreement

    Agreement.objects.create(
        couple=couple_of(cast.a), author=cast.b, text="Next time I will ask first."
    )
    cast.client_a.post(reverse("manual:agreement_add"), {"text": "We pause when either asks."})
    cast.client_a.post(reverse("manual:agreement_add"), {"text": "We pause when either asks."})
    page = cast.client_b.get(reverse("manual:manual")).content.decode()
    assert "Next time I will ask first." in page
    assert page.count('<span class="entry">We pause when either asks.</span>') == 1
    assert "from a repair conversation" in page


def test_an_empty_agreement_gets_a_kind_error(cast):
    page = cast.client_a.post(reverse("manual:agreement_add"), {"text": ""}).content.decode()
    assert "The box is empty" in page


def test_the_review_prompt_appears_when_it_has_been_a_while(cast):
    save_answer(cast.a, "raise_it", "Ask me first.", 0)
    page = cast.client_a.get(reverse("manual:manual")).content.decode()
    assert "read it through together." in page
    cast.client_b.post(reverse("manual:review"), {"action": "reviewed", "every_months": "3"})
    page = cast.client_a.get(reverse("manual:manual")).content.decode()
    assert "read it together again" not in page
    assert "Last read through together" in page
    manual = manual_of(cast.a)
    manual.last_reviewed_on = timezone.localdate() - timedelta(days=100)
    manual.save()
    assert "read it together again" in cast.client_a.get(reverse("manual:manual")).content.decode()


def test_the_review_rhythm_can_be_changed(cast):
    cast.client_a.post(reverse("manual:review"), {"action": "rhythm", "every_months": "6"})
    assert manual_of(cast.b).review_every_months == 6


def test_the_markdown_export_has_both_sides_and_the_agreements(cast):
    save_answer(cast.a, "raise_it", "# Ask me first", 0)
    save_answer(cast.b, "raise_it", "Text me", 0)
    add_agreement(cast.a, "We pause.")
    response = cast.client_a.get(reverse("manual:export_markdown"))
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/markdown")
    assert "attachment" in response["Content-Disposition"]
    assert text.startswith("# Our user manual: Ana and Ben")
    assert "### Ana\n\n> # Ask me first" in text
    assert "### Ben\n\n> Text me" in text
    assert "- We pause. (Ana)" in text


def test_the_printable_page_has_a_print_stylesheet_and_no_inline_styles(cast):
    save_answer(cast.a, "raise_it", "Ask me first.", 0)
    page = cast.client_a.get(reverse("manual:print")).content.decode()
    assert "Ask me first." in page
    assert "css/manual.css" in page
    assert "style=" not in page
    assert "<script>" not in page
    from pathlib import Path

    import ourway

    css = (Path(ourway.__file__).parent / "static/css/manual.css").read_text()
    assert "@media print" in css


def test_an_unknown_question_is_a_404(cast):
    assert cast.client_a.get(reverse("manual:edit", args=["nope"])).status_code == 404


def test_odd_unicode_is_cleaned_and_kept(cast):
    _edit(cast.client_a, "raise_it", "Cafe\u0301\x00 🌧️ בבקשה", 0)
    assert ManualAnswer.objects.get().text == "Café 🌧️ בבקשה"
    assert Revision.objects.count() == 1
