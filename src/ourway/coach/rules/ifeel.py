"""I-feel statements: real feelings vs "faux feelings" (NVC; seed Part 2)."""

from __future__ import annotations

import re2

from ourway.coach import feelings
from ourway.coach.rulebase import PLAYFUL, POSITIVE, QUOTED, Rule
from ourway.coach.text import Doc, addresses_you, next_word


def _alternation(items: tuple[str, ...]) -> str:
    # Longest first so "left out" wins over "left"; spaces match any run of spaces.
    ordered = sorted(items, key=len, reverse=True)
    return "(?:" + "|".join(w.replace(" ", r"\s+").replace("-", "[- ]?") for w in ordered) + ")"


REAL = _alternation(feelings.real_words())
SOFT = _alternation(feelings.faux_words(imputing=False))
IMPUTING = _alternation(feelings.faux_words(imputing=True))

# The speaker's "I feel" in its common shapes, including "it makes me feel".
FEEL = (
    r"(?:^\W*(?:feeling|feel|felt)|\b(?:i|i've|ive|i have|i'm|im|i am|i was|i've been|ive been|"
    r"i been|i keep|i just|i'd|i would|i don't|i dont|i do not|i didn't|i didnt|"
    r"i still|i really|i always|i sometimes|i often|i honestly|i kind of|i kinda|i do|i did|"
    r"i end up|i ended up|i'm left|im left)"
    r"(?: (?:really|just|still|honestly|sometimes|often|been|kind of|kinda|so|always|"
    r"genuinely|definitely|also|too))* (?:feel|feeling|felt|feelin)"
    r"|(?:makes?|made|making|leaves|left) me (?:feel|feeling))"
)
# "I'm scared", "I was really hurt": a feeling owned without the word "feel". Words that
# are ambiguous after "I'm" ("I'm good", "I'm down for pizza", "I'm lost") are left out.
_AMBIGUOUS = {
    "good",
    "down",
    "low",
    "lost",
    "small",
    "close",
    "warm",
    "calm",
    "content",
    "seen",
    "heard",
    "understood",
    "valued",
    "respected",
    "special",
    "tired",
    "cross",
    "safe",
    "secure",
    "bad",
    "terrible",
    "awful",
    "crap",
    "rubbish",
    "mad",
    "moved",
    "touched",
    "lucky",
    "blessed",
    "blue",
    "worn out",
    "burnt out",
    "burned out",
    "better",
    "lighter",
    "calmer",
    "chosen",
    "protected",
    "stupid",
    "emotional",
    "exposed",
    "flooded",
    "wanted",
    "included",
    "listened to",
}
IM_REAL = _alternation(tuple(w for w in feelings.real_words() if w not in _AMBIGUOUS))
IM = (
    r"\b(?:i'm|im|i am|i was|i've been|ive been|i get|i got|i still am|i'm still|it makes me|"
    r"it made me|makes me|made me|leaves me|left me|i'm getting|i got so|it scares me|"
    r"i'm starting to get|i'm just)"
)
_INT = r"(?: (?:so|really|very|a bit|a little|kind of|kinda|quite|pretty|totally|completely|"
_INT += r"actually|genuinely|still|feeling|properly|absolutely|"
_INT += r"super|incredibly|deeply|truly|extremely|rather|somewhat|just|more|less|too|even|"
_INT += r"all|most|honestly|a lot|and|much|loads|way|,))*"

# "I feel like / that / as if" + a thought about the other person is a judgement.
_THOUGHT = (
    r"(?:he|she|they|he's|she's|i|i'm|im|i've|i'd|i'll|we|we're|"
    r"nobody|no one|noone|everyone|everybody|everything|nothing|it|it's|its|this|that|there|"
    r"my|our|the|all|maybe|if|i'?m always|no matter)\b"
)

_BODY_OR_WANT = frozenset({b"sick", b"ill", b"hungry", b"full", b"cold", b"hot", b"dizzy"})


def _not_conditional(doc: Doc, start: int, end: int) -> bool:
    # "if I'm feeling insecure, I'll talk to you" is a plan, not a feeling now.
    return doc.b[max(0, start - 3) : start] != b"if "


def _not_by_partner(doc: Doc, start: int, end: int) -> bool:
    """A soft interpretation stays a feeling unless it says who did it ("by you"), or the
    partner is said to aim at it ("you want to make me feel guilty")."""
    if doc.b[max(0, start - 3) : start] == b"to " and doc.b[start:end].startswith(b"mak"):
        return False
    return _not_conditional(doc, start, end) and next_word(doc, end) not in (b"by", b"like")


def _owned(doc: Doc, start: int, end: int) -> bool:
    """An owned emotion ("I'm scared", "I was so hurt") is a feeling statement, as the
    label guide reads it: a real emotion owned by the speaker, with or without "feel"."""
    return (
        _not_by_partner(doc, start, end)
        and not doc.negated(start)
        and not _when_you_see_it(doc, start)
    )


def _when_you_see_it(doc: Doc, start: int) -> bool:
    """ "You act surprised when I'm upset": the emotion is when the partner acts, in a
    sentence about them, not a feeling the writer is putting into words."""
    if not doc.b[max(0, start - 9) : start].endswith((b"when ", b"whenever ")):
        return False
    return addresses_you(doc.b[doc.sentence_start(start, 200) : start])


_ABOUT_YOU = r"(?:you|u|ur|your|you're|youre|you've|you'd|you'll)\b"
_YOU_WORDS = frozenset(
    {b"you", b"u", b"ur", b"your", b"you're", b"youre", b"you've", b"you'd", b"you'll"}
)
_CONNECTORS = (b" like ", b" that ", b" as if ", b" as though ")


def _thought_about_you(doc: Doc, start: int, end: int) -> bool:
    """The thought itself is about the partner, not a want followed by a question to them:
    "I feel like Indian tonight, can you pick some up?" wants food (the label guide: null)."""
    span = doc.b[start:end]
    cut = min((at + len(c) for c in _CONNECTORS if (at := span.find(c)) != -1), default=-1)
    if cut == -1:
        return True
    clause = span[cut:].split(b",", 1)[0].split()
    if b"," not in span[cut:] or any(w.strip(b"!?.") in _YOU_WORDS for w in clause):
        return True
    # "I feel like a proper fish supper tonight, you in?": a thing wanted, then asked.
    if clause[:1] in _A_THING and doc.is_question(start, end):
        return False
    return len(clause) > 3 or clause[:1] in ([b"i"], [b"i'm"], [b"we"], [b"nobody"], [b"no"])


_A_THING = ([b"a"], [b"an"], [b"some"], [b"having"], [b"getting"], [b"going"], [b"grabbing"])


_BLAMING_CAUSE = (
    r"[^.!?]{0,60}\b(?:because|cause|coz|cos|since|when|as) (?:you|u) (?:\w+ )?(?:never|always|"
    r"constantly|don't even|didn't even|can't even|NEVER|ALWAYS)\b"
    r"|[^.!?]{0,20}[.!,]? (?:like|as) (?:always|usual|ever)\b"
)

_OWNED = (b"i feel ", b"i felt ", b"i'm feeling ", b"im feeling ", b"i get ", b"i got ")


# "I feel like I've been hit by a bus": the body, not a thought (the label guide: null).
_BODILY = re2.compile(
    rb"\b(?:like|as if|as though) (?:i'?ve|i have) (?:been )?(?:hit by a (?:bus|truck|train|"
    rb"lorry|tram)|run over|(?:been )?through a (?:hedge|wringer|blender)|done ten rounds|"
    rb"slept in a ditch)"
)


def _not_the_meaning(doc: Doc, start: int, end: int) -> bool:
    """ "I feel anxious when plans change, because it makes me feel like I can't rely on
    things": a thought after "because", behind a feeling already owned, is the meaning the
    I-statement asks for, not a faux feeling. Nor is a feeling of the body."""
    if _BODILY.search(doc.b[start : end + 40]):
        return False
    before = doc.b[doc.sentence_start(start) : start]
    cause = before.rfind(b"because")
    return cause < 0 or not any(own in before[:cause] for own in _OWNED)


RULES = [
    Rule(
        id="i_feel.feel-like-you",
        label="i_feel:faux",
        also=("blame",),
        pattern=FEEL
        + r" (?:like |that |as if |as though )?"
        + _ABOUT_YOU
        + r"|^\W*(?:feel|feeling) like "
        + _ABOUT_YOU,
        provenance="NVC: 'I feel like you ...' is a judgement about the partner, not a feeling.",
        message="'I feel like you ...' shares a verdict on your partner, not what is happening "
        "inside you; it will be heard as blame.",
        suggestion="Name the feeling under the thought: lonely, hurt, worried, tired ...",
        should_flag=("I feel like you don't care about me.", "I feel you're being selfish."),
        should_pass=("I feel like you've been so supportive lately, thank you",),
        skip=frozenset({QUOTED, POSITIVE}),
    ),
    Rule(
        id="i_feel.blaming-feeling",
        label="i_feel:faux",
        also=("blame",),
        pattern=FEEL
        + _INT
        + r" (?:"
        + REAL
        + "|"
        + SOFT
        + r")\b(?:"
        + _BLAMING_CAUSE
        + ")"
        + r"|"
        + FEEL
        + _INT
        + r" "
        + SOFT
        + r"[^.!?]{0,20}\b(?:to|by) (?:you|u)\b",
        provenance="NVC: a feeling word followed by 'because you never ...' is an accusation "
        "dressed as a feeling.",
        message="The feeling is real, but the 'because you always/never' turns it into a "
        "charge against your partner.",
        suggestion="Keep the feeling and one specific moment: 'I felt hurt on Sunday when ...'.",
        should_flag=(
            "I feel hurt because you NEVER think about anyone but yourself.",
            "I feel taken for granted. Like always.",
            "I feel invisible to you.",
        ),
        should_pass=("I feel hurt about Saturday. Can we talk?",),
        skip=frozenset({QUOTED}),
        check=_not_conditional,
    ),
    Rule(
        id="i_feel.owned-emotion",
        label="i_feel:valid",
        pattern=IM + _INT + r" " + IM_REAL + r"\b",
        # Inside an apology ("I was ashamed and I hid it") the emotion is remorse, not a
        # feeling statement: every writer of the corpus reads it so.
        unless=("apology_parts:remorse", "apology_parts:responsibility", "apology:non_apology"),
        provenance="Seed Part 2: owning an emotion ('I'm hurt', 'I was scared') invites the "
        "partner in.",
        message="You name a real feeling of your own; that invites your partner in.",
        suggestion="If you can, add the situation and the meaning you made of it.",
        should_flag=(
            "I'm really hurt that you went without me. I felt left behind.",
            "It makes me sad, and I feel far from you.",
        ),
        should_pass=(
            "I'm good thanks!",
            "I'm down for pizza",
            "I'm scared of spiders lol",
            "I'm not scared of anything",
            "You make plans and then act surprised when I'm upset.",
        ),
        skip=frozenset({QUOTED, PLAYFUL}),
        check=_owned,
    ),
    Rule(
        id="i_feel.thought-about-you",
        label="i_feel:faux",
        also=("blame",),
        pattern=FEEL
        + r" (?:like|that|as if|as though) [^.!?]{0,60}\b(?:you|your|u|ur)\b"
        + r"|"
        + FEEL
        + r" (?:like|that|as if|as though) [^.!?]{0,30}\b(?:the only|always the "
        r"one|just (?:your|the))\b",
        provenance="NVC: 'I feel like I'm just your cook' is a thought that blames, not a feeling.",
        message="This is a thought about what your partner is doing to you; it lands as blame.",
        suggestion="Name the feeling under the thought (tired, unappreciated, alone) and the "
        "need (to feel valued).",
        should_flag=(
            "I feel like I'm just your cook and cleaner.",
            "I feel as if I'm the only grown-up in this house.",
        ),
        should_pass=(
            "I feel like we should get a dog!",
            "I feel like Indian tonight, can you pick some up on your way?",
            "I feel like a proper fish supper tonight, you in?",
        ),
        skip=frozenset({QUOTED, POSITIVE}),
        check=_thought_about_you,
    ),
    Rule(
        id="i_feel.feel-like-thought",
        label="i_feel:faux",
        pattern=FEEL + r" (?:like|that|as if|as though) " + _THOUGHT,
        provenance="NVC: 'I feel like/that ...' introduces a thought, not a feeling.",
        message="'I feel like ...' shares a thought (about your partner, or the story you "
        "are telling yourself), not what is happening inside you.",
        suggestion="Name the feeling under the thought: lonely, hurt, worried, tired ...",
        should_flag=(
            "I feel like we never see each other anymore.",
            "it makes me feel like nobody listens",
        ),
        should_pass=(
            "I feel like pizza tonight",
            "feel like I've been hit by a bus, that caravan bed is a crime against backs",
            "I feel lonely when you work late.",
            "I feel anxious when plans change, because it makes me feel like I can't rely on "
            "things.",
        ),
        skip=frozenset({QUOTED}),
        check=_not_the_meaning,
    ),
    Rule(
        id="i_feel.imputing-word",
        label="i_feel:faux",
        also=("blame",),
        pattern=FEEL + _INT + r" " + IMPUTING + r"\b",
        provenance="NVC: words like 'manipulated' or 'betrayed' describe what someone did to "
        "you; they are interpretations, not feelings.",
        message="This word says what your partner did to you, so it will be heard as an "
        "accusation rather than a feeling.",
        suggestion="Try the feeling underneath it (for example hurt, scared, lonely) and the "
        "need (to be heard, to feel safe).",
        should_flag=("I feel manipulated by you.", "I felt so ignored at the party"),
        should_pass=("I feel hurt and lonely.", "I felt appreciated today, thank you"),
        skip=frozenset({QUOTED}),
    ),
    Rule(
        id="i_feel.by-you",
        label="i_feel:faux",
        also=("blame",),
        pattern=FEEL + _INT + r" [a-z-]+(?: [a-z-]+)? by (?:you|u|him|her)\b",
        provenance="NVC: a feeling 'by you' puts the cause, and the blame, on the partner.",
        message="'... by you' turns the feeling into a charge against your partner.",
        suggestion="Keep the feeling, drop the 'by you': 'I felt left out at dinner'.",
        should_flag=("I feel disrespected by you constantly.",),
        should_pass=("I feel supported, thank you.",),
        skip=frozenset({QUOTED}),
    ),
    Rule(
        id="i_feel.real-feeling",
        label="i_feel:valid",
        pattern=FEEL + _INT + r" (?:" + REAL + "|" + SOFT + r")\b",
        provenance="Seed Part 2: 'When [situation], I feel [emotion], because [meaning]'.",
        message="You name a real feeling of your own; that invites your partner in.",
        suggestion="If you can, add the situation and the meaning you made of it.",
        should_flag=(
            "When you work late, I feel lonely.",
            "I felt really overwhelmed and unappreciated.",
            "I felt so proud of you tonight",
            "When your mum redoes the washing up, I end up feeling small.",
        ),
        should_pass=(
            "I feel sick, I'm staying in bed",
            "I feel like going for a walk",
            "You just want to make me feel guilty.",
        ),
        skip=frozenset({QUOTED}),
        check=_not_by_partner,
    ),
]
