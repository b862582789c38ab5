"""Snapshot every coach result, to prove a speed change leaves all results as they were.

    uv run python bench/coach_snapshot.py write before.json    # on the old code
    uv run python bench/coach_snapshot.py check before.json    # after each change

The texts: every corpus message (replies with their bid, and once more without it), every
rule's should_flag and should_pass example, and a few edge cases (empty, non-ASCII, lone
surrogates, a long windowed text). `check` prints the first differences and exits 1.

Held-out and stress sets must stay unread: for their cases `check` prints only the file,
the id and the labels that changed, never the text, its findings or its rewrite.
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
# Corpus files whose texts may be read; every other one is held out or a stress set.
READABLE = frozenset({"train", "dev", "train_danger"})
# Result keys that quote or paraphrase the text.
_TEXTUAL = frozenset({"findings", "rewrite"})


def cases() -> list[tuple[str, str | None, str]]:
    """(text, bid, source): the source is "file:id" for a corpus case, else "example"."""
    out: list[tuple[str, str | None, str]] = []
    corpus_texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            text = str(case.get("text", ""))
            source = f"{path.stem}:{case.get('id')}"
            corpus_texts.append(text)
            if case.get("kind") == "reply":
                out.append((text, str(case.get("bid", "")), source))
            out.append((text, None, source))
    for rule in ALL_RULES:
        out.extend((example, None, "example") for example in (*rule.should_flag, *rule.should_pass))
        out.extend((example, "How was your day?", "example") for example in rule.should_flag)
    joined = " ".join(corpus_texts[:300])
    edge: list[tuple[str, str | None]] = [
        ("", None),
        ("   ", None),
        ("You NEVER listen İ to me 😡 “ever”!", None),
        ("\ud800you never\udfff listen", None),
        ("I’m sorry – I was wrong… you’re right", None),
        (joined, None),
        (joined * 2, "Did you see the sunset?"),
        ("you always " * 3000, None),
    ]
    out.extend((text, bid, "example") for text, bid in edge)
    return out


def snapshot() -> list[dict[str, Any]]:
    return [
        {
            "text": text[:200],
            "reply_to": bid,
            "source": source,
            "result": analyze(text, reply_to=bid).to_dict(),
        }
        for text, bid, source in cases()
    ]


def show(before: dict[str, Any], now: dict[str, Any]) -> str:
    """One difference, printed in full only where the text may be read."""
    source = str(now.get("source", "example"))
    if source == "example" or source.split(":", 1)[0] in READABLE:
        return (
            f"DIFF {before['text']!r} reply_to={before['reply_to']!r}\n"
            f"  before {before['result']}\n  now    {now['result']}"
        )
    old, new = before["result"], now["result"]
    changed = [
        f"{key} changed" if key in _TEXTUAL else f"{key}: {old.get(key)!r} -> {new.get(key)!r}"
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key)
    ]
    return f"DIFF {source} (held out: text not shown) " + "; ".join(changed)


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
        print(show(b, n))
    print(f"{len(now)} results, {len(diffs)} differ")
    return 1 if diffs or len(before) != len(now) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
