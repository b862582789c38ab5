"""Blame: "you are the problem" instead of "we have a problem" (the seed's Part 1)."""

from __future__ import annotations

import re2

from ourway.coach.rulebase import FRAMED, NEGATED, PLAYFUL, POSITIVE, QUOTED, Rule, words
from ourway.coach.text import Doc, next_word, tail

# "How could you tell?" and "why would you even ask, of course!" are curious, not accusing.
_CURIOUS_NEXT = frozenset({b"tell", b"know", b"guess", b"resist", b"not", b"possibly"})


def _accusing(doc: Doc, start: int, end: int) -> bool:
    return next_word(doc, end) not in _CURIOUS_NEXT


# Warm words that make "you told me ..." a memory, not a charge.
_WARM = (
    b"thank",
    b"love",
    b"sweet",
    b"amazing",
    b"best",
    b"kind",
    b"lovely",
    b"proud",
    b"\xe2\x9d\xa4",
    b"\xf0\x9f\xa5\xb0",
    b"\xf0\x9f\x98\x8d",
    b"funny",
    b"laugh",
    b"beautiful",
    b"perfect",
    b"cute",
    b"so good",
    b"grateful",
    b"remember when",
    b"deserve",
    b"i feel",
    b"i felt",
)


def _not_warm(doc: Doc, start: int, end: int) -> bool:
    left, right = doc.sentence_bounds(start, end)
    return not any(w in doc.b[left : right + 80] for w in _WARM)


# "I'm sorry I called you dramatic. You weren't.": a bare "you weren't / you didn't" right
# after the writer's own word about the partner takes that word back.
_TAKEN_BACK = re2.compile(rb"(?i)\bi (?:called|said|accused|implied)\b[^.!?\n]*\b(?:you|u)\b")
_BARE_DENIAL = re2.compile(
    rb"(?i)^\W*(?:you|u) (?:weren't|wasn't|didn't|did not|haven't|have not|aren't|are not)"
    rb"(?: at all| one bit)?\W*$"
)


def _not_taken_back(doc: Doc, start: int, end: int) -> bool:
    left, right = doc.sentence_bounds(end - 1, end)  # the hit may start at ". " before it
    if not _BARE_DENIAL.search(doc.b[left:right]):
        return True
    return not _TAKEN_BACK.search(doc.b[max(0, left - 200) : left])


def _a_specific_charge(doc: Doc, start: int, end: int) -> bool:
    return _not_warm(doc, start, end) and _not_taken_back(doc, start, end)


# Curiosity or delight around the question: "Were you going to tell me you'd booked it?
# I'm so excited!!", "Anything you want to tell me about your day? I'm all ears."
_GLAD = (b"all ears", b"excited", b"can't wait", b"cant wait", b"!!", b"about your day")


def _asks_for_a_confession(doc: Doc, start: int, end: int) -> bool:
    left, right = doc.sentence_bounds(start, end)
    around = doc.b[left : right + 80]
    return _not_warm(doc, start, end) and not any(w in around for w in _GLAD)


# "You never forget a birthday" and "you'll never have to ask again" praise or promise.
_KIND_AFTER_NEVER = frozenset({b"forget", b"forgets", b"fail", b"fails", b"disappoint",
                               b"disappoints", b"complain", b"complains", b"cease", b"miss",
                               b"misses", b"judge", b"judged", b"judges",
                               b"complained"})  # fmt: skip
# "You never once made me feel like a burden", "you never let me down": a kindness said
# as the hurt that never came.
_KIND_NEVER_PHRASES = (b"let me down", b"let us down", b"let anyone down", b"let anybody down",
                       b"raise your voice", b"raised your voice", b"give up", b"gives up",
                       b"gave up")  # fmt: skip
_SPARED = (b"burden", b"hungry", b"stupid", b"small", b"alone", b"unwanted", b"judged")
_SPARING = frozenset({b"make", b"made", b"makes", b"let", b"lets"})
_FILLERS = (b"once ", b"even ", b"ever ")
_PROMISED = frozenset({b"hear", b"have", b"need", b"catch", b"worry"})


# "Do you ever worry ...?", "Did you ever hear back ...?": a question, not a verdict; "if
# you ever ..." sets a condition (a threat is danger's business, not blame's).
_ASKS_EVER = (b"do ", b"did ", b"have ", b"are ", b"were ", b"would ", b"will ", b"could ",
              b"has ", b"does ", b"if ", b"whether ")  # fmt: skip
# "you'll never see the kids again", "you will never find them": a threat, not a charge.
_THREATENED = frozenset({b"see", b"find", b"leave", b"get"})
_SEEING_TO_IT = (b"make sure ", b"see to it ", b"see to it that ", b"make sure that ")


# Another subject between the "you" and the "always" / "never": the words are someone
# else's ("when you said I never help", "you think we always ...").
_OTHER_SUBJECT = re2.compile(rb" (?:i|i'm|im|we|he|she|they|my mum|my dad) ")


# "I let you think you were crazy every time you asked": the writer owns what they made
# the partner believe.
_MADE_YOU_THINK = (b"let you think ", b"made you think ", b"made you feel like ",
                   b"had you thinking ", b"made you believe ", b"let you believe ")  # fmt: skip


def _a_charge(doc: Doc, start: int, end: int) -> bool:
    said = doc.b[start:end]
    if _OTHER_SUBJECT.search(said):
        return False
    if doc.b[max(0, start - 20) : start].endswith(_MADE_YOU_THINK):
        return False
    if said.endswith(b"always") and _CONCEDED.search(doc.b[max(0, start - 10) : end]):
        return False  # "I know you can't always, I'm not blaming you."
    if said.endswith(b"ever") and not said.endswith(b"never"):
        return not doc.b[max(0, start - 8) : start].endswith(_ASKS_EVER)
    if not said.endswith(b"never"):
        return True
    after = next_word(doc, end)
    if after in _KIND_AFTER_NEVER or _kind_never(doc, end):
        return False
    if b"should" in said and _SPARED_IT.match(doc.b, end) is not None:
        return False  # "you should never have been in that waiting room on your own"
    promise = b"will" in said or b"'ll" in said or b"won't" in said
    if (promise or doc.b[max(0, start - 16) : start].endswith(_SEEING_TO_IT)) and (
        after in _THREATENED
    ):
        return False  # "I'll make sure you never see them again" threatens too
    return not (after in _PROMISED and promise)


# What the partner should have been spared, said in an apology: no charge.
_SPARED_IT = re2.compile(
    rb" have (?:had to|to|been (?:in|at|there|left|alone|on (?:your|ur) own|put|made|through))\b"
)
_CONCEDED = re2.compile(rb"\bi know (?:you|u) (?:can'?t|cannot|won'?t be able to) always")


def _kind_never(doc: Doc, end: int) -> bool:
    """ "never (once) made me feel like a burden", "never let me down": praise."""
    rest = tail(doc, end, 60).lstrip()
    for filler in _FILLERS:
        rest = rest.removeprefix(filler)
    if rest.startswith(_KIND_NEVER_PHRASES) or rest.split(b" ", 1)[0] in _KIND_AFTER_NEVER:
        return True
    return rest.split(b" ", 1)[0] in _SPARING and any(word in rest for word in _SPARED)


_YOU_NEVER = re2.compile(rb"\b(?:you|u)(?:'ve| have)? never\b")


def praises_by_never(doc: Doc) -> bool:
    """A "you never ..." in the message is a kindness ("you never judge me"), so no
    accusation should be read into it by anything else either."""
    return any(_kind_never(doc, found.end()) for found in _YOU_NEVER.finditer(doc.b[:2000]))


def _not_a_task(doc: Doc, start: int, end: int) -> bool:
    """ "It'll be on you to book the table" hands over a task, not guilt."""
    return next_word(doc, end) != b"to"


# "as usual" and "for once" about the day itself, not the partner: a schedule kept
# ("handover Sunday 4pm at the services as usual"), the weather ("raining as usual?") or
# the writer's own good news ("work was actually fun today for once", "I slept properly
# for once").
_HABIT = (b"as usual", b"like always", b"like usual")
_THE_DAY = re2.compile(rb"\d|\b(?:rain\w*|weather|sunny|traffic)\b")
_OWN_LUCK = re2.compile(
    rb"\b(?:i|we|work|it|today|everything)\b[^.!?\n]{0,40}\b(?:was|were|slept|got|had|felt|went)"
    rb"\b[^.!?\n]{0,40}\b(?:fun|good|great|nice|easy|properly|well|quiet|lovely|early)"
    rb"(?: (?:today|tonight|this week|this time|again))? *$"
)
_AT_YOU = re2.compile(rb"\b(?:you|u|your|ur|you're|youre)\b")


def _at_someone(doc: Doc, start: int, end: int) -> bool:
    words = doc.b[start:end]
    sentence_start = max(doc.b.rfind(c, 0, start) for c in (b".", b"!", b"?", b"\n")) + 1
    before = doc.b[sentence_start:start]
    if _AT_YOU.search(before):
        return True
    if words in _HABIT:
        return _THE_DAY.search(before) is None
    if words == b"for once":
        return _OWN_LUCK.search(before) is None
    return True


_WHY = "Blame puts the other person on the defensive; the talk becomes a trial, not a team effort."
_WE = (
    "Try naming the problem as shared: 'We keep getting stuck on ..., can we sort it out together?'"
)

_EVENT_VERBS = (
    r"forgot|told|said|left|shouted|yelled|screamed|promised|booked|took|spent|ignored|"
    r"cancell?ed|invited|ate|broke|lost|missed|embarrassed|humiliated|lied|walked out|hung up|"
    r"laughed at|swore|slammed|blew|ditched|abandoned|interrupted|made fun|mocked|critici[sz]ed|"
    r"chose|agreed|skipped|posted|gave away|drank|came home (?:drunk|late)|turned up late|"
    r"showed up late|didn't|did not|never even|haven't|have not|weren't|wasn't|left me|"
    r"went behind|used|borrowed|sold|bought|gambled|flirted|texted (?:him|her|your ex)"
)

RULES = [
    Rule(
        id="blame.specific-event",
        label="blame",
        pattern=r"(?:^|[.!?] |, )\W*(?:and |but |so |then |yesterday |today |tonight |"
        r"last night )?(?:you|u) (?:just |literally |actually |really |seriously |even |"
        r"totally |completely |once again |again )?(?:" + _EVENT_VERBS + r")\b"
        r"|\bwithout (?:even )?(?:asking|telling|checking with|consulting) me\b"
        r"|\bbehind my back\b|\bkeep pretending\b"
        r"|\bwhy (?:did|would|do) (?:you|u) (?:spend|tell|say|buy|invite|book|leave|take|do|"
        r"promise|lie|go|agree|keep)\b|\bwho (?:sent|told|asked) (?:you|u) to\b",
        provenance="Seed Part 1: an accusation about one event is still blame; it asks for a "
        "defence, not a conversation.",
        message="This charges your partner with what they did; they will likely defend instead "
        "of listen.",
        suggestion="Say the event and its effect on you: 'When ... happened, I felt ...'.",
        should_flag=(
            "You forgot to pick up Mia today.",
            "you said you'd be home by 7 and it's nearly 10",
            "Why did you spend $600 on the joint card without telling me?",
        ),
        should_pass=(
            "You told me the funniest story yesterday, thank you",
            "you said you'd bring snacks, amazing!",
            "I'm sorry I called you dramatic. You weren't.",
        ),
        skip=frozenset({QUOTED, PLAYFUL}),
        check=_a_specific_charge,
    ),
    Rule(
        id="blame.you-always-never",
        label="blame",
        # The words between start with a letter: "you told me 'you never ...'" quotes.
        pattern=r"\b<YOU> (?:[a-z][a-z']* ){0,3}<ALWAYS>\b"
        r"|\b<YOU_ARE> (?:always|never|constantly) ",
        provenance="Gottman: criticism starts as a global 'you always / you never'.",
        message="'You always / you never' turns one event into a verdict on the person. " + _WHY,
        suggestion="Name one specific time and how it felt: 'Last night, when ..., I felt ...'.",
        should_flag=(
            "You never think about us, just about looking good in front of them.",
            "You should never have said that to my mother.",
            "You never help around the house!",
            "you ALWAYS do this",
            "u never listen to me",
            "you're always on your phone",
        ),
        should_pass=(
            "I picked the overtime over you. You should never have been in that waiting room on "
            "your own.",
            "You always make me laugh.",
            "you never fail to cheer me up",
            "she said 'you never listen' and I laughed",
            "I never said you always do that",
            "When you said I never help with your mum, I wanted to argue. I won't.",
            "Honestly you're so thoughtful, you never forget a single birthday.",
            "I'm so sorry. You will never hear anything like that from me again.",
            "You never once made me feel like a burden during chemo.",
            "You never judge me, even when I deserve it.",
            "Remember when you told me 'you never let me finish'? You were right.",
            "I know you can't always, I'm not blaming you.",
            "I lied for months and I let you think you were crazy every time you asked.",
        ),
        skip=frozenset({NEGATED, QUOTED, POSITIVE, PLAYFUL}),
        check=_a_charge,
    ),
    Rule(
        id="blame.your-fault",
        label="blame",
        pattern=words(
            r"(?:it's|its|it is|this is|that's|thats|that is) (?:all |totally |entirely )?"
            r"(?:your|ur) fault",
            r"(?:all )?because of you",
            r"thanks to you",
            r"you ruin(?:ed|s)?",
            r"(?:you|u) made me (?:do|say|late|miss|look|cry|feel|(?:so |really )?(?:angry|mad)|"
            r"lose my temper|snap|shout|yell)",
            r"you did this",
            r"you (?:screwed|messed|fucked) (?:it |this |everything )?up",
            r"you caused",
            r"you started (?:this|it)",
            r"blame yourself",
            r"your (?:fault|problem|mess)",
        ),
        provenance="Seed Part 1: blame is a wall, not a bridge.",
        message="Pinning the fault on your partner makes the talk a fight over who is guilty.",
        suggestion=_WE,
        should_flag=(
            "This is all your fault.",
            "You ruined the whole evening.",
            "we're late because of you",
        ),
        should_pass=(
            "It's not your fault, love.",
            "he said it was all because of you",
            "When you made me look stupid in front of my boss, I felt small.",
        ),
        skip=frozenset({NEGATED, QUOTED, FRAMED}),
    ),
    Rule(
        id="blame.on-you",
        label="blame",
        pattern=r"\b(?:it'?ll|it will|that'?ll|that will|it'?d|it would|that'?d|that would) "
        r"(?:all )?be (?:all )?(?:on (?:you|u|your conscience)|(?:your|ur) fault)\b"
        r"|\b(?:you'?ll|you will|you'?d|you would|you can|u can|u'?ll|and you) "
        r"(?:have to |get to )?"
        r"(?:live with (?:that|it|this|yourself)|explain (?:that|it|this|why|to))\b"
        r"|\b(?:know|knows|see|sees) (?:it was |it's |that it was )?(?:all )?"
        r"because of (?:you|u)\b"
        r"|\b(?:have|carry) (?:that|it|this) on (?:you|u|your conscience)\b"
        # the guilt trip: "if you actually loved me you wouldn't keep saying no"
        r"|\bif (?:you|u) (?:really |actually |truly |even )?(?:loved|cared about|respected) "
        r"me,? (?:you|u)(?:'d| would| wouldn't| wouldnt)\b",
        provenance="Seed Part 1 and the label guide: making the partner answer for what the "
        "speaker may do ('and it'll be on you') is blame, and pressure.",
        message="This hands your partner the weight of what you might do; it is pressure, "
        "not a way to be heard.",
        suggestion="Say what you are afraid of losing. If you feel you might hurt yourself, "
        "please reach out for support now.",
        should_flag=(
            "If you leave me I'll kill myself and it'll be on you.",
            "if u go i'll do something stupid and everyone will know it was because of u",
            "You'll have to live with that.",
            "if you actually loved me you wouldn't keep saying no",
        ),
        should_pass=(
            "It'll be on you to book the table this time, ok?",
            "I'll live with it, don't worry.",
            "It won't be on you, love. It was my choice.",
        ),
        check=_not_a_task,
    ),
    Rule(
        id="blame.summons-about-you",
        label="blame",
        pattern=r"\bneed to (?:talk|deal|discuss|have a (?:word|chat|talk)) (?:about|with) "
        r"(?:(?:your|ur) (?:drinking|attitude|spending|gambling|temper|behaviou?r|parenting|"
        r"lying|tone|smoking|jealousy|moods?|language|mouth|laziness|selfishness)"
        r"|(?:the way|how) (?:you|u) (?:speak|spoke|talk|talked|treat|treated|act|acted))\b",
        provenance="Gottman's harsh start-up: a summons about the partner's failing opens with "
        "the verdict already given.",
        message="This opens with your partner's failing as the topic; they will come in "
        "already defending.",
        suggestion="Start from your side and one moment: 'Can we talk tonight? When ..., I "
        "felt ...'.",
        should_flag=(
            "We need to talk about your drinking.",
            "We need to talk about the way you speak to me in front of the kids.",
        ),
        should_pass=(
            "We need to talk about your birthday 😉 keep Saturday free",
            "We need to talk about your mum's visit, can you ring me?",
        ),
        skip=frozenset({QUOTED, PLAYFUL}),
    ),
    Rule(
        id="blame.accusing-question",
        label="blame",
        pattern=words(
            r"why (?:can't|cant|can not|won't|wont|don't|dont|do) (?:you|u) (?:ever|always|just)",
            r"why (?:would|did) (?:you|u) (?:even|ever)",
            r"how could (?:you|u)",
            r"how hard is it to",
            r"how many times do i (?:have|need) to",
            r"what(?:'s| is) wrong with (?:you|u)",
            r"what the (?:hell|fuck|heck) (?:is wrong with you|were you thinking|is your problem)",
            r"what(?:'s| is) your problem",
            r"who does that",
            r"(?:want|wanna|care) to explain (?:that|this|yourself|why)\?",
            r"what (?:the hell |on earth |the fuck )?were (?:you|u) (?:even )?thinking\?",
            r"what (?:the hell |on earth |the fuck )?were (?:you|u) (?:even )?thinking!",
        ),
        provenance="Gottman: a question that is really an accusation is still criticism.",
        message="This question accuses rather than asks; your partner hears a charge to defend.",
        suggestion="Ask what you really want to know, or say how it affected you.",
        should_flag=(
            "How could you forget my birthday?",
            "Why can't you ever just put your plate in the dishwasher?",
            "what is wrong with you",
            "What on earth were you thinking?!",
            "Your mother knew before I did. Want to explain that?",
        ),
        should_pass=(
            "How could you tell? I thought I hid it well!",
            "How was your day?",
            "what were you thinking of getting your mum?",
        ),
        check=_accusing,
    ),
    Rule(
        id="blame.you-dont-care",
        label="blame",
        pattern=words(
            r"(?:you|u) (?:just |clearly |obviously |really |honestly )?"
            r"(?:don't|dont|do not|didn't|didnt) (?:even )?(?:care|listen|help|try|bother|"
            r"love me|respect me|think about me|give a (?:damn|shit|crap)|appreciate)",
            r"(?:you|u) (?:couldn't|couldnt|can't|cant) (?:even )?be bothered",
            r"(?:you|u) only (?:ever )?(?:care|think) about (?:yourself|you|your)",
            r"(?:you|u) (?:lied|lie) (?:to me|again|about)",
            r"(?:you've|you have|youve|uve|you're|you are|ur|u r) (?:been )?lying",
            r"(?:you|u) (?:broke|break) (?:your|another) promise",
            r"(?:you|u) keep (?:doing|ignoring|forgetting|leaving|interrupting|lying|making)",
            r"(?:you|u) (?:ignored|ditched|abandoned|embarrassed|humiliated) me",
            r"(?:you|u) didn't even",
            r"(?:you|u) (?:made|make) (?:a fool|an idiot|a mug|a laughing stock) "
            r"(?:of|outta|out of) me",
            # "I'm sick of you leaving towels on the bed": the charge, with the writer's
            # exasperation in front of it.
            r"(?:sick|tired|fed up) (?:and tired )?(?:of|with) (?:you|u) "
            r"(?:always |constantly |never )?[a-z]+ing",
            r"(?:sick|tired|fed up) (?:and tired )?(?:of|with) (?:your|ur) (?:crap|attitude|"
            r"moods?|excuses|lies|lying|nagging|drinking|games|bullshit|shit|behaviou?r|temper|"
            r"laziness|selfishness|mess|sulking|tone)",
            # "every time I tried you were in one of your moods"
            r"(?:you'?re|you were|you are|ur|u were) in one of (?:your|ur) (?:moods|strops|sulks|"
            r"tempers|huffs)",
        ),
        provenance="Seed Part 2: a you-statement describes the partner, an I-statement "
        "the speaker.",
        message="A you-statement tells your partner what they are doing wrong; it invites defence.",
        suggestion="Start from your side: 'When ..., I feel ..., because I start to think ...'.",
        should_flag=(
            "You don't care about me at all.",
            "you didn't even call",
            "You keep ignoring what I say",
            "I'm so sick of you leaving wet towels on the bed.",
            "honestly tired of ur excuses",
            "You made a fool of me tonight.",
            "You've been lying to me for weeks.",
            "I was going to tell you, but every time I tried you were in one of your moods.",
        ),
        should_pass=(
            "If you keep leaving the cupboard doors open I'm going to lose my mind lol",
            "I'll never get tired of you singing in the shower 🥰",
            "I'm not sick of you being here, I'm just tired.",
            "I know you care about me.",
            "You didn't have to do that, thank you!",
            "Don't worry, you don't have to help with this one.",
            "When you didn't listen at dinner, I felt lonely.",
        ),
        skip=frozenset({NEGATED, QUOTED, POSITIVE, PLAYFUL, FRAMED}),
    ),
    Rule(
        id="blame.jab",
        label="blame",
        pattern=words(
            r"(?:try|trying) (?:to remember|not to (?:forget|fill|be late|mess))",
            r"for once",
            r"as usual",
            r"like (?:always|usual)",
            r"(?:since|because) (?:you|u) (?:clearly|obviously) (?:weren't|wasn't|won't|didn't|"
            r"don't|can't)",
            r"we both know how that goes",
            r"it'?s not (?:complicated|rocket science|that hard|hard)",
            r"(?:yes|yep),? yours",
            r"not next week",
            r"before (?:you|u) (?:try|start) (?:the|that|your|to)",
            r"no thanks to (?:you|u)",
            r"if (?:you|u) can be bothered",
            r"i'?ve done it the last",
            r"i checked the calendar before",
            r"(?:you|u) (?:conveniently|somehow) (?:forgot|missed|lost)",
            r"(?:again|AGAIN)\?\!",
            r"thanks for nothing",
            r"must be nice",
            r"(?:you'?ve|you have|you|u|uve) (?:got )?(?:some|a|a lot of) nerve",
            r"the nerve of (?:you|u)",
            r"(?:don'?t|do not) forget (?:this time|again)",
            r"(?:you|u) should(?:'ve| have) (?:told|asked|said|known|checked|listened|thought|"
            r"warned|called|rung|texted)",
            r"(?:you|u) (?:need|have) to (?:lighten up|grow up|get a grip|get over yourself)",
            r"how many (?:more )?times (?:have|do) i (?:asked|told|begged|reminded|got to ask|"
            r"have to ask|have to tell|need to ask|need to tell)",
            # "You come home at midnight and I'm supposed to act like it's normal?"
            r"and i'?m (?:just )?supposed to (?:act like|pretend|be (?:ok|okay|fine|happy)|smile|"
            r"not notice|not mind|believe|just accept|be grateful)",
            # I told you so, in other words: "I told you it was old", "like I told you not to"
            r"i told (?:you|u) (?:it|that|this|the \w+) (?:was|were) (?:old|broken|making|leaking|"
            r"dying|on its last|too|dodgy|knackered|a bad idea|a mistake|not safe|unsafe|a scam)",
            r"i told (?:you|u) (?:it|that|this) (?:would|was going to) (?:happen|break|go wrong|"
            r"end badly)",
            r"i told (?:you|u) not to",
        )
        # The fault handed back: "if you didn't want me reading your texts, you shouldn't
        # leave your phone unlocked".
        + r"|\bif (?:you|u) (?:didn'?t|did not|don'?t|do not) want\b[^.!?]{0,80}\b(?:you|u) "
        r"(?:shouldn'?t|should not|should(?:'ve| have))\b",
        provenance="Seed Part 1: a jab tucked into an everyday message is still blame; the "
        "partner hears the verdict, not the errand.",
        message="The aside carries a verdict on your partner; it will land louder than the errand.",
        suggestion="Keep the request and drop the dig, or name the pattern kindly at a calm "
        "moment: 'Can we find a way to share the bins that works for both of us?'",
        should_flag=(
            "It's not my fault the fryer died. I told you it was old.",
            "that's what happens when you buy used off Craigslist like I told you not to.",
            "Bins go out tonight. Try to remember this time.",
            "Dentist at 4. I booked it since you clearly weren't going to.",
            "Rent's paid. No thanks to you.",
            "You've got some nerve, moaning that I missed your work drinks.",
            "Pick up the dry cleaning. And don't forget this time.",
            "You should have told me about the overdraft before the bank did.",
            "How many times have I asked you to fix the gate?",
            "It was a joke. You need to lighten up.",
            "If you didn't want my opinion, you shouldn't have asked for it.",
            "You come home at midnight from the bar and I'm supposed to act like it's normal?",
        ),
        should_pass=(
            "I told you it was a surprise! Close your eyes",
            "I told you it would be fine, and it was. Proud of you.",
            "Bins go out tonight, love you x",
            "When you called me 'too much' it hit a nerve.",
            "For once I beat you at Scrabble 😂",
            "You should have seen the queue at the post office!",
            "Handover Sunday 4pm at the services as usual.",
            "good! work was actually fun today for once",
        ),
        skip=frozenset({QUOTED, PLAYFUL, NEGATED}),
        check=_at_someone,
    ),
    Rule(
        id="blame.interrogation",
        label="blame",
        # A question that already holds the verdict: the partner hid something, and now
        # must answer for it.
        pattern=words(
            r"(?:were|was) (?:you|u) (?:ever |even )?(?:going|planning|gonna) (?:to |on )?"
            r"(?:tell|mention|say)",
            r"anything (?:you|u) (?:want|wanna|need|care) to tell me",
            r"where(?:'s| has| is| did) (?:the|all the|our|my) (?:money|cash|savings)",
            r"start talking",
            r"i want (?:the truth|to know who|to know why|to know where)",
            r"why is there (?:a |an )?[£$€]",
            r"(?:you|u) (?:want|wanna|care) to explain why",
            r"(?:ready|going|gonna|planning) to tell me the truth",
        ),
        provenance="Seed Part 1 and Gottman's harsh start-up: an accusing question puts "
        "the partner on trial before they have said a word.",
        message="The question already holds the verdict; your partner hears a charge to answer, "
        "not a question.",
        suggestion="Say what you found and how it left you: 'I saw the letter about the loan "
        "and I'm scared. Can we look at it together?'",
        should_flag=(
            "So. When exactly were you going to tell me about the job in Leeds?",
            "Right. I found the vape in your jacket. Start talking.",
            "So. Lovely message from your ex on the iPad. Anything you want to tell me?",
            "first thing: why is there a £2k withdrawal from the savings",
            "Right, where's the money gone, Dele?",
            "So. You want to explain why Kayla's school called ME about her missing three days?",
            "Don't bother coming to bed until you're ready to tell me the truth about Vegas.",
        ),
        should_pass=(
            "Is there anything you want to tell me about your day? I'm all ears.",
            "I was going to tell you about the job tonight, I promise.",
            "she asked me where the money went and I didn't know what to say",
        ),
        skip=frozenset({QUOTED, NEGATED, PLAYFUL}),
        check=_asks_for_a_confession,
    ),
]
