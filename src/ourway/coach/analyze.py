"""`analyze(text, reply_to=None)`: the coach's one entry point.

Texts up to MAX_CHARS characters are analysed whole. Longer texts, up to MAX_TEXT_CHARS,
are analysed in consecutive windows of at most MAX_CHARS characters (cut at a space where
possible) and the windows' labels are merged, so cost stays linear. A text (or the bid it
answers) longer than MAX_TEXT_CHARS is refused with `TextTooLong`, a ValueError that says
so plainly: the coach reads one message, and the JSON API takes no more either.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ourway.coach.engine import Hit, find_hits, warm
from ourway.coach.learned import add_learned
from ourway.coach.result import (
    HORSEMEN,
    NEEDS,
    PARTS,
    Analysis,
    ApologyVerdict,
    Finding,
    Horseman,
    Need,
    Part,
)
from ourway.coach.rewrite import apology_advice, has_gap, reflection_advice, rewrite
from ourway.coach.text import Doc, prepare
from ourway.coach.turning import decide_turn

MAX_CHARS = 20_000  # characters analysed in one window; longer texts are windowed
# The longest text analysed at all, about 0.1 s of work: a message, a letter, never a whole
# chat history (1 MB would take about a second and tell the writer nothing they could use).
MAX_TEXT_CHARS = 100_000
MAX_FINDINGS = 100  # findings kept per message, in text order
_CUT_SEARCH = 200  # how far back from a window edge we look for a space to cut at

# Labels whose hits, when present, stop a message from being "only logistics".
_NOT_ADMIN = frozenset(
    {
        "blame",
        "horsemen",
        "fine_shield",
        "harsh_startup",
        "i_feel",
        "apology",
        "reflection",
        "needs",
        "danger",
    }
)


# Leading characters a finding keeps: "*rolls eyes*", quotes around a mocked word.
_KEEP = frozenset("*'\"\u2018\u201c")


def _key(label: str) -> str:
    return label.split(":", 1)[0]


def _value(label: str) -> str:
    return label.split(":", 1)[1] if ":" in label else ""


# Label strings built once ("horsemen:criticism" ...), not per message.
_HORSEMEN_LABELS = tuple((h, f"horsemen:{h}") for h in HORSEMEN)
_NEEDS_LABELS = tuple((n, f"needs:{n}") for n in NEEDS)
_PART_LABELS = tuple((p, f"apology_parts:{p}") for p in PARTS)


def _apology(hits: list[Hit], labels: set[str]) -> tuple[ApologyVerdict | None, list[Part]]:
    """The apology verdict from the hits' own labels (not the labels they imply)."""
    if "apology:non_apology" in labels:
        return "non_apology", []
    parts: list[Part] = [p for p, label in _PART_LABELS if label in labels]
    if "remorse" not in parts and not any(h.rule.id == "apology.responsibility" for h in hits):
        return None, []
    owned = "remorse" in parts and "responsibility" in parts
    if owned and ("amends" in parts or "change" in parts):
        return "complete", parts
    return "partial", parts


def _requirements_met(hits: list[Hit]) -> list[Hit]:
    """Drop hits whose rule `requires` a label no other hit has, or has an `unless` one."""
    for hit in hits:
        if hit.rule.requires or hit.rule.unless:
            break
    else:
        return hits
    plain = [h for h in hits if not h.rule.requires and not h.rule.unless]
    labels = {h.rule.label for h in plain} | {a for h in plain for a in h.rule.also}
    # One level further: a hit kept back only by `unless` labels that no plain hit has
    # still counts ("it sounds like you ..." is a reflection unless it is contempt, and a
    # reflection's "if you tell me, I'll ..." is then no ultimatum).
    stands = [h for h in hits if h.rule.unless and not h.rule.requires
              and not labels & set(h.rule.unless)]  # fmt: skip
    labels |= {h.rule.label for h in stands} | {a for h in stands for a in h.rule.also}
    return [
        h
        for h in hits
        if (not h.rule.requires or labels & set(h.rule.requires))
        and not labels & set(h.rule.unless)
    ]


def decide(doc: Doc, hits: list[Hit], reply_to: str | None) -> Analysis:
    """Turn rule hits into the labelled result (without the rewrite)."""
    result = Analysis()
    if not hits:
        # Nothing fired: every label keeps its default; only a reply still has a turn.
        if reply_to is not None:
            result.turn = decide_turn(doc, hits, result, reply_to)
        return result
    hits = _requirements_met(hits)
    labels = {hit.rule.label for hit in hits}
    seen = set(labels)
    for hit in hits:
        if hit.rule.also:
            seen.update(hit.rule.also)
    result.blame = "blame" in seen
    result.horsemen = [h for h, label in _HORSEMEN_LABELS if label in seen]
    result.fine_shield = "fine_shield" in seen
    result.harsh_startup = "harsh_startup" in seen
    if "i_feel:faux" in seen:
        result.i_feel = "faux"
    elif "i_feel:valid" in seen:
        result.i_feel = "valid"
    result.apology, result.apology_parts = _apology(hits, labels)
    result.reflection = "reflection" in seen
    result.needs = [n for n, label in _NEEDS_LABELS if label in seen]
    result.danger = "danger" in seen
    result.logistics = "logistics" in seen and not any(
        label.partition(":")[0] in _NOT_ADMIN for label in seen
    )
    if reply_to is not None:
        result.turn = decide_turn(doc, hits, result, reply_to)
    result.findings = _findings(doc, hits, result)
    return result


_BY_PLACE = itemgetter(1, 2)  # a hit's (start, end)


def _keep(label: str, result: Analysis) -> bool:
    """Drop hits the final verdict overrode, so findings agree with the labels."""
    key, _, value = label.partition(":")
    if key == "logistics":
        return result.logistics
    if key == "apology_parts":
        return result.apology not in (None, "non_apology")
    if key == "turn":
        return result.turn == value
    return True


# Keys whose findings _keep may drop; a finding of any other label is always kept.
_OVERRIDDEN = ("logistics", "apology_parts", "turn")


def _findings(doc: Doc, hits: list[Hit], result: Analysis) -> list[Finding]:
    out: dict[tuple[str, int, int], Finding] = {}
    text = doc.text
    for hit in sorted(hits, key=_BY_PLACE) if len(hits) > 1 else hits:
        rule = hit.rule
        if rule.label.startswith(_OVERRIDDEN) and not _keep(rule.label, result):
            continue
        if doc.ascii:
            start, end = hit.start, hit.end
        else:
            start, end = doc.chars(hit.start), doc.chars(hit.end)
        # Trim spaces a pattern may have eaten so text[start:end] is exactly the words
        # (a hit on marks alone, such as an eye-roll emoji, keeps its marks).
        first, last = start, end
        while start < end and not text[start].isalnum() and text[start] not in _KEEP:
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
            end -= 1
        if start == end:
            start, end = first, last
        key = (rule.id, start, end)
        if key not in out:
            out[key] = Finding(rule.id, rule.label, start, end, rule.message, rule.suggestion)
        if len(out) >= MAX_FINDINGS:
            break
    return list(out.values())


def _analyze_window(text: str, reply_to: str | None) -> tuple[Doc, Analysis]:
    doc = prepare(text)
    hits = find_hits(doc, reply=reply_to is not None)
    result = decide(doc, hits, reply_to)
    add_learned(doc, hits, result, prepare(reply_to) if reply_to is not None else None)
    # In text order; at the same start a rule's finding comes before the model's.
    if len(result.findings) > 1:
        result.findings.sort(key=lambda f: (f.start, f.rule.startswith("model."), f.end))
    # Advice about the whole message, on each finding it concerns: what a whole apology
    # still needs; a reflection that already checks itself is not told to check.
    if result.apology in ("complete", "partial"):
        _advise(result, "apology_parts:", apology_advice(result))
    if result.reflection:
        _advise(result, "reflection", reflection_advice(doc.text))
    return doc, result


def _advise(result: Analysis, label: str, advice: str | None) -> None:
    if advice is not None:
        result.findings = [
            f._replace(suggestion=advice) if f.label.startswith(label) else f
            for f in result.findings
        ]


def _windows(text: str) -> list[tuple[int, str]]:
    """Consecutive (offset, piece) windows of at most MAX_CHARS, cut at a space if we can."""
    out = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + MAX_CHARS)
        if end < len(text):
            space = text.rfind(" ", end - _CUT_SEARCH, end)
            if space > pos:
                end = space + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


def _merge(parts: list[tuple[int, Analysis]]) -> Analysis:
    merged = Analysis()
    horsemen: set[Horseman] = set()
    needs: set[Need] = set()
    apology_parts: set[Part] = set()
    for offset, part in parts:
        merged.blame |= part.blame
        merged.fine_shield |= part.fine_shield if offset == 0 else False
        merged.harsh_startup |= part.harsh_startup if offset == 0 else False
        merged.reflection |= part.reflection
        merged.danger |= part.danger
        horsemen.update(part.horsemen)
        needs.update(part.needs)
        apology_parts.update(part.apology_parts)
        if merged.i_feel != "faux":
            merged.i_feel = part.i_feel or merged.i_feel
        if merged.apology != "non_apology":
            merged.apology = part.apology or merged.apology
        merged.turn = merged.turn or part.turn
        for f in part.findings:
            if len(merged.findings) < MAX_FINDINGS:
                shifted = Finding(
                    f.rule, f.label, f.start + offset, f.end + offset, f.explanation, f.suggestion
                )
                merged.findings.append(shifted)
    merged.logistics = all(p.logistics for _, p in parts)
    merged.horsemen = [h for h in HORSEMEN if h in horsemen]
    merged.needs = [n for n in NEEDS if n in needs]
    if merged.apology != "non_apology":
        merged.apology_parts = [p for p in PARTS if p in apology_parts]
    return merged


def _passes(wording: str) -> bool:
    """The coach would flag nothing in a wording it suggests."""
    return not _analyze_window(wording, None)[1].may_land_badly()


class TextTooLong(ValueError):
    """A text longer than MAX_TEXT_CHARS: the coach reads one message at a time."""

    def __init__(self, length: int, what: str = "text") -> None:
        super().__init__(
            f"this {what} is {length:,} characters long; the coach reads one message at a "
            f"time, up to {MAX_TEXT_CHARS:,} characters. Split it into messages and analyse "
            "each one."
        )
        self.length = length


def warm_up() -> None:
    """Load the model and let RE2 build its first states, so the first person to use the
    coach after a (re)start waits no longer than the next one (about half a second saved).
    """
    warm()
    analyze("You never listen, we need to talk.", "Look at the sunset!")  # loads the model


def analyze(text: str, reply_to: str | None = None, *, id: Any = None) -> Analysis:
    """Analyse one message; `reply_to` is the bid it answers, if any.

    >>> analyze("You never listen!").blame
    True
    >>> analyze("").to_dict()["findings"]
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLong(len(text))
    if reply_to is not None and len(reply_to) > MAX_TEXT_CHARS:
        raise TextTooLong(len(reply_to), "bid")
    if not text.strip():
        return Analysis(id=id)
    if len(text) <= MAX_CHARS:
        doc, result = _analyze_window(text, reply_to)
        kinder = rewrite(doc, result, _passes, reply_to)
        if kinder is not None:
            result.rewrite = kinder.text
            # A shape with a gap ("When [one specific moment ...]") is shown, not sent.
            result.wording = None if has_gap(kinder.wording) else kinder.wording
    else:
        windows = _windows(text)
        parts = [(offset, _analyze_window(piece, reply_to)[1]) for offset, piece in windows]
        result = _merge(parts)
        result.rewrite = None  # a rewrite of a whole document would not help anyone
    result.id = id
    return result
