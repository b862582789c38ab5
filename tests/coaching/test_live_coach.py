from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils import timezone

from ourway.coach import MAX_TEXT_CHARS, analyze
from ourway.coaching.models import CoachSighting
from ourway.coaching.tally import labels_of


def check(client: Any, text: str, purpose: str = "message") -> str:
    response = client.post(
        reverse("coaching:check"),
        {"text": text, "field": "text", "field_id": "id_text", "purpose": purpose},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    return response.content.decode()


def test_blame_is_pointed_at_with_a_kinder_rewrite(cast: Any) -> None:
    page = check(cast.client_a, "You never listen to me, you are so selfish.")
    assert "<mark>" in page
    assert "A kinder way to say it" in page
    assert 'data-use-rewrite="#id_text"' in page
    assert "<html" not in page


def test_use_this_wording_offers_only_what_could_be_sent(cast: Any) -> None:
    page = check(cast.client_a, "I'm sorry I yelled, but you pushed me to it.")
    assert "a &quot;but&quot; takes the apology back." in page
    # The button carries the sample apology, not the advice around it.
    assert (
        'data-rewrite="I&#x27;m sorry I yelled. That&#x27;s on me. What can I do to make it '
        'right?"' in page
    )
    page = check(cast.client_a, "I'm sorry I yelled at you.")
    assert "A good start." in page
    assert 'data-rewrite="I&#x27;m sorry I yelled at you. What can I do to make this right?"' in (
        page
    )


def test_a_shape_with_gaps_is_shown_but_never_put_in_the_box(cast: Any) -> None:
    page = check(cast.client_a, "I'm sorry you feel that way, but you were also rude to me.")
    assert "I was wrong to ..." in page  # the shape is there to follow
    # ... headed as advice, not as words to say
    assert "How to say it more kindly:" in page
    assert "A kinder way to say it" not in page
    assert "data-use-rewrite" not in page  # ... but not as words to send as they are
    assert "put your own words where the brackets or the dots are" in page
    page = check(cast.client_a, "You're way too sensitive. It was a JOKE.")
    assert "[one specific moment this happened]" in page
    assert "data-use-rewrite" not in page


def test_a_listener_reflecting_gets_the_reflection_shape_not_a_complaint(cast: Any) -> None:
    text = "That's not true, I did ask you. You just weren't listening"
    # As a message of one's own, blame gets an I-feel rewrite ...
    assert "A kinder way to say it" in check(cast.client_a, text)
    # ... but said back to a partner who spoke, it would become the listener's complaint.
    page = check(cast.client_a, text, purpose="reflection")
    assert "A kinder way to say it" not in page
    assert "I feel" not in page
    assert "data-use-rewrite" not in page
    assert "only say back what you heard" in page
    assert "What I&#x27;m hearing is" in page


def test_the_same_words_read_the_same_way_by_two_rules_show_one_card(cast: Any) -> None:
    text = "I feel like you dont care about me at all"
    faux = [f for f in analyze(text).findings if f.label == "i_feel:faux"]
    assert len({f.rule for f in faux}) == 2  # two rules point at "I feel like you"
    assert len({(f.start, f.end) for f in faux}) == 1
    page = check(cast.client_a, text)
    assert page.count("<mark>I feel like you</mark>") == 1


def test_words_inside_words_already_quoted_on_a_card_are_not_quoted_again(cast: Any) -> None:
    text = "Fine. Whatever."
    shut = [f for f in analyze(text).findings if f.label == "horsemen:stonewalling"]
    assert {text[f.start : f.end] for f in shut} == {"Fine. Whatever.", "Whatever."}
    page = check(cast.client_a, text)
    assert "<mark>Fine. Whatever.</mark>" in page
    assert "<mark>Whatever.</mark>" not in page


def test_one_phrase_read_three_ways_is_one_card(cast: Any) -> None:
    text = "I'm sorry you feel that way, but you started it."
    labels = {f.label for f in analyze(text).findings}
    assert {"horsemen:defensiveness", "apology:non_apology", "blame"} <= labels
    page = check(cast.client_a, text)
    assert page.count('<li class="coach-card">') == 1
    # The phrase is quoted once, with the apology's reading, which says it all ...
    assert page.count("<mark>sorry you feel that way, but you</mark>") == 1
    assert "<mark>sorry you feel that way, but</mark>" not in page
    assert "This sounds like an apology" in page
    assert "Turning the complaint back on your partner" not in page
    # ... the blame beside it joins the same card, and the advice is the apology's.
    assert "<mark>you started it</mark>" in page
    assert "Drop the &#x27;but&#x27; and the &#x27;if&#x27;" in page
    assert "Take responsibility for even a small part" not in page


def test_a_full_apology_is_one_calm_card_naming_each_part(cast: Any) -> None:
    text = (
        "I'm so sorry I snapped at you last night. That was on me, not you. I'll take a walk "
        "next time before I say something, and I'd like to make it up to you with dinner Friday."
    )
    page = check(cast.client_a, text)
    assert page.count('<li class="coach-card coach-good">') == 1
    assert "<mark>That was on me</mark>" in page
    assert "You express regret." in page
    assert "You promise a change." in page
    assert "You offer to make it right." in page
    assert page.count("That is a full apology") == 1
    assert "Still missing" not in page
    assert "Nothing here looks likely to land badly" in page  # nothing but praise here


def test_a_partial_apology_card_says_what_is_still_missing(cast: Any) -> None:
    page = check(cast.client_a, "I'm really sorry about last night.")
    assert "<mark>sorry</mark> — You express regret." in page
    assert (
        "Still missing for a full apology: owning what you did, and an offer to put it right "
        "or a change you&#x27;ll make." in page
    )
    assert "That is a full apology" not in page


def test_a_kind_message_gets_a_calm_all_clear(cast: Any) -> None:
    page = check(cast.client_a, "Thank you for cooking tonight, it was lovely.")
    assert "Nothing here looks likely to land badly" in page


def test_someone_who_may_not_be_safe_is_offered_safety_options(cast: Any) -> None:
    page = check(cast.client_a, "He checks my phone every night and I'm scared to go home.")
    assert "sounds like you may not be safe" in page
    assert reverse("care:safety") in page
    assert "read as a threat" not in page


def test_danger_only_the_word_model_saw_is_worded_as_a_possibility(cast: Any) -> None:
    page = check(cast.client_a, "Send me the receipt for that coffee. You know the rule. "
                 "Every purchase.")  # fmt: skip
    assert "Some of these words often come up when someone is not safe at home." in page
    assert "If that is you, you deserve to be safe." in page
    assert reverse("care:safety") in page
    assert "sounds like you may not be safe" not in page
    assert "<mark>" not in page  # still the card alone, as for any writer who may not be safe


def test_someone_who_may_not_be_safe_is_not_coached_on_wording(cast: Any) -> None:
    # Appeasing words to a controlling partner are not an apology to perfect.
    text = (
        "I know I'm meant to be home by 9. Can I keep 50 of my wages for the dentist? "
        "I'll show you the receipt like always. sorry for asking"
    )
    page = check(cast.client_a, text)
    assert "sounds like you may not be safe" in page
    assert "<mark>" not in page
    assert "full apology" not in page
    assert "coach-rewrite" not in page
    assert "data-use-rewrite" not in page


def test_the_one_threatening_is_told_what_the_words_can_do(cast: Any) -> None:
    page = check(cast.client_a, "then go. but the second u walk out those pics go to ur whole "
                 "contact list. dont test me")  # fmt: skip
    assert "read as a threat, or as control over your partner" in page
    assert "programme for people who want to change" in page
    assert "sounds like you may not be safe" not in page
    # Misread, the card still leads a frightened writer to the safety page.
    assert "If you are the one who feels unsafe" in page
    assert reverse("care:safety") in page


def test_a_threat_is_explained_but_never_coached_into_softer_words(cast: Any) -> None:
    page = check(cast.client_a, "You'd better be home by 9 or you'll regret it. I'm not joking.")
    assert "read as a threat, or as control over your partner" in page
    assert "<mark>" in page  # what the words do is still shown ...
    assert "Open softly" not in page  # ... with no softer opener for the threat
    assert "coach-rewrite" not in page
    assert "data-use-rewrite" not in page


def test_force_the_writer_used_is_named_as_such(cast: Any) -> None:
    page = check(cast.client_a, "I'm so sorry I shoved you into the counter. There's no excuse.")
    assert "You describe using force against your partner." in page
    assert "read as a threat" not in page
    assert "programme for people who want to change" in page


def test_an_empty_box_shows_the_idle_line(cast: Any) -> None:
    assert "reads along as you write" in check(cast.client_a, "   ")


def test_the_invitation_purpose_adds_its_hint(cast: Any) -> None:
    page = check(cast.client_a, "We need to talk.", purpose="invitation")
    assert "first words set the tone" in page


def test_live_checks_store_nothing(cast: Any) -> None:
    check(cast.client_a, "You are pathetic.")
    assert not CoachSighting.objects.exists()


def test_saving_journal_text_tallies_labels_privately(cast: Any) -> None:
    cast.client_a.post(reverse("journal:journal"), {"text": "You never listen, you're so selfish."})
    sighting = CoachSighting.objects.get()
    assert sighting.owner == cast.a
    assert "blame" in sighting.labels
    assert sighting.source == "journal"


def test_saving_words_of_danger_offers_the_right_private_note(cast: Any) -> None:
    page = cast.client_a.post(
        reverse("journal:journal"), {"text": "He checks my phone every night."}, follow=True
    ).content.decode()
    assert "suggests you may not feel safe" in page
    assert reverse("care:safety") in page
    page = cast.client_a.post(
        reverse("journal:journal"), {"text": "Give me your passcode. Now."}, follow=True
    ).content.decode()
    assert "reads as a threat, or as control over your partner" in page
    assert "suggests you may not feel safe" not in page
    page = cast.client_a.post(
        reverse("journal:journal"), {"text": "I'm so sorry I shoved you. No excuse."}, follow=True
    ).content.decode()
    assert "describes using force against your partner" in page
    assert "reads as a threat" not in page
    page = cast.client_a.post(
        reverse("journal:journal"),
        {"text": "Send me the receipt for that coffee. You know the rule. Every purchase."},
        follow=True,
    ).content.decode()
    assert "Some words you wrote often come up when someone does not feel safe." in page
    assert reverse("care:safety") in page
    assert all("danger" in sighting.labels for sighting in CoachSighting.objects.all())
    assert CoachSighting.objects.count() == 4


def test_labels_of_flattens_the_result() -> None:
    labels = labels_of("I'm sorry you feel that way.")
    assert "apology:non_apology" in labels


def test_api_analyze_returns_the_contract(cast: Any) -> None:
    response = cast.api("a", "POST", "/api/v1/coach/analyze", {"text": "You never listen."})
    assert response.status_code == 200
    result = response.json()
    assert result["blame"] is True
    assert set(result) >= {"findings", "rewrite", "horsemen", "danger"}


def test_api_analyze_refuses_a_text_longer_than_the_coach_reads(cast: Any) -> None:
    too_long = {"text": "a" * (MAX_TEXT_CHARS + 1)}
    response = cast.api("a", "POST", "/api/v1/coach/analyze", too_long)
    assert response.status_code == 422
    assert f"{MAX_TEXT_CHARS}" in response.content.decode()
    longest = {"text": "You never listen. " + "a" * (MAX_TEXT_CHARS - 18)}
    response = cast.api("a", "POST", "/api/v1/coach/analyze", longest)
    assert response.status_code == 200
    assert response.json()["blame"] is True


def test_in_safety_mode_the_coach_gives_no_wording_advice_to_the_partner(cast: Any) -> None:
    cast.a.safety_mode_since = timezone.now()
    cast.a.save(update_fields=["safety_mode_since"])
    page = check(cast.client_a, "I'm sorry for asking where you were. I was wrong to upset you.")
    assert "Safety mode is on, so the coach does not suggest wording to your partner." in page
    assert "A good start" not in page
    assert "<mark>" not in page
    # A danger card still shows.
    page = check(cast.client_a, "He checks my phone every night.")
    assert "What you wrote sounds like you may not be safe." in page
    # The partner's coach is unchanged.
    assert "A kinder way to say it" in check(cast.client_b, "You never listen to me.")
