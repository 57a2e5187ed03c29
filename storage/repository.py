"""The queries the worker and the server share. Thin on purpose: each is one statement or two.

Every function works inside the caller's session and transaction (`storage.db.session_scope`)
and flushes rather than commits.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Insert,
    Select,
    and_,
    case,
    delete,
    exists,
    func,
    null,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session, contains_eager, joinedload

from afterview.applications import application_key
from afterview.facts_io import facts_to_dict
from afterview.model import Action, Advice, Stage, ThreadFacts
from afterview.service import StoredAdvice
from storage.crypto import SecretBox
from storage.models import (
    Application,
    DraftKind,
    DraftRequest,
    DraftStatus,
    Feedback,
    FeedbackKind,
    GmailAccount,
    LabelMapping,
    SummarySent,
    SyncState,
    ThreadRecord,
    User,
)
from storage.types import utcnow


def _insert(session: Session, model: type[Any]) -> Insert:
    """The backend's own INSERT, which has ON CONFLICT (SQLite and PostgreSQL alike)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - only the two supported backends get here
        raise NotImplementedError(f"upserts are written for SQLite and PostgreSQL, not {dialect}")
    return insert(model)


# Users and accounts


def get_or_create_user(session: Session, email: str) -> User:
    email = email.strip().lower()
    session.execute(
        _insert(session, User)
        .values(email=email, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=["email"])
    )
    return session.scalars(select(User).where(User.email == email)).one()


def connect_gmail_account(
    session: Session,
    user: User,
    address: str,
    box: SecretBox,
    refresh_token: str | None,
    scopes: Iterable[str] = (),
    google_subject: str | None = None,
) -> GmailAccount:
    """Add a mailbox to `user`, or refresh an existing one after a new sign-in.

    Google sends a refresh token only on first consent, so `None` keeps the stored one.
    A successful sign-in clears `needs_reauth`. The account always has a sync state.
    """
    address = address.strip().lower()
    account = session.scalars(
        select(GmailAccount).where(GmailAccount.user_id == user.id, GmailAccount.address == address)
    ).one_or_none()
    if account is None:
        account = GmailAccount(user=user, address=address)
        session.add(account)
    if refresh_token is not None:
        account.set_refresh_token(box, refresh_token)
    if google_subject is not None:
        account.google_subject = google_subject
    account.scopes = sorted(set(scopes)) or account.scopes or []
    account.needs_reauth = False
    account.reauth_reason = None
    if account.sync_state is None:
        account.sync_state = SyncState()
    session.flush()
    return account


def syncable_account_ids(session: Session) -> list[int]:
    """Accounts the scheduler should keep in sync: those whose sign-in still works."""
    return list(syncable_accounts(session))


def syncable_accounts(session: Session) -> dict[int, datetime]:
    """The same accounts, id -> when each was created (with the id, it names their jobs)."""
    rows = session.execute(
        select(GmailAccount.id, GmailAccount.created_at)
        .join(User)
        .where(*_SYNCABLE)
        .order_by(GmailAccount.id)
    )
    return {account_id: created_at for account_id, created_at in rows}


# A sign-in that works, of a user not being deleted (with GmailAccount joined to User).
_SYNCABLE = (
    User.deletion_requested_at.is_(None),
    GmailAccount.needs_reauth.is_(False),
    GmailAccount.refresh_token_ciphertext.is_not(None),
)


def accounts_behind(session: Session, address: str, history_id: int) -> list[GmailAccount]:
    """What a Gmail push notification for `address` at `history_id` should sync: its
    syncable accounts (one per user who connected the mailbox) whose stored history id is
    older. An account already past it was synced since (a push redelivered, or one that
    arrived after a poll), so it is left alone."""
    accounts = session.scalars(
        select(GmailAccount)
        .join(User)
        .where(*_SYNCABLE)
        .outerjoin(SyncState, SyncState.account_id == GmailAccount.id)
        .where(GmailAccount.address == address.strip().lower())
        .options(contains_eager(GmailAccount.sync_state))
        .order_by(GmailAccount.id)
    ).all()
    return [account for account in accounts if _history_before(account.sync_state, history_id)]


def _history_before(state: SyncState | None, history_id: int) -> bool:
    stored = state.history_id if state is not None else None
    # Gmail's history ids are opaque uint64 strings; they grow, so they compare as numbers.
    return stored is None or not stored.isdigit() or int(stored) < history_id


def watch_due_accounts(session: Session, renew_before: datetime) -> dict[int, datetime]:
    """Syncable accounts whose Gmail watch is missing or expires before `renew_before`,
    id -> creation time (which names their jobs)."""
    rows = session.execute(
        select(GmailAccount.id, GmailAccount.created_at)
        .join(User)
        .outerjoin(SyncState, SyncState.account_id == GmailAccount.id)
        .where(*_SYNCABLE)
        .where(or_(SyncState.watch_expires_at.is_(None), SyncState.watch_expires_at < renew_before))
        .order_by(GmailAccount.id)
    )
    return {account_id: created_at for account_id, created_at in rows}


def mark_user_for_deletion(
    session: Session, user_id: int, keep_account_ids: Collection[int], now: datetime
) -> None:
    """Delete what the user owns but their API tokens and the accounts in
    `keep_account_ids` (each holding a Google grant not revoked yet), and mark the user
    for deletion: the kept accounts are never synced, and `delete_user` finishes once
    the grants are revoked."""
    user = session.get(User, user_id)
    if user is None:
        return
    account_ids = [account.id for account in user.accounts]
    session.execute(delete(ThreadRecord).where(ThreadRecord.account_id.in_(account_ids)))
    session.execute(delete(LabelMapping).where(LabelMapping.account_id.in_(account_ids)))
    for owned in (Feedback, DraftRequest, SummarySent, Application):
        session.execute(delete(owned).where(owned.user_id == user_id))
    for account in list(user.accounts):
        if account.id not in keep_account_ids:
            session.delete(account)
    user.deletion_requested_at = now
    session.flush()


def delete_user(session: Session, user_id: int) -> bool:
    """Delete a user and every row of theirs (the foreign keys cascade); False if unknown."""
    user = session.get(User, user_id)
    if user is None:
        return False
    session.delete(user)
    session.flush()
    return True


# Threads

_THREAD_KEY = frozenset({"id", "account_id", "gmail_thread_id"})
_THREAD_FIELDS = frozenset(ThreadRecord.__table__.columns.keys()) - _THREAD_KEY


def upsert_thread(
    session: Session, account_id: int, gmail_thread_id: str, **values: Any
) -> ThreadRecord:
    """Insert or update the record of one Gmail thread, atomically (safe to run twice).

    `values` are ThreadRecord columns; those not given keep their stored value (or their
    default, on insert).
    """
    unknown = set(values) - _THREAD_FIELDS
    if unknown:
        raise TypeError(f"not ThreadRecord fields: {', '.join(sorted(unknown))}")
    values["updated_at"] = utcnow()
    statement = (
        _insert(session, ThreadRecord)
        .values(account_id=account_id, gmail_thread_id=gmail_thread_id, **values)
        .on_conflict_do_update(index_elements=["account_id", "gmail_thread_id"], set_=values)
        .returning(ThreadRecord)
    )
    return session.scalars(statement, execution_options={"populate_existing": True}).one()


def facts_columns(facts: ThreadFacts) -> dict[str, Any]:
    """ThreadRecord values for what the domain read: the facts, and the columns copied from
    them for queries. For `upsert_thread(..., **facts_columns(facts))`."""
    return {
        "facts": facts_to_dict(facts),
        "subject": facts.subject,
        "company": facts.company,
        "role": facts.role,
        "stage": facts.stage,
        "interview": facts.interview,
        "confidence": facts.detection.confidence,
        "signals": list(facts.detection.signals),
        "last_message_at": facts.last_message_at,
    }


def advice_columns(advice: Advice | StoredAdvice, advised_at: datetime) -> dict[str, Any]:
    """ThreadRecord values for the advice computed at `advised_at`."""
    return {
        "action": advice.action,
        "reason": advice.reason,
        "until": advice.until,
        "due": advice.due,
        "day_only": advice.day_only,
        "contact": advice.contact,
        "advised_at": advised_at,
    }


def application_for(
    session: Session, user_id: int, company: str | None, role: str | None
) -> Application | None:
    """The user's application for this company and role, created on first sight.

    None when there is no company to group by.
    """
    try:
        key = application_key(company or "", role)
    except ValueError:
        return None
    session.execute(
        _insert(session, Application)
        .values(user_id=user_id, key=key, company=company, role=role, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=["user_id", "key"])
    )
    return session.scalars(
        select(Application).where(Application.user_id == user_id, Application.key == key)
    ).one()


def thread_for_user(session: Session, user_id: int, thread_id: int) -> ThreadRecord | None:
    """A thread by id, only if it belongs to one of the user's accounts."""
    return session.scalars(
        select(ThreadRecord)
        .join(ThreadRecord.account)
        .where(ThreadRecord.id == thread_id, GmailAccount.user_id == user_id)
        .options(contains_eager(ThreadRecord.account))
    ).one_or_none()


def set_aside_by_user() -> ColumnElement[bool]:
    """For a Feedback row beside its ThreadRecord: the user set the thread aside. "Not an
    interview" stands for good; a dismissal stands until mail newer than it arrives in the
    thread (a new message brings the thread back, as it does to Gmail's inbox)."""
    return or_(
        Feedback.kind == FeedbackKind.NOT_INTERVIEW,
        and_(
            Feedback.kind == FeedbackKind.DISMISSED,
            or_(
                ThreadRecord.last_message_at.is_(None),
                ThreadRecord.last_message_at <= Feedback.created_at,
            ),
        ),
    )


class PopupRow(NamedTuple):
    """One thread as the popup's list reads it (`popup_threads`): named, typed columns."""

    id: int
    gmail_thread_id: str
    account_address: str
    subject: str
    company: str | None
    role: str | None
    stage: Stage
    action: Action
    reason: str
    until: datetime | None
    due: datetime | None
    day_only: bool
    contact: str | None
    last_message_at: datetime | None
    advised_at: datetime | None
    application_id: int | None
    application_company: str | None
    application_role: str | None
    # The stored facts, only where the advice has expired (`until` <= now): the one case
    # where the caller must decide again (`afterview.facts_io.facts_from_dict`).
    facts: dict[str, Any] | None


def _popup_columns(now: datetime) -> dict[str, ColumnElement[Any]]:
    advice_expired = and_(ThreadRecord.until.is_not(None), ThreadRecord.until <= now)
    return {
        "id": ThreadRecord.id,
        "gmail_thread_id": ThreadRecord.gmail_thread_id,
        "account_address": GmailAccount.address,
        "subject": ThreadRecord.subject,
        "company": ThreadRecord.company,
        "role": ThreadRecord.role,
        "stage": ThreadRecord.stage,
        "action": ThreadRecord.action,
        "reason": ThreadRecord.reason,
        "until": ThreadRecord.until,
        "due": ThreadRecord.due,
        "day_only": ThreadRecord.day_only,
        "contact": ThreadRecord.contact,
        "last_message_at": ThreadRecord.last_message_at,
        "advised_at": ThreadRecord.advised_at,
        "application_id": ThreadRecord.application_id,
        "application_company": Application.company,
        "application_role": Application.role,
        "facts": case((advice_expired, ThreadRecord.facts), else_=null()),
    }


def popup_threads(session: Session, user_id: int, now: datetime) -> list[PopupRow]:
    """The user's interview threads for the popup, newest message first, in one query.

    Detected or confirmed ("is an interview") threads, minus dismissed, snoozed (until a
    time after `now`) and "not an interview" ones. Light rows rather than ORM objects:
    this is the extension's hot path.
    """
    hidden = exists().where(
        Feedback.thread_id == ThreadRecord.id,
        or_(
            set_aside_by_user(),
            and_(Feedback.kind == FeedbackKind.SNOOZED, Feedback.until > now),
        ),
    )
    confirmed = exists().where(
        Feedback.thread_id == ThreadRecord.id, Feedback.kind == FeedbackKind.IS_INTERVIEW
    )
    columns = _popup_columns(now)
    statement = (
        # Selected in PopupRow's order, by its names: the row is built by position below.
        select(*(columns[name].label(name) for name in PopupRow._fields))
        .join(GmailAccount, GmailAccount.id == ThreadRecord.account_id)
        .outerjoin(Application, Application.id == ThreadRecord.application_id)
        .where(GmailAccount.user_id == user_id)
        .where(or_(ThreadRecord.interview.is_(True), confirmed))
        .where(~hidden)
        .order_by(ThreadRecord.last_message_at.desc().nulls_last(), ThreadRecord.id)
    )
    return [PopupRow._make(row) for row in session.execute(statement)]


def expire_advice(session: Session, user_id: int, now: datetime) -> int:
    """Mark all of a user's advice as due for re-evaluation (after their preferences changed:
    time zone, country or policy); the number of threads marked."""
    account_ids = select(GmailAccount.id).where(GmailAccount.user_id == user_id)
    result = session.execute(
        update(ThreadRecord)
        .where(ThreadRecord.account_id.in_(account_ids))
        .values(until=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount


def threads_due(session: Session, now: datetime, limit: int = 500) -> list[ThreadRecord]:
    """Threads whose advice expired (`until` has passed), oldest first, with their account
    and user loaded (time zone, policy) for the re-evaluation job. No Gmail needed.
    """
    return list(
        session.scalars(
            select(ThreadRecord)
            .where(ThreadRecord.until <= now)
            .options(joinedload(ThreadRecord.account).joinedload(GmailAccount.user))
            .order_by(ThreadRecord.until, ThreadRecord.id)
            .limit(limit)
        )
    )


# Feedback

# Saying one thing about a target replaces what was said before that contradicts it.
_REPLACES = {
    FeedbackKind.DISMISSED: {FeedbackKind.DISMISSED},
    FeedbackKind.SNOOZED: {FeedbackKind.SNOOZED},
    FeedbackKind.NOT_INTERVIEW: {FeedbackKind.NOT_INTERVIEW, FeedbackKind.IS_INTERVIEW},
    FeedbackKind.IS_INTERVIEW: {FeedbackKind.NOT_INTERVIEW, FeedbackKind.IS_INTERVIEW},
}
_SENDER_KINDS = {FeedbackKind.NOT_INTERVIEW, FeedbackKind.IS_INTERVIEW}


def add_feedback(
    session: Session,
    user_id: int,
    kind: FeedbackKind | str,
    *,
    thread_id: int | None = None,
    sender_address: str | None = None,
    until: datetime | None = None,
) -> Feedback:
    """Record what the user said about a thread (or, for (not) an interview, a sender).

    The caller has checked the thread is the user's (`thread_for_user`).
    """
    kind = FeedbackKind(kind)
    if (thread_id is None) == (sender_address is None):
        raise ValueError("feedback is about exactly one thread or one sender")
    if sender_address is not None and kind not in _SENDER_KINDS:
        raise ValueError(f"{kind.value} feedback needs a thread, not a sender")
    if (kind is FeedbackKind.SNOOZED) != (until is not None):
        raise ValueError("a snooze needs `until`, and only a snooze has one")
    sender_address = sender_address.strip().lower() if sender_address else None
    target = (
        Feedback.thread_id == thread_id
        if thread_id is not None
        else Feedback.sender_address == sender_address
    )
    session.execute(
        delete(Feedback).where(
            Feedback.user_id == user_id, target, Feedback.kind.in_(_REPLACES[kind])
        )
    )
    feedback = Feedback(
        user_id=user_id, thread_id=thread_id, sender_address=sender_address, kind=kind, until=until
    )
    session.add(feedback)
    session.flush()
    return feedback


def senders_marked_not_interview(session: Session, user_id: int) -> set[str]:
    """Addresses whose threads the sync must not flag as interviews."""
    return set(
        session.scalars(
            select(Feedback.sender_address).where(
                Feedback.user_id == user_id,
                Feedback.kind == FeedbackKind.NOT_INTERVIEW,
                Feedback.sender_address.is_not(None),
            )
        )
    )


# Weekly summary and drafts


def iso_week(day: date) -> str:
    """The key of `day`'s ISO week, e.g. "2026-W48"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def claim_summary(
    session: Session,
    user_id: int,
    week: str,
    claimed_by: str | None = None,
    now: datetime | None = None,
) -> SummarySent | None:
    """Claim the right to send `week`'s summary; None when it was already claimed.

    Commit the claim before sending, so a crash after sending can never send it again.
    """
    return session.scalars(
        _insert(session, SummarySent)
        .values(user_id=user_id, week=week, claimed_at=now or utcnow(), claimed_by=claimed_by)
        .on_conflict_do_nothing(index_elements=["user_id", "week"])
        .returning(SummarySent)
    ).one_or_none()


def take_over_summary(session: Session, claim: SummarySent, claimed_by: str, now: datetime) -> bool:
    """Move an unfinished claim to `claimed_by`, unless someone else moved or finished it
    meanwhile (compare and set: of two attempts taking over, one wins)."""
    result = session.execute(
        update(SummarySent)
        .where(
            SummarySent.id == claim.id,
            SummarySent.claimed_at == claim.claimed_at,
            SummarySent.sent_at.is_(None),
            SummarySent.skipped.is_(None),
        )
        .values(claimed_by=claimed_by, claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def request_draft(
    session: Session, user_id: int, thread_id: int, kind: DraftKind | str
) -> DraftRequest:
    """A pending draft request for this thread and kind: the existing one, or a new one.

    The caller has checked the thread is the user's (`thread_for_user`).
    """
    kind = DraftKind(kind)
    session.execute(
        _insert(session, DraftRequest)
        .values(
            user_id=user_id,
            thread_id=thread_id,
            kind=kind,
            status=DraftStatus.PENDING,
            created_at=utcnow(),
            updated_at=utcnow(),
        )
        .on_conflict_do_nothing(
            index_elements=["thread_id", "kind"], index_where=text("status = 'pending'")
        )
    )
    return session.scalars(_pending_draft_query(thread_id, kind)).one()


def pending_draft(session: Session, thread_id: int, kind: DraftKind | str) -> DraftRequest | None:
    """The thread's pending request of this kind, if one waits."""
    return session.scalars(_pending_draft_query(thread_id, DraftKind(kind))).one_or_none()


def _pending_draft_query(thread_id: int, kind: DraftKind) -> Select[tuple[DraftRequest]]:
    return select(DraftRequest).where(
        DraftRequest.thread_id == thread_id,
        DraftRequest.kind == kind,
        DraftRequest.status == DraftStatus.PENDING,
    )


def popup_version(session: Session, user_id: int, now: datetime) -> tuple[Any, ...]:
    """What the popup list depends on in the database, in one cheap query, so a cached list
    can be reused until any of it moves: the user's threads (count, latest update), their
    feedback (count, newest row: feedback is replaced by delete + insert, so the id always
    grows) and, last, the next moment a snooze ends (a snoozed thread reappears then)."""
    account_ids = select(GmailAccount.id).where(GmailAccount.user_id == user_id)
    mine = ThreadRecord.account_id.in_(account_ids)
    feedback = Feedback.user_id == user_id
    statement = select(
        select(func.count(ThreadRecord.id)).where(mine).scalar_subquery(),
        select(func.max(ThreadRecord.updated_at)).where(mine).scalar_subquery(),
        select(func.count(Feedback.id)).where(feedback).scalar_subquery(),
        select(func.max(Feedback.id)).where(feedback).scalar_subquery(),
        select(func.min(Feedback.until)).where(feedback, Feedback.until > now).scalar_subquery(),
    )
    # Core, not the ORM: this runs on every opening of the popup.
    return tuple(session.connection().execute(statement).one())
