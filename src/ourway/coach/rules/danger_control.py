"""Danger, continued: coercive control, sexual coercion and threats in commands.

Control is often written by the person exerting it ("Give me your passcode. Now."), so
these rules read commands and conditions as well as a victim's description.
"""

from __future__ import annotations

import re2

from ourway.coach.rulebase import NEGATED, Rule, words
from ourway.coach.rules.danger import (
    HELP,
    WHY,
    no_outing,
    not_hyperbole,
    not_laughing,
    sporting,
    treated,
)
from ourway.coach.text import Doc, next_word, says_back, tail

# "ur not allowed to be this cute": after "not allowed to", "be" is a compliment, not a ban;
# "you're not going to disappear again / wear me out" is a hope or a fear, not a ban.
_FIGURES = frozenset({b"believe", b"like", b"want", b"regret", b"guess", b"lose", b"win", b"be",
                      b"disappear", b"wear", b"forget", b"understand", b"recognise",
                      b"recognize"})  # fmt: skip


def _isolating(doc: Doc, start: int, end: int) -> bool:
    """'You're not going to believe this!' is news, not a ban."""
    after = doc.b[end : end + 20].split()
    if len(after) > 1 and after[0] == b"to" and after[1] in _FIGURES:
        return False
    if next_word(doc, end) == b"down":
        return False  # "he won't let me down": a promise kept, not a ban
    # "What was the best part of your day? And you're not allowed to say lunch": a game's
    # rule or a kind one ("not allowed to apologise"); "not allowed to say no" stays.
    if (
        doc.b[start:end].endswith(b"allowed")
        and len(after) > 2
        and after[0] == b"to"
        and after[1] in _KIND_BANS
        and after[2] not in _SILENCED
    ):
        return False
    if doc.b[start:end].endswith(b"allowed") and _REST.match(doc.b, end) is not None:
        return False  # "this weekend you're not allowed to check email"
    return not_hyperbole(doc, start, end) and next_word(doc, end) not in _FIGURES


def _contrast(doc: Doc) -> bool:
    """A past partner's control recalled to thank this one ("my ex used to go through my
    phone ... thank you for never ...") is not danger now, nor another's told to say how
    lucky the writer is ("... that you're not like that, that I can spend my own money")."""
    b = doc.b
    return (
        (b"my ex" in b and b"used to" in b)
        or b"grateful" in b
        or b"thank you for never" in b
        or any(cue in b for cue in _LUCKY)
    )


def _not_lucky(doc: Doc, start: int, end: int) -> bool:
    return not any(cue in doc.b for cue in _LUCKY)


_LUCKY = (b"how lucky i am", b"lucky i am", b"you're not like that", b"youre not like that",
          b"you'd never do that", b"you would never do that")  # fmt: skip


def _present_control(doc: Doc, start: int, end: int) -> bool:
    return not_laughing(doc, start, end) and not _contrast(doc)


# A doctor's orders are not a partner's rules: "I'm not allowed to drink till the
# antibiotics are done", "Dr Singh says you're not allowed to lift anything".
_MEDICAL = (b"antibiotic", b"doctor", b"dr ", b"physio", b"surgery", b"surgeon", b"stitches",
            b"nurse", b"midwife", b" gp", b"consultant", b"blood test", b"scan", b"operation",
            b"medication", b"tablets", b"the op ")  # fmt: skip
# "I'll pay back every cent", "worth every penny": money given, not accounted for.
_REPAID = (b"worth ", b" back ", b"repay ")
# "we put every cent we had into this place", "every dollar's meant to be going to the
# deposit": savings and a shared stake, not one partner's spending watched.
_INVESTED_BEFORE = re2.compile(
    rb"\b(?:put|putting|poured|pour|sank|sunk|invested|saved|saving|save|scrimped)\b"
    rb"[^.!?]{0,12}$"
)
_INVESTED_AFTER = re2.compile(
    rb"(?: (?:we|i) (?:had|have|'d|'ve|earned|made)\b"
    rb"|(?:'s| is| was)? (?:meant to be |supposed to be )?go(?:ing|es) (?:in)?to (?:the |our )?"
    rb"(?:deposit|mortgage|house|savings|wedding|loan|debt|business))"
)
# "This weekend you're not allowed to check email", "you're not allowed to lift a finger":
# rest ordered with love (said to the partner), not a ban.
_REST = re2.compile(
    rb" to (?:lift a finger|cook|pay|clean|do (?:the |a )?(?:dishes|washing|laundry|chores)|"
    rb"check (?:your )?(?:work )?(?:email|emails|slack|teams|work))\b"
)
# "You're not allowed to apologise for crying": a loving rule, not a ban.
_KIND_BANS = frozenset({b"apologise", b"apologize", b"say", b"feel", b"worry", b"thank"})
_SILENCED = frozenset({b"no", b"anything", b"a", b"one", b"nothing", b"that", b"it", b"his",
                       b"her", b"their", b"no.", b"no,"})  # fmt: skip


def _coercing(doc: Doc, start: int, end: int) -> bool:
    """Control as it reads, except where the words have an everyday meaning."""
    hit = doc.b[start:end]
    if hit.endswith((b" him", b" her")) and sporting(doc, start, end):
        return False  # "Bumrah's bouncer hit him straight on the helmet"
    if hit.endswith((b"bruise", b"bruises")) and treated(doc, start, end):
        return False  # "the injections and the bruises on your stomach"
    if hit.startswith(b"every ") and doc.b[max(0, start - 7) : start].endswith(_REPAID):
        return False  # "the physio was worth every penny", "I'll pay back every cent"
    if hit.startswith(b"every ") and (
        _INVESTED_BEFORE.search(doc.b[max(0, start - 30) : start]) is not None
        or _INVESTED_AFTER.match(doc.b, end) is not None
    ):
        return False  # "we put every cent we had into this place"
    if hit.startswith(b"you") and says_back(doc):
        left, _ = doc.sentence_bounds(start, end, 300)
        if b"you feel" in doc.b[left:start]:
            # "what I'm hearing is you feel like a lodger and you don't get a say": the
            # partner's feeling said back to them
            return False
    if hit.endswith(b"owe me"):
        owed = next_word(doc, end)
        if owed[:1].isdigit() or owed.startswith((b"\xc2\xa3", b"$", b"\xe2\x82\xac")):
            return False  # "Paid it, so you owe me £23.10."
    if hit.startswith(b"tell ") and doc.b[max(0, start - 9) : start] == b"wrong to ":
        return False  # "I was wrong to tell your mum about the IVF": an apology, not a threat
    if hit.endswith((b"not allowed to", b"not allowed at")):
        left, right = doc.sentence_bounds(start, end, 200)
        if any(m in doc.b[left:right] for m in _MEDICAL) or next_word(doc, end) in _KIND_BANS:
            return False
        if hit.startswith((b"you", b"ur")) and _REST.match(doc.b, end - 3) is not None:
            return False
    return _present_control(doc, start, end)


# "when I'm about to lose it at work": temper at the job, not at home.
_AT_WORK = (b" at work", b" with work", b" at the office", b" at my boss", b" at school")
# "My mother called and said, and I quote, 'I could be dead on the floor'": a relative's
# guilt trip reported, not a threat held over the partner.
_RELATIVE_SAID = re2.compile(
    rb"\bmy (?:mother|mum|mom|ma|dad|father|nan|nana|gran|grandma|grandmother|aunt|auntie|"
    rb"sister|brother|mother-in-law|mil)\b[^.!?]{0,60}\b(?:said|says|goes|called|rang)\b"
)


def _threatening(doc: Doc, start: int, end: int) -> bool:
    """A threat as it reads, except "... or I will." (I'll tell them myself), frustration
    at the world ("I'm going to lose it if that dog barks again"), an apology for losing
    one's temper ("I'm sorry I lost it") and a relative's guilt trip quoted."""
    hit = doc.b[start:end]
    if hit.startswith(b"or i"):
        rest = tail(doc, end, 60)
        if not rest.strip(b" ,") or (b"tell" in rest and b"myself" in rest):
            return False
    elif hit.startswith((b"lose it", b"lost it")):
        before = doc.b[max(0, start - 12) : start]
        left, _ = doc.sentence_bounds(start, end, 200)
        if (
            before.endswith((b"going to ", b"gonna "))
            or b"sorry" in doc.b[left:start]
            or doc.b[end : end + 16].startswith(_AT_WORK)
        ):
            return False
    elif (
        hit == b"be dead"
        and doc.quoted(start)
        and _RELATIVE_SAID.search(doc.b[max(0, start - 160) : start]) is not None
    ):
        return False
    return no_outing(doc, start, end)


# "I couldn't breathe for ten minutes" after news of a shooting near the partner's work,
# or laughing: worry or a body, not harm done.
_BREATHLESS_FROM = (b"news", b"shooting", b"accident", b"crash", b"asthma", b"pollen",
                    b"hay fever", b"smoke", b"humid", b"the heat", b"laughed so", b"laughing so",
                    b"inhaler")  # fmt: skip


# "I feel scared when you drive home after a double in the fog": fear for the partner out
# there, not of them; "when you drive like that" or angry stays.
_OUT_THERE = re2.compile(
    rb" (?:drive|are driving|ride|cycle|fly|climb|go (?:climbing|hunting|diving|offshore|to sea|"
    rb"out on the)|are (?:out on|offshore|at sea|on the road|on nights)|work (?:nights|doubles)|"
    rb"walk home)\b"
    # "I felt so scared when you didn't answer after the news said there'd been an incident"
    rb"|(?: still)? (?:didn't|did not|don't|do not|wouldn't|weren't|aren't) (?:answer|pick up|"
    rb"call|ring|text|reply|check in|answering|picking up|replying)\b"
)
_AT_ME = (b"like that", b"fast", b"angry", b"mad", b"drunk", b"drinking", b"with me", b"at me",
          b"the kids in", b"temper", b"raging", b"speed")  # fmt: skip


def _harm_described(doc: Doc, start: int, end: int) -> bool:
    if doc.b[start:end].endswith(b"when you") and _OUT_THERE.match(doc.b, end) is not None:
        left, right = doc.sentence_bounds(start, end, 300)
        if not any(cue in doc.b[end:right] for cue in _AT_ME):
            return False
    if doc.b[start:end].endswith(b"breathe"):
        left, right = doc.sentence_bounds(start, end, 300)
        if any(cue in doc.b[left:right] for cue in _BREATHLESS_FROM):
            return False
    return not_laughing(doc, start, end)


RULES = [
    Rule(
        id="danger.monitoring",
        label="danger",
        pattern=words(
            r"(?:turn on|turn back on|turn it back on|switch on) (?:your |ur |my )?location",
            r"share (?:your |ur |my )?location (?:with me )?(?:24/7|at all times|all the time|"
            r"or|every|now)",
            r"(?:your|ur|my) location (?:is |was )?(?:off|on at all times|24/7)",
            r"(?:your|ur|my) location (?:went|goes|has been|got turned|was turned) off",
            r"(?:doorbell|ring|nest|security) cam(?:era)?\b[^.!?]{0,40}\b(?:you|u|he|she) "
            r"(?:came|got|left|went|were)",
            r"(?:i|he|she) watched (?:you|u|me) typing",
            r"who else (?:are|r) (?:you|u) (?:talking|texting|messaging|seeing|chatting)",
            r"(?:stop|keep|kept|keeps) (?:turning|showing) up at my (?:work|house|flat|door|"
            r"place|job|office|mum's)",
            r"(?:put|installed|hid) (?:a |an )?(?:tracker|tracking app|airtag|gps)",
            r"(?:tracks|tracked|tracking|track) (?:my|your|ur) (?:car|phone|location|every)",
            r"(?:send|show) (?:me |him |her )?(?:a |an )?(?:pic|picture|photo|selfie|video)"
            r"(?: of)? (?:of )?(?:who|where|with the time|you're|you are|from)",
            r"(?:photo|pic|picture|selfie) of where i am",
            r"(?:give|hand|handed|hand over|handing over) (?:me |him |her )?(?:over )?"
            r"(?:your|ur|my) (?:phone|passcode|password|pin|phone over)",
            r"(?:your|ur|my) (?:passcode|password|pin)\b[^.!?]{0,30}\b(?:now|or)",
            r"(?:phone|laptop) unlocked",
            r"call log",
            r"(?:see|read|check|go through) every (?:message|text|call)",
            r"(?:so (?:he|she) can|lets? (?:him|her)) (?:go through|read|check) (?:it|them|my)",
            r"(?:answer|pick up) when i call",
            r"(?:prove|proof) (?:you're|you are|where you)",
            r"need to (?:see|know) where (?:you|u) are at all times",
            r"i want to see (?:you're|you are|every)",
        ),
        provenance="Safety first: monitoring a partner's phone or location is coercive control.",
        message="Demanding to see a partner's phone, location or proof of where they are is "
        "control. " + WHY,
        suggestion=HELP,
        should_flag=(
            "why is ur location off?? turn it back on now",
            "Send me a pic of who you're with right now.",
            "Give me your passcode. Now.",
            "Your location went off for forty minutes today. Explain. Now.",
            "I saw on the doorbell cam you came home at 6:12, not 6. Where were you?",
            "I watched you typing for ten minutes. Who else are you talking to",
            "Please stop turning up at my work. I've asked you nicely.",
        ),
        should_pass=("Send me a pic of the sunset!", "Can you share the Airbnb location?"),
        skip=frozenset({NEGATED}),
    ),
    Rule(
        id="danger.money",
        label="danger",
        pattern=words(
            r"(?:takes|took|take|keeps|has|collecting|collect|taking|keeping) (?:all of |all )?"
            r"(?:my|your|ur|yuh|ya|her|his) (?:whole )?"
            r"(?:paycheck|pay cheque|wages|salary|pay|earnings|benefits|pension)",
            r"(?:your|ur|my) (?:wages|salary|paycheck|pay) (?:go|goes|will go) (?:into|to) "
            r"(?:my|his|her)",
            r"(?:pocket money|an allowance|on an allowance)",
            r"(?:show|showing) (?:me |him |her |you )?(?:the |a |every )?receipts?",
            r"(?:closed|close|froze|emptied) (?:my|your|ur|our) (?:bank )?(?:account|card)",
            r"(?:own|my own) (?:bank account|money|salary|card)",
            r"(?:changed|change) the (?:wifi |bank )?password",
            r"(?:when|until) i'?ve (?:'|\")?earned",
            r"so (?:he|she) closed (?:mine|it|my)",
            r"counts the money",
            r"permission to spend",
            r"i decide what (?:we|you) (?:spend|buy)",
            r"(?:you'll|you will) get money when",
            r"can't be trusted with money",
            r"(?:stop|stopped) paying for (?:it|your)",
            r"made me quit my job",
            r"(?:no|any) money of my own",
            r"i(?:'ll| will)? (?:keep|hold on to|hang on to) (?:your|ur) (?:bank |debit )?(?:card|"
            r"cards|money|wages|salary) (?:and|from now|until|so)",
            r"(?:you|u) ask me (?:when|if|before) (?:you|u) need (?:money|something|anything|cash)",
            r"(?:when|until|once) (?:you'?ve|you have|u'?ve) earned (?:it|the right)",
        ),
        provenance="Safety first: controlling a partner's money is coercive control.",
        message="Control over a partner's money or spending is a sign of coercive control. " + WHY,
        suggestion=HELP,
        should_flag=(
            "doh argue wid me. I collecting yuh pay from now on, yuh cyah manage money.",
            "he takes my whole paycheck and gives me 'pocket money'",
            "You'll get money when you show me the receipts.",
            "From now on I keep your card and you ask me when you need something.",
            "You can see your friends when you've earned it.",
        ),
        should_pass=(
            "Made me think how lucky I am that you're not like that, that I can spend my own "
            "money.",
            "Can you keep the receipt for the fridge?",
            "I keep your card details in the password manager, is that ok?",
        ),
        skip=frozenset(),
        check=_not_lucky,
    ),
    Rule(
        id="danger.isolation",
        label="danger",
        pattern=words(
            r"(?:you're|you are|ur|youre) not (?:going|seeing|coming|allowed)",
            r"(?:i'm|im|i am) not allowed (?:to (?:see|go|call|have|spend|use|visit|leave|work|"
            r"talk|wear|drive|text|eat|sleep|speak)|my|any|out)",
            r"(?:gave|give|gives|set) me (?:a |an )?(?:\d+ ?(?:pm|am) )?curfew",
            # "you said you didn't want me down there with the crews around", "Ray doesn't
            # like me out after dark"
            r"(?:you|he|she) (?:said|says|told me) (?:you|he|she) (?:didn't|doesn't|don't|did "
            r"not|does not) want me (?:going|to go|down there|out|seeing|around|at)",
            r"(?:doesn't|does not|don't|do not) like me (?:going )?out (?:after|at night|late|"
            r"alone|on my own|without)",
            r"(?:locked|hid|hidden|took|taken|keeps?|kept) (?:your|my|ur) (?:passport|id|"
            r"documents|car keys)",
            r"(?:takes|took) the car keys",
            r"(?:won't|doesn't|does not|will not|(?:he|she|they) never) (?:let|allow) me",
            r"(?:delete|block) (?:her|his|their|[a-z]+'s) (?:number|contact)",
            r"(?:don't|do not) want you (?:talking|seeing|texting|speaking) to",
            r"(?:i've|i have|i) (?:stopped|stop) (?:calling|seeing|going|visiting|talking)",
            r"cancel(?:led|ed)? your (?:train|ticket|plans|flight|trip)",
            r"(?:won't|will not|don't) need (?:friends|your friends|anyone else|them)",
            r"(?:your|ur) (?:mum|mom|mother|dad|family|friends|mates|sister|brother|parents)"
            r"[^.!?]{0,20}(?:isn't|is not|aren't|are not|not) welcome",
            r"(?:you've|you have|you got|u got) me,? (?:that's|that is|thats) enough",
            r"(?:choose|pick)[:,]? (?:them|your (?:family|friends)) or me",
            r"(?:don't|do not) want your (?:family|friends|mum|mom|sister) (?:coming|here|round)",
            r"(?:without|unless) (?:him|her|me) (?:sitting|being) (?:next to|there|with)",
            r"(?:told|tell) (?:her|him|them) you're not coming",
            r"(?:no one|nobody|noone) (?:else )?(?:would|will) (?:ever )?(?:want|love|put up with)"
            r" (?:you|me|u)",
            r"(?:you'd|you would|you'll|you will) be nothing",
            r"(?:nobody|no one) leaves me",
            r"(?:you'll|you will) never leave me",
            r"(?:what happens in this house stays)",
            r"(?:bad influence|i decide who)",
            r"(?:so i'?ve|so i have) stopped",
            r"(?:like|see) a prisoner",
            r"(?:don't|dont) even think about leaving",
        ),
        provenance="Safety first: cutting a partner off from friends and family is abuse.",
        message="Deciding who a partner may see or talk to is isolation, a form of coercive "
        "control. " + WHY,
        suggestion=HELP,
        should_flag=(
            "you're not seeing your friends this weekend, you're staying here with me",
            "Delete Sarah's number. I mean it.",
            "you said you didn't want me down there with the crews around",
            "Ray doesn't like me out after dark since that guy talked to me.",
            "He gave me a 10pm curfew.",
            "Your mum isn't welcome here and neither are your mates. You've got me, that's enough.",
            "You're not allowed to say no to me. Remember that.",
        ),
        should_pass=(
            "This weekend you're not allowed to check email. Not even once.",
            "You're not going to believe what happened at work!",
            "I need to know you're not going to disappear for three days again.",
            "I'm not allowed caffeine after 2 according to the doctor",
            "Honestly you never let me down when it counts.",
            "what was the best part of your day? and you're not allowed to say lunch",
        ),
        skip=frozenset(),
        check=_isolating,
    ),
    Rule(
        id="danger.sexual-coercion",
        label="danger",
        pattern=words(
            r"(?:sex|sleep with me|slept with me|nudes|naked (?:pics|photos)|send the pics)"
            r"[^.!?]{0,60}\b(?:no|owe|pressur\w*|force\w*|asleep|comfortable|if you loved|"
            r"or i'll|give in|don't get to)",
            r"(?:pressur\w*|forc\w*|guilt\w*|push\w*) (?:me )?(?:into|to have|to do) "
            r"(?:sex|things|stuff)",
            r"(?:owe|owes) (?:me|him|her) sex",
            r"(?:don't|do not) get to say no",
            r"(?:said|say|saying) no[^.!?]{0,40}(?:anyway|still|kept|keeps|didn't stop)",
            r"(?:post|share|send) my (?:nudes|pics|photos|pictures)",
            r"if (?:you|u) (?:really |actually |truly )?loved me,? (?:you|u)(?:'?d| would) "
            r"(?:send|sleep|do|have sex)",
            r"if (?:you|u) (?:really |actually |truly )?loved me,? (?:you|u) (?:wouldn'?t|would "
            r"not) (?:keep )?(?:say|saying) no",
            r"(?:while|when) i was asleep",
            r"(?:not|never) comfortable (?:with|being alone)",
            r"the least (?:you|u) (?:can|could) do[^.!?]{0,40}\b(?:sleep with|have sex|"
            r"put out|go to bed)",
            r"stop saying no",
        ),
        provenance="Safety first: sexual coercion is abuse.",
        message="Pressure around sex after a no is coercion. " + WHY,
        suggestion=HELP,
        should_flag=(
            "you owe me sex, I'm your husband",
            "he keeps pressuring me into sex when i say no",
            "I paid for the hotel, the least you can do is sleep with me.",
            "I paid for this weekend so the least you can do tonight is stop moaning and put out",
            "if you actually loved me you wouldn't keep saying no",
            "she said she'd post my nudes if I ever broke up with her",
        ),
        should_pass=(
            "Sex was amazing last night 😍",
            "The least you can do is text me when you land 🙄",
        ),
        skip=frozenset(),
    ),
    Rule(
        id="danger.ultimatum",
        label="danger",
        pattern=words(
            r"or (?:there will be|there'll be) consequences",
            r"(?:see|you know|remember) what happen(?:s|ed)",
            r"(?:don't|do not) make me (?:do that|ask again|come|hurt)",
            r"or (?:get out|you're out|you'll be out|you can leave|you're sleeping)",
            r"(?:i'm|i am) coming (?:down |round |over )?(?:there|to get you|to find you)",
            r"drag you (?:home|out|back)",
            r"(?:you'll|you will|u will) (?:never|not) see (?:the|your|our) (?:kids|children)",
            r"(?:won't|will not) see the kids",
            r"(?:out on the street|sleeping in the car|be on the street)",
            r"(?:report|reported) (?:me|you) to (?:immigration|the home office|your boss)",
            r"(?:he'll|she'll|i'll|he will|she will|i will) (?:smash|burn|break|destroy|post|"
            r"report|tell the whole|delete it myself|take the kids)",
            r"i know where (?:your|ur) (?:sister|brother|mum|mom|mother|family|parents|friend)",
            r"(?:lose it|loses it|goes mental|go mental|lost it)(?: again)?",
            r"i'll find someone who will",
            r"you'll do what i say",
            r"(?:kill|killing) (?:herself|himself)",
            r"(?:be dead|take all my pills|photos of pills)",
            r"(?:think about that|think twice) before you",
            r"(?:keep|touch)\b[^.!?]{0,40}\band see what happens",
            r"(?:or else|or i'll|or i will)",
        ),
        provenance="Safety first: ultimatums backed by harm or loss are threats.",
        message="This reads as a threat or an ultimatum. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Answer when I call. Every time. Or there will be consequences.",
            "Remember what happened last time you embarrassed me.",
            "Keep talking to him and see what happens to you.",
        ),
        should_pass=(
            "I'm coming round at 7 with pizza 🍕",
            "Watch your back at Wordle lol",
            "I'll take the kids swimming tomorrow",
            "Either you tell your mother she's not moving in, or I will.",
            "My coworker microwaved fish AGAIN. I'm going to lose it.",
            "I'm sorry I lost it in the car. I was tired, but that's no excuse.",
            "you always make me laugh when I'm about to lose it at work. thank you x",
            'Mum rang. My mother said, and I quote, "I could be dead on the floor." She\'s fine.',
        ),
        skip=frozenset({NEGATED}),
        check=_threatening,
    ),
    Rule(
        id="danger.harm-described",
        label="danger",
        pattern=words(
            r"(?:hands?|arm) (?:round|around) my (?:neck|throat)",
            r"held me down",
            r"(?:couldn't|could not|can't) breathe",
            r"flinch",
            r"(?:lifts|raises|raised|lifted) (?:his|her) hand",
            r"threw (?:the |a )?(?:chair|plate|glass|phone|table|bottle|remote)",
            r"throw(?:s|ing)? things",
            r"hiding in the (?:bathroom|car|bedroom)",
            r"(?:scared|afraid|terrified|frightened) (?:in my own home|to be in the house|"
            r"to go home|of you|of him|of her)",
            r"(?:feel|feeling|felt) (?:so )?(?:scared|afraid|terrified|frightened) (?:of (?:you|"
            r"him|her|what (?:you|he|she))|in my own|to be (?:in|at|around|alone|home)|at home|"
            r"around (?:you|him|her)|when (?:you|he|she))",
            r"(?:feel|feeling|felt) (?:so )?unsafe",
            r"(?:terrified|scared|afraid) (?:he'll|she'll|he will|she will|he might|she might)",
            r"not comfortable being alone with",
            r"you hurt me",
            r"(?:end|ending) me",
        ),
        provenance="Safety first: a person describing being hurt or afraid at home.",
        message="You describe being hurt or afraid. " + WHY,
        suggestion=HELP,
        should_flag=(
            "I feel scared when you drive like that with the kids in the back.",
            "He put his hands round my neck during the argument.",
            "I flinch when he lifts his hand.",
        ),
        should_pass=(
            "I feel scared when you drive home after a double in the fog. Sleep at the station?",
            "That film was so scary lol",
            "Saw on the news there was a shooting near your station and I couldn't breathe "
            "till your brother texted.",
            "I felt so scared when you didn't answer after the news said there'd been an "
            "incident at the site. Can you just send a thumbs up next time?",
        ),
        skip=frozenset({NEGATED}),
        check=_harm_described,
    ),
    Rule(
        id="danger.coercion",
        label="danger",
        pattern=words(
            # rules about the partner's body, time, food, clothes and people
            r"(?:i'?m|im|i am|she'?s|he'?s|she is|he is|you'?re|you are) not allowed (?:to|at|out)",
            r"(?:won't|wont|doesn't|doesnt|does not|will not|never) let (?:me|her|him|you) "
            r"(?:see|visit|go|leave|have|talk|speak|work|drive|eat|sleep|use|call|wear)",
            r"(?:makes|made|make) (?:me|her|him) (?:ask|send|sleep|weigh|transfer|hand|account|"
            r"beg|show|change|stay|stand|kneel|apologi[sz]e)",
            # "I have to ask him before I see my sister", not "when I have to ask you to
            # help me in and out of the bath"
            r"(?:i|she|he) (?:has|have) to ask (?:(?:him|her|you) )?(?:permission|before|first|"
            r"for (?:money|bus|petrol|cash|transport|permission))",
            r"i have to (?:send|show|hand|account|check in|ask permission)",
            r"(?:took|takes|take|took away|confiscated) (?:my|her|his|your|ur) (?:phone|keys|"
            r"passport|car keys|bank card|cards|wages|salary)",
            r"since i took (?:your|ur) phone",
            # Another couple's story ("Kirsty's girlfriend went through her phone") is not
            # this couple's danger: "her/his phone" only after he/she/you.
            r"(?:through|goes through|went through|been through) my phone",
            r"(?:he|she|you|u) (?:goes|went|has been|keeps going|go) through (?:her|his) phone",
            r"(?:tracking|tracks|tracked) my",
            r"(?:put|installed|hid) (?:cameras|a camera|a tracker|an app)",
            r"every (?:cent|penny|pound|rand|naira|dollar)",
            r"(?:answers|answer|speaks) for (?:her|him)",
            r"(?:not|never) (?:to|going to) (?:speak|talk|see|ring|call|visit) (?:\w+ ){0,2}"
            r"(?:mother|mum|mom|family|friends|sister|brother|parents)",
            r"(?:a|the|her|his|my) bruises?",
            r"(?:hit|hits|slapped|punched|kicked|choked|strangled|shoved|grabbed|threw "
            r"\w+ at) (?:me|her|him)",
            r"(?:threw|thrown) the \w+",
            r"you made me (?:do it|hit|grab|push|lose it)",
            r"walking on eggshells",
            r"scared of (?:him|her|what (?:he|she|you)(?:'ll| will| might))",
            r"(?:frightened|terrified|afraid) of (?:him|her|you)",
            r"what (?:he|she)(?:'ll| will| might) do",
            r"(?:nudes|your photos|the photos|those photos|the videos?) (?:go|will go|get sent|"
            r"to your)",
            r"tell (?:your|ur) (?:parents|family|dad|mum|boss|church|mother|father) about",
            r"(?:ya|you|yuh|u) (?:ago |are going to |gonna |will )?learn tonight",
            r"what wives are (?:supposed|meant) to do",
            r"you (?:don't|dont) get a say",
            r"come off the pill",
            r"never leaving this house",
            r"drink myself to death",
            r"the police know me",
            r"(?:i|you) could (?:hurt|hit) (?:you|me)",
            r"i just want you to know that i could",
            r"(?:stop being|don't be) (?:such )?(?:a )?(?:prude|frigid)",
            r"you owe me",
            r"turned up at (?:her|his|my) (?:work|house|flat|school)",
            r"i was across the road",
            r"i'?ll be round",
            r"sleep on the floor",
            r"(?:imagining|making up) things",
        ),
        provenance="Coercive control is often quiet: rules about food, money, phones and "
        "people, fear, and threats to expose (Stark; the label guide).",
        message=WHY,
        suggestion=HELP,
        should_flag=(
            "I'm not allowed at the gym anymore because 'men look'.",
            "He makes me ask before I eat anything after 6pm.",
            "I want every cent accounted for tonight.",
            "I have to ask her for bus fare now.",
            "you owe me sex, I'm your husband",
        ),
        should_pass=(
            "I'll pay back every cent out of the overtime, I've written out how.",
            "This weekend you're not allowed to check email. Not even once.",
            "Your body needs a break from the injections and the bruises on your stomach.",
            "Can we talk about the budget on Sunday?",
            "Kirsty told me her girlfriend went through her phone. I'm worried sick about her.",
            "I'm not allowed to eat before the blood test lol",
            "I'm not allowed to drink till the antibiotics are done, so I'll drive Saturday.",
            "You're not allowed to apologise for crying at that advert again.",
            "Water bill was £46.20. Paid it, so you owe me £23.10.",
            "so what I'm hearing is you feel like a lodger in my mum's house and you don't get a "
            "say in anything. is that right?",
            "I'm sorry. I was wrong to tell your mum about the IVF before you were ready.",
            "Priority boarding was worth every penny, we're in row 2",
            "You knew what you were signing up for when we put every cent we had into this place.",
            "every dollar's meant to be going to the deposit, so no takeaways this month",
            "I feel like a burden when I have to ask you to help me in and out of the bath.",
            "Bumrah's bouncer hit him straight on the helmet, full drama. Come watch!",
        ),
        skip=frozenset({NEGATED}),
        check=_coercing,
    ),
]
