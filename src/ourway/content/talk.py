"""The words that guide a repair conversation, in OurWay's own voice. No Django here.

Texts are marked with `gettext_noop` so makemessages finds them; the Django app translates
them when it shows them.

>>> len(SELF_SOOTHING) >= 6
True
>>> need_prompt("heard").need
'heard'
"""

from __future__ import annotations

from dataclasses import dataclass


def gettext_noop(text: str) -> str:
    """Marks text for translation (makemessages finds it); Django apps translate on display."""
    return text


_ = gettext_noop


@dataclass(frozen=True)
class Soothing:
    """One thing to do during a break that lets a racing body settle."""

    title: str
    how: str


# Things that calm the body without replaying the argument. Rehearsing what you will say
# next keeps the alarm going, so every suggestion moves attention somewhere else.
SELF_SOOTHING: tuple[Soothing, ...] = (
    Soothing(
        _("Breathe out longer than you breathe in"),
        _(
            "In for a count of four, out for a count of six. Ten rounds "
            "are enough to feel a change."
        ),
    ),
    Soothing(
        _("Walk"),
        _("Ten minutes outside or around the flat. Notice five things you can see on the way."),
    ),
    Soothing(
        _("Cold water"),
        _("Run cold water over your wrists or splash your face. It slows the heart down."),
    ),
    Soothing(
        _("Loosen your body"),
        _("Drop your shoulders, unclench your jaw, shake out your hands, one part at a time."),
    ),
    Soothing(
        _("Something ordinary"),
        _("Make tea, fold laundry, water a plant. Simple tasks give the mind a rest."),
    ),
    Soothing(
        _("Music or a few pages"),
        _("Something you like that has nothing to do with the two of you."),
    ),
    Soothing(
        _("Let the replay go"),
        _(
            "If you catch yourself preparing your next argument, notice it kindly and come "
            "back to your breath. The break only works if you stop rehearsing."
        ),
    ),
)

# Why the break is not walking away: said once, when someone asks for it.
PAUSE_PROMISE = _(
    "Taking a break is a way of caring for the conversation. When your heart is racing, "
    "nobody can really listen. Take at least twenty minutes, and come back at the time you "
    "choose here, so the break does not turn into silence."
)

SPEAKER_TIPS: tuple[str, ...] = (
    _("Talk about one moment, not about everything that has ever happened."),
    _("Say what happened inside you. Your partner can argue with a verdict, not with a feeling."),
    _("Keep it short enough that your partner can hold all of it."),
)

LISTENER_TIPS: tuple[str, ...] = (
    _("Your only job right now is to understand. Your turn to speak will come."),
    _("Leave out your side of the story, corrections and solutions for now."),
    _("Say back what you heard, in your own words, and ask if you got it."),
)

REFLECTION_STARTERS: tuple[str, ...] = (
    _("What I'm hearing is that when …, you feel …, because … Did I get that?"),
    _("It sounds like … felt … for you. Is that right?"),
    _("So for you, … Is there more?"),
)

CORRECTION_HELP = _(
    "Say kindly what is missing or what landed differently. Your partner will try again."
)


@dataclass(frozen=True)
class NeedPrompt:
    """A gentle question pointing at one of the four needs underneath most conflicts."""

    need: str  # safety, respect, heard, priority (the coach's need labels)
    question: str


NEED_PROMPTS: tuple[NeedPrompt, ...] = (
    NeedPrompt("safety", _("Is this about feeling safe and steady with each other?")),
    NeedPrompt("respect", _("Is this about feeling respected, that what you do counts?")),
    NeedPrompt(
        "heard", _("Is this about feeling heard, that your inner world reaches your partner?")
    ),
    NeedPrompt(
        "priority", _("Is this about feeling that you matter, that you come first sometimes?")
    ),
)

DEEP_WHY = _(
    "Most hard moments are not really about the dishes or the lateness. Underneath there is "
    "usually a need. Which one is closest for you?"
)

CLOSING_HELP = _(
    "Before you stop, each of you writes what you understood about the other, and, if you "
    "like, one small thing you will do next time. Small and concrete works best."
)

AGREEMENT_STARTER = _("Next time, I will …")


def need_prompt(need: str) -> NeedPrompt:
    for prompt in NEED_PROMPTS:
        if prompt.need == need:
            return prompt
    raise KeyError(need)
