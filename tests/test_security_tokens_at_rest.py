"""A stored Google refresh token cannot be read from the database's own bytes: on disk
there is only its ciphertext (that a wrong key cannot open: test_storage_crypto.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from storage.models import GmailAccount
from tests.storage_builders import a_box, a_user, an_account

TOKEN = "1//0g-refresh-token-that-must-never-be-on-disk"


def _bytes_on_disk(db) -> bytes:
    """What the database keeps on disk for the accounts table, as bytes."""
    if db.engine.dialect.name == "sqlite":
        path = Path(db.engine.url.database)
        files = [path, path.with_name(path.name + "-wal")]  # a commit may sit in the log
        return b"".join(file.read_bytes() for file in files if file.exists())
    with db.engine.connect() as connection:
        # The table's heap file, as PostgreSQL wrote it once the checkpoint flushed it.
        connection.exec_driver_sql("CHECKPOINT")
        return connection.execute(
            sa.text("SELECT pg_read_binary_file(pg_relation_filepath('gmail_accounts'))")
        ).scalar_one()


def test_the_database_files_hold_the_ciphertext_not_the_token(db):
    box = a_box()
    with db.session() as session:
        account_id = an_account(session, a_user(session), box=box, refresh_token=TOKEN).id
    with db.session() as session:
        ciphertext = session.get(GmailAccount, account_id).refresh_token_ciphertext
    try:
        on_disk = _bytes_on_disk(db)
    except sa.exc.ProgrammingError as exc:  # reading server files needs a superuser
        pytest.skip(f"cannot read PostgreSQL's files as this user: {exc.orig}")

    assert ciphertext.encode() in on_disk  # the right bytes were read...
    assert TOKEN.encode() not in on_disk  # ...and the token is not among them
    assert TOKEN.encode("utf-16-le") not in on_disk
