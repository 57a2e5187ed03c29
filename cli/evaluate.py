"""`afterview eval`: accuracy on the real-wording corpus (`afterview.corpus_eval`, pure
domain), and agreement with a generated mailbox's truth (`gmail_sandbox.evaluation`, next
to the generator it drives), printed apart: our own generator's agreement is not an
accuracy figure."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from afterview.corpus_eval import evaluate_corpus, report_corpus


def run(command: str, argv: list[str], out: TextIO | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="afterview eval",
        description=(
            "Accuracy on a hand-labelled corpus of real wording (--corpus), and agreement "
            "with a generated mailbox's truth (printed separately: our own generator's "
            "agreement is not an accuracy figure)."
        ),
    )
    parser.add_argument("directory", nargs="?", type=Path, help="written by `afterview generate`")
    parser.add_argument(
        "--corpus",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a split of the real-wording corpus (e.g. tests/corpus/real/test); repeatable",
    )
    parser.add_argument(
        "--no-generated", action="store_true", help="with --corpus: skip the generated mailbox"
    )
    parser.add_argument("--threads", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--me", default="alex.morgan@example.com")
    parser.add_argument("--now", type=datetime.fromisoformat, help="ISO 8601 (default: now)")
    parser.add_argument(
        "--worst",
        type=int,
        default=10,
        help="how many misses to list (of threads and moments, then of single messages)",
    )
    args = parser.parse_args(argv)
    out = out or sys.stdout
    started = time.perf_counter()
    for directory in args.corpus:
        if not (directory / "labels.jsonl").is_file():
            parser.error(f"--corpus {directory}: no labels.jsonl there")
        report_corpus(str(directory), evaluate_corpus(directory), out, misses=args.worst)
        print(file=out)
    if args.corpus and args.no_generated:
        print(f"({time.perf_counter() - started:.1f} s)", file=out)
        return 0
    if args.corpus:
        print("agreement with our own generated mailbox (not real-mail accuracy):", file=out)
    from gmail_sandbox import evaluation as generated  # the generator's truth: a dev install

    if args.directory:
        scores = generated.evaluate_directory(args.directory, args.me)
    else:
        now = args.now or datetime.now(UTC).replace(microsecond=0)
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        scores = generated.evaluate_generated(args.me, args.threads, args.seed, now)
    generated.report(scores, out, args.worst)
    print(f"\n({time.perf_counter() - started:.1f} s)", file=out)
    return 0
