"""Kinder rewrites, in OurWay's own words.

- A blaming you-statement becomes "When [situation], I feel [emotion], because [meaning]",
  keeping the situation from the original, plus a "we have a problem" line.
- A faux feeling gets real feelings and the need underneath.
- A non-apology or partial apology gets the missing parts named.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import re2

from ourway.coach import feelings
from ourway.coach.answers import answers
from ourway.coach.engine import mocks_praise
from ourway.coach.result import Analysis, Finding, Part
from ourway.coach.rules.ifeel import REAL
from ourway.coach.situation import (
    matches,
    one_occurrence,
    sentence_at,
    sentence_spans,
    situation,
    situation_from,
    topic,
)
from ourway.coach.text import Doc

_WE = "This is something for us to solve together, not you against me."
_ASK = "Can we talk about it, now or later tonight?"


class Rewrite(NamedTuple):
    text: str  # what the writer reads: a kinder message, or advice with a sample in it
    wording: str  # what they could send as it is


# Whether the coach itself would let a wording pass (`Analysis.may_land_badly` is false
# for it): a suggestion the coach then flags would leave the
# writer going round in circles.
Kind = Callable[[str], bool]


def _message(text: str) -> Rewrite:
    """A rewrite that is itself the kinder message."""
    return Rewrite(text, text)


def _first_kind(candidates: list[Rewrite], kind: Kind) -> Rewrite:
    """The first candidate, most of the writer's own words first, whose wording the coach
    would let pass; else the last, the plainest, which keeps none of them."""
    for candidate in candidates[:-1]:
        if kind(candidate.wording):
            return candidate
    return candidates[-1]


# What a complaint is about, by its words, and the feeling and meaning that usually sit
# under it; the first topic whose words occur wins.
_TOPICS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        # Something dangerous left or done: under it, fear for someone's safety.
        (
            "chainsaw",
            "gas on",
            "gas hob",
            "hob on",
            "oven on",
            "stove on",
            "smell gas",
            "smelt gas",
            "unlocked",
            "left the door open",
            "left the back door open",
            "left the front door open",
            "seatbelt",
            "car seat",
            "speeding",
            "drink driv",
            "drink-driv",
            "drove home drunk",
            "drunk with the kids",
            "knife",
            "knives",
            "ladder",
            "left the baby",
            "left the kids",
            "unattended",
        ),
        "worried",  # not "scared": fear words in a message read as fear of the partner
        "something awful could have happened",
    ),
    (
        ("embarrass", "humiliat", "in front of", "laughed at"),
        "embarrassed",
        "we're not on the same side when others are watching",
    ),
    (
        ("drinking", "drunk", "booze", "hungover", "gambl", "betting", "bookies"),
        "worried",
        "it's hurting us more than we admit",
    ),
    (
        ("money", "£", "$", "card", "account", "savings", "bill", "debt", "rent", "overdrawn"),
        "worried",
        "we're not a team with money right now",
    ),
    (
        ("lie", "lied", "lying", "truth", "secret", "behind my back"),
        "anxious",
        "I can't rely on what I'm told",
    ),
    (
        ("house", "dish", "chore", "clean", "laundry", "help", "kitchen"),
        "overwhelmed",
        "I'm carrying this on my own",
    ),
    (("phone", "listen", "ignore", "talk", "hear"), "lonely", "what I say doesn't reach you"),
    (
        ("late", "forget", "forgot", "cancel", "work", "time", "plans"),
        "hurt",
        "I'm not a priority for you right now",
    ),
    (("respect", "appreciate", "thank", "effort"), "unappreciated", "my effort goes unseen"),
)
_NEED_MEANING = {
    "priority": ("hurt", "I don't matter to you as much as I'd like"),
    "heard": ("lonely", "what I say doesn't reach you"),
    "respect": ("unappreciated", "my effort goes unseen"),
    "safety": ("worried", "I can't count on us right now"),
}


# "need a lie-down", "a lie-in": rest, not a lie told.
_RESTING = (" lie-down", " lie down", " lie-in", " lie in", " lying down", " lying in bed")


def _feeling_and_meaning(sentence: str, result: Analysis) -> tuple[str, str]:
    for need in result.needs:
        return _NEED_MEANING[need]
    low = f" {' '.join(sentence.lower().split())}"
    for rest in _RESTING:
        low = low.replace(rest, " ")
    for keys, feeling, meaning in _TOPICS:
        # A key starts a word ("lie" is in "lied", not in "believe" or "earlier").
        if any(f" {k}" in low for k in keys):
            return feeling, meaning
    return "hurt", "I'm on my own with this"


# A pronoun in the moment may point back into the behaviour ("listen to Priya when she
# talks"): moved first, it would point at no one.
_POINTS_BACK = frozenset({"he", "she", "they", "it", "him", "her", "them", "his", "their"})
# "You only call when you need money": the "when" is a restriction of "only", and the
# moment moved first would drop it ("When you need money and you only call"). Not when
# another clause stands between them ("you only do what suits you and then act surprised
# when I'm upset"): that "when" is the last clause's.
_ONLY = "only"


def _one_when(what: str) -> str:
    """The moment first, so the statement has one "When": "you don't help when I'm sick"
    becomes "I'm sick and you don't help"."""
    for word in (" when ", " whenever "):
        head, found, tail = what.partition(word)
        if found and head.strip() and tail.strip() and _POINTS_BACK.isdisjoint(tail.split()):
            words = head.split()
            if _ONLY in words and "and" not in words:
                return what
            return f"{tail.strip()} and {head.strip()}"
    return what


_SOME_MOMENT = "[one specific moment this happened]"
_THE_MOMENT = "[the specific moment]"
_YOUR_PART = "[the part you own]"
# "well you never text back either, so don't lecture me": the "either" is the complaint
# answered with a complaint; the moment is what comes before it.
_EITHER = re2.compile(r"(?i)\s+either\b(?:\s+(?:so|and|but)\b.*)?$")


# Affection, thanks or pride: what a warm message around one sharp line is made of.
# Narrower than the engine's praise words ("sweet as pie to my mum", "great"), which a
# complaint or sarcasm uses too.
_FOND = re2.compile(
    r"(?i)\b(?:i love|love (?:you|u)|miss (?:you|u|us)|proud of|thank|appreciat|grateful|glad|"
    r"lovely)|\x{2764}"
)
# Contempt that is sarcasm: its warm words are the jab ("thanks SO much ... oh wait").
_SNEERING = ("contempt.sarcasm", "contempt.sneer", "contempt.mockery", "model.horsemen.contempt")


def _fond(text: str) -> bool:
    return matches(_FOND, text) and not mocks_praise(text.lower().encode())


# Finding labels that make a sentence one to take out of the message (prefixes).
_CHARGED = ("blame", "horsemen:", "harsh_startup", "i_feel:faux", "apology:non_apology", "danger")


def _in_place(
    text: str, result: Analysis, source: str, statement: str | None, kind: Kind
) -> str | None:
    """The message with its charged sentences (and the one the moment came from) taken
    out and `statement`, if any, in the first one's place: "I'm proud of you ... Try not to
    overthink it, you always do this." keeps the pride and loses the jab. Only for a warm
    message, each kept sentence one the coach lets pass on its own: the rest of a complaint
    ("Why do I even bother asking you.", "Do carry on.") is no kinder for being kept, and
    next to an I-statement the coach reads it too kindly. None when the message is one
    sentence, or nothing warm is left."""
    spans = sentence_spans(text)
    if len(spans) < 2 or any(f.rule.startswith(_SNEERING) for f in result.findings):
        return None
    found = [f.start for f in result.findings if f.label.startswith(_CHARGED)]
    charged = {
        i
        for i, (a, b) in enumerate(spans)
        if any(a <= at < b for at in found) or (source and source in text[a:b])
    }
    kept = [text[a:b] for i, (a, b) in enumerate(spans) if i not in charged]
    # Enough of the writer's own words to be a message ("Great. Thanks for that." is not).
    if not charged or len(" ".join(kept).split()) < 8:
        return None
    if not _fond(" ".join(kept)) or not all(map(kind, kept)):
        return None
    said: list[str] = []
    for i, (a, b) in enumerate(spans):
        if i not in charged:
            said.append(text[a:b])
        elif statement is not None:
            said.append(statement)
            statement = None
    return " ".join(said)


def _i_feel_rewrite(text: str, result: Analysis, kind: Kind) -> Rewrite:
    first = next(
        (f for f in result.findings if f.label in ("blame", "horsemen:criticism")),
        result.findings[0] if result.findings else None,
    )
    start = first.start if first else 0
    # Sarcasm names no behaviour ("Not that you'd ever notice"): its "you" clause is the
    # jab itself, so the writer fills in the moment. An insult may come with one ("You're
    # such an idiot. Who leaves the chainsaw running?").
    if first is not None and first.rule.startswith(_SNEERING):
        sentence, what = sentence_at(text, start), None
    else:
        mocks = any(f.label == "horsemen:contempt" for f in result.findings)
        sentence, what = situation_from(text, start, look_back=not mocks)
    feeling, meaning = _feeling_and_meaning(sentence, result)
    # A real feeling the writer already owned is theirs to keep ("I felt embarrassed").
    if result.i_feel == "valid":
        feeling = " and ".join(w for w in _named_feelings(text) if _hard(w)) or feeling
    # The situation is kept only if it reads as a moment, not as the charge again ("When
    # you're way too sensitive, I feel hurt").
    if what:
        what = _EITHER.sub("", what)
    moments = [_one_when(what), _SOME_MOMENT] if what else [_SOME_MOMENT]
    said = [
        f"When {moment}, I feel {feeling}, because I start to think {meaning}."
        for moment in moments
    ]
    # A message with more in it than the charge keeps the rest: the moment goes in the
    # charge's place (and the sentence it came from goes, as the statement says it), or,
    # with no moment to name, the charge simply goes.
    kept = [
        _in_place(text, result, sentence, f"{said[0]} {_WE}", kind) if what else None,
        _in_place(text, result, sentence if what else "", None, kind),
    ]
    whole = [_message(f"{one} {_WE}") for one in said]
    chosen = _first_kind([*(_message(k) for k in kept if k), *whole], kind)
    if not result.harsh_startup:
        return chosen
    # A hard topic opened harshly still needs its ask: the rewrite invites, it does not
    # only state a feeling and leave it there. Added after the check: a "can we" makes any
    # message read gentler, and would let a charge kept in the moment pass.
    return _message(f"{chosen.text} {_ASK}")


# "... whenever your phone's out": the moment the faux feeling is about, when it names one.
_WHEN = re2.compile(r"(?i)\b(?:when|whenever|every time|each time)\s+([^,;.!?]{3,80})")


def _moment(sentence: str) -> str | None:
    found = _WHEN.search(sentence)
    if found is None:
        return None
    # "when you ALWAYS choose work" -> "when you choose work"
    return f"when {one_occurrence(found.group(1).strip())}"


def _moment_around(text: str, result: Analysis, faux: Finding) -> str | None:
    """The situation of an accusation next to the faux feeling, as the moment it is about:
    "You never help when I'm sick. I feel like you don't care." -> "I'm sick and you don't
    help"; "I feel like you're so selfish. You made the weekend about your ex." -> "you made
    the weekend about your ex"."""
    said = text[faux.start : faux.end]
    for finding in result.findings:
        if finding.end <= faux.start and finding.label in ("blame", "horsemen:criticism"):
            sentence, what = situation_from(text, finding.start)
            if what is not None and said not in sentence:
                return _one_when(what)
    sentence, what = situation_from(text, faux.start)
    if what is not None and said not in sentence:
        return _one_when(what)
    return None


# A real feeling the writer names as their own ("I felt really protected and loved"), or
# one as the whole first sentence ("Overwhelmed."): the vocabulary the I-feel rules use.
_OWNED_FEELING = re2.compile(
    r"(?i)\bi (?:feel|felt|am|'m|was|'ve been|have been|am feeling|'m feeling)"
    rf"(?: (?:really|so|very|a bit|quite|pretty|a little|kind of|kinda|just))* ({REAL})"
    rf"(?: and ({REAL}))?\b"
)
_OPENING_FEELING = re2.compile(rf"(?i)^\W*({REAL})(?: and ({REAL}))?[.!]")


def _hard(feeling: str) -> bool:
    """A feeling of a hard moment: not "happy" or "loved" ("I'm happy for your promotion,
    truly, but ..." is no feeling about the charge)."""
    word = feelings.lookup(feeling)
    return word is None or word.family not in ("happy", "loving")


def _named_feelings(text: str) -> list[str]:
    """Up to two real feelings the writer names as their own, as they wrote them."""
    found = _OWNED_FEELING.search(text) or _OPENING_FEELING.search(text)
    return [" ".join(w.lower().split()) for w in found.groups() if w] if found else []


def _faux_rewrite(text: str, result: Analysis, kind: Kind) -> Rewrite:
    faux = next(f for f in result.findings if f.label == "i_feel:faux")
    said = text[faux.start : faux.end]
    before = _moment_around(text, result, faux)
    entry = None
    for word in sorted(feelings.faux(), key=len, reverse=True):
        if word in said.lower():
            entry = feelings.faux()[word]
            break
    if entry is not None:
        real = " and ".join(entry.feelings[:2])
        need = feelings.needs()[entry.needs[0]]
        moment = _moment(sentence_at(text, faux.end)) or (f"when {before}" if before else None)
        moments = [moment, f"when {_THE_MOMENT}"] if moment else [f"when {_THE_MOMENT}"]
        samples = [f"I feel {real} {when}, because I need {need}." for when in moments]
        return _first_kind([_instead(entry.word, sample) for sample in samples], kind)
    # The hit ends one word into the thought ("I feel like you"); the thought starts after
    # like/that, or right after "feel" ("I feel you don't trust me").
    start = faux.end
    for marker in (" like ", " that ", " as if ", " as though ", "feel "):
        cut = said.lower().rfind(marker)
        if cut != -1:
            start = faux.start + cut + len(marker)
            break
    thought = text[start:].split(".")[0].strip()
    # The thought is the meaning the writer made, kept when it is not the verdict itself
    # ("you're the most selfish person I've ever dated"); the need under it always fits.
    need = feelings.needs()[result.needs[0] if result.needs else "heard"]
    meanings = [f"I start to think {thought}"] if thought else []
    meanings.append(f"I need {need}")
    moments = [before, _THE_MOMENT] if before else [_THE_MOMENT]
    # A feeling the writer already named ("Overwhelmed. ... I feel like I'm drowning", "I
    # felt really protected and loved") is theirs to keep; "hurt and lonely" only when none.
    felt = " and ".join(_named_feelings(text)) or "hurt and lonely"
    samples = [
        f"When {moment}, I feel {felt}, because {meaning}."
        for moment in moments
        for meaning in meanings
    ]
    return _first_kind([_a_feeling(sample) for sample in samples], kind)


def _instead(word: str, sample: str) -> Rewrite:
    return Rewrite(f'Instead of "{word}", try the feeling under it: "{sample}"', sample)


def _a_feeling(sample: str) -> Rewrite:
    return Rewrite(f'Try a feeling instead of a thought: "{sample}"', sample)


# Each part an apology may miss: how to say it, a sample, and a caution after the sample.
_MISSING: dict[Part, tuple[str, str, str]] = {
    "remorse": ("Say you're sorry, plainly:", "I'm sorry.", ""),
    "responsibility": ("Own what you did:", "I was wrong to ...", " (no 'but', no 'if')."),
    "amends": ("Offer to repair it:", "What can I do to make this right?", ""),
    "change": ("Say what you'll do differently:", "Next time I will ...", ""),
}


# The gaps in a sample that only the writer can fill: a wording holding one is a shape to
# follow, not words to send ("Use this wording" would send "Next time I will ...").
_GAPS = (
    _SOME_MOMENT,
    _THE_MOMENT,
    _YOUR_PART,
    *(sample for _, sample, _ in _MISSING.values() if "..." in sample),
)


def has_gap(wording: str) -> bool:
    """Whether a suggested wording still has a part for the writer to fill in."""
    return any(gap in wording for gap in _GAPS)


def _advice(parts: list[Part]) -> str:
    return " ".join(
        f'{lead} "{sample}"{after}' for lead, sample, after in map(_MISSING.__getitem__, parts)
    )


def _samples(parts: list[Part]) -> str:
    return " ".join(_MISSING[part][1] for part in parts)


def _still_missing(result: Analysis) -> list[Part]:
    """What a sincere apology lacks to be complete: remorse, responsibility, and a repair
    or a change (either one will do, so neither is missing once one is there)."""
    missing = [p for p in _MISSING if p not in result.apology_parts]
    if {"amends", "change"} - set(missing):
        missing = [p for p in missing if p not in ("amends", "change")]
    return missing


_PART_NAMES: dict[Part, str] = {
    "remorse": "a plain sorry",
    "responsibility": "owning what you did",
    "amends": "an offer to put it right",
    "change": "a change you'll make",
}
FULL_APOLOGY = "That is a full apology: regret, owning it, and a way to put it right."


# A reflection that already asks whether it got it right ("Did I get that right?").
_CHECKS = re2.compile(
    r"(?i)\b(?:did i get (?:that|it|this)(?: right)?|(?:is|was) that (?:right|it|fair|close|what "
    r"you mean)|have i got (?:that|it|this)(?: right)?|am i getting (?:that|this|it) right|"
    r"do i have (?:that|it) right|did i miss anything|am i close)\s*\?"
)
CHECKED = "Keep the check at the end, then let them answer, and listen."


def reflection_advice(text: str) -> str | None:
    """Advice for every reflection finding when the message already checks itself."""
    return CHECKED if matches(_CHECKS, text) else None


def apology_advice(result: Analysis) -> str:
    """One piece of advice for every part an apology's findings point at: what the whole
    apology still needs, rather than the same rule of thumb repeated on each part."""
    missing = _still_missing(result)
    if not missing:
        return FULL_APOLOGY
    names = [_PART_NAMES[part] for part in missing if part != "change"]
    if "change" in missing:
        names[-1] += " or " + _PART_NAMES["change"]  # amends is missing too: either will do
    if len(names) > 1:
        names[-1] = "and " + names[-1]
    return f"Still missing for a full apology: {', '.join(names)}."


# What the apology is about, in the writer's words: "Sorry I forgot, but ..." -> "I forgot",
# "sorry if I upset you" -> "I upset you" (the "if" goes).
_ACT = re2.compile(
    r"(?i)\bsorry,?\s+(?:that\s+|if\s+|for\s+)?(i(?:'ve|'d|'m)?\s[^,;.!?\n]{2,80}?)"
    r"(?:\s*,|\s+but\b|\s+though\b|\s*[;.!?\n]|\s*$)"
)
# "Sorry I'm such a terrible person", "sorry I actually have a life": self-pity or
# sarcasm, not an act to own.
_NO_ACT = re2.compile(
    r"(?i)^i(?:'m| am) (?:such|so|a|an|the|not|just)\b|^i (?:actually|even|dared?|exist)\b"
    r"|^i (?:guess|suppose)\b"  # "sorry i guess??": a shrug, not an act
)
# The part that takes an apology back: whatever follows its "but", or the blame handed back
# ("sorry I hurt you, you just made me so angry").
_TAKEN_BACK = re2.compile(
    r"(?i)\b(?:sorry|apologi[sz]e)\b[^.!?\n]{0,120}?"
    r"(?:(?:,|[.!]+)?\s+(but|though),?\s+([^.!?\n]{3,120})"
    r"|,\s*(?:and\s+)?((?:you|u)\s+(?:just\s+|really\s+)?(?:make|made|drive|drove|push|pushed)"
    r"\s+me\b[^.!?\n]{0,120}))"
)
# A sorry thrown down and sneered at: "Okay I'm sorry. Happy now?"
_THROWN_DOWN = (
    r"\b(?:sorry|apologi[sz]e)\W+(?:happy now|are you happy|satisfied|there,? i said it|"
    r"is that what you want|can we (?:move on|drop it))"
)

# An apology for what the writer did or for how the partner feels, or one thrown down: its
# "but you ..." or its sneer is the apology being taken back, so the apology is what to
# fix. ("Sorry to bring this up, but you never help" is a complaint with a polite opening:
# the complaint gets the I-feel rewrite.)
_APOLOGY_FIRST = re2.compile(
    r"(?i)\b(?:sorry|apologi[sz]e)\b,?\s+(?:that\s+|if\s+|for\s+)?"
    r"(?:i|i'm|i've|i'd|you|u|you're|ur|your|my)\b|" + _THROWN_DOWN
)
_THROWN = re2.compile("(?i)" + _THROWN_DOWN)


_JAB = "This sounds like an apology, but it lands as a jab at your partner."
_PUSHES_BACK = "This apology pushes the feeling back onto your partner."
_ADDRESSED = re2.compile(r"(?i)^(?:you|u|your|ur|you're|youre)\b")


def _act(text: str) -> str | None:
    found = _ACT.search(text)
    if found is None or matches(_NO_ACT, found.group(1)):
        return None
    return found.group(1).strip()


# A "but" clause that only answers back ("but you started it", "but you do it too", "but
# you could have reminded me", "you did say ...", "u cant expect me to ..."): nothing to
# raise again later. A clause of "you are/were" is kept only for what the partner was doing
# ("you were flirting with Dan"), not for a verdict ("you were being unreasonable").
_ANSWERING_BACK = re2.compile(
    r"(?i)^(?:you|u)\s+(?:just\s+|really\s+|literally\s+)?(?:"
    r"(?:make|made|drive|drove|push|pushed|force|forced)\s+me|(?:start|started)\s+it"
    r"|did|do|does|can|can't|cant|cannot|could|couldn't|could've|should|must|know|knew)\b"
    r"|\b(?:too|as well|either)\W*$"
)
_COPULA = re2.compile(r"(?i)^(?:you|u)(?:'re|re| are| were| r)\b")
_DOING = re2.compile(r"(?i)^(?:you|u)(?:'re|re| are| were| r)\s+(?:\w+ly\s+)?\w+ing\b")
# "-ing" words that judge how the partner takes it rather than say what they did.
_BEING = re2.compile(
    r"(?i)^(?:you|u)(?:'re|re| are| were| r)\s+(?:\w+ly\s+)?(?:being|over\w*ing|exaggerating"
    r"|making (?:a|this|it|that)|taking (?:it|this|that)|twisting|nagging|acting|kidding)\b"
)


def _worth_raising(clause: str) -> bool:
    """Whether a "but" clause names something the partner did, worth its own moment."""
    if not matches(_ADDRESSED, clause) or matches(_ANSWERING_BACK, clause):
        return False
    if matches(_COPULA, clause):
        return matches(_DOING, clause) and not matches(_BEING, clause)
    return situation(clause) is not None


def _taken_back(text: str) -> tuple[str | None, str | None]:
    """The line that names the part taking the apology back, if there is one, and a line
    for a complaint about the partner after the "but" ("... But you were flirting with Dan
    all night"): not dropped from sight, but given its own moment, from the writer's side."""
    found = _TAKEN_BACK.search(text)
    if found is None:
        return None, None
    if not found.group(1):
        blame = found.group(3).strip()
        return f'Leave out "{blame}": it hands the blame back to your partner.', None
    but, clause = found.group(1).lower(), found.group(2).strip()
    named = f'Leave out "{but} {clause}": a "{but}" takes the apology back.'
    if _worth_raising(clause):
        later = (
            f'If "{clause}" still matters, give it its own moment later, said from your side '
            '("When ..., I felt ...").'
        )
        return named, later
    return named, None


def _apology_rewrite(text: str, result: Analysis, kind: Kind) -> Rewrite:
    every: list[Part] = list(_MISSING)
    if result.apology == "non_apology":
        # "Sorry you're so uptight", "sorry my family isn't posh enough for you": the sorry
        # carries a verdict on the partner.
        jab = (
            "contempt" in result.horsemen
            or "criticism" in result.horsemen
            or matches(_THROWN, text)
        )
        taken_back, later = _taken_back(text)
        # What takes the apology back is named as it is; with nothing named, the sorry
        # itself points at the partner ("sorry you feel that way", "sorry if ...").
        lines = [_JAB] if jab else [] if taken_back else [_PUSHES_BACK]
        lines += [taken_back] if taken_back else []
        after = [later] if later else []
        plain = Rewrite(" ".join([*lines, _advice(every), *after]), _samples(every))
        act = _act(text)
        if act is None:
            return plain
        # The writer already named what they did: show the whole apology with it.
        sample = f"I'm sorry {act}. That's on me. What can I do to make it right?"
        tried = Rewrite(" ".join([*lines, f'Try: "{sample}"', *after]), sample)
        return _first_kind([tried, plain], kind)
    missing = _still_missing(result)
    advice = "A good start. To make it complete: " + _advice(missing)
    # A partial apology keeps the writer's own words, with what it misses added after,
    # unless the coach flagged something in them ("... but they're kids, I can't gag
    # them"): the analysis in hand already says so.
    if result.may_land_badly():
        return Rewrite(advice, _samples(every))
    # A repair or a change will do: the wording takes the offer, which has no gap to fill.
    sent = [p for p in missing if p != "change" or "amends" not in missing]
    return Rewrite(advice, f"{text.strip()} {_samples(sent)}")


def _reply_rewrite(text: str, bid: str, kind: Kind, *, against: bool) -> Rewrite:
    """A reply that meets the bid (`answers`), keeping what the writer needed if it can."""
    return _first_kind([_message(said) for said in answers(text, bid, against=against)], kind)


def rewrite(doc: Doc, result: Analysis, kind: Kind, bid: str | None = None) -> Rewrite | None:
    """A kinder version of the message, or None when there is nothing to soften. `kind`
    says whether the coach would let a wording pass; of the ways to put it, the first that
    would is given. `bid` is what the message replies to, if anything."""
    text = doc.clean or doc.text
    if result.danger:
        return None  # safety comes first; wording advice would be out of place
    if bid and result.turn in ("away", "against") and not result.fine_shield:
        # A reply's first job is to meet the bid; a complaint in it ("why do you always do
        # the nostalgia thing when I'm busy") can wait for a time of its own.
        return _reply_rewrite(text, bid, kind, against=result.turn == "against")
    if result.i_feel == "faux":
        return _faux_rewrite(text, result, kind)
    if result.apology == "non_apology" and matches(_APOLOGY_FIRST, text):
        return _apology_rewrite(text, result, kind)
    if result.blame or "criticism" in result.horsemen or "contempt" in result.horsemen:
        return _i_feel_rewrite(text, result, kind)
    if result.apology == "non_apology" or (
        result.apology == "partial" and len(result.apology_parts) < 3
    ):
        return _apology_rewrite(text, result, kind)
    if result.harsh_startup:
        about = topic(text)
        ask = "and I'd like us to talk about it together. Is now a good time, or later tonight?"
        plain = _message(f"Something has been on my mind, {ask}")
        if not about:
            return plain
        about_it = _message(f"Something has been on my mind about {about}, {ask}")
        return _first_kind([about_it, plain], kind)
    if "stonewalling" in result.horsemen:
        return _message(
            "I'm too upset to talk well right now. Can we take 20 minutes and come back to it?"
        )
    if "defensiveness" in result.horsemen:
        return _message(
            f"You're right that part of this is on me: {_YOUR_PART}. Can we look at it together?"
        )
    if result.fine_shield:
        return _message("I'm not ready to talk about it yet. Can we come back to it tonight?")
    return None
