"""Apologies: the bad patterns and the four parts of a good one (seed Part 4)."""

from __future__ import annotations

import re2

from ourway.coach.rulebase import NEGATED, QUESTION, QUOTED, Rule, words
from ourway.coach.text import Doc

_PARTS = "A full apology has remorse, responsibility, an offer to make amends and a change."

# Words before "sorry" that make it someone else's apology or no apology at all.
_NOT_MINE = (b"say ", b"said ", b"says ", b"saying ", b"you're ", b"you are ", b"be ", b"feel ",
             b"should ")  # fmt: skip


# Sarcasm marks: "Oh sorry, I forgot you're the only one who works 🙄" is contempt.
_SARCASM = (b"\xf0\x9f\x99\x84", b"i forgot you're the only",
            b"am i boring you")  # fmt: skip


# A bid declined kindly is no apology: "sorry love, not tonight, my back's killing me".
_DECLINING = re2.compile(
    rb"^,? ?(?:(?:love|babe|hun|hon|darling|sweetheart|sweetie|mate|x+)[,.!]? )?(?:not (?:tonight|"
    rb"now|today|this time|this weekend)|(?:i )?can'?t (?:tonight|today|make it|do (?:it|tonight|"
    rb"today))|no can do|rain ?check)"
)


# "I'm so sorry about your uncle Morty, babe", "so sorry about your nan, love": sympathy for
# a loss or a blow; not "sorry about your dad's birthday", which owns something.
_SYMPATHY = re2.compile(
    rb" about (?:your|ur) (?:uncle|aunt|auntie|nan|nana|nanna|gran|granny|grandma|grandmother|"
    rb"grandad|granddad|grandpa|grandfather|dad|father|mum|mom|mother|friend|job|results)"
    rb"(?: [a-z]+)?\s*(?:[,.!]|x\b|$)"
)


def _own_sorry(doc: Doc, start: int, end: int) -> bool:
    if any(mark in doc.b for mark in _SARCASM):
        return False
    before = doc.b[max(0, start - 12) : start]
    after = doc.b[end : end + 24]
    if any(before.endswith(w) for w in _NOT_MINE) or _DECLINING.search(doc.b[end : end + 60]):
        return False
    if _SYMPATHY.match(doc.b[end : end + 60]) is not None:
        return False
    # Sympathy is not an apology: "sorry to hear that", "sorry for your loss"; nor is a
    # polite opener to a request: "sorry to bother you", "sorry, can you grab bin bags?".
    return not after.startswith(
        (
            b" to hear",
            b" for your loss",
            b" you had",
            b" that happened",
            b" to bother",
            b" to be a pain",
            b" for nothing",
            b" not sorry",
            b", what",
            b" what?",
            b", are you",
            b", i can't",
            b" you're hurting",
            b" you are hurting",
            b" for the essay",
            b" for the long",
            b" for the rant",
            b" for the spam",
            b" to interrupt",
            b" to ask",
            b", can you",
            b", could you",
            b", quick",
            b" quick q",
            b", random",
        )
    )


_CHANGE_CUES = (
    b"won't",
    b"never",
    b"try",
    b"again",
    b"next time",
    b"from now",
    b"make sure",
    b"be more",
    b"stop",
    b"keep",
    b"remember",
    b"listen",
    b"calmer",
)


# An offer that can only be repair ("What can I do to make this right?") belongs to an
# apology that owns the act without a "sorry" ("I messed up. What can I do ...?"): the
# coach's own advice for a missing offer is that very question.
_REPAIR_OFFERS = (b"what can i do to", b"how can i make", b"make it up to", b"make this up to",
                  b"is there anything i can do", b"let me ", b"lemme ")  # fmt: skip
_OWNING = (b"messed up", b"screwed up", b"my fault", b"on me", b"i was wrong", b"let you down",
           b"dropped the ball", b"i blew it")  # fmt: skip


def _repair_not_change(doc: Doc, start: int, end: int) -> bool:
    """'I'll call her and apologise' is repair; 'I'll try to listen' is a change."""
    clause = doc.b[start : end + 30]
    if any(cue in clause for cue in _CHANGE_CUES):
        return False
    if doc.b[start:end].startswith(_REPAIR_OFFERS) and any(
        word in doc.b[:4000] for word in _OWNING
    ):
        return True
    return _near_remorse(doc, start, end)


_REMORSE = (
    b"sorry",
    b"apologi",
    b"apology",
    b"sry",
    b"soz",
    b"regret",
    b"forgive",
    b"awful",
    b"terrible",
    b"my bad",
    b"jammer",
    b"ashamed",
)


def _not_entitled(doc: Doc, start: int, end: int) -> bool:
    """'I shouldn't have to ask twice' claims a right; it owns nothing."""
    return not (
        doc.b[start:end].startswith(b"i should")
        and doc.b[end : end + 9].lstrip().startswith((b"have to ", b"need to ", b"to "))
    )


def _near_remorse(doc: Doc, start: int, end: int) -> bool:
    """Naming an act or a repair belongs to an apology only when regret is there too."""
    return any(word in doc.b[:4000] for word in _REMORSE)


# "I did nothing wrong", "I said nothing": the act named only to deny it.
_DENIED = (b" nothing", b" no ", b" not ", b" never")


def _names_an_act(doc: Doc, start: int, end: int) -> bool:
    return _near_remorse(doc, start, end) and not doc.b[end : end + 8].startswith(_DENIED)


def _owned(doc: Doc, start: int, end: int) -> bool:
    """A verdict on an act with no one in it ("That was private.", "it was so rude") owns
    the act only next to regret: after "You told Priya about our fight" it is the charge."""
    if not _not_entitled(doc, start, end):
        return False
    said = doc.b[start:end]
    if not said.startswith((b"that", b"it", b"was")) or b" me" in said or b"my " in said:
        return True
    return _near_remorse(doc, start, end)


RULES = [
    Rule(
        id="apology.non-apology",
        label="apology:non_apology",
        pattern=words(
            r"sorry (?:that )?(?:you|u) (?:feel|felt|think|thought|took it|take it|see it|"
            r"are so|were so|are upset|were upset|got upset|are offended|were offended|"
            r"feel that way|are hurt|were hurt|can't|cant|couldn't)",
            r"(?:sorry|apologi[sz]e) if (?:you|u|anyone|that|i|it|my|anything)",
            r"(?:sorry|apologi[sz]e) if [^.!?]{0,40}\b(?:hurt|upset|offended|annoyed) (?:you|u)\b",
            r"sorry (?:that )?(?:you're|youre|you are|ur|u r|u are) feeling",
            r"sorry (?:that )?(?:you're|you are|ur|u r) (?:mad|upset|angry|annoyed|pissed|cross)",
            r"sorry (?:i'm|im|i am) (?:such a|not perfect|so terrible|not good enough)",
            r"sorry (?:that )?i (?:actually )?have a life",
            r"sorry,? your (?:highness|majesty)",
            r"(?:sorry|apologi[sz]e)[^.!?]{0,40}\bi guess",
            r"apologi[sz]e for whatever",
            r"mistakes were made",
            r"(?:sorry|apologi[sz]e)[^.!?]{0,60}\bi stand by",
            r"(?:sorry|apologi[sz]e)[^.!?]{0,60}\bbut (?:you|u|ur|your|if you|if u|honestly|"
            r"seriously|i was|i had|i'm not|come on|what|it wasn't|that's just|that's how|"
            r"i stand|i still|i think|everyone|it was|in my defen[cs]e)",
            r"(?:fine|ok|okay|alright|geez|jeez|god|ok ok)[.,!]? (?:i'?m |i am )?sorry",
            r"sorry,? (?:geez|jeez|god|ok\?|okay\?)",
            r"sorry[.!,]? (?:can|could|now can|so can) we (?:just )?(?:move on|drop it|get over|"
            r"stop|forget|be done|not)",
            r"sorry[^.!?]{0,20}[.!?,]? happy now",
            r"there,? i said (?:it|sorry)",
            r"i (?:already )?said (?:i'?m |i was )?sorry",
            r"how many times do i (?:have|need) to (?:say|apologi)",
            r"sorry for (?:whatever|existing|breathing|being alive)",
            r"sorry,? i guess",
            r"sorry (?:that )?(?:you're|you are|ur) so (?:sensitive|dramatic|uptight|touchy|"
            r"thin-skinned|easily offended|offended|insecure|paranoid|petty|needy|clingy|"
            r"judgmental|judgemental)",
            r"(?:whatever|fine|yeah yeah|k|ugh)[.,!]? (?:i'?m )?sorry",
            r"sorry[.!,]?\s*(?:ok|okay|alright|happy|satisfied)\s*\?",
            r"sorry[^.!?]{0,30}[.!?,]? (?:can|could) we (?:just )?(?:not|drop|move on|stop)",
            r"sorry[^.!?]{0,30}\bi know,? i know",
            r"sorry(?: (?:you|u) feel that way)?[.!]? anyway",
            r"(?:sorry|apologi[sz]e)[^.!?]{0,40}\bbut (?:honestly|to be fair|in fairness)",
            r"(?:sorry|apologi[sz]e)[^\n]{0,240}[.!?] but (?:(?:honestly|seriously|tbh),? )?"
            r"(?:you|u|if you|if u|someone|don'?t|"
            r"you have to admit|you know how)",
            r"i apologi[sz]e that (?:my|you|your)",
            r"i'?ve (?:already )?said sorry(?: (?:like |about |already )?\w+ times|[.!,]|\s*$)",
            r"said sorry (?:like |about |already )?\w+ times",
            r"what (?:more|else) do (?:you|u) want(?: from me)?",
            r"if i (?:upset|hurt|offended|annoyed) (?:you|u)[^.!?]{0,40}\bsorry",
            # "I'm sorry I hit you, you just make me crazy": the blame handed back
            r"(?:sorry|apologi[sz]e)[^\n]{0,120}\b(?:you|u) (?:just )?(?:make|made|drive|drove|"
            r"push|pushed) me (?:so |to |crazy|do|mad|angry|lose|like)",
            r"sorry (?:that )?(?:your|ur) \w+ (?:felt|feels|took it)",
            r"sorry (?:the truth hurts|(?:you|u) can'?t handle)",
            # "Sorry my family isn't posh enough for you": sarcasm, nothing owned
            r"sorry (?:that )?[^.!?]{0,30}\b(?:isn'?t|is not|aren'?t|are not|not|wasn'?t|"
            r"weren'?t) (?:\w+ )?enough for (?:you|u)\b",
            r"sorry (?:that )?[^.!?]{0,30}\b(?:isn'?t|is not|aren'?t|are not|wasn'?t|weren'?t) "
            r"up to (?:your|ur) (?:high |lofty )?standards",
            r"(?:sorry|apologi[sz]e)[^\n]{0,200}\b(?:though|but),? "
            r"(?:to be fair|in fairness|tbf),? (?:you|u)\b",
        ),
        provenance="Seed Part 4: 'sorry you feel that way', 'sorry, but', 'fine, sorry'.",
        message="This sounds like an apology but shifts the blame or demands closure, so it "
        "tends to make things worse.",
        suggestion="Drop the 'but' and the 'if'; say what you did and that you regret it.",
        should_flag=(
            "I'm sorry you feel that way.",
            "I'm sorry, but you were yelling too.",
            "Fine, I'm sorry. Can we move on?",
            "If I upset you then obviously I'm sorry.",
            "I'm sorry your mother felt unwelcome, but she did turn up unannounced.",
            "Sorry you're so uptight about the house being messy.",
            "Sorry my cooking isn't fancy enough for you.",
            "sorry if my brother upset you, he's just like that",
            "sorry ur feeling left out but it was a work thing",
            "I'm sorry I was late. But honestly, you could have started without me.",
            "Sorry the house isn't up to your standards, your majesty. I'll get right on it.",
            "I've said sorry. What more do you want?",
        ),
        should_pass=(
            "I'm sorry I yelled. That wasn't fair to you.",
            "So sorry your day was rubbish, love.",
            "I've said sorry to your sister for being late to the christening, she was sweet.",
        ),
        skip=frozenset({QUOTED}),
    ),
    Rule(
        id="apology.remorse",
        label="apology_parts:remorse",
        pattern=r"\b(?:sorry|sry|soz|sozzy|sorryyy*|sori|jammer|lo siento|perd[oó]n|"
        r"d[ée]sol[ée])\b|\bi (?:\w+ ){0,3}apologi[sz]e\b|\bmy apologies\b|\bapologies for\b"
        r"|\bi owe (?:you|u) an apology\b"
        r"|\bi (?:feel|felt) (?:so |really |just )?(?:terrible|awful|bad|horrible|sick) about\b"
        r"|\bi regret (?:it|that|what|how|saying|doing|the way|not|my|hurting|being)\b"
        r"|\bforgive me\b|\bi hate that i\b|\bashamed of (?:myself|how i|what i)\b",
        provenance="Lewicki et al. (2016): an apology starts with remorse.",
        message="You express regret.",
        suggestion=_PARTS,
        should_flag=(
            "I'm so sorry about last night.",
            "I want to apologize for what I said.",
            "I'm so sorry about your dad's birthday, I completely forgot.",
        ),
        should_pass=(
            "You never say sorry.",
            "I'm so sorry about your uncle Morty, babe. Whatever you need.",
            "So sorry to hear about your day, love",
            "I'm not sorry.",
            "sorry love, not tonight, my back's killing me. tomorrow?",
        ),
        skip=frozenset({QUOTED, NEGATED}),
        check=_own_sorry,
    ),
    Rule(
        id="apology.responsibility",
        label="apology_parts:responsibility",
        pattern=words(
            r"i was (?:completely |totally |so |really )?(?:wrong|rude|harsh|out of line|unfair|"
            r"selfish|thoughtless|mean|a jerk|an idiot|short with you|careless|insensitive)",
            r"(?:it's|it is|it was|that's|that was|that is) (?:all |completely |totally )?"
            r"(?:my fault|on me)",
            r"my fault",
            r"my bad",
            r"i (?:shouldn't|should not|should've|should have) ",
            r"i (?:really )?(?:messed|screwed|fucked) (?:up|that up|it up)",
            r"i take (?:full |complete )?responsibility",
            r"(?:there's|there is|i have) no excuse",
            r"i own (?:that|it|this)",
            r"that wasn't (?:fair|okay|ok|right)",
            # "I was frustrated about work and took it out on you"
            r"(?:i|and|then) took it out on (?:you|u)",
            r"i overreacted",
            r"i let (?:you|u) down",
            r"(?:that|it) was (?:so |really |completely |totally )?(?:wrong|unkind|mean|cruel|"
            r"out of order|out of line|unfair|not fair|not okay|not ok|the wrong call|selfish|"
            r"thoughtless|a violation|private|disrespectful|careless|rude|hurtful|a mean thing)",
            r"i was (?:properly |completely |totally |a bit |so )?(?:out of order|out of line|"
            r"a right|in the wrong)",
            r"i dropped the ball",
            r"out of proportion",
            r"i blew up",
            r"was (?:so |really |completely |totally |way )?(?:out of order|out of line|"
            r"uncalled for|unkind|cruel|wrong of me|not fair|unfair|a mean thing|mean of me|"
            r"hurtful|my mistake)",
            r"i broke (?:your|our) trust",
            r"(?:that|it) (?:doesn't|does not) excuse",
            r"(?:no|any) business (?:saying|doing)",
            r"i (?:took|take) it out on (?:you|u)",
            r"(?:not|wasn't|isn't) fair (?:of me|to you|on you)",
            r"i (?:acted|brushed|made it all about me|wasn't present|knew how much)",
            r"sorry (?:that |for )?(?:i |i've |i'd |i was |being |not |the way i|how i|what i|"
            r"my |[a-z]+ing\b)",
            r"apologi[sz]e for (?:[a-z]+ing|being|what|how|the way|my|missing)",
            r"(?:soz|sorry|sry) for (?:being|[a-z]+ing)",
            r"(?:that|that one|this one)(?:'s| is) on me",
            r"i got (?:that|it|this)(?: one)? wrong",
            r"fair (?:point|enough),? i did",
            r"i'?ve been taking it out on (?:you|u)",
            r"abeg no vex",
        ),
        provenance="Lewicki et al. (2016): acknowledging responsibility matters most.",
        message="You take responsibility for what you did.",
        suggestion=_PARTS,
        should_flag=(
            "I was wrong to speak to you so harshly.",
            "That was on me.",
            "I read your diary. That was wrong and I'm so sorry.",
        ),
        should_pass=(
            "It was your fault.",
            "I wasn't wrong about the dates.",
            "Oh so it's my fault now?",
            "Couples shouldn't have secrets. I shouldn't have to ask twice.",
            "I can't believe you told Priya about our fight. That was private.",
            "When I said no and you kept going anyway, that wasn't okay.",
        ),
        skip=frozenset({QUOTED, NEGATED, QUESTION}),
        check=_owned,
    ),
    Rule(
        id="apology.owns-act",
        label="apology_parts:responsibility",
        # Naming the act counts only next to remorse ("sorry I yelled"); alone, "I forgot my
        # keys" is not an apology.
        pattern=words(
            r"i know i (?:hurt|upset|embarrassed|disappointed)",
            r"i (?:hurt|upset|embarrassed|disappointed) (?:you|u)",
            r"i (?:forgot|missed|broke|snapped|yelled|lied|raised my voice|interrupted|ignored|"
            r"was late|said|did|made)",
            r"i didn't (?:call|text|show up|listen|tell you|think)",
            r"(?:for|about) (?:what i (?:said|did)|how i (?:acted|reacted|spoke|treated))",
            r"(?:that's|that is|it's) not your fault",
            r"taking it out on (?:you|u)",
            r"(?:you're|you are|ur) right",
            r"(?:it was|that was|dat was) (?:all )?(?:my|mi) (?:temper|fault|doing|mistake)",
            r"(?:totally |entirely |all )?my (?:fault|bad|problem|mistake)",
            r"(?:that|it) (?:wasn't|was not) fair",
            r"i got (?:defensive|jealous|angry|nasty|loud)",
            r"i froze",
            r"i should(?:'ve| have)",
            r"i hold my hands up",
            r"i (?:broke|drank|kept|looked|left|let|took|scraped|spaced|punched|messed up|"
            r"booked|scared|embarrassed|regret|handled)",
            r"i'?ve been (?:distant|a nightmare|so wrapped|preoccupied|short|horrible|awful)",
            r"(?:it was|that was) wrong of me",
            r"(?:that'?s|thats|that is) on me",
            r"(?:i|mi) did wrong",
            r"it (?:wasn'?t|was not) right",
            r"shouldn'?t have",
            r"i was (?:a proper |such a |a total |a |an )(?:dickhead|idiot|grump|nightmare|"
            r"prat|arse|ass|jerk|cow|pig|eejit|numpty|muppet|plonker|wally|tool|moron|dick)",
            r"i blamed (?:you|u)",
            r"(?:being|been) a (?:grump|nightmare|pain)",
            r"i promised",
            r"i (?:didn't|did not|never) (?:put|tell|call|come|show)",
        ),
        provenance="Lewicki et al. (2016): naming what you did is part of owning it.",
        message="You name what you did.",
        suggestion=_PARTS,
        should_flag=("I'm sorry I yelled at you.", "Sorry for what I said last night."),
        should_pass=(
            "I did the dishes already, you relax",
            "sorry you're upset but i did nothing wrong",
        ),
        skip=frozenset({QUOTED, NEGATED}),
        check=_names_an_act,
    ),
    Rule(
        id="apology.amends",
        label="apology_parts:amends",
        pattern=words(
            r"what can i do to (?:make|fix|help)(?: (?:it|this|things|that) (?:right|better))?",
            r"how can i make (?:it|this|things|that) (?:up|right|better)",
            r"is there anything i can do",
            r"make (?:it|this) up to you",
            r"(?:i'll|i will|will|ill|i'm going to|im going to|i'm gonna|gonna|let me|can i|"
            r"i want to|i'd like to|i'd love to) (?:\w+ ){0,2}(?:grab|get|fix|call|ring|do|make|"
            r"sort|tell|talk to (?:her|him|them)|pay|replace|clean|cook|book|apologi[sz]e|explain|"
            r"transfer|come|be there|sit down|take|message|text|buy|cover|handle|give|show|hear)",
            r"(?:i'd|i would) (?:actually |really )?love to",
            r"i(?:'ve| have) (?:already )?(?:booked|called|fixed|ordered|replaced|paid|done|"
            r"blocked|put|messaged|set up|made|transferred|cancelled|rung|texted|sorted)",
            r"(?:let's|lets) (?:go through|sit down|do|sort|plan|talk)",
            r"breakfast in bed",
            r"i'm booking",
            r"(?:dinner|lunch|pizza|tea|drinks|the takeaway)(?:'s| is) on me",
            r"taking (?:you|u) out",
            r"mek mi",
            r"what do (?:you|u) need from me",
            r"tell me what would help",
            r"(?:another|a second) go at it",
            r"start (?:the evening|the day|it|this) (?:again|over)",
            r"redo it",
            r"i'?m (?:on the phone to|ringing|calling|cutting|getting it|fixing|paying)",
            r"there'?s a new",
            r"i'?ve (?:asked|arranged|got) (?:\w+ ){0,2}to cover",
            r"friday night is yours",
            r"i'?ll go (?:first thing|tomorrow|now|back)",
            r"make it up to (?:you|u)",
            r"(?:lemme|let me) make",
            r"(?:takeaway|dinner|breakfast|coffee|the next round)(?:'s| is) on me",
            r"going back (?:out|now|to get)",
            r"i'?ve (?:rebooked|printed|told|cancelled|moved|deleted|asked|ordered|got)",
            r"i'?ll (?:shout|email|ring|call|go and|cook|pay|buy|book|sort|fix|talk to|greet|"
            r"make|bring|pick)",
            r"mi (?:a go|ago|a-go|will|gwine) (?:call|cook|fix|buy|talk|mek|set)",
            r"on (?:its|it's|my) way home with me",
            # Everyday amends: "I'll run you a bath", "let me make you dinner", "I ordered
            # you a new one".
            r"(?:i'?ll|i will|let me|lemme|i'?m going to|i'?m gonna) (?:\w+ )?(?:run|make|cook|"
            r"get|buy|bring|order|pour|grab|draw) (?:you|u) (?:a|an|some|the|your|dinner|"
            r"breakfast|lunch|tea|coffee|flowers)",
            r"i(?:'ve| have)? (?:ordered|bought|got) (?:you|u) (?:a )?(?:new|replacement|another)",
            # "I'm returning it tomorrow", "I'm taking you to the North Shore", "tomorrow's
            # all yours", "I already put in for the whole week off", "we can pick one out
            # together"
            r"i'?m (?:returning|taking (?:it|them|you|u) (?:back|to)|bringing (?:it|them) back|"
            r"paying (?:it|you|u) back|putting it back)",
            r"(?:tomorrow|tonight|today|the weekend|this weekend|next weekend|saturday|sunday|"
            r"friday night|saturday night)(?:'s| is) (?:all )?yours",
            r"i(?:'ve| have)? (?:already )?(?:put in for|booked|taken|asked for) (?:the |a )?"
            r"(?:whole |full )?(?:day|days|week|weekend|time) off",
            r"we can (?:pick|choose|find|get) (?:one|a new one|another) (?:out )?together",
        ),
        provenance="Lewicki et al. (2016): an offer of repair is the second most important part.",
        message="You offer to make it right.",
        suggestion=_PARTS,
        should_flag=(
            "I'm sorry. What can I do to make this right?",
            "Sorry I was late, let me make it up to you.",
            "I messed up. What can I do to make this right?",
            "I'm sorry I yelled. I'll run you a bath tonight.",
            "I'm sorry I broke your mug. I ordered you a new one.",
            "Let me do the school run all week, I know I dropped the ball on Tuesday.",
            "sorry i spent the couch money without asking. i'm returning it tomorrow",
            "Sorry I ditched you at the party. Tomorrow's all yours.",
            "I'm so sorry I missed it. I already put in for the whole week off for graduation.",
        ),
        should_pass=("What can I do about the car?", "Let me do the school run this week."),
        check=_repair_not_change,
    ),
    Rule(
        id="apology.change",
        label="apology_parts:change",
        pattern=words(
            r"(?:i'll|i will|ill|will|i'm going to|im going to|i'm gonna|im gonna|i promise to|"
            r"i'm committed to|i want to) (?:really |truly |honestly |definitely )?(?:try|work on|"
            r"make sure|be more|do better|never|not|stop|start|change|learn|remember|keep|"
            r"be better|put my phone|listen|leave|stick to|back you|talk to you|check|ask|"
            r"think|be calmer|be on time|plan|slow down|take a breather|be there)",
            r"i promise",
            r"(?:i )?won'?t (?:do|let|happen|say|speak|share|use|ever)",
            r"from now(?: on| onwards?)?,? (?:i|i'?ll|i will|i'?m)",
            r"from now on",
            r"from here on(?: out| in)?",
            r"from this (?:point|day) (?:on|forward)",
            r"going forward",
            r"next time",
            r"(?:it|this|that) (?:won't|can't) happen again",
            r"never again",
            r"i(?:'m| am) (?:working on|getting help|going to therapy|booking)",
            r"(?:booked in with|booking) (?:a|that) (?:counsellor|counselor|therapist)",
            r"in the future",
            r"(?:set up|put in) (?:a|my) (?:reminder|standing order|calendar)",
            r"(?:in my calendar|blocked out)",
            r"(?:go|goes|going) in the drawer",
            r"so (?:it|that|this) (?:doesn't|does not|won't|will not|never) happen again",
            r"(?:the|my) phone (?:stays|goes|lives) (?:in|away|off)",
            r"i'?ve (?:started|set (?:two |an? |some )?(?:alarms?|reminders?)|moved out)",
            r"i'?ll spend",
            r"my phone'?s open to (?:you|u)",
            r"(?:ringing|calling|booked in with|seeing) the (?:gp|doctor) about",
            r"(?:from|starting) (?:tonight|today|tomorrow)",
            r"i'?ve told work",
            r"mi (?:nah|nuh|naw) go",
            r"(?:i'?ll|i will) (?:always|never)",
            r"it won'?t happen",
        ),
        provenance="Seed Part 4: a promise of change turns regret into a commitment.",
        message="You promise a change.",
        suggestion=_PARTS,
        should_flag=(
            "I'm sorry I forgot. It won't happen again.",
            "Sorry. From now on I'll call if I'm late.",
            "That's my fault. From here on you navigate.",
        ),
        should_pass=("I'll be home at six.",),
    ),
]
