"""Snapshot every coach result, to prove a speed change leaves all results as they were.

    uv run python bench/coach_snapshot.py write before.json    # on the old code
    uv run python bench/coach_snapshot.py check before.json    # after each change

The texts: every corpus message (replies with their bid, and once more without it), every
rule's should_flag and should_pass example, and a few edge cases (empty, non-ASCII, lone
surrogates, a long windowed text). `check` matches results by case (source, bid and a
hash of the whole text), not by position, so adding a rule example or a corpus case does
not shift every result after it; it prints the first differences, counts the cases that
are new or gone, and exits 1 when a result differs.

Held-out and stress sets must stay unread: for their cases `check` prints only the file,
the id and the labels that changed, never the text, its findings or its rewrite.
"""

from __future__ import annotations

import hashlib
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
            "sha": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16],
            "reply_to": bid,
            "source": source,
            "result": analyze(text, reply_to=bid).to_dict(),
        }
        for text, bid, source in cases()
    ]


def key(entry: dict[str, Any]) -> tuple[str, str | None, str]:
    """Which case a result belongs to (snapshots written before "sha" use the text)."""
    return (str(entry["source"]), entry.get("reply_to"), entry.get("sha") or entry["text"])


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
    # Round-trip through JSON so both sides have the same types (tuples become lists).
    now = json.loads(json.dumps(now))
    # The same example under two rules is the same case with the same result: one entry.
    old = {key(entry): entry for entry in json.loads(path.read_text("utf-8"))}
    new = {key(entry): entry for entry in now}
    diffs = [(old[k], n) for k, n in new.items() if k in old and old[k]["result"] != n["result"]]
    for b, n in diffs[:5]:
        print(show(b, n))
    added, gone = len(new.keys() - old.keys()), len(old.keys() - new.keys())
    print(f"{len(new)} cases, {len(diffs)} differ, {added} new, {gone} gone")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
