"""Whose safety a danger finding is about: the writer's, or the partner's they write to.

The coach flags danger in both kinds of message: "he checks my phone every night" (the
writer may not be safe) and "give me your passcode. now." (the writer is the one
controlling). The app answers them differently: private safety options for the first,
and for the second what such words can do to a partner and where help to stop starts.

When the words leave it open, the answer is "writer": a frightened person wrongly told
they sound threatening would be the worse mistake, and the writer's card still names
safety. This reads the findings and a few plain cues; it is not a label of the corpus.
"""

from __future__ import annotations

from typing import Literal

import re2

from ourway.coach.result import Analysis

AtRisk = Literal["writer", "partner"]
# Which safety card a message gets: the writer's own safety ("writer" when the words say
# so, "maybe" when only the word model saw danger and nothing says whose it is), a threat
# or control over the partner, or force the writer describes using against the partner.
Card = Literal["writer", "maybe", "threat", "force"]
# The cards for a writer who may not be safe: safety options (and, in the CLI, crisis
# lines) and no coaching on wording for the partner.
FOR_THE_WRITER: frozenset[str] = frozenset({"writer", "maybe"})

# Rules whose words are the writer's own fear, injury or self-harm: the writer's safety.
_WRITER_RULES = frozenset(
    {"danger.violence", "danger.fear", "danger.harm-described", "danger.self-harm",
     "danger.escape"}
)  # fmt: skip
# The writer describes using force against the partner.
_FORCE_RULE = "danger.harm-done"

# Cues that the writer is on the receiving end: someone else acting ("Alvin keeps
# saying ..."), the partner's threat reported back ("you said you'd ..."),
# the writer controlled ("won't let me", "I'm not allowed", "I just have to show him the
# receipts", "can I keep 200 for me?", "you took my card", "my own money") or afraid.
_RECEIVING = re2.compile(
    r"\b(?:you|u) (?:said|told me|threatened|threaten|keep threatening|swore)\b"
    r"|\b(?:let|lets|letting|makes|made|make|forces|forced|force) me\b"
    r"|\b(?:i'm|im|i am|i was) not (?:allowed|meant|supposed)\b"
    r"|\bi (?:just |now |still |always |even )?(?:have|had|need) to "
    r"(?:ask|send|show|hand|give|tell|account|check in|get)\b"
    r"|\b(?:can|could|may) i (?:please )?(?:keep|go|see|have|use|buy|spend)\b"
    r"|\b(?:prefers|wants|expects|needs) me (?:home|in|to stay|to be home|back)\b"
    r"|\bi (?:get|am on|'m on|m on) an allowance\b|\bmy own (?:bank )?(?:money|wages|salary|"
    r"pay|account|card|phone)\b|\bgive (?:me )?back (?:my|me)\b"
    r"|\b(?:show|send) (?:you|u|him|her) (?:the |every |all )?(?:receipts?|statements?)\b"
    r"|\bhaving to (?:ask|show|send|tell|account)\b|\bsorry for asking\b"
    r"|\bi(?:'ve| have|ve)? (?:stopped|quit|given up) (?:going|seeing|calling|visiting)\b"
    r"|\b(?:bruises?|bruised|marks on|my arm|my wrist|my neck|my ribs|on the floor)\b"
    r"|\b(?:keeps|kept|always|is always|was) saying\b|\bsays\b|\bsaid,? [\"'‘“]"
    r"|\bif i say no\b|\bjust cuddl|\bhim (?:seh|say|says|said)\b|\bshows? (?:you|u|him|her) my\b"
    r"|\b(?:you|u) need to (?:know|see) where i am\b|\b(?:mad|angry) at me\b"
    r"|\bturned on (?:the|my) location\b|\b(?:say|said|told \w+(?: \w+)?) (?:that )?i (?:fell|"
    r"tripped|walked into|slipped)\b"
    r"|\b(?:you|u) (?:took|take|changed|hid|hide|went through|go through) (?:all )?my\b"
    r"|\b(?:won'?t|doesn'?t|never|refuses to) (?:give|let)\b|\bplease stop\b|\bin my name\b"
    r"|\b(?:scared|afraid|frightened|terrified|unsafe|eggshells|flinch|shaking|shakin)"
    r"|\b(?:checks?|checked|checking|reads?|reading|tracks?|tracked|tracking|takes?|took|"
    r"controls?|controlled|keeps?|kept|went through|goes through|go through|going through|"
    r"watch|watches|monitors?) (?:all )?my\b"
    r"|\bevery (?:cent|penny|pound|dollar|minute|message|text|call) i\b"
    # Self-harm held over the partner ("I'll take everything in the cabinet"): the
    # writer's own life is at risk, and the crisis lines on the writer's card come first.
    r"|\b(?:alive|end it all|end my life|kill myself|killing myself|hurt myself|overdose|"
    r"a&e|the er|take everything in|live without you)\b"
)


_GLADLY = re2.compile(
    r"\b(?:makes?|made) me (?:so |really |always )?(?:laugh|smile|happy|giggle|grin|"
    r"breakfast|dinner|lunch|coffee|tea|a cup|a coffee|a tea)\b"
)


# Someone else in the message, the partner talked about ("he'll", "my husband"): on the
# receiving end when a rule names danger, but alone too little for the word model's guess
# to be told "you may not be safe" ("My husband said he'll be home late tonight").
_SOMEONE_ELSE = re2.compile(
    r"\b(?:he|she|he's|she's|hes|shes|he'll|she'll|he'd|she'd|he is|she is)\b"
    r"|\bmy (?:husband|wife|boyfriend|girlfriend|partner|fiance|fiancé|fiancee|bf|gf|hubby|"
    r"missus|ex)\b"
)


# How sure the word model must be for its danger, with only a partner talked about, to be
# told as "you may not be safe" rather than as a possibility.
_SURE = 0.5


# The controlling partner's own voice, for danger only the word model saw (it has no rule
# to point at): an order or a warning about the partner's life ("remember whose name is on
# your visa", "be a shame if ...", "you ask me first", "share your location. now").
# Read only when no cue above says the writer is on the receiving end.
_CONTROLLING = re2.compile(
    r"\bremember whose name\b|\b(?:be|it'd be|itd be|would be) (?:such )?an? (?:awful |real )?"
    r"(?:shame|pity) if\b|\b(?:you|u)(?:'d| had|d)? better (?:not )?(?:be|say|answer|pick|come|"
    r"get|stop|think|delete|tell)\b|\b(?:you|u) ask me (?:first|before)\b|\bi decide\b"
    r"|\b(?:share|send|turn on|switch on) (?:me )?(?:your|ur) (?:live )?location\b"
    r"|\bgive me (?:your|ur) (?:phone|passcode|password|pin|card|bank card|keys)\b"
    r"|\bthink (?:very |really )?carefully (?:before|about)\b|\byour choice\.?$"
    r"|\b(?:you're|youre|you are) not (?:going|seeing|ringing|calling|leaving|taking) "
    r"(?:back to |to |out with )?(?:that|your|any|those|him|her)\b"
    r"|\bsee if you get (?:them|it|her|him) back\b|\bif you (?:don'?t|do not) pick up\b"
    # Rules laid down (read on danger round 12 in the controlling partner's voice, measured
    # on rounds 11 and 13): "I'm not asking." (not "I'm not asking permission to buy
    # shampoo anymore": the one controlled, taking it back), "I'll assume you're hiding
    # something", "I'll be checking", "I have needs", "don't unplug it again". Not "it's
    # normal" or "every couple ...": the one controlled says those too, to play it down.
    r"|\bi'?m not ask(?:ing|in)(?: again| twice| you)?(?:[.,!;]|$)|\bi'?ll (?:assume|know)\b"
    r"|\bi'?ll be checking\b"
    r"|\bi (?:have|got|'ve got) needs\b|\b(?:don'?t|do not) (?:unplug|move|turn off|take off) "
    r"(?:it|the camera|that)\b|\b(?:turn|take) it off again\b|\bfrom now (?:on )?(?:you|u)\b"
)


# Care for the partner's safety, in the writer's own words.
_CARING = re2.compile(
    r"\bso (?:i|we) know (?:you'?re|you are|ur|u r|you got|u got|you've got|youre) "
    r"(?:safe|ok|okay|home|back)\b|\b(?:drive|get home|stay|travel|fly|ride|home) safe(?:ly)?\b"
)


def at_risk(text: str, result: Analysis) -> AtRisk | None:
    """Whose safety the danger in `result` is about; None when there is no danger."""
    found = _whose(text, result)
    return found[0] if found else None


def _whose(text: str, result: Analysis) -> tuple[AtRisk, bool] | None:
    """at_risk, and whether the words say so (False: the safe side, by default)."""
    if not result.danger:
        return None
    rules = {f.rule for f in result.findings if f.label == "danger"}
    if rules & _WRITER_RULES:
        return "writer", True
    if _FORCE_RULE in rules:
        return "partner", True
    # "makes me laugh" is no one forced.
    lower = _GLADLY.sub("", text.lower())
    ruled = any(rule.startswith("danger.") for rule in rules)  # not the word model alone
    if _RECEIVING.search(lower):
        return "writer", True
    if _SOMEONE_ELSE.search(lower):
        # Real danger the word model alone saw is mostly far above its cut (a median of
        # p=0.78 on the corpus); near the cut, half of such calls were warm news ("My
        # husband said he'll be home late tonight"), so the card says what it is: maybe.
        sure = (result.danger_probability or 0.0) >= _SURE
        return "writer", ruled or sure
    if not ruled and _CARING.search(lower):
        # Only the word model saw danger, next to care for the partner's safety ("send me
        # your location when you land so I know you're safe x"): the possibility, not a
        # verdict on either of them.
        return "writer", False
    # A rule found a threat, an order or a demand, with no one else acting and no fear:
    # the writer's own ("Answer when I call. Every time. Or there will be consequences.").
    # The word model alone says too little about who acts (it also flags comfort after a
    # mugging): then the writer's safety comes first, unless the words are plainly the
    # controlling partner's own.
    if ruled:
        return "partner", True
    if _CONTROLLING.search(lower):
        return "partner", True
    return "writer", False


def used_force(result: Analysis) -> bool:
    """The writer describes using force against the partner ("I'm sorry I shoved you")."""
    return any(f.rule == _FORCE_RULE for f in result.findings)


def card(text: str, result: Analysis) -> Card | None:
    """The safety card for `result` (None when there is no danger): the one decision the
    live coach, the note after saving and `ourway analyze` all show."""
    found = _whose(text, result)
    if found is None:
        return None
    whose, said = found
    if whose == "writer":
        # Only the word model saw danger and no words say whose: the writer's card, worded
        # as the possibility it is ("I'll be sleeping in the camper tonight. Don't come
        # out." is a talk ended, and it is also how a frightened person might write).
        return "writer" if said else "maybe"
    return "force" if used_force(result) else "threat"
