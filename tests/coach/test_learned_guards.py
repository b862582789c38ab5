"""Where the learned layer must hold back, and where a charge stands next to danger.

Each case is a message the word model alone misreads (it sees "selfish", "always",
"idiot", not the "not", the check question or the apology around them).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ourway.coach import analyze, learned, model
from ourway.coach.text import prepare


@pytest.mark.parametrize(
    "text",
    [
        "So you're always the one reaching out first, and you want to feel chosen for once. "
        "Did I get that right?",
        "What I'm hearing is that you're the only one who remembers birthdays in this family, "
        "and it leaves you feeling taken for granted. Is that fair?",
        "Okay. So what's really hurting is that I told the group chat before I told you, and "
        "it made you feel like an afterthought?",
    ],
)
def test_a_paraphrase_checked_back_is_listening_not_a_charge(text: str) -> None:
    result = analyze(text)
    assert result.reflection
    assert not result.blame
    assert not result.harsh_startup
    assert result.horsemen == []
    assert {f.label for f in result.findings} & {"blame", "harsh_startup"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "So basically what you're saying is you're perfect and I'm the problem. Got it.",
        "What I'm hearing is that you think you do everything and I do nothing, which is just "
        "not true, I did the bins twice this week.",
        "Sounds like you've already made up your mind, so why are we even talking?",
        "Sounds like a plan! See you at 6",
    ],
)
def test_a_retort_or_an_agreement_is_not_a_reflection(text: str) -> None:
    assert not analyze(text).reflection


@pytest.mark.parametrize(
    "text",
    [
        "sorry sorry sorry. i was an absolute idiot last night, no excuse. i will never drive "
        "after even one drink again, i promise",
        "I'm sorry you had to find out from Facebook. I should have told you myself.",
        "I'm genuinely sorry for the comment about your weight. It was cruel and there's no "
        "excuse for it. You will never hear anything like that from me again.",
    ],
)
def test_a_sincere_apology_is_not_made_a_charge(text: str) -> None:
    result = analyze(text)
    assert result.apology in ("complete", "partial")
    assert not result.blame
    assert "blame" not in {f.label for f in result.findings}


def test_reassurance_is_not_read_as_the_word_it_denies() -> None:
    result = analyze("You're not selfish for wanting a night off. Go see your friends.")
    assert not result.blame
    assert "criticism" not in result.horsemen


def test_an_order_is_not_reassurance() -> None:
    result = analyze("You're not going to your sister's. I've cancelled your train ticket.")
    assert result.danger


@pytest.mark.parametrize(
    "text",
    [
        "If you leave me I'll kill myself and it'll be on you.",
        "if u block me i'll slit my wrists and everyone will know it was because of u",
        "If you ever tried to leave I'd kill myself, and then you'd have to live with that.",
    ],
)
def test_guilt_handed_to_the_partner_stays_blame_next_to_danger(text: str) -> None:
    result = analyze(text)
    assert result.danger
    assert result.blame
    guilt = [f for f in result.findings if f.rule == "blame.on-you"]
    assert guilt
    assert all(text[f.start : f.end].strip() for f in guilt)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry I grabbed you. But you know how I get when you start on about my drinking.",
        "Sorry, but if you didn't want me reading your texts you shouldn't leave your phone "
        "unlocked.",
    ],
)
def test_harm_excused_by_the_partner_s_fault_is_danger_and_blame(text: str) -> None:
    result = analyze(text)
    assert result.danger
    assert result.blame
    assert "defensiveness" in result.horsemen


@pytest.mark.parametrize(
    "text",
    [
        "If you leave me I'll kill myself. I mean it.",
        "Take the kids to your mother's and I'll make sure you never see them again.",
    ],
)
def test_a_threat_without_guilt_is_danger_not_blame(text: str) -> None:
    result = analyze(text)
    assert result.danger
    assert any(f.rule.startswith("danger.") for f in result.findings)  # a rule, not a guess
    assert not result.blame


@pytest.mark.parametrize(
    "text",
    [
        "Touch my laptop again and you'll regret it.",
        "You're not seeing your brother this weekend. I've told him you're busy.",
        "Where were you. Answer me. I saw your location.",
    ],
)
def test_a_threat_or_an_order_is_danger_and_the_model_adds_no_start_up(text: str) -> None:
    result = analyze(text)
    assert result.danger
    assert not result.harsh_startup
    assert "harsh_startup" not in {f.label for f in result.findings}


@pytest.mark.parametrize(
    "text",
    [
        "I feel like pizza tonight, you in? 🍕",
        "I feel like Indian tonight, can you pick some up on your way?",
    ],
)
def test_a_craving_is_not_a_faux_feeling(text: str) -> None:
    result = analyze(text)
    assert result.i_feel is None
    assert not result.blame


def test_a_joke_summons_is_not_a_harsh_start_up() -> None:
    assert not analyze("omg we need to talk about your birthday 😏 I have PLANS").harsh_startup
    assert not analyze("Sit down, I made you a cuppa and there's cake 🍰").harsh_startup
    assert analyze("Sit down. We need to talk about your drinking.").harsh_startup


@pytest.mark.parametrize(
    "text",
    [
        "If you leave me I'll hurt you 😤",
        "Touch my phone again and see what happens 😤",
        "I'm scared of what he'll do when he gets home 😩",
    ],
)
def test_an_angry_or_weary_emoji_does_not_hide_danger(text: str) -> None:
    assert analyze(text).danger


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # Danger played down with a laugh: the word model is sure, so it may flag it.
        ("he checks where I am lol but its sweet", True),
        # Jokes: the model is not sure enough, and no rule reads them as danger.
        ("holding you hostage all weekend 🥰 no escape", False),
        ("lol he literally hid my car keys so I would stay for dessert", False),
        ("I am locking you in the house until you finish that essay lol", False),
    ],
)
def test_laughter_needs_the_model_to_be_sure_before_it_flags_danger(
    text: str, danger: bool
) -> None:
    result = analyze(text)
    assert result.danger is danger
    assert all(f.rule == "model.danger" for f in result.findings if f.label == "danger")


def test_an_eye_roll_finding_points_at_the_emoji() -> None:
    text = "you forgot again 🙄"
    rolls = [f for f in analyze(text).findings if f.rule == "contempt.mockery"]
    assert [text[f.start : f.end] for f in rolls] == ["🙄"]


@pytest.mark.parametrize(
    "text",
    [
        "He tells me I'm crazy and that nobody would believe me anyway.",
        "She tells me nobody else would put up with me and that my family only pretends to "
        "like me.",
    ],
)
def test_a_person_describing_abuse_is_not_accusing_the_reader(text: str) -> None:
    result = analyze(text)
    assert result.danger
    assert not result.blame
    assert result.horsemen == []


def test_a_verdict_on_who_the_partner_is_is_criticism_and_comfort_is_not() -> None:
    verdict = analyze("You don't care about anyone unless they're useful. That's just who you are.")
    assert verdict.blame
    assert "criticism" in verdict.horsemen
    comfort = analyze("The way you spoke to the waiter made me cringe. That's not who you are.")
    assert "criticism" not in comfort.horsemen


@pytest.mark.parametrize(
    "text",
    [
        "You never judge me.",
        "You never let me down.",
        "You never raise your voice, even when I'm being a nightmare.",
        "You never once made me feel like a burden during chemo.",
    ],
)
def test_a_kindness_said_as_the_hurt_that_never_came_is_no_charge(text: str) -> None:
    result = analyze(text)
    assert not result.blame
    assert not result.danger
    assert result.horsemen == []


@pytest.mark.parametrize(
    "text",
    [
        "You never stop complaining.",
        "You never let me finish a sentence.",
        "u never give me credit for anything",
    ],
)
def test_never_before_a_real_grievance_stays_blame(text: str) -> None:
    assert analyze(text).blame


def test_words_only_quoted_are_not_made_an_accusation_by_the_model() -> None:
    # The word model sees "never listen" and "every single"; the writer repeats a saying.
    quoting = analyze(
        "My dad used to say 'you never listen to your mother' at every single dinner, and I "
        "swear I hear it every time we're at theirs now"
    )
    assert not quoting.blame
    assert {f.label for f in quoting.findings} & {"blame", "horsemen:criticism"} == set()
    # The same words said to the partner stay an accusation.
    assert analyze("You never listen to me at every single dinner.").blame


@pytest.mark.parametrize(
    "text",
    [
        "Smacked my head on the cupboard door again. I'm fine, just embarrassed 🙄",
        "Sorry, sorry, sorry. I feel terrible.",
    ],
)
def test_a_feeling_the_writer_owns_is_no_reason_for_a_charge(text: str) -> None:
    result = analyze(text)
    assert not result.blame
    assert result.horsemen == []


def test_the_same_feeling_word_aimed_at_the_partner_stays_a_charge() -> None:
    assert analyze("You embarrassed me in front of my whole family tonight.").blame


def test_shame_aimed_at_the_partner_is_no_apology_and_an_unsigned_promise_is() -> None:
    # Only "you", never "I", "me" or "my": nobody owns anything.
    assert analyze("You should be ashamed of yourself.").apology is None
    # Naming no one at all, a promise of change is still part of an apology.
    assert analyze("It won't happen again.").apology == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Scared, if I'm honest. The scan results come back Thursday.",
        "A bit flat. Can we just sit together for a while?",
        "just tired from the week, nothing to do with you x",
        # The model learned "thanks for asking" from sarcasm; here it answers the question.
        "I'm fine now, thanks for asking. The walk helped a lot and I feel much calmer.",
    ],
)
def test_an_honest_answer_to_a_check_in_turns_toward_it(text: str) -> None:
    assert analyze(text, reply_to="How are you really?").turn == "toward"


def test_a_closed_door_or_a_dig_at_a_check_in_is_not_toward() -> None:
    assert analyze("fine", reply_to="How are you really?").turn == "away"
    sarcastic = analyze("Oh I'm great, thanks for asking 🙄", reply_to="How are you really?")
    assert sarcastic.turn == "against"


def test_a_bid_turned_down_is_against_it_and_no_start_up() -> None:
    result = analyze(
        "god, do we have to talk about Sarah again",
        reply_to="Can you believe what Sarah said at dinner?",
    )
    assert (result.turn, result.harsh_startup) == ("against", False)
    # A reply may still open with a summons a rule sees.
    assert analyze("We need to talk.", reply_to="Look at this sunset!").harsh_startup


@pytest.mark.parametrize(
    "text",
    [
        "good! work was actually fun today for once",
        "I slept properly for once.",
        "Handover Sunday 4pm at the services as usual.",
        "how is London, raining as usual?",
    ],
)
def test_the_days_own_news_as_usual_or_for_once_is_no_jab(text: str) -> None:
    assert not analyze(text).blame


@pytest.mark.parametrize(
    "text",
    [
        "Let me do the school run all week, I know I dropped the ball on Tuesday.",
        "I'm sorry I yelled. I'll run you a bath tonight.",
        "I'm sorry I broke your mug. I ordered you a new one.",
        "Och I'm sorry hen, I was an eejit last night. Let me make you dinner the morra",
    ],
)
def test_everyday_amends_count_as_an_offer_to_put_it_right(text: str) -> None:
    assert "amends" in analyze(text).apology_parts


def test_a_bid_declined_with_a_sorry_is_no_apology() -> None:
    result = analyze(
        "sorry love, not tonight, my back's killing me. tomorrow?",
        reply_to="Want to watch a film tonight?",
    )
    assert (result.apology, result.turn) == (None, "toward")


@pytest.mark.parametrize(
    ("bid", "text"),
    [
        ("I'm thinking of quitting my job", "oh wow really? what made you decide?"),
        ("Look at this sunset!", "Oh wow, where? Send me a pic!"),
        ("I've got the interview on Friday", "Of course you are. I'll be right there next to you."),
    ],
)
def test_a_warm_reply_read_as_toward_by_rules_and_model_carries_no_charge(
    bid: str, text: str
) -> None:
    result = analyze(text, reply_to=bid)
    assert (result.turn, result.blame, result.horsemen) == ("toward", False, [])


def test_sarcasm_in_a_reply_keeps_its_charge() -> None:
    result = analyze("Purple. Wow. Thrilling.", reply_to="I made a mug at pottery")
    assert "contempt" in result.horsemen


def _held_out() -> list[dict[str, str]]:
    corpus = Path(__file__).parent / "corpus"
    return [
        json.loads(line)
        for split in ("test", "holdout7")
        for line in (corpus / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    ]


def test_the_model_explains_itself_in_words_not_probabilities() -> None:
    explained = 0
    for case in _held_out():
        text = case["text"]
        for finding in analyze(text, reply_to=case.get("reply_to")).findings:
            if not finding.rule.startswith("model."):
                continue
            explained += 1
            assert "p=" not in finding.explanation
            assert "learned from OurWay's labelled examples" in finding.explanation
            if finding.label.startswith("turn:"):
                # A reply's turn is never pointed at "not" or "when".
                words = text[finding.start : finding.end].lower()
                assert words not in ("not", "when", "no", "the", "it", "so"), text
    assert explained > 100


@pytest.mark.parametrize(
    "text",
    [
        "so what you're saying is I'm the problem. brilliant. cheers for that.",
        "Lovely. Your mother has a key to our flat now. Did I get a vote?",
        "Funny how your migraines only ever kick in when it's my family's turn.",
    ],
)
def test_praise_that_is_the_jab_does_not_hold_the_model_back(text: str) -> None:
    result = analyze(text)
    assert result.blame
    assert "contempt" in result.horsemen


def test_real_warmth_still_holds_an_unsure_accusation_back() -> None:
    result = analyze("You always make me laugh when I'm down. Lovely evening, thank you.")
    assert not result.blame
    assert result.horsemen == []


# --- Round 15 (holdout8): stories, other people, and a heart next to an errand -------------


@pytest.mark.parametrize(
    "text",
    [
        "That new crime drama is brutal. He shoves her into the door frame in episode 2 and I "
        "had to look away. Save the rest for when you're home?",
        "Just watched Animal, that man is a psycho, he literally threatens to kill everyone 😳 "
        "can't believe people find him romantic. Come hold me",
    ],
)
def test_a_story_on_a_screen_or_about_someone_else_is_no_danger_and_no_charge(
    text: str,
) -> None:
    result = analyze(text)
    assert not result.danger
    assert not result.blame
    assert not {"criticism", "contempt"} & set(result.horsemen)


def test_danger_told_about_the_partner_still_counts_whatever_the_guards() -> None:
    # The screen-story guard holds back the word model only, never a rule's danger.
    assert analyze("I barely touched you, stop being dramatic. Next time don't provoke me.").danger


def test_a_heart_next_to_an_errand_turns_toward_the_bid() -> None:
    result = analyze(
        "can't, going on now ❤️ will call at 0600 your time, promise",
        reply_to="Can we FaceTime before you go on watch? Even 5 min",
    )
    assert result.turn == "toward"
    plain = analyze(
        "can't, going on now. will call at 0600 your time",
        reply_to="Can we FaceTime before you go on watch? Even 5 min",
    )
    assert plain.turn == "away"


@pytest.mark.parametrize("text", ["nothing. forget it", "Doesn't matter. Forget it.", "fine."])
def test_a_bare_deflection_is_the_fine_shield_alone(text: str) -> None:
    result = analyze(text)
    assert result.fine_shield
    assert "stonewalling" not in result.horsemen


@pytest.mark.parametrize(
    "text", ["I said I'm fine. Can you stop asking?", "It's fine. Doesn't matter. Leave it."]
)
def test_an_explicit_shut_down_next_to_a_deflection_still_stonewalls(text: str) -> None:
    result = analyze(text)
    assert result.fine_shield
    assert "stonewalling" in result.horsemen


def test_a_paraphrase_that_asks_what_it_missed_is_listening() -> None:
    result = analyze(
        "i want to check i understood you correctly. you said three things. one: you're not "
        "angry that i left early. two: you were hurt that i didn't tell you. is that all of it, "
        "or is there a fourth thing i missed?"
    )
    assert result.reflection
    assert not result.blame


_TIRED_CARER = (
    "I'm running on empty. Your dad's carers didn't turn up again this morning, so I did his "
    "tablets and his breakfast before work, then Leah rang from school because she'd left her "
    "PE kit, and the car's making that noise again on the hill. I sat in the Tesco car park for "
    "ten minutes and cried and didn't know where to go. I don't need you to fix it, I know "
    "you're doing doubles. I just need you to know how tired I am, and maybe we can sit down "
    "on Sunday and work out who does what next week?"
)


def test_a_long_message_is_danger_to_the_model_only_where_a_part_of_it_reads_so() -> None:
    m = model.get()
    index = m.labels.index("danger")
    toks = model.tokens(prepare(_TIRED_CARER))
    assert len(toks) >= learned.LONG_MESSAGE
    # Read whole, its many faintly worrying words add up past the cut; no part of it does.
    assert m.logits(toks, None)[index] >= m.cuts["danger"]
    assert not analyze(_TIRED_CARER).danger


def test_a_danger_buried_in_a_long_message_is_still_found_and_pointed_at() -> None:
    text = (
        "Work has been mad, the audit's next week and Jo is off sick so I'm doing two jobs and "
        "eating at my desk. Mum's knee op moved to the 20th too so I'll be driving to Leeds "
        "every night that week. Also random but if I ever text you the word 'teapot' can you "
        "just ring me and say there's an emergency? Don't ask why, it's just for when Mark "
        "gets into one of his moods. Anyway, are we still on for the quiz on Friday?"
    )
    result = analyze(text)
    assert result.danger
    (finding,) = [f for f in result.findings if f.label == "danger"]
    assert finding.rule == "model.danger"
    # The finding points into the part that reads as danger, not at the audit or the quiz.
    assert finding.start > text.index("teapot") - 120


def test_an_announced_paraphrase_ending_is_that_it_asks_and_carries_no_danger() -> None:
    text = (
        "If I understand you right, the reason you didn't want to go to the club dinner is "
        "that everyone there knew Conor and you're not ready for people asking how you're "
        "keeping. Is that it?"
    )
    result = analyze(text)
    assert result.reflection
    assert not result.danger
    # Without the announcement, "is that it?" is a taunt, not a check.
    assert not learned._checks_back(prepare("So you're leaving. Is that it?"))
    assert learned._checks_back(prepare(text))


def test_every_announced_paraphrase_asks_with_is_that_it() -> None:
    # The danger rules and the learned layer share one list of announcements
    # (text.says_back): "if I've got this right" is one to both.
    result = analyze(
        "If I've got this right, you're scared that if I take the Manchester job we'll end "
        "up living separate lives. Is that it?"
    )
    assert result.reflection
    assert not result.danger
