"""Sending the weekly summary: when it is due, and exactly once.

When: on the user's chosen day (default Monday) at 08:00 in their time zone. The cron job
`worker.jobs.enqueue_weekly_summaries` runs every minute and enqueues
`summary-<user id>-<ISO week>` (a deterministic id, `unique=True`) for each user whose
moment has come within the last day and whose week is not yet claimed; a worker that was
down for longer skips that week rather than send a stale one.

Exactly once, whatever fails:

1. Claim the (user, week) row (`storage.repository.claim_summary`: a unique constraint),
   naming the attempt (the RQ job id), and commit before anything else. Another attempt
   that finds the row unfinished leaves it alone while the claim is fresh (`CLAIM_LEASE`,
   longer than the job's timeout), and afterwards takes it over with a compare-and-set.
2. Nothing to say: the row records why (`skipped`), it is logged, and no email goes.
3. An attempt resuming a claim (the same job retried after a crash, once the claim is a
   minute old so that a send still in flight has landed, or a take-over) first looks in
   SENT: by the summary's deterministic Message-ID (`rfc822msgid:`), then, as
   Gmail may replace the Message-ID of what it sends, by its subject and date, reading the
   `X-Afterview-Week` header of what it finds. Found: the row is completed, nothing sent.
4. Send (`messages.send`, never retried by the client when the outcome is unknown), then
   record the Gmail message id. A lost answer is settled by the same look in SENT.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from afterview.business_days import zone
from gmail.client import GmailClient
from gmail.errors import OutcomeUnknown
from storage.models import GmailAccount, SummarySent, User
from storage.repository import claim_summary, iso_week, take_over_summary
from summary_email import SUBJECT_PREFIX, WEEK_HEADER, WeeklySummary, summary_message_id

log = logging.getLogger(__name__)

SEND_AT = time(8, 0)  # on the user's chosen day, in their time zone
LATEST = timedelta(days=1)  # a summary more than a day late is not sent that week
CLAIM_LEASE = timedelta(minutes=15)  # longer than SUMMARY_TIMEOUT (worker.queueing)
# A send the dead attempt had in flight may still land at Gmail after it died: a claim is
# resumed only once it is this old, so the look in SENT sees that send.
CLAIM_SETTLES = timedelta(seconds=60)


class ClaimNotSettled(RuntimeError):
    """This attempt's unfinished claim is too recent to resume: retry a little later."""


@dataclass(frozen=True)
class Outcome:
    """What an attempt did: `sent` (a Gmail message id), `found` (already in SENT), or
    nothing, with the reason."""

    week: str
    sent: str | None = None
    found: str | None = None
    skipped: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"week": self.week, "sent": self.sent, "found": self.found, "skipped": self.skipped}


def send_moment(now: datetime, timezone: str, weekday: int) -> datetime:
    """The latest moment at or before `now` that is `weekday` (0 = Monday) at 08:00 in
    `timezone` (wall-clock time: DST respected)."""
    tz = zone(timezone)
    local = now.astimezone(tz)
    day = local.date() - timedelta(days=(local.weekday() - weekday) % 7)
    moment = datetime.combine(day, SEND_AT, tzinfo=tz)
    if moment > local:
        moment = datetime.combine(day - timedelta(days=7), SEND_AT, tzinfo=tz)
    return moment


def due_week(now: datetime, user: User) -> str | None:
    """The ISO week whose summary is due for `user` at `now`, or None (not yet, too late,
    or turned off)."""
    if not user.weekly_summary_enabled:
        return None
    moment = send_moment(now, user.timezone or "UTC", user.weekly_summary_day)
    if now - moment >= LATEST:
        return None
    return iso_week(moment.date())


def due_summaries(session: Session, now: datetime) -> list[tuple[int, str]]:
    """(user id, week) of every summary due now and not yet claimed."""
    users = session.scalars(
        select(User)
        .where(User.weekly_summary_enabled.is_(True))
        .where(
            select(GmailAccount.id)
            .where(
                GmailAccount.user_id == User.id,
                GmailAccount.needs_reauth.is_(False),
                GmailAccount.refresh_token_ciphertext.is_not(None),
            )
            .exists()
        )
        .order_by(User.id)
    )
    due = [(user.id, week) for user in users if (week := due_week(now, user)) is not None]
    if not due:
        return []
    # A claim left unfinished past its lease (its job lost with its worker) is due again:
    # the job, enqueued under the same id, resumes it and looks in SENT first.
    settled = {
        (user_id, week)
        for user_id, week in session.execute(
            select(SummarySent.user_id, SummarySent.week).where(
                SummarySent.user_id.in_([user_id for user_id, _ in due]),
                or_(
                    SummarySent.sent_at.is_not(None),
                    SummarySent.skipped.is_not(None),
                    SummarySent.claimed_at > now - CLAIM_LEASE,
                ),
            )
        )
    }
    return [pair for pair in due if pair not in settled]


def sending_account(user: User) -> GmailAccount | None:
    """The account the summary goes out from (and to): the one at the user's own address,
    else the first connected one whose sign-in still works."""
    usable = [
        account
        for account in sorted(user.accounts, key=lambda account: account.id)
        if not account.needs_reauth and account.refresh_token_ciphertext
    ]
    for account in usable:
        if account.address == user.email:
            return account
    return usable[0] if usable else None


@dataclass(frozen=True)
class Claim:
    """The row this attempt holds, and whether it resumes an unfinished one."""

    id: int
    resuming: bool
    claimed_at: datetime


def claim(session: Session, user_id: int, week: str, attempt: str, now: datetime) -> Claim | str:
    """This attempt's claim on the week, or why it may not send."""
    fresh = claim_summary(session, user_id, week, claimed_by=attempt, now=now)
    if fresh is not None:
        return Claim(fresh.id, resuming=False, claimed_at=now)
    held = session.scalars(
        select(SummarySent).where(SummarySent.user_id == user_id, SummarySent.week == week)
    ).one()
    if held.sent_at is not None:
        return "already sent"
    if held.skipped is not None:
        return f"already skipped ({held.skipped})"
    if held.claimed_by == attempt:
        if now - held.claimed_at < CLAIM_SETTLES:
            raise ClaimNotSettled(
                f"the claim on {week} is {(now - held.claimed_at).seconds} s old; a send it "
                "had in flight may still land: retrying later"
            )
        return Claim(held.id, resuming=True, claimed_at=held.claimed_at)
    if now - held.claimed_at < CLAIM_LEASE:
        return f"another attempt ({held.claimed_by}) is sending it"
    if not take_over_summary(session, held, attempt, now):
        return "another attempt took the claim over first"
    return Claim(held.id, resuming=True, claimed_at=held.claimed_at)


def find_in_sent(client: GmailClient, week: str, message_id: str, since: datetime) -> str | None:
    """The Gmail id of this week's summary among the sent mail, if it is there."""
    for gmail_id, _thread in client.list_message_ids(f"in:sent rfc822msgid:{message_id}"):
        return gmail_id
    # Gmail may have given the message an id of its own: look by subject, then by header.
    after = int((since - timedelta(days=1)).timestamp())
    query = f'in:sent subject:"{SUBJECT_PREFIX}" after:{after}'
    candidates = [gmail_id for gmail_id, _thread in client.list_message_ids(query)][:50]
    if not candidates:
        return None
    answers = client.get_messages(
        candidates, format="metadata", metadata_headers=[WEEK_HEADER], fields="payload/headers"
    )
    for gmail_id in candidates:
        headers = (answers.get(gmail_id) or {}).get("payload", {}).get("headers", [])
        if any(
            h.get("name", "").lower() == WEEK_HEADER.lower() and h.get("value") == week
            for h in headers
        ):
            return gmail_id
    return None


def complete(session: Session, claim_id: int, gmail_id: str, now: datetime) -> None:
    row = session.get(SummarySent, claim_id)
    row.sent_at = now
    row.gmail_message_id = gmail_id


def skip(session: Session, claim_id: int, reason: str) -> None:
    session.get(SummarySent, claim_id).skipped = reason


def send_or_find(
    client: GmailClient,
    summary: WeeklySummary,
    raw: bytes,
    *,
    user_id: int,
    held: Claim,
) -> Outcome:
    """Send the summary unless a resumed claim finds it already in SENT."""
    message_id = summary_message_id(user_id, summary.week, summary.address)
    if held.resuming:
        found = find_in_sent(client, summary.week, message_id, held.claimed_at)
        if found is not None:
            return Outcome(summary.week, found=found)
    try:
        answer = client.send_message(raw)
    except OutcomeUnknown:
        found = find_in_sent(client, summary.week, message_id, held.claimed_at)
        if found is not None:
            return Outcome(summary.week, found=found)
        raise  # the claim is ours: the retry looks again before sending
    return Outcome(summary.week, sent=str(answer["id"]))
