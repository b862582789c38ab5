"""Where the learned layer (model.py) adds to the rules, and how it explains itself.

The rules decide first. The model may only add a label the rules missed, when it is
confident (thresholds below, chosen on the dev split), and every addition becomes a
finding that points at the n-gram that weighed most. Danger uses a lower threshold:
missing real danger is the worst error the coach can make.
"""

from __future__ import annotations

from ourway.coach import model
from ourway.coach.engine import Hit, is_warm
from ourway.coach.result import HORSEMEN, NEEDS, Analysis, Finding
from ourway.coach.text import Doc

THRESHOLDS: dict[str, float] = {
    "danger": 0.35,
    "blame": 0.5,
    "horsemen:criticism": 0.5,
    "horsemen:contempt": 0.5,
    "horsemen:defensiveness": 0.5,
    "horsemen:stonewalling": 0.5,
    "fine_shield": 0.5,
    "harsh_startup": 0.5,
    "reflection": 0.5,
    "needs:safety": 0.5,
    "needs:respect": 0.5,
    "needs:heard": 0.5,
    "needs:priority": 0.5,
    "i_feel:faux": 0.5,
    "i_feel:valid": 0.5,
}
_WHY = {
    "danger": "Words here often come with danger or control at home.",
    "blame": "Words here often come with blaming your partner.",
}
_SUGGEST = {
    "danger": "You deserve to be safe. OurWay can show private support and crisis resources.",
}
_DEFAULT_SUGGESTION = "Read it once more as your partner would, and say it from your side."


def probabilities(doc: Doc, hits: list[Hit], bid: str | None) -> tuple[dict[str, float], set[str]]:
    feats = model.features(model.tokens(doc), {h.rule.id for h in hits}, None)
    return model.scores(feats), feats


def _span(doc: Doc, ngram: str) -> tuple[int, int] | None:
    at = doc.low.find(ngram)
    if at == -1:
        at = doc.low.find(ngram.split()[0])
        if at == -1:
            return None
        return at, at + len(ngram.split()[0])
    return at, at + len(ngram)


def _add(doc: Doc, result: Analysis, label: str, feats: set[str], prob: float) -> None:
    ngram = model.top_ngram(label, feats)
    span = _span(doc, ngram) if ngram else None
    if span is None:
        return  # no words to point at: stay quiet rather than flag without a reason
    start, end = span
    why = _WHY.get(label.split(":")[0], f"Words here often come with {label.split(':')[-1]}.")
    result.findings.append(
        Finding(
            f"model.{label.replace(':', '.')}",
            label,
            start,
            end,
            f'{why} The strongest sign is "{doc.text[start:end]}" (learned from '
            f"OurWay's labelled examples, p={prob:.2f}).",
            _SUGGEST.get(label, _DEFAULT_SUGGESTION),
        )
    )


# Labels the model may not add to a warm message ("you always make me laugh"): n-grams
# cannot see that "always" is praise there; the rules' positive guard can.
_ACCUSING = frozenset({"blame", "horsemen", "harsh_startup"})


def add_learned(doc: Doc, hits: list[Hit], result: Analysis) -> None:
    """Let confident model scores add labels the rules missed."""
    probs, feats = probabilities(doc, hits, None)
    warm = is_warm(doc)
    for label, threshold in THRESHOLDS.items():
        prob = probs.get(label, 0.0)
        if prob < threshold or (warm and label.split(":")[0] in _ACCUSING):
            continue
        key, _, value = label.partition(":")
        if key == "danger" and not result.danger:
            result.danger = True
        elif key == "blame" and not result.blame:
            result.blame = True
        elif key in ("fine_shield", "harsh_startup", "reflection") and not getattr(result, key):
            setattr(result, key, True)
        elif key == "horsemen" and value not in result.horsemen:
            result.horsemen = [h for h in HORSEMEN if h in (*result.horsemen, value)]
        elif key == "needs" and value not in result.needs:
            result.needs = [n for n in NEEDS if n in (*result.needs, value)]
        elif key == "i_feel" and result.i_feel is None:
            result.i_feel = "faux" if value == "faux" else "valid"
        else:
            continue
        _add(doc, result, label, feats, prob)
    if result.logistics and (result.blame or result.danger or result.horsemen):
        result.logistics = False
