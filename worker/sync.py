"""Gmail sync for one account: full (search, then read candidate threads) and incremental
(history since the last sync), both ending with the labels brought up to date.

Full sync. The starting history id (getProfile) is recorded before anything is listed, so
mail arriving during the sync is picked up by the next incremental one. It reads the
threads most likely to need action first, in three phases, each skipping what an
earlier one read:

1. the first handful (`FIRST_THREADS`): one short page of likely interview mail of the
   last weeks (`worker.query.first_query`), read, advised, stored and labelled at once,
   so the popup and Gmail show advice seconds after sign-in whatever the mailbox's size;
2. "recent mail": every candidate of the last `RECENT_DAYS` days, labelled in Gmail by a
   pass in a thread of its own while the next phase is read;
3. "the last 12 months": every candidate of the window older than that (listed by
   searches bounded with `before:`, so recent mail is listed once).

Recent mail and then the window are listed in a thread of their own (`_Listing`) from the
start, and each phase is read as its listing finds it: listed in line, a phase's searches
kept the quota idle (a listing page waits on Gmail's search, not on the quota). While the
listing runs, reading batches leave room in the quota window for its pages
(`LISTING_ROOM_UNITS`), and for a label change while recent mail's label pass runs; a
phase's progress total grows with what is listed.

Candidate messages are listed with the searches of `worker.query` and grouped by thread;
each candidate thread is read once with `threads.get(format="full")` — 10 units whatever
the format, so one full read beats a metadata read followed by full reads of its messages
(`reading_method` checks it against the table) — read from its part tree
(`gmail.message`, `afterview.parse.parse_tree`); no body is kept. Threads are committed
in chunks with the progress (done / total, the phase in words, an estimate of the time
left at the account's quota) in `SyncState`. A full sync killed at any point resumes
where it stopped: the next run sees the unfinished run in `SyncState`
(`full_sync_started_at`) and skips the threads stored since, in every phase.

Incremental sync. `history.list` from the stored history id (messages added, labels
removed, and labels added where they matter: trash and spam) names the changed threads;
only those are read again (O(k) units for k changes). Label changes that cannot change
what the domain reads (read/unread, inbox, stars, our own labels) read nothing; the user
taking one of our labels off a thread is recorded (`worker.labels`). The new history id
is stored only after the changes and the labels are committed, so a crash repeats work
but never loses it. A 404 from history (`HistoryExpired`) falls back to a full sync.
"""

from __future__ import annotations

import itertools
import logging
import math
import queue
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from afterview.company import prepare as prepare_company_reading
from afterview.memos import clear_memos
from gmail import message as gmail_message
from gmail.client import MAX_BATCH_CALLS, CallStats, GmailClient
from gmail.errors import HistoryExpired
from gmail.quota import QuotaTable
from storage.advice import feedback_on_threads
from storage.db import Database
from storage.models import GmailAccount, SyncState, SyncStatus, ThreadRecord
from storage.types import utcnow
from worker.advising import owner_of, store_thread, stored_records
from worker.labels import (
    LabelReport,
    Labels,
    apply_history_removals,
    apply_labels,
    check_still_labelled,
    reconcile_labels,
)
from worker.memory import give_back
from worker.query import RECENT_DAYS, candidate_queries, first_query

log = logging.getLogger(__name__)

# Everything a thread read needs, nothing else (the units are the same; the bytes are not).
THREAD_FIELDS = "id,historyId,messages(id,threadId,labelIds,internalDate,historyId,payload)"
ATTACHMENT_METHOD = "gmail.users.messages.attachments.get"
# Labels whose coming or going changes which messages the domain reads.
_CONTENT_LABELS = frozenset({"TRASH", "SPAM"})
DEFAULT_CHUNK = 100  # threads per commit
THREAD_READ_METHOD = "gmail.users.threads.get"
MESSAGE_READ_METHOD = "gmail.users.messages.get"
# Messages a candidate thread holds, about (2.7 in the generated mailboxes; an interview
# thread is rarely a single message): what `reading_method` weighs a thread read against.
MESSAGES_PER_THREAD = 2.0
# The first handful of a first sync, and the page of messages listed to find it.
FIRST_THREADS = 20
FIRST_PAGE = 100
# Thread ids handed to the reading at a time as a listing finds them (a listing page
# holds up to 500 messages).
LISTING_PAGE = 100
# Units a reading batch leaves free while a listing runs beside it: two listing pages
# (`messages.list`, 5 units) in every window.
LISTING_ROOM_UNITS = 10
# A label pass beside the reading changes labels with this call (50 units under both
# tables): a reading batch leaves room for one in every window while the pass runs.
LABEL_CHANGE_METHOD = "gmail.users.messages.batchModify"

# Threads stored between two emptyings of the domain's memos (`afterview.memos`): filled
# by a whole mailbox they hold 20 MiB, by 2,000 threads about 4; the sync waits on the
# quota, not on the domain working an answer out again.
MEMO_THREADS = 2_000

# The phases, as `SyncState.phase` names them and as a person reads them.
PHASE_WORDS = {
    "listing": "finding interview mail",
    "recent": "recent mail",
    "labels": "labelling threads in Gmail",
    "history": "checking for new mail",
    "reading": "reading new mail",
}


def window_words(months: int) -> str:
    return "the last month" if months == 1 else f"the last {months} months"


def reading_method(table: QuotaTable) -> str:
    """How a whole thread is read under this table: one `threads.get`, or a
    `messages.get` per message, whichever costs fewer units for a typical thread.

    google-2023: 10 against 2 x 5; google-2026: 10 against 2 x 20. `threads.get` under
    both, and it needs no listing of the thread's other messages first; a table where
    message reads became cheaper would change the answer here, and the reading with it.
    """
    thread = table.cost(THREAD_READ_METHOD)
    messages = table.cost(MESSAGE_READ_METHOD) * MESSAGES_PER_THREAD
    return THREAD_READ_METHOD if thread <= messages else MESSAGE_READ_METHOD


@dataclass(frozen=True)
class SyncProgress:
    """What a progress display shows: threads read of threads expected in this phase."""

    done: int
    total: int
    phase: str
    words: str  # the phase as a person reads it
    seconds_left: int | None  # at the account's quota, for the threads known so far


Progress = Callable[[SyncProgress], None]


@dataclass
class SyncReport:
    kind: str  # "full" or "incremental"
    resumed: bool = False
    fell_back: bool = False  # an incremental sync that found its history expired
    threads_listed: int = 0
    threads_read: int = 0
    threads_skipped: int = 0  # already stored by an interrupted run of this full sync
    threads_missing: int = 0  # listed, then gone before they were read
    interview_threads: int = 0
    suppressed: int = 0
    units: int = 0
    seconds: float = 0.0
    labels: LabelReport = field(default_factory=LabelReport)

    def as_dict(self) -> dict[str, Any]:
        out = {name: value for name, value in vars(self).items() if name != "labels"}
        out["labels"] = {
            "created": self.labels.created,
            "changed_threads": self.labels.changed_threads,
            "calls": dict(self.labels.calls),
        }
        return out


class Syncer:
    """Syncs one account through one client. Not thread-safe (neither is the client)."""

    def __init__(
        self,
        database: Database,
        client: GmailClient,
        account_id: int,
        *,
        months: int = 12,
        chunk_size: int = DEFAULT_CHUNK,
        now: Callable[[], datetime] = utcnow,
        progress: Progress | None = None,
        tick: datetime | None = None,
    ) -> None:
        """`now` is the clock the advice is computed at (a test may fix it); the sync's own
        bookkeeping (what was read when) always uses the wall clock. `tick`: when the poll
        that queued this sync was due (None: not a poll's), what the account's next poll
        counts from (worker.polling)."""
        self.database = database
        self.client = client
        self.account_id = account_id
        self.months = months
        self.chunk_size = chunk_size
        self.now = now
        self.progress = progress
        self.tick = tick
        # The reading and listing threads' clients, kept for stats.
        self._helpers: list[GmailClient] = []
        # A listing running beside the reading (a full sync's later phases), if any.
        self._listing: _Listing | None = None
        # A label pass running beside the reading (recent mail's, while the year is read).
        self._labelling: _Beside | None = None
        self._units_recorded = client.stats.total_units
        self._run_units_start = client.stats.total_units
        self._memos_emptied_at = 0  # threads read by then

    # -- entry point --------------------------------------------------------------------

    def run(self, full: bool = False) -> SyncReport:
        """A full sync when asked, when the account never had one, or when one was cut
        short; an incremental one otherwise (falling back to full when history expired)."""
        started = time.monotonic()
        self._run_units_start = self.units_spent()
        with self.database.session() as session:
            state = self._state(session)
            needs_full = full or state.history_id is None or state.full_sync_started_at is not None
        if needs_full:
            report = self.full_sync()
        else:
            try:
                report = self.incremental_sync()
            except HistoryExpired as expired:
                log.info("account %s: %s", self.account_id, expired)
                report = self.full_sync()
                report.fell_back = True
        report.seconds = time.monotonic() - started
        return report

    # -- full ---------------------------------------------------------------------------

    def full_sync(self) -> SyncReport:
        report = SyncReport("full")
        units_at_start = self.units_spent()
        with self.database.session() as session:
            state = self._state(session)
            report.resumed = state.full_sync_started_at is not None
            if report.resumed:
                run_started = state.full_sync_started_at
        if not report.resumed:
            # Before anything is listed: what arrives from now on is the next sync's.
            history_id = str(self.client.get_profile()["historyId"])
            run_started = utcnow()  # the wall clock, whatever clock the advice uses
            with self.database.session() as session:
                state = self._state(session)
                state.full_sync_history_id = history_id
                state.full_sync_started_at = run_started
                self._begin(state, "listing")
                self._record_units(state)
        else:
            with self.database.session() as session:
                self._begin(self._state(session), "listing")
        with self.database.session() as session:
            stored_before = set(
                session.scalars(
                    select(ThreadRecord.gmail_thread_id).where(
                        ThreadRecord.account_id == self.account_id,
                        ThreadRecord.synced_at >= run_started,
                    )
                )
            )
        done = set(stored_before)  # grows as the phases read

        now = self.now()
        first = [thread for thread in self.first_candidates(now) if thread not in done]
        first = first[:FIRST_THREADS]
        # Recent mail, then the window, listed in a thread of their own while the earlier
        # phases are read, and each phase read as its listing finds it: a listing page
        # waits on Gmail's search, not on the quota, so listed in line it leaves the
        # quota idle between phases (10 s at 10,000 threads on the sandbox).
        lister = sibling_client(self.client)
        self._helpers.append(lister)
        listing = _Listing(lister, now, self.months)
        self._listing = listing
        labelling: _Beside | None = None
        try:
            # The account's labels are read (and made, the first time: 45 units) once the
            # first handful's read has gone: before it, they took the room its batch
            # needed in the quota's window, and it waited a window for them.
            if first:
                self._read_phase("recent", _Found(first), done, report)
            labels = self._labels(report)
            if first:
                self._apply_labels(labels, report)  # the first advice, in Gmail too
            # Recent mail counts the first handful as its own.
            self._read_phase("recent", listing.recent, done, report, carried=set(first))
            # Recent mail labelled while the year is read, beside it: in line, the quota
            # stood idle from the last answer of recent mail to the first label change.
            labelling = self._label_beside(labels, report)
            recent = list(dict.fromkeys(first + listing.recent.all()))
            self._read_phase("window", listing.window, done, report, carried=set(recent))
            labelling.join()
            listed = list(dict.fromkeys(recent + listing.window.all()))
        finally:
            self._listing = None
            listing.stop()
            lister.close()
            if labelling is not None:
                labelling.join(raising=False)
        report.threads_listed = len(listed)
        report.threads_skipped = len(stored_before.intersection(listed))

        with self.database.session() as session:
            state = self._state(session)
            state.history_id = state.full_sync_history_id or state.history_id
            state.last_full_sync_at = utcnow()
            state.full_sync_started_at = None
            state.full_sync_history_id = None
            self._set_phase(state, "labels")
            state.seconds_left = None
            self._record_units(state)
        self._apply_labels(labels, report)
        self._finish(report, units_at_start)
        return report

    def first_candidates(self, now: datetime) -> list[str]:
        """The first handful's thread ids, newest first: one page of `FIRST_PAGE`
        messages of likely interview mail of the last weeks before `now` (5 units)."""
        threads: dict[str, None] = {}
        listing = self.client.list_message_ids(first_query(now), page_size=FIRST_PAGE)
        for count, (_message_id, thread_id) in enumerate(listing, start=1):
            threads.setdefault(thread_id, None)
            if count >= FIRST_PAGE:
                break
        return list(threads)

    def _read_phase(
        self,
        phase: str,
        listed: _Found,
        done: set[str],
        report: SyncReport,
        *,
        carried: Collection[str] = (),
    ) -> None:
        """Read the listed threads not read yet, as the listing finds them, with the
        phase's progress in `SyncState`: all it listed so far (and `carried`, an earlier
        phase's threads it counts as its own), of which those read already."""
        skipped = 0  # read before (and not the earlier phase's)

        def unread() -> Iterator[str]:
            nonlocal skipped
            for thread_id in listed.stream():
                if thread_id in carried:
                    continue
                if thread_id in done:
                    skipped += 1
                else:
                    done.add(thread_id)
                    yield thread_id

        def counts(read: int) -> tuple[int, int]:
            found = listed.snapshot()
            again = sum(1 for thread_id in found if thread_id in carried)
            return len(carried) + skipped + read, len(carried) + len(found) - again

        # At the start, those listed so far and read before (by a run this one resumes),
        # as the stream will count them when it passes them.
        already, total = counts(0)
        already += sum(1 for i in listed.snapshot() if i in done and i not in carried)
        with self.database.session() as session:
            state = self._state(session)
            self._set_phase(state, phase)
            state.progress_total = total
            state.progress_done = already
            state.seconds_left = self._seconds_left(total - already, report)
            self._record_units(state)
        self._report_progress(already, total)
        self._read_threads(unread(), report, counts=counts)

    def _apply_labels(
        self, labels: Labels, report: SyncReport, client: GmailClient | None = None
    ) -> None:
        applied = apply_labels(self.database, client or self.client, self.account_id, labels=labels)
        report.labels.changed_threads += applied.changed_threads
        report.labels.calls.update(applied.calls)

    def _label_beside(self, labels: Labels, report: SyncReport) -> _Beside:
        """A label pass in a thread of its own, through a client of its own, while this
        thread reads on; reading batches leave room in the quota window for its changes
        while it runs (`_room`)."""
        client = sibling_client(self.client)
        self._helpers.append(client)

        def label() -> None:
            try:
                self._apply_labels(labels, report, client)
            finally:
                client.close()

        self._labelling = _Beside(label, name="gmail-labels")
        return self._labelling

    # -- incremental --------------------------------------------------------------------

    def incremental_sync(self) -> SyncReport:
        report = SyncReport("incremental")
        # What the sync covers: Gmail's history as of its start (`last_incremental_sync_at`,
        # shown by the API). The next poll counts from the poll's tick that queued it when
        # there is one (`last_polled_at`), else from here; never from when it ended, so a
        # sync that waited in the queue or ran long does not put the next poll off an
        # interval (worker.polling).
        began = utcnow()
        units_at_start = self.units_spent()
        with self.database.session() as session:
            state = self._state(session)
            start = state.history_id
            self._begin(state, "history")
        if start is None:
            raise HistoryExpired("none")  # never synced: a full sync it is
        labels = self._labels(report)
        records, latest = self.read_history(start)
        changed, removals = changes_in_history(records, labels.ours)
        report.threads_listed = len(changed)
        with self.database.session() as session:
            report.suppressed += apply_history_removals(session, self.account_id, removals, labels)
            state = self._state(session)
            self._set_phase(state, "reading")
            state.progress_total = len(changed)
            state.progress_done = 0
            state.seconds_left = self._seconds_left(len(changed), report)
        self._read_threads(changed, report, counts=lambda read: (read, len(changed)))
        with self.database.session() as session:
            state = self._state(session)
            self._set_phase(state, "labels")
            state.seconds_left = None
        self._apply_labels(labels, report)
        with self.database.session() as session:
            state = self._state(session)
            state.history_id = latest  # only now: everything before it is committed
            state.last_incremental_sync_at = began
            state.last_polled_at = polled_moment(state.last_polled_at, began, self.tick)
        self._finish(report, units_at_start)
        return report

    def read_history(self, start: str) -> tuple[list[dict[str, Any]], str]:
        """Everything since `start` that can change what we read or what we labelled,
        and the history id to resume from.

        Not one history.list of all three types: our own labelling adds a label to every
        message of every interview thread, and reading those records back (500 a page)
        would cost the first incremental sync after a full one more than the sync itself.
        So: new mail and removed labels (ours taken off by the user; our own removals are
        few), then labels added only where they matter to the domain (trash and spam, by
        `labelId`). Each view is complete up to the history id it returns; the smallest
        is where the next sync starts, so nothing falls between them.
        """
        records, latest = self.client.list_history(start, ("messageAdded", "labelRemoved"))
        marks = [int(latest)]
        for label_id in sorted(_CONTENT_LABELS):
            found, mark = self.client.list_history(start, ("labelAdded",), label_id=label_id)
            records += found
            marks.append(int(mark))
        return records, str(min(marks))

    # -- reading threads ----------------------------------------------------------------

    def _read_threads(
        self,
        thread_ids: Iterable[str],
        report: SyncReport,
        *,
        counts: Callable[[int], tuple[int, int]],
    ) -> None:
        """Read, parse, advise and store these threads (an iterable that may wait for a
        listing to find more), committing at most `chunk_size` threads at a time with the
        progress `counts` gives for the threads read so far: (done, total). A quarter of a
        chunk read is stored as soon as nothing more is waiting, not once a whole chunk
        is there: reading waits on the quota, so a chunk filled before storing would hold
        up to a chunk of read threads in memory, and at a phase's end leave up to a chunk
        to store with the quota idle. (Not fewer: each store and its progress is a
        transaction, and a reading batch's answer may hand back only a few threads.)

        Thread reads go out in batches that fill the quota window exactly (25 reads of 10
        units at 250 units/s), and the calendar attachments they need in batches of their
        own that do too (50 of 5 units): requests of one size pace evenly, while a small
        batch squeezed between big ones overflows the window and meets 429s. So a thread
        waits, in memory, until its attachments have come with the next full batch.

        Reading runs in a thread of its own while this one parses and stores, so the time
        spent parsing is not time the quota goes unused. The reader owns the client until
        it is done.
        """
        thread_ids = iter(thread_ids)
        first = next(thread_ids, None)
        if first is None:
            return
        thread_ids = itertools.chain((first,), thread_ids)
        read = 0
        chunk_size = self.chunk_size
        least = max(1, chunk_size // 4)  # the fewest stored before a chunk is full
        helper = sibling_client(self.client)
        self._helpers.append(helper)
        reader = _ThreadReader([self.client, helper], room=self._room)
        arrivals: queue.Queue[list[tuple[str, dict[str, Any] | None]] | BaseException | None]
        arrivals = queue.Queue(maxsize=4)
        stop = threading.Event()

        def produce() -> None:
            try:
                for ready in reader.batches(thread_ids, self.client.batch_size):
                    if stop.is_set():
                        return
                    arrivals.put(ready)
                arrivals.put(None)
            except BaseException as exc:  # handed to the consumer, which raises it
                arrivals.put(exc)
            finally:
                reader.close()

        producer = threading.Thread(target=produce, name="gmail-reader", daemon=True)
        producer.start()
        # While the first answer travels: on the first store it held up the quota.
        prepare_company_reading()
        ready: list[tuple[str, dict[str, Any] | None]] = []
        try:
            while True:
                item = arrivals.get()
                if isinstance(item, BaseException):
                    raise item
                finished = item is None
                ready += item or []
                while len(ready) >= chunk_size or (
                    ready and (finished or (len(ready) >= least and arrivals.empty()))
                ):
                    chunk, ready = ready[:chunk_size], ready[chunk_size:]
                    read += self._store(chunk, reader, report)
                    self._chunk_done(*counts(read), report)
                if finished:
                    return
        finally:
            stop.set()
            while producer.is_alive():  # unblock a reader waiting on a full queue
                try:
                    arrivals.get(timeout=0.1)
                except queue.Empty:
                    pass
            producer.join()
            helper.close()

    def _room(self) -> int:
        """Units each reading batch leaves free in the quota window: room for the pages
        of a listing running beside it, and for a label change, while they run."""
        listing, labelling = self._listing, self._labelling
        room = LISTING_ROOM_UNITS if listing is not None and listing.running() else 0
        if labelling is not None and labelling.running():
            room += self.client.quota_table.cost(LABEL_CHANGE_METHOD)
        return room

    def _store(
        self,
        threads: Sequence[tuple[str, dict[str, Any] | None]],
        reader: _ThreadReader,
        report: SyncReport,
    ) -> int:
        now = self.now()
        ids = [thread_id for thread_id, _ in threads]
        with self.database.session() as session:
            account = session.get(GmailAccount, self.account_id)
            owner = owner_of(session, account)
            records = stored_records(session, self.account_id, ids)
            feedback = feedback_on_threads(session, [record.id for record in records.values()])
            for thread_id, thread in threads:
                if thread is None:
                    report.threads_missing += 1
                    continue
                record = records.get(thread_id)
                if record is not None and check_still_labelled(
                    record, gmail_message.label_ids(thread)
                ):
                    report.suppressed += 1
                    session.flush()
                stored = store_thread(
                    session,
                    owner,
                    thread_id,
                    gmail_message.thread_messages(thread, reader.attachments),
                    message_ids=gmail_message.message_ids(thread),
                    history_id=thread.get("historyId"),
                    kinds=feedback.get(record.id, set()) if record is not None else set(),
                    now=now,
                    synced_at=utcnow(),
                )
                report.threads_read += 1
                report.interview_threads += bool(stored.interview)
            state = self._state(session)
            self._record_units(state)
        reader.forget(thread for _, thread in threads)
        return len(threads)

    def _chunk_done(self, done: int, total: int, report: SyncReport) -> None:
        if report.threads_read - self._memos_emptied_at >= MEMO_THREADS:
            clear_memos()
            self._memos_emptied_at = report.threads_read
        give_back()  # what reading the chunk took is free now
        with self.database.session() as session:
            state = self._state(session)
            state.progress_done = done
            state.progress_total = total
            state.seconds_left = self._seconds_left(total - done, report)
        self._report_progress(done, total)

    def _seconds_left(self, threads: int, report: SyncReport) -> int:
        """The time `threads` more thread reads take at the account's paced quota: at the
        units a thread has cost so far in this run (its attachments, the listing and the
        labels included), never below the table's cost of a thread read. Until a chunk's
        worth is stored, the table's cost: what a few threads have cost is mostly the
        start's (the profile, the labels made, the first listing) and the reads of threads
        not stored yet."""
        table = self.client.quota_table
        per_thread = float(table.cost(THREAD_READ_METHOD))
        if report.threads_read >= self.chunk_size:
            spent = self.units_spent() - self._run_units_start
            per_thread = max(per_thread, spent / report.threads_read)
        limiter = self.client.limiter
        rate = getattr(limiter, "units_per_second", None) or table.units_per_second
        return math.ceil(threads * per_thread / rate)

    # -- bookkeeping --------------------------------------------------------------------

    def _labels(self, report: SyncReport) -> Labels:
        with self.database.session() as session:
            return reconcile_labels(
                session, self.client, self.account_id, now=utcnow(), report=report.labels
            )

    def _state(self, session: Any) -> SyncState:
        state = session.get(SyncState, self.account_id)
        if state is None:
            state = SyncState(account_id=self.account_id)
            session.add(state)
            session.flush()
        return state

    def _begin(self, state: SyncState, phase: str) -> None:
        state.status = SyncStatus.RUNNING
        self._set_phase(state, phase)
        state.last_error = None
        state.seconds_left = None

    def _set_phase(self, state: SyncState, phase: str) -> None:
        state.phase = phase
        state.phase_text = window_words(self.months) if phase == "window" else PHASE_WORDS[phase]

    def units_spent(self) -> int:
        """Units charged by this syncer's clients so far (every attempt counts)."""
        return sum(client.stats.total_units for client in (self.client, *self._helpers))

    def stats(self) -> dict[str, Any]:
        """The clients' CallStats, added up."""
        total = CallStats()
        for client in (self.client, *self._helpers):
            total.calls.update(client.stats.calls)
            total.units.update(client.stats.units)
            total.batches += client.stats.batches
            total.retries += client.stats.retries
            total.quota_wait_seconds += client.stats.quota_wait_seconds
            total.backoff_seconds += client.stats.backoff_seconds
        return total.as_dict()

    def _record_units(self, state: SyncState) -> None:
        spent = self.units_spent()
        state.quota_units_spent = (state.quota_units_spent or 0) + spent - self._units_recorded
        self._units_recorded = spent

    def _finish(self, report: SyncReport, units_at_start: int) -> None:
        with self.database.session() as session:
            state = self._state(session)
            state.status = SyncStatus.IDLE
            state.phase = None
            state.phase_text = None
            state.seconds_left = None
            state.last_error = None
            self._record_units(state)
        report.units = self.units_spent() - units_at_start

    def _report_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            with self.database.session() as session:
                state = self._state(session)
                phase, words, seconds_left = state.phase, state.phase_text, state.seconds_left
            self.progress(SyncProgress(done, total, phase or "", words or "", seconds_left))


class _Found:
    """Thread ids a listing finds, each once, in the order found; a reader may take
    them as they come (`stream`) while the listing goes on in another thread."""

    def __init__(self, thread_ids: Iterable[str] = (), *, ended: bool = True) -> None:
        self._ids: list[str] = []
        self._seen: set[str] = set()
        self._ended = False
        self._error: BaseException | None = None
        self._changed = threading.Condition()
        self.add(thread_ids)
        if ended:
            self.end()

    def add(self, thread_ids: Iterable[str]) -> None:
        with self._changed:
            for thread_id in thread_ids:
                if thread_id not in self._seen:
                    self._seen.add(thread_id)
                    self._ids.append(thread_id)
            self._changed.notify_all()

    def end(self, error: BaseException | None = None) -> None:
        with self._changed:
            self._ended = True
            self._error = self._error or error
            self._changed.notify_all()

    def known(self) -> int:
        with self._changed:
            return len(self._ids)

    def snapshot(self) -> list[str]:
        """The ids found so far."""
        with self._changed:
            return list(self._ids)

    def stream(self) -> Iterator[str]:
        """Every id, waiting for the listing to find more until it has ended; raises
        what the listing failed with."""
        taken = 0
        while True:
            with self._changed:
                self._changed.wait_for(lambda seen=taken: len(self._ids) > seen or self._ended)
                if self._error is not None:
                    raise self._error
                fresh = self._ids[taken:]
            if not fresh:
                return
            taken += len(fresh)
            yield from fresh

    def all(self) -> list[str]:
        """Every id, once the listing has ended."""
        return list(self.stream())


class _Listing:
    """A full sync's later phases listed in a thread of their own, through a client of
    its own: recent mail (`recent`), then the rest of the window (`window`)."""

    def __init__(self, client: GmailClient, now: datetime, months: int) -> None:
        self.recent = _Found(ended=False)
        self.window = _Found(ended=False)
        self._client = client
        self._now = now
        self._months = months
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gmail-lister", daemon=True)
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stop at the next page and wait for the thread."""
        self._stopping.set()
        self._thread.join()

    def _run(self) -> None:
        phases = ((self.recent, {"days": RECENT_DAYS}), (self.window, {"until_days": RECENT_DAYS}))
        try:
            for found, bounds in phases:
                for query in candidate_queries(self._now, self._months, **bounds):
                    page: list[str] = []
                    for _message_id, thread_id in self._client.list_message_ids(query):
                        page.append(thread_id)
                        if len(page) >= LISTING_PAGE:
                            found.add(page)
                            page = []
                            if self._stopping.is_set():
                                raise _Stopped()
                    found.add(page)
                found.end()
        except BaseException as exc:  # handed to whoever reads the phases
            for found, _ in phases:
                found.end(exc)


class _Beside:
    """A function run in a thread of its own; `join` raises what it failed with."""

    def __init__(self, work: Callable[[], None], *, name: str) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except BaseException as exc:  # handed to whoever joins
            self._error = exc

    def running(self) -> bool:
        return self._thread.is_alive()

    def join(self, *, raising: bool = True) -> None:
        self._thread.join()
        if raising and self._error is not None:
            error, self._error = self._error, None
            raise error


class _Stopped(Exception):
    """The sync no longer wants the listing (it failed, or was stopped)."""


class _ThreadReader:
    """Reads threads in full and fetches the calendar attachments they need, in batches
    that each fill the quota window; hands each thread back once its attachments are in:
    a thread without any as soon as it is read, one with a calendar invite when the batch
    of attachments holding it comes back. Kept in the order read, a thread without
    attachments would wait behind the last one with an invite for that batch to fill
    (fifty invites: a hundred or more threads held, decoded), and at a phase's end all of
    them would be stored at once with the quota idle.

    Two requests are kept in flight, each through a client of its own (a client is not
    thread-safe): the shared quota limiter still admits them one at a time, but a request
    no longer waits for the previous answer to travel back and be decoded first.

    `room()`: units each batch leaves free in the window when it is sent, for the small
    calls of another thread (a listing). A batch filling the window exactly, once a
    small call has taken a place in it, must wait a whole window for that call to leave;
    one a read smaller lets the small call go beside it.
    """

    def __init__(self, clients: Sequence[GmailClient], room: Callable[[], int] = lambda: 0) -> None:
        self.attachments: dict[str, bytes] = {}
        self._waiting: list[tuple[str, dict[str, Any] | None, list[tuple[str, str]]]] = []
        self._wanted: list[tuple[str, str]] = []
        self._free: queue.Queue[GmailClient] = queue.Queue()
        for client in clients:
            self._free.put(client)
        self._pool = ThreadPoolExecutor(len(clients), thread_name_prefix="gmail-reader")
        self.depth = len(clients)
        self._room = room
        table = clients[0].quota_table
        self._capacity = table.units_per_second * table.window_seconds
        self._thread_cost = table.cost(THREAD_READ_METHOD)
        self._attachment_cost = table.cost(ATTACHMENT_METHOD)

    @property
    def attachment_batch(self) -> int:
        """Attachment reads a batch holds: as many as fill the window, less the room."""
        return self._fitting(self._attachment_cost, MAX_BATCH_CALLS)

    def _fitting(self, cost: int, most: int) -> int:
        return max(1, min(most, int((self._capacity - self._room()) // cost)))

    def batches(
        self, thread_ids: Iterable[str], size: int
    ) -> Iterator[list[tuple[str, dict[str, Any] | None]]]:
        """The threads, read: each list is the ones whose reading is complete. `size`:
        thread reads a batch holds at most (fewer while there is room to leave). A batch
        waits until `thread_ids` has given it all its threads, or has ended."""
        in_flight: deque[tuple[Sequence[str], Future[dict[str, Any]]]] = deque()
        thread_ids = iter(thread_ids)
        while batch := list(itertools.islice(thread_ids, self._fitting(self._thread_cost, size))):
            in_flight.append((batch, self._submit(_thread_reads(batch))))
            if len(in_flight) >= self.depth:
                yield self._take(*in_flight.popleft())
        while in_flight:
            yield self._take(*in_flight.popleft())
        if self._wanted:
            self._fetch(self._wanted)
            self._wanted = []
        yield self._ready()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def forget(self, threads: Iterable[dict[str, Any] | None]) -> None:
        for thread in threads:
            if thread is not None:
                for _message_id, attachment_id in gmail_message.calendar_attachments(thread):
                    self.attachments.pop(attachment_id, None)

    def _submit(self, call: Callable[[GmailClient], Any]) -> Future[Any]:
        def run() -> Any:
            client = self._free.get()
            try:
                return call(client)
            finally:
                self._free.put(client)

        return self._pool.submit(run)

    def _take(
        self, thread_ids: Sequence[str], answer: Future[dict[str, Any]]
    ) -> list[tuple[str, dict[str, Any] | None]]:
        threads = answer.result()
        for thread_id in thread_ids:
            thread = threads.get(thread_id)
            refs = gmail_message.calendar_attachments(thread) if thread is not None else []
            self._waiting.append((thread_id, thread, refs))
            self._wanted += refs
        while len(self._wanted) >= (batch := self.attachment_batch):
            self._fetch(self._wanted[:batch])
            del self._wanted[:batch]
        return self._ready()

    def _fetch(self, refs: list[tuple[str, str]]) -> None:
        def fetch(client: GmailClient) -> dict[tuple[str, str], dict[str, Any] | None]:
            size = client.batch_size
            client.batch_size = min(len(refs), self.attachment_batch) or 1
            try:
                return client.get_attachments(refs)
            finally:
                client.batch_size = size

        for (_message_id, attachment_id), answer in self._submit(fetch).result().items():
            self.attachments[attachment_id] = gmail_message.attachment_bytes(answer)

    def _ready(self) -> list[tuple[str, dict[str, Any] | None]]:
        """The threads whose attachments are all in, in the order read; the rest wait."""
        out: list[tuple[str, dict[str, Any] | None]] = []
        waiting = []
        for thread_id, thread, refs in self._waiting:
            if all(attachment_id in self.attachments for _, attachment_id in refs):
                out.append((thread_id, thread))
            else:
                waiting.append((thread_id, thread, refs))
        self._waiting = waiting
        return out


def _thread_reads(thread_ids: Sequence[str]) -> Callable[[GmailClient], dict[str, Any]]:
    def read(client: GmailClient) -> dict[str, Any]:
        return client.get_threads(thread_ids, format="full", fields=THREAD_FIELDS)

    return read


def sibling_client(client: GmailClient) -> GmailClient:
    """A second client on the same grant, limiter and policies, for a second thread."""
    return GmailClient(
        client.credentials,
        api_endpoint=client.base_url,
        limiter=client.limiter,
        quota_table=client.quota_table,
        retry_policy=client.retry_policy,
        batch_size=client.batch_size,
        user_id=client.user_id,
    )


def polled_moment(previous: datetime | None, began: datetime, tick: datetime | None) -> datetime:
    """When an account counts as polled after an incremental sync that began at `began`:
    the tick of the poll that queued it (a retry carries the same tick, so it neither
    gains nor loses a poll), never later than the sync began (a clock out of step), and
    never earlier than the moment recorded before (a sync that covers more than the
    last one does not make the account look polled longer ago)."""
    moment = began if tick is None else min(tick, began)
    return moment if previous is None else max(previous, moment)


def changes_in_history(
    records: Iterable[dict[str, Any]], our_labels: frozenset[str]
) -> tuple[list[str], dict[str, set[str]]]:
    """From history records: the threads to read again, in order of first change, and the
    labels of ours that came off each thread."""
    changed: dict[str, None] = {}
    removals: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for added in record.get("messagesAdded", ()):
            message = added.get("message", {})
            # Every save of a draft adds a message; drafts are nobody's mail yet.
            if "DRAFT" not in message.get("labelIds", ()) and message.get("threadId"):
                changed.setdefault(message["threadId"], None)
        for key in ("labelsAdded", "labelsRemoved"):
            for event in record.get(key, ()):
                thread_id = event.get("message", {}).get("threadId")
                label_ids = set(event.get("labelIds", ()))
                if not thread_id:
                    continue
                if key == "labelsRemoved" and label_ids & our_labels:
                    removals[thread_id] |= label_ids & our_labels
                if label_ids & _CONTENT_LABELS:
                    changed.setdefault(thread_id, None)
    return list(changed), dict(removals)
