"""Shared fixtures. Tests use real parts: Redis on a dedicated database, the sandbox Gmail."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# Hypothesis: a bounded pass in the suite (CI included); a long hunt by hand with
# `HYPOTHESIS_PROFILE=long ./scripts/test -q tests/test_parse_robustness.py
# tests/test_fuzz_detection.py`.
# Tests that set their own `max_examples` keep it.
settings.register_profile("ci", max_examples=100)
settings.register_profile("long", max_examples=5000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

# A database number of its own, flushed around each test that uses it.
TEST_REDIS_URL = os.environ.get("AFTERVIEW_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


def afterview_command(*args: str) -> list[str]:
    """The CLI as a subprocess, run from this checkout (not whatever is installed)."""
    return [sys.executable, "-m", "cli", *args]


@pytest.fixture
def redis_conn():
    import redis

    conn = redis.Redis.from_url(TEST_REDIS_URL)
    try:
        conn.ping()
    except redis.ConnectionError as exc:  # scripts/test starts one; say so when run by hand
        pytest.fail(f"Redis at {TEST_REDIS_URL} does not answer ({exc}); run scripts/test")
    conn.flushdb()
    yield conn
    conn.flushdb()
    conn.close()


# Databases: every storage test runs on a SQLite file and on PostgreSQL. PostgreSQL tests
# get a schema of their own per test session (search_path in the URL), so concurrent runs
# on one server never meet; they are skipped, with the reason shown, when none answers.
TEST_POSTGRES_URL = os.environ.get(
    "AFTERVIEW_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
DATABASE_BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@contextlib.contextmanager
def postgres_schema_url():
    """A fresh PostgreSQL schema, as a URL whose connections use it; dropped afterwards."""
    import secrets

    import sqlalchemy as sa

    name = f"test_{secrets.token_hex(6)}"
    admin = sa.create_engine(TEST_POSTGRES_URL, connect_args={"connect_timeout": 3})
    try:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    except sa.exc.OperationalError as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL at {TEST_POSTGRES_URL} does not answer: {exc.orig}")
    url = sa.make_url(TEST_POSTGRES_URL).update_query_dict({"options": f"-csearch_path={name}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{name}" CASCADE')
        admin.dispose()


@pytest.fixture(scope="session")
def _migrated_sqlite_template(tmp_path_factory) -> Path:
    from storage.migrate import upgrade

    path = tmp_path_factory.mktemp("db-template") / "afterview.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def _migrated_postgres_url():
    from storage.migrate import upgrade

    with postgres_schema_url() as url:
        upgrade(url)
        yield url


@pytest.fixture(params=DATABASE_BACKENDS)
def db(request, tmp_path):
    """A `storage.db.Database` at the latest schema, empty: a SQLite file or PostgreSQL."""
    import shutil

    from storage.db import Database
    from storage.models import Base

    if request.param == "sqlite":
        path = tmp_path / "afterview.sqlite3"
        shutil.copyfile(request.getfixturevalue("_migrated_sqlite_template"), path)
        database = Database.from_url(f"sqlite:///{path}")
    else:
        database = Database.from_url(request.getfixturevalue("_migrated_postgres_url"))
        # DELETE beats TRUNCATE on tables this small (no file rewrite per table).
        with database.engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
    yield database
    database.dispose()


@pytest.fixture(params=DATABASE_BACKENDS)
def empty_database_url(request, tmp_path):
    """The URL of a database with nothing in it yet (for the migrations' own tests)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    else:
        with postgres_schema_url() as url:
            yield url


# The sandbox Gmail: a fresh one per test, served on a free port, admin endpoints on and the
# quota limit off (tests about quota set their own). `.gmail()` is the unmodified client.
@pytest.fixture
def gmail_sandbox():
    from gmail_sandbox.serve import running_sandbox

    with running_sandbox(admin=True, units_per_second=None) as running:
        yield running


# The server's tests: Redis database 12 (not the worker's 14 nor 13), flushed around each.
SERVER_REDIS_URL = os.environ.get("AFTERVIEW_TEST_SERVER_REDIS_URL", "redis://127.0.0.1:6379/12")
EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop"  # Chrome ids: 32 letters a..p


@pytest.fixture
def server_redis():
    import redis

    conn = redis.Redis.from_url(SERVER_REDIS_URL)
    try:
        conn.ping()
    except redis.ConnectionError as exc:
        pytest.fail(f"Redis at {SERVER_REDIS_URL} does not answer ({exc}); run scripts/test")
    conn.flushdb()
    yield conn
    conn.flushdb()
    conn.close()


@pytest.fixture
def sqlite_db(tmp_path, _migrated_sqlite_template):
    """Like `db`, SQLite only: for server tests whose subject is not the database."""
    import shutil

    from storage.db import Database

    path = tmp_path / "afterview.sqlite3"
    shutil.copyfile(_migrated_sqlite_template, path)
    database = Database.from_url(f"sqlite:///{path}")
    yield database
    database.dispose()


def server_config(database, **overrides):
    """A test configuration for `server.create_app` on `database` and Redis db 12."""
    from storage.crypto import generate_key

    config = {
        "TESTING": True,
        "DATABASE_URL": database.url,
        "REDIS_URL": SERVER_REDIS_URL,
        "SECRET_KEY": "test-session-key",
        "SECRET_KEYS": generate_key(),
        "EXTENSION_IDS": [EXTENSION_ID],
        "GOOGLE_CLIENT_ID": "afterview-test.apps.googleusercontent.com",
        "GOOGLE_CLIENT_SECRET": "test-client-secret",
        # An address nothing listens on: a test that needs Google runs the sandbox.
        "GOOGLE_OAUTH_SERVER": "http://127.0.0.1:9",
        "GOOGLE_HTTP_TIMEOUT": 2.0,
        "RATELIMIT_API": "10000 per minute",
        "RATELIMIT_API_PER_ADDRESS": "10000 per minute",
        "RATELIMIT_SIGNIN": "10000 per minute",
    }
    config.update(overrides)
    return config


@pytest.fixture
def make_server_app(server_redis):
    """`make_server_app(database, **config)`: an app, its connections closed afterwards."""
    from server import create_app

    apps = []

    def make(database, **overrides):
        app = create_app(server_config(database, **overrides))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.extensions["afterview.db"].dispose()
        app.extensions["afterview.redis"].close()


@pytest.fixture
def server_app(sqlite_db, make_server_app):
    return make_server_app(sqlite_db)


@pytest.fixture
def client(server_app):
    return server_app.test_client()


@pytest.fixture
def serve_api(sqlite_db, server_redis):
    """`serve_api(*args, **env)`: `afterview serve ARGS` on a free port, on the test
    database, Redis db 12 and an encryption key, with `env` added to its environment;
    (port, process) once it accepts connections. Terminated afterwards unless the test
    did."""
    import socket
    import subprocess
    import time

    from storage.crypto import generate_key

    processes = []

    def serve(*args: str, **more_env: str):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {
            "PATH": "/usr/bin:/bin",
            "AFTERVIEW_DATABASE_URL": sqlite_db.url,
            "AFTERVIEW_REDIS_URL": SERVER_REDIS_URL,
            "AFTERVIEW_SECRET_KEYS": generate_key(),
            **more_env,
        }
        process = subprocess.Popen(
            afterview_command("serve", "--port", str(port), *args),
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        processes.append(process)
        deadline = time.monotonic() + 20
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return port, process
            except OSError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "gunicorn did not listen within 20 s"
                time.sleep(0.1)  # polling for the port, with a deadline

    yield serve
    for process in processes:
        if process.poll() is None:
            process.terminate()
            process.communicate(timeout=15)
