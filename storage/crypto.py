"""OAuth refresh tokens encrypted at rest, with key rotation.

Keys come from configuration (`AFTERVIEW_SECRET_KEYS`, comma-separated Fernet keys): the
first encrypts, every one decrypts. To rotate, put a new key first, run `rotate_all`
(`afterview db rotate-keys`), then drop the old key. Clear tokens exist only in the
caller's variables: models hold ciphertext, so neither the database, nor a `repr()`, nor
SQLAlchemy's statement log ever sees one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import GmailAccount

SECRET_KEYS_SETTING = "AFTERVIEW_SECRET_KEYS"


class SecretKeyError(RuntimeError):
    """The configured keys are missing, malformed, or do not open a stored secret."""


def generate_key() -> str:
    """A new random Fernet key, as the text to put in `AFTERVIEW_SECRET_KEYS`."""
    return Fernet.generate_key().decode("ascii")


def parse_keys(value: str | None) -> list[str]:
    return [key.strip() for key in (value or "").split(",") if key.strip()]


class SecretBox:
    """Encrypts and decrypts short secrets with the configured keys.

    Built without keys it is still usable as an object; the first encrypt or decrypt
    then raises a `SecretKeyError` saying what to configure. A misconfigured deployment
    thus starts, and fails only where a token is actually needed.
    """

    def __init__(self, keys: Sequence[str]) -> None:
        self._fernet: MultiFernet | None = None
        fernets = []
        for position, key in enumerate(keys, start=1):
            try:
                fernets.append(Fernet(key))
            except (ValueError, TypeError):
                # Never echo the key itself: it is a secret even when malformed.
                raise SecretKeyError(
                    f"{SECRET_KEYS_SETTING}: key #{position} is not a Fernet key "
                    "(32 url-safe base64-encoded bytes); generate one with `afterview db keygen`"
                ) from None
        if fernets:
            self._fernet = MultiFernet(fernets)
        self.key_count = len(fernets)

    @classmethod
    def from_config(cls, value: str | None) -> SecretBox:
        """From the setting's text: comma-separated keys, the encrypting one first."""
        return cls(parse_keys(value))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SecretBox:
        return cls.from_config(
            (os.environ if environ is None else environ).get(SECRET_KEYS_SETTING)
        )

    def __repr__(self) -> str:
        return f"SecretBox(keys={self.key_count})"

    def require_keys(self) -> None:
        """Raise the missing-key error now rather than at the first token."""
        self._require()

    def _require(self) -> MultiFernet:
        if self._fernet is None:
            raise SecretKeyError(
                f"no encryption key configured: set {SECRET_KEYS_SETTING} to one or more "
                "comma-separated Fernet keys (generate one with `afterview db keygen`)"
            )
        return self._fernet

    def encrypt(self, clear: str) -> str:
        return self._require().encrypt(clear.encode("utf-8")).decode("ascii")

    def decrypt(self, ciphertext: str) -> str:
        try:
            return self._require().decrypt(ciphertext.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise SecretKeyError(
                f"a stored secret cannot be decrypted with any key in {SECRET_KEYS_SETTING} "
                "(was the key that encrypted it removed?)"
            ) from None

    def rotate(self, ciphertext: str) -> str:
        """The same secret, re-encrypted with the first key."""
        try:
            return self._require().rotate(ciphertext.encode("ascii")).decode("ascii")
        except InvalidToken:
            raise SecretKeyError(
                f"a stored secret cannot be decrypted with any key in {SECRET_KEYS_SETTING}, "
                "so it cannot be rotated"
            ) from None


def rotate_all(session: Session, box: SecretBox) -> int:
    """Re-encrypt every stored token with the box's first key; the number re-encrypted.

    Runs in the caller's transaction: if one token cannot be opened, nothing is changed
    and the error says so.
    """
    box.require_keys()
    accounts = session.scalars(
        select(GmailAccount).where(GmailAccount.refresh_token_ciphertext.is_not(None))
    ).all()
    for account in accounts:
        try:
            account.refresh_token_ciphertext = box.rotate(account.refresh_token_ciphertext)
        except SecretKeyError as exc:
            raise SecretKeyError(f"account {account.id} ({account.address}): {exc}") from None
    session.flush()
    return len(accounts)
