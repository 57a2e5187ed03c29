"""`afterview classify` / `advise` on mailboxes as people have them: a Gmail Takeout of many
threads, mbox files threaded only by References or only by subject, directories, standard
input, broken files among good ones; and times printed in the user's zone."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import UTC, datetime, timedelta, timezone

import pytest

from gmail_sandbox.rawmail import compose
from tests.builders.mboxes import an_mbox
from tests.conftest import ROOT, afterview_command

ME = "alex@example.com"
RECRUITER = "Rita Recruiter <rita@acme.example>"
DIGEST = "Career Digest <digest@news.example>"
FRIEND = "Sam <sam@friends.example>"
PST = timezone(timedelta(hours=-8))
# Tuesday 10 November 2026, 2 PM Pacific (PST): 22:00 UTC; it ends at 23:00 UTC.
INTERVIEW = datetime(2026, 11, 10, 14, 0, tzinfo=PST)
NOW = datetime(2026, 11, 11, 12, 0, tzinfo=UTC)  # the next day: a thank-you is due
CONFIRMED = (
    "Hi Alex,\n\nYou're confirmed for your interview with Acme on Tuesday, November 10 at "
    "2:00 PM with our engineering team.\n\nBest,\nRita"
)


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None):
    done = subprocess.run(
        afterview_command(*args),
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        env={**os.environ, "TZ": "UTC", **(env or {})},
    )
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    return done.returncode, lines, done.stderr.decode()


def takeout():
    """Three Gmail threads, interleaved as a Takeout writes them."""
    sent = INTERVIEW - timedelta(days=4)
    return (
        an_mbox()
        .message(
            thread="1001",
            labels="Inbox,Important",
            sender=RECRUITER,
            to=ME,
            subject="Interview with Acme for the Backend Engineer role",
            body=CONFIRMED,
            at=sent,
            message_id="<invite@acme.example>",
        )
        .message(
            thread="2002",
            labels="Inbox,Category Promotions",
            sender=DIGEST,
            to=ME,
            subject="10 tips for your next job interview",
            body="Ace your next interview with these tips.",
            at=sent + timedelta(hours=1),
        )
        .message(
            thread="3003",
            labels="Inbox",
            sender=FRIEND,
            to=ME,
            subject="Dinner on Saturday?",
            body="Are you free on Saturday evening?",
            at=sent + timedelta(hours=2),
        )
        .message(
            thread="1001",
            labels="Sent",
            sender=ME,
            to=RECRUITER,
            subject="Re: Interview with Acme for the Backend Engineer role",
            body="Thank you Rita, see you on Tuesday.",
            at=sent + timedelta(hours=3),
            in_reply_to="<invite@acme.example>",
        )
        .message(
            thread="3003",
            labels="Sent",
            sender=ME,
            to=FRIEND,
            subject="Re: Dinner on Saturday?",
            body="Yes, gladly.",
            at=sent + timedelta(hours=4),
        )
    )


def test_a_takeout_export_gives_one_line_per_gmail_thread(tmp_path):
    path = takeout().write(tmp_path / "All mail Including Spam and Trash.mbox")
    code, lines, _ = run("classify", "--me", ME, "--tz", "UTC", str(path))
    assert code == 0
    assert [line["thread"] for line in lines] == ["1001", "2002", "3003"]
    acme, digest, dinner = lines
    assert acme == {
        "path": str(path),
        "thread": "1001",
        "subject": "Interview with Acme for the Backend Engineer role",
        "first": "2026-11-06T22:00:00+00:00",
        "last": "2026-11-07T01:00:00+00:00",
        "interview": True,
        "stage": "scheduled",
        "company": "Acme",
    }
    assert digest["interview"] is False and digest["subject"].startswith("10 tips")
    assert dinner["interview"] is False and dinner["first"] != dinner["last"]


def test_advice_on_a_takeout_is_given_thread_by_thread(tmp_path):
    path = takeout().write(tmp_path / "takeout.mbox")
    code, lines, _ = run("advise", "--me", ME, "--now", NOW.isoformat(), "--tz", "UTC", str(path))
    assert code == 0
    assert [(line["thread"], line["action"]) for line in lines] == [
        ("1001", "send_thank_you"),
        ("2002", "none"),
        ("3003", "none"),
    ]


def test_times_and_reasons_are_in_the_zone_asked_for(tmp_path):
    path = takeout().write(tmp_path / "takeout.mbox")
    args = ("advise", "--me", ME, "--now", NOW.isoformat(), str(path))
    _, (utc, *_), _ = run(*args, "--tz", "UTC")
    _, (pacific, *_), _ = run(*args, "--tz", "America/Los_Angeles")
    assert "ended on Tuesday 10 November at 23:00" in utc["reason"]
    assert pacific["reason"] == (
        "Your interview with Acme ended on Tuesday 10 November at 15:00; a short thank-you "
        "is due by Wednesday 11 November at 15:00."
    )
    assert pacific["first"] == "2026-11-06T14:00:00-08:00"
    assert pacific["until"] == "2026-11-12T15:00:00-08:00"  # the thank-you lapses
    assert datetime.fromisoformat(pacific["until"]) == datetime.fromisoformat(utc["until"])


def test_the_default_zone_is_the_machines(tmp_path):
    path = takeout().write(tmp_path / "takeout.mbox")
    _, (line, *_), _ = run("classify", "--me", ME, str(path), env={"TZ": "Asia/Tokyo"})
    assert line["first"] == "2026-11-07T07:00:00+09:00"


def test_threads_without_gmail_ids_are_grouped_by_their_references(tmp_path):
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    path = (
        an_mbox()
        .message(sender=RECRUITER, to=ME, subject="Interview", body="When are you free?",
                 at=at, message_id="<root-a@acme.example>")
        .message(sender=FRIEND, to=ME, subject="Interview", body="How did it go?",
                 at=at + timedelta(hours=1), message_id="<root-b@friends.example>")
        # the reply changes the subject: References still ties it to its thread
        .message(sender=ME, to=RECRUITER, subject="Availability", body="Tuesday works.",
                 at=at + timedelta(hours=2), in_reply_to="<root-a@acme.example>")
        .message(sender=RECRUITER, to=ME, subject="Re: Availability", body="Booked.",
                 at=at + timedelta(hours=3), message_id="<third@acme.example>",
                 references=("<root-a@acme.example>", "<m3.202603021100@mail.example>"),
                 in_reply_to="<m3.202603021100@mail.example>")
        .write(tmp_path / "threads.mbox")
    )  # fmt: skip
    code, lines, _ = run("classify", "--me", ME, "--tz", "UTC", str(path))
    assert code == 0
    assert [(line["thread"], line["first"], line["last"]) for line in lines] == [
        ("root-a@acme.example", "2026-03-02T09:00:00+00:00", "2026-03-02T12:00:00+00:00"),
        ("root-b@friends.example", "2026-03-02T10:00:00+00:00", "2026-03-02T10:00:00+00:00"),
    ]


def test_mail_without_references_is_grouped_by_subject_and_people(tmp_path):
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    path = (
        an_mbox()
        .message(sender=RECRUITER, to=ME, subject="Interview availability",
                 body="When are you free?", at=at)
        .message(sender=ME, to=RECRUITER, subject="RE:  interview availability",
                 body="Tuesday.", at=at + timedelta(hours=1))
        .message(sender=FRIEND, to=ME, subject="Re: Interview availability",
                 body="Same subject, other people.", at=at + timedelta(hours=2))
        .message(sender=RECRUITER, to=ME, subject="Fwd: Re: Interview availability",
                 body="Confirmed.", at=at + timedelta(hours=3))
        .write(tmp_path / "exported.mbox")
    )  # fmt: skip
    code, lines, _ = run("classify", "--me", ME, "--tz", "UTC", str(path))
    assert code == 0
    assert [(line["first"], line["last"]) for line in lines] == [
        ("2026-03-02T09:00:00+00:00", "2026-03-02T12:00:00+00:00"),
        ("2026-03-02T11:00:00+00:00", "2026-03-02T11:00:00+00:00"),
    ]
    assert lines[0]["subject"] == "Interview availability"


def test_one_thread_in_a_file_has_no_thread_field(tmp_path):
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    path = (
        an_mbox()
        .message(thread="77", sender=RECRUITER, to=ME, subject="Interview", body="Hi", at=at)
        .write(tmp_path / "one.mbox")
    )
    _, (line,), _ = run("classify", str(path))
    assert "thread" not in line and line["path"] == str(path)


def test_an_mbox_on_standard_input(tmp_path):
    code, lines, _ = run("classify", "--me", ME, "-", stdin=takeout().bytes())
    assert code == 0
    assert [(line["path"], line["thread"]) for line in lines] == [
        ("-", "1001"),
        ("-", "2002"),
        ("-", "3003"),
    ]
    assert lines[0]["interview"] is True


def test_one_message_on_standard_input():
    raw = compose(sender=RECRUITER, to=ME, subject="Hello", body="Hi", date=NOW)
    code, (line,), _ = run("classify", "-", stdin=raw)
    assert code == 0 and line["path"] == "-" and line["subject"] == "Hello"


def test_a_directory_is_read_recursively(tmp_path):
    takeout().write(tmp_path / "Takeout" / "Mail" / "All mail.mbox")
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "hello.EML").write_bytes(
        compose(sender=FRIEND, to=ME, subject="Hello", body="Hi", date=NOW)
    )
    (tmp_path / "notes.txt").write_text("not mail")
    code, lines, _ = run("classify", "--me", ME, str(tmp_path))
    assert code == 0
    assert [(line["path"], line.get("thread")) for line in lines] == [
        (str(tmp_path / "Takeout" / "Mail" / "All mail.mbox"), "1001"),
        (str(tmp_path / "Takeout" / "Mail" / "All mail.mbox"), "2002"),
        (str(tmp_path / "Takeout" / "Mail" / "All mail.mbox"), "3003"),
        (str(tmp_path / "saved" / "hello.EML"), None),
    ]


def test_a_directory_without_mail_is_an_error(tmp_path):
    code, lines, _ = run("classify", str(tmp_path))
    assert code == 1
    assert lines == [{"path": str(tmp_path), "error": "no .eml or .mbox files in this directory"}]


def test_a_broken_file_among_good_ones(tmp_path):
    good = takeout().write(tmp_path / "good.mbox")
    broken = tmp_path / "broken.eml"
    broken.write_bytes("From: a@b.example\nSubject: x\n\nhi\n".encode("utf-16"))
    also_good = tmp_path / "hello.eml"
    also_good.write_bytes(compose(sender=FRIEND, to=ME, subject="Hello", body="Hi", date=NOW))
    code, lines, _ = run("classify", "--me", ME, str(good), str(broken), str(also_good))
    assert code == 1
    assert [line["path"] for line in lines] == [str(good)] * 3 + [str(broken), str(also_good)]
    assert lines[3] == {"path": str(broken), "error": "UTF-16 text, not an email"}
    assert "error" not in lines[4] and lines[4]["subject"] == "Hello"


def test_a_broken_message_fails_its_thread_only(tmp_path):
    path = takeout().raw(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00").write(tmp_path / "t.mbox")
    code, lines, _ = run("classify", "--me", ME, str(path))
    assert code == 1
    assert [line.get("thread") for line in lines if "error" not in line] == [
        "1001",
        "2002",
        "3003",
    ]
    (failed,) = [line for line in lines if "error" in line]
    assert failed["error"].startswith("message 6 of the mbox: binary content")


def test_progress_goes_to_stderr_only_when_asked(tmp_path):
    path = takeout().write(tmp_path / "takeout.mbox")
    _, quiet, quiet_err = run("classify", str(path))
    _, lines, stderr = run("classify", "--progress", str(path))
    assert quiet_err == ""
    assert lines == quiet  # stdout is the same JSON lines either way
    assert stderr.splitlines()[-1] == (
        f"afterview: 5 messages, 3 threads read ({path} of 3 in this file)"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["classify", "--tz", "Mars/Olympus", "x.eml"], "not a time zone name"),
        (["advise", "--me", ME, "--tz", "PST8", "x.eml"], "not a time zone name"),
        (["advise", "--me", ME, "--country", "France", "x.eml"], "not a country code"),
        (["classify", "--country", "FR", "x.eml"], "unrecognized arguments: --country"),
    ],
)
def test_bad_zones_and_countries_are_usage_errors(args, message):
    code, lines, stderr = run(*args)
    assert code == 2 and lines == []
    assert message in stderr


def test_a_country_is_accepted(tmp_path):
    path = takeout().write(tmp_path / "takeout.mbox")
    code, lines, _ = run(
        "advise", "--me", ME, "--now", NOW.isoformat(), "--country", "fr", str(path)
    )
    assert code == 0 and lines[0]["action"] == "send_thank_you"
