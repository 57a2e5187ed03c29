"""A large Gmail Takeout through `afterview classify`: speed and peak memory.

    .venv/bin/python bench/takeout.py                # ~1 GB in /tmp
    .venv/bin/python bench/takeout.py --size-mb 200 --keep

Writes a synthetic Takeout (`All mail Including Spam and Trash.mbox`): threads from the
sandbox generator, each copy given its own X-GM-THRID and X-Gmail-Labels, written with
many threads open at once so their messages interleave as in a real export, and a 40 KB
attachment on one message in five (real mail is mostly attachments by volume). Then runs
`afterview classify` on it in a subprocess and prints messages/s, threads, and the peak RSS
of that process beside the file's size. Not a test: the figures go in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gmail_sandbox.generator import generate_mailbox  # noqa: E402

ME = "alex@example.com"
NOW = datetime(2026, 3, 16, 12, 0, tzinfo=UTC)
OPEN_THREADS = 64  # threads being written at once: their messages interleave


def _attached(raw: bytes, rng: random.Random) -> bytes:
    """The message wrapped in multipart/mixed with a 40 KB base64 attachment."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    content = [line for line in lines if line.lower().startswith(b"content-")]
    others = [line for line in lines if not line.lower().startswith((b"content-", b"mime-"))]
    data = base64.encodebytes(rng.randbytes(30_000)).replace(b"\n", b"\r\n")
    boundary = b"bench-boundary-" + str(rng.getrandbits(64)).encode()
    return b"\r\n".join(
        [
            *others,
            b"MIME-Version: 1.0",
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"',
            b"",
            b"--" + boundary,
            *content,
            b"",
            body,
            b"--" + boundary,
            b"Content-Type: application/pdf; name=resume.pdf",
            b"Content-Disposition: attachment; filename=resume.pdf",
            b"Content-Transfer-Encoding: base64",
            b"",
            data,
            b"--" + boundary + b"--",
            b"",
        ]
    )


def write_takeout(path: Path, size_bytes: int, seed: int) -> tuple[int, int]:
    """Write the export; returns (messages, threads) written."""
    rng = random.Random(seed)
    pool = [thread.messages for thread in generate_mailbox(ME, 2000, seed, NOW)]
    messages = threads = written = 0
    open_threads: list[tuple[str, list[bytes]]] = []
    envelope = b"From 1790000000000000000@xxx Mon Mar 16 12:00:00 +0000 2026\n"
    with path.open("wb") as out:
        while written < size_bytes or open_threads:
            while written < size_bytes and len(open_threads) < OPEN_THREADS:
                threads += 1
                open_threads.append((str(10**18 + threads), list(rng.choice(pool))))
            slot = rng.randrange(len(open_threads))
            thread_id, remaining = open_threads[slot]
            raw = remaining.pop(0)
            if rng.random() < 0.2:
                raw = _attached(raw, rng)
            labels = b"Sent,Opened" if b"\r\nFrom: " + ME.encode() in raw else b"Inbox,Opened"
            headers = b"X-GM-THRID: " + thread_id.encode() + b"\r\nX-Gmail-Labels: " + labels
            record = envelope + headers + b"\r\n" + raw.replace(b"\nFrom ", b"\n>From ") + b"\n"
            out.write(record)
            written += len(record)
            messages += 1
            if not remaining:
                open_threads.pop(slot)
    return messages, threads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="file size (default 1024)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/tmp"), help="where to write it")
    parser.add_argument("--keep", action="store_true", help="keep the file afterwards")
    args = parser.parse_args()
    path = args.dir / "afterview-bench-takeout" / "All mail Including Spam and Trash.mbox"
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    messages, threads = write_takeout(path, args.size_mb * 1024 * 1024, args.seed)
    size = path.stat().st_size
    print(
        f"wrote {size / 2**20:,.0f} MB: {messages:,} messages in {threads:,} threads "
        f"({time.perf_counter() - started:.0f} s)"
    )
    try:
        started = time.perf_counter()
        command = [sys.executable, "-m", "cli", "classify", "--me", ME, "--tz", "UTC"]
        process = subprocess.Popen(
            [*command, str(path)], cwd=ROOT, stdout=subprocess.PIPE, env=os.environ
        )
        assert process.stdout is not None
        lines = interviews = errors = 0
        for line in process.stdout:
            lines += 1
            interviews += b'"interview": true' in line
            errors += b'"error"' in line
        code = process.wait()
        seconds = time.perf_counter() - started
        peak_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KB on Linux
    finally:
        if not args.keep:
            path.unlink()
    print(f"afterview classify: exit {code}, {lines:,} lines ({interviews:,} interviews, "
          f"{errors} errors) in {seconds:.0f} s")  # fmt: skip
    print(f"  {messages / seconds:,.0f} messages/s, {lines / seconds:,.0f} threads/s")
    print(
        f"  peak RSS {peak_rss / 2**20:,.0f} MB for a {size / 2**20:,.0f} MB file "
        f"({peak_rss / size:.1%} of it)"
    )
    return 0 if code == 0 and lines == threads else 1


if __name__ == "__main__":
    sys.exit(main())
