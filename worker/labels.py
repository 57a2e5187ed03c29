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
thread), batched. A run with nothing to change makes no modify call at all.

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

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, defer

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
    for record in session.scalars(
        select(ThreadRecord).where(
            ThreadRecord.account_id == account_id,
            or_(
                ThreadRecord.applied_label_id == label_id, ThreadRecord.label_target_id == label_id
            ),
        )
    ):
        if record.applied_label_id == label_id:
            record.applied_label_id = None
        if record.label_target_id == label_id:
            record.label_target_id = None


def desired_label(record: ThreadRecord, labels: Labels, dismissed: bool) -> str | None:
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


def _dismissed_threads(session: Session, account_id: int) -> set[int]:
    return set(
        session.scalars(
            select(Feedback.thread_id)
            .join(ThreadRecord, ThreadRecord.id == Feedback.thread_id)
            .where(ThreadRecord.account_id == account_id, set_aside_by_user())
        )
    )


# A label pass touches every interview thread (tens of thousands after a first sync of a
# large mailbox) and needs none of their facts: loading those would cost the worker
# hundreds of megabytes at once.
WITHOUT_FACTS = (defer(ThreadRecord.facts),)


def plan_changes(session: Session, account_id: int, labels: Labels) -> list[ThreadRecord]:
    """Mark every thread whose label must change as pending (in the caller's transaction);
    returns the pending ones, including any left pending by an interrupted run."""
    dismissed = _dismissed_threads(session, account_id)
    records = session.scalars(
        select(ThreadRecord)
        .options(*WITHOUT_FACTS)
        .where(
            ThreadRecord.account_id == account_id,
            or_(
                ThreadRecord.interview.is_(True),
                ThreadRecord.applied_label_id.is_not(None),
                ThreadRecord.label_pending.is_(True),
            ),
        )
    ).all()
    pending = []
    for record in records:
        wanted = desired_label(record, labels, record.id in dismissed)
        if record.label_pending:
            record.label_target_id = wanted
            pending.append(record)
        elif wanted != record.applied_label_id:
            record.label_pending = True
            record.label_target_id = wanted
            pending.append(record)
    session.flush()
    return pending


@dataclass
class _Planned:
    """A pending change, copied out of the session: no transaction stays open while Gmail
    is called."""

    id: int
    gmail_thread_id: str
    label_target_id: str | None
    gmail_message_ids: list[str]


def _group(
    planned: Iterable[_Planned], labels: Labels
) -> dict[tuple[tuple[str, ...], tuple[str, ...]], list[_Planned]]:
    """(add, remove) -> threads. Every one of our labels but the target is removed, so a
    thread is right however far an interrupted change got, and groups stay few."""
    ours = labels.ours - {labels.ids.get(PARENT)}
    groups: dict[tuple[tuple[str, ...], tuple[str, ...]], list[_Planned]] = defaultdict(list)
    for change in planned:
        target = change.label_target_id
        add = (target,) if target else ()
        remove = tuple(sorted(ours - {target}))
        groups[(add, remove)].append(change)
    return groups


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

    Three commits: the plan (pending changes), then Gmail, then the result. Interrupted
    anywhere, the next run completes it. A change Gmail refuses because one of our labels
    was deleted meanwhile is planned again once, with the deletion recorded.
    """
    report = LabelReport()
    for attempt in (1, 2):
        with database.session() as session:
            if labels is None:
                labels = reconcile_labels(session, client, account_id, now=now(), report=report)
            planned = [
                _Planned(
                    record.id,
                    record.gmail_thread_id,
                    record.label_target_id,
                    list(record.gmail_message_ids or ()),
                )
                for record in plan_changes(session, account_id, labels)
            ]
        if not planned:
            return report
        gone: set[int] = set()
        try:
            for (add, remove), group in _group(planned, labels).items():
                gone |= _send(client, add, remove, group, report)
        except GmailRequestFailed as error:
            if error.status != 400 or attempt == 2:
                raise
            log.warning("account %s: label change refused (%s); relisting", account_id, error)
            labels = None
            continue
        _settle(database, planned, gone, report)
        return report
    return report


def _settle(
    database: Database, planned: list[_Planned], gone: set[int], report: LabelReport
) -> None:
    with database.session() as session:
        for change in planned:
            record = session.get(ThreadRecord, change.id, options=WITHOUT_FACTS)
            if record is None or not record.label_pending:
                continue
            if record.label_target_id != change.label_target_id:
                continue  # re-planned meanwhile: the next run sends the new target
            record.applied_label_id = None if change.id in gone else change.label_target_id
            record.label_pending = False
            report.changed_threads += 1


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
