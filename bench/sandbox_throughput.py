"""Sandbox throughput: load a 10,000-thread mailbox, then measure metadata gets per second
through the batch endpoint (batches of 50, quota limit off) with the real client library.

    .venv/bin/python bench/sandbox_throughput.py [--threads 10000] [--gets 10000]

The mailbox comes from gmail_sandbox.generator when this checkout has it (seed 1), otherwise
from the filler below (4 messages a thread, alternating employer and candidate, ~1 KB
bodies). `--filler` forces the filler.
The sandbox runs as `afterview sandbox` in its own process, so client and server do not
share an interpreter lock.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ME = "me@example.com"
NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
HEADERS = ["From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References"]
PARAGRAPH = (
    "Thank you for taking the time to speak with us about the role. The team enjoyed the "
    "conversation and we will be in touch about next steps once every interview is done. "
)


def filler_thread(n: int) -> list[bytes]:
    """Four messages: employer, candidate, employer, candidate (plain bytes, no generator)."""
    company = f"company{n % 997}.example"
    subject = f"Interview for role {n} at Company {n % 997}"
    start = NOW - timedelta(days=n % 365, hours=n % 24)
    messages, previous = [], []
    for k in range(4):
        sender = f"Recruiter <jobs@{company}>" if k % 2 == 0 else ME
        to = ME if k % 2 == 0 else f"jobs@{company}"
        message_id = f"<t{n}.m{k}@{company if k % 2 == 0 else 'example.com'}>"
        head = [
            f"From: {sender}",
            f"To: {to}",
            f"Subject: {'Re: ' if k else ''}{subject}",
            f"Date: {format_datetime(start + timedelta(hours=6 * k))}",
            f"Message-ID: {message_id}",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
        ]
        if previous:
            head += [f"In-Reply-To: {previous[-1]}", f"References: {' '.join(previous)}"]
        body = f"Hello,\r\n\r\n{PARAGRAPH * 5}\r\n\r\nMessage {k} of thread {n}.\r\n"
        messages.append(("\r\n".join(head) + "\r\n\r\n" + body).encode())
        previous.append(message_id)
    return messages


def write_mbox_directory(directory: Path, threads: int) -> None:
    for n in range(threads):
        path = directory / f"{n // 1000:02d}" / f"thread-{n:05d}.mbox"
        path.parent.mkdir(exist_ok=True)
        with path.open("wb") as out:
            for raw in filler_thread(n):
                out.write(b"From sender Mon Mar  3 18:00:00 2025\n")
                out.write(raw.replace(b"\r\n", b"\n") + b"\n")


def mailbox_threads(threads: int, have_generator: bool) -> list[list[bytes]]:
    if not have_generator:
        return [filler_thread(n) for n in range(threads)]
    from gmail_sandbox.generator import generate_mailbox

    return [thread.messages for thread in generate_mailbox(ME, threads, 1, NOW)]


def measure_in_process_load(data: list[list[bytes]]) -> tuple[int, float]:
    from gmail_sandbox.loading import load_threads
    from gmail_sandbox.sandbox import Sandbox

    sandbox = Sandbox(me=ME)
    started = time.perf_counter()
    report = load_threads(sandbox.mailbox(), data, now_ms=sandbox.now_ms())
    return report.messages, time.perf_counter() - started


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux), to split client from server."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_sandbox(args: list[str]) -> tuple[subprocess.Popen, str, str]:
    command = [sys.executable, "-m", "cli", "sandbox", "--port", "0", "--quota", "0", *args]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    url = process.stdout.readline().strip()
    token = process.stdout.readline().strip()
    if not url.startswith("http"):
        process.kill()
        raise SystemExit(f"the sandbox did not start: {process.stderr.read()}")
    return process, url, token


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=10_000)
    parser.add_argument("--gets", type=int, default=10_000, help="metadata gets to time")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--filler", action="store_true", help="ignore the generator")
    options = parser.parse_args()

    from google.oauth2.credentials import Credentials
    from googleapiclient.discovery import build
    from googleapiclient.http import BatchHttpRequest

    have_generator = (
        not options.filler and importlib.util.find_spec("gmail_sandbox.generator") is not None
    )
    source = "gmail_sandbox.generator" if have_generator else "the benchmark's own filler"
    print(f"mailbox: {options.threads} threads from {source}")
    messages, seconds = measure_in_process_load(mailbox_threads(options.threads, have_generator))
    print(f"load (in process, load_threads): {messages} messages in {seconds:.2f} s "
          f"= {messages / seconds:,.0f} messages/s")  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        if have_generator:
            args = ["--threads", str(options.threads), "--seed", "1", "--now", NOW.isoformat(),
                    "--me", ME]  # fmt: skip
        else:
            write_mbox_directory(Path(tmp), options.threads)
            args = ["--mailbox", tmp]
        started = time.perf_counter()
        process, url, token = start_sandbox(args)
        startup = time.perf_counter() - started
        stderr_lines: list[str] = []
        drain = threading.Thread(target=lambda: stderr_lines.extend(process.stderr), daemon=True)
        try:
            service = build("gmail", "v1", credentials=Credentials(token=token),
                            static_discovery=True, cache_discovery=False,
                            client_options={"api_endpoint": url})  # fmt: skip
            loaded = process.stderr.readline().strip()
            drain.start()
            print(f"sandbox process ready in {startup:.2f} s; it says: {loaded}")

            ids: list[str] = []
            started = time.perf_counter()
            request = service.users().messages().list(userId="me", maxResults=500)
            while request is not None and len(ids) < options.gets:
                page = request.execute()
                ids += [m["id"] for m in page.get("messages", [])]
                request = service.users().messages().list_next(request, page)
            listing = time.perf_counter() - started
            print(f"messages.list: {len(ids)} ids in {listing:.2f} s "
                  f"({len(ids) / 500:.0f} pages of 500)")  # fmt: skip
            ids = ids[: options.gets]

            failures = 0

            def count(_, response, error):
                nonlocal failures
                failures += error is not None

            batch_uri = url + "/batch/gmail/v1"
            get = service.users().messages().get
            server_cpu = cpu_seconds(process.pid)
            started = time.perf_counter()
            for offset in range(0, len(ids), options.batch):
                batch = BatchHttpRequest(callback=count, batch_uri=batch_uri)
                for message_id in ids[offset : offset + options.batch]:
                    batch.add(get(userId="me", id=message_id, format="metadata",
                                  metadataHeaders=HEADERS))  # fmt: skip
                batch.execute()
            elapsed = time.perf_counter() - started
            print(f"batched metadata gets: {len(ids)} in {elapsed:.2f} s = "
                  f"{len(ids) / elapsed:,.0f} calls/s (batches of {options.batch}, "
                  f"{failures} failed)")  # fmt: skip
            after = cpu_seconds(process.pid)
            if server_cpu is not None and after is not None:
                per_call = (after - server_cpu) / len(ids) * 1000
                print(f"  sandbox CPU per batched get: {per_call:.2f} ms "
                      f"(the rest is the client library and the wire)")  # fmt: skip

            single = ids[:500]
            started = time.perf_counter()
            for message_id in single:
                get(
                    userId="me", id=message_id, format="metadata", metadataHeaders=HEADERS
                ).execute()
            elapsed = time.perf_counter() - started
            print(f"unbatched metadata gets: {len(single)} in {elapsed:.2f} s = "
                  f"{len(single) / elapsed:,.0f} calls/s")  # fmt: skip
        finally:
            process.terminate()
            process.wait(timeout=10)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
