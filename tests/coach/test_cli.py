"""`ourway analyze` and `ourway coach-eval`, driven through the coach CLI module."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ourway.cli import coach as cli
from ourway.coach import MAX_TEXT_CHARS


def run(argv: list[str], stdin: str = "", monkeypatch=None) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="ourway")
    cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = args.func(args)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def test_analyze_explains_findings_and_a_rewrite() -> None:
    code, out, _ = run(["analyze", "You never help around the house! You're so lazy."])
    assert code == 0
    assert "blame" in out
    assert "criticism" in out
    assert '"You\'re so lazy"' in out
    assert "When you don't help around the house, I feel" in out
    assert "\033[" not in out  # not a terminal: no colour


def test_a_writer_who_may_not_be_safe_gets_the_safety_card_alone(monkeypatch) -> None:
    """Safety first, as in the web app: no apology parts or rewrite for someone appeasing
    a partner they may fear, and the crisis lines of the app's CRISIS_COUNTRY."""
    monkeypatch.delenv("CRISIS_COUNTRY", raising=False)
    text = "I'll show you the receipt like always. sorry for asking"
    code, out, _ = run(["analyze", text])
    assert code == 0
    assert "you may not be safe" in out
    assert "1-800-799-7233" in out
    assert "911" in out
    assert '"show you the receipt"' in out  # the words the coach read as danger
    assert "apology" not in out
    assert "Try:" not in out
    assert "kinder way" not in out

    monkeypatch.setenv("CRISIS_COUNTRY", "GB")
    _, out, _ = run(["analyze", text])
    assert "0808 2000 247" in out
    assert "999" in out
    assert "1-800-799-7233" not in out


def test_danger_only_the_word_model_saw_gets_the_card_as_a_possibility(monkeypatch) -> None:
    monkeypatch.delenv("CRISIS_COUNTRY", raising=False)
    text = "Send me the receipt for that coffee. You know the rule. Every purchase."
    code, out, _ = run(["analyze", text])
    assert code == 0
    assert "Some of these words often come up when someone is not safe at home." in out
    assert "1-800-799-7233" in out  # the crisis lines, as for any writer who may not be safe
    assert "you may not be safe" not in out


def test_words_that_threaten_the_partner_get_the_card_for_the_one_threatening() -> None:
    code, out, _ = run(["analyze", "Give me your passcode. Now. Or you'll regret it."])
    assert code == 0
    assert "read as a threat, or as control over your partner" in out
    assert "you may not be safe" not in out
    assert "You deserve to be safe" not in out
    assert '"you\'ll regret it"' in out
    assert "harsh_startup" in out  # what the words do is still explained ...
    assert "Try:" not in out  # ... but a threat is never coached into softer words
    assert "A kinder way to say it" not in out
    assert "How to say it more kindly" not in out


def test_a_shape_with_gaps_is_headed_as_advice() -> None:
    code, out, _ = run(["analyze", "I'm sorry you feel that way, but you were rude too."])
    assert code == 0
    assert "How to say it more kindly:" in out
    assert "I was wrong to ..." in out
    code, out, _ = run(["analyze", "You never listen to me, you are so selfish."])
    assert "A kinder way to say it:" in out


def test_colour_only_on_a_terminal_without_no_color(monkeypatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli.use_colour(Tty())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not cli.use_colour(Tty())
    assert not cli.use_colour(io.StringIO())


def test_analyze_json_prints_one_object() -> None:
    code, out, _ = run(["analyze", "--json", "mm", "--reply-to", "Look at the sunset!"])
    assert code == 0
    (line,) = out.splitlines()
    result = json.loads(line)
    assert result["turn"] == "away"
    assert result["id"] is None


def test_jsonl_streams_in_order_and_reports_bad_lines_in_place() -> None:
    lines = [
        json.dumps({"id": "a", "text": "We need to talk."}),
        "this is not json",
        json.dumps({"id": "b", "text": 5}),
        "",
        json.dumps({"id": 3, "text": "mm", "reply_to": "Look!"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "c", "text": "You're so selfish."}),
    ]
    code, out, _ = run(["analyze", "--jsonl", "-"], stdin="\n".join(lines) + "\n")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a", None, "b", 3, None, "c"]
    assert rows[0]["harsh_startup"] is True
    assert "error" in rows[1]
    assert "line 2" in rows[1]["error"]
    assert "text" in rows[2]["error"]
    assert rows[3]["turn"] == "away"
    assert rows[5]["blame"] is True
    assert code == 1  # some lines failed


def test_jsonl_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "I'm sorry you feel that way."}) + "\n")
    code, out, _ = run(["analyze", "--jsonl", str(path)])
    assert code == 0
    assert json.loads(out)["apology"] == "non_apology"


def test_jsonl_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run(["analyze", "--jsonl", str(tmp_path / "nope.jsonl")])
    assert code == 2
    assert "cannot read" in err


def test_jsonl_streams_line_by_line_through_a_pipe() -> None:
    """Each result is flushed before the next line is read (a real pipe, a real process)."""
    code = (
        "import sys, argparse; from ourway.cli import coach; "
        "p = argparse.ArgumentParser(); coach.register(p.add_subparsers()); "
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "analyze", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin
    assert proc.stdout
    for n in range(3):
        proc.stdin.write(json.dumps({"id": n, "text": "you never listen"}) + "\n")
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["id"] == n  # would block without a flush
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0


def test_coach_eval_prints_scores_and_confusion_tables(tmp_path: Path) -> None:
    path = tmp_path / "mini.jsonl"
    base = {
        "kind": "message", "source": "written", "blame": False, "horsemen": [],
        "fine_shield": False, "harsh_startup": False, "i_feel": None, "apology": None,
        "apology_parts": [], "reflection": False, "needs": [], "danger": False,
        "logistics": False,
    }  # fmt: skip
    rows = [
        {**base, "id": "m1", "text": "You're so selfish.", "blame": True,
         "horsemen": ["criticism"]},
        {**base, "id": "m2", "text": "Lovely walk today, thank you."},
        {"id": "r1", "kind": "reply", "bid": "Look!", "text": "mm", "turn": "away"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    code, out, _ = run(["coach-eval", str(path)])
    assert code == 0
    assert "2 messages, 1 replies" in out
    blame_line = next(line for line in out.splitlines() if line.startswith("blame "))
    assert blame_line.split()[1:4] == ["1.000", "1.000", "1.000"]
    assert "turn: accuracy 1.000" in out
    assert "gold / pred" in out


def test_coach_eval_missing_file_fails_loudly(tmp_path: Path) -> None:
    code, _, err = run(["coach-eval", str(tmp_path / "missing.jsonl")])
    assert code == 2
    assert "missing.jsonl" in err


@pytest.mark.parametrize("argv", [["analyze", "--help"], ["coach-eval", "--help"]])
def test_help_is_available(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(argv)
    assert exit_info.value.code == 0


def _ourway(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "ourway.cli", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_the_real_ourway_command_analyzes_json() -> None:
    proc = _ourway("analyze", "--json", "You're so selfish.")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["horsemen"] == ["criticism"]


def test_the_help_pasted_in_the_docs_is_the_real_help() -> None:
    docs = (Path(__file__).parents[2] / "docs" / "coach.md").read_text("utf-8")
    proc = _ourway("analyze", "--help")
    assert proc.returncode == 0
    assert proc.stdout.strip() in docs


def test_findings_that_say_the_same_thing_are_explained_once() -> None:
    _, out, _ = run(["analyze", "Fine. Whatever. Do what you want."])
    assert '"Whatever." [6:15], "Do what you want" [16:32]' in out
    assert out.count("Shutting the conversation down") == 1
    assert out.count("Try:") == 1


def test_a_full_apology_is_told_so_once_without_a_try() -> None:
    text = "I'm sorry I yelled. That was on me. What can I do to make this right?"
    _, out, _ = run(["analyze", text])
    assert "apology: complete" in out
    assert out.count("That is a full apology") == 1
    assert "Try:" not in out
    assert '"That was on me"' in out


def test_words_two_rules_read_the_same_way_are_quoted_once() -> None:
    # "I messed up" owns the act for two rules ("You take responsibility", "You name what
    # you did"): one place, one explanation.
    text = "I messed up last night and I'm sorry. What can I do to make it right?"
    _, out, _ = run(["analyze", text])
    assert "apology: complete" in out
    assert out.count('"I messed up"') == 1
    assert '"What can I do to make it right"' in out


def test_a_text_too_long_to_coach_is_refused_with_the_reason() -> None:
    code, out, err = run(["analyze", "-"], stdin="a" * (MAX_TEXT_CHARS + 1))
    assert code == 2
    assert out == ""
    assert "Split it into messages" in err
    lines = [
        json.dumps({"id": 1, "text": "b" * (MAX_TEXT_CHARS + 1)}),
        json.dumps({"id": 2, "text": "You never listen."}),
    ]
    code, out, _ = run(["analyze", "--jsonl"], stdin="\n".join(lines) + "\n")
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 1
    assert first["id"] == 1
    assert "up to 100,000 characters" in first["error"]
    assert second["id"] == 2
    assert second["blame"] is True
