"""The first minute of a first sync: likely interview mail of the last weeks is read,
advised, stored and labelled before anything else; then recent mail; then the whole
window; with progress a person can read at every step."""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from afterview.model import Action
from gmail import message as gmail_message
from gmail.errors import GmailRequestFailed
from storage.models import SyncState, ThreadRecord
from tests.sandbox_mail import from_recruiter
from tests.sync_helpers import (
    FIXED_NOW,
    client_for,
    connect,
    generated_sandbox,
    mailbox_state,
    settings_for,
)
from worker.query import RECENT_DAYS
from worker.sync import (
    FIRST_THREADS,
    LISTING_ROOM_UNITS,
    Syncer,
    SyncProgress,
    _Beside,
    _Found,
    _ThreadReader,
    reading_method,
    sibling_client,
)

THREADS = 200


@dataclass
class Moment:
    """A progress report and what was stored and labelled when it came."""

    step: SyncProgress
    stored: dict[str, ThreadRecord]
    labelled: set[str]  # Gmail thread ids carrying an Afterview label


def labelled_threads(running) -> set[str]:
    state = mailbox_state(running)
    ours = {label["id"] for label in state["labels"] if label["name"].startswith("Afterview")}
    return {m["threadId"] for m in state["messages"] if ours.intersection(m.get("labelIds", []))}


def stored_records(db, account_id) -> dict[str, ThreadRecord]:
    with db.session() as session:
        records = session.scalars(
            select(ThreadRecord).where(ThreadRecord.account_id == account_id)
        ).all()
        session.expunge_all()
        return {record.gmail_thread_id: record for record in records}


def watched_sync(running, db, account_id, **settings_changes) -> tuple[list[Moment], Syncer]:
    moments: list[Moment] = []

    def watch(step: SyncProgress) -> None:
        moments.append(Moment(step, stored_records(db, account_id), labelled_threads(running)))

    settings = settings_for(running, db, **settings_changes)
    client = client_for(settings, db, account_id)  # no Redis: the table's rate, unpaced
    sync = Syncer(db, client, account_id, now=lambda: FIXED_NOW, chunk_size=50, progress=watch)
    sync.run()
    return moments, sync


def test_the_first_handful_is_recent_interview_mail_advised_and_labelled_before_the_rest(db):
    with generated_sandbox(THREADS) as running:
        account_id = connect(running, db)
        moments, _ = watched_sync(running, db, account_id)

    first = moments[0]
    assert first.step.phase == "recent" and first.step.words == "recent mail"
    assert 0 < first.step.total <= FIRST_THREADS
    assert first.stored == {}  # nothing read before the first handful
    # The first report of recent mail: the first handful is stored, with its advice, and
    # labelled in Gmail (the handful itself may be stored in parts, as it is read).
    after = next(m for m in moments if first.step.total <= m.step.done < m.step.total)
    handful = after.stored
    assert 0 < len(handful) <= FIRST_THREADS
    recent = FIXED_NOW - timedelta(days=RECENT_DAYS)
    assert all(record.last_message_at >= recent for record in handful.values())
    interviews = [record for record in handful.values() if record.interview]
    assert interviews, "the first handful holds interview threads"
    assert all(record.action is not Action.NONE and record.reason for record in interviews)
    assert {record.gmail_thread_id for record in interviews} <= after.labelled
    # Most of the handful is interview mail: the search asks for it.
    assert len(interviews) * 2 > len(handful)


def test_the_first_handful_finds_the_interview_behind_newer_look_alikes(db):
    # The newest 30 mails that speak of interviews are not about one: job alerts saying
    # "Interviewing now" and a promotion with "interview" in its subject. The invitation
    # is older than all of them; the first handful must still hold it.
    invitation = from_recruiter(
        "Interview invitation: Backend Engineer at Acme",
        "Hi, thanks for applying. Are you available Tuesday or Wednesday for a 45-minute "
        "video interview with the team?",
        at=FIXED_NOW - timedelta(days=3),
    )
    with generated_sandbox(0) as running:
        running.sandbox.deliver(invitation)
        for n in range(30):
            at = FIXED_NOW - timedelta(hours=n + 1)
            if n % 3:
                alert = from_recruiter(
                    f"{n + 3} new jobs for 'Backend Engineer'",
                    "Platform Engineer\nGlobex - Remote\nEasy Apply - Interviewing now\n"
                    "Actively recruiting - Be an early applicant",
                    sender="Indeed <alert@indeed.com>",
                    at=at,
                )
                running.sandbox.deliver(alert)
            else:
                promotion = from_recruiter(
                    f"This week's interview: how a founder hires ({n})",
                    "Our interview with a founder on hiring. Limited offer: 50% off.",
                    sender="Weekly <news@letters.example>",
                    at=at,
                )
                running.sandbox.deliver(
                    promotion, label_ids=["INBOX", "UNREAD", "CATEGORY_PROMOTIONS"]
                )
        account_id = connect(running, db)
        moments, _ = watched_sync(running, db, account_id)

    # The report after the first handful's: it is stored, advised and labelled.
    after = next(m for m in moments if 0 < m.step.done < m.step.total)
    interviews = [record for record in after.stored.values() if record.interview]
    assert [record.subject for record in interviews] == [
        "Interview invitation: Backend Engineer at Acme"
    ]
    assert interviews[0].action is not Action.NONE
    assert interviews[0].gmail_thread_id in after.labelled


def test_recent_mail_comes_before_the_rest_of_the_year_and_progress_reads_in_words(db):
    with generated_sandbox(THREADS) as running:
        account_id = connect(running, db)
        moments, _ = watched_sync(running, db, account_id)

    phases = [m.step.phase for m in moments]
    assert phases == sorted(phases, key=["recent", "window"].index)  # recent, then window
    window_starts = phases.index("window")
    assert {m.step.words for m in moments[window_starts:]} == {"the last 12 months"}
    # Everything read before the window phase began is mail of the last weeks.
    recent = FIXED_NOW - timedelta(days=RECENT_DAYS)
    before_window = moments[window_starts].stored
    assert before_window
    assert all(record.last_message_at >= recent for record in before_window.values())
    assert len(moments[-1].stored) > len(before_window)  # and the year came after
    # Threads read never goes back within a phase, and the window counts what recent read.
    for earlier, later in zip(moments, moments[1:], strict=False):
        if earlier.step.phase == later.step.phase:
            assert later.step.done >= earlier.step.done
    assert moments[window_starts].step.done == len(before_window)
    assert moments[-1].step.done == moments[-1].step.total == len(moments[-1].stored)
    with db.session() as session:
        state = session.get(SyncState, account_id)
        assert (state.phase, state.phase_text, state.seconds_left) == (None, None, None)


def test_the_time_left_is_the_threads_left_at_the_accounts_quota(db):
    with generated_sandbox(THREADS) as running:
        account_id = connect(running, db)
        # 10 units a second, not enforced (no Redis, quota off in the sandbox): a thread
        # read costs 10 units, so each thread left is at least a second left.
        moments, _ = watched_sync(running, db, account_id, units_per_second=10.0)

    for moment in moments:
        left = moment.step.total - moment.step.done
        assert moment.step.seconds_left is not None
        assert moment.step.seconds_left >= left
        # Attachments, listing and labels make a thread cost more than 10 units, not 3x.
        assert moment.step.seconds_left <= 3 * left
    assert moments[-1].step.seconds_left == 0


def test_the_reading_method_is_chosen_by_the_table():
    from gmail.quota import GOOGLE_2023, GOOGLE_2026, QuotaTable

    assert reading_method(GOOGLE_2023) == "gmail.users.threads.get"
    assert reading_method(GOOGLE_2026) == "gmail.users.threads.get"
    cheap_messages = QuotaTable(
        "cheap-messages",
        {**GOOGLE_2023.costs, "gmail.users.messages.get": 2},
        units_per_second=250.0,
    )
    assert reading_method(cheap_messages) == "gmail.users.messages.get"


def test_the_cli_bar_words_the_time_left():
    from worker.foreground import time_left_words

    assert [time_left_words(s) for s in (None, 0, 30, 170)] == [
        "",
        "",
        "under a minute left",
        "about 3 min left",
    ]


def test_the_window_lists_only_what_recent_mail_did_not():
    from gmail_sandbox.listing import search
    from gmail_sandbox.loading import load_generated
    from gmail_sandbox.store import Mailbox
    from worker.query import candidate_queries

    now_ms = int(FIXED_NOW.timestamp() * 1000)
    mailbox = Mailbox("me@example.com")
    load_generated(mailbox, threads=THREADS, seed=5, now=FIXED_NOW, now_ms=now_ms)

    def found(queries: list[str]) -> list[str]:
        return [key[2] for q in queries for key in search(mailbox, q=q, now_ms=now_ms).matches]

    recent = set(found(candidate_queries(FIXED_NOW, 12, days=RECENT_DAYS)))
    older = found(candidate_queries(FIXED_NOW, 12, until_days=RECENT_DAYS))
    window = set(found(candidate_queries(FIXED_NOW, 12)))
    assert recent and older
    assert recent.isdisjoint(older)
    assert recent | set(older) == window


def test_while_a_listing_runs_beside_the_reading_each_batch_leaves_room_for_its_pages(db):
    """Under google-2023 a batch of 25 thread reads fills Gmail's second; a listing page
    (5 units) taking a place in that second would hold the next full batch back a whole
    second. While a listing runs, batches of 24 leave 10 units for two pages a second."""
    with generated_sandbox(THREADS, quota_table="google-2023") as running:
        account_id = connect(running, db)
        settings = settings_for(running, db, quota_table_name="google-2023", units_per_second=None)
        client = client_for(settings, db, account_id)
        threads = list(dict.fromkeys(thread for _, thread in client.list_message_ids()))[:100]
        reads: dict[int, list[int]] = {}
        for room in (0, LISTING_ROOM_UNITS):
            helper = sibling_client(client)
            reader = _ThreadReader([client, helper], room=lambda room=room: room)
            sent = client.stats.batches + helper.stats.batches
            read = [thread for ready in reader.batches(threads, 25) for thread, _ in ready]
            reader.close()
            assert sorted(read) == sorted(threads)
            reads[room] = [
                client.stats.batches + helper.stats.batches - sent,
                reader.attachment_batch,
            ]

        assert reads[0][1] == 50 and reads[LISTING_ROOM_UNITS][1] == 48
        # 100 reads: 4 batches of 25, or 4 of 24 and one of 4; the attachments alike.
        assert reads[LISTING_ROOM_UNITS][0] - reads[0][0] == 1, reads


def test_a_thread_waiting_for_its_invite_holds_back_no_thread_read_after_it(db):
    """Calendar invites are fetched fifty at a time (a batch that fills the window): the
    threads without one are handed back as soon as they are read, not kept behind the
    first thread still waiting for its invite."""
    with generated_sandbox(THREADS, quota_table="google-2023") as running:
        account_id = connect(running, db)
        settings = settings_for(running, db, quota_table_name="google-2023", units_per_second=None)
        client = client_for(settings, db, account_id)
        threads = list(dict.fromkeys(thread for _, thread in client.list_message_ids()))[:100]
        reader = _ThreadReader([client, sibling_client(client)])
        handed = list(reader.batches(threads, 25))
        reader.close()

    invited = {
        thread_id
        for ready in handed
        for thread_id, thread in ready
        if gmail_message.calendar_attachments(thread)
    }
    first_read = threads[:25]
    after_an_invite = list(itertools.dropwhile(lambda t: t not in invited, first_read))[1:]
    assert any(t not in invited for t in after_an_invite), "a thread read after an invite"
    # The first batch's answer: every thread of it without an invite, the others later.
    assert [thread_id for thread_id, _ in handed[0]] == [
        thread_id for thread_id in first_read if thread_id not in invited
    ]
    assert sorted(t for ready in handed for t, _ in ready) == sorted(threads)


def test_a_phase_is_read_as_its_listing_finds_it():
    """The reading takes each thread id as soon as the listing (another thread) finds it,
    once, and learns of a failed listing when it gets there."""
    found = _Found(ended=False)
    ids = found.stream()
    found.add(["t1", "t2"])
    assert [next(ids), next(ids)] == ["t1", "t2"]  # the listing has not ended
    found.add(["t2", "t3"])
    found.end()
    assert list(ids) == ["t3"]
    assert found.snapshot() == ["t1", "t2", "t3"] and found.known() == 3

    failed = _Found(["t1"], ended=False)
    failed.end(TimeoutError("the listing's page never came"))
    with pytest.raises(TimeoutError):
        failed.all()


def test_a_label_pass_beside_the_reading_gets_room_in_each_window_and_its_failure_is_raised(db):
    """Recent mail is labelled while the year is read: while that pass runs, each reading
    batch leaves a label change's units free (50); a pass that failed fails the sync."""
    with generated_sandbox(THREADS, quota_table="google-2023") as running:
        account_id = connect(running, db)
        settings = settings_for(running, db, quota_table_name="google-2023", units_per_second=None)
        sync = Syncer(db, client_for(settings, db, account_id), account_id)
        assert sync._room() == 0
        gate = threading.Event()
        sync._labelling = _Beside(lambda: gate.wait(timeout=30), name="test-labels")
        assert sync._room() == 50
        gate.set()
        sync._labelling.join()
        assert sync._room() == 0

    def refused() -> None:
        raise GmailRequestFailed("gmail.users.messages.batchModify", "labels", 403, "forbidden")

    failed = _Beside(refused, name="test-labels")
    with pytest.raises(GmailRequestFailed):
        failed.join()
    failed.join()  # raised once
