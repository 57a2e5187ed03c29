"""The extension's bearer tokens: opaque and random, stored only as a SHA-256 hash.

A 256-bit random token needs no slow hash (nothing to brute-force), and hashing before
the lookup means the database never compares a secret: the index finds the row by hash.

A token lives `IDLE_LIFETIME` after its last use (each use renews it: an extension in use
never signs out) and never more than `LONGEST_LIFETIME` after it was issued (a stolen
token in use does not last for ever). Signing in again from an extension revokes the
tokens it was given before (`revoke_tokens_named`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from storage.models import ApiToken, User
from storage.types import utcnow

TOKEN_PREFIX = "afv_"  # recognisable by secret scanners and in support requests
MAX_TOKEN_LENGTH = 128  # anything longer is not ours; refuse before hashing
# last_used_at is advisory; writing it on every request would make every read a write.
LAST_USED_RESOLUTION = timedelta(minutes=5)
IDLE_LIFETIME = timedelta(days=30)
LONGEST_LIFETIME = timedelta(days=180)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_api_token(session: Session, user: User, name: str = "extension") -> str:
    """A new token for `user`; the clear value is returned here once and never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(user=user, token_hash=hash_token(token), name=name))
    session.flush()
    return token


def _find_token(session: Session, token: str) -> ApiToken | None:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    digest = hash_token(token)
    row = session.scalars(
        select(ApiToken).where(ApiToken.token_hash == digest).options(joinedload(ApiToken.user))
    ).one_or_none()
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    return row


def find_user_by_token(session: Session, token: str, now: datetime | None = None) -> User | None:
    """The user a live token belongs to, else None (unknown, malformed or revoked).

    Records the use at `LAST_USED_RESOLUTION`, in the caller's transaction.
    """
    row = _find_token(session, token)
    if row is None or row.revoked_at is not None:
        return None
    now = now or utcnow()
    if now - (row.last_used_at or row.created_at) > IDLE_LIFETIME:
        return None
    if now - row.created_at > LONGEST_LIFETIME:
        return None
    if row.last_used_at is None or now - row.last_used_at >= LAST_USED_RESOLUTION:
        row.last_used_at = now
    return row.user


def revoke_api_token(session: Session, token: str, now: datetime | None = None) -> bool:
    """Revoke a token by its clear value; False when there is no such live token."""
    row = _find_token(session, token)
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = now or utcnow()
    session.flush()
    return True


def revoke_tokens_named(
    session: Session, user: User, name: str, now: datetime | None = None
) -> int:
    """Revoke the user's live tokens called `name` (one extension's, replaced by a new
    sign-in); how many."""
    result = session.execute(
        update(ApiToken)
        .where(ApiToken.user_id == user.id, ApiToken.name == name, ApiToken.revoked_at.is_(None))
        .values(revoked_at=now or utcnow())
    )
    return result.rowcount
