"""The learned layer's say on apologies: verdicts follow the parts, findings agree."""

from __future__ import annotations

import json
from pathlib import Path

from ourway.coach import analyze

CORPUS = Path(__file__).parent / "corpus"


def _messages() -> list[str]:
    texts = []
    for name in ("dev", "test", "holdout", "holdout2", "holdout3", "holdout4"):
        for line in (CORPUS / f"{name}.jsonl").read_text("utf-8").splitlines():
            case = json.loads(line)
            if case["kind"] == "message":
                texts.append(case["text"])
    return texts


def test_the_model_names_a_take_back_apology_the_rules_missed() -> None:
    text = "Sorry. But honestly, you need to grow a thicker skin."
    result = analyze(text)
    assert result.apology == "non_apology"
    assert result.apology_parts == []
    pointed = [f for f in result.findings if f.label == "apology:non_apology"]
    assert pointed
    assert all(f.end > f.start for f in pointed)
    assert all(text[f.start : f.end].strip() for f in pointed)


def test_sympathy_is_not_turned_into_a_complete_apology() -> None:
    assert analyze("I'm so sorry about your nan. I'm here, whatever you need x").apology in (
        None,
        "partial",
    )


def _disagreements(text: str) -> list[str]:
    result = analyze(text)
    parts = set(result.apology_parts)
    found = []
    if result.apology in (None, "non_apology") and parts:
        found.append(f"{result.apology} with parts {sorted(parts)}")
    if result.apology in ("complete", "partial"):
        complete = {"remorse", "responsibility"} <= parts and bool({"amends", "change"} & parts)
        if result.apology != ("complete" if complete else "partial"):
            found.append(f"{result.apology} with parts {sorted(parts)}")
    for finding in result.findings:
        if finding.label.startswith("apology_parts:") and finding.label[14:] not in parts:
            found.append(f"finding {finding.rule} but parts {sorted(parts)}")
        if finding.label == "apology:non_apology" and result.apology != "non_apology":
            found.append(f"finding {finding.rule} but verdict {result.apology}")
    return found


def test_verdicts_follow_the_parts_and_findings_agree_on_every_held_out_message() -> None:
    texts = _messages()
    assert len(texts) > 1000
    wrong = {text: found for text in texts if (found := _disagreements(text))}
    assert not wrong, list(wrong.items())[:5]
