"""Engines and sessions: which database, how to connect to it, one transaction at a time.

Nothing here touches the database until a connection is first used, so an app factory or
a command can build all of it at start-up for free.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_FILENAME = "afterview.sqlite3"
SQLITE_BUSY_TIMEOUT_MS = 5_000

# Heroku-style URLs name no driver (and "postgres" is not even a SQLAlchemy dialect name);
# the only PostgreSQL driver we ship is psycopg 3.
_POSTGRES_SCHEMES = ("postgres://", "postgresql://")
_PSYCOPG_SCHEME = "postgresql+psycopg://"


def default_instance_path() -> Path:
    """`AFTERVIEW_INSTANCE_PATH`, else `./instance` (Flask's instance folder in a checkout)."""
    configured = os.environ.get("AFTERVIEW_INSTANCE_PATH", "").strip()
    return Path(configured or "instance").resolve()


def database_url(config_value: str | None, instance_path: Path) -> str:
    """The database to use: the configured URL, else `DATABASE_URL`, else a SQLite file.

    An explicit configuration value wins over the environment so a test or an app factory
    given a URL gets exactly that database.
    """
    for candidate in (config_value, os.environ.get("DATABASE_URL")):
        if candidate and candidate.strip():
            return normalise_url(candidate.strip())
    return f"sqlite:///{Path(instance_path).resolve() / SQLITE_FILENAME}"


def normalise_url(url: str) -> str:
    for scheme in _POSTGRES_SCHEMES:
        if url.startswith(scheme):
            return _PSYCOPG_SCHEME + url.removeprefix(scheme)
    return url


def make_engine(url: str | URL, **options: Any) -> Engine:
    """An engine with the per-backend settings we rely on. Opens no connection.

    SQLite: write-ahead log (readers do not block the writer), foreign keys enforced
    (deleting a user cascades), and a busy timeout so concurrent writers wait instead of
    failing. PostgreSQL: connections are checked before use, so a restarted server costs
    one reconnect rather than one failed request.
    """
    url = make_url(normalise_url(url) if isinstance(url, str) else url)
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, **options)
        if url.database and url.database != ":memory:" and not url.query.get("uri"):
            path = url.database
            event.listen(engine, "do_connect", lambda *_: _create_private_file(path))
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    if url.get_backend_name() == "postgresql":
        options.setdefault("pool_pre_ping", True)
    return create_engine(url, **options)


def _create_private_file(path: str) -> None:
    """Create the SQLite file readable by its owner only, before SQLite does with the
    process's umask (0644, usually): it holds who applied where and the encrypted Google
    grants. SQLite gives its -wal and -shm files the database file's permissions."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # an existing file keeps the permissions its owner gave it


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        # WAL makes NORMAL durable against application crashes; only a power loss can
        # lose the last transactions, never corrupt the file.
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit (a request can still serialise what it saved).
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit when the block ends normally, roll back when it raises."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@dataclass
class Database:
    """An engine and its session factory, the pair every process keeps for its lifetime."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def from_url(cls, url: str | URL, **engine_options: Any) -> Database:
        """Engine and session factory for `url`; connects only when first used."""
        engine = make_engine(url, **engine_options)
        return cls(
            url=engine.url.render_as_string(hide_password=False),
            engine=engine,
            sessions=make_session_factory(engine),
        )

    def session(self) -> AbstractContextManager[Session]:
        """`with database.session() as session:` — see `session_scope`."""
        return session_scope(self.sessions)

    def dispose(self) -> None:
        self.engine.dispose()
