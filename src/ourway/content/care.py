"""Safety and support, as data: the private screen, crisis lines, therapist directories.

No Django here. Texts are plain English marked with `N_` so `makemessages -k N_` finds
them; the care app translates them when it shows them. The screen's questions are written
for OurWay (they are not a published instrument) and only *offer* safety mode: they are
not a diagnosis and never produce a score that anyone sees.

Phone numbers and addresses were correct when written; a self-hoster can replace any list
with settings (see `ourway.care.conf`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


def N_(text: str) -> str:
    """Mark a string for translation without translating it here."""
    return text


# --- The private screen ---------------------------------------------------------------

# How often something happened. Values are what the form posts; the order matters.
FREQUENCIES: tuple[tuple[str, str], ...] = (
    ("never", N_("Never")),
    ("once", N_("Once or twice")),
    ("sometimes", N_("Sometimes")),
    ("often", N_("Often")),
)
FREQUENCY_WEIGHT = {"never": 0, "once": 1, "sometimes": 2, "often": 3}


@dataclass(frozen=True)
class ScreenQuestion:
    key: str
    text: str
    # Serious questions count at any frequency above "never": even once is too often.
    serious: bool = False


SCREEN_QUESTIONS: tuple[ScreenQuestion, ...] = (
    ScreenQuestion(
        "afraid",
        N_("In the last year, have you felt afraid of your partner, or of what they might do?"),
        serious=True,
    ),
    ScreenQuestion(
        "hurt",
        N_("Has your partner pushed, grabbed, hit, choked or in any other way hurt your body?"),
        serious=True,
    ),
    ScreenQuestion(
        "threatened",
        N_(
            "Has your partner threatened to hurt you, your children, your pets or "
            "themselves, to get their way?"
        ),
        serious=True,
    ),
    ScreenQuestion(
        "pressured",
        N_("Has your partner pressured or forced you into anything sexual you did not want?"),
        serious=True,
    ),
    ScreenQuestion(
        "put_down",
        N_(
            "Does your partner call you names, mock you, or put you down, alone or in "
            "front of others?"
        ),
    ),
    ScreenQuestion(
        "screamed",
        N_("Does your partner scream or swear at you, or break things when angry?"),
    ),
    ScreenQuestion(
        "money",
        N_("Does your partner keep you from having or spending your own money?"),
    ),
    ScreenQuestion(
        "isolated",
        N_("Does your partner keep you from friends or family, or punish you for seeing them?"),
    ),
    ScreenQuestion(
        "watched",
        N_(
            "Does your partner check your phone or messages, track where you are, or demand "
            "your passwords?"
        ),
    ),
)
SCREEN_KEYS = tuple(q.key for q in SCREEN_QUESTIONS)


def screen_is_positive(answers: dict[str, str]) -> bool:
    """Whether the answers suggest this person may not be safe.

    Any serious item above "never" counts; so does any other item "often", or several
    other items "sometimes". Missing or unknown answers count as "never": skipping a
    question is always allowed.

    >>> screen_is_positive({"afraid": "once"})
    True
    >>> screen_is_positive({"screamed": "once", "money": "once"})
    False
    >>> screen_is_positive({"screamed": "sometimes", "watched": "sometimes"})
    True
    """
    weights = {key: FREQUENCY_WEIGHT.get(answers.get(key, ""), 0) for key in SCREEN_KEYS}
    if any(weights[q.key] >= 1 for q in SCREEN_QUESTIONS if q.serious):
        return True
    others = [weights[q.key] for q in SCREEN_QUESTIONS if not q.serious]
    return max(others, default=0) >= 3 or sum(others) >= 4


# --- Crisis resources -------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    name: str
    how: str  # what to do, in words: "Call 1-800-799-7233"
    tel: str = ""  # digits for a tel: link
    sms: str = ""  # number for an sms: link
    url: str = ""


@dataclass(frozen=True)
class CountryResources:
    code: str
    name: str
    emergency: str
    lines: tuple[Line, ...] = field(default_factory=tuple)


CRISIS_RESOURCES: dict[str, CountryResources] = {
    "US": CountryResources(
        "US",
        N_("United States"),
        "911",
        (
            Line(
                N_("National Domestic Violence Hotline"),
                N_("Call 1-800-799-7233, any time, free and confidential"),
                tel="18007997233",
                url="https://www.thehotline.org",
            ),
            Line(
                N_("National Domestic Violence Hotline by text"),
                N_("Text START to 88788"),
                sms="88788",
            ),
            Line(
                N_("988 Suicide and Crisis Lifeline"),
                N_("Call or text 988"),
                tel="988",
                url="https://988lifeline.org",
            ),
        ),
    ),
    "GB": CountryResources(
        "GB",
        N_("United Kingdom"),
        "999",
        (
            Line(
                N_("National Domestic Abuse Helpline"),
                N_("Call 0808 2000 247, free, day and night"),
                tel="08082000247",
                url="https://www.nationaldahelpline.org.uk",
            ),
            Line(
                N_("Men's Advice Line"),
                N_("Call 0808 801 0327"),
                tel="08088010327",
                url="https://mensadviceline.org.uk",
            ),
            Line(
                N_("Samaritans"), N_("Call 116 123"), tel="116123", url="https://www.samaritans.org"
            ),
        ),
    ),
    "IE": CountryResources(
        "IE",
        N_("Ireland"),
        "112",
        (
            Line(
                N_("Women's Aid 24hr National Freephone Helpline"),
                N_("Call 1800 341 900"),
                tel="1800341900",
                url="https://www.womensaid.ie",
            ),
            Line(
                N_("Samaritans"), N_("Call 116 123"), tel="116123", url="https://www.samaritans.org"
            ),
        ),
    ),
    "CA": CountryResources(
        "CA",
        N_("Canada"),
        "911",
        (
            Line(
                N_("ShelterSafe: find a shelter or support line near you"),
                N_("Search by town on sheltersafe.ca"),
                url="https://www.sheltersafe.ca",
            ),
            Line(
                N_("9-8-8 Suicide Crisis Helpline"),
                N_("Call or text 988"),
                tel="988",
                url="https://988.ca",
            ),
        ),
    ),
    "AU": CountryResources(
        "AU",
        N_("Australia"),
        "000",
        (
            Line(
                N_("1800RESPECT"),
                N_("Call 1800 737 732, any time"),
                tel="1800737732",
                url="https://www.1800respect.org.au",
            ),
            Line(
                N_("Lifeline"), N_("Call 13 11 14"), tel="131114", url="https://www.lifeline.org.au"
            ),
        ),
    ),
    "NZ": CountryResources(
        "NZ",
        N_("New Zealand"),
        "111",
        (
            Line(
                N_("Women's Refuge crisis line"),
                N_("Call 0800 733 843"),
                tel="0800733843",
                url="https://womensrefuge.org.nz",
            ),
            Line(
                N_("Need to talk?"), N_("Call or text 1737"), tel="1737", url="https://1737.org.nz"
            ),
        ),
    ),
    "DE": CountryResources(
        "DE",
        N_("Germany"),
        "110",
        (
            Line(
                N_("Hilfetelefon Gewalt gegen Frauen"),
                N_("Call 116 016, any time, in many languages"),
                tel="116016",
                url="https://www.hilfetelefon.de",
            ),
            Line(
                N_("Hilfetelefon Gewalt an Männern"),
                N_("Call 0800 123 9900"),
                tel="08001239900",
                url="https://www.maennerhilfetelefon.de",
            ),
        ),
    ),
}
DEFAULT_COUNTRY = "US"

# For anyone outside the listed countries, or travelling: directories of helplines.
INTERNATIONAL_DIRECTORIES: tuple[Line, ...] = (
    Line(
        N_("Find a Helpline"),
        N_("Free, confidential helplines in over 130 countries"),
        url="https://findahelpline.com",
    ),
    Line(
        N_("Hot Peach Pages"),
        N_("A worldwide list of domestic abuse services, by country"),
        url="https://www.hotpeachpages.net",
    ),
)


def resources_for(country: str) -> CountryResources:
    """The crisis resources for a country code, falling back to the default country."""
    return CRISIS_RESOURCES.get((country or "").upper(), CRISIS_RESOURCES[DEFAULT_COUNTRY])


# --- The coach's safety card ---------------------------------------------------------


@dataclass(frozen=True)
class SafetyCard:
    """What the coach says when a message shows danger (see ourway.coach.safety.card)."""

    lead: str  # said first, in bold
    body: str
    link: str  # the words of the link to the private safety page
    note: str  # the private note after saving, before the link
    more: str = ""  # a second paragraph


_HELP_TO_STOP = N_(
    "Wanting to stop is a real first step. A counsellor or your doctor can point you, "
    "privately, to a programme for people who want to change how they act in a relationship."
)
_IF_UNSAFE = N_("If you are the one who feels unsafe, see private safety options")

SAFETY_CARDS: dict[str, SafetyCard] = {
    "writer": SafetyCard(
        N_("What you wrote sounds like you may not be safe."),
        N_("You deserve to be safe. Support is private and free."),
        N_("See private safety options"),
        N_("Something you wrote suggests you may not feel safe. Support is private."),
    ),
    "maybe": SafetyCard(
        N_("Some of these words often come up when someone is not safe at home."),
        N_("If that is you, you deserve to be safe. Support is private and free."),
        N_("See private safety options"),
        N_(
            "Some words you wrote often come up when someone does not feel safe. If that is "
            "you, support is private."
        ),
    ),
    "threat": SafetyCard(
        N_("These words read as a threat, or as control over your partner."),
        N_(
            "Whatever led up to them, words like these can leave a partner afraid. Take a "
            "pause before you send or keep them."
        ),
        _IF_UNSAFE,
        N_(
            "Something you wrote reads as a threat, or as control over your partner. If you "
            "want help to stop, a counsellor or your doctor can point you, privately, to a "
            "programme for people who want to change."
        ),
        _HELP_TO_STOP,
    ),
    "force": SafetyCard(
        N_("You describe using force against your partner."),
        N_(
            "Their safety comes first, before any wording, and nothing they did makes it "
            "their fault. Give them space, and the choice of when to talk."
        ),
        _IF_UNSAFE,
        N_(
            "Something you wrote describes using force against your partner. If you want help "
            "to stop, a counsellor or your doctor can point you, privately, to a programme for "
            "people who want to change."
        ),
        _HELP_TO_STOP,
    ),
}


# --- Device safety ------------------------------------------------------------------------

DEVICE_SAFETY: tuple[str, ...] = (
    N_(
        "“Exit this page” (top of every page), or pressing Shift three times quickly, swaps "
        "this page for an everyday website and signs you out, so Back shows only the log-in "
        "page."
    ),
    N_(
        "If someone else can use this phone or computer, a private or incognito window "
        "keeps no history. Otherwise you can clear this site from the browser history."
    ),
    N_(
        "OurWay signs you out after a quiet while. On a shared device you can also set a "
        "short passcode that it asks for before showing anything."
    ),
    N_(
        "If someone may be reading your email or checking your phone, it can be safer to "
        "call a helpline from a friend's phone or a work phone."
    ),
    N_(
        "Nothing you do on these pages is shown or sent to your partner: not the "
        "questions, not your answers, not safety mode."
    ),
)


# --- Finding a therapist -------------------------------------------------------------------


@dataclass(frozen=True)
class Directory:
    name: str
    url: str
    note: str = ""


COUPLES_DIRECTORIES: tuple[Directory, ...] = (
    Directory(
        N_("Gottman Referral Network"),
        "https://www.gottmanreferralnetwork.com",
        N_("Therapists trained in the Gottman Method, worldwide."),
    ),
    Directory(
        N_("ICEEFT find a therapist"),
        "https://iceeft.com/find-a-therapist/",
        N_("Therapists trained in Emotionally Focused Therapy (EFT), worldwide."),
    ),
    Directory(
        N_("Psychology Today therapist finder"),
        "https://www.psychologytoday.com/us/therapists",
        N_("Search by place and filter for couples counselling."),
    ),
    Directory(
        N_("TherapistLocator (AAMFT)"),
        "https://www.therapistlocator.net",
        N_("Marriage and family therapists in the United States and Canada."),
    ),
    Directory(
        N_("Relate"),
        "https://www.relate.org.uk",
        N_("Relationship counselling in England and Wales."),
    ),
    Directory(
        N_("Relationships Australia"),
        "https://www.relationships.org.au",
        N_("Relationship counselling across Australia."),
    ),
)

# In safety mode only these are shown: support for one person, never couples therapy.
INDIVIDUAL_DIRECTORIES: tuple[Directory, ...] = (
    Directory(
        N_("Domestic abuse advocates (through the helplines above)"),
        "https://www.thehotline.org",
        N_("Advocates help you think through your options and plan for safety, at your pace."),
    ),
    Directory(
        N_("Psychology Today therapist finder"),
        "https://www.psychologytoday.com/us/therapists",
        N_("Filter for individual therapy and for experience with domestic abuse or trauma."),
    ),
    Directory(
        N_("Open Path Collective"),
        "https://openpathcollective.org",
        N_("Lower-cost individual therapy in the United States."),
    ),
    Directory(
        N_("BACP therapist directory"),
        "https://www.bacp.co.uk/search/Therapists",
        N_("Individual counsellors in the United Kingdom."),
    ),
)


def parse_directories(raw: str) -> tuple[Directory, ...]:
    """Directories from a setting: entries separated by ";", name and URL by "|".

    Entries without an https address are left out rather than shown broken.

    >>> parse_directories("Local clinic|https://clinic.example; broken")
    (Directory(name='Local clinic', url='https://clinic.example', note=''),)
    """
    found = []
    for entry in raw.split(";"):
        parts = [part.strip() for part in entry.split("|")]
        if len(parts) >= 2 and parts[0] and parts[1].startswith("https://"):
            found.append(Directory(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return tuple(found)


# --- Calling in reinforcements ------------------------------------------------------------


@dataclass(frozen=True)
class SignalText:
    title: str
    why: str  # why it matters, plainly
    therapist: str  # what a couples therapist can do about it


SIGNAL_TEXTS: dict[str, SignalText] = {
    "contempt": SignalText(
        N_("Contempt keeps showing up in what you write"),
        N_(
            "Over the last month the coach noticed mockery, eye-rolling words or "
            "put-downs in several things you wrote, on different days. Contempt says "
            "“I am above you”, and of all the hard patterns it is the one that most "
            "strongly predicts a couple drifting apart. It usually grows out of hurt "
            "that has gone unheard for a long time."
        ),
        N_(
            "A couples therapist can help you both find the hurt under the contempt, and "
            "rebuild the habit of noticing what you appreciate in each other."
        ),
    ),
    "turn_toward": SignalText(
        N_("Bids are often being missed"),
        N_(
            "For four weeks in a row, fewer than half of the bids you logged were met by "
            "turning towards them. In long-term research, couples who stayed together "
            "turned towards each other far more often, about six times in seven. Missed "
            "bids are quiet, but they add up to loneliness."
        ),
        N_(
            "A couples therapist can help you both notice each other's bids again, and "
            "look at what makes turning towards hard right now."
        ),
    ),
    "checkins": SignalText(
        N_("Your check-ins have been sliding"),
        N_(
            "How close you feel has been lower these last weeks than the weeks before. A "
            "slide that lasts is worth taking seriously before it becomes the new normal."
        ),
        N_(
            "A therapist can help you name what changed, and slow things down enough for "
            "both of you to be heard."
        ),
    ),
    "same_topic": SignalText(
        N_("The same subject keeps coming back"),
        N_(
            "You have come back to the same subject in several repair conversations, and "
            "none of them ended in an agreement. Most couples have a few problems that "
            "never fully go away; being stuck on one is different, and it wears you both "
            "down."
        ),
        N_(
            "A couples therapist is trained to help with exactly this kind of gridlock: "
            "to find the dreams and fears underneath, so you can talk about it without "
            "hurting each other."
        ),
    ),
    "unresolved": SignalText(
        N_("Repair conversations often end unfinished"),
        N_(
            "Most of your recent repair conversations ended before either of you felt "
            "fully heard or before you agreed on a next step. That is common when hurt "
            "runs deep, and it is hard to change from the inside."
        ),
        N_(
            "A therapist can sit with you both and keep the conversation safe enough to "
            "finish: slowing it down, and helping each of you hear the other."
        ),
    ),
}
