"""`python -m tests.builders.shifted_clock SECONDS ARGS...`: `afterview ARGS...` with the
process's clock moved SECONDS from the machine's, ticking.

A test that pins its own clock (`time_machine.travel(FIXED_NOW, tick=True)`, the moment
its generated mailboxes were written at) starts its `afterview worker` and `afterview
scheduler` processes through this, with SECONDS = FIXED_NOW minus the machine's time at
the test's start: every process then reads the same clock as the test, second for
second, as processes on one machine read one clock. Forked job processes inherit it.
"""

from __future__ import annotations

import sys
import time

import time_machine

from cli.main import main


def run(argv: list[str]) -> int:
    offset = float(argv[0])
    with time_machine.travel(time.time() + offset, tick=True):
        return main(argv[1:])


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
