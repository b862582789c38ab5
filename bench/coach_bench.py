"""`make bench`: the coach's quality and speed, side by side with a VADER baseline.

    uv run python bench/coach_bench.py [--corpus FILE ...] [--quick]

1. Quality per label on each held-out split (test, holdout, holdout2-10), for the
   coach and for VADER used as a blame detector (compound score < -0.05 means blame);
   then danger recall and precision on the three danger stress sets.
2. Throughput: messages/second for coach.analyze and VADER polarity_scores on the same
   held-out messages, in the same run, plus median per-message latency. Printed for
   unseen messages (after warming up on the other corpus splits, each held-out message is
   analysed once: what real use looks like, RE2 still building DFA states and the
   per-word caches meeting new words) and for the steady state (the same messages again,
   every cache warm: an upper bound).
3. Scaling: 10 KB and 100 KB inputs, natural and adversarial, with the time per size and
   the ratio to the 10 KB time (linear growth shows as ~10x); 1 MB inputs, over
   MAX_TEXT_CHARS, with the time `analyze` takes to refuse them (TextTooLong).

Never run as a timed test; numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from ourway.coach import MAX_TEXT_CHARS, TextTooLong, analyze
from ourway.coach.engine import warm
from ourway.coach.evaluate import BINARY, FLOORS, Report, evaluate, load

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPORA = [
    ROOT / "tests" / "coach" / "corpus" / f"{name}.jsonl"
    for name in (
        "test",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
    )
]
DANGER_STRESS = [
    ROOT / "tests" / "coach" / "corpus" / f"{name}.jsonl"
    for name in ("danger_stress", "danger_stress2", "danger_stress3")
]


def vader_predict(vader: SentimentIntensityAnalyzer) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def predict(case: dict[str, Any]) -> dict[str, Any]:
        compound = vader.polarity_scores(case.get("text", ""))["compound"]
        return {"blame": compound < -0.05}

    return predict


def quality(cases: list[dict[str, Any]], vader: SentimentIntensityAnalyzer) -> None:
    coach = evaluate(cases)
    baseline = evaluate([c for c in cases if c.get("kind") != "reply"], vader_predict(vader))
    print(f"== quality on {len(cases)} cases ({coach.messages} messages, {coach.replies} replies)")
    print(f"{'label':<24}{'coach P':>9}{'R':>7}{'F1':>7}   {'VADER P':>9}{'R':>7}{'F1':>7}")
    for name in BINARY:
        c = coach.count(name)
        line = f"{name:<24}{c.precision:>9.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
        if name == "blame":
            v = baseline.count("blame")
            line += f"   {v.precision:>9.3f}{v.recall:>7.3f}{v.f1:>7.3f}"
        else:
            line += f"   {'n/a':>9}"
        print(line)
    scores = coach.scores()
    for name in ("horsemen.macro_f1", "needs.macro_f1", "i_feel.accuracy", "apology.accuracy",
                 "turn.accuracy"):  # fmt: skip
        print(f"{name:<24}{scores[name]:>23.3f}   {'n/a':>9}")
    _floors(coach)


def danger_stress(cases: list[dict[str, Any]]) -> None:
    """Danger alone on its stress set (half danger, half hard negatives): the other labels
    are too few there to mean anything."""
    danger = evaluate(cases).count("danger")
    print(f"== danger on {len(cases)} messages ({danger.support} real danger)")
    print(f"recall {danger.recall:.3f}   precision {danger.precision:.3f}   F1 {danger.f1:.3f}"
          f"   (floors: recall {FLOORS['danger.recall']}, precision "
          f"{FLOORS['danger.precision']})")  # fmt: skip


def _floors(report: Report) -> None:
    below = report.below_floors()
    if below:
        print("below the floors: " + ", ".join(f"{k}={v:.3f}<{f}" for k, (v, f) in below.items()))
    else:
        print(f"all {len(FLOORS)} floors hold")


def _rate(fn: Callable[[str], Any], texts: list[str], passes: int) -> tuple[float, float]:
    """(messages per second over `passes` passes, median latency in microseconds)."""
    start = time.perf_counter()
    for _ in range(passes):
        for text in texts:
            fn(text)
    rate = passes * len(texts) / (time.perf_counter() - start)
    samples = []
    for text in texts:
        t0 = time.perf_counter_ns()
        fn(text)
        samples.append((time.perf_counter_ns() - t0) / 1000)
    return rate, statistics.median(samples)


def _once(fn: Callable[[str], Any], texts: list[str]) -> tuple[float, float]:
    """(messages per second, median latency in microseconds) of one pass, each text once."""
    samples = []
    start = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter_ns()
        fn(text)
        samples.append((time.perf_counter_ns() - t0) / 1000)
    return len(texts) / (time.perf_counter() - start), statistics.median(samples)


def throughput(
    texts: list[str], vader: SentimentIntensityAnalyzer, passes: int, warm_texts: list[str]
) -> None:
    print(f"\n== throughput on {len(texts)} messages (one core)")
    # Unseen: the process has analysed other messages (the rules' examples and the other
    # corpus splits), so its caches are warm, but never these: every message is new, as
    # in real use. RE2 builds DFA states and the model sums word weights for new words.
    warm()
    for text in warm_texts:
        analyze(text)
    coach_rate, coach_median = _once(analyze, texts)
    vader_rate, vader_median = _once(vader.polarity_scores, texts)
    print(f"unseen (each message once, after {len(warm_texts)} others):")
    print(f"  coach.analyze        : {coach_rate:>10,.0f} msg/s   median {coach_median:6.1f} us")
    print(f"  VADER polarity_scores: {vader_rate:>10,.0f} msg/s   median {vader_median:6.1f} us")
    print(f"  ratio coach/VADER    : {coach_rate / vader_rate:>10.2f}   (target >= 1.0)")
    # Steady: the same messages again and again (an upper bound: every cache is warm).
    coach_rate, coach_median = _rate(analyze, texts, passes)
    vader_rate, vader_median = _rate(vader.polarity_scores, texts, passes)
    print(f"steady ({passes} more passes over the same messages):")
    print(f"  coach.analyze        : {coach_rate:>10,.0f} msg/s   median {coach_median:6.1f} us")
    print(f"  VADER polarity_scores: {vader_rate:>10,.0f} msg/s   median {vader_median:6.1f} us")
    print(f"  ratio coach/VADER    : {coach_rate / vader_rate:>10.2f}   (target >= 1.0; "
          f"target >= 20,000 msg/s)")  # fmt: skip


def _inputs(size: int, sample: str) -> dict[str, str]:
    emoji = "\U0001f600"
    return {
        "natural text": (sample * (size // max(1, len(sample)) + 1))[:size],
        "one letter": "a" * size,
        "you you you": ("you " * (size // 4 + 1))[:size],
        "nested quotes": ("\"'" * (size // 2 + 1))[:size],
        "emoji": emoji * (size // 4),  # 4 UTF-8 bytes each: same byte size
        "zero-width": ("you\u200b never\u200d " * (size // 12 + 1))[:size],
        "lone surrogates": ("\ud800you never\udfff " * (size // 12 + 1))[:size],
    }


def _refusal(text: str) -> tuple[float, str]:
    """Seconds until `analyze` refuses a text over MAX_TEXT_CHARS, and its reason."""
    start = time.perf_counter()
    try:
        analyze(text)
    except TextTooLong as error:
        return time.perf_counter() - start, str(error)
    raise SystemExit(f"a text of {len(text):,} characters was analysed, not refused")


def scaling(sample: str) -> None:
    sizes = (10_000, 100_000)
    print("\n== scaling (seconds; ratio to the 10 KB time; linear is ~10x)")
    print(
        f"{'input':<16}" + "".join(f"{s // 1000:>9} KB" for s in sizes) + "   ratio"
        f"   1 MB (over MAX_TEXT_CHARS = {MAX_TEXT_CHARS:,}: refused)"
    )
    reason = ""
    for name in _inputs(10, sample):
        times = []
        for size in sizes:
            text = _inputs(size, sample)[name]
            start = time.perf_counter()
            analyze(text)
            times.append(time.perf_counter() - start)
        refused, reason = _refusal(_inputs(1_000_000, sample)[name])
        print(
            f"{name:<16}" + "".join(f"{t:>12.4f}" for t in times)
            + f"   {times[1] / times[0]:4.0f}x   {refused:.6f}"
        )  # fmt: skip
    print(f"1 MB, refused with: {reason}")
    special = "\U0001f600" * 100_000
    start = time.perf_counter()
    analyze(special)
    print(f"100k emoji (one message): {time.perf_counter() - start:.4f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, nargs="+", default=DEFAULT_CORPORA, help="held-out corpus files"
    )
    parser.add_argument("--passes", type=int, default=5, help="timed passes over the messages")
    parser.add_argument("--quick", action="store_true", help="skip the scaling inputs")
    args = parser.parse_args(argv)
    missing = [path for path in args.corpus if not path.exists()]
    if missing:
        print(f"corpus not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    vader = SentimentIntensityAnalyzer()
    held_out = {path: load(path) for path in args.corpus}
    texts = [str(c.get("text", "")) for cases in held_out.values() for c in cases]
    # Warm-up on the other splits next to them (train, dev): never on held-out messages.
    folders = {path.resolve().parent for path in args.corpus}
    chosen = {path.resolve() for path in args.corpus}
    others = sorted(p for folder in folders for p in folder.glob("*.jsonl") if p not in chosen)
    warm_texts = [str(c.get("text", "")) for path in others for c in load(path)]
    # Timed before the quality pass, which would otherwise have seen every message.
    with redirect_stdout(io.StringIO()) as timings:
        throughput(texts, vader, args.passes, warm_texts)
    for path, cases in held_out.items():
        print(f"\n### {path.name}")
        quality(cases, vader)
    for stress in DANGER_STRESS:
        if stress.exists():
            print(f"\n### {stress.name}")
            danger_stress(load(stress))
    print(timings.getvalue(), end="")
    if not args.quick:
        scaling(" ".join(texts[:50]) + " ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
