"""Reflective listening and the deep needs underneath a conflict (seed Part 2)."""

from __future__ import annotations

from ourway.coach.rulebase import QUOTED, Rule, words
from ourway.coach.text import Doc, addresses_you, next_word

_NOT_PARAPHRASE = frozenset(
    {b"a", b"an", b"fun", b"good", b"great", b"perfect", b"amazing", b"lovely", b"nice", b"the"}
)


_CHECK_QUESTIONS = (b"is that", b"did i get", b"have i got", b"am i getting", b"do i have")
# What a paraphrase may open with when it names no "you": "It sounds like the thing that
# hurt wasn't the money, it was finding out from the bank. Have I got that?"
_REFLECTING = (b"sounds like", b"hearing", b"feels like", b"seems like")


def _paraphrase(doc: Doc, start: int, end: int) -> bool:
    """'Sounds like a plan' agrees; it does not reflect what the partner said. A check
    question alone ("Is that right?", "The train's at 6, is that right?") reflects only
    when what comes before it says something of the partner's."""
    if doc.b[start:end].startswith(_CHECK_QUESTIONS):
        before = doc.b[:start]
        return addresses_you(before) or any(cue in before for cue in _REFLECTING)
    return next_word(doc, end) not in _NOT_PARAPHRASE


# "I'm afraid I've booked the wrong dates" and "I'm afraid it's sold out" regret a fact;
# fear comes with "of", "that", "to" or a feeling about someone.
_AFTER_POLITE_AFRAID = frozenset({b"i", b"i've", b"ive", b"i'd", b"i'll", b"we", b"we've",
                                  b"it", b"it's", b"its", b"there", b"not", b"so"})  # fmt: skip


def _not_regret(doc: Doc, start: int, end: int) -> bool:
    if not doc.b[start:end].endswith(b"afraid"):
        return True
    return next_word(doc, end) not in _AFTER_POLITE_AFRAID


RULES = [
    Rule(
        id="reflection.paraphrase",
        label="reflection",
        pattern=words(
            r"what i(?:'m| am)? hear(?:ing)?(?: you say(?:ing)?)?(?: is)?",
            r"what i(?:'m| am) getting (?:is|from)",
            r"so what (?:you're|you are|ur) saying is",
            r"(?:you're|you are) saying (?:that )?",
            r"(?:it )?sounds like (?:you|u|you're|ur|youre|what you)",
            r"(?:it )?(?:seems|sounds) (?:like|as if) (?:you|you're) "
            r"(?:feel|felt|are|were|need|want)",
            r"if i(?:'m| am)? (?:understand|understanding|hear|hearing) (?:you|correctly|right)",
            r"(?:so )?if i'?ve got (?:this|it|that|you) right",
            r"let me (?:check|say it back|see if|make sure|get this)",
            r"just (?:to check|so i'?m getting|so i understand|to make sure)",
            r"i want to make sure i (?:understand|get|heard)",
            r"(?:i )?(?:want|wanna|need) to (?:check|make sure) (?:that )?i (?:understood|"
            r"understand|heard|got|get) (?:you|u|that|this|it)",
            r"so what (?:you're|you are|ur) telling me",
            r"have i got (?:that|it|this)(?: right)?",
            r"is that (?:it|fair|close)\?",
            r"(?:so )?(?:you'd|you would) like (?:me|us) to",
            r"let me (?:see if i|make sure i|check i|check if i) (?:get|got|understand|heard)",
            r"so (?:you|u) (?:feel|felt|are feeling|were feeling|need|needed|want|wanted) ",
            r"so for you,",
            r"did i get (?:that|it|this) (?:right)?",
            r"am i getting (?:that|this|it) right",
            r"is that (?:right|what you mean|what you're saying|it)\?",
            r"do i have (?:that|it) right",
        )
        + r"|(?:^|[.!?] )(?:so,? )?(?:it )?sounds like"
        + r"|\bif i(?:'m| am|'ve| have)? (?:get|got|getting|following|understood|understand)"
        r"(?: (?:this|it|that|you))?(?: correctly| right)?[,:]",
        provenance="Structured listening: mirroring what you heard lowers escalation.",
        message="You reflect back what your partner said; that helps them feel heard.",
        suggestion="Check it with them: 'Did I get that right?'",
        should_flag=(
            "So what I'm hearing is that you feel lonely when I work late. Is that right?",
            "It sounds like you're exhausted and need me to step in.",
            "i want to check i understood you. you were hurt that i left without saying bye?",
        ),
        should_pass=(
            "I hear you're going to Sam's tonight?",
            "That sounds like a plan.",
            "So you're saying it's all my fault?",
            "Is that right?",
            "The train leaves at 6, is that right?",
        ),
        skip=frozenset({QUOTED}),
        unless=("horsemen:defensiveness", "horsemen:contempt"),
        check=_paraphrase,
    ),
    Rule(
        id="needs.safety",
        label="needs:safety",
        pattern=words(
            r"(?:feel|be|keep|am|being|not|never|i'm not) (?:\w+ )?(?:safe|secure|unsafe|insecure)",
            r"(?:can't|cant|don't|dont|can|could|to|i|learn to|rebuild|lost|break|broke|"
            r"rebuild the|regain|earn|need to) trust",
            r"trust (?:you|me|each other|us|again)",
            r"(?:stability|stable|reassurance|reassure me|count on (?:you|me|each other)|"
            r"rely on (?:you|me|each other)|depend on (?:you|me))",
            r"(?:i|we) can rely on",
            r"(?:i'm|im|i am|i was|i get|i feel|feeling|i felt) (?:so |really |actually )?"
            r"(?:scared|afraid|terrified|frightened|unsafe)",
            r"(?:don't|dont|can't|cant|never) (?:feel )?safe",
            r"broke (?:your|my|our) trust",
            r"believe (?:you|a word)",
            r"(?:honesty|honest with me)",
            r"(?:still|always) be (?:here|there)",
            r"sleep better knowing",
            r"(?:cushion|emergency fund|safety net)",
            r"(?:we're|we are) (?:not )?okay",
            r"come back to it",
            r"account for (?:every|where|my|all)",
            r"untrustworthy",
            r"safety",
            r"(?:sense of|emotional|need|feel|some|any) (?:\w+ )?security",
        ),
        provenance="Seed Part 2: the need to feel safe and secure.",
        message="You name a need for safety or trust.",
        suggestion="Say what would help you feel safe with each other.",
        should_flag=("I need to know I can trust you again.", "I just want to feel safe."),
        should_pass=(
            "Drive safe!",
            "the security deposit is due",
            "I'm afraid I've booked us the wrong dates for Lisbon 🙈 I'll fix it tomorrow",
            "We should set up a joint account for the wedding costs. Thoughts?",
        ),
        check=_not_regret,
    ),
    Rule(
        id="needs.respect",
        label="needs:respect",
        pattern=words(
            r"(?:dis)?respect(?:ed|s|ing|ful)?",
            r"(?:un)?(?:valued|appreciated)",
            r"(?:value|appreciate) me",
            r"taken (?:seriously|for granted)",
            r"take me (?:seriously|for granted)",
            r"(?:belittled|belittle me|talk down to me|talked down to)",
            r"like (?:my|what i do) (?:effort|work) (?:doesn't|does not|don't) (?:count|matter)",
            r"(?:my opinion|my career|my ideas|my job|what i think|my voice) (?:to )?(?:count|"
            r"counts|matters?|didn't count|don't count|doesn't count)",
            r"count as much",
            r"(?:asked|ask) (?:me )?what i think",
            r"(?:treated|treat me) (?:as|like) (?:an equal|a child|a kid|your)",
            r"overruled",
            r"on my behalf",
            r"(?:my )?job is a joke",
            r"cook and cleaner",
            r"(?:patroni[sz]ed|undermined|dismissed|talked down)",
            r"(?:take|takes|taken) (?:my )?(?:\w+ )?(?:seriously)",
            r"(?:a bit of |some )?appreciation",
            r"(?:notice|noticed) the little things",
            r"stand up for (?:me|you)",
            r"introduced me as",
            r"call me your (?:wife|husband|partner)",
        ),
        provenance="Seed Part 2: the need to feel respected and valued.",
        message="You name a need for respect or appreciation.",
        suggestion="Say what would help you feel valued, in one concrete ask.",
        should_flag=("I feel so unappreciated.", "I need you to take me seriously."),
        should_pass=("I appreciate the pizza tip!",),
    ),
    Rule(
        id="needs.heard",
        label="needs:heard",
        pattern=words(
            r"(?:feel|felt|be|being|get|was|am|not|never|finally) (?:\w+ )?(?:heard|understood)",
            r"(?:feel|felt|feeling) (?:\w+ )?seen",
            # someone (not) listening to the speaker; "Listen to me." alone is an order
            r"(?:you|u|he|she|nobody|no one|anyone|somebody|someone)(?: \w+)? "
            r"(?:listen|listens|listened|listening) to me",
            r"(?:you|u|he|she|nobody|no one)(?: \w+)? (?:don't|dont|never|didn't|didnt|aren't|"
            r"arent|won't|wont|do not|did not|doesn't|does not|isn't|is not) (?:even |ever |"
            r"actually |really )?(?:listen|listening|hear me|hearing me)",
            r"hear me (?:out)?",
            r"understand me",
            r"(?:unheard|misunderstood|unseen)",
            r"(?:feel|felt|be|being) (?:\w+ )?listened to",
            r"(?:can|could|would|will) (?:you|u) (?:just |please |actually )?listen",
            r"just (?:want|need) (?:you |u )?to listen",
            r"(?:a )?(?:terrible|bad|good|better) listener",
            # "I need you to get it", not "I need you to get help"
            r"(?:need|want) (?:you|u) to (?:hear|know|understand|get (?:it|that|me|why|how|what)|"
            r"really listen|see)",
            # someone else (not) understanding the writer; "I understand why you were worried"
            # is the writer understanding
            r"(?:you|u|he|she|nobody|no one|anyone)(?: \w+){0,2} (?:understands?|gets?) "
            r"(?:why|how|what it'?s like|where)",
            r"let me (?:talk|finish|vent)",
            r"(?:to|able to) vent",
            r"(?:don't|dont|do not) (?:need|want) (?:you to fix|advice|you to solve|solutions)",
            r"not (?:asking|trying to get) you to fix",
            r"(?:not )?try(?:ing)? to (?:fix|solve) (?:it|anything|things)",
            r"(?:look|looked) at me",
            r"(?:waited|wait) for the answer",
            r"what i say matters",
            r"really (?:know|see|sees) (?:me|you)",
            r"nobody (?:there )?(?:really )?sees",
            r"(?:just )?need (?:you|u|someone) to (?:know|get it|listen|hear)",
            r"someone to get it",
            r"jump(?:ing)? (?:straight )?to (?:fixing|solutions|her defence|his defence)",
            r"pay attention to (?:me|what i)",
            r"talking to a (?:wall|brick wall)",
        ),
        provenance="Seed Part 2: the need to feel heard and understood.",
        message="You name a need to be heard or understood.",
        suggestion="Ask for it directly: 'Can you tell me what you heard me say?'",
        should_flag=("I just want to feel heard.", "you don't even listen to me"),
        should_pass=(
            "I heard the news about your promotion!",
            "Whatever. I'm not listening.",
            "I'm so sorry. It was careless of me and I understand why you were worried.",
            "I need you to get help for your drinking.",
        ),
        unless=("horsemen:stonewalling",),
    ),
    Rule(
        id="needs.priority",
        label="needs:priority",
        pattern=words(
            r"(?:a |your |top |the |my |no )?priorit(?:y|ies|ize|ise|ized|ised)",
            r"(?:i |that i |like i )(?:don't |dont |do not )?matter",
            r"matter to you",
            r"important to you",
            r"(?:come|comes|came|coming) (?:first|last|second)",
            r"last on (?:your|the) list",
            r"(?:choose|chose|choosing|pick|picked) (?:me|us|work|your (?:phone|friends|job|work|"
            r"mom|mother|family|games))",
            r"(?:an afterthought|second place|second best|second fiddle)",
            r"(?:time (?:together|with me|for us|for me)|make time|spend (?:more )?time)",
            r"put me first",
            r"(?:put|puts|putting) (?:\w+ )?(?:\w+ )?first",
            r"(?:be|am|was) the first (?:person|one)",
            r"(?:time|night|nights|evening|weekend) (?:with (?:just )?(?:us|you|me)|for us|that's "
            r"just ours|as ours|together)",
            r"just (?:the two of us|us)",
            r"(?:choosing|chosen|choose) (?:you|me|us)",
            r"(?:fitted|fit) (?:me )?in around",
            r"(?:count|counts) for more than",
            r"rather be anywhere",
            r"care (?:more|less) about (?:\w+ )?(?:\w+ )?than",
            r"over me",
            r"(?:proper|a) date",
            r"(?:haven't|have not|havent) (?:really )?(?:talked|had|spent)",
            r"(?:come|comes|coming) second",
            # "Work matters more to you"; not "it matters to me that ..." (what matters).
            r"(?:matter|matters) more to (?:you|me)",
            r"(?:treat|treated) (?:our|my) (?:calls|time)",
            r"my attention",
            r"(?:protect|keep) (?:friday|saturday|sunday|\w+day) (?:nights? )?"
            r"(?:as ours|for us|free)",
            r"you wouldn'?t (?:even )?notice",
            r"lonely",
            r"more important than (?:me|us)",
        ),
        provenance="Seed Part 2: the need to feel like a priority.",
        message="You name a need to matter, to be chosen, to have time together.",
        suggestion="Make one concrete ask: 'Could we keep Sunday evening just for us?'",
        should_flag=("I need to feel like I matter to you.", "work always comes first"),
        should_pass=(
            "What time is the dentist?",
            "It matters to me that my opinion counts.",
        ),
    ),
]
