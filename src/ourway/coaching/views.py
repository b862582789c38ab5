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
    """One card per thing the coach noticed, in text order: the findings of one label (and
    all the parts of one apology) share a card that quotes each place, so a full apology
    is one card naming its four parts, not four cards repeating the same advice."""
    cards: dict[str, dict[str, Any]] = {}
    quoted: list[tuple[str, int, int]] = []
    for finding in findings:
        label = finding["label"]
        if label == "danger":
            continue  # danger has the safety card, never a wording card
        key = "apology_parts" if label.startswith("apology_parts:") else label
        # Two rules may read the same words the same way ("I feel like you" is a faux
        # feeling by two rules): the words are quoted once, with the first reading.
        # Words inside words already quoted on the card ("Whatever." in "Fine. Whatever.")
        # add nothing but a second highlight.
        start, end = finding["start"], finding["end"]
        if any(k == key and s <= start and end <= e for k, s, e in quoted):
            continue
        quoted.append((key, start, end))
        card = cards.setdefault(
            key,
            {
                "lines": [],
                "suggestion": finding["suggestion"],
                "good": label.startswith(GOOD_LABELS),
            },
        )
        words = text[finding["start"] : finding["end"]]
        # Two places may say the same thing ("sorry I", "that was on me": both own the
        # act): one line quoting both.
        same = next(
            (line for line in card["lines"] if line["explanation"] == finding["explanation"]), None
        )
        if same is None:
            card["lines"].append({"words": [words], "explanation": finding["explanation"]})
        elif words not in same["words"]:
            same["words"].append(words)
    return list(cards.values())


def safety_card(kind: str) -> dict[str, str]:
    """The texts of safety card `kind` (plain English in ourway.content.care), translated,
    for coaching/_safety_card.html; an empty text stays empty (gettext("") would be the
    catalogue's header)."""
    texts: SafetyCard = SAFETY_CARDS[kind]
    return {name: _(value) if value else "" for name, value in asdict(texts).items()}
