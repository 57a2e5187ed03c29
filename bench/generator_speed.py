"""How fast the mailbox generator is: `.venv/bin/python bench/generator_speed.py [THREADS]`.

Not a test (timed tests flake); the figure goes in reports. Consumes
`generate_mailbox(..., threads=THREADS)` fully (default 50,000, the target being under 10 s
on one core) and prints wall and CPU time, messages and bytes produced.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime

from gmail_sandbox.generator import generate_mailbox


def main() -> None:
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    now = datetime(2026, 3, 16, 15, 0, tzinfo=UTC)
    wall, cpu = time.perf_counter(), time.process_time()
    messages = size = interview = 0
    for thread in generate_mailbox("alex.morgan@example.com", threads, 1, now):
        messages += len(thread.messages)
        size += sum(map(len, thread.messages))
        interview += thread.truth.interview
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"{threads} threads ({interview} interview), {messages} messages, {size / 1e6:.0f} MB: "
        f"wall {wall:.2f} s, CPU {cpu:.2f} s, {threads / cpu:.0f} threads/s of CPU"
    )


if __name__ == "__main__":
    main()
