"""The rule type: a small declarative unit, in the spirit of proselint's checks.

A rule is an RE2 pattern over the lowercased message plus the contexts that cancel a hit
(negation, quotation, a question, a positive continuation...). A rule may add a `check`
function for what a pattern cannot say. Every rule carries its provenance, an
explanation, a suggestion, and examples that must flag and must pass (tests run them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ourway.coach.text import Doc, Needles

# Contexts that cancel a hit when listed in `Rule.skip`.
NEGATED = "negated"  # "I don't think you're lazy"
QUOTED = "quoted"  # 'she said "you never listen"', "he calls me stupid"
QUESTION = "question"  # "are you okay?"
POSITIVE = "positive"  # "you always make me laugh"
PLAYFUL = "playful"  # "we need to talk about your birthday surprise 😉"
FRAMED = "framed"  # "When you didn't listen at dinner, I felt lonely": an I-statement
DEFAULT_SKIP = frozenset({NEGATED, QUOTED})

# Laughter, winks and hearts: a line said in play (the PLAYFUL context, and `is_playful`).
_PLAYFUL_WORDS = (
    b"\xf0\x9f\x98\x89",  # winking face
    b"\xf0\x9f\x98\x98",  # face blowing a kiss
    b"\xe2\x9d\xa4",  # heart
    b"\xf0\x9f\x98\x8a",  # smiling face
    b"\xf0\x9f\x98\x82",  # tears of joy
    b"\xf0\x9f\xa5\xb3",  # party face
    b"\xf0\x9f\x8e\x89",  # party popper
    b"lol",
    b"haha",
    # "a surprise", not "act surprised"
    b"surprise ",
    b"surprise!",
    b"surprise.",
    b"surprise,",
    b"surprise?",
    b"surprises",
    b"good news",
    b"exciting",
    b"jk",
    b"\xf0\x9f\x98\x8d",  # heart eyes
    b"\xf0\x9f\x94\xa5",  # fire
    b"\xf0\x9f\x99\x88",  # see-no-evil monkey
    b"\xf0\x9f\xa5\xb0",  # smiling face with hearts
    b"how good",
    b"\xf0\x9f\x98\x8f",  # smirking face
    b"\xf0\x9f\x98\x9c",  # winking face with tongue
    b"\xf0\x9f\x98\x9d",  # squinting face with tongue
    b"\xf0\x9f\xa4\xad",  # face with hand over mouth
    b"\xf0\x9f\x98\x86",  # grinning squinting face
    b"\xf0\x9f\xa4\xa3",  # rolling on the floor laughing
    b"\xf0\x9f\x8e\xa4",  # microphone
    b"\xf0\x9f\x92\x83",  # dancer
    b"\xf0\x9f\x8d\xbb",  # clinking beer mugs
    b"\xf0\x9f\xa5\x82",  # clinking glasses
    b"\xf0\x9f\xa4\xa4",  # drooling face
)
# Not playful, though the corpus only uses them in jest: 😤 is as often real anger
# ("You're so selfish 😤 and you never listen") and 😩 real weariness; a skipped charge
# there would hide blame from the one person it is for.
PLAYFUL_MARKS = Needles(_PLAYFUL_WORDS)

# Where in the message a hit may start.
ANYWHERE = "anywhere"
OPENING = "opening"  # the first sentence, how a hard topic is opened

Check = Callable[[Doc, int, int], bool]

# Shared pieces of patterns, written <LIKE_THIS> inside rule patterns.
MACROS: dict[str, str] = {
    # "you're", "you are", "ur", "your" (a common texting spelling of "you're").
    "YOU_ARE": r"(?:you ?'?re|you are|you r|u r|ur|u'?re|your|you're being|you are being|"
    r"you'?ve been|you have been)",
    "YOU": r"(?:you|u|ya)",
    "INTENS": r"(?:(?:so|such|really|very|truly|totally|completely|just|being|literally|"
    r"fucking|freaking|effing|damn|bloody|always|honestly|seriously|unbelievably|the most|"
    r"a|an|such an?|being so|acting|acting so|too|pretty|kind of|kinda|incredibly|absolute|"
    r"complete|total|utter|actual|bloody|massive|huge|big|little|fundamentally|basically|"
    r"genuinely|clearly|obviously|still|always been|no better than|nothing but) )*",
    "ALWAYS": r"(?:always|never|constantly|forever|every single time|every time|"
    r"all the time|ever|not once|literally never|literally always)",
    "I": r"(?:i|im|i'm|ive|i've|i'd)",
    "B": r"\b",
}


def expand(pattern: str) -> str:
    """Replace <MACRO> names in a pattern; unknown names are an error at import time."""
    for name, body in MACROS.items():
        pattern = pattern.replace(f"<{name}>", body)
    if "<" in pattern and any(f"<{c}" in pattern for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        raise ValueError(f"unknown macro in pattern: {pattern}")
    return pattern


@dataclass(frozen=True)
class Rule:
    """One declarative rule. `label` is a result key or "key:value" (see Finding)."""

    id: str
    label: str
    pattern: str
    provenance: str
    message: str
    suggestion: str
    should_flag: tuple[str, ...]
    should_pass: tuple[str, ...]
    skip: frozenset[str] = DEFAULT_SKIP
    where: str = ANYWHERE
    also: tuple[str, ...] = ()  # labels a hit implies, e.g. criticism implies blame
    check: Check | None = None  # extra test on (doc, byte start, byte end)
    reply_only: bool = False  # only for replies to a bid (turn rules)
    requires: tuple[str, ...] = ()  # counts only when another hit has one of these labels
    unless: tuple[str, ...] = ()  # dropped when another hit has one of these labels

    @property
    def regex(self) -> str:
        return expand(self.pattern)


def _ends_in_marks(item: str) -> bool:
    """The phrase ends in a class of punctuation only: "about you[.!,]"."""
    if not item.endswith("]") or "[" not in item:
        return False
    return not any(c.isalnum() or c == "_" for c in item[item.rfind("[") + 1 : -1])


def words(*items: str) -> str:
    """An RE2 alternation of phrases bounded by word edges: words("a b", "is that it?").

    A phrase that ends in punctuation, or in a class of punctuation ("[.!,]"), gets no
    closing word edge (there is none after "?").
    """

    def bounded(item: str) -> str:
        # " ?" is an optional space ("over ?reacting"); every other space is any whitespace.
        item = item.replace(" ?", r"\s*").replace(" ", r"\s+")
        if item.endswith(("?", ",", ":", ".", "!", "'")) or _ends_in_marks(item):
            return item
        return item + r"\b"

    # A phrase that opens with a mark ("'withdraw it'", "\\$\\d+", "£\\d+") gets no opening
    # word edge either: there is none between a space and "$".
    marked = [bounded(i) for i in items if i.startswith(_OPENING_MARKS)]
    plain = r"\b(?:" + "|".join(bounded(i) for i in items if not i.startswith(_OPENING_MARKS)) + ")"
    return plain if not marked else "(?:" + "|".join([plain, *marked]) + ")"


_OPENING_MARKS = ("'", '"', "£", "€", "#", "@", r"\$", r"\.", r"\(")


def _skip_class(p: str, j: int) -> int:
    """Index just past the character class that opens at p[j] == "["."""
    j += 1
    if p[j : j + 1] == "^":
        j += 1
    if p[j : j + 1] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _close(p: str, i: int) -> int:
    """Index of the ")" that closes the "(" at p[i]."""
    depth, j = 0, i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _skip_class(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    raise ValueError(f"unbalanced pattern: {p}")


def _alternatives(p: str) -> list[str]:
    """`p` split on its top-level "|"."""
    out, depth, j, start = [], 0, 0, 0
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _skip_class(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(p[start:j])
            start = j + 1
        j += 1
    out.append(p[start:])
    return out


def _expand_first_group(p: str, chunk: int) -> list[str] | None:
    """Distribute the first unquantified top-level group with alternatives over `p`,
    `chunk` alternatives at a time ("a(?:b|c|d)e" -> "a(?:b|c)e", "a(?:d)e" for 2)."""
    j = 0
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _skip_class(p, j)
            continue
        if c == "(":
            k = _close(p, j)
            inner = p[j + 1 : k]
            body = inner[2:] if inner.startswith("?:") else None if inner[:1] == "?" else inner
            if body is not None and p[k + 1 : k + 2] not in ("?", "*", "+", "{"):
                alts = _alternatives(body)
                if len(alts) > 1:
                    groups = (
                        alts
                        if len(alts) <= chunk
                        else ["|".join(alts[i : i + chunk]) for i in range(0, len(alts), chunk)]
                    )
                    return [p[:j] + "(?:" + a + ")" + p[k + 1 :] for a in groups]
            j = k + 1
            continue
        j += 1
    return None


def branches(pattern: str, budget: int = 40, chunk: int = 8) -> list[str]:
    """A pattern as a list of simpler patterns whose union matches the same texts.

    Top-level alternatives, and unquantified groups of alternatives, are distributed
    ("a(?:b|c)d" -> "abd", "acd"; long groups `chunk` alternatives at a time) while the
    list stays within `budget`. Each branch is a small RE2 program with its own literal
    atoms, so a prefilter can skip most of them; one alternative without a usable atom
    then no longer makes a whole rule run on every message.
    """
    done: list[str] = []
    pending = _alternatives(pattern)
    while pending:
        p = pending.pop(0)
        expanded = _expand_first_group(p, chunk)
        if expanded is None or len(done) + len(pending) + len(expanded) > budget:
            done.append(p)
        else:
            pending[:0] = [a for e in expanded for a in _alternatives(e)]
    return done
