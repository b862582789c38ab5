"""What the live coach adds beside the speaker's and the listener's words.

The coach itself finds blame, the four horsemen and whether a text reads as a reflection.
These small checks add what a listener most often slips into, each explainable by the
words that set it off:

>>> result = {"reflection": False, "horsemen": []}
>>> [h[:20] for h in reflection_hints(result, "You should just ask me.")]
['Jumping to a fix can ']
"""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import gettext as _

# Only phrases that nearly always mean what they say; a wrong nudge in the middle of a hard
# conversation does more harm than a missed one.
SOLVING = re.compile(
    r"(?i)\b(?:you should|you could just|why don't you|why do(?:n't)? you just|why not just|"
    r"just (?:do|try|ask|tell|stop|let|get|say|go)|what if you|next time,? you|"
    r"the (?:answer|solution|fix) is|all you (?:have|need) to do)\b"
)
FACTS = re.compile(
    r"(?i)\b(?:that's not (?:true|what happened|right|fair)|that is not (?:true|what happened)|"
    r"that never happened|it wasn't like that|you're wrong|you are wrong|you're exaggerating|"
    r"to be fair|actually,? (?:I|it|that|you) )"
)
# "When I…" opening a sentence is the listener's own story, unless it is plainly the speaker's
# words said back ("what I hear is that when I work late, you feel…" is a reflection).
STORY = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:when I\b|I also\b)|\b(?:that reminds me|me too|same (?:thing )?"
    r"(?:happens|happened) to me|what about me|I had a (?:hard|long|bad) day too)\b"
)


def reflection_hints(result: dict[str, Any], text: str) -> list[str]:
    hints: list[str] = []
    if "defensiveness" in result.get("horsemen", []):
        hints.append(
            _(
                "This sounds like defending yourself. For now, only say back "
                "what you heard; your side gets its own turn."
            )
        )
    if FACTS.search(text):
        hints.append(
            _(
                "Correcting the facts can wait. Right now what matters is "
                "how it was for your partner, even if you remember it differently."
            )
        )
    if not result.get("reflection") and STORY.search(text):
        hints.append(
            _(
                "This moves to your own story. Keep the light on your "
                "partner for now; you will speak next."
            )
        )
    if SOLVING.search(text):
        hints.append(
            _(
                "Jumping to a fix can sound like “stop feeling that”. First "
                "make sure your partner feels understood."
            )
        )
    # The listener's box offers no kinder rewrite (see talk.apps): this line is the shape.
    if not result.get("reflection"):
        hints.append(
            _("This doesn't read as a reflection yet. Try: “What I'm hearing is … Did I get that?”")
        )
    return hints


def speaker_hints(result: dict[str, Any], text: str) -> list[str]:
    hints: list[str] = []
    if result.get("blame") or "criticism" in result.get("horsemen", []):
        hints.append(
            _(
                "Describe one moment and what it did inside you, rather than "
                "what your partner is like."
            )
        )
    if result.get("i_feel") is None and not re.search(r"(?i)\bI (?:feel|felt)\b", text):
        hints.append(_("Try: “When …, I feel …, because I interpret it as …”."))
    return hints
