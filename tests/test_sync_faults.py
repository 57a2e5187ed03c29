"""With 10% of Gmail calls failing (500, 503, 429, dropped connections), a full sync and an
incremental one end in exactly the database and label state of a clean run."""

from __future__ import annotations

from datetime import timedelta

from tests.sync_helpers import (
    FIXED_NOW,
    admin,
    client_for,
    comparable,
    connect,
    deliver,
    differences,
    generated_sandbox,
    mailbox_state,
    recruiter_mail,
    settings_for,
)
from worker.sync import Syncer

FAULTS = {
    "fault_rate": 0.1,
    "fault_seed": 11,
    "fault_mix": {"500": 3, "503": 2, "429": 2, "drop": 1},
}


def sync_twice(db, **sandbox_options):
    """Full sync, two new messages, incremental sync: the state it leaves, and the sandbox's
    record of faults."""
    with generated_sandbox(50, seed=9, **sandbox_options) as running:
        account_id = connect(running, db)
        client = client_for(settings_for(running, db), db, account_id)
        sync = Syncer(db, client, account_id, now=lambda: FIXED_NOW, chunk_size=10)
        sync.run()
        first = mailbox_state(running)["messages"][-1]
        deliver(
            running,
            recruiter_mail(
                "Interview invitation: Analyst at Northwind",
                "We would like to invite you to interview. Are you free on Thursday?",
                message_id="<invite-1@northwind.example>",
                date=FIXED_NOW - timedelta(hours=2),
            ),
        )
        deliver(
            running,
            recruiter_mail(
                "Re: " + (first["subject"] or ""),
                "Thanks for your patience, we will decide by next Wednesday.",
                message_id="<update-1@northwind.example>",
                date=FIXED_NOW - timedelta(hours=1),
                In_Reply_To=first["rfc822MessageId"] or "",
            ),
            thread_id=first["threadId"],
        )
        sync.run()
        return comparable(running, db, account_id), admin(running, "/faults"), sync.stats()


def test_ten_percent_faults_end_in_the_clean_run_state(db, tmp_path):
    from storage.db import Database
    from storage.migrate import upgrade

    faulty, faults, stats = sync_twice(db, **FAULTS)

    kinds = {fault["kind"] for fault in faults["injected"]}
    assert len(faults["injected"]) >= 5 and {"500", "429"} <= kinds
    assert stats["retries"] >= 5
    clean_url = f"sqlite:///{tmp_path / 'clean.sqlite3'}"
    upgrade(clean_url)
    clean_db = Database.from_url(clean_url)
    try:
        clean, no_faults, _ = sync_twice(clean_db)
    finally:
        clean_db.dispose()
    assert no_faults["injected"] == []
    assert faulty["threads"] and faulty["gmail_labels"]
    diff = differences(faulty, clean)
    assert not diff, "\n".join(diff)
