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

from typing import NamedTuple

from ourway.coach import model
from ourway.coach.engine import Hit
from ourway.coach.result import HORSEMEN, NEEDS, Analysis, Finding, Turn
from ourway.coach.text import Doc

# Log-odds a rule hit adds to the model's own score for the rule's label.
RULE_TRUST = 6.0  # about the gap between a neutral message's log-odds and a threshold

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


_NOT_PLAIN = bytes(c for c in range(256) if c not in b"abcdefghijklmnopqrstuvwxyz0123456789' ")
_NOT_LETTERS = b"0123456789' "


def _plain(words: bytes) -> bool:
    """Words we can point at: letters, digits, apostrophes (no "?" or stray bytes)."""
    # Only those bytes (deleting the others changes nothing), and not only digits and marks.
    return words.translate(None, _NOT_PLAIN) == words and bool(words.translate(None, _NOT_LETTERS))


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
    top = None
    for w, words in m.top_words(label, toks):  # best first
        if w <= 0:
            break
        if _plain(words):
            top = words
            break
    span = _span(doc, top) if top is not None else None
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


class _Plan(NamedTuple):
    """What add_learned needs from one model, worked out once per model.

    Each decided label is its own field or list item, so the order they are decided in
    does not matter; they are grouped by where they live.
    """

    accusing: tuple[tuple[str, int, float], ...]  # blame, harsh_startup: attribute, logit, cut
    flags: tuple[tuple[str, int, float], ...]  # reflection, logistics
    lists: tuple[tuple[str, tuple[str, ...], bool, tuple[tuple[str, int, float], ...]], ...]
    danger: tuple[int, float] | None  # logit index and cut, when the model has danger
    turns: tuple[int, ...] | None  # logit indexes of TURNS, when it has all three
    explained: tuple[tuple[str, int], ...]  # labels that may need a model finding
    explainable: frozenset[str]  # the labels of `explained`


_ORDER: dict[str, tuple[str, ...]] = {"horsemen": HORSEMEN, "needs": NEEDS}
_PLANS: list[tuple[model.Model, _Plan]] = []


def _plan(m: model.Model) -> _Plan:
    if _PLANS and _PLANS[0][0] is m:
        return _PLANS[0][1]
    where = m.index
    cut = m.cuts
    decided = [label for label in DECIDED if label in where]
    flags = [label for label in decided if ":" not in label]

    def items(labels: list[str]) -> tuple[tuple[str, int, float], ...]:
        return tuple(
            (label.partition(":")[2] or label, where[label], cut.get(label, 0.0))
            for label in labels
        )

    lists = []
    for key, order in _ORDER.items():
        mine = [label for label in decided if label.startswith(key + ":")]
        lists.append((key, order, key in _ACCUSING, items(mine)))
    explained = tuple(
        (label, where[label])
        for label in (*DECIDED, "danger", *(f"turn:{x}" for x in TURNS))
        if label in where
    )
    plan = _Plan(
        items([label for label in flags if label in _ACCUSING]),
        items([label for label in flags if label not in _ACCUSING]),
        tuple(lists),
        (where["danger"], cut.get("danger", 0.0)) if "danger" in where else None,
        tuple(where[f"turn:{x}"] for x in TURNS)
        if all(f"turn:{x}" in where for x in TURNS)
        else None,
        explained,
        frozenset(label for label, _ in explained),
    )
    _PLANS[:] = [(m, plan)]  # model.use() swaps models while training
    return plan


def _decide(result: Analysis, logits: list[float], plan: _Plan, whole: bool) -> None:
    """The model's say on each decided label, given whether the rules gave it: a rule hit
    stands unless the model is strongly against it (never past the words it reads), and
    the model adds a label on its own only when confident."""
    partial = not whole
    # Precision over recall: the model never adds an accusation (blame, a horseman, a
    # harsh start-up) that no rule pointed at. A false "contempt" in a couple's message
    # hurts more than a miss; the model may only take such a label away.
    for attr, i, cut in plan.accusing:
        if getattr(result, attr) and not (partial or logits[i] + RULE_TRUST >= cut):
            setattr(result, attr, False)
    for attr, i, cut in plan.flags:
        ruled = bool(getattr(result, attr))
        want = (partial or logits[i] + RULE_TRUST >= cut) if ruled else logits[i] >= cut
        if want != ruled:
            setattr(result, attr, want)
    for key, order, accusing, members in plan.lists:
        current = getattr(result, key)
        if accusing and not current:
            continue  # nothing to take away, and nothing may be added
        have: set[str] | None = None
        for value, i, cut in members:
            ruled = value in current
            if ruled:
                want = partial or logits[i] + RULE_TRUST >= cut
            else:
                want = not accusing and logits[i] >= cut
            if want != ruled:
                if have is None:
                    have = set(current)
                if want:
                    have.add(value)
                else:
                    have.discard(value)
        if have is not None:
            setattr(result, key, [v for v in order if v in have])


def add_learned(doc: Doc, hits: list[Hit], result: Analysis, reply_to: Doc | None) -> None:
    """Decide the fuzzy labels with the model, add danger, keep findings consistent."""
    m = model.get()
    plan = _PLANS[0][1] if _PLANS and _PLANS[0][0] is m else _plan(m)
    toks = model.tokens(doc)
    logits = m.logits(toks, reply_to)  # in m.labels order; cuts are log-odds: no sigmoid
    # The model reads at most MAX_TOKENS words; past that it may add but never overrule.
    _decide(result, logits, plan, len(toks) < model.MAX_TOKENS)
    if plan.danger is not None and not result.danger and logits[plan.danger[0]] >= plan.danger[1]:
        result.danger = True
    if reply_to is not None and plan.turns is not None:
        ruled_turn = result.turn
        scores: dict[Turn, float] = {
            x: logits[i] + (RULE_TRUST if x == ruled_turn else 0.0)
            for x, i in zip(TURNS, plan.turns, strict=True)
        }
        turn: Turn = max(TURNS, key=scores.__getitem__)  # the first of equals, as before
        result.turn = turn
    horsemen = result.horsemen
    if "criticism" in horsemen or "contempt" in horsemen:
        result.blame = True  # the label guide: criticism and contempt at the partner are blame
    if result.logistics and any(getattr(result, key) for key in _EMOTIONAL):
        result.logistics = False
    if not result.findings and not (
        result.blame
        or result.harsh_startup
        or result.reflection
        or result.danger
        or result.logistics
        or horsemen
        or result.needs
        or result.turn
    ):
        return  # no finding to check, no label the model would have to explain
    on = _labels_on(result)
    todo = on & plan.explainable
    result.findings = [f for f in result.findings if f.label in on]
    shown = {f.label for f in result.findings}
    for h in hits:  # in order: an implied label can imply further ones
        if h.rule.also and h.rule.label in shown:
            shown.update(h.rule.also)
    if "horsemen:criticism" in shown or "horsemen:contempt" in shown:
        shown.add("blame")
    if todo <= shown:
        return
    for label, i in plan.explained:
        if label not in todo or label in shown:
            continue
        if _explain(doc, result, label, toks, model.sigmoid(logits[i])):
            continue
        if label != "danger" and not label.startswith("turn:"):
            _set(result, label, False)  # danger stays raised; a reply always has a turn
    horsemen = result.horsemen
    if "criticism" in horsemen or "contempt" in horsemen:
        result.blame = True


# Finding labels the result always agrees with (i_feel and apology: the rules' own).
_ALWAYS_ON = frozenset(
    {"i_feel:valid", "i_feel:faux", "apology:non_apology", "apology:partial"}
    | {f"apology_parts:{p}" for p in ("remorse", "responsibility", "amends", "change")}
)
_HORSEMEN_ON = {h: f"horsemen:{h}" for h in HORSEMEN}
_NEEDS_ON = {n: f"needs:{n}" for n in NEEDS}
_TURN_ON = {t: f"turn:{t}" for t in TURNS}


def _labels_on(result: Analysis) -> set[str]:
    """Every finding label the result agrees with (i_feel and apology: the rules' own)."""
    on = set(_ALWAYS_ON)
    on.update(map(_HORSEMEN_ON.__getitem__, result.horsemen))
    on.update(map(_NEEDS_ON.__getitem__, result.needs))
    on.update(k for k in _FLAGS if getattr(result, k))
    if result.turn:
        on.add(_TURN_ON[result.turn])
    return on


_FLAGS = ("blame", "fine_shield", "harsh_startup", "reflection", "danger", "logistics")
