"""More of the Four Horsemen: sarcasm, disguised criticism, counter-attacks, shutting down.

Split from horsemen.py to keep modules small; same research, finer patterns.
"""

from __future__ import annotations

import re2

from ourway.coach.rulebase import PLAYFUL, QUESTION, QUOTED, Rule, words
from ourway.coach.text import Doc, Needles, addresses_you, next_word

_DESCRIBE = "Describe the behaviour and its effect, not the person: 'When ..., I felt ...'."

# "You're always so patient with my dad": the word the verdict hangs on is praise.
_PRAISE = Needles(
    (b"patient", b"kind", b"sweet", b"thoughtful", b"generous", b"gentle", b"lovely",
     b"caring", b"good", b"great", b"amazing", b"brilliant", b"wonderful", b"calm", b"funny",
     b"supportive", b"helpful", b"fun ")
)  # fmt: skip


# "Don't bother calling your sister" keeps the partner from someone else (danger's
# business), it does not withdraw from the talk.
_OTHERS = frozenset({b"your", b"ur", b"her", b"him", b"them", b"his", b"their"})


# "you don't text me first", "he doesn't call me": a "don't" with a subject describes
# someone, it does not shut the talk down.
_SAID_OF = (b"you ", b"u ", b"he ", b"she ", b"they ")


def _not_about_others(doc: Doc, start: int, end: int) -> bool:
    if doc.b[start : start + 3] == b"don" and doc.b[max(0, start - 5) : start].endswith(_SAID_OF):
        return False
    return b"bother" not in doc.b[start:end] or next_word(doc, end) not in _OTHERS


def _not_praise(doc: Doc, start: int, end: int) -> bool:
    hit = doc.b[start:end]
    if b"not " in hit:
        return True  # "not a very kind person" stays
    # "you've always been miles better at presents than me"
    return not _PRAISE.within(hit) and not _BETTER.within(doc.b[end : end + 24])


_BETTER = Needles((b"better", b"the best", b"good at", b"great at"))

# "Love that for me" sneers at the partner ("So I'm the problem. Love that for me.") or
# sighs at the world ("the train's cancelled again, love that for me"): the partner, or the
# writer cast as the one at fault, must be in what came before it.
_CAST_AS_AT_FAULT = re2.compile(rb"\bi'?m the\b|\bmy fault\b")


# "Fine, I'm sorry. Happy now?": the apology's demand for closure (a non-apology, as the
# label guide has it), not a sneer of its own. The fresh writers who saw only the guide read
# it so every time (6 of 6 over four held-out rounds); the train writers split.
_SORRY = re2.compile(rb"\b(?:sorry|apologi[sz]e)\b")


def _aimed_at_the_partner(doc: Doc, start: int, end: int) -> bool:
    if doc.b[start:end] == b"happy now?":
        return _SORRY.search(doc.b[max(0, start - 120) : start]) is None
    if not doc.b[start:end].startswith(b"love that for"):
        return True
    before = doc.b[max(0, start - 300) : start]
    return addresses_you(before) or _CAST_AS_AT_FAULT.search(before) is not None


# A break with a way back ("20 minutes, then let's talk") is the antidote, not a shut-down;
# "before 9" and "till then" say when the line opens again.
_PLAN = (
    b"then let's",
    b"then lets",
    b"then we",
    b"minutes",
    b"mins",
    b"an hour",
    b"back in",
    b"in the morning",
    b"tomorrow morning",
    b"let's finish",
    b"let's talk",
    b"lets talk",
    b"can we talk",
    b"we can talk",
    b"when i'm back",
    b"when i get back",
    b"come back to",
    b"before ",
    b"till then",
    b"until then",
    b"after ",
    # "Give me till Barstow, I'll call you and we'll finish it", "until I've had coffee"
    b"give me till",
    b"give me until",
    b"we'll finish",
    b"i'll call you",
    b"i'll ring you",
    b"until i've had",
    b"till i've had",
)


# Shared by the stonewalling rules here.
_BREAK_PROVENANCE = (
    "Gottman: stonewalling is withdrawing from the conversation; a break with a time to come "
    "back is its antidote."
)
_SHUT_DOWN = "Shutting the conversation down leaves your partner alone with the problem."
_TAKE_A_BREAK = (
    "If you are flooded, take a break with a time to come back: 'I need 20 minutes, then "
    "let's finish this.'"
)
_CLAUSE_ENDS = r"(?:\s*[?.!,]|\s*$| (?:ok|okay|please|pls|ja)\b)"


def _no_plan(doc: Doc, start: int, end: int) -> bool:
    return not any(word in doc.b for word in _PLAN)


# "I don't want to talk about it, I just want you near": asking for closeness, not away.
_PLEAS = (b"just want you", b"just need you", b"sit with me", b"hold me", b"stay with me",
          b"be near", b"come here", b"cuddle")  # fmt: skip


def _no_plan_or_plea(doc: Doc, start: int, end: int) -> bool:
    return _no_plan(doc, start, end) and not any(plea in doc.b for plea in _PLEAS)


def _not_the_joke(doc: Doc, start: int, end: int) -> bool:
    """ "Who are you and what have you done with my wife?" praises a change: it counts
    nothing against the partner."""
    return not (doc.b[start:end].endswith(b"done") and next_word(doc, end) == b"with")


RULES = [
    Rule(
        id="contempt.sarcasm",
        label="horsemen:contempt",
        also=("blame",),
        pattern=words(
            r"look who(?:'s| has)? (?:finally|decided|remembered|bothered|actually|graced)",
            r"alert the (?:media|press)",
            r"m(?:r|s|iss)\.? perfect",
            r"so predictable",
            r"(?:such an?|so|the) (?:expert|genius|authority)",
            r"that'?ll be the day",
            r"crayons",
            r"(?:you|u) (?:sound|look|act) like (?:an? )?(?:idiot|child|whiny|moron|toddler|"
            r"teenager|baby|clown|fool)",
            r"(?:embarrassed|ashamed) to be (?:married|seen|with)",
            r"who else would (?:have|want) (?:you|u)",
            r"(?:such|what) a catch",
            r"your little '",
            r"(?:another|what a|yet another) (?:brilliant|genius|great|fantastic|clever) "
            r"(?:idea|decision|plan|move|financial)",
            r"nice of (?:you|u) to",
            r"grace us",
            r"did i interrupt your",
            r"because (?:you're|you are|ur) (?:so|such an?) ",
            r"peaked",
            r"grow a (?:spine|pair|brain)",
            r"you call that an?",
            r"(?:fat|stupid|dumb|ugly|lazy) (?:cow|bitch|pig|slob|cunt|twat)",
            r"listen to yourself",
            r"blah,? blah",
            r"(?:dating|married to|living with) a (?:fridge|wall|child|toddler|robot)",
            r"bunch of (?:freeloaders|losers|idiots|leeches)",
            r"(?:and )?(?:you're|you are|ur) no better",
            r"household economist",
            r"afternoon,? princess",
            r"(?:you're|you are|ur) (?:so )?(?:thick|dense)",
            r"must be nice",
            r"something to (?:be angry|complain|moan|whinge) about",
            r"how (?:original|shocking)",
            r"not that (?:you|u)(?:'d| would| ever| even| ever would| actually)? (?:ever |even )?"
            r"(?:notice|noticed|care|cared|know|knew|remember|understand|bother)",
            r"good luck with that[.!]",
            r"(?:pleased|satisfied|happy) with yourself\?",
            r"(?:(?:not|won'?t|never) (?:even )?(?:going to |gonna )?)dignify (?:that|this|it)",
            r"(?:you'?d|you would|u'?d|you'?re|you are|ur) (?:be )?nothing without me",
            r"(?:the )?state of (?:you|u)[.!,]",
            # "sorry if I offended your precious family", "go to your precious footy"
            r"(?:your|ur) precious (?:family|feelings|mother|mum|mom|dad|father|brother|sister|"
            r"friends|mates|boys|lads|girls|job|work|career|boss|phone|car|ute|truck|boat|"
            r"golf|footy|football|rugby|team|club|game|games|church|allotment|group chat|sleep|"
            r"daughter|son)",
            r"(?:you|u) (?:clearly|obviously|of course) know best",
            r"(?:it's |its )?like (?:talking|listening|explaining \w+) to an? (?:toddler|child|"
            r"five year old|5 year old|teenager)",
        )
        # "Some tradie you are.", "Some help you are!"
        + r"|\bsome [a-z]+ (?:you are|u are)\s*(?:[.!?,]|$)"
        + r"|(?:^|[.!?] )pathetic[.!]|\b(?:ok|okay|oh) '[a-z]+'|\bha[.!] (?:you|u)\?"
        r"|, (?:genius|einstein|sherlock)(?:[,.?]|$)",
        provenance="Gottman: contempt includes sarcasm, mockery and superiority.",
        message="Sarcasm and mockery say 'I am above you'; that is contempt, the horseman that "
        "most predicts a breakup.",
        suggestion="Drop the sarcasm and say plainly what you need.",
        should_flag=(
            "Wow, you did ONE load of washing. Alert the media.",
            "lol ok mr perfect, tell me more",
            "Oh look who finally decided to wake up.",
            "Bins are out. Not that you'd ever notice.",
            "Sorry. There, I said it. Pleased with yourself?",
            "I'm not even going to dignify that with an answer.",
            "sorry if I offended your precious family at lunch",
            "Half done jobs everywhere you look. Some tradie you are.",
            "you clearly know best so just do it your way",
        ),
        should_pass=(
            "Look who's here! The dog missed you so much",
            "The film was a catch-up.",
            "Good luck with that interview tomorrow!",
            "Not that you need it, but good luck today x",
            "Some days you are the only thing that makes sense",
            "Kiss your precious little face for me",
        ),
        skip=frozenset({QUOTED}),
    ),
    Rule(
        id="criticism.disguised",
        label="horsemen:criticism",
        also=("blame",),
        pattern=words(
            r"(?:you|u) have (?:zero|no) (?:ambition|sense|backbone|spine|empathy|respect|drive|"
            r"clue)",
            r"(?:you|u) (?:don't|dont|never) (?:care|think) about anyone(?:'s feelings)? "
            r"(?:but|except|other than)",
            r"not (?:a |the )?(?:very )?(?:kind|good|nice|decent|caring|loving) (?:person|partner|"
            r"husband|wife|father|mother|man|woman)",
            r"i'?m not (?:calling you|saying (?:you're|you are|ur)) [a-z' ]+,? but",
            r"(?:your|ur) problem is",
            r"can'?t be trusted",
            r"personality flaw",
            r"warm bone",
            r"(?:you|u) do (?:literally |absolutely )?nothing",
            r"(?:you've|you have|u've|uve) always been (?:so |this |such an? )?[a-z]+",
            r"why (?:are|r) (?:you|u) (?:always |so |such an? |always so )+(?:cold|clingy|lazy|"
            r"selfish|mean|needy|negative|rude|difficult|dramatic|stubborn|jealous|controlling|"
            r"useless|careless|cheap|childish|immature|sensitive|defensive)",
            r"(?:you're|you are|ur) (?:always|never) (?:so |such an? )?[a-z]+ (?:with|to|about)",
            r"(?:the thing with you|the problem with you) is",
            r"what'?s wrong with (?:you|u)",
            r"is (?:pretty|so|really|very|just) selfish",
        ),
        provenance="Gottman: criticism is a verdict on the partner's character, even when "
        "softened ('I'm not saying you're lazy, but ...').",
        message="This sums up your partner as a person, which is criticism rather than a "
        "complaint about something they did.",
        suggestion=_DESCRIBE,
        should_flag=(
            "You have zero ambition and honestly it shows",
            "I'm not saying you're lazy, but you do literally nothing around here.",
        ),
        should_pass=(
            "You have no idea how happy that made me!",
            "You're always so patient with my dad. It means a lot.",
        ),
        skip=frozenset({QUOTED}),
        check=_not_praise,
    ),
    Rule(
        id="defensiveness.counter-attack",
        label="horsemen:defensiveness",
        also=("blame",),
        pattern=words(
            r"if (?:you|u)'?d (?:just |only )?(?:told|reminded|asked|said|listened|given|let)",
            # "If you'd stop nagging me about my hearing aids I might want to talk to you."
            r"if (?:you|u)'?d (?:just |only )?(?:stop|quit) (?:nagging|moaning|going on|"
            r"complaining|having a go|criticising|criticizing|picking)",
            r"because (?:you|u) (?:were|kept) (?:winding|pushing|nagging|going on|provoking)",
            r"(?:you|u) kept pushing",
            r"(?:you're|you are|ur) the only one who",
            r"(?:it's|its) never (?:you|u)",
            r"(?:you|u) (?:didn't|never|don't|dont) [a-z]+ (?:me )?either",
            r"(?:you|u) spent just as much",
            r"just as (?:much|bad|guilty)",
            r"(?:been|are|were) a saint",
            r"what have (?:you|u) done",
            r"(?:you're|you are|ur|u) (?:being )?(?:over ?reacting|overreact(?:ed)?|too sensitive|"
            r"so sensitive|paranoid|making a big deal)",
            r"(?:you|u) overreact",
            r"(?:you|u) (?:know|knew) how i get",
            r"(?:you're|you are|ur) the one who",
            r"(?:you're|you are|ur) one to talk",
            r"what about (?:you|u|when you|the time you|all the times you)",
            r"(?:you|u) (?:started|start) it",
            r"(?:you|u) do (?:it|that|the same) too",
            r"(?:you|u) (?:never|don't|dont) \w+ (?:\w+ )?either",
            r"(?:put|putting) this on me",
            r"like some people",
            r"at least i (?:don't|didn't|do|did|try|tried|am|'m)",
            r"(?:you're|you are|ur) perfect",
            r"(?:ur|you're|you are) never wrong",
            r"not perfect like (?:you|u)",
            r"(?:well,? )?maybe if (?:you|u)",
            r"(?:you'?re|you are|ur) not (?:a saint|perfect) either",
            r"(?:sorry|apologi[sz]e)[^.!?]{0,60}\bbut (?:you|u|ur|if you|if u|honestly,? you)",
        ),
        provenance="Gottman: defensiveness answers a complaint with a counter-complaint.",
        message="Turning the complaint back on your partner keeps the fight going; each of you "
        "defends, nobody hears.",
        suggestion="Take responsibility for even a small part: 'You're right that I ...'.",
        should_flag=(
            "yeah well if you'd reminded me like I asked I wouldn't have forgotten",
            "So you're upset I didn't call. But you didn't call me either.",
        ),
        should_pass=(
            "If you'd like, I can pick you up at 6.",
            "You did the dishes unasked. Who are you and what have you done with my wife?",
        ),
        skip=frozenset({QUOTED}),
        check=_not_the_joke,
    ),
    Rule(
        id="defensiveness.excuse",
        label="horsemen:defensiveness",
        pattern=words(
            r"what (?:more )?do (?:you|u) want from me",
            # "you're not the only one who's knackered"
            r"(?:you're|you are|ur|youre) not the only one (?:who|that|who's|that's)",
            r"so what (?:you're|ur|you are) (?:basically )?saying is (?:it's|its|i'm|im|ur|you're|"
            r"it is|i am)",
            r"(?:you're|you are|ur) (?:basically )?saying (?:it's|i'm|im) ",
            r"(?:you|u) (?:just )?(?:didn't|never) (?:give|gave) me a chance",
            r"(?:why are|stop) (?:you )?attacking me",
            r"(?:don't|dont) lecture me",
            r"what more do (?:you|u) want",
            r"so (?:basically )?(?:i'm|im|i am) (?:a terrible|the bad|the worst|the problem|"
            r"a bad|supposed to)",
            r"(?:it's|its) (?:all )?on me,? as usual",
            r"(?:i'm|im) the problem",
            r"i can'?t win",
            r"i only (?:said|did) (?:it|that) because",
            r"the only reason i",
            r"(?:it's|its) not like (?:i|you|u)",
            r"i was going to do it",
            r"i'?m always the one",
            r"excuse me for (?:having|being|wanting|trying|living|buying|spending|breathing|"
            r"existing|needing)",
            r"excuse me\?",
            r"i had a (?:headache|long day|migraine)",
            r"am i not allowed to",
            r"i (?:literally )?just walked in",
            r"i did (?:text|call|ask|tell you|say|mention)!",
            r"must not have gone through",
            r"that wasn't me",
            r"(?:must've|must have) (?:been|left|done)",
            r"i was (?:tired|busy|working|exhausted|stressed)!",
            r"i work \d+ hours",
            r"i'?ve been (?:working|at work) all day",
            r"read (?:your|ur) mind",
            r"(?:that's|thats) not happening",
            r"i stand by",
            r"take it or leave it",
            r"(?:that's|thats) (?:just )?(?:how|who) i (?:am|talk|speak|joke)",
            r"supposedly",
            r"(?:just|only|it was) (?:banter|a joke|joking|kidding)",
            r"sorry (?:you|u) took it",
            r"sorry for existing",
            r"sorry (?:i'm|im|i am) (?:such a|not perfect|so terrible)",
            r"sorry (?:that )?i (?:actually )?have a life",
            r"i said (?:i was )?sorry,? what more",
            r"(?:it|that) was (?:a|an) (?:accident|mistake),? (?:ok|okay|alright)",
            r"(?:how|what) was i supposed to",
        )
        + r"|(?:sorry|apologi[sz]e)[^.!?]{0,60}\bbut\b"
        + r"|^\W*well,? (?:you|u|what about|maybe if you|if you)\b",
        provenance="Gottman: defensiveness includes excuses and playing the innocent victim.",
        message="Explaining why it wasn't your fault tells your partner their concern doesn't "
        "count.",
        suggestion="Acknowledge first: 'You're right, that landed badly. What I meant was ...'.",
        should_flag=(
            "I was tired! I work 50 hours a week, what do you want from me?",
            "I'm sorry, but that's just how I am.",
            "Excuse me for having a job.",
        ),
        should_pass=("I was tired last night, sorry I fell asleep on you ❤️",),
        skip=frozenset({QUOTED}),
    ),
    Rule(
        id="stonewalling.withdraw",
        label="horsemen:stonewalling",
        pattern=words(
            r"not doing this",
            r"(?:not|won'?t|never) (?:even )?(?:going to |gonna )?dignify (?:that|this|it) with "
            r"(?:a|an) (?:response|answer|reply)",
            r"(?:don't|dont) bother (?:texting|calling|talking|replying|waiting)",
            r"(?:we're|we are) not discussing",
            r"not interested in (?:having|talking|discussing|this)",
            r"whatever (?:you|u) (?:think|say|want)\.",
            r"whatever makes (?:you|u) happy",
            r"i'?m not listening",
            r"not listening to (?:this|that)",
            r"(?:i'?m|im|i am) past caring",
            r"suit yourself",
            r"(?:so|just) save it",
            r"(?:don't|dont|do not) ask me where (?:i'?ve been|i was|i went|i'?m going)",
            r"(?:headphones|earbuds|airpods) (?:in|on)",
            r"(?:putting|puts|put) (?:my )?(?:headphones|earbuds|airpods)",
            r"not (?:replying|responding|answering)",
            r"i'?m out\.",
            r"turning my phone off",
            r"(?:don't|dont) (?:call|text) me",
            r"not now\.? not later",
            r"i'?m going (?:for a drive|to bed|out)\.",
            r"just stop talking",
            r"(?:sleep|sleeping) in the spare room",
            r"talk to the wall",
            r"cool\.? noted",
            r"yep\.? cool\.? bye",
            r"fine\.? good\.?",
        )
        + r"|(?:^|[.!?] )(?:goodnight|bye|anyway)[.!]?\s*$|\bdrop it(?:[.!]|\s*$|,)",
        provenance="Gottman: stonewalling is withdrawing from the conversation.",
        message="Shutting the conversation down leaves your partner alone with the problem.",
        suggestion="If you are flooded, take a break with a time to come back: 'I need 20 "
        "minutes, then let's finish this.'",
        should_flag=(
            "not doing this again. goodnight.",
            "Don't bother texting me tonight.",
            "I'm not even going to dignify that with a response.",
        ),
        should_pass=(
            "Going to bed, goodnight love ❤️",
            "I need a break, I'm going for a walk and then let's finish this.",
            "Don't bother calling your sister, I've blocked her number.",
            "When you don't text me first, I feel like I'm chasing you.",
        ),
        skip=frozenset({QUOTED, QUESTION, PLAYFUL}),
        check=_not_about_others,
    ),
    Rule(
        id="contempt.sneer",
        label="horsemen:contempt",
        also=("blame",),
        pattern=words(
            r"slow clap",
            r"love that for (?:me|us)",
            r"(?:because|cos|cause|coz) (?:you'?re|you are|ur) (?:so )?perfect",
            r"happy now\?",
            r"whatever (?:helps you sleep|makes you feel better)",
            r"(?:dr phil|mother teresa|your highness|einstein|sherlock|captain obvious|"
            r"mrs perfect|(?:^|[.!?,] |\w\w\w )saint \w+)",
            r"(?:not|n't) perfect like (?:you|u|your)",
            r"whatever it is i'?ve (?:supposedly|apparently|allegedly) done",
            r"(?:sorry|apologi[sz]e) (?:that )?(?:ur|you'?re|you are) so offended",
            r"(?:sorry|apologi[sz]e) (?:that )?[^.!?]{0,30}\b(?:isn'?t|is not|aren'?t|are not|"
            r"not|wasn'?t|weren'?t) (?:\w+ )?enough for (?:you|u)\b",
            r"(?:oh,? )?and (?:you'?re|you are|ur) perfect",
            r"(?:are|r) (?:you|u) (?:actually |really |seriously )?(?:this|that|so) "
            r"(?:dense|stupid|thick|dim|slow|dumb)",
            r"even (?:from|for) (?:you|u)",
            r"news flash",
            # "Shocker, adults do laundry", not "I had a shocker of a day"
            r"shocker,",
            r"shocker\.",
            r"shocker!",
            r"what a (?:surprise|shock)",
            r"brick wall",
            r"don'?t hold your breath",
            r"(?:you|u) think (?:you'?re|ur|you are) (?:so |better|clever|smart|funny|the)",
            r"lucky escape",
            r"i feel sorry for (?:you|u)",
            r"used to have a sense of humou?r",
            r"olympic level",
            r"(?:it'?s|its) (?:actually |honestly )?impressive how",
            r"so \w+ (?:it'?s|its) (?:actually |honestly |almost |kind of )?impressive",
            r"says (?:everything|it all)",
            r"funny how (?:you|u|your|ur)",
            r"(?:oh,? )?so now (?:you|u) want",
            r"embarrassing (?:being|to be) seen",
            r"makes me cringe",
            r"no get sense",
            r"tell someone who cares",
            r"a (?:you|u) problem",
            r"(?:glad|good) to know where i (?:rank|stand)",
            r"oh wait",
            r"which is (?:lovely|great|nice|charming|brilliant|fab|fantastic),? (?:thanks|cheers)",
            r"(?:you|u) (?:think|thought) (?:you'?re|ur|you are) (?:tired|busy|stressed)\?",
            # scoffing: "Pfft.", "You? Cook? Don't make me laugh.", "imagine thinking ..."
            r"pfft",
            r"(?:don't|dont|do not) make me laugh",
            r"imagine thinking",
            r"sure,? and i'?m the",
            r"(?:were|are) (?:you|u) under the impression",
            r"(?:don't|dont|doesn't|do not) know the first thing about",
            # "Some of us are on 12 hour shifts.", "some of us have actual jobs"
            r"some of us (?:actually |still |just )?(?:have|are|work|can't|cannot|had|were|got)",
            r"(?:turn|switch) (?:off )?the waterworks",
            r"here we go,? the waterworks",
            r"(?:someone|somebody|one of us) (?:in this (?:house|family) )?(?:has|needs|have) "
            r"to be the (?:grown-?up|adult|responsible one)",
        )
        + r"|[.!?]\s+(?:great|brilliant|cute|classy|charming|cheers|noted|cool cool|"
        r"good to know)\.?\s*$"
        # "Whatever you say, genius." mocks; a bare "Whatever you say." shuts the talk down
        # (stonewalling), as every corpus writer reads it.
        r"|\bwhatever (?:you|u) say,? [a-z ]{1,20}[.!]*\s*$",
        provenance="Gottman: contempt (sarcasm, mockery, superiority) is the strongest "
        "predictor of a relationship ending.",
        message="Sarcasm and mockery say 'I am above you'; your partner will hear contempt, "
        "not the point.",
        suggestion="Say the hurt plainly: 'I felt let down when ...'.",
        should_flag=(
            "So you're saying this is MY fault now. Brilliant. Love that for me.",
            "So you spent $400 on Vegas and we can't do groceries till Friday. Love that for us.",
            "Whatever you say, Dr Phil.",
            "Sorry I'm not perfect like you.",
            "Sorry my family isn't posh enough for you.",
            "You're so selfish it's actually impressive.",
            "So I'm the problem again, which is lovely, thanks.",
            "Ha, you? Cook? Don't make me laugh.",
            "I apologise for whatever it is I've supposedly done this time.",
            "lol imagine thinking ur a good driver",
            "Right, and you've never once lost your temper, have you? Saint Claire.",
            "You want a medal for moving the washing? Shocker, adults do laundry.",
        ),
        should_pass=(
            "I love that for you!! so proud",
            "You always make me laugh when I need it most.",
            "Dinner's at 7. Great!",
            "Fine, I'm sorry. Happy now? Can we just drop it and go to bed.",
            "whatever you say is fine, you pick the film",
            "you never once complained about my snoring, you're a saint Marg x",
            "you always know what to say when I've had a shocker of a day. thanks x",
            "ugh lost my ranked match again, love that for me",
            "Oh brilliant, the train's cancelled AGAIN. Love that for me. Home by 8 hopefully.",
        ),
        skip=frozenset({QUOTED}),
        check=_aimed_at_the_partner,
    ),
    Rule(
        id="defensiveness.victim",
        label="horsemen:defensiveness",
        pattern=words(
            r"i'?m (?:doing|trying) my best(?: here)?[,.!]? "
            r"(?:ok|okay|alright|you know|i'?m not)",
            r"i'?m not a mind ?reader",
            r"(?:so |oh,? so |ok,? so )?(?:i'?m|im) the (?:villain|bad guy|bad one|problem|"
            r"crazy one|worst|enemy) (?:now|again|here)",
            r"(?:apparently|so) (?:i'?m|im) the (?:crazy|bad|selfish|lazy) one",
            r"tired of being the (?:bad guy|villain|bad one)",
            r"you provoked me",
            r"you make me (?:crazy|do it|so angry|lose it)",
            r"this is the thanks i get",
            r"forgive me for (?:not|being|having|wanting)",
            r"(?:sorry|excuse me) for caring",
            r"i did (?:pay|do|tell|call|text|clean|book|ask)\b[^.!?]{0,40}\b"
            r"(?:check|before you|so)",
            r"i don'?t need reminding",
            r"oh,? (?:i'?m|im) (?:so )?(?:selfish|lazy|the problem|rude|cold|dramatic)\?",
            r"(?:you'?re|you are|ur) upset (?:that )?i\b[^.!?]{0,30}\?",
            r"i'?ve had a (?:hard|long|rough|shocking|shit|awful) (?:day|week) too",
            r"it'?s not just (?:you|u)",
            r"(?:you|u) want to talk about (?:respect|lying|money|trust|effort)\?",
            r"i'?ll apologi[sz]e when (?:you|u)",
            r"(?:just )?trying to start a fight",
            r"i apologi[sz]e for nothing",
            r"like i'?m (?:twelve|a child|five|a kid)",
        ),
        provenance="Gottman: defensiveness (innocent victim, counter-complaint) says 'the "
        "problem isn't me'.",
        message="Defending yourself tells your partner the problem isn't you; they will push "
        "harder to be heard.",
        suggestion="Find the part you can own: 'You're right that I ...'.",
        should_flag=(
            "I'm doing my best here, ok? I'm not a mind reader.",
            "Oh I'M selfish? Who took the last of the holiday leave without asking?",
            "I've had a hard week too, you know. It's not just you.",
        ),
        should_pass=(
            "I'm doing my best at the new job and I'd love your advice.",
            "Forgive me? I promise I'll make it up to you.",
        ),
        skip=frozenset({QUOTED}),
    ),
    Rule(
        id="stonewalling.shut-out",
        label="horsemen:stonewalling",
        pattern=r"(?:^|[.!?,] )\W*(?:(?:yeah|yea|ok|okay|k|kk|fine|oh|yep|sure|honestly|ugh|"
        r"right|cool|great)[,.!]? )*(?:whatever|watever|wtv|whatevs)(?: (?:man|mate|dude|bro|"
        r"babe|u say|you say|then|lol|bye))?\s*(?:[.!,]|$|\x{1F644})"
        r"|\b(?:honestly |just )?do whatever\b(?: (?:you|u) (?:want|like))?\s*(?:[.!,]|$)"
        + "|"
        + words(
            r"not having this (?:conversation|discussion|again|argument)",
            r"nothing (?:to discuss|to talk about|more to say|left to say)",
            r"i'?m done explaining",
            r"(?:can|could) we (?:just )?(?:stop|drop it|not do this)",
            r"cba",
            r"can'?t be bothered (?:arguing|talking|with this|to argue)",
            r"(?:don't|dont|do not) (?:follow|message|msg|ring) me",
            r"i won'?t (?:pick up|answer|reply)",
            r"blocking (?:you|u)",
            r"i'?ve stopped caring",
            r"(?:think|believe) what(?:ever)? (?:you|u) (?:want|like)",
            r"i need (?:some )?space",
            r"not talking about (?:it|this|that)",
            r"(?:mi )?nah talk",
            r"i'?ll reply when i feel like it",
            r"talk to (?:you|u) when (?:you'?ve|you have|u) calmed down",
            r"no point (?:talking|discussing|arguing)",
            r"why are we even talking",
        ),
        provenance=_BREAK_PROVENANCE,
        message=_SHUT_DOWN,
        suggestion=_TAKE_A_BREAK,
        should_flag=(
            "yeah whatever, mate",
            "Nope. Not having this conversation.",
            "I need space. Don't message me.",
            "k whatever u say",
        ),
        should_pass=(
            "whatever you want for dinner is good with me",
            "I need some space for twenty minutes, then let's finish this properly.",
            "Don't call me before 9, I'm in the exam till then x",
        ),
        skip=frozenset({QUOTED, PLAYFUL}),
        check=_no_plan,
    ),
    Rule(
        id="stonewalling.stop-asking",
        label="horsemen:stonewalling",
        # Often asked ("Can you stop asking?"), so questions are read too; each phrase ends
        # the clause ("can you stop asking the kids ..." asks something else).
        pattern=r"\b(?:can|could|will|would) (?:you|u) (?:just |please )?(?:stop|quit) (?:asking|"
        r"fussing|nagging|going on)(?: me)?(?: about it)?"
        + _CLAUSE_ENDS
        + r"|\b(?:can|could|will|would) (?:you|u) (?:just |please )?(?:leave it|drop it|let it go|"
        r"leave me be)"
        + _CLAUSE_ENDS
        + r"|(?:^|[.!?,] )(?:just |now )?stop asking"
        + _CLAUSE_ENDS
        + r"|(?:^|[.!?,] )(?:just )?leave it"
        + _CLAUSE_ENDS
        + r"|\bwhatever (?:you|u) think(?:'s| is) best"
        + _CLAUSE_ENDS
        + r"|\bi (?:just )?(?:don'?t|do not) want to (?:talk|discuss|go on) about it"
        + _CLAUSE_ENDS
        + r"|(?:^|[.!?,] )not my problem"
        + _CLAUSE_ENDS
        + r"|\b(?:i )?(?:don'?t|do not) care anymore"
        + _CLAUSE_ENDS
        + r"|\bi'?m not explaining myself\b"
        + r"|\byou know what,? forget it\b"
        + r"|\b(?:fine|ok|okay|k),? whatever\s*(?:[.!]|$)",
        provenance=_BREAK_PROVENANCE,
        message=_SHUT_DOWN,
        suggestion=_TAKE_A_BREAK,
        should_flag=(
            "I said I'm okay. Can you stop asking?",
            "Can you just leave it?",
            "I'm fine. Stop asking.",
            "Ek is fine, man. Really. Just leave it, ja?",
            "Fine. Whatever you think is best.",
            "I don't want to talk about it, okay?",
            "Fine. Book the holiday with your mum then. Not my problem.",
            "Fine. Don't care anymore.",
            "its fine whatever",
        ),
        should_pass=(
            "Can you stop asking the kids to tidy up? It never works.",
            "I don't want to talk about it tonight, can we talk tomorrow after work?",
            "Can you leave it on the side? I'll do it later.",
            "I don't care anymore what people think of us, I love you.",
            "I'm scared about Dad's results. I don't want to talk about it, I just want you near.",
            # "I'm not stopping you" is control's own disclaimer, not a shut-down.
            "I'm not stopping you seeing anyone, I just think it's better if it's us two.",
        ),
        skip=frozenset({QUOTED, PLAYFUL}),
        check=_no_plan_or_plea,
    ),
]
