"""Alembic environment: run by `storage.migrate` (and so by `afterview db`).

The URL comes from the Alembic config's `sqlalchemy.url`, which `storage.migrate` sets.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

from storage.db import make_engine
from storage.models import Base

config = context.config
target_metadata = Base.metadata


def render_item(kind: str, obj: Any, _autogen_context: Any) -> str | bool:
    # Our column types are decorators over standard ones; migrations name the standard
    # type so they never import application code that may change after they are written.
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_item=render_item,
        # SQLite alters most tables by copying them; batch mode writes that for us.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_migrations(connection)
        return
    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                # Batch mode drops and recreates tables: with foreign keys enforced, that
                # drop would cascade into every child table. Checked again at the end.
                connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
                connection.commit()  # Alembic runs its own transaction only on a fresh one
            run_migrations(connection)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left dangling foreign keys: {broken[:5]}")
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                connection.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_item=render_item,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_online()
