"""Engines, sessions and column types: which database, how connections are set up."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from afterview.model import Action
from storage.db import database_url, make_engine, make_session_factory, session_scope
from storage.models import User
from tests.storage_builders import a_thread, a_user, an_account


def test_default_database_is_a_sqlite_file_in_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert database_url(None, tmp_path) == f"sqlite:///{tmp_path / 'afterview.sqlite3'}"
    assert database_url("  ", tmp_path) == f"sqlite:///{tmp_path / 'afterview.sqlite3'}"


def test_environment_overrides_the_default_and_configuration_overrides_both(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "sqlite:////srv/from-env.sqlite3")
    assert database_url(None, tmp_path) == "sqlite:////srv/from-env.sqlite3"
    assert database_url("sqlite:////srv/configured.sqlite3", tmp_path) == (
        "sqlite:////srv/configured.sqlite3"
    )


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgres://u:p@db:5432/app", "postgresql+psycopg://u:p@db:5432/app"),
        ("postgresql://u@db/app", "postgresql+psycopg://u@db/app"),
        ("postgresql+psycopg://u@db/app", "postgresql+psycopg://u@db/app"),
    ],
)
def test_postgres_urls_use_the_psycopg_driver(monkeypatch, tmp_path, given, used):
    monkeypatch.setenv("DATABASE_URL", given)
    assert database_url(None, tmp_path) == used


def test_creating_engines_touches_nothing(tmp_path):
    missing = tmp_path / "not" / "yet"
    make_engine(f"sqlite:///{missing / 'afterview.sqlite3'}").dispose()
    # Nothing listens on port 1: creating the engine must not try.
    engine = make_engine("postgresql://nobody@127.0.0.1:1/nothing")
    assert engine.dialect.driver == "psycopg"
    assert engine.pool._pre_ping
    engine.dispose()
    assert not missing.exists()


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_a_new_sqlite_database_is_readable_by_its_owner_only(tmp_path: Path):
    # It holds who applied where and the encrypted Google grants: not for other local users.
    from storage.migrate import upgrade

    os.umask(old := os.umask(0o022))  # the usual umask, which gave 0644
    try:
        path = tmp_path / "instance" / "afterview.sqlite3"
        upgrade(f"sqlite:///{path}")
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as connection:  # a write: the write-ahead log exists now
            connection.exec_driver_sql("CREATE TABLE probe (x INTEGER)")
            assert stat.S_IMODE(path.with_name(path.name + "-wal").stat().st_mode) == 0o600
        engine.dispose()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_session_scope_commits_on_success_and_rolls_back_on_error(db):
    with session_scope(make_session_factory(db.engine)) as session:
        a_user(session, "kept@example.com")
    with pytest.raises(RuntimeError, match="boom"), db.session() as session:
        a_user(session, "lost@example.com")
        raise RuntimeError("boom")
    with db.session() as session:
        assert session.scalars(select(User.email)).all() == ["kept@example.com"]


def test_datetimes_come_back_aware_in_utc(db):
    paris_evening = datetime(2026, 11, 25, 19, 30, tzinfo=timezone(timedelta(hours=1)))
    with db.session() as session:
        thread = a_thread(session, an_account(session, a_user(session)), until=paris_evening)
        thread_id = thread.id
    with db.session() as session:
        stored = session.get(type(thread), thread_id)
        assert stored.until == paris_evening
        assert stored.until.tzinfo == UTC
        assert stored.until.hour == 18


def test_a_naive_datetime_is_refused_not_guessed(db):
    with pytest.raises(StatementError, match="naive datetime"), db.session() as session:
        a_thread(session, an_account(session, a_user(session)), until=datetime(2026, 11, 25))


def test_enum_columns_store_the_value_and_refuse_unknown_ones(db):
    with db.session() as session:
        thread = a_thread(session, an_account(session, a_user(session)), action="follow_up")
        raw = session.execute(
            text("SELECT action FROM thread_records WHERE id = :id"), {"id": thread.id}
        ).scalar()
        assert raw == "follow_up"
        session.expire_all()
        assert session.get(type(thread), thread.id).action is Action.FOLLOW_UP
    with (
        pytest.raises(StatementError, match="'chase' is not a valid Action value"),
        db.session() as session,
    ):
        a_thread(session, an_account(session, a_user(session)), action="chase")


def test_user_settings_are_validated(db):
    with db.session() as session:
        user = a_user(session, " Mixed.Case@Example.COM ")
        assert user.email == "mixed.case@example.com"
        assert (user.timezone, user.policy, user.weekly_summary_enabled) == (
            "UTC",
            "standard",
            True,
        )
        with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
            user.timezone = "Mars/Olympus"
        user.timezone = "Europe/Paris"
