"""Someone else's relationship described to the partner is not this couple's danger.

The same words about the writer or the partner stay danger, and so does a message that
mixes the others' story with the writer's own.
"""

from __future__ import annotations

import pytest

from ourway.coach import analyze
from ourway.coach.someone_else import about_us, describes_others
from ourway.coach.text import prepare


@pytest.mark.parametrize(
    "text",
    [
        "My sister's husband took her phone and won't let her go to work anymore. She rang "
        "me crying from a neighbour's. I said she can stay with us, is that ok?",
        "Marisol's boyfriend reads all her texts and she's not allowed to see her cousins "
        "without him. That's not normal, right? Should I say something?",
        "Aoife told me her fella makes her hand over her wages every Friday. I'm sick with "
        "worry for her.",
        "Jen's just told me something awful. Her husband checks her phone every night and "
        "tracks her car. I don't know what to do for her.",
        # Told about him by name; the writer's help and thanks are about them too.
        "Tina told me today that Mark's been going through her phone every night and keeps "
        "her bank card in his wallet. She has to ask him for money for the kids' lunches. I "
        "gave her the helpline number. Made me think how lucky I am that you're not like "
        "that, that I can spend my own money.",
        # "fiancé" ends in a letter RE2's ASCII word edge does not see
        "My mate Rachel's fiancé reads all her texts and she reckons it's normal. That's not "
        "normal right?",
    ],
)
def test_a_friend_or_relative_controlled_by_their_partner_is_not_our_danger(text: str) -> None:
    assert describes_others(prepare(text))
    result = analyze(text)
    assert not result.danger
    assert all(f.label != "danger" for f in result.findings)


@pytest.mark.parametrize(
    "text",
    [
        # The same control, done to the writer or by the partner.
        "My husband took my phone and won't let me go to work anymore.",
        "You took my phone and I'm not allowed to see my sister without you.",
        # Asking for a friend: often the writer's own.
        "Asking for a friend: her husband checks her phone every night and won't let her "
        "see her mum alone. Is that normal?",
        # Everyone's husband: the writer's own, said as if it were usual.
        "Everyone's husband checks their phone, it's not a big deal. He just goes through "
        "my WhatsApp every night before we sleep.",
        # Mixed: the others named, then the writer's own isolation.
        "I told Leilani I can't come to the baby's party since you said no. You're probably "
        "right that her husband's a bad influence.",
        # A threat against the other couple comes from the writer.
        "If Dana's husband touches her again I swear I'll kill him.",
    ],
)
def test_the_same_words_about_us_stay_danger(text: str) -> None:
    assert analyze(text).danger


def test_he_is_partner_at_a_firm_is_no_other_couple() -> None:
    assert not describes_others(prepare("He's partner at the firm, so who'd believe me?"))
    assert describes_others(prepare("Aoife's partner took her car keys."))


def test_only_sentences_about_the_others_alone_are_set_aside() -> None:
    doc = prepare(
        "My sister's husband took her phone. She's scared of him. I'm scared for her too. "
        "Can she stay with us?"
    )
    assert [doc.b[a:b].strip() for a, b, _ in about_us(doc)] == [
        b"i'm scared for her too.",
        b"can she stay with us?",
    ]
