"""Gmail labels: each interview thread carries exactly the label of its current action.

The labels are ours alone — `Afterview` and its children — created once and remembered by
id (`LabelMapping`), so a label the user renames keeps working under its new name and is
never renamed back, and a label the user deletes is recorded and never created again.
Nothing outside them is ever added or removed.

Changing labels is two-phase so a crash can never lose a change nor mistake our own
change for the user's: the wanted label is written to the thread's record first
(`label_pending`, `label_target_id`), then sent to Gmail, then recorded as applied. A
pending change is simply sent again (adding a label a message has, or removing one it
lacks, changes nothing in Gmail). Changes are grouped by (labels to add, labels to
remove), and each group goes out in the cheapest form: `messages.batchModify` (50 units
for up to 1,000 messages) when it covers enough threads, else `threads.modify` (10 units a
thread), batched. A run with nothing to change makes no modify call at all. A pass works a
slice of thread ids at a time (plan, then send and settle), committing each, so its memory
stays the same whatever the number of threads, and a pass cut short between slices is
completed by the next.

When the user takes our label off a thread (history says so, or the thread no longer
carries it when we read it again), the thread is marked `label_suppressed` and never
labelled again.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Row, or_, select, update
from sqlalchemy.orm import Session, load_only

from afterview.model import Action
from gmail.client import MAX_BATCH_MODIFY_IDS, GmailClient
from gmail.errors import GmailRequestFailed
from storage.db import Database
from storage.models import Feedback, LabelMapping, ThreadRecord
from storage.repository import set_aside_by_user
from storage.types import utcnow

log = logging.getLogger(__name__)

PARENT_NAME = "Afterview"
PARENT = LabelMapping.PARENT

# The action each label stands for, and its name under the parent.
LABEL_NAMES: dict[str, str] = {
    Action.PREPARE.value: "Prepare",
    Action.REPLY.value: "Reply needed",
    Action.SEND_THANK_YOU.value: "Thank-you due",
    Action.WAIT.value: "Waiting",
    Action.FOLLOW_UP.value: "Follow up",
    Action.MOVE_ON.value: "Move on",
    Action.CLOSED.value: "Closed",
    Action.OFFER.value: "Offer",
}
PURPOSES = (PARENT, *LABEL_NAMES)

# Units: messages.batchModify 50 per call of up to 1,000 ids; threads.modify 10 a thread.
_BATCH_MODIFY_COST = 50
_THREAD_MODIFY_COST = 10


def label_name(purpose: str) -> str:
    return PARENT_NAME if purpose == PARENT else f"{PARENT_NAME}/{LABEL_NAMES[purpose]}"


@dataclass
class Labels:
    """The account's labels as Gmail has them now: purpose -> label id, for the live ones."""

    ids: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)  # purposes whose label the user deleted

    @property
    def ours(self) -> frozenset[str]:
        return frozenset(self.ids.values())

    def for_action(self, action: Action | str) -> str | None:
        return self.ids.get(str(action)) if str(action) != PARENT else None


@dataclass
class LabelReport:
    created: list[str] = field(default_factory=list)
    changed_threads: int = 0
    calls: Counter[str] = field(default_factory=Counter)


def reconcile_labels(
    session: Session,
    client: GmailClient,
    account_id: int,
    *,
    create: bool = True,
    now: datetime | None = None,
    report: LabelReport | None = None,
) -> Labels:
    """Read the account's labels (1 unit), record renames and deletions, create the ones
    never created (parent first), and return the live ones. Flushes, does not commit."""
    now = now or utcnow()
    mappings = {
        mapping.purpose: mapping
        for mapping in session.scalars(
            select(LabelMapping).where(LabelMapping.account_id == account_id)
        )
    }
    existing = {label["id"]: label for label in client.list_labels() if "id" in label}
    by_name = {str(label.get("name", "")).casefold(): label for label in existing.values()}
    labels = Labels()
    for purpose in PURPOSES:
        mapping = mappings.get(purpose)
        if mapping is not None and mapping.deleted_at is not None:
            labels.deleted.add(purpose)
            continue
        if mapping is not None:
            live = existing.get(mapping.label_id)
            if live is None:  # the user deleted it: remember, never recreate
                mapping.deleted_at = now
                labels.deleted.add(purpose)
                _forget_label(session, account_id, mapping.label_id)
                continue
            if live.get("name") and live["name"] != mapping.label_name:
                mapping.label_name = live["name"]  # renamed by the user: follow, never undo
            labels.ids[purpose] = mapping.label_id
            continue
        if not create:
            continue
        name = label_name(purpose)
        found = by_name.get(name.casefold())
        if found is None:
            found = client.create_label(name)
            if report is not None:
                report.created.append(name)
        session.add(
            LabelMapping(
                account_id=account_id,
                purpose=purpose,
                label_id=found["id"],
                label_name=found.get("name", name),
            )
        )
        labels.ids[purpose] = found["id"]
    session.flush()
    return labels


def _forget_label(session: Session, account_id: int, label_id: str) -> None:
    """A deleted label is on no thread any more."""
    for column in (ThreadRecord.applied_label_id, ThreadRecord.label_target_id):
        session.execute(
            update(ThreadRecord)
            .where(ThreadRecord.account_id == account_id, column == label_id)
            .values({column: None})
            .execution_options(synchronize_session=False)
        )


def desired_label(record: ThreadRecord | Row[Any], labels: Labels, dismissed: bool) -> str | None:
    if record.label_suppressed or dismissed or not record.interview:
        return None
    return labels.for_action(record.action)


def note_user_removal(record: ThreadRecord, label_id: str) -> bool:
    """The user took `label_id` off this thread: if it was ours and settled (no change of
    ours in flight), stop labelling the thread. True when the thread became suppressed."""
    if record.label_pending or record.applied_label_id != label_id:
        return False
    record.applied_label_id = None
    record.label_suppressed = True
    return True


def check_still_labelled(record: ThreadRecord, thread_label_ids: Iterable[str]) -> bool:
    """After reading a thread again: our settled label gone from all its messages means the
    user removed it. True when the thread became suppressed."""
    applied = record.applied_label_id
    if applied is None or record.label_pending or applied in set(thread_label_ids):
        return False
    return note_user_removal(record, applied)


def _dismissed_threads(session: Session, account_id: int, first_id: int, last_id: int) -> set[int]:
    """The threads between these ids (inclusive) the user set aside."""
    return set(
        session.scalars(
            select(Feedback.thread_id)
            .join(ThreadRecord, ThreadRecord.id == Feedback.thread_id)
            .where(
                ThreadRecord.account_id == account_id,
                ThreadRecord.id.between(first_id, last_id),
                set_aside_by_user(),
            )
        )
    )


# A label pass touches every interview thread (tens of thousands after a first sync of a
# large mailbox): it reads them a slice of ids at a time, only the columns that decide or
# carry a label, and writes back with UPDATE statements, so its memory does not grow with
# the account (no ORM record per thread, no facts).
SLICE = 1000

# What a candidate needs for its plan: the columns of `desired_label` and of the pending state.
_PLAN_COLUMNS = (
    ThreadRecord.id,
    ThreadRecord.interview,
    ThreadRecord.action,
    ThreadRecord.label_suppressed,
    ThreadRecord.applied_label_id,
    ThreadRecord.label_pending,
    ThreadRecord.label_target_id,
)
# What a pending change needs to be sent and settled.
_CHANGE_COLUMNS = (
    ThreadRecord.id,
    ThreadRecord.gmail_thread_id,
    ThreadRecord.label_target_id,
    ThreadRecord.gmail_message_ids,
)


def plan_slice(
    session: Session, account_id: int, labels: Labels, *, after_id: int, limit: int
) -> int | None:
    """Mark the threads of the next slice of ids (the `limit` candidates after `after_id`)
    whose label must change as pending, in the caller's transaction, re-targeting any left
    pending by an interrupted run. Returns the last id of the slice, None past the end."""
    rows = session.execute(
        select(*_PLAN_COLUMNS)
        .where(
            ThreadRecord.account_id == account_id,
            ThreadRecord.id > after_id,
            or_(
                ThreadRecord.interview.is_(True),
                ThreadRecord.applied_label_id.is_not(None),
                ThreadRecord.label_pending.is_(True),
            ),
        )
        .order_by(ThreadRecord.id)
        .limit(limit)
    ).all()
    if not rows:
        return None
    dismissed = _dismissed_threads(session, account_id, rows[0].id, rows[-1].id)
    retarget: dict[str | None, list[int]] = defaultdict(list)
    for row in rows:
        wanted = desired_label(row, labels, row.id in dismissed)
        if row.label_pending:
            if wanted != row.label_target_id:
                retarget[wanted].append(row.id)
        elif wanted != row.applied_label_id:
            retarget[wanted].append(row.id)
    for target, ids in retarget.items():
        session.execute(
            update(ThreadRecord)
            .where(ThreadRecord.id.in_(ids))
            .values(label_pending=True, label_target_id=target)
            .execution_options(synchronize_session=False)
        )
    return rows[-1].id


def plan_changes(session: Session, account_id: int, labels: Labels) -> list[ThreadRecord]:
    """The whole plan in the caller's one transaction (`plan_slice` over every slice); returns
    the pending threads with only the columns a change needs. For a small account or a
    check: `apply_labels` plans and sends slice by slice instead."""
    after: int | None = 0
    while after is not None:
        after = plan_slice(session, account_id, labels, after_id=after, limit=SLICE)
    return list(
        session.scalars(
            select(ThreadRecord)
            .options(load_only(*_CHANGE_COLUMNS[1:]))
            .where(ThreadRecord.account_id == account_id, ThreadRecord.label_pending.is_(True))
            .order_by(ThreadRecord.id)
            .execution_options(populate_existing=True)  # the UPDATEs went past the session
        )
    )


@dataclass
class _Planned:
    """A pending change, copied out of the session: no transaction stays open while Gmail
    is called."""

    id: int
    gmail_thread_id: str
    label_target_id: str | None
    gmail_message_ids: list[str]


def _pending_targets(session: Session, account_id: int) -> list[str | None]:
    return list(
        session.scalars(
            select(ThreadRecord.label_target_id)
            .where(ThreadRecord.account_id == account_id, ThreadRecord.label_pending.is_(True))
            .distinct()
        )
    )


def _pending_slice(
    session: Session, account_id: int, target: str | None, after_id: int
) -> list[_Planned]:
    """The next slice of pending changes to `target` (None: remove ours), by id."""
    rows = session.execute(
        select(*_CHANGE_COLUMNS)
        .where(
            ThreadRecord.account_id == account_id,
            ThreadRecord.label_pending.is_(True),
            ThreadRecord.label_target_id.is_not_distinct_from(target),
            ThreadRecord.id > after_id,
        )
        .order_by(ThreadRecord.id)
        .limit(SLICE)
    )
    return [
        _Planned(
            row.id, row.gmail_thread_id, row.label_target_id, list(row.gmail_message_ids or ())
        )
        for row in rows
    ]


def _change_for(target: str | None, labels: Labels) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(add, remove) for a target. Every one of our labels but the target is removed, so a
    thread is right however far an interrupted change got, and groups stay few."""
    ours = labels.ours - {labels.ids.get(PARENT)}
    return ((target,) if target else ()), tuple(sorted(ours - {target}))


def _send(
    client: GmailClient,
    add: tuple[str, ...],
    remove: tuple[str, ...],
    group: list[_Planned],
    report: LabelReport,
) -> set[int]:
    """Send one group's change; returns the records whose thread Gmail no longer has."""
    message_ids = [mid for change in group for mid in change.gmail_message_ids]
    calls = -(-len(message_ids) // MAX_BATCH_MODIFY_IDS)
    cheaper = calls * _BATCH_MODIFY_COST < len(group) * _THREAD_MODIFY_COST
    if cheaper and all(change.gmail_message_ids for change in group):
        client.batch_modify(message_ids, add=add, remove=remove)
        report.calls["messages.batchModify"] += calls
        return set()
    answers = client.modify_threads({change.gmail_thread_id: (add, remove) for change in group})
    report.calls["threads.modify"] += len(group)
    return {change.id for change in group if not answers.get(change.gmail_thread_id, True)}


def apply_labels(
    database: Database,
    client: GmailClient,
    account_id: int,
    *,
    now: Callable[[], datetime] = utcnow,
    labels: Labels | None = None,
) -> LabelReport:
    """Bring the account's Afterview labels in line with the stored advice.

    First the plan, a commit per slice of ids (pending changes); then, for each target
    label, a slice of pending threads at a time: Gmail, then the result, committed.
    Interrupted anywhere, the next run completes it (a pending change is sent again). A
    change Gmail refuses because one of our labels was deleted meanwhile is planned again
    once, with the deletion recorded.
    """
    report = LabelReport()
    for attempt in (1, 2):
        if labels is None:
            with database.session() as session:
                labels = reconcile_labels(session, client, account_id, now=now(), report=report)
        after: int | None = 0
        while after is not None:
            with database.session() as session:
                after = plan_slice(session, account_id, labels, after_id=after, limit=SLICE)
        try:
            _send_pending(database, client, account_id, labels, report)
        except GmailRequestFailed as error:
            if error.status != 400 or attempt == 2:
                raise
            log.warning("account %s: label change refused (%s); relisting", account_id, error)
            labels = None
            continue
        return report
    return report


def _send_pending(
    database: Database, client: GmailClient, account_id: int, labels: Labels, report: LabelReport
) -> None:
    """Send every pending change, one target label and one slice of threads at a time,
    each slice settled (committed) as soon as Gmail has it."""
    with database.session() as session:
        targets = _pending_targets(session, account_id)
    for target in targets:
        add, remove = _change_for(target, labels)
        after = 0
        while True:
            with database.session() as session:
                group = _pending_slice(session, account_id, target, after)
            if not group:
                break
            gone = _send(client, add, remove, group, report)
            _settle(database, group, gone, report)
            after = group[-1].id


def _settle(
    database: Database, planned: list[_Planned], gone: set[int], report: LabelReport
) -> None:
    """Record what Gmail took. A thread re-planned meanwhile (another target) is left
    pending: the next run sends the new target."""
    outcomes: dict[tuple[str | None, str | None], list[int]] = defaultdict(list)
    for change in planned:
        applied = None if change.id in gone else change.label_target_id
        outcomes[(change.label_target_id, applied)].append(change.id)
    with database.session() as session:
        for (target, applied), ids in outcomes.items():
            result = session.execute(
                update(ThreadRecord)
                .where(
                    ThreadRecord.id.in_(ids),
                    ThreadRecord.label_pending.is_(True),
                    ThreadRecord.label_target_id.is_not_distinct_from(target),
                )
                .values(applied_label_id=applied, label_pending=False)
                .execution_options(synchronize_session=False)
            )
            report.changed_threads += result.rowcount


def apply_history_removals(
    session: Session, account_id: int, removals: Mapping[str, set[str]], labels: Labels
) -> int:
    """History said these labels (by Gmail thread id) came off: for our live labels on
    settled threads, the user took them off. Returns the threads now suppressed."""
    ours = labels.ours
    wanted = {thread_id: ids & ours for thread_id, ids in removals.items() if ids & ours}
    if not wanted:
        return 0
    suppressed = 0
    for record in session.scalars(
        select(ThreadRecord).where(
            ThreadRecord.account_id == account_id,
            ThreadRecord.gmail_thread_id.in_(list(wanted)),
        )
    ):
        for label_id in wanted[record.gmail_thread_id]:
            suppressed += note_user_removal(record, label_id)
    session.flush()
    return suppressed
