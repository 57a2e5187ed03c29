"""OAuth refresh tokens are encrypted at rest, readable after a key rotation, never shown."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select, text

from storage.crypto import SecretBox, SecretKeyError, generate_key, rotate_all
from storage.models import GmailAccount
from tests.storage_builders import a_box, a_user, an_account

TOKEN = "1//0g-refresh-token-very-secret"


def stored_ciphertext(session, account_id: int) -> str:
    return session.execute(
        text("SELECT refresh_token_ciphertext FROM gmail_accounts WHERE id = :id"),
        {"id": account_id},
    ).scalar_one()


def test_the_database_holds_ciphertext_that_decrypts_to_the_token(db):
    box = a_box()
    with db.session() as session:
        account_id = an_account(session, a_user(session), box=box, refresh_token=TOKEN).id
    with db.session() as session:
        raw = stored_ciphertext(session, account_id)
        account = session.get(GmailAccount, account_id)
        assert TOKEN not in raw
        assert account.refresh_token(box) == TOKEN


def test_the_clear_token_reaches_neither_repr_nor_the_statement_log(db, caplog):
    box = a_box()
    db.engine.echo = True  # SQLAlchemy logs every statement and its parameters
    with caplog.at_level(logging.INFO, logger="sqlalchemy.engine"), db.session() as session:
        account = an_account(session, a_user(session), box=box, refresh_token=TOKEN)
        shown = repr(account)
    db.engine.echo = False
    assert "INSERT INTO gmail_accounts" in caplog.text
    assert "gAAAAA" in caplog.text  # parameters are logged: the Fernet ciphertext is there
    assert TOKEN not in caplog.text
    assert TOKEN not in shown and "ciphertext" not in shown
    assert repr(box) == "SecretBox(keys=1)"


def test_after_rotation_old_tokens_stay_readable_and_rotate_all_reencrypts_them(db):
    old_key, new_key = generate_key(), generate_key()
    with db.session() as session:
        user = a_user(session)
        ids = [
            an_account(session, user, f"a{i}@example.com", a_box(old_key), f"{TOKEN}-{i}").id
            for i in range(3)
        ]
    rotated = SecretBox([new_key, old_key])

    with db.session() as session:
        before = [stored_ciphertext(session, i) for i in ids]
        assert [session.get(GmailAccount, i).refresh_token(rotated) for i in ids] == [
            f"{TOKEN}-{i}" for i in range(3)
        ]
        assert rotate_all(session, rotated) == 3

    new_only = SecretBox([new_key])
    with db.session() as session:
        after = [stored_ciphertext(session, i) for i in ids]
        assert all(b != a for b, a in zip(before, after, strict=True))
        assert [session.get(GmailAccount, i).refresh_token(new_only) for i in ids] == [
            f"{TOKEN}-{i}" for i in range(3)
        ]


def test_a_wrong_key_fails_clearly(db):
    with db.session() as session:
        account_id = an_account(session, a_user(session), refresh_token=TOKEN).id
    stranger = a_box()
    with db.session() as session:
        account = session.get(GmailAccount, account_id)
        with pytest.raises(SecretKeyError, match="cannot be decrypted with any key"):
            account.refresh_token(stranger)
        with pytest.raises(SecretKeyError, match=f"account {account_id} "):
            rotate_all(session, stranger)


def test_a_missing_key_is_an_error_only_when_a_token_is_stored():
    box = SecretBox.from_env({})  # no AFTERVIEW_SECRET_KEYS: still constructible
    account = GmailAccount(address="me@example.com")
    with pytest.raises(SecretKeyError, match="set AFTERVIEW_SECRET_KEYS"):
        account.set_refresh_token(box, TOKEN)
    assert account.refresh_token_ciphertext is None


def test_keys_come_comma_separated_and_a_malformed_one_is_named_not_shown():
    first, second = generate_key(), generate_key()
    assert SecretBox.from_config(f" {first} , {second} ,").key_count == 2
    with pytest.raises(SecretKeyError, match="key #2 is not a Fernet key") as caught:
        SecretBox.from_config(f"{first},not-a-key-at-all")
    assert "not-a-key-at-all" not in str(caught.value)


def test_rotate_all_without_a_key_refuses(db):
    with db.session() as session, pytest.raises(SecretKeyError, match="no encryption key"):
        rotate_all(session, SecretBox([]))
    with db.session() as session:
        assert session.scalars(select(GmailAccount)).all() == []
