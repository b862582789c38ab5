"""Snapshot every coach result, to prove a speed change leaves all results as they were.

    uv run python bench/coach_snapshot.py write before.json    # on the old code
    uv run python bench/coach_snapshot.py check before.json    # after each change

The texts: every corpus message (replies with their bid, and once more without it), every
rule's should_flag and should_pass example, and a few edge cases (empty, non-ASCII, lone
surrogates, a long windowed text). `check` prints the first differences and exits 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ourway.coach import analyze
from ourway.coach.rules import ALL_RULES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "coach" / "corpus"


def cases() -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    corpus_texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            text = str(case.get("text", ""))
            corpus_texts.append(text)
            if case.get("kind") == "reply":
                out.append((text, str(case.get("bid", ""))))
            out.append((text, None))
    for rule in ALL_RULES:
        out.extend((example, None) for example in (*rule.should_flag, *rule.should_pass))
        out.extend((example, "How was your day?") for example in rule.should_flag)
    joined = " ".join(corpus_texts[:300])
    out.extend(
        [
            ("", None),
            ("   ", None),
            ("You NEVER listen İ to me 😡 “ever”!", None),
            ("\ud800you never\udfff listen", None),
            ("I’m sorry – I was wrong… you’re right", None),
            (joined, None),
            (joined * 2, "Did you see the sunset?"),
            ("you always " * 3000, None),
        ]
    )
    return out


def snapshot() -> list[dict[str, Any]]:
    return [
        {"text": text[:200], "reply_to": bid, "result": analyze(text, reply_to=bid).to_dict()}
        for text, bid in cases()
    ]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("write", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[1])
    now = snapshot()
    if argv[0] == "write":
        path.write_text(json.dumps(now, indent=0), "utf-8")
        print(f"wrote {len(now)} results to {path}")
        return 0
    before = json.loads(path.read_text("utf-8"))
    # Round-trip through JSON so both sides have the same types (tuples become lists).
    now = json.loads(json.dumps(now))
    diffs = [(b, n) for b, n in zip(before, now, strict=False) if b != n]
    if len(before) != len(now):
        print(f"{len(before)} results before, {len(now)} now")
    for b, n in diffs[:5]:
        print(f"DIFF {b['text']!r} reply_to={b['reply_to']!r}")
        print(f"  before {b['result']}\n  now    {n['result']}")
    print(f"{len(now)} results, {len(diffs)} differ")
    return 1 if diffs or len(before) != len(now) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
