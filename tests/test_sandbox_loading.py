"""Filling a mailbox from .eml/.mbox files and from threads of raw messages."""

from __future__ import annotations

from datetime import timedelta

import pytest

from gmail_sandbox.loading import load_directory, load_generated, load_path, load_threads
from gmail_sandbox.sandbox import Sandbox
from tests.builders.mboxes import an_mbox
from tests.sandbox_mail import ME, MONDAY, RECRUITER, from_me, from_recruiter, reply_to


def mbox_of(*raws: bytes) -> bytes:
    return b"".join(b"From sender Mon Mar  3 18:00:00 2025\n" + raw + b"\n" for raw in raws)


def test_a_directory_of_eml_and_mbox_files(tmp_path):
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "first.eml").write_bytes(
        from_recruiter("Interview invitation", message_id="<first@acme.example>")
    )
    # a reply saved under a name that sorts first still joins the thread it answers
    (tmp_path / "a-reply.eml").write_bytes(
        reply_to("<first@acme.example>", "Interview invitation", at=MONDAY + timedelta(days=1))
    )
    (tmp_path / "thread.mbox").write_bytes(
        mbox_of(from_recruiter("Offer"), from_me("Re: Offer"), from_recruiter("Re: Offer"))
    )
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("not mail")
    sandbox = Sandbox()
    mailbox = sandbox.mailbox()
    report = load_directory(mailbox, tmp_path, now_ms=sandbox.now_ms())
    assert (report.messages, report.threads) == (5, 2)
    assert report.errors == [(str(tmp_path / "empty.eml"), "empty file")]
    labels = sorted(sorted(m.labels) for m in mailbox.messages.values())
    assert labels == [["INBOX", "UNREAD"]] * 3 + [["SENT"]] * 2
    assert sorted(len(ids) for ids in mailbox.threads.values()) == [2, 3]
    assert mailbox.oldest_valid_start == mailbox.history_id  # loaded mail predates history


def test_threads_of_raw_messages_load_one_thread_each():
    sandbox = Sandbox(me="me@example.com")
    threads = [[from_recruiter(f"Role {n}"), from_me(f"Re: Role {n}")] for n in range(50)]
    report = load_threads(sandbox.mailbox(), threads, now_ms=sandbox.now_ms())
    assert (report.messages, report.threads) == (100, 50)
    assert len(sandbox.mailbox().threads) == 50


def test_a_missing_directory_is_an_error(tmp_path):
    sandbox = Sandbox()
    with pytest.raises(NotADirectoryError):
        load_directory(sandbox.mailbox(), tmp_path / "absent", now_ms=0)


def test_generated_mailboxes_load_when_the_generator_exists():
    pytest.importorskip("gmail_sandbox.generator", reason="the generator lives on its own branch")
    from datetime import UTC, datetime

    sandbox = Sandbox()
    now = datetime(2025, 3, 10, tzinfo=UTC)
    report = load_generated(sandbox.mailbox(), threads=20, seed=1, now=now, now_ms=0)
    assert report.threads == 20 == len(sandbox.mailbox().threads)


def test_a_takeout_export_loads_thread_by_thread_with_its_labels(tmp_path):
    at = MONDAY
    path = (
        an_mbox()
        .message(thread="1001", labels="Inbox,Important,Unread,Job search", sender=RECRUITER,
                 to=ME, subject="Interview invitation", body="When are you free?", at=at)
        .message(thread="2002", labels="Archived,Category Promotions,Opened",
                 sender="News <news@shop.example>", to=ME, subject="Sale", body="50% off",
                 at=at + timedelta(hours=1))
        .message(thread="1001", labels="Sent,Opened,Job search", sender=ME, to=RECRUITER,
                 subject="Re: Interview invitation", body="Tuesday.", at=at + timedelta(hours=2))
        # no X-Gmail-Labels: mine, so SENT; no X-GM-THRID: threaded by subject and people
        .message(sender=ME, to=RECRUITER, subject="Re: Sale", body="?", at=at + timedelta(hours=3))
        .write(tmp_path / "All mail Including Spam and Trash.mbox")
    )  # fmt: skip
    sandbox = Sandbox(me=ME)
    mailbox = sandbox.mailbox()
    report = load_path(mailbox, path, now_ms=sandbox.now_ms())
    assert (report.messages, report.threads, report.errors) == (4, 3, [])
    (job_search,) = [label for label in mailbox.labels.values() if label.name == "Job search"]
    by_subject = {m.header("subject"): m for m in mailbox.messages.values()}
    assert by_subject["Interview invitation"].labels == {
        "INBOX", "IMPORTANT", "UNREAD", job_search.id
    }  # fmt: skip
    assert by_subject["Sale"].labels == {"CATEGORY_PROMOTIONS"}
    assert by_subject["Re: Interview invitation"].labels == {"SENT", job_search.id}
    assert by_subject["Re: Sale"].labels == {"SENT"}
    invitation = by_subject["Interview invitation"].thread_id
    assert by_subject["Re: Interview invitation"].thread_id == invitation
    assert sorted(len(ids) for ids in mailbox.threads.values()) == [1, 1, 2]


def test_a_broken_thread_of_a_takeout_is_reported_and_the_rest_load(tmp_path):
    path = (
        an_mbox()
        .message(thread="1", sender=RECRUITER, to=ME, subject="Hi", body="Hi", at=MONDAY)
        .raw(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
        .write(tmp_path / "takeout.mbox")
    )
    sandbox = Sandbox(me=ME)
    report = load_path(sandbox.mailbox(), path, now_ms=sandbox.now_ms())
    assert (report.messages, report.threads) == (1, 1)
    ((where, problem),) = report.errors
    assert where.startswith(f"{path} (thread ") and problem.startswith("message 2 of the mbox")
