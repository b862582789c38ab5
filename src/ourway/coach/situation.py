"""The situation in a blaming message: the behaviour, in the writer's words, made specific.

"You never help around the house! You're so lazy." -> "you don't help around the house".
What is kept is the clause whose subject is "you"; what goes is a generalisation
("always", "never"), a verdict tacked on ("... and you're so selfish"), the writer's own
side ("... and I'm sick of it") and an insult dressed as a comparison. A clause that names
no behaviour (an order, a forecast, a verdict on the person) gives None: the rewrite then
asks the writer for one specific moment instead of putting words in their mouth.
"""

from __future__ import annotations

from typing import Any

import re2
from re2 import _re2

from ourway.coach.rules.horsemen import CHARACTER, INSULTS


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_SENTENCE_END = ".!?\n"

# Generalisations become one occurrence: "you never call" -> "you don't call".
_GENERAL = (
    (
        re2.compile(r"(?i)\b(you|u)(?:'ve| have) (?:just |still )?never (?:once |even |ever )?"),
        r"\1 haven't ",
    ),
    # "you'd never" is "you had" or "you would": "you'd not" says both.
    (re2.compile(r"(?i)\b(you|u)'d never (?:once |even |ever )?"), r"\1'd not "),
    (re2.compile(r"(?i)\b(you|u) would never (?:once |even |ever )?"), r"\1 wouldn't "),
    (re2.compile(r"(?i)\b(you|u) had never (?:once |even |ever )?"), r"\1 hadn't "),
    (re2.compile(r"(?i)\b(you|u)(?:'ll| will) never (?:once |even |ever )?"), r"\1 won't "),
    (re2.compile(r"(?i)\b(you|u) can never (?:once |even |ever )?"), r"\1 can't "),
    (
        re2.compile(r"(?i)\b(you|u) (could|did|does|should) never (?:once |even |ever )?"),
        r"\1 \2n't ",
    ),
    (
        re2.compile(
            r"(?i)\b(you|u) (?:just |literally |still |also |honestly |really |basically )?never "
            r"(?:once |even |ever )?"
        ),
        r"\1 don't ",
    ),
    # "you keep leaving ..." -> "you're leaving ...": "you leaving" is not English, and
    # guessing the base form of an -ing word ("leav"? "leave"?) goes wrong too often.
    (
        re2.compile(r"(?i)\b(?:you|u) (?:always |constantly |can'?t |cannot )?keep ([a-z]+ing)\b"),
        r"you're \1",
    ),
    (re2.compile(r"(?i)\b(you|u) (?:always|constantly|keep) "), r"\1 "),
    (re2.compile(r"(?i)\b(you're|you are|ur) (?:always|constantly) "), r"\1 "),
    # "you're never home" is "you're not home"; any other "never" left says "not", never
    # nothing ("you also never tell me" must not become "you also tell me").
    (re2.compile(r"(?i)\bnever (?:once |even |ever )?"), "not "),
    # "you sulk every single time I suggest it" -> "you sulk when I suggest it".
    (
        re2.compile(
            r"(?i)\bevery (?:single )?time ((?:i|we|you|u|my|your|the|it|there|she|he|they|"
            r"someone)(?: [^ ]+){1,4})$"
        ),
        r"when \1",
    ),
    (re2.compile(r"(?i)\b(?:always|constantly|every single time|all the time)\b ?"), ""),
)
# "you never (once) asked": a past tense after "never". Its "never" is set aside as a
# placeholder word while the substitutions run (RE2 has no look-ahead to skip it).
_NEVER_PAST = re2.compile(
    r"(?i)\b(you|u) ((?:just |literally |still |also |honestly |really |basically )?)never "
    r"(?:once |even |ever )?([a-z]+ed|said|told|made|came|went|did|gave|took|thought|rang|"
    r"called|got|brought|bought|paid|sent|spent|left|showed|stood|sat)\b"
)
_KEPT_NEVER = "n_ever"  # a word no substitution matches
# Someone else's "never", as the partner said it ("when you said I never help"): kept.
_NEVER_SAID = re2.compile(r"(?i)\b(i|we|they|he|she) never\b")
# One search for "would any of them change the clause", before the substitutions.
_ANY_GENERAL = re2.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _GENERAL))
# "you're the one who invited them" -> "you invited them"; "who drives" -> "you drive".
_THE_ONE = re2.compile(
    r"(?i)\b(you|u)(?:'re| are|r| were) the (?:only )?one (?:who|that) ((?:always |just |still |"
    r"never |constantly |literally |actually |really |also )?)([a-z']+)"
)
_BASE_FORM = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go"}
# A clause that names no behaviour: an order, a forecast, a verdict on the person.
_NO_BEHAVIOUR = re2.compile(
    r"(?i)(?:you|u)(?:'ve| have)? got (?:to|one|some|a)\b|(?:you|u)(?:'d| had)? better\b"
    r"|(?:you|u)(?:'re| are) (?:always |never |so |just )?(?:right|wrong)\b"
    r"|(?:you|u) (?:need|have) to\b|(?:you|u) (?:should|must|know)\b"
    r"|(?:you|u)(?:'ll| will)\b|(?:you|u)(?:'re| are) (?:not )?(?:going to|gonna|saying)\b"
    r"|(?:you|u)(?:'re| are) no (?:better|different)\b|(?:you|u)(?:'ve| have)? ever\b"
    # A jab or an entitlement, not a moment: "you owe my mother an apology", "you don't get
    # to cry your way out of this", "and you wonder why I'm quiet", "you want the truth?".
    r"|(?:you|u)(?:'ve| have)? got no\b|(?:you|u) (?:owe|still owe)\b"
    r"|(?:you|u) (?:don'?t|do not) get to\b|(?:you|u) get to be\b"
    r"|(?:you|u) (?:wonder|want|wanted) (?:why|to talk|to know|the truth|honesty)\b"
    r"|(?:you|u) and your ['\"\x{2018}\x{201c}]|(?:you|u) (?:actually|really|seriously|honestly) "
    r"think\b|(?:you|u) (?:asked|ask)(?: me)? (?:to|why|what|if|whether)\b"
    r"|(?:you|u) asked(?:\W|$)|(?:you|u)(?:'ve| have)? got the (?:cheek|nerve|gall)\b"
    r"|(?:you|u)(?:'re| are) (?:so |really |just |truly )?(?:terrible|awful|useless|hopeless|"
    r"rubbish|crap|bad|shit) at\b|(?:you|u)(?:'re| are) (?:exactly |just )?like (?:your|my)\b"
    r"|(?:you|u) can'?t even (?:keep|boil|cook|do|manage|remember|get|make|be|spell|drive|read|"
    r"count|tie|change|organi[sz]e|look after|take care)\b"
    # "you're not the only one who works", "you're the only person in this house who's ever
    # tired": a comparison that answers back, not a moment.
    r"|(?:you|u)(?:'re| are) (?:not |honestly |literally |really )?the only (?:one|person|people)\b"
    # "you sort out your debts or you find somewhere else to live": an ultimatum.
    r"|(?:you|u) [^,;.!?]* or (?:else|you|u|i|i'm|we|we're)\b"
    r"|(?:you|u) can (?:find|go|leave|get|pack|sleep|move)\b"
    r"|(?:you|u) can'?t keep (?:a|an|your|the|any)\b"
    r"|(?:you|u) (?:turn|turned) into (?:an?|such|this|that|some)\b"
    # A condition, not a moment: "talk to you when you've calmed down", "... a show-off when
    # you've had a drink"; and a sweep: "like you forget everything else".
    r"|(?:you|u)(?:'ve| have|'re| are) (?:calmed down|ready|done|finished|grown up|sobered up|"
    r"sober|had a drink|had a few)\b|(?:you|u) [^,;.!?]*\beverything else\b"
    # "you always ruin the weekend": an outcome charged to the person, not a moment.
    r"|(?:you|u) (?:(?:always|just|constantly|literally|totally|completely) )?(?:ruin|spoil|"
    r"wreck|destroy)(?:s|ed|t)?\b"
    # "you're overreacting like you always do": a verdict on the reaction, not a moment.
    r"|(?:you|u)(?:'re| are)? (?:(?:just|always|totally|completely|so|being) )*(?:overreact|"
    r"exaggerat|imagining things|blowing (?:this|it|things|everything) (?:up|out of))[a-z]*\b"
    r"|(?:you|u)(?:'re| are) \d+\b|(?:you'?re|you are|ur) the (?:[a-z]+est|most [a-z]+|worst)\b"
    r"|(?:you|u)(?:'re| are| really are| were| will always be|'ll always be) "
    r"(?:(?:basically|literally|just|honestly|actually|really|like) )?(?:your|an?|such)\b"
    r"|(?:you|u)(?:'ve| have)(?: always| never)? been (?:an?|such|so|your)\b"
    rf"|(?:you'?re|you are|ur|you can be|you get|you'?ve (?:always )?been) (?:(?:so|such an?|some|"
    rf"being|just|really|too|very|a bit|kind of|always|still|honestly|literally) )*"
    rf"(?:{CHARACTER}|{INSULTS})\b"
    # Without a copula, as many Englishes say it: "you so lazy one lah".
    rf"|(?:you|u) (?:so|such|very|damn|really|too) (?:{CHARACTER}|{INSULTS})\b"
)
_VERDICT_WORD = re2.compile(rf"(?i)\b(?:{CHARACTER}|{INSULTS})\b")
_AUXILIARY = _word_set("been be are is was were do did does have has had will would can anyway")
_POINTS_ELSEWHERE = _AUXILIARY | {"this", "that", "it"}
# "... like the laziest man in Croydon": an insult dressed as a comparison.
_INSULTING_LIKE = re2.compile(
    rf"(?i)\s+like (?:a |an |the |some )?(?:[a-z-]+ )?(?:{CHARACTER}|{INSULTS})\b"
)
# "you left the gas on AGAIN you idiot": the name-calling after the behaviour.
_CALLED_NAMES = re2.compile(
    rf"(?i)\s*,?\s+(?:you|u|ya)\s+(?:[a-z-]+\s+){{0,2}}(?:{CHARACTER}|{INSULTS})\b"
)
# "were you planning to tell me": without its "were", the clause is not English.
_BE_BEFORE = frozenset({"were", "was", "are", "is", "am", "have", "has", "had"})
# Words after which "you" starts a clause of its own: "and you just nod along",
# "honestly you ...", "when you ...".
_SUBJECT_BEFORE = _word_set(
    "and but so then because cos cause coz bc since when whenever while now or plus yet "
    "also honestly frankly either just literally seriously really again still clearly obviously "
    "basically yesterday today tonight oh wow god look listen typical yaar man mate like "
    "well yeah course way how why that fact reason time instead"
)
_ASKED_BEFORE = frozenset({"do", "does", "did", "would", "could"})
_YOUR_SUBJECT = re2.compile(r"(?i)^\W*(?:your|ur)\b")
_SUBORDINATE = _word_set("when whenever while since because cos if after before")
# Shouted words that stay in capitals when the rest comes down.
_CAPITAL = frozenset({"I", "I'M", "I'D", "I'LL", "I'VE", "OK", "TV", "GP", "UK", "US", "NHS"})
# A situation keeps at most this many words; a longer one is cut, but not after these.
_MAX_WORDS = 16
_DANGLING = _word_set(
    "a an the to of for with and or but than that at in on by from my your our his her "
    "their so as if when"
)
# A verb in "your brother walks all over us", "your parents still won't call me".
_ACTS = re2.compile(
    r"(?i) (?:[a-z]+[^s's]s|is|are|was|were|has|have|had|won't|can't|doesn't|don't|didn't|"
    r"never|keeps?|always)\b"
)
_YOUR_AND_YOU = re2.compile(r"(?i)^\W*(your [^,;.!?]{3,60}? (?:and|while) )(?:you|u)\b")
_UNANCHORED = _re2.RE2.Anchor.UNANCHORED
_ANCHOR_START = _re2.RE2.Anchor.ANCHOR_START
# A comma or point inside a number ("R4,800", "£12.50") does not end the clause.
_YOU_CLAUSE = re2.compile(r"(?i)\b(?:you|u)\b(?:[^,;.!?]|[,.]\d)*")
_YOU = re2.compile(r"(?i)\b(?:you|u)\b")
_JUDGEMENT = re2.compile(
    r"(?i)\b(?:you're|you are|ur|your) (?:so |such an? |being |just |a |an |really )*"
    r"[a-z-]+\b"
)
# What follows the behaviour and is not part of it: a verdict ("... and you're so selfish"),
# the writer's own side ("... and I'm sick of it", "... and it drives me mad"), which the
# I-feel part says better, or a summons ("... and we are going to discuss it").
_TRAILING_VERDICT = re2.compile(
    r"(?i)\s*,?\s+(?:and|&|plus|but|so|because|cos|cause)\s+(?:you're|you are|ur|youre|i|i'm|im"
    r"|i am|i've|ive"
    r"|we're|we are|we'll|we will|we need|we have|we've"
    r"|(?:it|that)(?:'s| is)? (?:drives|makes|winds|gets|driving|making|winding))\s"
    r"|\s+(?:tells|shows|says) (?:me|it|everything|all)\b"
    # "when you left without me I felt ...": the feeling, with no comma before it.
    r"|\s+i (?:felt|feel)\b"
)


# The point in "£12.50" or "3.30" ends no sentence; the same text with it set aside (same
# length, so its offsets are the text's).
_DECIMAL_POINT = re2.compile(r"(\d)\.(\d)")


def _ends_only(text: str) -> str:
    return _DECIMAL_POINT.sub(r"\1_\2", text) if "." in text else text


def sentence_at(text: str, start: int) -> str:
    """The sentence that holds `start`, trimmed."""
    ends_only = _ends_only(text)
    left = max(ends_only.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    ends = [i for i in (ends_only.find(c, start) for c in _SENTENCE_END) if i != -1]
    return text[left : min(ends, default=len(text))].strip()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence is, its closing marks included ("Really?!"), spaces between
    them left out; a decimal point ends none."""
    ends_only = _ends_only(text)
    spans: list[tuple[int, int]] = []
    start = 0
    at = 0
    while at < len(text):
        if ends_only[at] in _SENTENCE_END:
            while at + 1 < len(text) and ends_only[at + 1] in _SENTENCE_END:
                at += 1
            if text[start : at + 1].strip():
                spans.append((start, at + 1))
            start = at + 1
        at += 1
    if text[start:].strip():
        spans.append((start, len(text)))
    return [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip()))
        for a, b in spans
    ]


def _span(pattern: re2._Regexp, text: str, anchor: Any = _UNANCHORED) -> tuple[int, int] | None:
    """Character offsets of the first match (or None), with one raw RE2 call on ASCII text
    (the wrapper's match objects cost several times the search on a short sentence)."""
    if text.isascii():
        data = text.encode()
        start, end = pattern._regexp.Match(anchor, data, 0, len(data))[0]
        return None if start < 0 else (start, end)
    found = pattern.search(text) if anchor is _UNANCHORED else pattern.match(text)
    return None if found is None else found.span()


def matches(pattern: re2._Regexp, text: str) -> bool:
    """Whether `pattern` occurs in `text` (one raw RE2 call)."""
    data = text.encode()
    return pattern._regexp.Match(_UNANCHORED, data, 0, len(data))[0][0] >= 0


def _base_form(verb: str) -> str:
    """The verb as "you" says it: "drives" -> "drive", "tidies" -> "tidy", "did" stays."""
    low = verb.lower()
    if low in _BASE_FORM:
        return _BASE_FORM[low]
    if low.endswith("ies") and len(low) > 4:
        return verb[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return verb[:-1]
    return verb


def _you_did(clause: str) -> str:
    found = _THE_ONE.search(clause)
    if found is None:
        return clause
    you, adverb, verb = found.groups()
    return f"{clause[: found.start()]}{you} {adverb}{_base_form(verb)}{clause[found.end() :]}"


def one_occurrence(text: str) -> str:
    """ "you never call" -> "you don't call"; one search first, as most text has none.

    Before a past tense "never" is one event ("you never asked how it went") and stays:
    "don't asked" is not English and dropping it would say the opposite.
    """
    if matches(_ANY_GENERAL, text):
        kept = _NEVER_PAST.sub(r"\1 \2" + _KEPT_NEVER + r" \3", text)
        kept = _NEVER_SAID.sub(r"\1 " + _KEPT_NEVER, kept)
        for pattern, repl in _GENERAL:
            kept = pattern.sub(repl, kept)
        text = kept.replace(_KEPT_NEVER, "never")
    return text


def _subject_you(sentence: str) -> tuple[int, int] | None:
    """The first clause whose subject is "you", or None.

    A "you" after a verb or a preposition is an object ("I asked you for one thing",
    "all you care about", "rely on you for anything"): its clause names no behaviour.
    """
    # Every "you", not every clause: the clause of an object "you" runs on over the next one
    # ("I keep trying to tell you how hard it is and you keep changing the subject").
    for word_found in _YOU.finditer(sentence):
        found = _YOU_CLAUSE.match(sentence, word_found.start())
        before = sentence[: found.start()].split()
        if not before or before[-1][-1] in ",:;-(\"'\u2014\u2013":
            return found.span()
        word = before[-1].lower()
        if word in _BE_BEFORE:
            return None  # "were you planning to tell me": a question, not English without it
        if word in _ASKED_BEFORE:
            # "why did you spend ..." names what was done; "did you even look" asks.
            if len(before) > 1 and before[-2].lower().strip(",") in ("why", "how"):
                return found.span()
            continue
        if word in _SUBJECT_BEFORE:
            return found.span()
        if _after_a_moment(before):
            return found.span()
    return None


# "Every time I try to talk about my feelings you turn it into a joke": after a moment of
# the writer's own, with no comma, "you" starts the main clause, unless the word before
# it takes an object ("When I asked you ...", "Whenever I need you ...").
_MOMENT_OPENERS = frozenset({"when", "whenever", "every", "each"})
_TAKES_AN_OBJECT = _word_set(
    "for to with at on about from like than of in by into onto over after before behind near "
    "tell ask help see saw hear heard need want love miss call text show give get let make "
    "told asked gave showed called texted needed wanted loved missed made let got beg begged"
)


def _after_a_moment(before: list[str]) -> bool:
    if len(before) < 3 or before[0].lower() not in _MOMENT_OPENERS:
        return False
    subject = before[2] if before[0].lower() in ("every", "each") else before[1]
    last = before[-1].lower()
    return subject in ("I", "i") and last not in _TAKES_AN_OBJECT and not last.endswith("ed")


def situation(sentence: str) -> str | None:
    """The behaviour in a blaming sentence, made specific; None when it is only a verdict.

    >>> situation("You never help around the house")
    "you don't help around the house"
    """
    span = _subject_you(sentence)
    if span is None:
        return None
    said_before = sentence[: span[0]].split()
    if said_before and said_before[-1].lower() in _SUBORDINATE and matches(_YOUR_SUBJECT, sentence):
        # "Your own mother laughs at you when you're out of the room": the mother does it.
        return None
    clause = _you_did(sentence[span[0] : span[1]])
    if _span(_NO_BEHAVIOUR, clause, _ANCHOR_START) is not None:
        # A verdict on the person may come with the behaviour after it; an order, a forecast
        # or a jab ("since you know everything, you sort out the mortgage") does not.
        verdict = _span(_VERDICT_OPENS, clause, _ANCHOR_START) is not None
        return _after_the_verdict(sentence, span[1]) if verdict else None
    clause = one_occurrence(clause)
    before = sentence[: span[0]].split()
    if _after_a_moment(before):
        # The writer's moment is the situation too: "I try to talk about my feelings and
        # you turn it into a joke".
        moment = before[2:] if before[0].lower() in ("every", "each") else before[1:]
        clause = f"{' '.join(moment).rstrip(',;:-')} and {clause}"
    # "Your brother walks all over us and you just nod along": the part before the "you"
    # is the situation too.
    setting = _YOUR_AND_YOU.search(sentence)
    if setting is not None and setting.end(1) == span[0]:
        if matches(_VERDICT_WORD, setting.group(1)):
            return None  # "Your family are a bunch of freeloaders and ..."
        if matches(_ACTS, setting.group(1)):  # not "Your own sister's wedding and you ..."
            clause = setting.group(1) + clause
    # "you're so lazy" is a verdict about a person, not a situation to describe.
    judgement = _span(_JUDGEMENT, clause, _ANCHOR_START)
    if judgement is not None and judgement[1] >= len(clause.rstrip()) - 1:
        return _after_the_verdict(sentence, span[1])
    return _behaviour(clause)


_VERDICT_OPENS = re2.compile(r"(?i)(?:you'?re|you are|ur|u r)\b")


def _after_the_verdict(sentence: str, end: int) -> str | None:
    """ "You're so inconsiderate, you never think to text": the behaviour in the clause
    after a verdict, when one follows a comma and starts with "you" ("..., and you ...");
    not a "when" after it ("You're so lazy when you're tired" names no moment)."""
    rest = sentence[end + 1 :]
    if sentence[end : end + 1] not in (",", ";", "-") or not matches(_OPENS_WITH_YOU, rest):
        return None
    return situation(rest)


def _behaviour(clause: str) -> str | None:
    """The behaviour a clause names, without a verdict or the writer's side tacked on,
    at most _MAX_WORDS long; None when too little is left to name one."""
    for tail in (_TRAILING_VERDICT, _INSULTING_LIKE, _CALLED_NAMES):
        if matches(tail, clause):
            clause = tail.split(clause)[0]
    words = clause.split()
    if len(words) < 3 or (len(words) <= 4 and words[-1].lower() in _POINTS_ELSEWHERE):
        # "you have been", "you do anyway", "you always do this": the behaviour was said
        # before, or is only pointed at
        return None
    if len(words) > _MAX_WORDS:
        # Cut at a word that can end a phrase: "... than say one word to" would not.
        words = words[:_MAX_WORDS]
        while words[-1].lower() in _DANGLING:
            words.pop()
    first = words[0] if words[0] == "I" else words[0].lower()
    return calm([first, *words[1:]])


# Texting spellings that read oddly inside a whole I-feel sentence ("When u knew i was on
# lates, I feel hurt"); "ur" and "its" are left, as each may be two words.
_SPELLED_OUT = {
    "u": "you", "U": "you", "urself": "yourself", "ya": "you", "ud": "you'd", "i": "I",
    "im": "I'm", "ive": "I've", "dont": "don't", "didnt": "didn't", "doesnt": "doesn't",
    "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "isnt": "isn't", "wasnt": "wasn't", "havent": "haven't", "youre": "you're",
}  # fmt: skip


# Laughter tacked onto the moment ("after doing the dishes lol") is no part of it, and
# ends it when it stands where a full stop would.
_LAUGHS = _word_set("lol lolol lool lmao lmfao rofl haha hahaha hehe jk")


def calm(words: list[str]) -> str:
    """The writer's words as written (names keep their capitals), SHOUTED words brought
    down to size, texting spellings spelled out, and emoji-only words (a sarcastic 👏👏) and
    laughter left out: ["u", "forgot", "AGAIN", "👏", "lol"] -> "you forgot again"."""
    kept: list[str] = []
    for word in words:
        if word.lower().strip(".,!?") in _LAUGHS:
            if len(kept) >= 3:
                break  # "you left the gate open again lmao the dog is gone": a break
            continue
        if not any(c.isalnum() for c in word):
            continue
        if word in _SPELLED_OUT:
            word = _SPELLED_OUT[word]
        elif sum(c.isalpha() for c in word) > 1 and word.isupper() and word not in _CAPITAL:
            word = word.lower()
        kept.append(word)
    return " ".join(kept)


# What a hard conversation is about, in the writer's words: "we need to talk about your
# drinking", "we're going to discuss last night", "I want to know why the car's dented".
_TOPIC = re2.compile(
    r"(?i)(?:\b(not\s+)?(?:(?:talk|talking|chat|conversation|words|it out|know|it's|its)\s+about"
    r"|discuss|discussing|sort out|sorting out|go through|going through|I want to know)"
    r"|(?:^|[.!?]\s+)about)\s+([^,;.!?\n\x{2014}\x{2013}]{3,80})"
)
# A time, a summons or a threat at the end is not part of the topic: "... about Christmas
# tonight", "... or I'm moving out", "... whether you like it or not".
_TOPIC_TAIL = re2.compile(
    r"(?i)\s+(?:(?:right )?now|tonight|today(?: itself)?|tomorrow|later|anymore|is happening.*"
    r"|this (?:weekend|evening)"
    r"|when (?:you|u) get (?:home|in|back)|the (?:minute|second|moment) .*|before .*"
    r"|whether .*|(?:and|or) (?:you|u|i|i'm|we|we're) .*| - .*|line by line|together.*)$"
)
# "talk about it", "discuss and it can't wait", "it's about you": no topic named.
_NO_TOPIC = _word_set("this it that us you me and but or so if when")


def topic(text: str) -> str | None:
    """What the writer wants to talk about, or None when the message does not say.

    >>> topic("Get in here. We need to talk about your DRINKING right now.")
    'your drinking'
    """
    found = _TOPIC.search(text)
    if found is None or found.group(1):
        return None  # "We are not discussing your mother" refuses the topic
    subject = found.group(2).strip()
    if matches(_TOPIC_TAIL, subject):
        subject = _TOPIC_TAIL.sub("", subject)
    words = subject.split()[:_MAX_WORDS]
    while words and words[-1].lower() in _DANGLING:
        words.pop()
    if not words or words[0].lower() in _NO_TOPIC:
        return None  # "talk about it without shouting" names no topic
    return calm(words)


# A later sentence is tried only when "you" starts it: "Ring me when you've found the
# money" names no behaviour of the moment.
_OPENS_WITH_YOU = re2.compile(
    r"(?i)^\W*(?:(?:and|but|so|then|honestly|seriously|look|oh|typical|again|plus)\W+)?"
    r"(?:you|u|your)\b"
)


def _sentences_from(text: str, start: int, limit: int) -> list[str]:
    """The sentence around `start` and the ones after it, at most `limit` in all."""
    found: list[str] = []
    ends_only = _ends_only(text)
    while start < len(text) and len(found) < limit:
        sentence = sentence_at(text, start)
        if sentence:
            found.append(sentence)
        ends = [i for i in (ends_only.find(c, start) for c in _SENTENCE_END) if i != -1]
        if not ends:
            break
        start = min(ends) + 1
    return found


# A rhetorical "Who practises drums at midnight?" asks nothing: it says "you practise drums
# at midnight". Present tenses only ("who invited him?" may really ask), and not a verb
# that makes the question a figure of speech ("who cares?", "who knows?").
_WHO_DOES = re2.compile(
    r"(?i)^\W*(?:(?:and|so|honestly|seriously|like|i mean|because)\W+)?who ([a-z]+s) (.+)$"
)
# "who forgets their own son's birthday": the "their" is the partner's.
_THEIR = re2.compile(r"(?i)\b(?:their|themselves|themself)\b")
_YOURS = {"their": "your", "themselves": "yourself", "themself": "yourself"}
# A second verb after "and", known by the word after it: "and leaves the", not "and kids".
_AND_DOES = re2.compile(
    r"(?i)\band ([a-z]+s) (the|a|an|your|their|my|our|it|him|her|them|me|us|everything)\b"
)
_NOT_ACTS = _word_set("is was has says cares knows thinks wants needs means likes loves wins")


def _who_does(sentence: str, text: str) -> str | None:
    """ "Who leaves a nappy on the counter?" -> "you leave a nappy on the counter"."""
    found = _WHO_DOES.match(sentence)
    if found is None or found.group(1).lower() in _NOT_ACTS:
        return None
    if sentence + "?" not in text and not text.rstrip().endswith(sentence):
        return None  # asked, or the last words of a text with no marks ("who does that lol")
    rest = _THEIR.sub(lambda m: _YOURS[m.group(0).lower()], found.group(2))
    # "Who walks off and leaves the saw running?": the second verb is "you" said too.
    rest = _AND_DOES.sub(lambda m: f"and {_base_form(m.group(1))} {m.group(2)}", rest)
    return f"you {_base_form(found.group(1))} {rest}"


# "I'm sick of coming home to a wrecked lounge": the behaviour is in the -ing phrase, and
# it happens again and again ("I keep coming home to ...", "you keep leaving ...").
_FED_UP = re2.compile(
    r"(?i)^\W*(?:(?:honestly|seriously|look|and|so|right|tbh)\W+)?(?:i'?m|i am|im)\s+"
    r"(?:(?:so|really|just|absolutely|getting|actually)\s+)*"
    r"(?:sick(?: and tired)?|tired|fed up|done) (?:of|with) (?:(you|u)\s+)?"
    r"(?:(?:always|constantly|never)\s+)?([a-z]+ing\b.*)$"
)


def _fed_up(sentence: str) -> str | None:
    """ "I'm sick of you leaving towels on the bed" -> "you keep leaving towels on the bed".

    >>> _fed_up("I'm tired of coming home to a mess")
    'I keep coming home to a mess'
    >>> _fed_up("honestly I'm sick of being the only adult in this house")
    'I end up being the only adult in this house'
    """
    found = _FED_UP.match(sentence)
    if found is None:
        return None
    who = "you" if found.group(1) else "I"
    doing = found.group(2)
    # "I keep being the only adult here" is not how anyone says it.
    keep = "end up" if doing.lower().startswith("being ") else "keep"
    return f"{who} {keep} {doing}"


# "You're pathetic. Crying to your mother about our business.": after a verdict, a phrase
# with no subject that starts with what was being done, to or about the partner's own
# ("your", "me", "us"). Not the writer's doing ("Going to my mum's."), nor a bare "Going
# to bed." that says nothing about whose.
_DOING = re2.compile(
    r"(?i)^\W*(?:(?:and|honestly|seriously|just|always|again|still)\W+)?([a-z]+ing)\s+"
    r"(.*\b(?:your|yours|yourself|me|us|our)\b.*)$"
)
_MINE = _word_set("i i'm im i've i'd i'll my myself mine")
# Words in -ing that are not something being done ("Bring me your phone", "Wedding at your
# mum's"): a word under six letters (bring, ring, thing, icing) or a noun.
_NOT_DOING = _word_set(
    "spring string during something nothing anything everything being morning evening "
    "wedding meeting building darling pudding ceiling clothing feeling earring sibling "
    "stuffing parking filling"
)


def _doing(sentence: str) -> str | None:
    """ "Crying to your mother about our business" -> "you were crying to your mother about
    our business"; None when it does not read as the partner's doing."""
    found = _DOING.match(sentence)
    if found is None or len(found.group(1)) < 6 or found.group(1).lower() in _NOT_DOING:
        return None
    words = {w.strip(",;:'\"").lower() for w in sentence.split()}
    if not _MINE.isdisjoint(words) or len(words) < 3:
        return None
    return f"you were {found.group(1).lower()} {found.group(2)}"


# The sentence before a verdict names the behaviour when it says what "you" did, plainly:
# "You ..." or "Every time I ... you ...". Not a question ("You want the truth?"), nor
# praise that is the jab ("Oh wow, you loaded the dishwasher. Should I ring the paper?").
_SAYS_WHAT_YOU_DID = re2.compile(
    r"(?i)^\W*(?:(?:and|so|then|again)\W+)?(?:(?:you|u)\b|(?:every time|each time|whenever|"
    r"when) (?:i|we)\b)"
)
_PRAISE_OPENS = re2.compile(
    r"(?i)^\W*(?:oh|wow|well done|clever|brilliant|nice one|congrat|bravo|amazing|great|"
    r"fantastic|look at (?:you|u))\b"
)


def _sentence_before(text: str, start: int) -> str:
    """The sentence before the one at `start`, when it plainly says what "you" did."""
    spans = sentence_spans(text)
    at = next((i for i, (a, b) in enumerate(spans) if a <= start < b), None)
    if not at:
        return ""
    a, b = spans[at - 1]
    before = text[a:b]
    if (
        before.rstrip().endswith("?")
        or not matches(_SAYS_WHAT_YOU_DID, before)
        or matches(_PRAISE_OPENS, before)
    ):
        return ""
    return before.rstrip(_SENTENCE_END + " ")


def situation_from(text: str, start: int, *, look_back: bool = True) -> tuple[str, str | None]:
    """The sentence at `start` and its situation, or a nearby one's when it has none.

    A verdict often comes first and the behaviour after it ("You're so spineless. You just
    nod along."): the flagged sentence and the next two are tried in turn. The behaviour may
    also come just before the verdict ("Every time I bring up the debt you disappear into
    your phone. You are the most avoidant person I've ever met."): that sentence is last,
    and only with `look_back` (not when the message mocks: "Wow. You found the hoover.
    Shall I ring the paper?" praises in order to jab).

    >>> situation_from("You're so vain. You spent an hour on your hair.", 0)
    ('You spent an hour on your hair', 'you spent an hour on your hair')
    """
    candidates = _sentences_from(text, start, 3)
    for k, candidate in enumerate(candidates):
        said = _who_does(candidate, text) or candidate
        if k and not matches(_OPENS_WITH_YOU, said):
            doing = _doing(said)
            if doing is not None:
                return candidate, _behaviour(doing)
            continue
        kept = _fed_up(said)
        if kept is not None and kept.startswith("I "):  # the writer's side: kept as it is
            return candidate, _behaviour(one_occurrence(kept))
        what = situation(kept or said)
        if what is not None:
            return candidate, what
    before = _sentence_before(text, start) if look_back else ""
    what = situation(before) if before else None
    if what is not None:
        return before, what
    return (candidates[0] if candidates else text), None
