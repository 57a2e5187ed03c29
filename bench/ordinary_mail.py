"""False alarms on ordinary mail: how many everyday messages are read as interviews.

    .venv/bin/python bench/ordinary_mail.py [--split dev|test] [--list]

Each message of `tests/corpus/ordinary/` (Enron mail, afterview/ordinary_mail.py) is read
alone for its owner, as the worker reads a one-message thread. Printed for one split (dev
by default; test is the judge of changes made on dev: read it rarely, figures only): the
messages read, the false alarms and their rate per 1,000 ordinary messages, and how many of
the owner's own job messages were found. `--list` prints the false alarms (dev only).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from afterview.ordinary_mail import SPLITS, false_alarms  # noqa: E402

ORDINARY = ROOT / "tests" / "corpus" / "ordinary"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--list", action="store_true", help="print the false alarms (dev)")
    args = parser.parse_args(argv)
    if args.list and args.split == "test":
        parser.error("--list reads the test split's mail: figures only there")
    started = time.perf_counter()
    found = false_alarms(ORDINARY, args.split)
    print(
        f"ordinary mail, {args.split}: {found.read:,} messages; false alarms "
        f"{len(found.alarms)} ({found.per_thousand:.1f} per 1,000 ordinary messages); "
        f"the owner's own job mail found {found.jobs_found} of {found.jobs}"
    )
    if args.list:
        for line in found.alarms:
            print(f"  alarm: {line}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
