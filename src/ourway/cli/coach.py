"""`ourway analyze` and `ourway coach-eval`: a thin layer over ourway.coach.

`analyze --jsonl` streams: one JSON line out per JSON line in, in order, flushed per line.
A bad input line (not JSON, not an object, no string "text", a text over MAX_TEXT_CHARS)
becomes an error line `{"id": <id or null>, "error": "<why>"}` in its place; the stream
goes on and the command exits with status 1 at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any

from ourway.coach import MAX_CHARS, MAX_TEXT_CHARS, TextTooLong, analyze
from ourway.coach.evaluate import evaluate_files, format_report
from ourway.coach.result import GOOD_LABELS, Analysis, Finding
from ourway.coach.safety import FOR_THE_WRITER, Card, card
from ourway.content.care import INTERNATIONAL_DIRECTORIES, SAFETY_CARDS, Line, resources_for

_LABEL_COLOUR = {"danger": "31;1", "blame": "31", "horsemen": "35", "needs": "36"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "analyze",
        help="explain what may land badly in a message, with a kinder rewrite",
        description="Coach one message, or a stream of JSON lines with --jsonl. "
        f"Texts longer than {MAX_CHARS:,} characters are analysed in windows; texts longer "
        f"than {MAX_TEXT_CHARS:,} are refused (the coach reads one message at a time).",
    )
    parser.add_argument("text", nargs="?", help="the message; '-' reads it from stdin")
    parser.add_argument("--reply-to", metavar="BID", help="the bid this message answers")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--jsonl",
        nargs="?",
        const="-",
        metavar="FILE|-",
        help='read JSON lines {"id", "text", "reply_to"?} and write one JSON result per line',
    )
    parser.set_defaults(func=run_analyze)

    evaluate = subparsers.add_parser(
        "coach-eval",
        help="score the coach on labelled corpus files",
        description="Print precision, recall and F1 per label and confusion tables for "
        "i_feel, apology and turn over corpus JSONL files (see docs/coach.md).",
    )
    evaluate.add_argument("files", nargs="+", metavar="FILE")
    evaluate.add_argument(
        "--errors", metavar="LABEL", help="also list the cases where LABEL was wrong"
    )
    evaluate.set_defaults(func=run_eval)


def _colour(enabled: bool) -> Any:
    def paint(text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if enabled else text

    return paint


def use_colour(stream: IO[str]) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (no-color.org)."""
    return stream.isatty() and "NO_COLOR" not in os.environ


def _line(line: Line) -> str:
    return f"  {line.name}: {line.how}" + (f" ({line.url})" if line.url else "")


def safety_card(kind: Card) -> list[str]:
    """The web app's safety card (ourway.content.care) in plain lines, with the crisis lines
    of CRISIS_COUNTRY (the app's own setting; default US) for a writer who may not be safe."""
    texts = SAFETY_CARDS[kind]
    lines = [texts.lead + " " + texts.body, *([texts.more] if texts.more else [])]
    if kind not in FOR_THE_WRITER:
        return lines
    country = resources_for(os.environ.get("CRISIS_COUNTRY", ""))
    return [
        *lines,
        *(_line(line) for line in country.lines),
        f"  In an emergency in {country.name}: {country.emergency}.",
        *(_line(line) for line in INTERNATIONAL_DIRECTORIES),
    ]


def explain(text: str, result: Analysis, *, colour: bool = False) -> str:
    """The readable explanation `ourway analyze TEXT` prints.

    Safety first, as in the web app: danger leads with a safety card for whoever it is
    about; when the writer may be the one not safe, nothing else follows (no apology
    parts, no softer start-up, no rewrite for a partner they may fear).
    """
    paint = _colour(colour)
    kind = card(text, result)
    if kind in FOR_THE_WRITER:
        said = safety_card(kind)
        lines = [paint("Worth another look: danger", "1"), paint(said[0], "31;1"), *said[1:]]
        for group in _grouped(result.findings):
            if group[0].label == "danger":
                lines += _finding(text, group, paint, suggestion=False)
        return "\n".join(lines)
    flags = []
    if result.danger:
        flags.append("danger")
    if result.blame:
        flags.append("blame")
    flags += result.horsemen
    flags += [
        n
        for n, on in (("fine shield", result.fine_shield), ("harsh start-up", result.harsh_startup))
        if on
    ]
    if result.i_feel == "faux":
        flags.append("faux feeling")
    if result.apology == "non_apology":
        flags.append("non-apology")
    if result.turn in ("away", "against"):
        flags.append(f"turning {result.turn}")
    lines = []
    if flags:
        lines.append(paint("Worth another look: " + ", ".join(flags), "1"))
    else:
        lines.append(paint("Nothing here is likely to land badly.", "32;1"))
    if kind is not None:
        said = safety_card(kind)
        lines += [paint(said[0], "31;1"), *said[1:]]
    extras = []
    if result.i_feel == "valid":
        extras.append("a real feeling, owned")
    if result.apology:
        parts = ", ".join(result.apology_parts) or "none of the four parts"
        extras.append(f"apology: {result.apology.replace('_', '-')} ({parts})")
    if result.reflection:
        extras.append("reflective listening")
    if result.needs:
        extras.append("needs: " + ", ".join(result.needs))
    if result.logistics:
        extras.append("logistics only")
    if result.turn == "toward":
        extras.append("turning toward the bid")
    if extras:
        lines.append("Also: " + "; ".join(extras))
    said_already = ""
    for group in _grouped(result.findings):
        # A danger finding's own suggestion speaks to someone who may not be safe; the
        # card above has already said what matters to this writer. Words that threaten or
        # describe force are explained, never coached into softer words. Advice shared by
        # the findings in a row (an apology's parts) is given once.
        first = group[0]
        suggestion = kind is None and first.label != "danger" and first.suggestion != said_already
        lines += _finding(text, group, paint, suggestion=suggestion)
        said_already = first.suggestion
    if result.rewrite and kind is None:
        # A shape with gaps ("I was wrong to ...") is advice to follow, not words to send.
        head = "A kinder way to say it:" if result.wording else "How to say it more kindly:"
        lines += ["", paint(head, "1"), f"  {result.rewrite}"]
    return "\n".join(lines)


def _grouped(findings: list[Finding]) -> list[list[Finding]]:
    """Findings that say the same thing of different words ("Fine. Whatever.", "Do what
    you want"), together in the order each was first found. Words two rules read the same
    way ("I messed up" owns the act for both) are quoted once, with the first reading, as
    in the web app's cards."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    quoted: set[tuple[str, int, int]] = set()
    for finding in findings:
        place = (finding.label, finding.start, finding.end)
        if place in quoted:
            continue
        quoted.add(place)
        groups.setdefault((finding.label, finding.explanation), []).append(finding)
    return list(groups.values())


def _finding(
    text: str, group: list[Finding], paint: Callable[[str, str], str], *, suggestion: bool = True
) -> list[str]:
    first = group[0]
    key = first.label.split(":")[0]
    good = first.label.startswith(GOOD_LABELS)  # green, its advice a next step, no "Try:"
    code = "32" if good else _LABEL_COLOUR.get(key, "33")
    quoted = ", ".join(f'"{text[f.start : f.end]}" [{f.start}:{f.end}]' for f in group)
    lines = ["", f"{paint(first.label, code)}  {quoted}", f"  {first.explanation}"]
    if suggestion:
        lines.append(
            f"  {first.suggestion}" if good else f"  {paint('Try:', '1')} {first.suggestion}"
        )
    return lines


def _stream(lines: Iterable[str], out: IO[str]) -> int:
    failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        case_id: Any = None
        try:
            case = json.loads(line)
            if not isinstance(case, dict):
                raise ValueError("each line must be a JSON object")
            case_id = case.get("id")
            text, reply_to = case.get("text"), case.get("reply_to")
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
            if reply_to is not None and not isinstance(reply_to, str):
                raise ValueError('"reply_to" must be a string or absent')
            payload = analyze(text, reply_to=reply_to, id=case_id).to_dict()
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            failed += 1
            payload = {"id": case_id, "error": f"line {number}: {error}"}
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0


def run_analyze(args: argparse.Namespace) -> int:
    out = sys.stdout
    if args.jsonl is not None:
        if args.text is not None:
            print("ourway analyze: give either TEXT or --jsonl, not both", file=sys.stderr)
            return 2
        if args.jsonl == "-":
            return _stream(sys.stdin, out)
        try:
            with open(args.jsonl, encoding="utf-8", errors="surrogateescape") as handle:
                return _stream(handle, out)
        except OSError as error:
            print(f"ourway analyze: cannot read {args.jsonl}: {error.strerror}", file=sys.stderr)
            return 2
    text = args.text
    if text is None or text == "-":
        text = sys.stdin.read()
    try:
        result = analyze(text, reply_to=args.reply_to)
    except TextTooLong as error:
        print(f"ourway analyze: {error}", file=sys.stderr)
        return 2
    if args.json:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(explain(text, result, colour=use_colour(out)) + "\n")
    return 0


def run_eval(args: argparse.Namespace) -> int:
    try:
        report = evaluate_files(args.files)
    except (OSError, ValueError) as error:
        print(f"ourway coach-eval: {error}", file=sys.stderr)
        return 2
    print(format_report(report, title=", ".join(args.files)))
    if args.errors:
        print(f"\ncases where {args.errors} was wrong (gold -> predicted):")
        for text, gold, pred in report.errors.get(args.errors, []):
            print(f"  {gold!s:>12} -> {pred!s:<12} {text[:160]!r}")
    return 0
