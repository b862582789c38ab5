"""How a hard talk opens: "fine" as a shield, and harsh start-ups (seed Part 1)."""

from __future__ import annotations

import re2

from ourway.coach.rulebase import OPENING, PLAYFUL, QUOTED, Rule, words
from ourway.coach.text import Doc

# After "I'm fine", these show the person is really sharing, so "fine" is not a shield.
_SHARING = (
    b"thanks for asking",
    b"thank you for asking",
    b"helped",
    b"feel better",
    b"feeling better",
    b"actually",
    b"because",
    b"but ",
    b"glad",
    b"love you",
    b"how are you",
    b"how about you",
    b"and you",
    b"you?",
    b"the doctor",
    b"works",
    b"see you",
    b"by me",
    b"mistakes happen",
    b"amazing",
    b"\xf0\x9f\x98\x82",
    b"\xf0\x9f\x98\x8a",
    b"do whatever",
    b"do what you",
    b"whatever you want",
    b"vent",
)
# ... unless the rest is itself a deflection.
_DEFLECT = (
    b"don't worry",
    b"dont worry",
    b"forget it",
    b"never mind",
    b"nevermind",
    b"leave it",
    b"drop it",
    b"it doesn't matter",
    b"doesn't matter",
    b"nothing",
    b"just tired",
    b"just busy",
    b"just quiet",
    b"don't fuss",
    b"don't stress",
    b"don't make it a thing",
    b"nothing to talk about",
    b"can we just",
    b"go, enjoy",
    b"forget i said",
    b"i don't want to talk",
    b"i dont want to talk",
    b"stop asking",
    b"can we not",
    b"whatever",
    b"go to bed",
    b"go back to",
    b"don't read into",
    b"no need to",
    b"happy now",
    b"big deal",
    b"used to it",
    b"just a long day",
    b"i said i'm",
    b"i've said",
    b"why would",
)


_THIRD = frozenset({b"he", b"she", b"he'll", b"she'll", b"they'll", b"says", b"said"})


def _demand(doc: Doc, start: int, end: int) -> bool:
    """An ultimatum to the partner, not a report of someone else's ("he said if I ...")."""
    left, _ = doc.sentence_bounds(start, end)
    if any(offer in doc.b[left:end] for offer in _OFFERS):
        return False  # "if you see me starting to go, say the word and I'll walk away"
    return not _THIRD.intersection(doc.b[left:end].split())


_OFFERS = (b"say the word", b"just tell me and", b"let me know and", b"give me a look and",
           b"squeeze my hand and")  # fmt: skip


# "Fine, do whatever" shuts a talk down (stonewalling); "fine with me" agrees.
_NOT_SHIELD = (
    b"do whatever",
    b"do what you",
    b"whatever you want",
    b"sorry",
    b"fine with",
    b"fine if",
)
# Someone else's "fine" is reported, not a shield ("she said she's fine").
_REPORTED = (b"he said", b"she said", b"they said", b"says", b"told me", b"mum said")


def _shield(doc: Doc, start: int, end: int) -> bool:
    """'Fine' deflects when little else is said, or what follows deflects too."""
    rest = doc.b[end:]
    if any(n in doc.b[start:] for n in _NOT_SHIELD) or any(r in doc.b for r in _REPORTED):
        return False
    if any(d in rest for d in _DEFLECT) and len(rest.split()) < 25:
        return True
    if len(rest.split()) > 10:
        return False
    return not any(s in rest for s in _SHARING)


# Words that make a summons gentle or happy news ("we need to talk, NOT BAD!! 😭❤️").
_GENTLE = (
    b"not bad",
    b"don't panic",
    b"dont panic",
    b"don't be mad",
    b"good talk",
    b"good news",
    # "Sit down, you're gonna love this. Nicky got into Villanova!!!"
    b"gonna love this",
    b"going to love this",
    b"are you sitting",
    b"no rush",
    b"no pressure",
    b"when we're both calm",
    b"when we are both calm",
    b"when you're free",
    b"when you get a chance",
    b"when you have a minute",
    b"at some point",
    b"\xf0\x9f\x91\x80",  # eyes
    b"\xf0\x9f\x8e\x82",  # birthday cake
    b"\xf0\x9f\x8e\x81",  # wrapped present
    b"\xf0\x9f\x90\xb6",  # puppy
    b"made you a ",  # "Sit down, I made you a cuppa": a kindness, not a summons
    b"got you a ",
    b"\xf0\x9f\x8d\xb0",  # shortcake
    # "Sit down, I have news. The IRCC email came. APPROVED."
    b"approved",
    b"we got it",
    b"got the job",
    b"we did it",
    b"\xf0\x9f\x8e\x89",  # party popper
    b"\xf0\x9f\xa5\xb3",  # partying face
)


_OPENS_A_TALK = (
    b"we're talking",
    b"we are talking",
    b"talking tonight",
    b"sit down",
    b"we need to",
    b"we have to",
    b"we gotta",
    b"meaning to say",
    b"done pretending",
    b"sorting",
    b"sort this",
    b"sort it out",
    b"or i'm out",
    b"or im out",
    b"let's talk",
    b"we'll talk",
    b"tonight",
    b"this weekend",
    b"we're going to",
)


# Laughter, a wink or a smirk anywhere in the opening makes a summons a joke ("We need to
# talk... about which of us is ordering the Jollibee tonight 😂"). Not a kiss or a heart:
# "... least you can do is stop acting like I'm a stranger tonight 😘" is no joke.
_LAUGHING = (
    b"\xf0\x9f\x98\x82",  # tears of joy
    b"\xf0\x9f\xa4\xa3",  # rolling on the floor laughing
    b"\xf0\x9f\x98\x89",  # winking face
    b"\xf0\x9f\x98\x8f",  # smirking face
    b"\xf0\x9f\x99\x88",  # see-no-evil monkey
    b"\xf0\x9f\x98\xac",  # grimacing face: "we need to talk about your mam's 70th 😬"
    b"\xf0\x9f\xa5\xb9",  # face holding back tears: "... how cute u looked 🥹"
    b"\xf0\x9f\x95\xb5",  # detective: "... then hid the wrapper in MY coat pocket 🕵️"
    b"\xf0\x9f\x98\x85",  # sweat smile: "we need to talk about your dad's 80th ... 😅"
    b"lol",
    b"haha",
    b"lmao",
)


def _not_gentle(doc: Doc, start: int, end: int) -> bool:
    head = doc.b[:300]
    return not any(word in head for word in _GENTLE) and not any(w in head for w in _LAUGHING)


# "do we have to talk about Sarah again": the summons asked as a question pushes talk away
# (a bid turned against, perhaps), it does not call the partner to it.
_ASKED = (b"do ", b"does ", b"did ")


# "we need to talk to the bank about porting the mortgage": someone else to call, not the
# partner summoned.
_TO_US = re2.compile(rb" to (?:you|u|ya|each other|me)\b")


def _summons(doc: Doc, start: int, end: int) -> bool:
    if not _not_gentle(doc, start, end) or doc.b[max(0, start - 4) : start].endswith(_ASKED):
        return False
    if (
        doc.b[start:end].endswith(b"talk")
        and doc.b[end : end + 4] == b" to "
        and _TO_US.match(doc.b, end) is None
    ):
        return False
    if doc.b[start:end].startswith(b"explain") and doc.b[max(0, start - 12) : start].endswith(
        _I_EXPLAIN
    ):
        return False  # "i want to explain the thing with the dishes": the writer explains
    return not (_BARE_MARKER.match(doc.b[start:end]) and _only_admin(doc.b[end : end + 200]))


_I_EXPLAIN = (b"want to ", b"wanna ", b"let me ", b"like to ", b"need to ", b"i'll ", b"i will ",
              b"can i ", b"i can ", b"try to ", b"i'd ")  # fmt: skip


# "Right. Bin day's moved to Tuesday.", "So. Ellie's physio's moved to 2.15 Weds.": a bare
# "Right." before a plain arrangement clears the throat; it summons no one.
_BARE_MARKER = re2.compile(rb"^\W*(?:right|so|ok|okay)[.!:]")
_WHEN_WORDS = re2.compile(
    rb"\d|\b(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b|\b(?:tomorrow|"
    rb"tonight|this (?:week|weekend)|next week|bin day)\b"
)
_HEAT = re2.compile(
    rb"\b(?:again|sick|tired|explain|why|talk|excuse|apparently|seriously|honestly|never|"
    rb"always|you'?ve|you'?re|you did|you said|sit down|fault|sorry|enough)\b|[!?]"
)


# What opens a charge after the marker: "Right. From now on your wages ...", "So. Your
# mother told mine ...", "Right. Since you clearly can't handle money ...".
_CHARGE_OPENS = re2.compile(
    rb"^\W*(?:from now|since|your|ur|you|u|apparently|i'?ve (?:seen|found|been|had)|this is|"
    rb"that'?s it|about)\b"
)


def _only_admin(rest: bytes) -> bool:
    return (
        _CHARGE_OPENS.search(rest) is None
        and _WHEN_WORDS.search(rest) is not None
        and _HEAT.search(rest) is None
    )


RULES = [
    Rule(
        id="fine_shield.fine",
        label="fine_shield",
        pattern=r"^\W*(?:[a-z']+[,.!?]? ){0,4}"
        r"(?:i'?m|im|i am|am|it'?s|its|it is|everything'?s|everything is|all'?s|we'?re|we are|"
        r"all is|all|she'?ll be) (?:totally |just |really |perfectly |completely |honestly |"
        r"so |all )?(?:fine|ok|okay|good|alright|all right|a-ok|grand|right|sound)\b"
        r"|^\W*(?:[a-z']+[,.!?]? ){0,3}(?:fine|nothing|nothin|nm|nvm|never ?mind|forget it|"
        r"it'?s nothing|nothing'?s wrong|nothing is wrong|nothing'?s the matter|nothing'?s up|"
        r"don'?t worry about (?:it|me)|don'?t worry abt it|all good|all fine|no big deal|"
        r"i'?m good|it doesn'?t matter|it'?s whatever|it'?s cool|i'?m alright|"
        r"(?:i'?m )?not upset|i'?m not upset|there'?s nothing to talk about|"
        r"it'?s not a big deal)(?: (?:x+|babe|love|hun|hon|mate|o|really|honestly))?"
        r"\W*(?:$|[.!,?])",
        provenance="Seed Part 1: 'fine' is a shield that stops a real check-in.",
        message="'Fine' here may be closing the door on a real question; what is under it "
        "tends to grow.",
        suggestion="If you're not ready, say so kindly: 'I'm not okay yet, can we talk tonight?'",
        should_flag=("It's fine.", "I'm fine, don't worry about it", "nothing, forget it"),
        should_pass=(
            "I'm fine now, thanks for asking, the talk helped a lot.",
            "That's fine with me, 7 works.",
            "she said she's fine",
        ),
        skip=frozenset({QUOTED}),
        check=_shield,
    ),
    Rule(
        id="harsh_startup.summons",
        label="harsh_startup",
        pattern=words(
            r"we (?:need|have|got|gotta|must|should) (?:to )?(?:talk|have (?:a |some )?(?:serious |"
            r"proper |long |little |real )?(?:talk|conversation|chat|word|words))",
            r"(?:you and me|we) (?:need to|have to|are going to|are gonna) (?:have words|talk)",
            r"we need to discuss",
            r"(?:can|could) i have a word",
            r"(?:we are|we're) (?:having (?:it|this) out|talking about this|"
            r"going to talk about this)",
            r"some explaining to do",
            r"let'?s get one thing straight",
            r"before you say anything",
            r"(?:it|this) can'?t wait",
            r"sit down with me",
            r"first of all",
            r"let'?s talk about why (?:you|u)",
            r"let'?s talk about (?:who|what)'?s (?:really |actually )?been",
            r"(?:care to|you (?:need|have) to|you'd better) explain",
            r"explain (?:this|yourself|the)",
            r"(?:you'd|you had|u better) better",
            r"last (?:chance|warning)",
            r"what the (?:hell|fuck|heck) (?:is|was) (?:this|that|going on)",
        )
        + r"|^\W*(?:i'?m|im|i am|honestly,? i'?m) (?:so )?(?:sick|tired) (?:and tired )?of"
        + r"|^\W*(?:i'?ve had (?:it|enough)|enough is enough|this (?:ends|stops) (?:now|today))"
        + r"|(?:^|[.!?] )\W*(?:(?:oi|right|ok|okay|so|now)[.!,]? )?sit (?:down|yourself down)\b"
        # A bare "Right." or "So." braces the reader; "Ok." mostly gives in (4 of 14 in train).
        + r"|^\W*(?:right|so|oi|listen|look|listen to me|first thing)[.!:]"
        + r"|^\W*don'?t make (?:any )?plans (?:for )?tonight"
        + r"|(?:^|[.!?] )(?:now|down|tonight)[.!]",
        provenance="Gottman: a harsh start-up predicts how the whole talk will end.",
        message="Opening with a summons puts your partner on guard before you have said what "
        "matters.",
        suggestion="Open softly with your side: 'I've been missing us lately, can we find time "
        "to talk about it tonight?'",
        should_flag=(
            "We need to talk.",
            "We need to talk about your attitude.",
            "Right. Sit down. I'm sick of this.",
            "call me. now.",
            "Listen to me. This is the last time I'm asking.",
            "So. Apparently 'I'll sort it' meant 'I'll let it lapse and act surprised'.",
            "We're having this out tonight. Don't go to bed.",
            "Right, Mr Perfect. Let's talk about who's really been spending the money, shall we?",
        ),
        should_pass=(
            "Sit down, I have news. The visa email came. APPROVED. You're staying!",
            "we need to talk about your birthday surprise 😉",
            "Can we find some time to talk tonight? I miss you.",
            "I'd love to sit down and make a plan together.",
            "ok. ok. you win. I'm going out.",
            "god, do we have to talk about Sarah again",
            "We need to talk... about which of us is ordering the Jollibee tonight, because I "
            "am NOT going out in this rain 😂",
            "Right. Bin day's moved to Tuesday cos of the bank holiday. Blue bin not green.",
            "So. Ellie's physio's moved to 2.15 Weds. I'll do the drop off.",
            "ok so i want to explain the thing with the dishes without it sounding like an excuse",
            "I think we need to talk to the bank about porting the mortgage. Can you ring them?",
        ),
        where=OPENING,
        skip=frozenset({QUOTED, PLAYFUL}),
        check=_summons,
    ),
    Rule(
        id="harsh_startup.ultimatum",
        label="harsh_startup",
        pattern=r"\bor (?:i'?ll|i will|i'?m|im|you'?ll|you will|you'?re|else|get out|we'?re)\b"
        r"|\bif (?:you|u) (?:ever |really |even )?(?:don't|dont|do not|won't|wont|can't|cant|"
        r"leave|go|walk|talk|touch|tell|see|keep|try|call|text|say|break|lie|cheat)\b"
        r"[^.!?]{0,60}\b(?:i'?ll|i will|i'?m going to|i'?m gonna|you'?ll|you will|i swear|"
        r"i'?m (?:leaving|done|out|gone))\b"
        r"|\beither (?:you|u|your|ur)\b[^.!?]{0,80}\bor\b"
        # "... or I'm going to my sister's. Your choice." closes an ultimatum; "that's your
        # choice" and "your choice of restaurant" do not.
        r"|\bthat'?s the deal\b|(?:^|[.,!?;:]) ?your choice(?:[.!?]|\s*$)"
        r"|\b(?:don'?t|do not) even think about\b"
        r"|\bthink (?:about that|twice) before\b"
        r"|\b(?:choose|pick)[:,]? (?:[a-z']+ ){0,3}or me\b"
        # "Touch my phone again and you'll regret it", not "I keep saying no and you keep
        # going" (a person describing what is done to them).
        r"|\b(?:keep|touch)\b[^.!?]{0,40}\b(?:and see|and you(?:'?ll|'?re| will| won'?t))\b",
        provenance="Gottman: an ultimatum opens a talk as a fight to be won.",
        message="An ultimatum leaves your partner two choices, both losing; the talk becomes a "
        "stand-off.",
        suggestion="Say what you need and why it matters to you, and ask what they can do.",
        should_flag=(
            "Either you start pulling your weight or I'm moving out.",
            "If you don't come to the wedding, I'm done.",
            "Choose: your mates or me.",
        ),
        should_pass=(
            "I'm sorry I lost it in Tesco. If you see me starting to go, say the word and I'll "
            "walk away.",
            "If you want, I'll cook tonight.",
            "He said if I go to the gym without him he'll smash my stuff.",
            "Tea or coffee?",
            "I was wrong. Let me make it up to you on Saturday, your choice of restaurant.",
            "I keep saying no and you keep pushing until I give in.",
            "So it sounds like you're scared that if you tell me, I'll be angry. Is that it?",
        ),
        skip=frozenset({QUOTED, PLAYFUL}),
        check=_demand,
        # A threat of harm is danger first; the coach's safety path takes over from there.
        # A paraphrase of the partner's fear ("it sounds like you're worried that if you
        # tell me, I'll think less of you") is listening, not an ultimatum.
        unless=("danger", "reflection"),
    ),
    Rule(
        id="harsh_startup.attack-first",
        label="harsh_startup",
        pattern=r"^\W*(?:(?:god|honestly|seriously|first of all|look|listen|oi|right|so|"
        r"wow),? )?(?:you|u|ur|your|you're|youre|why (?:do|are|did|would|can't|cant|don't|"
        r"dont|is it) (?:you|u|always)|how (?:could|can|dare) (?:you|u)|i feel (?:like |that )?"
        r"(?:you|u|ur))\b",
        provenance="Gottman: starting a hard talk with an attack (harsh start-up) predicts "
        "how it ends.",
        message="The first words attack your partner, so the talk starts as a defence.",
        suggestion="Start with your side and one specific moment: 'I felt ... when ...'.",
        should_flag=(
            "You're so selfish. We're talking about the money tonight.",
            "You're a liar and I can prove it. Sit down.",
        ),
        should_pass=(
            "You always make me laugh.",
            "Oh grow up. You're such an idiot.",
            "You left the gate open and the dog got out.",
            "You're so selfish.",
        ),
        where=OPENING,
        skip=frozenset({QUOTED, PLAYFUL}),
        # The label guide: an accusation about one event is blame, not a harsh start-up;
        # opening a talk with an attack on who the partner is (criticism, contempt) is one.
        # Ten of twelve corpus writers read a bare insult ("You're so selfish.") as
        # criticism but not a start-up: the attack must open a talk ("We're talking
        # tonight", "Sit down", "I'm done pretending").
        requires=("horsemen:criticism", "horsemen:contempt"),
        check=lambda doc, start, end: any(cue in doc.b for cue in _OPENS_A_TALK),
    ),
]
