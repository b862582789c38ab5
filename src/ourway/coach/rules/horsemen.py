"""Gottman's Four Horsemen: criticism, contempt, defensiveness, stonewalling."""

from __future__ import annotations

from ourway.coach.rulebase import NEGATED, PLAYFUL, PLAYFUL_MARKS, QUESTION, QUOTED, Rule, words
from ourway.coach.text import Doc, addresses_you

# Character words: a verdict on who the partner is, not on what they did (criticism).
CHARACTER = (
    "selfish|lazy|inconsiderate|irresponsible|useless|careless|thoughtless|immature|childish|"
    "controlling|self-centered|self-centred|self centered|self-absorbed|self absorbed|"
    "insensitive|unreliable|heartless|cold|mean|rude|cruel|ungrateful|hopeless|dramatic|"
    "paranoid|needy|clingy|negative|impossible|toxic|manipulative|disrespectful|a liar|"
    "unreasonable|petty|bossy|a slacker|a bad listener|spineless|a snob|snobby|"
    "insecure|passive aggressive|passive-aggressive|thick|materialistic|predictable|"
    "a workaholic|emotionally unavailable|too proud|cheap|tactless|self-centred|"
    "stingy|a flake|flaky|untrustworthy|a terrible listener|a cold|calculating|"
    "the laziest|the most selfish|the most stubborn|a coward|a control freak|basic|"
    "a know-it-all|entitled|jealous|needy|a drama queen|a nightmare|a mummy's boy|"
    "a mommy's boy|a man-child|a manchild|useless|a loser|worthless|"
    "a slob|a mess|a nag|a child|a baby|a control freak|a narcissist|narcissistic|"
    "a hypocrite|hypocritical|unbearable|spoiled|spoilt|arrogant|stubborn|a coward|"
    "cowardly|weak|boring|unfair|a bully|nasty|cheap|stingy|greedy|clueless|incompetent|"
    "the worst|so difficult|impossible to (?:talk to|live with|please)|crazy|insane|"
    "psycho|a psycho|unhinged|hysterical|obsessed|jealous|possessive|vain|shallow|fake|"
    "two-faced|dishonest|untrustworthy|a terrible|a horrible|a bad|a lousy|an awful|"
    "pig|a pig|gross|filthy|disgusting|messy|sloppy|avoidant|defensive|judgemental|judgmental|"
    "secretive|infuriating|exhausting|uptight|touchy|thin-skinned|sneaky|a cold fish"
)
# Insults and mockery: superiority and disgust (contempt).
INSULTS = (
    "idiot|an idiot|moron|a moron|stupid|dumb|pathetic|a loser|loser|worthless|a joke|"
    "a clown|an embarrassment|embarrassing|disgusting|a disgrace|brainless|retarded|"
    "dumbass|a dumbass|an imbecile|imbecile|a failure|garbage|trash|a waste of space|"
    "laughable|ridiculous|a bitch|bitch|an asshole|asshole|a dick|a prick|useless|joke|clown|"
    "disgrace|embarrassment|failure|waste of space|a waste of space|pig|cow|parasite|brat|a brat|"
    "a spoilt brat|a spoiled brat|eejit|an eejit|numpty|a numpty|muppet|a muppet|plonker|"
    "a plonker|prat|a prat|freeloader|a freeloader"
)


def _not_teasing(doc: Doc, start: int, end: int) -> bool:
    """Laughter or a heart in the same sentence ("You're so stubborn 😂", "you're hopeless
    lol") makes a character word a tease, as the label guide reads it; the wider PLAYFUL
    context would also reach a heart in the next sentence of a real complaint."""
    left, right = doc.sentence_bounds(start, end)
    return not PLAYFUL_MARKS.within(doc.b[left : right + 12])


# "Tonight it's all about you, birthday girl!": a day or a night given to the partner.
_TREATS = (b"birthday", b"tonight", b"today", b"this weekend", b"treat", b"spoil", b"pamper",
           b"anniversary", b"your day", b"your night")  # fmt: skip


def _not_a_treat(doc: Doc, start: int, end: int) -> bool:
    hit = doc.b[start:end].rstrip(b".!, ")
    if not hit.endswith((b"about you", b"about u")):
        return True  # "you only ever think about yourself": no treat makes it one
    around = doc.b[max(0, start - 40) : end + 40]
    return not any(treat in around for treat in _TREATS)


def _shuts_down(doc: Doc, start: int, end: int) -> bool:
    """Not a condition ("I'm not doing this anymore unless something changes": an
    ultimatum, which asks for change) nor a treat ("Do what you want, it's your birthday")."""
    after = doc.b[end : end + 40]
    if b"unless " in after[:25]:
        return False
    if after.lstrip().startswith((b"until", b"till", b"before")) and any(
        need in after for need in _FED
    ):
        return False  # "Don't talk to me until I've had coffee": a morning, not a wall
    return not (doc.b[start:end].startswith(b"do ") and any(t in after for t in _TREATS))


_FED = (b"coffee", b"caffeine", b"breakfast", b"my tea", b"a cuppa", b"eaten", b"slept",
        b"a nap", b"a shower")  # fmt: skip


# "I went quiet on you, and that's not fair on you": owning the unfairness, not denying it.
_ON_YOU = (b" on you", b" to you", b" for you", b" on u", b" to u", b" when you", b" of me")


def _not_owning_it(doc: Doc, start: int, end: int) -> bool:
    return not (doc.b[start:end].endswith(b"fair") and doc.b[end : end + 10].startswith(_ON_YOU))


_EYE_ROLL = "\U0001f644".encode()
_SELF = frozenset({b"i", b"i'm", b"im", b"me", b"my", b"myself", b"i've", b"ive"})


# "Poor you. Want the heat pad?": pity that comes with care is comfort, not a sneer.
_CARE = (b"i'll ", b"ill ", b"want the", b"want a", b"coming up", b"lie down", b"kettle",
         b"bath", b"hot water", b"i've done", b"i've made", b"nap ", b"cuddle", b"hug")  # fmt: skip


_OWN = (b" my ", b" i ")


def _mockery(doc: Doc, start: int, end: int) -> bool:
    hit = doc.b[start:end]
    if hit.startswith((b"eye", b"roll my", b"rolls my")) and (
        b" " + doc.b[max(0, start - 4) : start]
    ).endswith(_OWN):
        return False  # "I'm officially retiring my eye roll lol": the writer's own
    comfort = (
        hit.startswith(b"poor")
        and not hit.endswith(b"baby")
        and _EYE_ROLL not in doc.b
        and any(c in doc.b[end : end + 160] for c in _CARE)
    )
    return not comfort and _at_partner(doc, start, end)


_THANKS = (b"thanks", b"thank you", b"thx", b"appreciated", b"appreciate it", b"cheers")


def _at_partner(doc: Doc, start: int, end: int) -> bool:
    """An eye-roll emoji after a sentence about oneself ("Smacked my head again. I'm fine,
    just embarrassed 🙄") or a long one about something else rolls at that; after "you",
    or a few words of retort ("talk to the hand 🙄"), at the partner."""
    if doc.b[start:end] != _EYE_ROLL:
        return True
    left, _ = doc.sentence_bounds(start, end, 200)
    said = doc.b[left:start]
    if addresses_you(said) or any(thanks in said for thanks in _THANKS):
        return True  # thanks with an eye-roll is sarcasm at the one thanked
    words_said = said.split()
    return len(words_said) <= 6 and not any(w in _SELF for w in words_said)


_WE = "Describe the behaviour and its effect, not the person: 'When ..., I felt ...'."


# "go cry to ur mum about it": said as the last words (not "... if you need to").
_CRY_TO = (
    r"(?:go|run|off you go) (?:and |n |an )?(?:cry|whinge|moan|complain) to (?:your|ur|yer|yuh) "
    r"\w+(?: about (?:it|this|that))?(?: then| lol)?"
)

RULES = [
    Rule(
        id="criticism.character-word",
        label="horsemen:criticism",
        also=("blame",),
        pattern=r"\b<YOU_ARE> <INTENS>(?:" + CHARACTER + r")\b"
        r"|\bsuch an? (?:selfish|lazy|inconsiderate|immature|thoughtless|spoiled) "
        r"|\b(?:you|u) (?:selfish|lazy|inconsiderate|ungrateful|thoughtless|self-centered) ",
        provenance="Gottman: criticism attacks character, a complaint names a behaviour.",
        message="Calling your partner a kind of person attacks who they are; that is criticism, "
        "one of the Four Horsemen.",
        suggestion=_WE,
        should_flag=(
            "You're so selfish.",
            "ur so lazy honestly",
            "you are being completely unreasonable and immature",
        ),
        should_pass=(
            "You're not selfish, you were tired.",
            "She told me you're so lazy, which isn't true.",
            "I'm being selfish, I know.",
            "You're so stubborn 😂 fine, we'll take your route",
            "you're a terrible singer and I love it, never stop the shower concerts 😂",
        ),
        check=_not_teasing,
    ),
    Rule(
        id="criticism.global",
        label="horsemen:criticism",
        also=("blame",),
        pattern=words(
            r"(?:you|u) (?:never|don't|dont|do not) (?:ever )?think (?:about|of) anyone "
            r"(?:but|except|other than) (?:yourself|you)",
            r"(?:you|u) only (?:ever )?(?:care|think) about (?:yourself|you)",
            r"(?:you're|you are|ur) (?:just )?like your (?:mother|father|mom|mum|dad)",
            r"what kind of (?:person|partner|husband|wife|boyfriend|girlfriend|man|woman|"
            r"mother|father|parent) (?:does|would|forgets|says)",
            r"(?:you|u) (?:can't|cant|cannot) do anything right",
            r"(?:you|u) (?:don't|dont|do not|never) care about (?:anyone|anybody|anything|nobody)"
            r"(?:'s)?(?: feelings)? (?:but|except|unless|other than)",
            r"(?:you|u) have no (?:respect|consideration|empathy|shame|self-control|decency)",
            r"there(?:'s| is) something wrong with (?:you|u)",
            r"(?:you're|you are|ur) incapable of",
            r"typical (?:you|man|woman|male)",
            r"(?:that'?s|that is) the (?:kind|sort|type) of (?:person|man|woman) "
            r"(?:you are|you're)",
            r"not everything(?:'s| is| has to be) about (?:you|u)",
            # "It's always about you, isn't it", not "it's serious and it's about you."
            r"(?:it'?s|it is) (?:always (?:all )?|all )about (?:you|u)[.!,]",
            r"(?:everything'?s|everything is|everything has to be) (?:always )?(?:all )?about "
            r"(?:you|u)[.!,]",
            r"(?:can|could|will|would) (?:you|u) (?:just |please )?(?:stop|quit) being (?:so |"
            r"such an? |a |an )?(?:" + CHARACTER + ")",
        )
        # "It's not a one-off, it's who you are." ("that's not who you are" is comfort, and
        # "that's who you're meeting?" asks)
        + r"|\b(?:that'?s|that is|it'?s|it is|this is)\s+(?:just\s+|simply\s+|exactly\s+)?"
        r"(?:who|what|how)\s+(?:you are|you're|u r|ur)(?:\s+as\s+a\s+person)?\s*(?:[.!]|$)",
        provenance="Gottman: criticism is a global attack on the partner's personality.",
        message="This sums up your partner as a person, which is criticism rather than a "
        "complaint about something they did.",
        suggestion=_WE,
        should_flag=(
            "You never think about anyone but yourself.",
            "What kind of husband forgets his own anniversary?",
            "You're dishonest, it's just who you are.",
            "You don't care about anyone unless they're useful to you. That's who you are.",
            "Not everything is about you, Sam.",
            "It's always about you, isn't it.",
            "Can you stop being so dramatic about it?",
        ),
        should_pass=(
            "I never think about anyone but you when I'm away ❤️",
            "The way you spoke to the waiter made me cringe. That's not who you are.",
            "I love how you are with the kids.",
            "Tonight it's all about you, birthday girl!",
            "Call me when you're out. It's serious and it's about you.",
            "I need to stop being so dramatic about work.",
        ),
        check=_not_a_treat,
    ),
    Rule(
        id="contempt.insult",
        label="horsemen:contempt",
        also=("blame",),
        pattern=r"\b<YOU_ARE> <INTENS>(?:" + INSULTS + r")\b"
        r"|\b(?:you|u|ya) (?:absolute |complete |total |fucking |stupid |little |big )*"
        r"(?:idiot|moron|loser|dumbass|imbecile|clown|jerk|bitch|asshole|prick)\b"
        r"|\bwhat an? (?:idiot|moron|loser|joke|clown|dumbass)\b"
        r"|\b(?:nice|good|great) (?:job|going|work|one),? (?:genius|einstein|sherlock|moron|"
        r"idiot|dumbass|dummy|clown|loser)\b"
        # "Pair of freeloaders, the both of you."
        r"|\b(?:pair|couple) of (?:freeloaders|idiots|clowns|losers|morons|muppets|wasters|"
        r"layabouts|eejits)\b",
        provenance="Gottman: contempt (insults, mockery) is the strongest predictor of breakup.",
        message="An insult speaks from above your partner; contempt is the most damaging of "
        "the Four Horsemen.",
        suggestion="Say what hurt or annoyed you, without the label.",
        should_flag=(
            "You're pathetic.",
            "you idiot, you locked us out",
            "nice job, genius",
            "nice job moron, you locked the keys in the car with it running",
            "Pair of freeloaders, the both of you.",
        ),
        should_pass=(
            "I'm such an idiot, I forgot my keys",
            "He calls me stupid in front of his friends.",
            "You're not stupid, the form is confusing.",
            "lol you're ridiculous, stop making me laugh",
        ),
        check=_not_teasing,
    ),
    Rule(
        id="contempt.mockery",
        label="horsemen:contempt",
        also=("blame",),
        pattern=words(
            r"rolls? (?:my )?eyes",
            r"eye ?roll",
            r"real mature",
            r"how mature",
            r"get a life",
            r"cry me a river",
            r"boo hoo",
            r"poor (?:baby|little baby|you|thing)",
            # mock sympathy: "ah diddums", "did the big brave fireman have a hard day?"
            r"diddums",
            r"(?:did|is|has|was|does) (?:the|my|our) (?:big|poor|little|wee|ickle) (?:brave|strong|"
            r"tough|busy|important|hard-?working|tired) \w+ (?:have an? (?:hard|long|tough|rough|"
            r"busy|big)|get (?:his|her|their) (?:feelings|wittle|little)|tired|need|want)",
            r"(?:you're|you are|ur|youre) (?:a (?:real )?|some |such a )piece of work",
            # "Sorry my cancer is such an inconvenience to your golf schedule."
            r"sorry (?:that )?(?:my|i'm|im|i am|i was|i exist|me)\b[^.!?]{0,40}(?:such )?an? "
            r"(?:inconvenience|burden|bother|imposition) (?:to|for) (?:you|your|u|ur)",
            r"oh wow,? (?:what a|congratulations|you (?:finally|actually))",
            r"wow,? (?:what a genius|real smart|so smart|brilliant)",
            r"well done,? (?:genius|einstein)",
            r"bless your (?:little )?heart",
            r"(?:you|u) disgust me",
            r"(?:you|u) make me sick",
            r"turns my stomach",
            r"(?:you|u) (?:disgust|repulse|sicken) me",
            r"(?:are|r) (?:you|u) (?:stupid|dumb|five|5|a child|deaf|serious right now|"
            r"kidding me|for real right now)",
            r"even a (?:child|toddler|monkey|five year old|5 year old) (?:could|can|would)",
            r"surprise,? surprise",
            r"what a (?:shocker|surprise)",
            r"of course (?:you|u) (?:did|didn't|did not|forgot)",
            r"classic (?:you|u)",
            r"sure (?:you|u) (?:did|were|are|will)",
            r"yeah,? right",
            r"your (?:majesty|highness)",
            r"drama queen",
            # "How embarrassing." mocks; "which was so embarrassing" owns a feeling.
            r"(?:so|how) pathetic",
            r"how embarrassing",
            r"congratulations,? (?:you|u)",
            r"(?:you|u) (?:should|ought to) be (?:so )?ashamed",
            r"shame on (?:you|u)",
            # "nobody else wants to listen to you", "too good for Aldi now are we?", "go cry to
            # your mum about it": looking down on the partner.
            r"(?:nobody|no one|no-one|noone) (?:else )?(?:wants|want|would want) to (?:listen to|"
            r"hear|be (?:with|around)|talk to|put up with) (?:you|u|ya)",
            r"too good for (?:\w+ ){0,2}(?:now|these days),? (?:are|r|is) (?:we|you|u|ya)",
            _CRY_TO + r"\s*[.!?]",
            _CRY_TO + r"$",
            # "Could you BE any more selfish?": asking nothing, looking down.
            r"could (?:you|u) (?:be|get|sound) any (?:more )?(?:"
            + CHARACTER
            + "|"
            + INSULTS
            + r"|annoying|obvious|rude|dense|slow|loud)",
        )
        + r"|\x{1F644}|(?:^|[.!?] )(?:just |oh )?grow up\b|\bgrow up,? (?:already|and|you|dude)",
        provenance="Gottman: contempt includes sarcasm, mockery, eye-rolling and disgust.",
        message="Sarcasm and mockery say 'I am above you'; that is contempt, the horseman "
        "that most predicts a breakup.",
        suggestion="Drop the sarcasm and say plainly what you need.",
        should_flag=(
            "Ah diddums. Did the big brave fireman have a hard day at the office",
            "You're some piece of work.",
            "Sorry my cancer is such an inconvenience to your golf schedule.",
            "*rolls eyes* sure",
            "Oh wow, what a genius idea 🙄",
            "wow thanks for the help today, really appreciated 🙄",
            "grow up.",
            "You should be ashamed of yourself.",
            "Could you be any more selfish?",
            "the sight of you sprawled on that couch at 2pm turns my stomach",
            "you can talk to yourself, nobody else wants to listen to you",
            "Ooh get you. Too good for Aldi now are we?",
            "lol ok go cry to ur mum about it",
        ),
        should_pass=(
            "Did the big brave lion find his cub? Ellie loved that book",
            "The new principal is a real piece of work.",
            "Sorry I'm such a burden lately, I know the cast makes everything harder for you.",
            "the kids grow up so fast",
            "I'm so happy for you, congratulations!",
            "Smacked my head on the cupboard door again. I'm fine, just embarrassed 🙄",
            "You rolled your eyes at my sister at dinner, which was so embarrassing.",
            "Poor you. Want the heat pad? I'll put the kettle on.",
            "You should never be ashamed of crying in front of me.",
            "could you be any cuter omg",
            "Nobody wants to listen to me at work, it's doing my head in.",
            "Go and cry to your mum if you need to, she'll understand. I'm here too.",
            "Apparently eye-rolling counts as contempt. So I'm officially retiring my eye roll",
        ),
        skip=frozenset({QUOTED, NEGATED}),
        check=_mockery,
    ),
    Rule(
        id="defensiveness.not-my-fault",
        label="horsemen:defensiveness",
        pattern=words(
            # "That's my fault" owns it; only the denial defends.
            r"(?:it's|its|it is|that's|thats|that is) not (?:my|me) fault",
            r"(?:it wasn't|it was not|wasn't|it's not|that wasn't) (?:my|me) fault",
            r"not my fault",
            r"(?:i|i've) (?:didn't|didnt|did not|haven't|havent) do(?:ne)? anything(?: wrong)?",
            r"i did nothing wrong",
            r"don't blame (?:me|this on me)",
            r"stop blaming me",
            r"why is it (?:always )?my fault",
            r"so (?:now )?(?:it's|its|this is|everything'?s|everything is) (?:all )?my fault",
            # "So what you're saying is everything's my fault. Cool."
            r"saying (?:is )?(?:that )?everything(?:'s| is) my fault",
            r"i'm (?:always )?the bad guy",
            r"(?:i|i've) can't do anything right",
            r"nothing i do is (?:ever )?(?:good )?enough",
            r"(?:what|how) was i supposed to know",
            r"i was (?:only|just) trying to",
            r"i had no choice",
            r"look who's talking",
            r"at least i (?:don't|didn't|do|did|try|tried|am)",
            r"i'm not the one who",
            r"excuse me for (?:living|breathing|trying|existing)",
            r"here we go again",
            r"that's not (?:what happened|true|fair|how it happened)",
        )
        + r"",
        provenance="Gottman: defensiveness is counter-attack, excuses or the innocent victim.",
        message="Defending yourself tells your partner their concern is wrong; it keeps the "
        "fight going.",
        suggestion="Take responsibility for even a small part: 'You're right that I ...'.",
        should_flag=(
            "It's not my fault the bills were late!",
            "That's not what happened!",
            "I didn't do anything wrong.",
        ),
        should_pass=(
            "It's not your fault, don't worry.",
            "you did nothing wrong, I was just tired",
            "That's my fault, I told you the wrong time. I'm so sorry.",
            "It's not my fault the cat loves you more than me 😂",
            "I shut you out, and that's not fair on you. Next time I'll tell you.",
        ),
        skip=frozenset({QUOTED, PLAYFUL}),
        check=_not_owning_it,
    ),
    Rule(
        id="stonewalling.shut-down",
        label="horsemen:stonewalling",
        pattern=words(
            r"i'?m done (?:talking|with this|discussing|here|arguing)",
            r"do (?:whatever|what) (?:you|u) (?:want|like|wanna)",
            r"i (?:don't|dont) care (?:anymore|any more|what you)",
            r"leave me alone",
            r"stop asking",
            r"(?:i'm|im|i am) not (?:talking|discussing|doing this|having this)",
            r"i have nothing (?:more |else )?to say",
            r"(?:don't|dont) talk to me",
            r"end of (?:discussion|story|conversation)",
            r"conversation over",
            r"we're done here",
            r"there's nothing to talk about",
            r"talk to the hand",
            r"(?:can|could) (?:you|u) (?:just )?stop (?:asking|talking|texting)",
            r"not talking to (?:you|u)",
            r"(?:just )?stop\.? i'?m done",
            r"i'?m not (?:gonna|going to) (?:talk|discuss|argue)",
            r"just leave it",
            # "Forget it, I'm going to sleep.", "How many times do you want me to say it?"
            r"forget it,? i'?m (?:going to|off to|gonna) (?:sleep|bed)",
            r"how many (?:more )?times do (?:you want me to|i have to|i need to) say",
            r"(?:can|could) (?:you|u) (?:just )?leave it",
            r"have it your (?:own )?way",
        )
        + r"|(?:^|[.!,] )whatever\s*(?:[.!]|$|,|\x{1F644})"
        + r"|(?:^|[.!?,] )(?:just )?leave it\s*(?:[.!]|$)",
        provenance="Gottman: stonewalling is withdrawing from the conversation.",
        message="Shutting the conversation down leaves your partner alone with the problem.",
        suggestion="If you are flooded, take a break with a time to come back: 'I need 20 "
        "minutes, then let's finish this.'",
        should_flag=(
            "Whatever.",
            "do what you want, I don't care",
            "I'm done talking.",
            "It's fine. Doesn't matter. Leave it.",
            "Fine, have it your way.",
        ),
        should_pass=(
            "Don't talk to me until I've had coffee (love you)",
            "Can we not do this while I'm driving? Give me till Barstow, I'll call you.",
            "whatever you want for dinner is good with me",
            "I need 20 minutes to calm down, then let's finish this.",
            "Do what you want, it's your birthday 🎂 even if that means Wetherspoons again",
            "we need to talk. i'm not doing this anymore unless something changes.",
            "Leave it on the side, I'll sort it later.",
        ),
        skip=frozenset({QUOTED, QUESTION}),
        check=_shuts_down,
    ),
]
