"""How to meet a bid for connection: the answers a reply that turned away is rewritten to.

A reply that turns from a bid answers the bid itself: what it was, and how to meet it, now,
or soon when the writer is busy or worn out (a bid met later is still met). The kinds are
read from the bid's words; the first kind whose words occur wins, so the more particular
kinds (grief, pain) come before the broader ones (a question, something to look at).
"""

from __future__ import annotations

from typing import NamedTuple

import re2

from ourway.coach.situation import matches


class BidKind(NamedTuple):
    words: re2._Regexp
    now: str  # the answer when the writer can meet the bid now
    later: str  # the answer when they are busy, running late or worn out
    offer: bool = False  # an invitation or an idea: a counter-offer of the writer's is kept
    # The answer when the writer said no and is not busy: their no is theirs to keep, said
    # warmly, with the wish itself met ("Thanks for asking me! Not this time, but ...").
    declined: str = ""


NOW = "Ooh, tell me more!"
LATER = "I want to hear this properly. Give me ten minutes and I'm all yours?"
_HARD = "I'm sorry, that sounds hard. Do you want to talk about it?"
_FAMILY = (
    r"(?:mum|mom|mam|dad|nan|nana|gran|granny|grandad|grandpa|grandma|grandmother|grandfather)"
)

BIDS: tuple[BidKind, ...] = (
    BidKind(
        # Grief and remembering someone: "It's been a year since Dad died today."
        re2.compile(
            r"(?i)\b(?:died|passed away|funeral|anniversary of|"
            + _FAMILY
            + r"'?s anniversary|(?:would|'d) have been \d+|"
            r"would'?ve been \d+|since " + _FAMILY + r" (?:died|passed|went)|"
            r"(?:thinking about|dreamed about|dreamt about|miss(?:ing)?) (?:my )?" + _FAMILY + r"|"
            r"(?:" + _FAMILY + r"|he|she)(?:'d| would)(?:'ve| have) (?:liked|loved|been)|"
            r"miss(?:ing)? (?:him|her|them) (?:so much|today|too)\b)"
        ),
        "I'm here. Do you want to talk about it?",
        "I'm here. Can I call you in ten minutes so we can talk properly?",
    ),
    BidKind(
        # Pain and illness: "My back's killing me after the shift."
        re2.compile(
            r"(?i)\b(?:back|head|knee|tummy|stomach|hip|neck|shoulder|leg|foot|feet|chest|tooth|"
            r"ankle|wrist|arm|period|cramps)(?:'s|s| is| has been|"
            r" was)?\b[^.!?\n]{0,25}\b(?:killing|hurts?|hurting|bad|agony|in bits|sore|aching|"
            r"aches|playing up|flaring|worse|pounding|throbbing)\b|\b(?:flare|migraine|"
            r"in (?:so much )?pain|feeling (?:ill|sick|poorly|unwell))\b"
        ),
        "Oh no, I'm sorry it hurts. What would help?",
        "Oh no, I'm sorry it hurts. Rest if you can, and I'll check on you in ten minutes?",
    ),
    BidKind(
        # Someone in hospital: "I'm at the hospital with Dad, they're keeping him in".
        re2.compile(
            # Not "long shift at the hospital": many partners work there.
            r"(?i)\b(?:in (?:the )?hospital|at the hospital with|to (?:the )?hospital|a ?& ?e|"
            r"a and e|ambulance|icu|intensive care|keeping (?:him|her|them) in|had a fall|"
            r"been admitted|paramedics)\b"
        ),
        "Oh no, I'm so sorry. How is everyone, and how are you doing?",
        "Oh no, I'm so sorry. I'll call you in ten minutes. Are you okay?",
    ),
    BidKind(
        # Something learned about oneself: "I got told today I might be autistic."
        re2.compile(
            r"(?i)\b(?:diagnos\w*|autistic|autism|adhd|dyslexi\w*|explains a lot|(?:reading|read) "
            r"about myself)\b"
        ),
        "That's a lot to take in. How are you feeling about it?",
        "That's a lot to take in. I want to hear about it properly. Can we talk in ten minutes?",
    ),
    BidKind(
        # A hard thing done: "I made it through the shop without a panic attack today".
        re2.compile(
            r"(?i)\b(?:made it through|without (?:a )?panic|no panic|first (?:full )?shift back)\b"
        ),
        "That's huge. I'm so proud of you!",
        "That's huge. I'm so proud of you! Tell me everything in ten minutes?",
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:feeling|feel|felt|i'?m) (?:a bit |so |really |kinda |kind of |a little |"
            r"pretty |quite )?(?:low|down|sad|awful|rubbish|anxious|nervous|scared|worried|"
            r"overwhelmed|off|lonely|flat|blue|lost|stressed)\b|\bpanic attack|\bcrying\b|"
            r"\b(?:nervous|worried|scared) about\b|\bthinking about my\b|\blonely\b|\b(?:long|"
            r"rough|bad|tough|hard|awful|horrible) (?:day|week|night)\b|\bsighs?\b|\bwhat a (?:day|"
            r"week|night)\b|\b(?:bit|kinda|so) down\b|\bburn(?:ing|t|ed)? out\b|\b(?:today|it|"
            r"work) was (?:a lot|awful|horrible|rubbish|hell)\b|\b(?:getting worse|worse again|"
            r"had a go at me|struggling|so tired|really tired|knackered|exhausting|exhausted|"
            r"shattered|broken|homesick|(?:been|was|so|really) hard|being a pain)\b|"
            r"\b(?:work|this week|this job|the commute|the heat)(?:'s| is) killing me\b|"
            r"\bugh+,? (?:today|this week|tonight)\b"
        ),
        _HARD,
        "I'm sorry, that sounds hard. Can I call you in ten minutes and hear it properly?",
    ),
    BidKind(
        re2.compile(
            r"(?i)\bhow (?:was|were|are|is|did|'s)\b[^?]*\b(?:you|u|your|ur)\b|"
            r"\b(?:are|r) (?:you|u) (?:ok|okay|alright|all right)\b|\bwhat'?s (?:wrong|up)\b|"
            r"\beverything ok"
        ),
        "Thanks for asking. Can I tell you properly in a bit?",
        "Thanks for asking. Can I tell you properly in a bit?",
    ),
    BidKind(
        re2.compile(r"(?i)\bhappy anniversary\b"),
        "Happy anniversary, my love! Here's to us.",
        "Happy anniversary, my love! Here's to us. I'll call you as soon as I can.",
    ),
    BidKind(
        # A festival's greeting: "Eid mubarak my love", "Merry Christmas!"
        re2.compile(
            r"(?i)\b(?:eid mubarak|ramadan (?:mubarak|kareem)|merry christmas|happy (?:eid|diwali|"
            r"christmas|new year|hanukkah|holi|lunar new year|vaisakhi|easter|valentine'?s))\b"
        ),
        "And to you, my love!",
        "And to you, my love! I'll call you as soon as I can.",
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:says|said|sends|sent) (?:hi|hello|hey|(?:(?:her|his|their) )?love)\b"
        ),
        "Aw, say hi back from me!",
        "Aw, say hi back from me!",
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:cuddle|hug|kiss|hold me|snuggle|hold my hand|holds? out (?:a|his|her|"
            r"my) hand)"
        ),
        "Come here.",
        "Come here, a quick one now, and a proper one later?",
    ),
    BidKind(
        re2.compile(r"(?i)\bmiss (?:how we|our|us|when we|the)\b"),
        "Me too. Let's do it again soon.",
        "Me too. Let's do it again soon.",
    ),
    BidKind(
        re2.compile(r"(?i)\bmiss(?:ed)? (?:you|u)\b"),
        "I miss you too.",
        "I miss you too. Can I call you in ten minutes?",
    ),
    BidKind(
        re2.compile(r"(?i)\blove (?:you|u)\b|\blucky to have (?:you|u)\b"),
        "I love you too.",
        "I love you too. Can I call you in ten minutes?",
    ),
    BidKind(
        re2.compile(r"(?i)\bthinking (?:about|of) (?:you|u)\b"),
        "Aw, I was thinking about you too.",
        "Aw, I was thinking about you too. Can I call you in ten minutes?",
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:nice|lovely|great|good|perfect|really nice) (?:day|time|evening|night|"
            r"weekend) with (?:you|u)\b"
        ),
        "Me too. Thank you for today.",
        "Me too. Thank you for today.",
    ),
    BidKind(
        # A good time the partner had: "I had such a lovely day with the kids".
        re2.compile(
            r"(?i)\b(?:such a|a really|a|so much) (?:lovely|nice|great|fun|good|brilliant) "
            r"(?:day|time|chat|evening|afternoon|morning|night|catch-up)\b|\bthe craic\b"
        ),
        "Aw, that sounds lovely! Tell me about it.",
        "Aw, that sounds lovely! Tell me all about it in ten minutes?",
    ),
    BidKind(
        # A milestone of theirs: "Can you believe it's been a year since we moved in?"
        re2.compile(
            r"(?i)\bsince we (?:met|moved|got|first)\b|\bcan (?:you|u) believe it'?s been\b"
        ),
        "I know! It's gone so fast. I'm glad it's been with you.",
        "I know! It's gone so fast. I'm glad it's been with you.",
    ),
    BidKind(
        re2.compile(r"(?i)\bour song\b"),
        "Aw, our song! I love that.",
        "Aw, our song! I love that.",
    ),
    BidKind(
        re2.compile(
            r"(?i)\bcan i (?:read|play|sing)\b|\b(?:wrote|written|made) (?:a|you a) (?:poem|song)"
        ),
        "Yes, I'd love to hear it.",
        "I'd love to hear it. Can you read it to me in a bit, when I can listen properly?",
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:want to hear|wanna hear|can i (?:tell|show) (?:you|u)|can i vent|"
            r"let me tell (?:you|u))\b"
        ),
        "Yes, tell me. I'm listening.",
        LATER,
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:made|cooked|got|bought|brought|saved|booked|planned) (?:you|u|your|ur|us)\b|"
            r"\bsigned us up\b|\b(?:made|cooked|got|bought|baked)\b[^.!?\n]{1,30}\bfor (?:us|you|"
            r"u)\b|\bi (?:made|cooked) (?:dinner|tea|lunch|breakfast|supper)\b"
        ),
        "Oh, thank you! That's really kind.",
        "Oh, thank you! That's really kind.",
    ),
    BidKind(
        re2.compile(r"(?i)\bproud of (?:us|how we|what we|the way we)\b"),
        "Me too. I'm proud of us.",
        "Me too. I'm proud of us.",
    ),
    BidKind(
        re2.compile(r"(?i)\bproud of\b"),
        "You should be! Tell me everything.",
        "You should be! Tell me everything in ten minutes?",
    ),
    BidKind(
        # Something to see, asked as a question: "Wanna see my new tattoo?"
        re2.compile(r"(?i)\b(?:want to|wanna|like to) (?:see|look at)\b"),
        "Ooh, yes, show me!",
        "Ooh, show me in ten minutes? I want to see it properly.",
    ),
    BidKind(
        # Something new the partner has started: "I've started journaling!"
        re2.compile(
            r"(?i)\bi'?ve (?:just )?(?:started|been learning|taken up|begun|been teaching myself)"
            r"\b|\bi'?m (?:learning|teaching myself)\b"
        ),
        "Ooh, good for you! How's it going?",
        "Ooh, good for you! Tell me how it's going in ten minutes?",
    ),
    BidKind(
        # A plan of the partner's own: "I'm thinking of signing up for the half marathon",
        # "I signed up for the pottery class!".
        re2.compile(
            r"(?i)\b(?:i'?m|i am) (?:thinking (?:of|about)|going to|gonna|planning to)\b|"
            r"\bi (?:want|think i want|might|would like) to (?:start|try|learn|go back|sign up|"
            r"join|take up|apply)\b|\bi (?:think i )?might (?:go for|apply|try|start|sign up|"
            r"join)\b|\bi'?ve been thinking (?:about|of) (?:maybe )?(?:getting|going|starting|"
            r"doing|trying|taking|joining|learning)\b|\bi (?:just |finally )?(?:signed up|"
            r"enrolled|registered|booked myself)\b"
        ),
        "Oh, that sounds great! Tell me more about it.",
        "Ooh, tell me all about it in ten minutes? I want to hear it properly.",
    ),
    BidKind(
        # Good news about someone or something: "Mum's doing better", "it's shrunk".
        re2.compile(
            r"(?i)\b(?:doing|getting|feeling|been|looking|are|is|'s) (?:a bit |much |so much |"
            r"loads |way )?better\b|\bshrunk\b|\bcome through\b|\bcame through\b|\bgood news\b|"
            r"\b(?:came back |looks |was |all-)clear\b|\bstable\b|\bshrinking\b|\bi passed\b|"
            r"\bbest (?:they'?ve|it'?s|i'?ve|she'?s|he'?s) been\b|\ball clear\b|\brolled over\b|"
            r"\bfirst (?:steps|word|tooth)\b|\bheard from\b|\bsaid ['‘\"“]?(?:dada|mama|mummy|"
            r"daddy|i love you)\b|\bpregnant\b|\bhad (?:her|his|the|a) baby\b|\bengaged\b|"
            r"\bgood spirits\b|\boffered\b|\bpromot|\b(?:bloods?|results?|tests?|scans?) "
            r"(?:are |were |came back )?(?:all )?(?:normal|fine|clear|good)\b"
        ),
        "Oh, that's wonderful news! Tell me everything.",
        "Oh, that's wonderful news! Tell me everything in ten minutes?",
    ),
    BidKind(
        re2.compile(r"(?i)\b(?:results?|consultant|scan|biopsy|the doctor (?:rang|called))\b"),
        "Oh! What did they say?",
        "What did they say? Tell me in ten minutes, I want to hear it properly.",
    ),
    BidKind(
        re2.compile(r"(?i)\b(?:home safe|got home|made it home|landed)\b"),
        "Oh good, I'm glad you're home.",
        "Oh good, I'm glad you're home.",
    ),
    BidKind(
        re2.compile(r"(?i)\bexcited\b"),
        "I love seeing you this excited! Tell me everything.",
        "I love seeing you this excited! Tell me everything in ten minutes?",
    ),
    BidKind(
        # A small annoyance to share: "Ugh, the landlord STILL hasn't fixed the heater".
        re2.compile(
            r"(?i)^\W*(?:ugh+|argh+|urgh+|grr+)\b|\bjammed\b|\bon at me\b|\bdrives? me "
            r"(?:mad|crazy|up the wall)\b|\bso annoying\b|\bfed up\b|\bwinding me up\b|"
            r"\bate my\b|\bstill (?:hasn'?t|haven'?t|won'?t|isn'?t|not)\b"
        ),
        "Ugh, that's so annoying. Do you want to tell me about it?",
        "Ugh, that's annoying. Tell me properly in ten minutes?",
    ),
    BidKind(
        # Asking for a talk or a view: "Can I ask your opinion on something?"
        re2.compile(
            r"(?i)\bcan (?:i|we) (?:ask|chat|talk|have a (?:chat|word|talk))\b|\b(?:your )?opinion "
            r"on\b"
        ),
        "Of course. What would you like to talk about?",
        "Of course. Can we talk properly in ten minutes, when I can listen?",
    ),
    BidKind(
        re2.compile(r"(?i)\bcome (?:and |n )?(?:see|look|taste|try|listen|dance)\b"),
        "Coming!",
        "Ooh, I'll come and see in ten minutes?",
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:(?:do|d'?|would) (?:you|u|ya) (?:want|like) to|wanna|fancy|shall we|"
            r"how about|let'?s|(?:you|u|ya|anyone) up for|(?:you|u) free)\b|"
            r"(?:^|[.!?]\s*)want to (?:go|come|get|grab|watch|do|try|see)\b|\bbeer garden\b|"
            r"\bdate night\b"
        ),
        "That sounds lovely. When were you thinking?",
        "I can't right now, but I'd love to. Can we pick another time?",
        offer=True,
        declined="Thanks for asking me! Not this time, but can we do something together soon?",
    ),
    BidKind(
        # An idea for the two of them: "Should we get a dog?"
        re2.compile(r"(?i)\b(?:should we|we should|what if we|could we|we could|could be fun)\b"),
        "Ooh, I'd love to talk about that. What are you thinking?",
        "Ooh, I'd love to talk about that properly. In a bit?",
        offer=True,
    ),
    BidKind(
        re2.compile(r"(?i)\bremember\b"),
        "Remind me? I'd love to hear it.",
        "I'd love to hear it. Remind me in ten minutes, when I can listen properly?",
    ),
    BidKind(
        # Food the partner made, for an opinion: "Tried your mum's curry recipe, what do you
        # think?"
        re2.compile(
            r"(?i)\b(?:recipe|cooked|baked|curry|cake|bread|soup|stew|dinner)\b[^?]*\bwhat "
            r"(?:do|d'?) (?:you|u) think\b"
        ),
        "Ooh, let me try it!",
        "Ooh, save me some? I'll try it properly in a bit.",
    ),
    BidKind(
        # Something the partner did or made, for an opinion: "I got a new haircut, what do
        # you think?"
        re2.compile(
            r"(?i)\bwhat (?:do|d'?) (?:you|u) think\b|\bhow do i look\b|\b(?:does|do) "
            r"(?:this|these|it|my) (?:\w+ )?(?:look|suit)\b|\bnew (?:haircut|hair|outfit)\b|"
            r"\bgot (?:a new |my )?hair ?cut\b"
        ),
        "Ooh, let me see!",
        "Ooh, let me see properly in ten minutes?",
    ),
    BidKind(
        # A hope for the two of them: "Do you think we'll ever go back to Jamaica?"
        re2.compile(r"(?i)\b(?:we'?ll|we will) (?:ever|still)\b|\bwill we ever\b"),
        "I hope so! What made you think of it?",
        "I hope so! Tell me what made you think of it in a bit?",
    ),
    BidKind(
        # The partner's question about the world or about them: "Do you think aliens exist?"
        re2.compile(
            r"(?i)\b(?:do|d'?) (?:you|u|ya) (?:think|reckon|ever)\b|\bwould (?:you|u) rather\b"
        ),
        "Ooh, good question. What do you think?",
        "Ooh, good question. Let me think, and we'll talk in a bit?",
    ),
    BidKind(
        re2.compile(r"(?i)\b(?:listen to|this song|hear this|voice note|playlist)\b"),
        "Ooh, play it for me!",
        "Ooh, play it for me in ten minutes? I want to hear it properly.",
    ),
    BidKind(
        re2.compile(
            r"(?i)\blook(?: at| how| what| out|!|,)|\b(?:watch|check (?:this|it) out|"
            r"see this|photo|pic|picture|video)\b"
        ),
        "Ooh, show me!",
        "Ooh, show me in ten minutes? I want to see it properly.",
    ),
    BidKind(
        # A sweet moment: "Baby's asleep on my chest and I can't move".
        re2.compile(
            r"(?i)\b(?:asleep on (?:my|me)|fell asleep on|curled up (?:on|with)|sat on my lap|"
            r"just called (?:a|me|the))\b"
        ),
        "Aw, that's adorable!",
        "Aw, that's adorable! Tell me more in a bit?",
    ),
    BidKind(
        # Something lovely the partner is seeing: a sunset, the first snow, the blossom.
        re2.compile(
            r"(?i)\b(?:sunset|sunrise|sky|rainbow|snow|snowdrops|blossoms?|northern lights|"
            r"moon|stars|jacarandas?|lavender|goldfinch(?:es)?|hummingbird|bird feeder|fox|"
            r"flowered|in bloom|fairy lights|christmas lights|snowing|view|the sea|heron|swallows|"
            r"robins?|blackbird|birds?)\b"
        ),
        "Oh, that sounds beautiful! I wish I could see it.",
        "Oh, that sounds beautiful! Tell me about it in ten minutes?",
    ),
    BidKind(
        re2.compile(
            r"(?i)\b(?:i|we) (?:(?:just|finally) )?(?:finished|passed|won|booked|managed|sold|"
            r"nailed|beat)\b|\bi (?:made|baked|cooked|planted|built|fixed|painted|knitted)\b|"
            r"\bmy first\b|\b(?:i|we) (?:just |finally )?got (?:the (?:job|part|stall|promotion|"
            r"offer|house|flat|place|mortgage)|into|in\b|through|an? (?:[a-c]\+?|2:1|first|"
            r"distinction|merit|compliment|raise|place|100)\b|\d+%?|full marks|my first)|"
            r"\bgetting the hang\b|\bfirst time\b|\bwithout stopping\b|\bcame top\b|"
            r"\bgot accepted\b|\bgot (?:the job|in|the offer)\b|\b\d+ days (?:clean|sober)\b|"
            r"\bclean \d+|\bno panic\b"
        ),
        "That's brilliant, well done! Tell me everything.",
        "That's brilliant, well done! Tell me everything in ten minutes?",
    ),
    BidKind(re2.compile(r"(?i)\bguess (?:what|who)\b"), "Go on, tell me!", LATER),
    # Last: what makes them laugh is told after anything more particular ("I finally
    # beat Mum at Scrabble 😂" is an achievement).
    BidKind(
        # Something funny: "The toddler just called a horse a 'big dog' 😂".
        re2.compile(r"(?i)\x{1F602}|\x{1F923}|\blol\b|\bhaha|\blmao\b"),
        "Haha! Tell me everything.",
        "Haha! Tell me everything in a bit?",
    ),
)
# "busy", "not now", "in a meeting", "knackered": the writer cannot meet the bid now.
_NOT_NOW = re2.compile(
    r"(?i)\b(?:busy|not now|in a meeting|driving|can'?t talk|tell me later|on a call|later|"
    r"in the middle of|can it wait|give me a (?:minute|min|sec|second)|running late|late for|"
    r"not tonight|knackered|shattered|exhausted|so tired|too tired|just walked in|"
    r"(?:in|at) work|working|(?:i'?m|im) (?:just )?(?:playing|watching|finishing|cooking|"
    r"doing (?:the|my)|on the phone|in the (?:shower|bath))|(?:i'?ve|ive|i) got (?:so much|loads|"
    r"lots|a lot|work|emails|the \w+ to do)|match is on|give me (?:five|5|ten|10|a few) min)\b"
)
# The writer says no to an invitation: "nah", "no thanks", "not feeling it", "I'd rather
# stay in", "too cold".
_DECLINES = re2.compile(
    r"(?i)^\W*(?:no|nah+|nope|naw|nay)\b|\b(?:no thanks|no thank you|not (?:really|feeling it|"
    r"in the mood|up for it|for me|this time|keen|fussed)|(?:don'?t|dont|do not) (?:want|wanna|"
    r"fancy|feel like)|(?:i'?d|id) rather|i'?ll pass|(?:can'?t|cant) be bothered|not bothered|"
    r"too (?:cold|hot|tired|far|late|wet|early|much))\b"
)
# A time or plan the writer offers instead ("nah too cold, how about friday?"): kept, after
# saying yes to the wish itself.
_COUNTER_OFFER = re2.compile(
    r"(?i)\b(?:how about|what about|maybe|could we|can we|shall we|let'?s)\b[^.!?\n]{2,60}\?"
)
# What the writer needs, kept after the answer to the bid: "can you move your car, I'm
# blocked in".
_ASKS = re2.compile(
    r"(?i)\b(?:(?:please )?(?:can|could) (?:you|u)|would (?:you|u) mind|need (?:you|u) to)\b"
    r"[^.!?\n]{3,120}[.!?]*"
)
# An ask that pushes the bid away ("can you stop sending me memes", "can you be quiet") is
# not kept.
_PUSHING_AWAY = re2.compile(
    r"(?i)\b(?:not|stop|n't|shut|quit|enough|leave me|quiet|quieter|turn (?:it|that) off|"
    r"spare me|go away|later)\b"
)


def _capital(said: str) -> str:
    return said[0].upper() + said[1:]


def answers(reply: str, bid: str, *, against: bool = False) -> list[str]:
    """Ways to meet `bid` in place of `reply`, the one keeping most of the writer's own
    words first: the answer with what the writer needed kept after it ("That's brilliant,
    well done! ... Also, can you move your car?"), then the answer alone. `against`: the
    reply pushed the bid away (an invitation so met was a no, kept, said warmly)."""
    later = matches(_NOT_NOW, reply)
    found = next((kind for kind in BIDS if matches(kind.words, bid)), None)
    answer = (found.later if later else found.now) if found else (LATER if later else NOW)
    said_no = against or matches(_DECLINES, reply)
    if found is not None and found.declined and said_no and not later:
        answer = found.declined
    if found is not None and found.offer:
        counter = _COUNTER_OFFER.search(reply)
        if counter is not None:
            answer = f"I'd love to, just not right now. {_capital(counter.group(0).strip())}"
    asked = _ASKS.search(reply)
    if asked is None or matches(_PUSHING_AWAY, asked.group(0)):
        return [answer]
    ask = asked.group(0).strip()
    return [f"{answer} Also, {ask[0].lower()}{ask[1:]}", answer]
