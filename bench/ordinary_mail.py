"""False alarms on ordinary mail: the rules alone against the rules with the message model.

    .venv/bin/python bench/ordinary_mail.py [--split dev|test] [--list]

Each message of `tests/corpus/ordinary/` (Enron mail, afterview/ordinary_mail.py) is read
alone for its owner, as the worker reads a one-message thread. Printed for one split (dev
by default: the model was fitted on dev's messages, so test is its judge; read it rarely,
figures only): the messages read, the false alarms per 1,000 ordinary messages and the
owner's own job mail found, by the rules alone (`detect_readings(second_reading=False)`)
and as shipped, side by side. `--list` prints the shipped reading's false alarms.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from afterview.message_training import read_example  # noqa: E402
from afterview.ordinary_mail import SPLITS, false_alarms, ordinary_messages  # noqa: E402

ORDINARY = ROOT / "tests" / "corpus" / "ordinary"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--list", action="store_true", help="print the shipped false alarms")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    rules_alarms = rules_jobs = 0
    for label, message in ordinary_messages(ORDINARY, args.split):
        flagged = read_example([message], label["me"], "ordinary", False, 1.0).rule_interview
        if label["job"] == "candidate":
            rules_jobs += flagged
        else:
            rules_alarms += flagged
    shipped = false_alarms(ORDINARY, args.split)
    ordinary = shipped.read - shipped.jobs
    print(f"ordinary mail, {args.split}: {shipped.read:,} messages, {shipped.jobs} job mail")
    print(f"  {'':28} false alarms   per 1,000   job mail found")
    for name, alarms, found in (
        ("rules alone", rules_alarms, rules_jobs),
        ("rules + message model", len(shipped.alarms), shipped.jobs_found),
    ):
        print(
            f"  {name:28} {alarms:12} {1000 * alarms / max(1, ordinary):11.1f}"
            f"   {found} of {shipped.jobs}"
        )
    if args.list:
        for line in shipped.alarms:
            print(f"  alarm: {line}")
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
