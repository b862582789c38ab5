"""The guided questions of "Our user manual", in OurWay's own words. No Django here.

Each question is answered either by each partner for themselves ("personal": shown side by
side) or once, by both, in one shared text ("together": what *we* do). The keys are stored
in the database: never rename one, add a new question instead.

>>> question("raise_it").kind
'personal'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


def gettext_noop(text: str) -> str:
    """Marks text for translation (makemessages finds it); Django apps translate on display."""
    return text


_ = gettext_noop

Kind = Literal["personal", "together"]


@dataclass(frozen=True)
class ManualQuestion:
    key: str
    kind: Kind
    title: str
    prompt: str
    help: str
    # A few starting points a person can borrow from when the box feels too empty.
    ideas: tuple[str, ...] = field(default_factory=tuple)


QUESTIONS: tuple[ManualQuestion, ...] = (
    ManualQuestion(
        key="raise_it",
        kind="personal",
        title=_("How to raise something with me"),
        prompt=_(
            "When something I did bothers you, what helps you bring it up so I can really hear it?"
        ),
        help=_(
            "Think about timing, words, and where you are. What makes you open up, and what "
            "makes you brace?"
        ),
        ideas=(
            _("Ask me first whether now is a good time."),
            _("Start with what you need, not with what I did wrong."),
            _("Tell me face to face rather than by text."),
            _("Not right before I leave for work or when I'm hungry."),
        ),
    ),
    ManualQuestion(
        key="when_upset",
        kind="personal",
        title=_("What I need when I'm upset"),
        prompt=_("When I'm hurt or angry, what helps me most from you?"),
        help=_(
            "Some people need room, some need to be held, some need to talk it out, some "
            "need a plan. Say which, and how the other person can tell."
        ),
        ideas=(
            _("Some space for a while, and then come and find me."),
            _("A hug before any words."),
            _("To vent without you fixing it."),
            _("Help to find a solution once I've calmed down."),
        ),
    ),
    ManualQuestion(
        key="stress_signals",
        kind="personal",
        title=_("My stress signals"),
        prompt=_(
            "How can you tell I'm stressed or running on empty, sometimes before I know it myself?"
        ),
        help=_(
            "Small signs count: going quiet, snapping about little things, scrolling, "
            "working late, not eating."
        ),
        ideas=(
            _("I go quiet and answer in single words."),
            _("I start tidying everything."),
            _("I get short about small things."),
        ),
    ),
    ManualQuestion(
        key="reconnect",
        kind="personal",
        title=_("How I come back after a fight"),
        prompt=_("After a hard moment, what helps me find my way back to you?"),
        help=_("A small gesture, a joke, a walk, a clear sorry, time: what lets you soften?"),
        ideas=(
            _("A cup of tea and sitting next to me."),
            _("Saying out loud that we're okay."),
            _("Going for a walk together."),
        ),
    ),
    ManualQuestion(
        key="old_pattern",
        kind="together",
        title=_("What we do when an old pattern starts"),
        prompt=_("When we notice the same old argument starting, what will we both try?"),
        help=_(
            "Write this one together. A signal word, a pause of at least twenty minutes, a "
            "promise to come back to it: whatever you both agree to try."
        ),
        ideas=(
            _("Either of us can say our pause word; we stop and come back within a day."),
            _("We sit down instead of talking across the room."),
            _("We each say what we need before we say what went wrong."),
        ),
    ),
)

_BY_KEY = {q.key: q for q in QUESTIONS}


def question(key: str) -> ManualQuestion:
    """The question with this key; KeyError if there is none."""
    return _BY_KEY[key]


def keys() -> tuple[str, ...]:
    return tuple(_BY_KEY)


AGREEMENTS_TITLE = _("Our agreements")
AGREEMENTS_HELP = _(
    "Small promises that make the next hard moment easier. Agreements you made in a repair "
    "conversation appear here too."
)
