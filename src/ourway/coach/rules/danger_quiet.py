"""Danger said quietly: entitlement to sex, watching by the clock, injuries covered up,
exposure held over a partner, escape plans, and money and people taken over.

These are the kinds the danger-focused writers (rounds 9 to 12) wrote most often in words
the word model could not learn from its other rounds: each phrase below comes from a
message it missed with that writer's round left out, generalised to the shape of the
phrase rather than the message. Most are in the controlling partner's own voice or
played down by the person it happens to ("lol"), so laughter counts less here.
"""

from __future__ import annotations

import re2

from ourway.coach.rulebase import NEGATED, Rule, words
from ourway.coach.rules.danger import HELP, WHY, laughing, not_laughing
from ourway.coach.text import Doc, Needles

# Words that put a demand in bed rather than at the pub: "not taking no for an answer"
# is an invitation on its own and a threat next to these.
_ABOUT_SEX = Needles(
    (
        b"sex",
        b"in bed",
        b"to bed",
        b"the mood",
        b"needs",
        b"headache",
        b"migraine",
        b"period",
        b"cuddl",
        b"intimacy",
        b"\xf0\x9f\x98\x8f",
        b"your husband",
        b"your wife",
        b"your girlfriend",
        b"your boyfriend",
        b"owe me",
        b"sleep with",
        b"naked",
        b"touch",
        b"the things i asked",
        b"put out",
        b"said yes",
        b"till i did",
        b"til i did",
        b"until i did",
        b"till you did",
        b"til you did",
        b"until you did",
    )
)


def _about_sex(doc: Doc, start: int, end: int) -> bool:
    return _ABOUT_SEX.within(doc.b[:2000]) and not laughing(doc, start, end)


# "Saw you stopped at Tesco for 22 mins": the clock read back with a question or a
# warning; "saw you left at 5, drive safe x" reads it back with care.
_INTERROGATING = Needles(
    (
        b"who ",
        b"where",
        b"why",
        b"explain",
        b"usually",
        b"you said",
        b"u said",
        b"curious",
        b"accusing",
        b"interesting",
        b"we'll talk",
        b"we'll discuss",
        b"not at the",
        b"instead",
        b"lying",
        b"liar",
        b"don't bother",
    )
)


def _interrogating(doc: Doc, start: int, end: int) -> bool:
    return _INTERROGATING.within(doc.b[:2000]) and not laughing(doc, start, end)


# A story told to cover an injury counts when an injury is named; told with a laugh, it
# still plays harm down ("at a&e w a split eyebrow lol. told them i walked into the
# cupboard").
_INJURIES = Needles(
    (
        b"bruis",
        b"black eye",
        b"split",
        b"lip",
        b"a&e",
        b"stitches",
        b"arm",
        b"eye",
        b"face",
        b"neck",
        b"wrist",
        b"ribs",
        b"sore",
        b"makeup",
        b"make-up",
        b"swollen",
        b"sling",
        b"cast",
        b"the er ",
    )
)


def _injury_named(doc: Doc, start: int, end: int) -> bool:
    return _INJURIES.within(doc.b[:2000])


# Hiding counts when what it waits out is named, even with a laugh after it ("hid in the
# bathroom till he fell asleep 😂"); "hiding in the garage" from chores does not.
_WAITED_OUT = Needles(
    (
        b"fell asleep",
        b"calmed down",
        b"sobered up",
        b"his moods",
        b"her moods",
        b"till he",
        b"until he",
        b"till she",
        b"until she",
        b"scared",
        b"his mood",
        b"her mood",
    )
)


def _hiding(doc: Doc, start: int, end: int) -> bool:
    if doc.b[start:end].startswith((b"hid", b"hiding")):
        return _WAITED_OUT.within(doc.b[:2000])
    return not laughing(doc, start, end)


# A pack of bags by the door is also how people wait for a baby or a flight.
_PLANNED = Needles(
    (
        b"hospital",
        b"labour",
        b"labor",
        b"due date",
        b"flight",
        b"holiday",
        b"airport",
        b"trip",
        b"camping",
    )
)


def _escape(doc: Doc, start: int, end: int) -> bool:
    left, right = doc.sentence_bounds(start, end, 300)
    return not _PLANNED.within(doc.b[left:right]) and _hiding(doc, start, end)


# A weapon named next to a warning, not a hunting trip: "I cleaned the Glock today. Just
# something to think about before you pack that bag."
_WARNING = Needles(
    (
        b"think about",
        b"before you",
        b"mad at",
        b"angry",
        b"if you",
        b"leave",
        b"pack",
        b"go anywhere",
        b"walk out",
    )
)


def _armed(doc: Doc, start: int, end: int) -> bool:
    return _WARNING.within(doc.b[:2000]) and not laughing(doc, start, end)


# Exposure needs something to expose: "the private ones" of photos, not of a spa.
_MEDIA = Needles((b"photo", b"pic", b"video", b"vid", b"picture", b"nudes", b"album"))


def _media(doc: Doc, start: int, end: int) -> bool:
    return _MEDIA.within(doc.b[:2000]) and not laughing(doc, start, end)


# "I cancelled your gym like you asked": a favour done, not a door closed.
_ASKED = Needles(
    (
        b"like you asked",
        b"as you asked",
        b"you asked me",
        b"like you said",
        b"you wanted",
        b"you told me to",
        b"for you since you",
    )
)


# "Your brother's going to have a very bad night if you don't pick up": harm to family is
# a threat when it hangs on what the partner does ("your mum will have a problem with the
# parking" does not).
_CONDITION = Needles((b"if you", b"if u", b"unless", b"or else"))


def _veiled(doc: Doc, start: int, end: int) -> bool:
    if doc.b[start:end].startswith((b"your", b"ur")) and not _CONDITION.within(doc.b[:2000]):
        return False
    return not laughing(doc, start, end)


# "can we go through the bank app together on Sunday?": a look the two agree to take.
_TOGETHER = re2.compile(rb"^[^.!?]{0,40}\btogether\b")


def _money_held(doc: Doc, start: int, end: int) -> bool:
    if doc.b[start:end].endswith(b"bank app") and _TOGETHER.match(doc.b[end:]) is not None:
        return False
    return not laughing(doc, start, end)


def _taken_over(doc: Doc, start: int, end: int) -> bool:
    # "I haven't told your boss you're resigning" is negated; "I can't come because you'd
    # prefer I didn't see her" is not (the negator belongs to the excuse).
    if doc.negated(start) and not doc.b[start:end].startswith((b"you'd", b"you would")):
        return False
    return not _ASKED.within(doc.b[:2000]) and not laughing(doc, start, end)


RULES = [
    Rule(
        id="danger.entitlement",
        label="danger",
        pattern=words(
            r"(?:a|the|your|ur|yuh) (?:man|husband|wife|guy|bloke|boyfriend|girlfriend) "
            r"(?:has|have|got|'s got|needs his|needs her) needs",
            r"(?:marital|wifely|husbandly|conjugal) (?:duty|duties|obligation|obligations|rights)",
            r"whether (?:you're|you are|youre|ur|u r|you|u) (?:in the mood|feel like it|"
            r"want (?:to|it)) or not",
            r"(?:sex|intimacy) (?:isn't|is not|isnt|is never) optional",
            r"(?:can't|cant|cannot|won't|wont) even (?:sleep with|have sex with|touch) me",
            r"(?:one|this one|one small|this one small|one little) thing for me in bed",
            r"only said yes (?:cos|cause|coz|because|'cause|bc) (?:he|she|you|u|they)",
            r"(?:actually|really) (?:just cuddl\w*|stays? just cuddl\w*|means? no)",
            r"(?:he|she) (?:wouldn't|would not|wouldnt|won't|wont|didn't|didnt|doesn't|doesnt) "
            r"take no for an answer",
            r"no (?:period|headache|migraine)s?, no",
            r"obligasyon mo",
        )
        # A pain doubted in quotes, "your 'headache'": outside words(), whose word edge
        # cannot stand before a quote.
        + r"|'(?:headache|headaches|migraine|period)'",
        provenance="Safety first: sex owed, demanded or worn down to a yes is coercion "
        "(the label guide: coercive control).",
        message="Sex treated as owed, or a no that is not accepted, is coercion. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Tonight is going to be different. A husband has needs.",
            "tonight no more excuses, it's my right whether you're in the mood or not",
            "ur birthday present is coming tonight whether u feel like it or not 😏",
            "Intimacy isn't optional in a marriage.",
            "and tonight, no excuses. you've had your 'headache' three weeks running",
            "Can you come and get me? He wouldn't take no for an answer tonight so I walked out.",
            "does it count if you only said yes cos he wouldnt let you sleep til you did",
        ),
        should_pass=(
            "I've had a headache all day, can you grab paracetamol?",
            "Our dog has needs too, can you walk him before bed?",
        ),
        skip=frozenset({NEGATED}),
        check=not_laughing,
    ),
    Rule(
        id="danger.pressure",
        label="danger",
        # Phrases that are about sex only next to words about it (see _about_sex): "the
        # baby wouldn't let me sleep till 4", a toddler who "stopped saying no all the
        # time", "start acting like a husband and pick the kids up" and "not taking no for
        # an answer" to a birthday invitation are not.
        pattern=words(
            r"(?:not|never|isn't|wasn't) taking no for an answer",
            r"(?:the )?least (?:you|u) (?:can|could) do",
            r"(?:it's|its|it is) my right",
            r"(?:wouldn't|wouldnt|won't|wont|didn't|didnt) let (?:me|you|u|her|him) sleep "
            r"(?:till|til|until|unless)",
            r"(?:stopped|stop) saying no (?:all the time|so much|so often)",
            r"(?:start|started|starting) act(?:ing)? like a (?:proper |real |good )?"
            r"(?:wife|husband|girlfriend|boyfriend)",
            r"(?:keep|keeps|kept) withholding (?:it|sex|intimacy|yourself)",
            r"(?:not|never|nah) (?:saying|say) no to me",
        ),
        provenance="Safety first: pressure after a no, or sex as payment, is coercion (the "
        "label guide: coercive control).",
        message="Pressure after a no, or sex treated as owed, is coercion. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Babe I'm not asking for much. I'm not taking no for an answer tonight 😘 it's normal "
            "to want your girlfriend",
            "34 hour reset and i'm home one night 😏 i bust my ass out here, it's the least you "
            "can do",
        ),
        should_pass=(
            "You're coming to my birthday drinks, not taking no for an answer!",
            "The least you can do is text me when you land 🙄",
            "It's my right to vote and I'm going, polls close at 10",
            "the baby wouldn't let me sleep till 4, can you do the morning?",
            "she's finally stopped saying no all the time, the terrible twos are over",
            "start acting like a husband and pick the kids up for once",
        ),
        skip=frozenset({NEGATED}),
        check=_about_sex,
    ),
    Rule(
        id="danger.watching",
        label="danger",
        pattern=words(
            r"(?:your|ur) (?:find my|life360|location sharing) (?:is |was |went |has been )?off",
            r"(?:turned|switched|put) (?:on )?(?:the |my |your |ur )?location(?: sharing)? "
            r"(?:on )?(?:again|back on|on (?:your|ur|my) phone)",
            r"(?:keep|kept|leave|left|have) (?:facetime|the facetime|the video|video|the camera|"
            r"the video call) on (?:while|so (?:i|he|she) could|so (?:i|he|she) can|the whole)",
            r"(?:i know|i understand|i get that) (?:you|u) need to (?:know|see) where i am",
            r"shows (?:you|him|her) (?:all )?my (?:messages|texts|chats|location)",
            r"(?:does|do|did) (?:a |his |her )?phone checks?",
            r"need (?:your|ur) phone\b[^.!?]{0,20}\bevery (?:night|day|evening|morning)",
            r"leave (?:your|ur) phone (?:on|out|unlocked)[^.!?]{0,30} so (?:i|he|she) can "
            r"(?:catch up|check|see|read|look|go through)",
            r"(?:only|just) (?:read|check|checked|went through) (?:your|ur) (?:messages|texts|"
            r"phone) (?:cause|cos|coz|because|'cause) i love",
            r"(?:doorbell|ring|nest|security) cam(?:era)? (?:caught|shows|showed|saw|picked up) "
            r"(?:you|your|ur)",
            r"(?:reg|plate|plates|number plate) of the (?:car|van) that (?:dropped|brought|picked)",
            r"(?:watches|watched|watching) (?:me|us|the cameras?) on (?:his|her|their) phone",
            r"(?:checks|checking|check) (?:my location|where i am) every",
        ),
        provenance="Safety first: tracking where a partner is, by app, camera or clock, "
        "is coercive control.",
        message="Keeping track of where a partner is and when is a form of control. " + WHY,
        suggestion=HELP,
        should_flag=(
            "why is your find my off. turn it back on",
            "he wanted me to keep FaceTime on while I was at the spa",
            "I'll need your phone after, every night from now on, that's the new rule.",
            "Btw the doorbell cam caught your mum's car outside at 2pm.",
            "Ran the reg of the car that dropped you off.",
        ),
        should_pass=(
            "the ring doorbell has been off since the storm, can you reset it?",
            "I'll show you my messages from mum later, they're hilarious",
            "I'll need your phone tonight to call mum, mine's dead",
            "leave your phone out so I can charge mine after",
            "the doorbell cam caught a fox in the bins last night",
            "he watches it on his phone at work, the match is on at 3",
            "I love reading your messages cause I love you, they make my day",
        ),
        skip=frozenset({NEGATED}),
        check=not_laughing,
    ),
    Rule(
        id="danger.clock",
        label="danger",
        pattern=words(
            r"(?:find my|find my friends|life360|life 360|snapmap|snap map|the tracker|"
            r"the tracking app|(?:your|ur) location) (?:says|said|shows|showed|had) (?:you|u)",
            r"(?:saw|see|seen|noticed|watched) (?:that )?(?:you|u) (?:were|was|stopped|left|"
            r"arrived|went|got|spent|stayed)\b[^.!?]{0,50}\b(?:\d+(?:mins?|minutes| mins?|"
            r" minutes)|\d{1,2}[:.]\d\d|at \d{1,2}(?:am|pm| am| pm)?\b|when (?:you|u) said)",
            r"turn (?:it|the camera|the phone) (?:round|around)",
            r"(?:i want|i need) to see (?:the room|who(?:'s| is)? (?:there|with you))",
        ),
        provenance="Safety first: reading a partner's movements back by the minute, with a "
        "question or a warning, is monitoring (coercive control).",
        message="Reading back where a partner was, to the minute, is a form of control. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Just checking in my love 💕 Find My says you were in Tesco 47 minutes, long shop!"
            " Who was the man?",
            "saw you stopped at Tesco for 22 mins on the way home. Everything ok? You're "
            "usually 10.",
            "Turn on the video. I want to see the room. Turn it round slow so I could see who "
            "there.",
        ),
        should_pass=(
            "saw you left at 5, drive safe x",
            "Find My says you're 10 minutes away, I'll put the kettle on",
            "turn the phone around, I want to see the baby!",
        ),
        skip=frozenset({NEGATED}),
        check=_interrogating,
    ),
    Rule(
        id="danger.covered-up",
        label="danger",
        pattern=words(
            r"(?:say|said|tell (?:them|people|everyone|work|the \w+)|told (?:them|people|everyone|"
            r"work|the \w+)) (?:that )?i (?:fell|tripped|walked into|slipped|bumped into)",
            r"walked into (?:a|the) (?:door|doorframe|door frame|cupboard|wall)",
            r"(?:make-?up|concealer|foundation)[^.!?]{0,30} (?:so|and) (?:nobody|no one|noone)",
            r"(?:don't|dont|do not) tell (?:your|ur|my|the|anyone|anybody|nobody)(?: \w+)? about "
            r"(?:your|ur|my|the) (?:lip|eye|arm|face|bruise|bruises|neck|wrist|marks|ribs|nose)",
        ),
        provenance="Safety first: covering up an injury is a known sign of abuse.",
        message="Hiding how an injury happened can be a sign of harm at home. " + WHY,
        suggestion=HELP,
        should_flag=(
            "at a&e w a split eyebrow lol. told them i walked into the cupboard",
            "the makeup cover it good so nobody at work notice",
            "ok sorry you got hurt, but don't tell your mum about your lip",
            "ring gp about arm (say i fell on the stairs again)",
        ),
        should_pass=(
            "told them I tripped over the dog at the party lol, so embarrassing",
            "this concealer is amazing, covers everything",
        ),
        skip=frozenset({NEGATED}),
        check=_injury_named,
    ),
    Rule(
        id="danger.escape",
        label="danger",
        pattern=words(
            r"in case i (?:need|have|got) to (?:go|leave|get out|run)(?: quick| fast| quickly| in "
            r"a hurry| in the night| with the kids)",
            r"bags? packed[^.!?]{0,40} in case",
            r"(?:don't|do not|dont) want to be alone (?:in the (?:room|house|car) )?with "
            r"(?:you|him|her)",
            r"(?:don't|do not|dont) take it out on (?:the kids|the children|the baby)",
            r"(?:hid|hide|hiding) in the (?:bathroom|bedroom|car|spare room|toilet|wardrobe)",
            r"(?:bathroom|bedroom|room|toilet) with the (?:door )?lock(?:ed)? on",
            r"an inch from my (?:head|face)",
        ),
        provenance="Safety first: a person planning how to get away, or hiding, is not safe.",
        message="Planning a way out or hiding can mean you are not safe at home. " + WHY,
        suggestion=HELP,
        should_flag=(
            "I've started keeping my phone and some cash in my bra in case I need to go quick.",
            "I've got the weans' bags packed under the bed just in case",
            "I don't want to be alone in the room with you when you get bad news",
            "lmao I literally hid in the bathroom for an hour last night till he fell asleep 😂",
            "I went in the spare room with the lock on till he calmed down",
        ),
        should_pass=(
            "hospital bag's packed just in case she comes early!",
            "hiding in the bedroom from the kids with chocolate lol",
            "I'll park by the exit in case I need to leave early",
            "don't take it out on them, they're only the messenger",
            "I've been hiding in the garage and leaving you to hold everything together",
            "I get really scared when you go climbing on your own.",
        ),
        skip=frozenset({NEGATED}),
        check=_escape,
    ),
    Rule(
        id="danger.exposure",
        label="danger",
        pattern=words(
            r"(?:i'd|i would|id) hate for (?:them|him|her|your \w+|the \w+|anyone|people) to "
            r"(?:hear|find out|get the wrong idea|know|see|learn)",
            r"maybe (?:your|ur) (?:parents|dad|mum|mom|mother|father|family|boss|manager|husband|"
            r"wife|church|pastor|imam)[^.!?]{0,30} (?:would|'d) (?:like|love|be interested) to "
            r"(?:know|see|hear)",
            r"eye-?opener for (?:your|ur) (?:new )?(?:boss|parents|mum|mom|dad|family|manager|"
            r"wife|husband)",
            r"nothing left to lose",
            r"a (?:few words|word) in the right ear",
            r"(?:consider|think) (?:very |really )?(?:carefully|well|hard) (?:about )?what "
            r"(?:you|u) (?:say|tell|said) (?:to )?(?:her|him|them|the (?:police|therapist|"
            r"psychologist|counsellor|doctor|social worker|court|judge|school|lawyer|"
            r"solicitor|gp))",
            r"(?:something|things?) to (?:bear in mind|think about|keep in mind) before (?:you|u) "
            r"(?:tell|pack|leave|say|talk|speak|walk|decide|move|go to)",
            r"(?:have|has|carry|carries) consequences (?:at home|for you|for us)",
            r"maybe i (?:still )?will,? if (?:you|u)",
            r"or (?:i'm|im|i am) (?:calling|ringing|phoning) (?:the|your|ur)",
            r"(?:\d+|one|two|five|ten) (?:minutes|mins|hours|seconds) before i (?:ring|call|phone|"
            r"tell|email) (?:your|ur)",
            r"(?:tell|ring|call) (?:the )?(?:home office|immigration|border force) (?:about|that|"
            r"you|i)",
            r"(?:your|ur) (?:brother|sister|mum|mom|mother|dad|father|family|parents|son|daughter|"
            r"kids|friend|cousin)(?:'s)?\b[^.!?]{0,40} (?:going to|gonna|will|'ll) (?:have|get) "
            r"(?:a )?(?:very |real |big )?(?:bad night|problem|accident|visit)",
            r"(?:take|takes|took|taking) (?:her|him|them|the kids|the children|the baby)"
            r"[^.!?]{0,30} and (?:i'll|you'll|i will|you will|u'll|ull) never (?:find|see)",
            r"(?:put|throw|chuck|smash) (?:your|ur) \w+ through (?:the|a) (?:window|wall|door)",
            r"kilala ko kung saan",
        ),
        provenance="Safety first: a warning about what could happen to the partner, their "
        "family, job or secrets is a threat, however politely put.",
        message="This reads as a veiled threat. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Maybe your parents in Ipoh would like to know who you really share a flat with. "
            "I'd hate for them to hear it from me.",
            "I'd consider very carefully what you say to her.",
            "your brother's going to have a very bad night if you don't pick up.",
            "Cancel your plans or I'm calling your mother. Now.",
            "why is your phone off. you've got 5 minutes before I ring your work",
            "Touch that ring box again and I'll put your guitar through the window.",
            "he said if I move back with Ava he'll drive up, take her and I'll never find them",
        ),
        should_pass=(
            "I'd hate for them to miss the fireworks, let's leave at 7",
            "your mum will have a problem with the parking, can you save her a space?",
            "take them to the park and you'll see the ducks, they never see them otherwise",
            "Think carefully about what you say at the interview, you've got this!",
            "let me know before I ring your mum about Sunday",
            "Something to think about before you book: the ferry's cheaper on Tuesdays",
            "Put your coat on or I'm calling it a night",
            "Can we ring the immigration lawyer together tomorrow?",
        ),
        skip=frozenset({NEGATED}),
        check=_veiled,
    ),
    Rule(
        id="danger.armed",
        label="danger",
        pattern=words(
            r"(?:cleaned|cleaning|loaded|loading|took out|got out|sleeps with|sleep with|"
            r"sleeping with|showed me|left) (?:the|my|his|her|a) (?:gun|glock|rifle|shotgun|"
            r"pistol|revolver|knife|machete)",
        ),
        provenance="Safety first: a weapon brought into a conflict is a serious danger sign.",
        message="A weapon brought into a disagreement is a serious warning sign. " + WHY,
        suggestion=HELP,
        should_flag=(
            "I cleaned the Glock today. Just something to think about before you pack that bag.",
            "please don't sleep with the gun on the nightstand again when you're mad at me",
        ),
        should_pass=("cleaned the rifle for deer season, back Sunday night",),
        skip=frozenset(),  # "don't sleep with the gun on the nightstand" is the danger
        check=_armed,
    ),
    Rule(
        id="danger.private-media",
        label="danger",
        pattern=words(
            r"(?:photos|pics|pictures|videos?|vids)\b[^!?]{0,40}\b(?:the )?private ones?",
            r"other people should see",
            r"i (?:still )?(?:have|got) the old ones",
        ),
        provenance="Safety first: holding private images over a partner is image-based abuse.",
        message="Private pictures held over a partner are a threat. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Was just scrolling through our holiday photos. The private ones. Would be a shame "
            "if you made me feel like I had nothing left to lose.",
            "he sent me a video of us and said ok then maybe other people should see",
        ),
        should_pass=("we booked one of the private ones with a hot tub, photos attached!",),
        skip=frozenset({NEGATED}),
        check=_media,
    ),
    Rule(
        id="danger.taken-over",
        label="danger",
        pattern=words(
            # work, classes and friends dropped on the partner's behalf
            r"(?:told|tell|let|rang|emailed|messaged) (?:your |ur )?\w+(?: \w+)? (?:know )?"
            r"(?:that )?(?:you're|you are|youre|u r|ur|you've|you have) (?:resigning|withdrawn|"
            r"withdrawing)",
            r"(?:told|tell|let) (?:your |ur )?\w+(?: \w+)? (?:know )?(?:that )?(?:you|u) "
            r"(?:won't|will not|wont) be (?:doing|coming|going|at)\b[^.!?]{0,40}"
            r"\b(?:anymore|any more|from now on|again)",
            r"(?:said|told \w+) (?:that )?(?:you've|you have) withdrawn",
            r"(?:you'd|you would) prefer i (?:didn't|did not|don't|stopped|stop) (?:see|seeing|"
            r"go|talk|ring|call)",
            r"cancel (?:your|ur) (?:appointment with the |session with the )?(?:therapist|therapy|"
            r"counselling|counsellor|psychologist)",
            r"(?:like|keen on|want|wants|likes) me (?:going|to go) out without (?:him|her|them)",
            r"(?:stopped going to|quit|gave up) (?:the |my )?(?:gym|team|choir|classes|softball|"
            r"football|netball|book club)\b[^?!]{0,80}\b(?:fancied|convinced|"
            r"shouldn'?t be around)",
            r"(?:don't|do not|dont) need (?:anybody|anyone|strangers|friends|other people)"
            r"(?: else)?[^.!?]{0,40}(?:you've got me|you have me|you got me|when you have me)",
            r"(?:don't|do not|dont) have my own key",
        ),
        provenance="Safety first: taking over a partner's work or friendships is coercive "
        "control (Stark; the label guide).",
        message="Deciding for a partner about their work, classes or friends is coercive "
        "control. " + WHY,
        suggestion=HELP,
        should_flag=(
            "kal se office jaane ki zarurat nahi hai. I've already told your boss you're "
            "resigning.",
            "I've let your line manager know you won't be doing the Tuesday sessions anymore.",
            "I told Aoife I can't come because you'd prefer I didn't see her anymore",
            "I've cancelled your physio, love. You don't need strangers putting their hands on "
            "you when you've got me 😊",
        ),
        should_pass=(
            "I cancelled your gym membership like you asked, saves us £40",
            "I told Sarah you won't be coming tonight, hope you feel better x",
            "I told Sam you're not interested in the sofa, she'll sell it to someone else",
            "I've cancelled your swimming lessons, the pool's closed for repairs",
            "I quit the team, too many arguments with the coach",
        ),
        skip=frozenset(),  # negation: see _taken_over
        check=_taken_over,
    ),
    Rule(
        id="danger.money-held",
        label="danger",
        pattern=words(
            r"(?:holds?|holding|held|hangs?|hanging|keeps|keeping|kept) (?:onto|on to) "
            r"(?:my|your|ur|her|his) (?:wages|salary|paychecks?|paycheques?|pay|earnings)",
            r"(?:collected|collects|confiscated|took|taken) (?:my|your|ur|her) (?:atm|debit|bank) "
            r"card",
            r"(?:you|u) (?:keep|kept|hold|still have|still got) my (?:salary|wages|pay|paycheck|"
            r"paychecks|earnings)",
            r"(?:card|cards|bank card|debit card) stays? with me",
            r"(?:i|you|you'll|u) (?:only |just )?(?:get|am given|give you) (?:only |just )?"
            r"(?:£|\$|€)?\d+(?:\.\d\d)? "
            r"(?:a|per) week (?:for|to spend)",
            r"(?:i|you|you'll|u) (?:only |just )?(?:get|am given|give you) (?:only |just )?"
            r"(?:\S+ )?(?:quid|pounds|"
            r"dollars|euros|rand|bucks) (?:a|per) week (?:for|to spend)",
            r"(?:send|sending|sent) (?:you |him |her |me )?(?:a )?(?:photos? of )?(?:all |every )?"
            r"(?:the )?receipts?,? (?:like (?:you (?:asked|said|want)|usual|always)|as usual)",
            r"(?:anything|everything) over (?:£|\$|€|r)?\d+ (?:has to|needs to|must) "
            r"(?:go past|go through|be approved|be checked)",
            r"sorry i went (?:£|\$|€)?\d+(?: \S+)? over",
            r"(?:goes|go|went|going) through (?:the|my|our) bank app",
            r"through the (?:bank )?statements?\b[^?!]{0,60}\bexplain",
            r"(?:opened|took out|take out|taken out) (?:a |an |some |a couple (?:of )?|two |"
            r"three )?(?:\S+ )?(?:cards?|loans?|credit cards?|credit|overdraft)\b[^.!?]{0,20}\bin "
            r"(?:your|ur) name",
            r"(?:he|she|they) (?:\w+ )?(?:opened|took out|has taken out|'s taken out) (?:a |an |"
            r"some |two |three )?(?:\S+ )?(?:cards?|loans?|credit cards?|credit|overdraft)\b"
            r"[^.!?]{0,20}\bin my name",
            r"(?:borrowed|borrow|took out|cashed out) against (?:your|ur) (?:401k|pension|house|"
            r"super|savings)",
            r"taking over (?:the|all the|your|ur) (?:accounts|finances|money|bank) (?:from now on|"
            r"from today|from this month)",
            r"(?:no need|don't need|you don't need) to (?:look at|see|check) the (?:statements|"
            r"accounts|bank)",
            r"sign (?:it|the \w+(?: \w+)? form|here)[^.!?]{0,20}(?:don't|dont|no need to) read",
        ),
        provenance="Safety first: holding a partner's money, cards or credit is economic "
        "abuse, a form of coercive control.",
        message="Holding a partner's money, or running up debt in their name, is economic "
        "abuse. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Mark holds onto my wages till the 28th and I get forty quid a week for petrol",
            "why was there £38 at boots. i said ask first. card stays with me from now on",
            "I opened a couple cards in your name for the business, don't freak out.",
            "I'll send you the receipts like you asked. I know you hate me asking",
        ),
        should_pass=(
            "We get £200 a week for the food shop, let's stick to it",
            "You still have my card from dinner, can you drop it back?",
            "Can you hold onto my card till payday? I'm trying not to order takeaways",
            "I get paid twice a month now, so rent comes out on the 1st",
            "I get two days a week for admin now, finally",
            "I sent you the receipts for the tax return, can you check them?",
            "sorry I spent ages over the report, I'm home now",
            "I'm sorry I spent the car money on the boat without asking you. I was wrong.",
            "I took out a loan in my name for the car, the rate was good",
            "after the loan shark I need to know the money's safe. can we go through the bank "
            "app together on Sunday?",
        ),
        skip=frozenset({NEGATED}),
        check=_money_held,
    ),
]
