"""The database for the app: one `storage.db.Database` per app, one session per request.

The session is opened on first use in a request (`get_session()`, cached on `g`) and
closed at teardown; anything a handler did not commit is rolled back there.
"""

from __future__ import annotations

from flask import Flask, current_app, g
from sqlalchemy.orm import Session

from storage.crypto import SecretBox
from storage.db import Database, database_url, default_instance_path


def init_app(app: Flask) -> None:
    # The same default as `afterview db upgrade`: $DATABASE_URL, else instance/afterview.sqlite3.
    url = database_url(app.config["DATABASE_URL"], default_instance_path())
    app.extensions["afterview.db"] = Database.from_url(url)  # connects on first use
    secret_keys = app.config["SECRET_KEYS"]
    app.extensions["afterview.secrets"] = (
        SecretBox.from_config(secret_keys) if secret_keys else SecretBox.from_env()
    )
    app.teardown_appcontext(close_session)


def database() -> Database:
    return current_app.extensions["afterview.db"]


def secret_box() -> SecretBox:
    return current_app.extensions["afterview.secrets"]


def get_session() -> Session:
    if "db_session" not in g:
        g.db_session = database().sessions()
    return g.db_session


def close_session(_error: BaseException | None = None) -> None:
    session: Session | None = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()
