"""The worker's memory during one label pass, against the number of interview threads.

    .venv/bin/python bench/label_memory.py [--threads 30000] [--labelled 0.5]
                                           [--baseline-rev f97b90b] [--tracemalloc]

Builds one SQLite database through the storage layer (`storage.migrate.upgrade`,
`repository.upsert_thread`): an account with N interview threads, their advice spread over
the actions, 2-3 Gmail message ids and a stored facts document (~2 KB) each, and the
account's Afterview labels; a fraction (`--labelled`) already carries the label of its
action, the rest has none yet — the state a first sync's label pass finds after reading.
Then one label pass (`worker.labels.apply_labels`) on a fresh copy of that database, in a
process of its own, for each code path:

- baseline: `worker/labels.py` as of `--baseline-rev` (every candidate thread an ORM record
  in one session, facts deferred), loaded from git into the same process layout;
- current: this checkout's `worker/labels.py` (slices of ids, column selects, UPDATEs).

Gmail is not involved: the pass talks to an in-memory stand-in that answers the label
calls (list, create, batchModify, threads.modify) and counts them, so the figures are the
pass's own — the worker's client and the sandbox would add the same for both. Printed per
path: the process's RSS before the pass (imports, database open), its peak during the pass
(VmHWM, reset just before it), the difference, the pass's time, the threads it changed and
the calls; with --tracemalloc also Python's own allocation peak during the pass (slower).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ADDRESS = "seeker@example.com"
ACTIONS = ("prepare", "reply", "send_thank_you", "wait", "follow_up", "move_on", "closed", "offer")
# The share of each action among a first sync's interview threads: mostly waits, closes
# and move-ons (old mail), few to act on now.
ACTION_WEIGHTS = (1, 1, 1, 8, 2, 6, 6, 1)


class InMemoryGmailLabels:
    """Answers the label calls a pass makes, with label ids fixed by name (so every process
    sees the same ids), and counts them. Nothing is kept per message."""

    def __init__(self) -> None:
        from worker.labels import PURPOSES, label_name

        self._labels = {f"Label_{purpose}": label_name(purpose) for purpose in PURPOSES}
        self.calls: Counter[str] = Counter()

    def list_labels(self) -> list[dict[str, str]]:
        self.calls["labels.list"] += 1
        return [{"id": label_id, "name": name} for label_id, name in self._labels.items()]

    def create_label(self, name: str) -> dict[str, str]:
        raise AssertionError(f"every label exists: {name}")

    def batch_modify(self, message_ids, add=(), remove=()) -> None:
        count = len(list(message_ids))
        self.calls["messages.batchModify"] += -(-count // 1000)

    def modify_threads(self, changes) -> dict[str, bool]:
        self.calls["threads.modify"] += len(changes)
        return dict.fromkeys(changes, True)


def build(path: Path, threads: int, labelled: float) -> int:
    """The database; returns the account's id."""
    from datetime import UTC, datetime, timedelta

    from storage import repository as repo
    from storage.crypto import SecretBox, generate_key
    from storage.db import Database
    from storage.migrate import upgrade
    from worker.labels import reconcile_labels

    url = f"sqlite:///{path}"
    upgrade(url)
    database = Database.from_url(url)
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    weighted = [a for a, w in zip(ACTIONS, ACTION_WEIGHTS, strict=True) for _ in range(w)]
    with database.session() as session:
        user = repo.get_or_create_user(session, ADDRESS)
        account = repo.connect_gmail_account(
            session, user, ADDRESS, SecretBox([generate_key()]), "1//bench"
        )
        account_id = account.id
        labels = reconcile_labels(session, InMemoryGmailLabels(), account_id, now=now)
    done = 0
    while done < threads:
        with database.session() as session:
            for n in range(done, min(threads, done + 1000)):
                action = weighted[n % len(weighted)]
                already = n < threads * labelled
                repo.upsert_thread(
                    session,
                    account_id,
                    f"thread{n:08x}",
                    subject=f"Interview with Company {n % 997} for Engineer {n}",
                    company=f"Company {n % 997}",
                    role="Engineer",
                    interview=True,
                    facts={"subject": f"Interview {n}", "messages": ["x" * 100] * 20},
                    last_message_at=now - timedelta(hours=n),
                    message_count=2 + n % 2,
                    action=action,
                    reason="A reason a person can read, one sentence long, as the advice has.",
                    advised_at=now,
                    gmail_message_ids=[f"msg{n:08x}{k}" for k in range(2 + n % 2)],
                    applied_label_id=labels.for_action(action) if already else None,
                )
        done = min(threads, done + 1000)
    database.dispose()
    return account_id


def load_labels_module(rev: str | None) -> types.ModuleType:
    """This checkout's worker.labels, or the one of `rev` (read from git), imported alike."""
    import worker.labels

    if rev is None:
        return worker.labels
    source = subprocess.run(
        ["git", "show", f"{rev}:worker/labels.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("worker.labels_baseline")
    module.__file__ = f"{rev}:worker/labels.py"
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, module.__file__, "exec"), module.__dict__)
    return module


def _rss_kib(field: str) -> int:
    """VmRSS (now) or VmHWM (the peak since the last reset), from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak_rss() -> None:
    """Start VmHWM again from the current RSS, so the peak is the pass's own, not that of
    the imports before it (Linux 4.0+: `5` to clear_refs)."""
    Path("/proc/self/clear_refs").write_text("5")
    assert _rss_kib("VmHWM") <= _rss_kib("VmRSS") + 1024, "the peak RSS was not reset"


def child(path: str, account_id: int, rev: str | None, trace: bool) -> None:
    import tracemalloc

    from storage.db import Database

    labels_module = load_labels_module(rev)
    database = Database.from_url(f"sqlite:///{path}")
    client = InMemoryGmailLabels()
    with database.session() as session:  # the engine's pool and the ORM's mappers, warmed
        labels_module.reconcile_labels(session, client, account_id)
    before = _rss_kib("VmRSS")
    _reset_peak_rss()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    report = labels_module.apply_labels(database, client, account_id)
    seconds = time.perf_counter() - started
    traced = tracemalloc.get_traced_memory()[1] if trace else None
    peak = _rss_kib("VmHWM")
    print(
        json.dumps(
            {
                "before_mib": before / 1024,
                "peak_mib": peak / 1024,
                "seconds": seconds,
                "changed": report.changed_threads,
                "calls": dict(client.calls),
                "tracemalloc_mib": None if traced is None else traced / 2**20,
            }
        )
    )


def run_pass(template: Path, account_id: int, rev: str | None, trace: bool) -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "pass.sqlite3"
        shutil.copyfile(template, copy)
        command = [sys.executable, __file__, "--child", str(copy), str(account_id)]
        command += ["--rev", rev] if rev else []
        command += ["--tracemalloc"] if trace else []
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=30_000)
    parser.add_argument("--labelled", type=float, default=0.5)
    parser.add_argument("--baseline-rev", default="f97b90b")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "ACCOUNT"), help=argparse.SUPPRESS)
    parser.add_argument("--rev", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.rev, args.tracemalloc)
        return

    with tempfile.TemporaryDirectory() as scratch:
        template = Path(scratch) / "template.sqlite3"
        started = time.perf_counter()
        account_id = build(template, args.threads, args.labelled)
        print(
            f"built {args.threads:,} interview threads ({args.labelled:.0%} already labelled)"
            f" in {time.perf_counter() - started:.0f} s"
        )
        header = "| code | RSS before | peak RSS | pass adds | seconds | changed | calls |"
        header += " tracemalloc peak |" if args.tracemalloc else ""
        print(header)
        print("|---" * (header.count("|") - 1) + "|")
        for name, rev in ((f"baseline {args.baseline_rev}", args.baseline_rev), ("current", None)):
            result = run_pass(template, account_id, rev, args.tracemalloc)
            calls = ", ".join(f"{k} {v}" for k, v in sorted(result["calls"].items()))
            row = (
                f"| {name} | {result['before_mib']:.0f} MiB | {result['peak_mib']:.0f} MiB"
                f" | {result['peak_mib'] - result['before_mib']:.0f} MiB"
                f" | {result['seconds']:.1f} | {result['changed']:,} | {calls} |"
            )
            if args.tracemalloc:
                row += f" {result['tracemalloc_mib']:.1f} MiB |"
            print(row, flush=True)


if __name__ == "__main__":
    main()
