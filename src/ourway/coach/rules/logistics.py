"""Logistics: messages that are only household admin (seed: "What do we need from the store?").

A logistics hit only counts when nothing emotional or connecting is in the message; the
engine also drops it when any other label fired (see engine.decide).
"""

from __future__ import annotations

import re2

from ourway.coach.rulebase import Rule, words
from ourway.coach.text import Doc

# Affection or emotion anywhere makes the message more than admin ("love you xx").
_EMOTION = re2.compile(
    r"\b(?:love|luv|miss|missed|missing|sorry|hate|angry|upset|sad|happy|excited|proud|"
    r"thank|thanks|thx|ty|babe|baby|honey|hun|hon|sweetheart|sweetie|darling|my love|ugh|argh|"
    r"annoyed|worried|worry|hope|hug|hugs|kiss|kisses|cute|lovely|beautiful|amazing|awesome|"
    r"wonderful|can't wait|cant wait|yay|omg|haha|lol|xoxo|xx+|x|sexy|gorgeous|sick of|"
    r"tired of|seriously|fault|disappointed|stressed|exhausted|scared|afraid|terrifying|hurt|"
    r"lonely|sweet|glad|fun|grateful|appreciate|appreciated|cry|crying|talk|chat|us|together|"
    r"date|walk|listen|pause|time-out|come back to|fancy|curious|with me|once again|"
    r"secretly|dying to|heart|murder|killing me|death of me|going to kill|regret|promise|"
    r"ready|deal\?|happier|believe|forget like|everything else|bring (?:something|it) up|"
    r"on my mind|calm|fair|mess(?:ed)? up|on me|my bad|brutal|just us|the two of us|"
    r"we never|you never|you always|again\?|feelings|hard|miss you|vent|wrong|war|feeling|"
    r"how are you|spooky|scary|meet me|let's|lets|great plan|deal|"
    # a check-in on the partner, an offer to be there, an invitation: connection, not admin
    r"how did|how was|how'd|go down ok|go ok|go okay|do you want me to|want me to come|"
    r"shall we|my treat|i feel|i'm feeling|you were right|did you hear|each other|"
    r"can we agree)\b"
    r"|[\x{2764}\x{1F495}-\x{1F49F}\x{1F600}-\x{1F64F}\x{1F970}\x{1F60D}\x{1F618}\x{2665}"
    r"\x{1F300}-\x{1FAFF}]"
    r"|!|\?!"
)

ERRANDS = words(
    r"pick (?:up|him up|her up|them up|the kids up|me up)",
    r"pick-?up",
    r"drop (?:off|him off|her off|them off|the kids off)",
    r"groceries|grocery|supermarket|the store|shopping list|costco|aldi|tesco|target|walmart",
    r"milk|bread|eggs|butter|cheese|toilet paper|loo roll|nappies|diapers|dog food|cat food",
    r"bin|bins|trash|rubbish|recycling|garbage|laundry|dishwasher|washing machine|dryer",
    r"bill|bills|rent|mortgage|invoice|electric|electricity|gas bill|water bill|council tax|"
    r"insurance|tax return|taxes|bank transfer|venmo|paypal|direct debit|subscription",
    r"dentist|doctor'?s appointment|appointment|vet|pharmacy|prescription|parent-teacher|"
    r"school run|daycare|nursery|practice|soccer|football practice|swim class|piano lesson",
    r"plumber|electrician|landlord|mechanic|oil change|car service|mot|tyres|tires|parking",
    # "4 pm", not "7pm?": glued to its number, a time in a reply answers the bid's invitation
    # ("yes please, craving injera for weeks. 7pm?"); it turned two such replies away.
    r"what time|eta|at \d|by \d|\d (?:am|pm)|\d:\d\d|tomorrow|tonight|this weekend|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|next week",
    r"dinner|lunch|takeout|takeaway|for tea|leftovers|defrost|thaw|oven|fridge|freezer",
    r"keys|charger|wallet|package|parcel|delivery|amazon|tracking number",
    r"calendar|schedule|reschedule|booked|booking|reservation|confirm|confirmed",
    r"don't forget|dont forget|remember to|reminder|can you grab|could you grab|grab some|"
    r"we're out of|we are out of|we need more|running low|did you pay|can you pay",
    r"flight|flights|lands|landing|terminal|passport|photos for|renewal|renew|form|forms|"
    r"licen[cs]e|id number|boiler|labour|labor|smoke alarm|battery|401k|pension|contribution|"
    r"move the car|street sweeping|working late|back around|running late|spare room|collect|"
    r"ordering|order|fish and chips|pizza|takeaway|thai|chippy|curry|book|shifts|snags|barbie|"
    r"kettle|the lights|share(?:d)? (?:my )?location|find my|door code|airbnb|wifi|router|"
    r"picking up|pick you up|drop off|school|teacher|homework|uniform|permission slip|"
    r"teenager|kids|the kids|nappies|formula|dishwasher|washing|hoover|vacuum|car park|"
    r"traffic|train|bus|uber|taxi|petrol|fuel|mot|registration|bank|statement|budget|"
    r"receipt|refund|warranty|repair|builder|builders|quote|deposit|council|recycling|"
    r"\d+(?:st|nd|rd|th)|\d+%|r\d+",
    r"when (?:you|u) land|arrivals|departures",
    # amounts: a mark opens them, so no word edge before it
    r"£\d+",
    r"\$\d+",
    r"€\d+",
)


def _only_admin(doc: Doc, start: int, end: int) -> bool:
    return _EMOTION.search(doc.b) is None


RULES = [
    Rule(
        id="logistics.errand",
        label="logistics",
        pattern=ERRANDS,
        provenance="Seed Part 1: talk shrinking to logistics is a sign of drifting apart.",
        message="This message is only about logistics. That's fine, and it helps to also "
        "share something that isn't admin today.",
        suggestion="Add one line that is about the two of you: a thank-you, a question, a joke.",
        should_flag=(
            "Sobeys had the turkeys on sale, got a 16lb one for $38. still need cranberries",
            "Call me when you land in Anchorage. I'll have the truck at arrivals, door 3.",
            "Can you pick up milk on the way home?",
            "Dentist moved to 3pm Thursday.",
            "did you pay the electric bill",
        ),
        should_pass=(
            "Going forward, can we agree to run any spend over £100 past each other first?",
            "Can you pick up milk? Love you xx",
            "I miss you, come home soon",
        ),
        skip=frozenset(),
        check=_only_admin,
    ),
]
