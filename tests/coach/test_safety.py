"""Whose safety the danger is about: the writer's own, or the partner's they write to."""

from __future__ import annotations

import pytest

from ourway.coach import analyze
from ourway.coach.result import Analysis, Finding
from ourway.coach.safety import at_risk, card, used_force


def risk(text: str) -> str | None:
    return at_risk(text, analyze(text))


@pytest.mark.parametrize(
    "text",
    [
        "He checks my phone every night.",
        "I'm scared to go home tonight. Can I stay at yours?",
        "she controls all the money and gives me an allowance",
        "I have to ask before I see my sister now.",
        "You said if I leave you'll take the kids and I'll never see them again.",
        "Why won't you let me see my friends anymore?",
        "Please stop turning up at my work. I've asked you nicely.",
        "my husband changed the wifi password and won't give it to me",
        "If you leave me I'll kill myself.",  # the writer's own life is at risk too
        "He pushed me against the wall last night.",
        # Measured on danger writers' unread sets: the one controlled, in their own words.
        "Marco keeps saying 'I'll make sure you never see the kids again' like it's a joke.",
        'Tom says "one word to your family and you will regret it". I dont laugh anymore',
        "You changed the password and now I cannot see my own money. Give me back my card.",
        "I've got 300 saved. Can I keep 50 of it for the dentist this time? I'll show receipts.",
        "I get an allowance now and I just have to show Dev the receipts on Fridays.",
        "I stopped going to choir. Simon prefers me home on Thursdays, it's easier.",
        "if you block me I'll take everything in the cabinet. answer. ANSWER",
        "Could you send me 40 for petrol? I'll show you the receipt like always. Sorry for asking.",
        "I know you don't like me seeing the netball girls, so I've stopped going. It's easier.",
        "Mum asked about my wrist, I said I fell. I know you only meant to stop me leaving.",
    ],
)
def test_the_writer_on_the_receiving_end(text: str) -> None:
    assert risk(text) == "writer"


@pytest.mark.parametrize(
    "text",
    [
        "Give me your passcode. Now.",
        "If you leave, you'll regret it.",
        "then go. but the second u walk out those pics go to ur whole contact list",
        "You're not seeing your friends this weekend, you're staying here with me.",
        "From now on I keep your card and you ask me when you need something.",
        "Answer when I call. Every time. Or there will be consequences.",
        "I'm so sorry I shoved you into the counter. There's no excuse.",
        "Take the kids to your mother's and I'll make sure you never see them again.",
        # Danger only the word model sees, in the controlling partner's own voice.
        "Be a real shame if your manager found out what you did at the Christmas do. Just saying.",
        "Don't forget whose name is on the lease. Actually, remember whose name is on your visa.",
        "switch on ur live location. now. not in 10 min",
        "Your wages come to me from now and I decide what you need. You ask me first.",
    ],
)
def test_the_writer_threatening_or_controlling_the_partner(text: str) -> None:
    assert risk(text) == "partner"


def test_no_danger_means_no_one_named() -> None:
    assert risk("Can you pick up milk on the way home?") is None
    assert risk("") is None


def test_force_the_writer_used_is_told_apart_from_a_threat() -> None:
    assert used_force(analyze("I'm so sorry I shoved you into the counter. There's no excuse."))
    assert not used_force(analyze("Give me your passcode. Now."))
    assert not used_force(analyze("He pushed me against the wall last night."))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He checks my phone every night.", "writer"),
        ("Give me your passcode. Now.", "threat"),
        ("I'm so sorry I shoved you into the counter. There's no excuse.", "force"),
        ("Thanks for dinner, it was lovely.", None),
        # Only the word model saw danger, and no words say whose safety it is.
        ("Send me the receipt for that coffee. You know the rule. Every purchase.", "maybe"),
        # Danger said quietly (rules/danger_quiet.py): the words now say whose it is.
        (
            "Sorry I didn't pick up earlier. I know you need to know where I am. I'll text you "
            "before every case from now on.",
            "writer",
        ),
        (
            "I've got the kids' bags packed under the bed just in case. Can we come to yours if it "
            "kicks off?",
            "writer",
        ),
        ("please don't sleep with the gun on the nightstand again when you're mad at me", "writer"),
        ("if you go back home without me I'll walk into the river lol. not even joking", "writer"),
        (
            "lol he'd actually kill me if he saw i bought these boots, no literally. can i hide "
            "them at yours?",
            "writer",
        ),
        (
            "I've turned on location sharing on your phone so I always know where you are. Don't "
            "turn it off.",
            "threat",
        ),
        ("Tonight is going to be different. A husband has needs.", "threat"),
        ("I had to hold you down so you'd calm down. Any man would have done the same.", "force"),
        ("Sorry I put my fist through the door last night. I'll pay for it.", "force"),
        ("last time he put his fist through the door an inch from my head", "writer"),
        # Only the word model saw danger; the words are the controlling partner's own rule.
        ("Unfollow him tonight and send me the screenshot. I'll be checking.", "threat"),
        ("Don't unplug the camera again. I just like seeing you and the baby.", "threat"),
        ("Turn Life360 off again and I'll assume you're hiding something.", "threat"),
        # ... but not the one controlled taking a rule back.
        (
            "I've moved my wages to an account in my own name. I'm not asking permission to buy "
            "shampoo anymore.",
            "maybe",
        ),
    ],
)
def test_one_decision_picks_the_safety_card(text: str, kind: str | None) -> None:
    assert card(text, analyze(text)) == kind


def model_danger(text: str, probability: float | None = None) -> Analysis:
    """Danger as the word model alone would add it: one finding on the first word."""
    words = text.split()[0]
    finding = Finding("model.danger", "danger", 0, len(words), "Words here ...", "")
    return Analysis(danger=True, findings=[finding], danger_probability=probability)


@pytest.mark.parametrize(
    "text",
    [
        "My husband said he'll be home late tonight.",
        "My girlfriend always makes me laugh.",
        "He's parked across the road from my flat again.",
    ],
)
def test_a_partner_talked_about_with_a_guess_near_the_cut_is_worded_as_a_possibility(
    text: str,
) -> None:
    assert card(text, model_danger(text, 0.41)) == "maybe"
    # The word model sure of it: the writer's card, as before.
    assert card(text, model_danger(text, 0.8)) == "writer"


def test_the_word_models_certainty_is_kept_for_the_card_only() -> None:
    found = analyze("if i stop replying tonight just call me ok? he's in one of his moods")
    assert found.danger
    assert found.danger_probability is not None
    assert 0.0 < found.danger_probability < 1.0
    assert "danger_probability" not in found.to_dict()
    assert analyze("Thanks for dinner, it was lovely.").danger_probability is None


def test_the_word_model_alone_gets_the_writer_card_worded_as_a_possibility() -> None:
    # Nothing says whose safety: the writer's side, worded as what it is, a possibility.
    assert card("I'll be sleeping in the camper tonight. Don't come out.",
                model_danger("I'll")) == "maybe"  # fmt: skip
    # Words that say it is the writer's: the plain writer card.
    assert card("He says I'll be sleeping in the camper tonight.", model_danger("He")) == "writer"
    # Words that are plainly the controlling partner's: the threat card.
    assert card("Share your live location. Now.", model_danger("Share")) == "threat"
    # ... unless they ask after the partner's safety: the possibility, not a verdict.
    caring = "Can you send me your location when you land so I know you're safe? x"
    assert card(caring, model_danger("Can")) == "maybe"
    assert card("Send me your location. Drive safe x", model_danger("Send")) == "maybe"
    # A rule that names the danger decides as before.
    assert card("He checks my phone every night.", analyze("He checks my phone every night."))
