"""Word-level differences between two texts, as segments a template renders with classes.

No HTML is built here: the template escapes every segment, so nothing a person wrote can
become markup. No Django either.

>>> word_diff("we take a pause", "we take a long pause")
[('same', 'we take a '), ('add', 'long '), ('same', 'pause')]
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

Op = Literal["same", "add", "del"]
Segment = tuple[Op, str]

# A word with the spaces after it, so spacing travels with its word and is never "junk".
_TOKEN = re.compile(r"\S+\s*|\s+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(before: str, after: str) -> list[Segment]:
    """Segments turning `before` into `after`: kept, added and removed runs of words."""
    old, new = _tokens(before), _tokens(after)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    out: list[Segment] = []

    def push(op: Op, words: list[str]) -> None:
        if not words:
            return
        text = "".join(words)
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            push("same", old[i1:i2])
            continue
        push("del", old[i1:i2])
        push("add", new[j1:j2])
    return out


def changed(segments: list[Segment]) -> bool:
    return any(op != "same" for op, _ in segments)
