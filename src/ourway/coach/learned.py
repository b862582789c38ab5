"""How the learned layer (model.py) and the rules decide together, and how it explains.

- Fuzzy labels (blame, the four horsemen, harsh_startup, reflection, needs, logistics and
  the turn of a reply) are decided together: the model's log-odds for the label, plus
  RULE_TRUST when a rule gave the label, against the label's threshold. So a rule hit
  stands unless the text model is strongly against it, and the model adds a label the
  rules missed when it is confident on its own.
- Danger is a union: any danger rule, or the model above a low threshold (a missed danger
  is the worst error the coach can make).
- Precise labels (fine_shield, i_feel, apology and its parts) stay with the rules.

Thresholds come from k-fold cross-validation (scripts/train_coach.py) and ship in
data/model.json. Every label the model adds becomes a finding that points at the word or
word pair that pushed it up most; findings of labels the model dropped are removed, so
findings always agree with the labels.
"""

from __future__ import annotations

from ourway.coach import model
from ourway.coach.engine import Hit, is_warm
from ourway.coach.result import HORSEMEN, NEEDS, Analysis, Finding, Turn
from ourway.coach.text import Doc

# Log-odds a rule hit adds to the model's own score for the rule's label.
RULE_TRUST = 6.0  # about the gap between a neutral message's log-odds and a threshold

# Extra log-odds the model needs to add an accusation no rule pointed at (chosen among 0,
# 1, 2, 3 and "never" on the test and holdout splits, confirmed on holdout2).
ADD_MARGIN = 1.0

# A gentle request ("I miss us. Could we ...?") is the antidote to blame: the model, which
# sees words and not intent, may not add an accusation to a message that makes one.
_GENTLE_ASKS = (b"i miss", b"could we", b"can we", b"shall we", b"would you be up",
                b"would you like", b"i'd love", b"i would love", b"i'd like us")  # fmt: skip


def _gentle(doc: Doc) -> bool:
    """Warm or a gentle request: no accusation may be added by the model alone."""
    return is_warm(doc) or any(ask in doc.b for ask in _GENTLE_ASKS)


_ABOUT_YOU = (b"you", b"u ", b"ur ", b"your")
_AFFECTION = (b"love you", b"love u", b"luv you", b"luv u", b"miss you", b"miss u",
              b"\xe2\x9d\xa4", b"favourite", b"proud of", b"can't wait to see")  # fmt: skip


def _affectionate(doc: Doc) -> bool:
    """Affection anywhere, or a kiss ("x", "xx") to sign off."""
    if any(word in doc.b for word in _AFFECTION) or is_warm(doc):
        return True
    last = doc.b.rstrip(b" .!\n").rsplit(None, 1)[-1:] or [b""]
    return last[0].strip(b"x") == b"" and last[0] != b""


# Labels the model decides (adds or drops); danger it can only add.
DECIDED = (
    "blame",
    "horsemen:criticism",
    "horsemen:contempt",
    "horsemen:defensiveness",
    "horsemen:stonewalling",
    "harsh_startup",
    "reflection",
    "logistics",
    "needs:safety",
    "needs:respect",
    "needs:heard",
    "needs:priority",
)
TURNS: tuple[Turn, ...] = ("toward", "away", "against")

_WHY = {
    "danger": "Words here often come with danger or control at home.",
    "blame": "Words here often come with blaming your partner.",
    "harsh_startup": "Words here often open a hard talk harshly.",
    "reflection": "This reads like reflective listening.",
    "logistics": "This reads like household admin only.",
}
_SUGGEST = {
    "danger": "You deserve to be safe. OurWay can show private support and crisis resources.",
    "reflection": "Good listening: end with a check ('did I get that right?').",
    "logistics": "Nothing to soften here.",
}
_DEFAULT_SUGGESTION = "Read it once more as your partner would, and say it from your side."

# Labels the model may not add to a warm message ("you always make me laugh"): n-grams
# cannot see that "always" is praise there; the rules' positive guard can.
_ACCUSING = frozenset({"blame", "horsemen", "harsh_startup"})
# Labels that make a message more than admin.
_EMOTIONAL = ("blame", "danger", "horsemen", "apology", "i_feel", "reflection", "needs",
              "fine_shield", "harsh_startup")  # fmt: skip


_PLAIN = b"abcdefghijklmnopqrstuvwxyz0123456789' "
_NOT_LETTERS = b"0123456789' "


def _plain(words: bytes) -> bool:
    """Words we can point at: letters, digits, apostrophes (no "?" or stray bytes)."""
    return not words.translate(None, _PLAIN) and bool(words.translate(None, _NOT_LETTERS))


def _span(doc: Doc, words: bytes) -> tuple[int, int] | None:
    at = doc.b.find(words)
    if at == -1:
        at = doc.b.find(words.split()[0])
        if at == -1:
            return None
        words = words.split()[0]
    return doc.chars(at), doc.chars(at + len(words))


def _explain(doc: Doc, result: Analysis, label: str, toks: list[bytes], prob: float) -> bool:
    """Add a finding pointing at the words that pushed `label` up most (False: none)."""
    m = model.get()
    top = next((words for w, words in m.top_words(label, toks) if w > 0 and _plain(words)), None)
    span = _span(doc, top) if top else None
    if span is None:
        return False  # no words to point at: stay quiet rather than flag without a reason
    start, end = span
    key, _, value = label.partition(":")
    why = _WHY.get(key, f"Words here often come with {value or key}.")
    result.findings.append(
        Finding(
            f"model.{label.replace(':', '.')}",
            label,
            start,
            end,
            f'{why} The strongest sign is "{doc.text[start:end]}" (learned from '
            f"OurWay's labelled examples, p={prob:.2f}).",
            _SUGGEST.get(key, _DEFAULT_SUGGESTION),
        )
    )
    return True


def _has(result: Analysis, label: str) -> bool:
    key, _, value = label.partition(":")
    if key == "horsemen":
        return value in result.horsemen
    if key == "needs":
        return value in result.needs
    if key == "turn":
        return result.turn == value
    if key in ("i_feel", "apology", "apology_parts"):
        return True  # the rules' own business
    return bool(getattr(result, key))


def _set(result: Analysis, label: str, on: bool) -> None:
    key, _, value = label.partition(":")
    if key == "horsemen":
        have = set(result.horsemen) - {value} | ({value} if on else set())
        result.horsemen = [h for h in HORSEMEN if h in have]
    elif key == "needs":
        have = set(result.needs) - {value} | ({value} if on else set())
        result.needs = [n for n in NEEDS if n in have]
    else:
        setattr(result, key, on)


def add_learned(doc: Doc, hits: list[Hit], result: Analysis, reply_to: Doc | None) -> None:
    """Decide the fuzzy labels with the model, add danger, keep findings consistent."""
    m = model.get()
    toks = model.tokens(doc)
    logits = m.logit_map(toks, reply_to)
    cut = m.cuts  # thresholds as log-odds: no sigmoid per label
    # The model reads at most MAX_TOKENS words; past that it may add but never overrule.
    whole = len(toks) < model.MAX_TOKENS
    for label in DECIDED:
        z = logits.get(label)
        if z is None:
            continue
        ruled = _has(result, label)
        if ruled:
            want = z + RULE_TRUST >= cut.get(label, 0.0) or not whole
        elif label.partition(":")[0] in _ACCUSING:
            # Precision over recall: the model adds an accusation (blame, a horseman, a
            # harsh start-up) that no rule pointed at only when it is surer than for other
            # labels (ADD_MARGIN more log-odds), and never to a warm message: a false
            # "contempt" in a couple's message hurts more than a miss.
            want = z >= cut.get(label, 0.0) + ADD_MARGIN and not _gentle(doc)
            if label == "harsh_startup":
                # A start-up is harsh through an attack or a summons: a gentle "could we
                # talk this weekend?" opens a hard topic too, and is the antidote.
                want = want and (result.blame or bool(result.horsemen) or b"?" not in doc.b)
        else:
            want = z >= cut.get(label, 0.0)
            if label == "reflection":
                # Reflecting is about the partner: "sounds good!" is not a paraphrase.
                want = want and any(word in doc.b for word in _ABOUT_YOU)
        if want != ruled:
            _set(result, label, want)
    if "danger" in logits and not result.danger and logits["danger"] >= cut.get("danger", 0.0):
        result.danger = True
    if reply_to is not None and all(f"turn:{x}" in logits for x in TURNS):
        ruled_turn = result.turn
        result.turn = max(
            TURNS, key=lambda x: logits[f"turn:{x}"] + (RULE_TRUST if x == ruled_turn else 0.0)
        )
    if {"criticism", "contempt"} & set(result.horsemen):
        result.blame = True  # the label guide: criticism and contempt at the partner are blame
    if result.reflection and (result.blame or "contempt" in result.horsemen):
        # A "paraphrase" that lands as a verdict ("so what you're saying is I'm useless.
        # Great.") is not reflective listening; no labelled example has both.
        result.reflection = False
    if result.logistics and (
        any(_has_key(result, key) for key in _EMOTIONAL) or _affectionate(doc)
    ):
        result.logistics = False  # the label guide: "love you xx" is more than admin
    on = _labels_on(result)
    result.findings = [f for f in result.findings if f.label in on]
    shown = {f.label for f in result.findings}
    shown.update(a for h in hits if h.rule.label in shown for a in h.rule.also)
    if shown & {"horsemen:criticism", "horsemen:contempt"}:
        shown.add("blame")
    for label in (*DECIDED, "danger", *(f"turn:{x}" for x in TURNS)):
        if label not in on or label in shown or label not in logits:
            continue
        if _explain(doc, result, label, toks, model.sigmoid(logits[label])):
            continue
        if label != "danger" and not label.startswith("turn:"):
            _set(result, label, False)  # danger stays raised; a reply always has a turn
    if {"criticism", "contempt"} & set(result.horsemen):
        result.blame = True


def _labels_on(result: Analysis) -> set[str]:
    """Every finding label the result agrees with (i_feel and apology: the rules' own)."""
    on = {"i_feel:valid", "i_feel:faux", "apology:non_apology", "apology:partial"}
    on.update(f"apology_parts:{p}" for p in ("remorse", "responsibility", "amends", "change"))
    on.update(f"horsemen:{h}" for h in result.horsemen)
    on.update(f"needs:{n}" for n in result.needs)
    on.update(k for k in _FLAGS if getattr(result, k))
    if result.turn:
        on.add(f"turn:{result.turn}")
    return on


_FLAGS = ("blame", "fine_shield", "harsh_startup", "reflection", "danger", "logistics")


def _has_key(result: Analysis, key: str) -> bool:
    value = getattr(result, key)
    return bool(value)
