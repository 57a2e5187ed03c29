"""Readable builders for storage rows: `a_user(session)`, `an_account(session, user)`, ..."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from afterview.model import Action, Stage
from storage.crypto import SecretBox, generate_key
from storage.models import GmailAccount, SyncState, ThreadRecord, User

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
_serial = itertools.count(1)


def a_box(*keys: str) -> SecretBox:
    return SecretBox(list(keys) or [generate_key()])


def a_user(session: Session, email: str | None = None) -> User:
    user = User(email=email or f"seeker{next(_serial)}@example.com")
    session.add(user)
    session.flush()
    return user


def an_account(
    session: Session,
    user: User,
    address: str | None = None,
    box: SecretBox | None = None,
    refresh_token: str = "1//refresh-token-for-tests",
) -> GmailAccount:
    account = GmailAccount(user=user, address=address or user.email, sync_state=SyncState())
    account.set_refresh_token(box or a_box(), refresh_token)
    session.add(account)
    session.flush()
    return account


def a_thread(session: Session, account: GmailAccount, **overrides) -> ThreadRecord:
    """An interview thread waiting on the employer, unless `overrides` say otherwise."""
    n = next(_serial)
    fields = dict(
        gmail_thread_id=f"thread{n:05x}",
        subject=f"Interview with Acme #{n}",
        company="Acme",
        role="Engineer",
        stage=Stage.INTERVIEWED,
        interview=True,
        confidence=0.9,
        signals=["ats_sender:greenhouse.io"],
        facts={"subject": f"Interview with Acme #{n}"},
        last_message_at=NOW - timedelta(days=2),
        message_count=3,
        action=Action.WAIT,
        reason="Acme said they would decide by Friday.",
        until=NOW + timedelta(days=3),
        advised_at=NOW,
    )
    fields.update(overrides)
    thread = ThreadRecord(account=account, **fields)
    session.add(thread)
    session.flush()
    return thread
