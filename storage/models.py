"""The tables. Everything a user owns hangs off `users` and goes when the user goes.

Threads keep the facts the domain extracted (subjects, participants, dates, the timeline)
and the advice, never message bodies. Tokens are kept as ciphertext (OAuth refresh
tokens, see `storage.crypto`) or as a hash (API tokens, see `storage.api_tokens`).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfoNotFoundError

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
    inspect,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, validates

from afterview.business_days import check_country, zone
from afterview.facts_io import facts_from_dict
from afterview.model import Action, FeedbackKind, Stage, ThreadFacts
from storage.types import StrEnumType, UTCDateTime, utcnow

if TYPE_CHECKING:
    from storage.crypto import SecretBox

EMAIL_LENGTH = 320  # RFC 5321: 64 + @ + 255


class Base(DeclarativeBase):
    # Named constraints, so later migrations (and SQLite's batch mode) can refer to them.
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    _repr_fields: tuple[str, ...] = ("id",)

    def __repr__(self) -> str:
        # Only what is already loaded: a repr must never query, nor show a secret.
        loaded = inspect(self).dict
        shown = ", ".join(
            f"{name}={loaded[name]!r}" for name in self._repr_fields if name in loaded
        )
        return f"<{type(self).__name__} {shown}>"


def _lower_address(value: str | None) -> str | None:
    return None if value is None else value.strip().lower()


class SyncStatus(StrEnum):
    IDLE = "idle"
    QUEUED = "queued"
    RUNNING = "running"
    FAILED = "failed"


class DraftKind(StrEnum):
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"


class DraftStatus(StrEnum):
    PENDING = "pending"
    CREATED = "created"
    FAILED = "failed"


class User(Base):
    __tablename__ = "users"
    _repr_fields = ("id", "email")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(EMAIL_LENGTH), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # The Google profile name from sign-in: signs drafts when the user's sent mail shows none.
    profile_name: Mapped[str | None] = mapped_column(String(255))
    # Preferences (the user's; read through storage.advice.user_preferences)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # ISO 3166-1 alpha-2; business days skip its public holidays. None: weekends only.
    country: Mapped[str | None] = mapped_column(String(2), default=None)
    policy: Mapped[str] = mapped_column(String(32), default="standard")
    policy_overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    weekly_summary_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # 0 = Monday ... 6 = Sunday, as `date.weekday()`.
    weekly_summary_day: Mapped[int] = mapped_column(SmallInteger, default=0)
    # The user asked to be deleted but a Google grant could not be revoked yet: their data
    # is gone, the accounts holding those grants are kept (and never synced) until it is.
    deletion_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    accounts: Mapped[list[GmailAccount]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    applications: Mapped[list[Application]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    feedback: Mapped[list[Feedback]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    api_tokens: Mapped[list[ApiToken]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    summaries: Mapped[list[SummarySent]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )
    draft_requests: Mapped[list[DraftRequest]] = relationship(
        back_populates="user", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint("weekly_summary_day BETWEEN 0 AND 6", name="weekly_summary_day"),
    )

    @validates("email")
    def _normalise_email(self, _key: str, value: str) -> str:
        value = value.strip().lower()
        if "@" not in value:
            raise ValueError(f"not an email address: {value!r}")
        return value

    @validates("timezone")
    def _check_timezone(self, _key: str, value: str) -> str:
        try:
            zone(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} (an IANA name such as Europe/Paris)"
            ) from None
        return value

    @validates("country")
    def _check_country(self, _key: str, value: str | None) -> str | None:
        if value is not None:
            check_country(value)  # the domain's own list: whatever it can count holidays for
        return value


class GmailAccount(Base):
    """A connected mailbox. A user may connect several; each syncs on its own."""

    __tablename__ = "gmail_accounts"
    _repr_fields = ("id", "user_id", "address", "needs_reauth")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    address: Mapped[str] = mapped_column(String(EMAIL_LENGTH))
    google_subject: Mapped[str | None] = mapped_column(String(255), index=True)
    # Fernet ciphertext (storage.crypto); use set_refresh_token / refresh_token.
    refresh_token_ciphertext: Mapped[str | None] = mapped_column(Text)
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    needs_reauth: Mapped[bool] = mapped_column(Boolean, default=False)
    reauth_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    user: Mapped[User] = relationship(back_populates="accounts")
    sync_state: Mapped[SyncState | None] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    threads: Mapped[list[ThreadRecord]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )
    labels: Mapped[list[LabelMapping]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (UniqueConstraint("user_id", "address"),)

    _normalise_address = validates("address")(lambda self, _key, value: _lower_address(value))

    def set_refresh_token(self, box: SecretBox, token: str | None) -> None:
        self.refresh_token_ciphertext = None if token is None else box.encrypt(token)

    def refresh_token(self, box: SecretBox) -> str | None:
        if self.refresh_token_ciphertext is None:
            return None
        return box.decrypt(self.refresh_token_ciphertext)


class SyncState(Base):
    """Where an account's sync stands. One row per account, created with the account."""

    __tablename__ = "sync_states"
    _repr_fields = ("account_id", "status", "phase", "history_id")

    account_id: Mapped[int] = mapped_column(
        ForeignKey("gmail_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    # Gmail history ids are opaque uint64 strings; kept as Gmail returns them.
    history_id: Mapped[str | None] = mapped_column(String(32))
    # Recorded before a full sync lists anything; becomes `history_id` once it completes,
    # so mail arriving during the sync is picked up by the next incremental one.
    full_sync_history_id: Mapped[str | None] = mapped_column(String(32))
    last_full_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # When the last incremental sync began (what the API shows).
    last_incremental_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # What the account's poll cadence counts from (worker.polling): the tick of the poll
    # that queued its last incremental sync, or when that sync began when no poll queued
    # it. A sync that waited in the queue thus costs no poll. None: not recorded yet
    # (`last_incremental_sync_at` then).
    last_polled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[SyncStatus] = mapped_column(StrEnumType(SyncStatus), default=SyncStatus.IDLE)
    phase: Mapped[str | None] = mapped_column(String(32))
    # The phase as a person reads it ("recent mail", "the last 12 months").
    phase_text: Mapped[str | None] = mapped_column(String(64))
    progress_done: Mapped[int] = mapped_column(Integer, default=0)
    progress_total: Mapped[int] = mapped_column(Integer, default=0)  # 0: not yet estimated
    # The worker's estimate, at `updated_at`, of the seconds the threads still to read
    # will take at the account's quota; None when there is nothing to estimate.
    seconds_left: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    # When the full sync now running (or interrupted) began: a restarted one skips the
    # threads it already stored (ThreadRecord.synced_at at or after this).
    full_sync_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    quota_units_spent: Mapped[int] = mapped_column(BigInteger, default=0)
    # Gmail push notifications (`users.watch`): the history id the watch started from and
    # when Gmail stops pushing unless it is renewed. None: no watch. While it is live the
    # account is polled only at the quiet interval (worker.polling).
    watch_history_id: Mapped[str | None] = mapped_column(String(32))
    watch_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    account: Mapped[GmailAccount] = relationship(back_populates="sync_state")


class Application(Base):
    """One job application: every thread about the same company and role."""

    __tablename__ = "applications"
    _repr_fields = ("id", "user_id", "key")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(255))  # application_key(company, role)
    company: Mapped[str] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    user: Mapped[User] = relationship(back_populates="applications")
    threads: Mapped[list[ThreadRecord]] = relationship(
        back_populates="application", passive_deletes=True
    )

    __table_args__ = (UniqueConstraint("user_id", "key"),)


class ThreadRecord(Base):
    """One Gmail thread as the domain read it, and the advice for it."""

    __tablename__ = "thread_records"
    _repr_fields = ("id", "account_id", "gmail_thread_id", "stage", "action")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("gmail_accounts.id", ondelete="CASCADE"))
    gmail_thread_id: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str | None] = mapped_column(String(255))
    role: Mapped[str | None] = mapped_column(String(255))
    # Detection
    stage: Mapped[Stage] = mapped_column(StrEnumType(Stage), default=Stage.NONE)
    interview: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    signals: Mapped[list[str]] = mapped_column(JSON, default=list)
    # ThreadFacts as afterview.facts_io writes them; see read_facts / repository.facts_columns.
    facts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    # Advice, and when it was computed
    action: Mapped[Action] = mapped_column(StrEnumType(Action), default=Action.NONE)
    reason: Mapped[str] = mapped_column(Text, default="")
    until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # until / due name days whose hours are stand-ins (afterview.model.Advice.day_only)
    day_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    contact: Mapped[str | None] = mapped_column(String(EMAIL_LENGTH))
    advised_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), index=True
    )
    # Gmail labels: the id of the Afterview label now on the thread, and whether the
    # user took ours off or renamed it by hand (then we stop re-adding it).
    applied_label_id: Mapped[str | None] = mapped_column(String(64))
    label_suppressed: Mapped[bool] = mapped_column(Boolean, default=False)
    # A label change written here before it is sent to Gmail, cleared once Gmail has it:
    # after a crash in between, the change is sent again (never mistaken for the user's).
    # `label_target_id` None with `label_pending` set means "remove ours".
    label_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    label_target_id: Mapped[str | None] = mapped_column(String(64))
    # Gmail's ids of the thread's messages (ids, not bodies), for messages.batchModify.
    gmail_message_ids: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default=text("'[]'")
    )
    history_id: Mapped[str | None] = mapped_column(String(32))  # latest seen for the thread
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # last read from Gmail
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    account: Mapped[GmailAccount] = relationship(back_populates="threads")
    application: Mapped[Application | None] = relationship(back_populates="threads")
    feedback: Mapped[list[Feedback]] = relationship(
        back_populates="thread", cascade="all, delete-orphan", passive_deletes=True
    )
    draft_requests: Mapped[list[DraftRequest]] = relationship(
        back_populates="thread", cascade="all, delete-orphan", passive_deletes=True
    )

    def read_facts(self) -> ThreadFacts | None:
        """The stored facts as the domain's record (ValueError if they are malformed)."""
        return None if self.facts is None else facts_from_dict(self.facts)

    __table_args__ = (
        UniqueConstraint("account_id", "gmail_thread_id"),
        Index(None, "account_id", "action"),
        Index(None, "until"),
    )


class Feedback(Base):
    """What the user told us about a thread, or about a sender (then it is `not_interview`)."""

    __tablename__ = "feedback"
    _repr_fields = ("id", "user_id", "thread_id", "sender_address", "kind", "until")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    thread_id: Mapped[int | None] = mapped_column(
        ForeignKey("thread_records.id", ondelete="CASCADE")
    )
    sender_address: Mapped[str | None] = mapped_column(String(EMAIL_LENGTH))
    kind: Mapped[FeedbackKind] = mapped_column(StrEnumType(FeedbackKind))
    until: Mapped[datetime | None] = mapped_column(UTCDateTime())  # for snoozed
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    user: Mapped[User] = relationship(back_populates="feedback")
    thread: Mapped[ThreadRecord | None] = relationship(back_populates="feedback")

    __table_args__ = (
        CheckConstraint(
            "thread_id IS NOT NULL OR sender_address IS NOT NULL", name="thread_or_sender"
        ),
        CheckConstraint("kind <> 'snoozed' OR until IS NOT NULL", name="snooze_has_until"),
        Index(None, "thread_id", "kind"),
        Index(None, "user_id", "sender_address"),
    )

    _normalise_sender = validates("sender_address")(lambda self, _key, value: _lower_address(value))


class ApiToken(Base):
    """An extension's bearer token, stored as its SHA-256 only (see storage.api_tokens)."""

    __tablename__ = "api_tokens"
    _repr_fields = ("id", "user_id", "name", "revoked_at")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)  # hex SHA-256
    name: Mapped[str] = mapped_column(String(100), default="extension")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship(back_populates="api_tokens")


class LabelMapping(Base):
    """The Gmail label created for one purpose in one account, so it is created once."""

    __tablename__ = "label_mappings"
    _repr_fields = ("id", "account_id", "purpose", "label_name")

    PARENT = "parent"  # the `Afterview` label itself; other purposes are Action values

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("gmail_accounts.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(32))
    label_id: Mapped[str] = mapped_column(String(64))
    label_name: Mapped[str] = mapped_column(String(255))  # as last seen: the user may rename it
    # The user deleted this label in Gmail: it is not created again.
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    account: Mapped[GmailAccount] = relationship(back_populates="labels")

    __table_args__ = (UniqueConstraint("account_id", "purpose"),)


class SummarySent(Base):
    """One weekly summary per user per ISO week, claimed before it is sent.

    The row is inserted first (the unique constraint decides who sends), then the email is
    sent and `sent_at`/`gmail_message_id` filled in, or `skipped` says why none was. A crash
    in between leaves a claimed, unfinished week: only the attempt named in `claimed_by`
    (the same job, retried) or one taking over a lapsed claim may finish it, and it first
    looks in the mailbox's SENT for the email (`worker.weekly`): never twice.
    """

    __tablename__ = "summaries_sent"
    _repr_fields = ("id", "user_id", "week", "claimed_by", "sent_at", "skipped")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    week: Mapped[str] = mapped_column(String(10))  # ISO week, "2026-W48"
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(100))  # the attempt (RQ job id)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    gmail_message_id: Mapped[str | None] = mapped_column(String(64))
    skipped: Mapped[str | None] = mapped_column(Text)  # why nothing was sent that week

    user: Mapped[User] = relationship(back_populates="summaries")

    __table_args__ = (UniqueConstraint("user_id", "week"),)


class DraftRequest(Base):
    """A thank-you or follow-up draft the user asked for; the worker writes it in Gmail."""

    __tablename__ = "draft_requests"
    _repr_fields = ("id", "thread_id", "kind", "status")

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    thread_id: Mapped[int] = mapped_column(ForeignKey("thread_records.id", ondelete="CASCADE"))
    kind: Mapped[DraftKind] = mapped_column(StrEnumType(DraftKind))
    status: Mapped[DraftStatus] = mapped_column(
        StrEnumType(DraftStatus), default=DraftStatus.PENDING
    )
    gmail_draft_id: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship(back_populates="draft_requests")
    thread: Mapped[ThreadRecord] = relationship(back_populates="draft_requests")

    __table_args__ = (
        # Asking twice while the first is pending is the same request.
        Index(
            "uq_draft_requests_pending",
            "thread_id",
            "kind",
            unique=True,
            sqlite_where=text("status = 'pending'"),
            postgresql_where=text("status = 'pending'"),
        ),
    )
