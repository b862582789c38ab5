"""Kinder rewrites, in OurWay's own words.

- A blaming you-statement becomes "When [situation], I feel [emotion], because [meaning]",
  keeping the situation from the original, plus a "we have a problem" line.
- A faux feeling gets real feelings and the need underneath.
- A non-apology or partial apology gets the missing parts named.
"""

from __future__ import annotations

from typing import Any

import re2
from re2 import _re2

from ourway.coach import feelings
from ourway.coach.result import Analysis
from ourway.coach.rules.horsemen import CHARACTER, INSULTS
from ourway.coach.text import Doc

_WE = "This is something for us to solve together, not you against me."
_SENTENCE_END = ".!?\n"

# Generalisations become one occurrence: "you never call" -> "you don't call".
_GENERAL = (
    (
        re2.compile(r"(?i)\b(you|u) (?:just |literally |still )?never (?:even |ever )?"),
        r"\1 don't ",
    ),
    (re2.compile(r"(?i)\b(you|u) (?:always|constantly|keep) "), r"\1 "),
    (re2.compile(r"(?i)\b(you're|you are|ur) (?:always|constantly|never) "), r"\1 "),
    (re2.compile(r"(?i)\b(?:always|never|constantly|every single time|all the time)\b ?"), ""),
)
# One search for "would any of them change the clause", before the substitutions.
_ANY_GENERAL = re2.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _GENERAL))
# "you're the one who invited them" -> "you invited them".
_THE_ONE = re2.compile(r"(?i)\b(you|u)(?:'re| are|r) the (?:only )?one (?:who|that) ")
# A clause that names no behaviour: an order, a forecast, a verdict on the person.
_NO_BEHAVIOUR = re2.compile(
    r"(?i)(?:you|u)(?:'ve| have)? got (?:to|one)\b|(?:you|u)(?:'d| had)? better\b"
    r"|(?:you|u) (?:need|have) to\b|(?:you|u) (?:should|must|know)\b"
    r"|(?:you|u)(?:'ll| will)\b|(?:you|u)(?:'re| are) (?:not )?(?:going to|gonna|saying)\b"
    rf"|(?:you'?re|you are|ur|you can be|you get) (?:(?:so|such an?|"
    rf"being|just|really|too|very|a bit|kind of|always|still|honestly|literally) )*"
    rf"(?:{CHARACTER}|{INSULTS})\b"
)
# "... like the laziest man in Croydon": an insult dressed as a comparison.
_INSULTING_LIKE = re2.compile(
    rf"(?i)\s+like (?:a |an |the |some )?(?:[a-z-]+ )?(?:{CHARACTER}|{INSULTS})\b"
)
# "were you planning to tell me": without its "were", the clause is not English.
_BE_BEFORE = frozenset({"were", "was", "are", "is", "am", "have", "has", "had"})
# Shouted words that stay in capitals when the rest comes down.
_CAPITAL = frozenset({"I", "I'M", "I'D", "I'LL", "I'VE", "OK", "TV", "GP", "UK", "US", "NHS"})
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
_ANCHOR_START = _re2.RE2.Anchor.ANCHOR_START
_YOU_CLAUSE = re2.compile(r"(?i)\b(?:you|u)\b[^,;.!?]*")
_JUDGEMENT = re2.compile(
    r"(?i)\b(?:you're|you are|ur|your) (?:so |such an? |being |just |a |an |really )*"
    r"[a-z-]+\b"
)
# What follows the behaviour and is not part of it: a verdict ("... and you're so selfish")
# or the writer's own side ("... and I'm sick of it", "... and it drives me mad"), which the
# I-feel part says better.
_TRAILING_VERDICT = re2.compile(
    r"(?i)\s*,?\s+(?:and|&|plus|but|so)\s+(?:you're|you are|ur|youre|i|i'm|im|i am|i've|ive"
    r"|(?:it|that)(?:'s| is)? (?:drives|makes|winds|gets|driving|making|winding))\s"
)
_TOPICS: tuple[tuple[tuple[str, ...], str, str], ...] = (
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


def _sentence(text: str, start: int) -> str:
    left = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, start) for c in _SENTENCE_END) if i != -1]
    return text[left : min(ends, default=len(text))].strip()


def _span(pattern: re2._Regexp, text: str, anchor: Any = _UNANCHORED) -> tuple[int, int] | None:
    """Character offsets of the first match (or None), with one raw RE2 call on ASCII text
    (the wrapper's match objects cost several times the search on a short sentence)."""
    if text.isascii():
        data = text.encode()
        start, end = pattern._regexp.Match(anchor, data, 0, len(data))[0]
        return None if start < 0 else (start, end)
    found = pattern.search(text) if anchor is _UNANCHORED else pattern.match(text)
    return None if found is None else found.span()


def _found(pattern: re2._Regexp, text: str) -> bool:
    data = text.encode()
    return pattern._regexp.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0


def _one_occurrence(text: str) -> str:
    """ "you never call" -> "you don't call"; one search first, as most text has none."""
    if _found(_ANY_GENERAL, text):
        for pattern, repl in _GENERAL:
            text = pattern.sub(repl, text)
    return text


def situation(sentence: str) -> str | None:
    """The behaviour in a blaming sentence, made specific; None when it is only a verdict.

    >>> situation("You never help around the house")
    "you don't help around the house"
    """
    span = _span(_YOU_CLAUSE, sentence)
    if span is None:
        return None
    before = sentence[: span[0]].split()
    if before and before[-1].lower() in _BE_BEFORE:
        return None
    clause = _THE_ONE.sub(r"\1 ", sentence[span[0] : span[1]])
    if _span(_NO_BEHAVIOUR, clause, _ANCHOR_START) is not None:
        return None
    clause = _one_occurrence(clause)
    # "you're so lazy" is a verdict about a person, not a situation to describe.
    judgement = _span(_JUDGEMENT, clause, _ANCHOR_START)
    if judgement is not None and judgement[1] >= len(clause.rstrip()) - 1:
        return None
    # A verdict or the writer's side tacked on is dropped: only the behaviour stays.
    for tail in (_TRAILING_VERDICT, _INSULTING_LIKE):
        if _found(tail, clause):
            clause = tail.split(clause)[0]
    words = clause.split()
    if len(words) < 3:
        return None
    # The writer's words as written (names keep their capitals), but the sentence's first
    # "You" and SHOUTED words come down to size.
    kept = [words[0].lower()] + [
        w.lower() if len(w) > 1 and w.isupper() and w not in _CAPITAL else w for w in words[1:14]
    ]
    return " ".join(kept)


def _feeling_and_meaning(sentence: str, result: Analysis) -> tuple[str, str]:
    for need in result.needs:
        return _NEED_MEANING[need]
    low = sentence.lower()
    for keys, feeling, meaning in _TOPICS:
        if any(k in low for k in keys):
            return feeling, meaning
    return "hurt", "I'm on my own with this"


def _i_feel_rewrite(text: str, result: Analysis) -> str:
    first = next(
        (f for f in result.findings if f.label in ("blame", "horsemen:criticism")),
        result.findings[0] if result.findings else None,
    )
    sentence = _sentence(text, first.start if first else 0)
    feeling, meaning = _feeling_and_meaning(sentence, result)
    # Sarcasm names no behaviour ("Not that you'd ever notice"): its "you" clause is the
    # jab itself, so the writer fills in the moment.
    mocking = first is not None and first.label == "horsemen:contempt"
    what = (None if mocking else situation(sentence)) or "[one specific moment this happened]"
    return f"When {what}, I feel {feeling}, because I start to think {meaning}. {_WE}"


# "... whenever your phone's out": the moment the faux feeling is about, when it names one.
_WHEN = re2.compile(r"(?i)\b(?:when|whenever|every time|each time)\s+([^,;.!?]{3,80})")


def _moment(sentence: str) -> str | None:
    found = _WHEN.search(sentence)
    if found is None:
        return None
    # "when you ALWAYS choose work" -> "when you choose work"
    return f"when {_one_occurrence(found.group(1).strip())}"


def _faux_rewrite(text: str, result: Analysis) -> str:
    faux = next(f for f in result.findings if f.label == "i_feel:faux")
    said = text[faux.start : faux.end]
    entry = None
    for word in sorted(feelings.faux(), key=len, reverse=True):
        if word in said.lower():
            entry = feelings.faux()[word]
            break
    if entry is not None:
        real = " and ".join(entry.feelings[:2])
        need = feelings.needs()[entry.needs[0]]
        moment = _moment(_sentence(text, faux.end)) or "when [the specific moment]"
        return (
            f'Instead of "{entry.word}", try the feeling under it: "I feel {real} {moment}, '
            f'because I need {need}."'
        )
    # The hit ends one word into the thought ("I feel like you"); the thought starts after
    # like/that, or right after "feel" ("I feel you don't trust me").
    start = faux.end
    for marker in (" like ", " that ", " as if ", " as though ", "feel "):
        cut = said.lower().rfind(marker)
        if cut != -1:
            start = faux.start + cut + len(marker)
            break
    thought = text[start:].split(".")[0].strip()
    meaning = f"I start to think {thought}" if thought else "I make up a story about it"
    return (
        f'Try a feeling instead of a thought: "When [the specific moment], I feel hurt and '
        f'lonely, because {meaning}."'
    )


_MISSING = {
    "remorse": "Say you're sorry, plainly: \"I'm sorry.\"",
    "responsibility": "Own what you did: \"I was wrong to ...\" (no 'but', no 'if').",
    "amends": 'Offer to repair it: "What can I do to make this right?"',
    "change": 'Say what you\'ll do differently: "Next time I will ..."',
}


def _apology_rewrite(result: Analysis) -> str:
    missing = [
        p
        for p in ("remorse", "responsibility", "amends", "change")
        if p not in result.apology_parts
    ]
    if result.apology == "partial" and {"amends", "change"} - set(missing):
        missing = [p for p in missing if p not in ("amends", "change")]
    head = (
        "This apology pushes the feeling back onto your partner. "
        if result.apology == "non_apology"
        else "A good start. To make it complete: "
    )
    return head + " ".join(_MISSING[p] for p in missing)


def rewrite(doc: Doc, result: Analysis) -> str | None:
    """A kinder version of the message, or None when there is nothing to soften."""
    text = doc.clean or doc.text
    if result.danger:
        return None  # safety comes first; wording advice would be out of place
    if result.i_feel == "faux":
        return _faux_rewrite(text, result)
    if result.blame or "criticism" in result.horsemen or "contempt" in result.horsemen:
        return _i_feel_rewrite(text, result)
    if result.apology == "non_apology" or (
        result.apology == "partial" and len(result.apology_parts) < 3
    ):
        return _apology_rewrite(result)
    if result.harsh_startup:
        return (
            "Something has been on my mind and I'd like us to talk about it together. "
            "Is now a good time, or later tonight?"
        )
    if "stonewalling" in result.horsemen:
        return "I'm too upset to talk well right now. Can we take 20 minutes and come back to it?"
    if "defensiveness" in result.horsemen:
        return (
            "You're right that part of this is on me: [the part you own]. "
            "Can we look at it together?"
        )
    if result.fine_shield:
        return "I'm not really okay, but I'm not ready to talk yet. Can we talk tonight?"
    if result.turn == "against":
        return "I want to hear about it. Give me ten minutes and I'm all yours?"
    if result.turn == "away":
        return "Oh, tell me more!"
    return None
