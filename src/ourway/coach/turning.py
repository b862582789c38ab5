"""Deciding how a reply meets a bid: toward, away or against (Gottman's bids).

The reply's own analysis counts: a reply that blames or mocks turns against the bid even
without an irritated keyword, and a reply that is really an errand turns away.
"""

from __future__ import annotations

import re2

from ourway.coach.engine import Hit
from ourway.coach.result import Analysis, Turn
from ourway.coach.rules.logistics import ERRANDS
from ourway.coach.text import Doc, prepare

_ERRAND = re2.compile(ERRANDS)
_HEART = "\u2764".encode()
_WORD = re2.compile(r"[a-z][a-z']{3,}")
# Warmth that outweighs a grumpy word ("Ugh, I'm sorry", "WHAT. Shut up. I'm so proud!").
_CELEBRATE = re2.compile(
    r"\b(?:proud|love|amazing|congrat\w*|celebrat\w*|so happy|yay|i'?m (?:so )?sorry|oh no|"
    r"ha(?:ha)+|aw+|brilliant|you'?ll be)\b"
)
_HELPS = re2.compile(
    r"\b(?:i'?ll (?:take|do|get|come|pick|make|sort|call|grab|be)|i can (?:take|do|get|come|"
    r"pick|help)|let me|anything i can|what can i do|i'm (?:listening|here)|all ears|"
    r"what'?s up|tell me|what happened|how (?:was|did|are)|we should|want to|date night|"
    r"with me|is (?:he|she|it|your|everyone) "
    r"(?:ok|okay|alright)|are you (?:ok|okay|alright))\b|\b(?:you|u) (?:ok|okay|alright)\?"
)
# A bid that asks after the partner ("How are you really?", "are we okay?"): an answer
# that says how the writer is turns toward it, whatever words it shares with the question.
_CHECKS_IN = re2.compile(
    r"\b(?:how (?:are|r|'re|were|was|is) (?:you|u|ya|things|we|your day|ur day|work)"
    r"|how(?:'s| is) (?:it going|everything|your|ur|work|the)|how (?:you|u) (?:doing|feeling|"
    r"holding up)|(?:are|r) (?:you|u|we) (?:ok|okay|alright|all right|good)|(?:you|u) (?:ok|okay|"
    r"alright)\?|what'?s (?:wrong|up with you|going on with you)|how do (?:you|u) feel)"
)
_SAYS_HOW = re2.compile(
    r"\b(?:i'?m|im|i am|i feel|i felt|i'?ve been|ive been|i was|feeling|honestly|tbh|"
    r"to be honest|if i'?m honest|not (?:great|good|really|so good|brilliant)|a bit|bit of|"
    r"better|worse|rough|tired|exhausted|knackered|shattered|scared|worried|anxious|sad|low|"
    r"flat|stressed|overwhelmed|lonely|happy|calmer|great|good|awful|terrible)\b"
)
# Common words that say nothing about whether the reply is on the bid's topic.
_STOP = frozenset(
    {
        "that", "this", "with", "what", "have", "your", "just", "from", "they", "them",
        "then", "there", "their", "about", "would", "could", "should", "really", "today",
        "tonight", "yeah", "were", "been", "will", "when", "where", "which", "while", "some",
        "like",
    }
)  # fmt: skip


def _content(doc: Doc) -> set[bytes]:
    return {w for w in _WORD.findall(doc.b[:2000]) if w.decode("utf-8", "replace") not in _STOP}


def answers_check_in(doc: Doc, result: Analysis, bid: Doc) -> bool:
    """The bid asks after the writer and the reply says how they are, with no charge and no
    "fine" closing the door: turned toward, whatever words it shares with the question."""
    return (
        _CHECKS_IN.search(bid.b) is not None
        and not (result.fine_shield or result.blame or result.horsemen)
        and _SAYS_HOW.search(doc.b) is not None
    )


def decide_turn(doc: Doc, hits: list[Hit], result: Analysis, bid: str) -> Turn:
    labels = {h.rule.label for h in hits}
    b = doc.b
    celebrating = _CELEBRATE.search(b) is not None
    hostile = "turn:against" in labels or result.blame or bool(result.horsemen)
    if hostile and not celebrating:
        return "against"
    asked = prepare(bid)
    if answers_check_in(doc, result, asked):
        return "toward"
    on_topic = bool(_content(doc) & _content(asked))
    helps = _HELPS.search(b) is not None
    errand = result.logistics or _ERRAND.search(b) is not None
    # A heart with the errand is warmth ("can't, going on now ❤️ will call at 0600").
    if errand and not on_topic and not helps and not celebrating and _HEART not in b:
        return "away"
    if "turn:toward" in labels or on_topic or helps or celebrating:
        return "toward"
    return "away"
