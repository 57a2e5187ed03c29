"""Configuration in one place (`afterview_config`): each misconfiguration stops the real
command (a subprocess) with one line naming the setting and exit code 2, no traceback; a
worker set up the server's way (`AFTERVIEW_GOOGLE_OAUTH_SERVER` alone) reaches the same
Google (here the sandbox); every setting is in the README's table.
"""

from __future__ import annotations

import os
import re
import subprocess

import pytest
import redis

import afterview_config
from gmail.quota import TABLES
from storage.models import GmailAccount, SyncState, SyncStatus
from tests.conftest import ROOT, afterview_command
from tests.sync_helpers import FAST, KEY, SYNC_REDIS_URL, connect, generated_sandbox
from worker import jobs
from worker.queueing import Origin, Queues
from worker.settings import WorkerSettings

GOOD_KEY = KEY
# The least a deployment's API needs besides PUBLIC_URL.
SIGN_IN = {
    "AFTERVIEW_SECRET_KEY": "s" * 40,
    "AFTERVIEW_SECRET_KEYS": GOOD_KEY,
    "AFTERVIEW_GOOGLE_CLIENT_ID": "id.apps.googleusercontent.com",
    "AFTERVIEW_GOOGLE_CLIENT_SECRET": "client-secret",
    "AFTERVIEW_EXTENSION_IDS": "kghgijmimnfdkkemjdgloioholahbgob",
}


def _clean_env(tmp_path, **settings: str) -> dict[str, str]:
    """The machine's environment without any Afterview setting, plus `settings`."""
    names = {s.env for s in afterview_config.SETTINGS}
    names |= {alias for s in afterview_config.SETTINGS for alias in s.aliases}
    env = {k: v for k, v in os.environ.items() if k not in names}
    env["AFTERVIEW_INSTANCE_PATH"] = str(tmp_path / "instance")
    env["REDIS_URL"] = SYNC_REDIS_URL
    env.update(settings)
    return env


def _run(tmp_path, args: tuple[str, ...], **settings: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        afterview_command(*args),
        cwd=tmp_path,
        env=_clean_env(tmp_path, **settings),
        capture_output=True,
        text=True,
        timeout=60,
    )


MISCONFIGURATIONS = [
    # (command, settings, the words the one line must hold)
    (("worker", "--burst"), {}, "AFTERVIEW_SECRET_KEYS is not set"),
    (("worker", "--burst"), {"AFTERVIEW_SECRET_KEYS": "not-a-key"}, "key #1 is not a Fernet"),
    (
        ("worker", "--burst"),
        {"AFTERVIEW_SECRET_KEYS": GOOD_KEY, "AFTERVIEW_GMAIL_QUOTA_TABLE": "google-1999"},
        "AFTERVIEW_GMAIL_QUOTA_TABLE: 'google-1999' is not one of",
    ),
    (
        ("worker", "--burst"),
        {"AFTERVIEW_SECRET_KEYS": GOOD_KEY, "AFTERVIEW_GMAIL_QUOTA_FRACTION": "1.5"},
        "AFTERVIEW_GMAIL_QUOTA_FRACTION: must be at most 1",
    ),
    (
        ("worker", "--burst"),
        {"AFTERVIEW_SECRET_KEYS": GOOD_KEY, "AFTERVIEW_GOOGLE_OAUTH_SERVER": "sandbox:8025"},
        "AFTERVIEW_GOOGLE_OAUTH_SERVER: not a http/https URL",
    ),
    (("scheduler",), {"AFTERVIEW_SYNC_INTERVAL": "five"}, "AFTERVIEW_SYNC_INTERVAL: not a whole"),
    (("scheduler",), {"AFTERVIEW_REEVALUATE_INTERVAL": "1"}, "must be at least 2, not 1"),
    (("scheduler",), {"REDIS_URL": "http://redis:6379"}, "REDIS_URL: not a redis/rediss/unix"),
    (("scheduler",), {"AFTERVIEW_LOG_LEVEL": "LOUD"}, "AFTERVIEW_LOG_LEVEL: 'LOUD' is not one"),
    (("db", "upgrade"), {"DATABASE_URL": "postgres-at-db"}, "DATABASE_URL: not a database URL"),
    (
        ("serve", "--host", "0.0.0.0"),
        SIGN_IN,
        "AFTERVIEW_PUBLIC_URL must be an https:// URL when the API is reached at 0.0.0.0",
    ),
    (
        ("serve", "--host", "0.0.0.0"),
        {**SIGN_IN, "AFTERVIEW_PUBLIC_URL": "http://afterview.example.com"},
        "(it is 'http://afterview.example.com')",
    ),
    (
        ("serve", "--host", "0.0.0.0"),
        {**SIGN_IN, "AFTERVIEW_PUBLIC_URL": "https://a.example.com", "AFTERVIEW_SECRET_KEY": ""},
        "AFTERVIEW_SECRET_KEY is not set: the API cannot sign anyone in",
    ),
    (
        ("serve", "--host", "10.0.0.5"),
        {**SIGN_IN, "AFTERVIEW_PUBLIC_URL": "https://a.example.com", "AFTERVIEW_SECRET_KEYS": ""},
        "AFTERVIEW_SECRET_KEYS is not set",
    ),
    (
        ("serve", "--host", "0.0.0.0"),
        {**SIGN_IN, "AFTERVIEW_PUBLIC_URL": "https://a.example.com", "AFTERVIEW_EXTENSION_IDS": ""},
        "AFTERVIEW_EXTENSION_IDS is not set",
    ),
    (
        ("serve", "--host", "127.0.0.1"),
        {**SIGN_IN, "AFTERVIEW_PUBLIC_URL": "http://afterview.example.com"},
        "must be an https:// URL when the API is reached at afterview.example.com",
    ),
    (
        ("serve",),
        {"AFTERVIEW_MAX_CONTENT_LENGTH": "lots"},
        "AFTERVIEW_MAX_CONTENT_LENGTH: not a whole number",
    ),
    (
        ("worker", "--burst"),
        {"AFTERVIEW_SECRET_KEYS": GOOD_KEY, "AFTERVIEW_GMAIL_PUSH_TOPIC": "afterview-gmail"},
        "AFTERVIEW_GMAIL_PUSH_TOPIC: not a Pub/Sub topic name",
    ),
    (
        ("serve",),
        {"AFTERVIEW_GMAIL_PUSH_TOPIC": "projects/p/topics/gmail"},
        "neither AFTERVIEW_GMAIL_PUSH_AUDIENCE nor AFTERVIEW_GMAIL_PUSH_SECRET",
    ),
    (
        ("serve",),
        {"AFTERVIEW_GMAIL_PUSH_AUDIENCE": "https://a.example.com/hooks/gmail"},
        "AFTERVIEW_GMAIL_PUSH_SERVICE_ACCOUNT is not set",
    ),
    (
        ("serve",),
        {"AFTERVIEW_GMAIL_PUSH_SECRET": "hunter2"},
        "AFTERVIEW_GMAIL_PUSH_SECRET: too short",
    ),
]


@pytest.mark.parametrize(
    ("args", "settings", "words"),
    MISCONFIGURATIONS,
    ids=[f"{' '.join(a)}:{w[:40]}" for a, _, w in MISCONFIGURATIONS],
)
def test_a_misconfiguration_is_one_clear_line_and_exit_code_2(tmp_path, args, settings, words):
    result = _run(tmp_path, args, **settings)

    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"afterview {args[0]}: ")
    assert words in lines[0]
    assert "Traceback" not in result.stderr


def test_a_malformed_secret_is_never_echoed(tmp_path):
    secret = "ThisIsNotAFernetKeyButItIsSecret"
    result = _run(tmp_path, ("worker", "--burst"), AFTERVIEW_SECRET_KEYS=secret)

    assert result.returncode == 2
    assert secret not in result.stderr


def test_a_database_password_is_hidden_in_the_message(tmp_path):
    result = _run(tmp_path, ("db", "upgrade"), DATABASE_URL="nonsense://u:hunter2@db/x")

    assert result.returncode == 2, result.stderr
    assert "hunter2" not in result.stderr


def test_the_api_on_loopback_starts_without_the_deployment_settings():
    config = afterview_config.read({})

    afterview_config.check(config, afterview_config.API, bind_host="127.0.0.1")
    afterview_config.check(config, afterview_config.API, bind_host="::1")
    with pytest.raises(afterview_config.ConfigError, match="AFTERVIEW_PUBLIC_URL"):
        afterview_config.check(config, afterview_config.API, bind_host="0.0.0.0")


def test_a_complete_deployment_passes():
    config = afterview_config.read({**SIGN_IN, "AFTERVIEW_PUBLIC_URL": "https://a.example.com"})

    afterview_config.check(config, afterview_config.API, bind_host="0.0.0.0")
    afterview_config.check(config, afterview_config.WORKER)
    afterview_config.check(config, afterview_config.SCHEDULER)


def test_todays_names_still_work_and_the_prefixed_one_wins():
    config = afterview_config.read(
        {"DATABASE_URL": "sqlite:///old.sqlite3", "REDIS_URL": "redis://old:6379/0"}
    )
    assert config.get("DATABASE_URL") == "sqlite:///old.sqlite3"
    assert config.redis_url == "redis://old:6379/0"

    both = afterview_config.read(
        {"REDIS_URL": "redis://old:6379/0", "AFTERVIEW_REDIS_URL": "redis://new:6379/0"}
    )
    assert both.redis_url == "redis://new:6379/0"


def test_the_worker_reads_the_servers_google_oauth_server():
    settings = WorkerSettings.from_env(
        {"AFTERVIEW_GOOGLE_OAUTH_SERVER": "http://127.0.0.1:8025/", "DATABASE_URL": "sqlite://"}
    )

    assert settings.google_token_uri == "http://127.0.0.1:8025/token"
    assert settings.gmail_api_endpoint == "http://127.0.0.1:8025"
    # Explicit endpoints still win, as for the server.
    explicit = WorkerSettings.from_env(
        {
            "AFTERVIEW_GOOGLE_OAUTH_SERVER": "http://127.0.0.1:8025",
            "AFTERVIEW_GOOGLE_TOKEN_URI": "http://127.0.0.1:9000/token",
            "DATABASE_URL": "sqlite://",
        }
    )
    assert explicit.google_token_uri == "http://127.0.0.1:9000/token"


def test_a_worker_set_up_the_servers_way_syncs(sqlite_db, tmp_path):
    """The worker of the issue: only AFTERVIEW_GOOGLE_OAUTH_SERVER, as the server is
    configured; it used to retry oauth2.googleapis.com for 110 s. Now it syncs."""
    connection = redis.Redis.from_url(SYNC_REDIS_URL)
    connection.flushdb()
    queues = Queues(connection, "afterview-config-test")
    try:
        with generated_sandbox(8) as running:
            account_id = connect(running, sqlite_db)
            with sqlite_db.session() as session:
                created_at = session.get(GmailAccount, account_id).created_at
            jobs.enqueue_sync(queues, account_id, created_at, full=True, origin=Origin.SIGN_IN)
            result = _run(
                tmp_path,
                ("worker", "--burst", "--simple", "--queues", "interactive"),
                DATABASE_URL=sqlite_db.url,
                AFTERVIEW_QUEUE_PREFIX=queues.prefix,
                AFTERVIEW_SECRET_KEYS=GOOD_KEY,
                AFTERVIEW_GOOGLE_OAUTH_SERVER=running.url,
                AFTERVIEW_GMAIL_UNITS_PER_SECOND=str(FAST),
            )
        assert result.returncode == 0, result.stderr
        with sqlite_db.session() as session:
            state = session.get(SyncState, account_id)
            assert state.status == SyncStatus.IDLE, (state.status, state.last_error)
            assert state.progress_done == state.progress_total > 0
    finally:
        connection.flushdb()
        connection.close()


def test_the_quota_tables_named_are_the_ones_gmail_quota_has():
    assert set(afterview_config.QUOTA_TABLES) == set(TABLES)


def test_the_readme_table_lists_every_setting_and_nothing_else():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `AFTERVIEW_([A-Z_]+)`", section, re.MULTILINE))

    assert listed == set(afterview_config.BY_NAME)
