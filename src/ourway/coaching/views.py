from __future__ import annotations

from dataclasses import asdict
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.coach import analyze
from ourway.coach.result import GOOD_LABELS
from ourway.coach.safety import FOR_THE_WRITER, card
from ourway.coaching.purposes import hints_for, offers_rewrite
from ourway.content.care import SAFETY_CARDS, SafetyCard
from ourway.couples.outreach import is_quiet
from ourway.text import clean_text

# The live coach looks at what is in the box now; a longer paste is checked in its first part.
MAX_LIVE_CHARS = 20_000


@login_required
@require_POST
def check(request: HttpRequest) -> HttpResponse:
    """The coach's findings for a draft, as a small partial beside the text box."""
    field = request.POST.get("field", "text")
    purpose = request.POST.get("purpose", "message")
    text = clean_text(request.POST.get(field, ""))[:MAX_LIVE_CHARS]
    reply_to = clean_text(request.POST.get("reply_to", ""))[:MAX_LIVE_CHARS] or None
    analysis = analyze(text, reply_to=reply_to) if text else None
    result = analysis.to_dict() if analysis else None
    kind = card(text, analysis) if analysis else None
    # Safety first: someone who may not be safe is not coached on wording for the partner
    # (a fuller apology, a softer start-up to someone they fear); only the safety card.
    # In safety mode the person has said they may not be safe: no advice on wording to the
    # partner either (an appeasing "I'm sorry for asking where you were" is no apology to
    # perfect), only a danger card if the words show one.
    quiet = is_quiet(request.user)
    coached = result is not None and kind not in FOR_THE_WRITER and not quiet
    cards = cards_for(text, result["findings"]) if result and coached else []
    # Words that threaten or describe force are shown for what they are, never coached into
    # softer words: no "Try ...", no hints, no kinder wording, only the card and the findings.
    advised = coached and kind is None
    reworded = advised and offers_rewrite(purpose)
    if not advised:
        for note in cards:
            note["suggestion"] = ""
    return render(
        request,
        "coaching/_findings.html",
        {
            "result": result,
            "card": safety_card(kind) if kind else None,
            "cards": cards,
            "concerns": any(not note["good"] for note in cards),
            "hints": hints_for(purpose, result, text) if result and advised else [],
            "rewrite": result["rewrite"] if result and reworded else None,
            "wording": analysis.wording if analysis and reworded else None,
            "quiet": quiet and result is not None and kind is None,
            "field_id": request.POST.get("field_id", ""),
            "purpose": purpose,
        },
    )


def cards_for(text: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One card per thing the coach noticed, in text order.

    The findings of one label (and all the parts of one apology) share a card that quotes each
    place, so a full apology is one card naming its four parts, not four cards repeating the
    same advice. Readings of the same words by other labels join that card too: "sorry you
    feel that way, but you" is an excuse, a counter-attack and a non-apology at once, and
    three cards for one phrase would bury the writer; one card quotes it once, with the
    apology's reading and advice (the most specific of them)."""
    cards: list[dict[str, Any]] = []
    for finding in findings:
        label = finding["label"]
        if label == "danger":
            continue  # danger has the safety card, never a wording card
        key = "apology_parts" if label.startswith("apology_parts:") else label
        good = label.startswith(GOOD_LABELS)
        span = (finding["start"], finding["end"])
        card = next((card for card in cards if key in card["keys"]), None) or next(
            (c for c in cards if c["good"] == good and any(_overlap(span, s) for s in c["spans"])),
            None,
        )
        if card is None:
            card = {"keys": set(), "spans": [], "lines": [], "suggestion": finding["suggestion"]}
            card["good"] = good
            cards.append(card)
        elif label.startswith("apology:") and not any(
            k.startswith("apology:") for k in card["keys"]
        ):
            card["suggestion"] = finding["suggestion"]
        card["keys"].add(key)
        card["spans"].append(span)
        _quote(card["lines"], span, finding["explanation"], label.startswith("apology:"))
    return [
        {
            "lines": [_said(line, text) for line in card["lines"]],
            "suggestion": card["suggestion"],
            "good": card["good"],
        }
        for card in cards
    ]


def _overlap(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def _nested(one: tuple[int, int], other: tuple[int, int]) -> bool:
    return (one[0] <= other[0] and other[1] <= one[1]) or (
        other[0] <= one[0] and one[1] <= other[1]
    )


def _quote(
    lines: list[dict[str, Any]], span: tuple[int, int], why: str, apology: bool = False
) -> None:
    """Add one reading to a card's lines. Words inside words already quoted ("Whatever." in
    "Fine. Whatever.", "I feel like you" read by two rules) are quoted once, the longer
    words, with each different explanation; two places that say the same thing ("sorry I",
    "that was on me": both own the act) share one line quoting both."""
    line = next((ln for ln in lines if any(_nested(span, s) for s in ln["spans"])), None)
    if line is not None:
        inner = next(i for i, s in enumerate(line["spans"]) if _nested(span, s))
        old = line["spans"][inner]
        line["spans"][inner] = (min(old[0], span[0]), max(old[1], span[1]))
    else:
        line = next((ln for ln in lines if why in ln["explanations"]), None)
        if line is None:
            line = {"spans": [], "explanations": []}
            lines.append(line)
        line["spans"].append(span)
    if apology:
        # The apology's reading of "sorry ..., but you" says what the other readings say
        # (an excuse, a counter-attack), for these very words: it alone explains them.
        line["explanations"] = [why]
        line["apology"] = True
    elif why not in line["explanations"] and not line.get("apology"):
        line["explanations"].append(why)


def _said(line: dict[str, Any], text: str) -> dict[str, Any]:
    words = list(dict.fromkeys(text[start:end] for start, end in line["spans"]))
    return {"words": words, "explanation": " ".join(line["explanations"])}


def safety_card(kind: str) -> dict[str, str]:
    """The texts of safety card `kind` (plain English in ourway.content.care), translated,
    for coaching/_safety_card.html; an empty text stays empty (gettext("") would be the
    catalogue's header)."""
    texts: SafetyCard = SAFETY_CARDS[kind]
    return {name: _(value) if value else "" for name, value in asdict(texts).items()}
