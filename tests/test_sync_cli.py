"""`afterview sync` and `afterview demo`, run as the CLI (subprocesses) against a sandbox."""

from __future__ import annotations

import os
import subprocess

from sqlalchemy import func, select

from storage.db import Database
from storage.models import GmailAccount, ThreadRecord
from tests.conftest import ROOT, afterview_command
from tests.sync_helpers import SYNC_REDIS_URL, generated_sandbox, label_names


def run(args, tmp_path, **env):
    return subprocess.run(
        afterview_command(*args),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "AFTERVIEW_INSTANCE_PATH": str(tmp_path / "instance"),
            "REDIS_URL": SYNC_REDIS_URL,
            "AFTERVIEW_SECRET_KEYS": "",
            "COLUMNS": "200",
            **env,
        },
    )


def test_sync_connects_a_sandbox_mailbox_and_prints_the_advice(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    with generated_sandbox(25) as running:
        args = ["sync", "--gmail-url", running.url, "--me", "me@example.com", "--database", url]

        first = run(args, tmp_path)
        second = run(args, tmp_path)

        assert first.returncode == 0, first.stderr
        assert "What to do now" in first.stdout
        assert "full sync:" in first.stdout and "interview threads" in first.stdout
        assert second.returncode == 0, second.stderr
        assert "incremental sync: 0 threads read" in second.stdout
        assert any(name.startswith("Afterview/") for name in label_names(running).values())
    # The key it made for the sandbox's tokens stays with the instance, private.
    key_file = tmp_path / "instance" / "sandbox-secret.key"
    assert key_file.stat().st_mode & 0o077 == 0
    database = Database.from_url(url)
    try:
        with database.session() as session:
            assert session.scalar(select(func.count()).select_from(GmailAccount)) == 1
            assert session.scalar(select(func.count()).select_from(ThreadRecord)) > 0
            account = session.scalars(select(GmailAccount)).one()
            assert account.refresh_token_ciphertext and "1//" not in (
                account.refresh_token_ciphertext
            )
    finally:
        database.dispose()


def test_sync_of_an_unknown_mailbox_says_how_to_connect_one(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    out = run(["sync", "--me", "nobody@example.com", "--database", url], tmp_path)
    assert out.returncode == 1
    assert "no connected mailbox nobody@example.com" in out.stderr


def test_sync_against_nothing_is_a_clear_error(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    args = ["sync", "--gmail-url", "http://127.0.0.1:9", "--me", "me@example.com"]
    out = run([*args, "--database", url], tmp_path)
    assert out.returncode == 1
    assert "cannot reach http://127.0.0.1:9" in out.stderr
    assert "Traceback" not in out.stderr


def test_demo_runs_end_to_end(tmp_path):
    out = run(["demo", "--threads", "40", "--quota", "0"], tmp_path)

    assert out.returncode == 0, out.stderr
    assert "What to do now" in out.stdout
    assert "threads scanned" in out.stdout and "quota units spent" in out.stdout
    assert (tmp_path / "instance" / "demo.sqlite3").exists()
