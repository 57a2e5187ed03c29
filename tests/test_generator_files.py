"""The generated mailbox on disk (.mbox per thread, truth.jsonl), its command, and how the
project's own parser reads it."""

from __future__ import annotations

import json
import mailbox
import subprocess
from datetime import timedelta

from afterview.facts_io import facts_from_dict
from afterview.model import Action
from afterview.parse import parse_message
from gmail_sandbox.expected_advice import expected_advice
from gmail_sandbox.generator import mbox_bytes, write_mailbox
from tests.conftest import ROOT, afterview_command
from tests.generator_builders import ME, NOW
from tests.generator_builders import mailbox as generated


def test_each_thread_round_trips_through_mailbox_mbox(tmp_path):
    for thread in generated(60, seed=5):
        path = tmp_path / f"{thread.key}.mbox"
        path.write_bytes(mbox_bytes(thread.messages))
        box = mailbox.mbox(path)
        try:
            read = [box.get_bytes(key) for key in box.keys()]
            from_lines = [box.get_message(key).get_from() for key in box.keys()]
        finally:
            box.close()
        expected = [raw.replace(b"\r\n", b"\n") for raw in thread.messages]
        assert read == expected
        assert all(
            "@" in line.split(" ", 1)[0] or line.startswith("MAILER-DAEMON") for line in from_lines
        )


def test_the_project_parser_reads_generated_mail_as_the_truth_says():
    for thread in generated(150, seed=9):
        messages = [parse_message(raw) for raw in thread.messages]
        facts = thread.truth.facts
        automated = sum(1 for m in messages if m.is_auto_reply or m.is_bounce)
        assert automated == facts.automated_messages, thread.truth.kind
        assert messages[0].date == facts.first_message_at
        assert messages[-1].date == facts.last_message_at
        if thread.truth.kind in ("job_alert", "career_newsletter"):
            assert all(m.is_bulk for m in messages)


def test_write_mailbox_writes_mbox_files_and_the_truth(tmp_path):
    truth_path = write_mailbox(tmp_path, ME, 80, 2, NOW)
    assert truth_path == tmp_path / "truth.jsonl"
    records = [json.loads(line) for line in truth_path.read_text("utf-8").splitlines()]
    threads = generated(80, seed=2)
    assert [r["key"] for r in records] == [t.key for t in threads]
    for record, thread in zip(records, threads, strict=True):
        assert set(record) >= {"key", "path", "kind", "interview", "stage", "company", "role"}
        assert record["now"] == NOW.isoformat()
        assert record["action"] in {a.value for a in Action}
        assert record["until"] is None or record["until"][:2] == "20"
        assert (record["action"] == "none") == (not record["interview"])
        assert facts_from_dict(record["facts"]) == thread.truth.facts
        assert (tmp_path / record["path"]).read_bytes() == mbox_bytes(thread.messages)


def test_every_action_occurs_in_a_thousand_threads():
    # A Thursday: on a Monday morning no interview has ended in the last 48 hours, so no
    # thank-you is due, just as in a real mailbox.
    thursday = NOW + timedelta(days=3)
    threads = generated(1000, seed=11, now=thursday)
    actions = {expected_advice(t.truth.facts, thursday).action for t in threads}
    assert actions == set(Action)


def test_the_generate_command_writes_the_files_and_a_summary(tmp_path):
    out = tmp_path / "box"
    args = ["generate", "--threads", "25", "--seed", "4", "--me", ME, "--out", str(out)]
    result = subprocess.run(
        afterview_command(*args, "--now", "2026-03-16T15:00:00Z"),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote 25 threads (") and "actions:" in result.stdout
    assert len(result.stdout.splitlines()) == 1
    assert len(list(out.glob("*.mbox"))) == 25
    assert len((out / "truth.jsonl").read_text("utf-8").splitlines()) == 25


def test_the_generate_command_rejects_a_bad_clock(tmp_path):
    args = ["generate", "--me", ME, "--out", str(tmp_path), "--now", "next tuesday"]
    result = subprocess.run(afterview_command(*args), cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert "not an ISO 8601 date-time" in result.stderr
    assert not list(tmp_path.iterdir())
