"""Digest of every answer the domain gives over generated mailboxes: the check that a speed-up
changed no answer.

    .venv/bin/python bench/answers_digest.py [--threads 10000] [--seeds 7 11] [--out FILE]
    # the code before, from an export of main, with this script run from the branch:
    PYTHONPATH=/tmp/base_src .venv/bin/python bench/answers_digest.py --out /tmp/before.txt

For each thread, `repr` of `thread_facts` (detection, stage, times, company ...) and of
`advise` on them, one line per thread; prints a SHA-256 per seed and over all, and with
`--out` writes the lines, so two runs can be compared with `diff` (the first differing
thread says what moved). The memos are emptied before each seed, as the bench does: an
answer must not depend on what was read before it. The clock (`now`) is fixed.

`--as-they-arrive` adds, for each thread, the advice on the mail that had arrived as each
message came in, advised an hour after it: the answers a user sees along the way, which the
one fixed `now` does not show (an earlier round's invitation read as asking, say).
"""

from __future__ import annotations

import argparse
import hashlib
from datetime import UTC, datetime, timedelta

from afterview.memos import clear_memos
from afterview.parse import parse_message
from afterview.policy import STANDARD, advise
from afterview.timeline import thread_facts
from gmail_sandbox.generator import generate_mailbox

ME = "alex.morgan@example.com"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def answers(threads: int, seed: int, as_they_arrive: bool = False):
    """One line per generated thread: its key, its facts and the advice on them (and with
    `as_they_arrive`, a line per message: the advice an hour after it came in)."""
    clear_memos()
    for generated in generate_mailbox(ME, threads, seed, NOW):
        messages = [parse_message(raw, thread_id=generated.key) for raw in generated.messages]
        facts = thread_facts(messages, ME)
        yield f"{seed} {generated.key} {facts!r} {advise(facts, NOW, STANDARD)!r}\n"
        if as_they_arrive:
            arrived = sorted(messages, key=lambda m: m.date)
            for count, message in enumerate(arrived[:-1], start=1):
                then = message.date + timedelta(hours=1)
                advice = advise(thread_facts(arrived[:count], ME), then, STANDARD)
                yield f"{seed} {generated.key} @{count} {advice.action.value} {advice.reason}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=10_000, help="threads per seed")
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 11])
    parser.add_argument("--out", default=None, help="write every line here (to diff)")
    parser.add_argument(
        "--as-they-arrive",
        action="store_true",
        help="also the advice as each message came in, an hour after it",
    )
    args = parser.parse_args()
    overall = hashlib.sha256()
    out = open(args.out, "w", encoding="utf-8") if args.out else None  # noqa: SIM115
    try:
        for seed in args.seeds:
            digest = hashlib.sha256()
            for line in answers(args.threads, seed, args.as_they_arrive):
                data = line.encode("utf-8")
                digest.update(data)
                overall.update(data)
                if out is not None:
                    out.write(line)
            print(f"seed {seed}: {args.threads} threads, sha256 {digest.hexdigest()}")
    finally:
        if out is not None:
            out.close()
    print(f"all: sha256 {overall.hexdigest()}")


if __name__ == "__main__":
    main()
