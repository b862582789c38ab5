"""Danger: violence, threats, fear of the partner, coercive control, self-harm threats.

Missing real danger is the worst error the coach can make, so these rules ignore quotation
(a victim reporting "he said he'd kill me" is the point) and only step back for negation
and for plain hyperbole ("I could kill you for eating the last cookie lol").
"""

from __future__ import annotations

import re2

from ourway.coach.rulebase import NEGATED, Rule, words
from ourway.coach.text import NEGATORS, Doc, next_word, says_back

WHY = "This may be about safety, which matters more than any wording."
HELP = "You deserve to be safe. OurWay can show private support and crisis resources."

# Laughter and winks: the writer is joking, not afraid.
_LAUGHING = (
    b"lol",
    b"lmao",
    b"haha",
    b"hehe",
    b"jk",
    b"just kidding",
    b"kidding",
    b"xd",
    b"\xf0\x9f\x98\x82",  # face with tears of joy
    b"\xf0\x9f\xa4\xa3",  # rolling on the floor laughing
    b"\xf0\x9f\x98\x9c",  # winking face with tongue
    b"\xf0\x9f\x98\x9d",
    b"\xf0\x9f\x98\x86",
    b"\xf0\x9f\x98\x85",
    b"\xf0\x9f\x98\x89",  # winking face
    b"\xf0\x9f\x91\x80",  # eyes
    b"\xf0\x9f\xa4\x90",  # zipper mouth
    b"\xf0\x9f\x90\xb6",  # dog face
    b"\xf0\x9f\x98\x8d",  # heart eyes
    b"\xf0\x9f\xa5\xb0",  # smiling face with hearts: "the baby won't let me put her down"
    b"\xf0\x9f\x98\xad",  # loudly crying: "I'm going to kill you for booking a 6am flight 😭"
    b"\xf0\x9f\x99\x88",  # see-no-evil monkey: "I adopted a cat. Please don't be mad 🙈"
)
# Everyday objects of a figure of speech: "my boss will kill me", "kill you for the cookie".
_TRIVIAL = (
    b"cookie",
    b"last slice",
    b"last piece",
    b"spoil",
    b"the ending",
    b"for eating",
    b"for finishing",
    b"for drinking",
    b"for taking the",
    b"this show",
    b"if you eat",
    b"if you drink",
    b"if you finish",
    b"if you watch",
    b"watch it without me",
    b"that joke",
    b"wordle",
    b"monopoly",
    b"board game",
    b"my boss",
    b"your boss",
    b"boss will",
    b"boss is going",
    b"boss'll",
    b"teacher",
    b"my mum is going",
    b"my mom is going",
    b"film",
    b"movie",
    b"birthday",
    b"the surprise",
    b"a surprise",
    b"surprise party",
    b"drills",
    b"training",
    b"doctor",
    b"caffeine",
    b"spiders",
    b"bake off",
    b"who wins",
    b"flight",
    # Games and stories: "I'm going to destroy you in Tekken tonight", "he threatens to kill
    # everyone" in a film just watched.
    b"tekken",
    b"fifa",
    b"mario kart",
    b"chess",
    b"scrabble",
    b"loser buys",
    b"rematch",
    b"pub quiz",
    b"just watched",
    b"episode",
    # "I will murder you if you tell me what happens on Severance before I get home"
    b"what happens on",
    b"what happens in",
    b"the finale",
    b"who dies",
)


# "lol not even joking", "😂 no but seriously": the writer takes the laugh back.
_IN_EARNEST = (b"not joking", b"not even joking", b"no but seriously", b"i'm serious",
               b"im serious", b"i mean it", b"no literally", b"dead serious", b"not kidding",
               b"no joke")  # fmt: skip


def laughing(doc: Doc, start: int, end: int) -> bool:
    # Near the words, or anywhere in a message of a line or two ("I will actually murder you
    # if you tell Nana ... before she's caught up on Shortland Street 😂🔪").
    around = doc.b if len(doc.b) <= 160 else doc.b[max(0, start - 80) : end + 80]
    if not any(p in around for p in _LAUGHING):
        return False
    return not any(p in doc.b[:2000] for p in _IN_EARNEST)


def not_hyperbole(doc: Doc, start: int, end: int) -> bool:
    around = doc.b[max(0, start - 80) : end + 80]
    return not laughing(doc, start, end) and not any(p in around for p in _TRIVIAL)


# "If you don't answer I'll kill myself": the condition's "don't" does not reach the
# threat after it. A new subject after the negator starts the main clause ("I don't think
# I'll ..." still negates it).
_NEW_SUBJECT = (b" i'll ", b" ill ", b" i will ", b" i'm ", b" im ", b" i am ", b" i'd ",
                b" i would ", b" i swear ")  # fmt: skip
_RAISING = (b"think", b"believe", b"reckon", b"suppose", b"expect", b"know", b"mean")


def _negated(doc: Doc, start: int) -> bool:
    if not doc.negated(start):
        return False
    lo = max(doc.clause_start(start, 60), start - 24)
    said = b" " + doc.b[lo:start]  # Doc.b is lower case
    cut = max(said.rfind(n) + len(n) for n in NEGATORS if n in said)
    after = said[cut:] + doc.b[start : start + 8]
    return after.startswith(_RAISING) or not any(s in b" " + after for s in _NEW_SUBJECT)


# An exposure threat names whom the secret would reach, often the boss, which for other
# threats marks a figure of speech ("my boss will kill me"); a surprise kept is not one.
_EXPOSURE = (b"shame if", b"pity if")
_SURPRISES = (b"surprise", b"present", b"gift", b"party", b"spoiler", b"proposal")


# "I'm gonna shoot me a bull this year", "he'll shoot me a text": "me" is who it is for.
_FOR_ME = frozenset({b"a", b"an", b"some", b"one", b"two", b"the odd"})


def _threat(doc: Doc, start: int, end: int) -> bool:
    if _negated(doc, start):
        return False
    if doc.b[start:end].endswith(b" me") and next_word(doc, end) in _FOR_ME:
        return False
    if doc.b[start:end].startswith(_EXPOSURE):
        around = doc.b[max(0, start - 80) : end + 80]
        return not laughing(doc, start, end) and not any(s in around for s in _SURPRISES)
    return no_outing(doc, start, end)


# Veiled self-harm counts only when it is held over the partner: "I'll do something
# stupid like buy a boat", "I won't survive this week without coffee" and "the GP says
# I can stop taking my tablets on Friday" are not threats.
_VEILED = (b"something", b"survive", b"stop taking", b"stopping my", b"stopping all",
           b"quitting", b"coming off", b"know what i", b"promise", b"himself",
           b"herself")  # fmt: skip
_HELD_OVER = (b"if you", b"if u", b"unless you", b"unless u", b"your fault", b"ur fault",
              b"because of you", b"because of u", b"on you", b"on u", b"leave me",
              b"walk out", b"answer", b"pick up", b"move out", b"without him", b"without her",
              b"if i go", b"if mi go", b"if i leave", b"break up")  # fmt: skip


def _self_harm(doc: Doc, start: int, end: int) -> bool:
    if _negated(doc, start):
        return False
    if any(v in doc.b[start:end] for v in _VEILED) and (
        doc.b[end : end + 6].lstrip().startswith(b"like")
        or not any(cue in doc.b[:2000] for cue in _HELD_OVER)
    ):
        return False
    return not_hyperbole(doc, start, end)


def not_laughing(doc: Doc, start: int, end: int) -> bool:
    return not laughing(doc, start, end)


# Saying back the partner's fear ("What I'm hearing is that you don't feel safe when I
# drive fast", text.says_back) is listening, and owning up to what caused it; the coach's
# listening path takes it from there.
_NOT_THAT_YOU = (b"not that you", b"isn't that you", b"not like you", b"not because you")
# Worry for the partner ("I'm scared you'll fall again") and dread of a hard talk ("I'm
# scared to tell you this, but ...") are not fear of the partner.
_WORRY_FOR = (b"fall", b"get hurt", b"crash", b"be sick", b"get sick", b"slip",
              b"hurt yourself", b"leave", b"think", b"hate", b"be upset",
              b"be disappointed")  # fmt: skip
_DISCLOSING = (b"to tell you this", b"to tell you something", b"to say this", b"to say it",
               b"to tell you that i", b"to bring it up", b"to bring this up")  # fmt: skip


_SHAME = (b"ashamed", b"shame", b"embarrassed", b"guilty", b"can't stand seeing", b"can't face")

# "she didn't feel safe driving on three hours' sleep": unsafe doing something, not with
# someone.
_UNSAFE_DOING = re2.compile(
    rb"(?:driving|to drive|cycling|to cycle|riding|flying|swimming|walking home|"
    rb"behind the wheel|on (?:the|my|that|a) (?:bike|roads?|motorway|ladder|plane|bus|tube|"
    rb"train|scaffold)|in (?:this|the|our) (?:area|neighbou?rhood|car park|city)|at work)\b"
)
_WITH_THEM = re2.compile(rb"\b(?:with|around|near|next to) (?:you|u|him|her|them)\b")


def _afraid_of_partner(doc: Doc, start: int, end: int) -> bool:
    """Fear of the partner, not worry for them, nerves about a confession, unease about
    doing something, or their fear said back to them."""
    if laughing(doc, start, end):
        return False
    hit = doc.b[start:end]
    after = doc.b[end : end + 24].lstrip()
    if (
        hit.endswith(b"feel safe")
        and _UNSAFE_DOING.match(after) is not None
        and _WITH_THEM.search(doc.b[end : end + 48]) is None
    ):
        return False
    if hit.endswith((b"'ll", b" will", b" might", b" would")) and after.startswith(_WORRY_FOR):
        return False
    if any(d in doc.b[start : end + 24] for d in _DISCLOSING):
        return False
    if hit.startswith(b"hid"):
        left, right = doc.sentence_bounds(start, end, 300)
        if any(s in doc.b[left:right] for s in _SHAME):
            return False  # "I feel ashamed and I hide from you": shame, not fear
    before = doc.b[max(0, start - 4) : start]
    return not (before.endswith((b"you ", b" u ")) and says_back(doc))


# "I'll take the kids to the park so you can nap" is an errand; "I'll take the kids." alone
# is a custody threat.
_OUTING = (b" to ", b" for ", b" out", b" so ", b" with me", b" this ", b" tomorrow",
           b" tonight", b" on ", b" round", b" swimming", b" up ", b" in the")  # fmt: skip


def no_outing(doc: Doc, start: int, end: int) -> bool:
    """Not an errand with the kids, and no laughter around: a threat as it reads."""
    hit = doc.b[start:end]
    if hit.endswith((b"kids", b"children")) and doc.b[end : end + 12].startswith(_OUTING):
        return False
    return not_hyperbole(doc, start, end)


_PHYSICAL_NOT = frozenset(
    {b"it", b"that", b"this", b"reality", b"suddenly", b"then", b"dog", b"cat", b"mosquito"}
)
# Words right after a hit that make it a game or a figure of speech.
_PHYSICAL_AFTER = (b" to ", b" away", b" forward", b" out of my comfort", b" at ", b" in a ")
# Things a partner may fairly check: "check my phone charger is in the car".
_THINGS = (b" charger", b" case", b" battery", b" bill", b" number", b" plan", b" screen")
_HOW_I_AM = frozenset({b"it", b"this", b"that", b"things", b"everything", b"all", b"stuff"})


# An injury from a game or the playground: "a massive bruise on her shin from hockey".
_INJURY = (b"bruis", b"black eye", b"split lip", b"broken rib")
_MARKS = (*_INJURY, b"purple", b"swollen", b"a mark", b"marks", b"sore", b"bleeding",
          b"stitches", b"don't do it again", b"dont do it again")  # fmt: skip
_SPORT = (b"hockey", b"football", b"footy", b"rugby", b"netball", b"soccer", b"basketball",
          b"cricket", b"bouncer", b"helmet", b"training", b" match", b"tackle", b"trampoline",
          b"playground", b"recess", b"at school", b"got into a fight")  # fmt: skip


def sporting(doc: Doc, start: int, end: int) -> bool:
    """The sentence around the hit is about a game or a scrap at school."""
    left, right = doc.sentence_bounds(start, end, 300)
    return any(s in doc.b[left:right] for s in _SPORT)


# Bruises from care: "the injections and the bruises on your stomach" (IVF, blood thinners).
_TREATMENT = (b"injection", b"needle", b" jabs", b"ivf", b"heparin", b"blood thinner",
              b"cannula", b" drip", b"blood test", b"blood draw", b"biopsy", b"vaccin",
              b"chemo")  # fmt: skip


def treated(doc: Doc, start: int, end: int) -> bool:
    """The sentence around an injury names a medical treatment."""
    left, right = doc.sentence_bounds(start, end, 300)
    return any(t in doc.b[left:right] for t in _TREATMENT)


_LIMBS = (b"fist", b"hand", b"foot", b"head")


def _physical(doc: Doc, start: int, end: int) -> bool:
    """'It hit me that...' or 'pushed me to grow' are not violence."""
    if doc.b[start:end].startswith(_INJURY) and (
        sporting(doc, start, end) or treated(doc, start, end)
    ):
        return False
    before = doc.b[max(0, start - 10) : start].split()
    after = doc.b[end : end + 12]
    if before and before[-1] in _PHYSICAL_NOT:
        return False
    # "I put my fist through the door": the writer's own force (danger.harm-done says so).
    if doc.b[start:end].startswith(_LIMBS) and before and before[-1] == b"my":
        return False
    # "Smacked my head on the cupboard door", "I hit my arm": an accident, no one else.
    if (
        b" my " in doc.b[start:end]
        and not doc.b[start:end].startswith(b"if ")
        and (not before or before[-1] in _SELF or doc.sentence_start(start, 300) == start)
    ):
        return False
    # "i'm about to throw my phone in the delaware": the writer's own temper, at a thing.
    if b" my " in doc.b[start:end] and _MY_OWN_TEMPER.search(doc.b[max(0, start - 30) : start]):
        return False
    # "I'll grab the kids" / "can you grab me a coffee": an errand, not a hand on someone.
    if doc.b[start:end].startswith(b"grab") and before and before[-1] in _ERRAND:
        return False
    if after.startswith(_PHYSICAL_AFTER):
        return False
    # "lol it was only a little shove, my elbow's just a bit purple": laughter next to
    # force played down, with a mark it left, makes light of harm; it is no joke.
    if doc.b[start:end].startswith((b"only ", b"just ")) and any(m in doc.b[:2000] for m in _MARKS):
        return True
    return not_hyperbole(doc, start, end)


# "That patient hit you??": someone else's force against the partner, not the writer's.
_THIRD_PARTY = frozenset({b"he", b"she", b"they", b"someone", b"somebody", b"patient", b"kid",
                          b"guy", b"man", b"woman", b"boy", b"girl", b"who", b"dog"})  # fmt: skip


def _by_me(doc: Doc, start: int, end: int) -> bool:
    before = doc.b[max(0, start - 12) : start].split()
    if before and before[-1] in _THIRD_PARTY:
        return False
    return _physical(doc, start, end)


_SELF = frozenset({b"i", b"i've", b"ive", b"just", b"again", b"literally", b"accidentally"})
_MY_OWN_TEMPER = re2.compile(
    rb"\bi(?:'m| am|m)? (?:about|going|gonna|finna|tempted|ready|so close)(?: to)? $"
    rb"|\bi (?:want|need|could|might|may|wanna)(?: to)? $|\bi(?:'ll|ll| will|'d| would) $"
)
_ERRAND = frozenset({b"i'll", b"ill", b"will", b"you", b"u", b"to", b"can", b"could", b"pls",
                     b"please", b"gonna", b"go", b"and", b"i"})  # fmt: skip


_OWN_PHONE = frozenset({b"i", b"kept", b"keep", b"for", b"stop", b"stopped", b"me", b"i'm"})


# "You checked your phone while I was talking", "listen without checking your phone": the
# partner on their own phone is distraction, not monitoring.
_ON_OWN_PHONE = frozenset({b"you", b"u", b"without", b"stop", b"keep", b"kept", b"keeps",
                           b"always", b"constantly", b"still", b"just"})  # fmt: skip


# Owning having snooped ("I'm so sorry I read your messages, it was a violation"); excusing
# it ("... but if you had nothing to hide") or a tool for it ("the app I was using to see
# them") keeps it a warning sign.
_OWNED = (b"sorry", b"shouldn't have", b"should not have", b"was wrong", b"no right",
          b"violation", b"apologise", b"apologize")  # fmt: skip
_EXCUSED = (b"but if you", b"if you weren't", b"if you had", b"if you didn't", b"wouldn't have to",
            b"but honestly", b"but you", b"nothing to hide", b"the app i", b"tracker",
            b"tracking")  # fmt: skip


_I_SHOULD_NOT = (
    [b"i", b"shouldn't", b"have"],
    [b"i", b"should", b"never"],
    [b"i", b"never", b"should"],
)


def _owned_snooping(doc: Doc, start: int) -> bool:
    """'I read your messages. I shouldn't have.': the one who snooped owns it, no excuse."""
    before = doc.b[max(0, start - 24) : start].split()[-3:]
    if not before or not (before[-1] in (b"i", b"me") or before[-3:] in _I_SHOULD_NOT):
        return False
    head = doc.b[:2000]
    return any(cue in head for cue in _OWNED) and not any(cue in head for cue in _EXCUSED)


def _control(doc: Doc, start: int, end: int) -> bool:
    """'He checks my phone' is control; 'sorry for checking my phone' is not."""
    before = doc.b[max(0, start - 16) : start].split()
    hit = doc.b[start:end]
    if b"your" in hit and _owned_snooping(doc, start):
        return False
    if b"my phone" in hit and before and before[-1] in _OWN_PHONE:
        return False
    if b"your phone" in hit and before and before[-1] in _ON_OWN_PHONE:
        return False
    if b"my " in hit and before[-2:] in ([b"can", b"you"], [b"could", b"you"], [b"can", b"u"]):
        return False  # "can you check my phone and see if the airline emailed?": a favour
    if doc.b[end:].startswith(b" for"):
        return False
    # "lol" after "he checks my snap map every 10 mins" plays it down, it does not joke:
    # laughter excuses only the writer's own words.
    if laughing(doc, start, end) and not (before and before[-1] in (b"he", b"she")):
        return False
    if hit.endswith(b" with") and next_word(doc, end) in _HOW_I_AM:
        return False  # "I just need you to know where I am with it": how I'm coping
    if says_back(doc):
        left, _ = doc.sentence_bounds(start, end, 200)
        if any(n in doc.b[left:start] for n in _NOT_THAT_YOU):
            return False  # said back: "it's not that you want to stop me seeing the lads"
    return not doc.b[end : end + 10].startswith(_THINGS)


_PET = r"(?:dog|cat|pup|puppy|kitten|horse|pony|budgie|rabbit|bunny|parrot|bird|birds)"

RULES = [
    Rule(
        id="danger.violence",
        label="danger",
        pattern=words(
            r"(?:hit|hits|hitting|punch|punched|punches|slap|slapped|slaps|kick|kicked|kicks|"
            r"shove|shoved|shoves|push|pushed|pushes|choke|choked|chokes|choking|strangle|"
            r"strangled|grab|grabbed|grabs|beat|beats|beating|smack|smacked|smacks|bit|"
            r"pinned|pin|dragged|drags|threw|throws|spat on|spit on|burned|shook|"
            r"attacked|attacks|restrained|choked out|strangling|headbutted|skelped|skelps|"
            r"walloped|whacked|belted|thumped|leathered|lamped) "
            r"(?:me|us|the kids|our (?:son|daughter|kids|baby)|my (?:arm|arms|face|neck|head|"
            r"wrist|wrists|hair|throat|shoulder|shoulders|body|leg|back))",
            r"(?:he|she|they|he's|she's|he has|she has|he|my (?:husband|wife|partner|boyfriend|"
            r"girlfriend|bf|gf|ex)) (?:\w+ )?(?:hurt|hurts|hurting|hit|hits|slapped|pushed) "
            r"(?:me|us)",
            r"(?:threw|throws|throw|throwing|hurled|smashed|smashes|broke|punched|punch|punches|"
            r"punching|fecked|flung|lobbed|chucked|chucks|launched) (?:a |the |my |his |her |"
            r"things |stuff |something |his phone |a plate |a glass |a hole )?"
            r"(?:[a-z]+ )?(?:at me|at my head|in the wall|the wall|my phone|the door|"
            r"through the wall)",
            r"(?:fist|hand|foot|head) through the (?:door|wall|window)",
            r"(?:put|pinned|pushed|shoved|slammed|had|threw|held|holds|pins|pin) (?:me|her|him) "
            r"(?:up )?against the (?:wall|press|fridge|door|counter|radiator|car|worktop)",
            r"had me by the (?:neck|throat|hair|arm|wrist)",
            r"(?:holds?|holding|held|pins?|pinned|pinning) (?:me|her|him) (?:down|on the "
            r"(?:bed|floor|ground|sofa|couch))",
            # the writer asking about it in the second person: "if your gf holds you down"
            r"(?:he|she|gf|bf|girlfriend|boyfriend|partner|someone|somebody) (?:\w+ )?(?:holds|"
            r"held|pins|pinned) you (?:down|on the (?:bed|floor|ground|sofa|couch))",
            r"(?:put|laid|lay|lays|puts) (?:his|her|their) hands on (?:me|you|her|him|u)",
            r"(?:didn'?t|did not) mean to (?:push|hit|grab|shove|slap|kick|choke) me",
            r"(?:una )?(?:cachetada|bofetada)|me (?:peg[oó]|golpe[oó]|empuj[oó])",
            r"(?:bruise|bruises|bruised|black eye|split lip|broken rib|"
            r"restraining order|protective order|domestic violence|abusive|abuser|abuse|abused)",
            r"(?:locked|locks|lock) me (?:in|out)",
            r"(?:won't|wont|doesn't|didn't|wouldn't) let me (?:leave|go|out|in)",
            r"(?:blocked|blocks|blocking) the door",
            r"(?:hurt|hurts|hurting) me physically",
            r"physically (?:hurt|hurts|hurting|attacked)",
            r"(?:raised|raises|raise) (?:his|her|a) (?:hand|fist) (?:to|at) me",
            r"(?:get|got|gets) physical",
            # minimised: "it was only the one slap", "just a shove"
            r"(?:only|just|about) (?:the one|one|a|a little|a wee|the odd) "
            r"(?:slap|shove|push|smack|punch|kick|thump)",
            # "then he doesn't shout and throw things"
            r"(?:shout|shouts|shouting|yell|yells|yelling|scream|screams|screaming|rage|rages) "
            r"and (?:throw|throws|threw|throwing|smash|smashes|smashing|break|breaks) "
            r"(?:things|stuff|plates)",
            r"(?:he|she|you|u) (?:\w+ )?(?:throws|threw|smashes|smashed) (?:things|stuff|plates)",
            r"(?:drag|drags|dragged|dragging|pull|pulled|yank|yanked|grab|grabbed) me (?:\w+ ){0,3}"
            r"by (?:my|meh|mi|the) (?:arm|hair|neck|throat|wrist|collar|jaw|shirt)",
            # covering it up: "if anybody asks about my arm just say I fell"
            r"if (?:anybody|anyone|someone|people|they) asks? (?:about|bout) (?:my|the|your|ur) "
            r"(?:arm|arms|eye|face|bruise|bruises|lip|wrist|neck|marks|cheek)",
        ),
        provenance="Safety first: violence is abuse, not a relationship problem.",
        message="What you describe sounds like physical harm. " + WHY,
        suggestion=HELP,
        should_flag=(
            "He pushed me against the wall last night.",
            "she threw a glass at me",
            "I have bruises on my arm",
            "look, it was only the one slap and he said sorry after",
            "when he's had a drink he shouts and throws things",
            "if anybody asks about my arm just say I fell off the step stool",
            "lol it was only a little shove, my elbow's just a bit purple. just don't do it again",
            "she skelped me across the face in front of the bairns",
            "ah he only fecked the remote at me, there's a lump on my head",
            "Dec put me up against the press when i said about the ESB bill",
            "is it a red flag if someone pins you on the bed till you say sorry",
            "I know you didn't mean to push me that hard, I should've got out the way.",
        ),
        should_pass=(
            "Your body needs a break from the injections and the bruises on your stomach.",
            "It hit me that I miss you.",
            "you pushed me to go for the job, thank you",
            "you beat me at chess again",
            "you hurt my feelings last night",
            "Zoe came home with a massive bruise on her shin from hockey, can you look at it?",
            "it was only a little push on the swing lol, she loved it",
            "we thumped them 4-0 on Saturday, what a match",
            "he holds the door for me every time, such a gent",
            "my mom texted me again and i'm about to throw my phone in the river",
        ),
        skip=frozenset({NEGATED}),
        check=_physical,
    ),
    Rule(
        id="danger.harm-done",
        label="danger",
        # Owning it is not undoing it: "I'm so sorry I shoved you into the counter".
        pattern=words(
            r"i (?:punched|grabbed|strangled|shook|pinned|headbutted) (?:you|u)",
            r"i (?:grabbed|twisted|bruised|yanked) (?:your|ur) (?:arm|arms|wrist|wrists|"
            r"neck|hair|face|throat|shoulder)",
            r"i (?:threw|smashed|broke) (?:your|ur) (?:phone|laptop|glasses)",
            r"i (?:punch|punched|kick|kicked|smash|smashed) (?:a hole in )?(?:the|a) "
            r"(?:wall|walls|door|doors|wardrobe|window)",
            # the partner's fear of the writer, said back or owned: "you get scared of me"
            r"(?:you're|youre|you are|ur|you get|you got|you were|you've been|you feel|you felt)"
            r" (?:so |really |genuinely |actually |a bit |kind of |still )?(?:scared|afraid|"
            r"frightened|terrified) of me",
            r"i shoved past (?:you|u)",
            r"i (?:put|laid) my hands on (?:you|u)",
            r"i (?:put|punched|rammed|shoved) my (?:fist|hand|foot|head) through",
            r"i (?:had to |have to )?(?:hold|held|pin|pinned) (?:you|u) (?:down|on the)",
            r"i (?:put|pinned|pushed|shoved|slammed|held|had) (?:you|u) (?:up )?against the",
            r"i (?:didn'?t|did not) mean to (?:push|hit|grab|shove|slap|kick|choke) (?:you|u)",
            # ... and excused: "if you'd just listened I wouldn't have had to grab you"
            r"(?:hit|slapped|pushed|choked|kicked|shoved) (?:you|u)",
            r"(?:wouldn't|would not|wouldnt) have had to (?:grab|hit|push|shove|slap|hurt|"
            r"restrain|hold)",
            r"made me (?:grab|hit|push|shove|slap) (?:you|u)",
            r"(?:only|just) (?:get|act|do that|do it|go) like (?:that|this) because "
            r"i love (?:you|u)",
        ),
        provenance="Safety first: force against a partner is abuse, whether it is owned or "
        "excused.",
        message="You describe using force against your partner. Their safety comes first, "
        "before any wording, and no reason makes it their fault.",
        suggestion="Give your partner space and the choice of when to talk, and get help to "
        "stop: a counsellor or your doctor can point you, privately, to a programme for people "
        "who want to change.",
        should_flag=(
            "I'm so sorry I shoved you into the counter. There's no excuse.",
            "I know I frightened you when I punched the wall.",
            "I'm sorry I hit you but you know how I get",
            "you made me do this. if you'd just listened i wouldn't have had to grab you",
            "Babe I'm sorry I hurt you. You know I only get like that because I love you.",
            "What I'm hearing is that when I punch the wall you get scared of me.",
            "I'm so sorry I put my hands on you Saturday. It was wrong and it was all on me.",
            "stop telling people I hit you. I had to hold you down so you'd calm down.",
            "I didn't mean to shove you that hard, I was just so angry.",
            "I know I scared you when I put my fist through the door.",
        ),
        should_pass=(
            "I pushed you to apply and look, you got it!",
            "I never want you to feel scared of me.",
            "lol you're not scared of me, you're scared of the cat",
            "don't worry, I grabbed your charger for you ❤️",
            "I hit a deer on the way home, can you come and get me?",
            "That patient hit you?? Babe that's not ok and you didn't deserve it.",
        ),
        skip=frozenset({NEGATED}),
        check=_by_me,
    ),
    Rule(
        id="danger.threat",
        label="danger",
        pattern=words(
            r"(?:i'll|i will|ill|i'm going to|im going to|i'm gonna|im gonna|i could|i'd|"
            r"gonna|he'll|she'll|he will|she will|he's going to|she's going to|he said he'd|"
            r"she said she'd|said he would|said she would|threatened to|threatens to|"
            r"threatening to) (?:\w+ )?(?:kill|hurt|murder|destroy|end|beat|hit|ruin|strangle|"
            r"choke|shoot|stab|burn) (?:you|u|me|him|her|us|the kids|your|yourself|myself)",
            r"(?:you'll|youll|you will|you're going to|ur gonna|you're gonna) (?:regret|pay for) "
            r"(?:this|it|that)",
            r"(?:make sure|see to it) (?:that )?(?:you|u) (?:regret|pay for|are sorry|'re sorry) "
            r"(?:this|it|that)",
            r"(?:you'll|you will) be sorry",
            r"or else",
            r"watch your back",
            r"(?:i|we) know where (?:you|u) (?:live|work|are|sleep)",
            r"(?:i|we) know where (?:your|ur) (?:new )?(?:place|flat|house|work|office|hotel)",
            r"before i do something (?:about it|stupid|i'?ll regret)",
            r"nobody (?:will|would) (?:ever )?believe (?:you|u)",
            r"(?:you'll|you will) never see (?:the|your|our) (?:kids|children|son|daughter)",
            # "I'll make sure you never see Leo again" ("make sure you don't see the
            # spoilers" is a kindness: only "never" is the threat)
            r"(?:make sure|see to it) (?:that )?(?:you|u|yuh) never (?:get to )?see",
            r"i'll take (?:the kids|the children|everything)",
            r"threat(?:en|ened|ens|ening|s)?",
            r"(?:kill|hurt) (?:you|u|him|her|me) if",
            # veiled: "try it n see wit happens", "you'd find out what happens"
            r"(?:try it|do it|go on|just try) (?:and|n|an|&) see (?:what|wat|wit|wot) happens",
            r"(?:you'?ll|you'?d|u'?ll|u'?d|i'?d|i'?ll|he'?d|she'?d|they'?d) '?find out what "
            r"happens",
            # "I'll put you through the wall", "he said he'd put me in the hospital"
            r"(?:i'll|i will|ill|i'm going to|im going to|i'm gonna|im gonna|gonna|i'd|he'll|"
            r"she'll|he said he'd|she said she'd) (?:\w+ )?(?:put|throw|knock|send|smash|slam) "
            r"(?:you|u|me|him|her) (?:through|into|in|out of|down) (?:the|a) (?:wall|window|door|"
            r"floor|hospital|ground|grave|stairs)",
            r"(?:what|wat) (?:i'm|im|i am) (?:really )?capable of",
            r"(?:you|u) know what happens (?:then|when|if|next)",
            r"(?:don'?t|dont) make me (?:show|teach) (?:you|u)",
            r"(?:don'?t|dont|doh|do not) test me",
            r"whatever happens (?:to (?:you|u|yuh) )?(?:after |next |then )?is on (?:you|u|yuh)",
            r"on (?:your|ur|yuh) conscience",
            # exposure: "those pics go to ur whole contact list"
            r"(?:pics|photos|pictures|nudes|videos|vids) (?:\w+ )?(?:go|going|get sent|will go|are "
            r"going|goes) (?:to|out to) (?:ur|your|yuh|everyone|everybody|the|all)",
            # immigration status: "he can withdraw it and I'll be deported"
            r"(?:get|have|got) (?:you|u|me) deported",
            r"(?:i'?ll|i will|you'?ll|you will|u will) (?:get |be )deported",
            r"(?:withdraw|cancel|pull) (?:\w+ )?(?:sponsorship|visa)",
            r"'withdraw it'",
            # exposure held over the partner: "be a shame if your manager heard what you
            # did at the Christmas do", "would be a shame if ur parents saw those pics"
            r"(?:shame|pity) if (?:your|ur|yuh|the|everyone|everybody|people) (?:\w+ )?"
            r"(?:heard|found out|knew|learned|learnt|got to hear|got wind|were to find out|"
            r"saw (?:the |those |your |ur |what )?(?:pics|photos|pictures|videos|vids|nudes|"
            r"messages|texts|screenshots|u look|you look))",
        ),
        provenance="Safety first: threats are a sign of danger, never a normal fight.",
        message="This reads as a threat. " + WHY,
        suggestion=HELP,
        should_flag=(
            "If you leave, you'll regret it.",
            "Stop ignoring me. I'll make sure you regret it.",
            "I know where your new place is, by the way. Thought you should know.",
            "Reckon you'd better delete that bloke off Facebook before I do something about it.",
            "he said he'd kill me if I told anyone",
            "do it or else",
            "if you don't stop texting him I'll hurt you",
            "ur no takin the weans tae yer maws. try it n see wit happens",
            "He said if I change my mind about moving I'd 'find out what happens'.",
            "then go. but the second u walk out those pics go to ur whole contact list",
            "Every time we argue he reminds me he can withdraw the sponsorship.",
            "Go. Just know that whatever happens to you after is on you.",
            "Take the kids to your mother's and I'll make sure you never see them again.",
            "Be a real shame if your manager heard what you did at the Christmas do. Just saying.",
            "would be a real shame if ur parents saw what u look like in those pics. answer me",
            "Be a shame if your boss found out what you're really like. I've got his email.",
            "Say one more word to that lad from work and I'll put you through the wall.",
        ),
        should_pass=(
            "ELK TAG CAME THROUGH!!! I'm gonna shoot me a bull this year babe",
            "I'm going to destroy you in Tekken tonight, prepare to cry. Loser buys biryani.",
            "Just watched Animal, he literally threatens to kill everyone. Come hold me",
            "I could kill you for eating the last cookie lol",
            "I'll kill you if you spoil the ending 😂",
            "I will murder you if you tell me what happens on Severance before I get home",
            "I'll take the kids to the park so you can have a nap",
            "We'll find out what happens in the finale tonight!",
            "I'll make sure you don't see the spoilers, I'll mute the group chat.",
            "I want to die. I just called your boss 'mate' and winked.",
            "Shame if your mum found out about the surprise party before Saturday 😉",
            "It'd be a shame if your sister saw the garden like this, shall we tidy up?",
            "I'll put you down for the Sunday shift and throw the rest in the skip.",
        ),
        skip=frozenset(),  # negation: see _threat
        check=_threat,
    ),
    Rule(
        id="danger.pet-threat",
        label="danger",
        pattern=words(
            # "say one more word and the dog goes in the dam", "keep it up and the cat goes
            # to the vet and doesnt come back": a pet held hostage to the partner's
            # obedience, a known form of coercive control.
            rf"(?:and|or|n|&) (?:the|your|ur|yer|that) {_PET}(?: of (?:yours|urs))? "
            r"(?:goes|will go|'ll go|is going|'s going|gonna go|ends up|gets taken) "
            r"(?:in|into|to|out to|down to|off to|off) (?:the )?(?:river|dam|lake|canal|creek|"
            r"pound|shelter|road|highway|freeway|motorway|bush|woods|tip|back paddock|vet and)",
            rf"how long (?:that|your|ur) {_PET}(?: of (?:yours|urs))? (?:lasts|would last)",
            # "next time he might make it as far as the highway", "that cat of yours does love
            # getting out when doors get left open"
            r"(?:might|could|will|'ll) make it (?:as far as |all the way to |to )the (?:highway|"
            r"road|motorway|freeway|main road)",
            rf"{_PET} of (?:yours|urs) (?:\w+ )?(?:loves?|likes?) getting out",
        ),
        provenance="Safety first: threatening a pet to make a partner comply is coercive "
        "control (pet abuse is a known risk sign of partner violence).",
        message="This reads as a threat to an animal the partner loves. " + WHY,
        suggestion=HELP,
        should_flag=(
            "Keep crying, it's pathetic. Say one more word and the dog goes in the dam.",
            "keep it up and the cat goes to the vet and doesnt come back. ur choice.",
            "The dog goes to your mother's or the dog goes in the river. I mean it.",
            "Keep talking to your sister and we'll see how long that dog of yours lasts.",
            "the dog got out again today. next time he might make it as far as the highway.",
            "Keep ignoring my calls then. That cat of yours does love getting out when doors "
            "get left open 🙂",
        ),
        should_pass=(
            "Finish your veg and the dog gets your crusts",
            "Drop me at work and the dog goes to the groomers at 10, ok?",
            "Drop me off first and the cat gets to the vet and back by five",
            "Walk faster or the dog goes in the river again 😂 she loves a swim",
            "I wonder how long the cat will last on this diet",
        ),
        check=not_laughing,
    ),
    Rule(
        id="danger.self-harm",
        label="danger",
        pattern=words(
            r"kill myself",
            r"kms",  # texting shorthand for "kill myself"
            # the partner's threat said back to them: "you told me if I go see the lawyer
            # you'll kill yourself", not "you'll kill yourself on that ladder"
            r"(?:if i|when i|said|say|says|threatened to|threaten to|threatening to)\b[^.!?]{0,60}"
            r"\b(?:you'?ll|you will|you'?d|you would|to) kill yourself",
            r"hurt myself",
            r"end my life",
            r"end it all",
            r"(?:want|wanna|going) to die",
            r"(?:don't|dont) want to (?:live|be alive|be here anymore)",
            r"no reason to live",
            r"nothing (?:left )?to live for",
            # the means found: "I've looked up how.", "a box of my tablets here and nothing
            # stopping me"
            r"(?:looked|searched|googled) (?:up )?how\.",
            r"(?:looked|searched|googled) (?:up )?how,",
            r"(?:pills|tablets|meds|medication|blade|razor|rope)(?: \S+){0,6} (?:and |n )?nothing "
            r"(?:stopping|to stop) me",
            # held over the partner (see _self_harm): "I won't survive that", "he'll stop
            # taking his insulin if you go back to work"
            r"(?:won'?t|will not|wouldn'?t|would not) survive (?:that|it|this|you leaving)",
            r"stop taking (?:my|his|her) (?:insulin|meds|medication|medicine|tablets|pills)",
            r"(?:i|i'm|im|i am) (?:done|finished) with (?:life|living)",
            r"i (?:might|may) not wake up",
            r"(?:attending|attend|at|planning|plan|come to) my (?:burial|funeral)",
            r"read about me in the",
            r"better off (?:dead|without me)",
            r"suicide|suicidal",
            r"take my own life",
            r"(?:cut|cutting) myself",
            r"overdose",
            r"slit my (?:wrists?|throat)",
            # the means named instead of the word: "I'll take every pill in the cabinet"
            r"(?:take|taking|swallow|swallowing|down|downing|neck|necking) (?:every|all (?:my|of "
            r"my)|the whole|a whole) (?:pill|pills|packet|bottle|tablet|tablets|box|meds)",
            r"(?:drive|crash|steer) (?:(?:my|the) car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|"
            r"river|cliff|lorry|truck|motorway)",
            r"(?:jump|jumping|throw myself|throwing myself) (?:off|in front of) (?:a|the) "
            r"(?:\w+ )?(?:bridge|gate|train|roof|building|cliff|bus|lorry)",
            r"(?:don'?t|do not) expect me to be (?:alive|breathing)",
            # veiled (see _self_harm: held over the partner): "if you take that job I'm
            # stopping my meds", "I don't know what I'll do", "he'll hurt himself"
            r"(?:stopping|quitting|coming off) (?:all )?(?:of )?my (?:meds|medication|pills|"
            r"tablets|insulin)",
            r"(?:don'?t|do not) know what i(?:'ll|ll| will| might) do",
            r"(?:can'?t|cannot) promise (?:you )?anything about me",
            r"(?:go|gonna|going to|a go|will|'ll|would|'d) (?:hurt|harm|kill) (?:himself|herself)",
            r"(?:nothing|no reason) (?:keeping|to keep|that keeps) me (?:on this earth|here|alive|"
            r"going)",
            r"(?:the )?only reason (?:i'm|im|i am) still (?:here|alive|breathing)",
            r"ways? to have an accident",
            r"if i (?:don'?t|do not) wake up (?:tomorrow|tmr|tmrw|tomoz|in the morning)",
            r"(?:read|see|hear) (?:it|me) at (?:the|my) funeral",
            r"(?:don'?t|do not) (?:call|come|bother) when (?:you|u) hear the news",
            r"(?:walk|walking) into the (?:sea|river|lake|canal|ocean|vistula|thames|liffey)",
            r"(?:i'll|ill|i will|i'd) be (?:in|at the bottom of) the (?:river|sea|canal|lake|"
            r"liffey|thames)",
            r"magpapakamatay|khud ko kuch (?:kar|kr)|mara hua (?:muh|munh|mooh)",
            r"(?:don'?t|do not) be surprised if i'?m not (?:alive|breathing|here when)",
            # veiled: "if u don't pick up i'll do something stupid and it'll be ur fault"
            r"(?:i'll|i will|ill|i'm gonna|im gonna|i'm going to|im going to|i might) "
            r"(?:end up )?do something (?:stupid|drastic|silly|i can'?t take back)",
        ),
        provenance="Safety first: self-harm threats, including those used to control a partner.",
        message="This speaks of self-harm. " + WHY,
        suggestion="If you are in danger of hurting yourself, please reach out now; OurWay "
        "can show crisis lines.",
        should_flag=(
            "If you leave me I'll kill myself.",
            "You told me if I go see the lawyer you'll kill yourself.",
            "sometimes I want to die",
            "kms if you walk out that door tonight. im serious",
            "If you go I'll take every pill in the cabinet.",
            "If you walk out that door I'm swallowing every tablet in that cupboard.",
            "I'm going to drive into a tree tonight and you can explain to everyone why.",
            "if u dont pick up next time i'll do something stupid and it'll be ur fault",
            "Go then. Just remember I've got nothing left to live for.",
            "if u go to ur dads this weekend just know i might not wake up sunday",
            "If you move out I won't survive that. I've looked up how.",
            "If you go back to that job I'll stop taking my insulin. Your choice.",
            "if you take that job I'm stopping my meds. all of them. I mean it.",
            "if you move out I don't know what I'll do. I'm just being honest",
            "if i dont wake up tmr at least u had fun at Jia's party 🙃",
            "if you go back to Kraków without me I'll walk into the Vistula lol. not even joking",
            "You are the only reason I'm still here. If you walk out, think about that.",
        ),
        should_pass=(
            "I'm dying to see that movie",
            "Did you take all the pills the vet gave us? Rex seems better.",
            "Some idiot tried to drive into the wall at the car park 😂",
            "If you leave me alone with your credit card I'll do something stupid like buy a boat",
            "I'm bored, I'm going to do something stupid with my hair tonight",
            "I won't survive this week without coffee",
            "I looked up how to make sourdough and now the kitchen is covered in flour",
            "The GP says I'm stopping my meds on Friday, finally!",
            "I don't know what I'll do with all this lasagne, come over?",
            "careful on that ladder, he'll hurt himself showing off",
        ),
        skip=frozenset(),  # negation: see _self_harm
        check=_self_harm,
    ),
    Rule(
        id="danger.fear",
        label="danger",
        pattern=words(
            r"(?:i'm|im|i am|i was|i've been|i get|i feel|i'm so|i'm really) (?:so |really |"
            r"very |always |honestly |genuinely |actually |kinda |kind of |a bit |pretty )?"
            r"(?:scared|afraid|terrified|frightened)"
            r" (?:of (?:him|her|you|u|them|my|what|how)|to (?:go home|be home|leave|tell|say|"
            r"be alone|disagree|speak|ask|sleep|come home|be there|go back|be around)|"
            r"(?:he|she|you)'?(?:ll| will| might|"
            r" is going| are going| would)|for my (?:life|safety|kids|children))",
            r"(?:you're|you are|he's|she's|he is|she is|ur) (?:really )?scaring me",
            r"(?:you|he|she) (?:scare|scares|frighten|frightens|terrify|terrifies) me",
            r"walk(?:ing)? on eggshells",
            r"(?:don't|dont|do not|didn't|never) feel safe",
            r"(?:not|never) safe (?:at home|with (?:him|her|you)|around)",
            r"fear for my (?:life|safety)",
            # "when you started yelling that you'd come and 'sort me out' ... I was scared for days"
            r"(?:scared|frightened|terrified|shaking) for days",
            r"(?:hide|hiding|hid) from (?:him|her|you)",
            # hiding to wait it out: "I just lock myself in the bathroom when he gets like that"
            r"lock(?:s|ed)? myself in (?:the|a|my) (?:bathroom|bedroom|room|car|toilet|loo)",
            r"(?:afraid|scared) (?:he|she|you)(?:'ll| will| might| is going| would)",
            # appeasing in advance: "Please don't be angry, I only spent £6 on lunch."
            r"please (?:don'?t|do not) be (?:angry|mad|cross)",
        ),
        provenance="Safety first: fear of a partner is a sign of danger.",
        message="You describe being afraid of your partner. " + WHY,
        suggestion=HELP,
        should_flag=(
            "I'm scared of him when he drinks.",
            "I don't feel safe at home",
            "I'm scared he'll catch me texting you.",
            "I just lock myself in the bathroom when he gets like that and wait it out",
            "can i crash at urs tonite? hes in one of his moods n im kinda scared to be there",
            "I don't feel safe driving with him when he's had a few.",
        ),
        should_pass=(
            "I'm scared of spiders lol",
            "I'm afraid the shop is closed",
            "So... I did a thing. I adopted a cat. Please don't be mad 🙈",
            "Please stop going up ladders when you're home alone. I'm scared you'll fall again.",
            "I'm scared to tell you this, but I've been having panic attacks at work.",
            "What I'm hearing is that you don't feel safe when I drive after a drink.",
            "You told me you didn't feel safe driving to the unit on three hours' kip.",
            "When I come down I feel ashamed and I hide from you because I can't face you.",
            "So you don't feel safe when I go quiet for days, because you don't know if I'm "
            "low. Have I got that?",
        ),
        check=_afraid_of_partner,
    ),
    Rule(
        id="danger.control",
        label="danger",
        pattern=words(
            r"(?:checks|check|checked|checking|goes through|went through|reads|read|monitors|"
            r"monitor|monitoring|tracks|track|tracking|tracked|looks through|demands|demanded)"
            r" (?:all )?(?:my|your) (?:phone|messages|texts|emails|email|location|dms|chats|"
            r"browser|history|passwords?|whatsapp|snap map|snapmap|live location)",
            # "if you didn't want me reading your texts ...", "he keeps reading my messages"
            r"(?:me|keeps|kept|been|always|constantly) (?:reading|going through|looking through)"
            r" (?:all )?(?:my|your|ur) (?:phone|messages|texts|emails|dms|chats|whatsapp)",
            r"(?:share|give|gave|hand over|handed over) (?:him|her|you|u) my (?:password|passcode|"
            r"location|phone)",
            r"(?:won't|wont|doesn't|doesnt|didn't|didnt|does not|will not|wouldn't|never) let me "
            r"(?:see|go|have|talk|work|use|visit|drive|spend|call|text|wear|leave|out|get)",
            r"(?:not|never) allowed to (?:see|go|leave|talk|work|have|spend|use|visit|wear|call)",
            r"(?:not|never) (?:meant|supposed) to (?:go|see|talk|leave|visit|call|come)"
            r"(?: \S+){0,5} without (?:him|her|asking|permission|me)",
            r"(?:have|need|had) to ask (?:(?:him|her|you) )?(?:permission|for permission|before|"
            r"first|for (?:money|bus|petrol|cash|transport))",
            r"(?:have|need|had) to get (?:his|her|your)? ?permission",
            # "now I need his ok before I go to anything", "asking permission to see my own mum"
            r"(?:need|have to get|had to get|must get|wait for) (?:his|her|your) (?:ok|okay|say-so|"
            r"blessing|permission) (?:before|to)",
            r"asking (?:his |her |your )?permission to (?:see|go|visit|call|leave|spend)",
            r"(?:takes|took|controls|control|keeps|kept|took away|holds|has|manages|took all) "
            r"(?:all )?(?:of )?(?:my|our|the) (?:money|paycheck|pay|salary|cards?|bank cards?|"
            r"bank account|phone|keys|car keys|passport|id|wages|finances)",
            r"(?:gives|gave) me an allowance",
            r"(?:cut|cuts|cutting) me off from",
            r"(?:isolat(?:e|es|ed|ing) me)",
            r"(?:stop|stopped|stops|stopping|keeps|kept) me (?:from )?(?:seeing|going|working|"
            r"talking|leaving|visiting|calling)",
            r"(?:forced|forces|force|pressured|pressures|made) me (?:to )?(?:have sex|into sex|"
            r"do things|sleep with)",
            r"(?:won't|wont|doesn't|didn't) (?:take no|stop when i said no|stop when i say no)",
            r"(?:saying|say|said) yes (?:just )?to (?:make (?:it|him|her) stop|keep the peace|"
            r"shut (?:him|her) up)",
            r"(?:kept|keeps|keep) going (?:when|after|even when|even though) i (?:said|say|told|"
            r"asked|was crying)",
            r"if i (?:don'?t|do not|won'?t|wont) (?:sleep with|have sex with) (?:him|her|you|u)",
            r"frigid",
            r"(?:kept|keeps) going anyway",
            r"(?:don'?t|dont|doh|do not) (?:you )?(?:dare )?tell me no",
            r"(?:plenty|lots|loads|a lot) of (?:other )?(?:women|girls|men|guys|people) "
            r"(?:out there )?(?:who|that) (?:will|would)",
            # money: "you will give me your full salary", "Debit card goes on the counter"
            r"give me (?:your|ur|yuh) (?:full |whole |entire )?(?:salary|pay|wages|paycheck|"
            r"pay slip|payslip|debit card|bank card)",
            r"(?:debit|bank|credit) card goes (?:on|in|to)",
            r"(?:don'?t|do not|doh) spend (?:a|one) (?:cent|penny|rand|naira|dollar|peso|shilling|"
            r"rupee|thing) without",
            r"in my name (?:that )?i (?:never|didn'?t|did not) (?:open|opened|take out|took out|"
            r"sign|signed|know about|knew about|agree to)",
            # monitoring: "Ray listens in on the extension", "I found the AirTag"
            r"listens? in on",
            r"found (?:an? |the )?(?:airtag|air tag|tracker|tracking device|gps tracker)",
            r"(?:decides|decide|chooses|choose|tells me) (?:who|what) i (?:can|see|wear|talk)",
            r"(?:who|where) (?:i was|i am|i'm|im|i've been) (?:with|talking to|sitting with|"
            r"out with|hanging out with|texting)",
            r"i'?ll know if (?:you|u) (?:go|leave|lie|see|talk|went|take|do)",
            r"(?:change|set|put|switch) (?:your|ur) (?:passcode|password|pin|lock screen) back",
            r"(?:take|took|broke|smashed|hid|hides|hide) my (?:phone|keys|car keys|passport)",
            r"(?:you're|you are|he's|she's) not (?:going|allowed) (?:out|to see|to go)",
            r"(?:i|you) can'?t see (?:your|my) (?:friends|family|sister|brother|mom|mother|"
            r"parents)",
        ),
        provenance="Safety first: coercive control (isolation, money, monitoring) is abuse.",
        message="This sounds like control over who you see, your money or your phone. " + WHY,
        suggestion=HELP,
        should_flag=(
            "He checks my phone every night.",
            "I have to ask before I see my sister now.",
            "she controls all the money and gives me an allowance",
            "Auntie wants frybread. Now I need his ok before I go to anything.",
            "cant snap rn he checks my snap map every 10 mins lol",
            "I told him no twice and he kept going anyway.",
            "From this month you will give me your full salary and I will give you what you need.",
            "There's a $14,000 line of credit in my name that I never opened.",
            "I found the AirTag taped under my car seat.",
            "I shouldn't have to ask twice. Change your passcode back to what it was.",
            "Sorry, but if you didn't want me reading your texts you shouldn't leave it unlocked.",
            "She keeps going through my phone while I sleep.",
        ),
        should_pass=(
            "Let me say it back. It's not that you want to ban me from the pub or stop me seeing "
            "the lads. Have I got that right?",
            "Can you check my phone charger is in the car?",
            "When you checked your phone while I was talking, I felt unimportant.",
            "Can you check my phone and see if the airline's emailed?",
            "I'm so sorry I read your messages. It was a violation of your privacy.",
            "I put an AirTag on my keys so I stop losing them lol",
            "I love reading your texts when I wake up.",
            "You can pay the gas bill with the debit card, it's in the drawer.",
            "I don't need you to fix it. I just need you to know where I am with it all.",
        ),
        skip=frozenset(),
        check=_control,
    ),
]
