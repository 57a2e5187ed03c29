"""Detection + advice cost in machine instructions, this tree against another commit's.

    .venv/bin/python bench/domain_instructions.py [--against REF] [--threads 600] [--passes 2]

On a shared machine the time a pass takes moves by a fifth between runs (other work takes
the core, the caches and the memory bus), more than the few per cent a change costs or wins.
The instructions a pass executes barely move (0.06 % over four runs of one tree, likely the
order Python's per-process hash seed gives its sets): this script counts them under valgrind
(`callgrind`), for this tree and for an export of `--against` (default: HEAD, so uncommitted
changes are what is measured), and prints instructions per thread and the ratio of the two.

A generated mailbox (`--threads`, seed 7) is parsed once by this tree and given to both as
pickled messages, so only detection, the timeline and advice are counted. Each tree is run
twice: once to read the mailbox once (imports and the resources built once, such as the
public suffix list), once more to also read it `--passes` times with the memos emptied before
each pass (cold, as `bench/domain_throughput.py` runs); the difference over the passes is one
pass's count.
About a minute of CPU; the four valgrind runs go two at a time. Instructions are not time (a
cache miss costs more than an addition), so a change that moves memory traffic should be
timed too: `bench/domain_throughput.py`.
"""

from __future__ import annotations

import argparse
import io
import pickle
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

ME = "alex.morgan@example.com"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def read_passes(mailbox: str, passes: int) -> None:
    """The counted work, run inside valgrind with the tree under test first on sys.path."""
    from afterview.memos import clear_memos
    from afterview.policy import STANDARD, advise
    from afterview.timeline import thread_facts

    with open(mailbox, "rb") as f:
        threads = pickle.load(f)
    # imports and one-off resources (the public suffix list is loaded by the first thread
    # whose company is read from its sender's domain, not by the first thread): a whole pass
    for messages in threads:
        advise(thread_facts(messages, ME), NOW, STANDARD)
    for _ in range(passes):
        clear_memos()
        for messages in threads:
            advise(thread_facts(messages, ME), NOW, STANDARD)


def instructions(tree: Path, mailbox: Path, passes: int) -> int:
    command = [
        "valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
        sys.executable, str(Path(__file__).resolve()), "--child", str(tree), str(mailbox),
        str(passes),
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    counted = re.search(r"Collected : (\d+)", done.stderr)
    if counted is None:
        raise SystemExit(f"valgrind printed no count:\n{done.stderr[-2000:]}")
    return int(counted.group(1))


def per_pass(tree: Path, mailbox: Path, passes: int) -> float:
    with ThreadPoolExecutor(2) as pool:
        alone, read = pool.map(lambda n: instructions(tree, mailbox, n), (0, passes))
    return (read - alone) / passes


def export(ref: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "afterview", "gmail_sandbox"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="HEAD", help="a commit to compare with")
    parser.add_argument("--threads", type=int, default=600)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        tree, mailbox, passes = args.child
        sys.path.insert(0, tree)
        read_passes(mailbox, int(passes))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")

    sys.path.insert(0, str(ROOT))
    from afterview.parse import parse_message
    from gmail_sandbox.generator import generate_mailbox

    with tempfile.TemporaryDirectory() as tmp:
        mailbox = Path(tmp) / "mailbox.pickle"
        generated = generate_mailbox(ME, args.threads, 7, NOW)
        threads = [[parse_message(raw, thread_id=g.key) for raw in g.messages] for g in generated]
        mailbox.write_bytes(pickle.dumps(threads))
        before = export(args.against, Path(tmp) / "against")
        here = per_pass(ROOT, mailbox, args.passes)
        there = per_pass(before, mailbox, args.passes)
    n = len(threads)
    print(f"mailbox: {n} threads, {sum(map(len, threads))} messages; {args.passes} cold passes")
    print(f"{args.against}: {there / n:,.0f} instructions a thread")
    print(f"this tree: {here / n:,.0f} instructions a thread")
    print(f"this tree / {args.against}: {here / there:.3f}")


if __name__ == "__main__":
    main()
