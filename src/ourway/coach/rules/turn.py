"""Turning toward, away from, or against a bid for connection (Gottman; seed Part 3).

Only used when the message is a reply to a bid (`analyze(text, reply_to=bid)`).
"""

from __future__ import annotations

from ourway.coach.rulebase import NEGATED, QUOTED, Rule, words

_TOWARD = "Gottman: couples who stay together turn toward most bids (about 86%)."
_WARMTH = "You turn toward the bid: interest and warmth build connection."
_KEEP_GOING = "Keep it going with a question about what they shared."

RULES = [
    Rule(
        id="turn.against",
        label="turn:against",
        pattern=words(
            r"(?:can|could) (?:you|u) (?:please )?(?:be quiet|shut up|stop|not|keep it down|"
            r"leave me|give it a rest|go away)",
            r"not now",
            r"who cares",
            r"so what",
            r"leave me alone",
            r"(?:i'm|im|i am) (?:busy|trying to|working|reading|watching|in the middle)",
            r"stop (?:talking|bothering|interrupting|texting|sending)",
            r"i (?:don't|dont) care",
            r"shut up",
            r"go away",
            r"can't you see",
            r"do i look like i care",
            r"why would i care",
            r"(?:so |how )?boring",
            r"(?:you're|you are|ur) (?:so )?annoying",
            r"give it a rest",
            r"not this again",
            r"(?:obviously|duh)",
            r"cool story",
            r"(?:wow|oh),? fascinating",
            r"seriously\?",
            r"ugh+",
            r"(?:whatever|whatevs)",
            r"nobody asked",
            r"get over it",
            r"(?:toughen|man|grow) up",
            r"big deal",
            r"(?:you|u) (?:always|never)",
            r"(?:i|we) (?:can't|cannot|can not) afford",
            r"(?:what|why) (?:do|would) (?:you|u) (?:even|want)",
            r"don't (?:bother|start)",
            r"(?:it's|its) (?:just|only) a",
            r"(?:you're|you are|ur) (?:so )?(?:dramatic|ridiculous|childish)",
            r"some of us",
            r"try my day",
            r"join the club",
            r"want a medal",
            r"be serious",
            r"at your age",
            r"stop being",
            r"getting old",
            r"(?:don't|dont) know why you bother",
            r"like (?:you'd|you would) ever",
            r"so dramatic",
            r"no thanks",
            r"great,? so",
            r"then stop",
            r"maybe if (?:you|u)",
            r"here we go again",
            r"turn it off",
            r"(?:it's|its) not the same",
            r"instead of (?:doing|helping|working)",
            r"oh please",
            r"more money spent",
            r"get (?:him|her|it|that) off",
            r"sick of",
            r"spare me",
            r"(?:i'?m|im) begging (?:you|u)",
            r"stop the presses",
            r"about time",
            r"please stop",
            r"shh+",
            r"great,? more",
            r"didn'?t think so",
            r"welcome to (?:parenting|my world|motherhood|fatherhood|adulthood|the real world)",
            r"with what money",
            r"do we (?:have|need|got) to (?:talk|hear|go|do this|do that)",
            r"why (?:would|should) i (?:want|wanna|care)",
            r"shame (?:she|he|they|it) (?:doesn'?t|don'?t|didn'?t|can'?t|won'?t)",
        )
        + r"|\x{1F644}|^\W*and\?",
        provenance="Gottman: turning against a bid (irritation, scorn) damages connection.",
        message="This reply pushes the bid away with irritation; the bid was a small reach "
        "for connection.",
        suggestion="If now is bad, say it warmly: 'I want to hear this, give me ten minutes?'",
        should_flag=(
            "I'm trying to read, can you be quiet?",
            "who cares",
            "please spare me the details",
            "Great, more visits from your family",
            "god, do we have to talk about Sarah again",
        ),
        should_pass=("Wow, that's amazing!", "I'm not busy, tell me!"),
        skip=frozenset({QUOTED}),
        reply_only=True,
    ),
    Rule(
        id="turn.toward",
        label="turn:toward",
        pattern=words(
            r"wow+|whoa|woah|aww*|omg|oh my|oh no|no way|yay|amazing|beautiful|gorgeous|lovely|"
            r"nice|cool|great|awesome|incredible|wonderful|brilliant|fantastic|so cute|cute|"
            r"haha+|hehe|lol|lmao|congrats|congratulations|proud of you|well done|good for you|"
            r"love (?:it|that|this|you)|i'd love|id love|let's|lets|yes+|yeah!|sure!|of course|"
            r"tell me|how was|how did|what happened|what did|really\?|seriously!|"
            r"sounds (?:good|great|fun|lovely|amazing|like a plan|perfect)|"
            r"i'm (?:so )?(?:sorry|glad|happy|excited)|that's (?:so |really )?(?:great|awesome|"
            r"amazing|funny|sad|terrible|awful|hilarious|cool|sweet|wonderful|rough|hard)|"
            r"me too|same|i know right|thank you|thanks|come here|hug|show me|send (?:me )?"
            r"(?:a )?(?:pic|photo|link)|i remember|good idea|great idea|want to|wanna|"
            r"poor (?:you|thing|baby)|that sucks|ugh,? (?:that|sorry)|hope (?:you|it|she|he)|"
            r"i'll (?:come|look|be right)|on my way|coming|looking now|let me see|oh nice|"
            r"absolutely|definitely|totally|tell me more|what kind|where|when|which|who|ooh+|"
            r"do it|unreal|imagine|all ears|i'm listening|oh love|never too busy|what's up|"
            r"stunning|wish i (?:was|were) there|spill|say less|you absolute|"
            r"(?:you'?re|you are|ur) a (?:gem|star|legend|angel|genius)",
        ),
        provenance=_TOWARD,
        message=_WARMTH,
        suggestion=_KEEP_GOING,
        should_flag=("Wow, that's amazing.", "aww, tell me more!", "stunning. wish I was there"),
        should_pass=("mm", "ok", "I don't want to go, your sister hates me", "not cool"),
        # "I don't want to", "not great": a warm word taken back is no turn toward.
        skip=frozenset({QUOTED, NEGATED}),
        reply_only=True,
    ),
    Rule(
        id="turn.toward_emoji",
        label="turn:toward",
        # Laughter and love in an emoji are warm even after a "no" ("Oh no 😂", "NO WAY 😂").
        pattern=r"[\x{2764}\x{1F60D}\x{1F970}\x{1F602}\x{1F923}\x{1F62E}\x{1F389}\x{1F44F}]",
        provenance=_TOWARD,
        message=_WARMTH,
        suggestion=_KEEP_GOING,
        should_flag=("Oh no 😂", "❤️"),
        should_pass=("ok", "k."),
        skip=frozenset({QUOTED}),
        reply_only=True,
    ),
    Rule(
        id="turn.away",
        label="turn:away",
        pattern=r"^\W*(?:mm+|hm+|hmm+|ok|okay|k|kk|uh huh|uh-huh|yeah|yep|sure|right|fine|"
        r"cool|nice|whatever you say|in a (?:sec|minute|bit)|later|one sec|busy)\W*$"
        r"|^\W*(?:anyway|btw|by the way|did you|have you|where(?:'s| is| are)|what(?:'s| is) for|"
        r"can you|could you|don't forget|remember to|we need|i need to|oh,? (?:did|have|can))\b",
        provenance="Gottman: turning away (missing or ignoring a bid) slowly erodes connection.",
        message="This reply misses the bid: a flat answer or a change of subject.",
        suggestion="Take a second for what they shared before moving on: 'Oh wow, show me!'",
        should_flag=("mm", "Did you pay the gas bill?"),
        should_pass=("Wow, show me!",),
        skip=frozenset(),
        reply_only=True,
    ),
]
