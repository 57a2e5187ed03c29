"""`afterview classify` and `afterview advise` as DESIGN.md's stable contract states them,
run as the real command in a subprocess."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gmail_sandbox.rawmail import compose
from tests.conftest import DATA, ROOT, afterview_command

ME = "alex@example.com"
RECRUITER = "Rita Recruiter <rita@acme.example>"
INTERVIEW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)  # a Tuesday
NOW = INTERVIEW + timedelta(hours=30)  # Wednesday 20:00: thank-you overdue, not lapsed


def write_thread(path: Path, *messages: bytes) -> Path:
    box = mailbox.mbox(path)
    try:
        for raw in messages:
            box.add(raw)
    finally:
        box.close()
    return path


@pytest.fixture
def interviewed(tmp_path) -> Path:
    """The recruiter confirmed a time in words; the interview is over, nothing sent since."""
    invite = compose(
        sender=RECRUITER,
        to=ME,
        subject="Interview with Acme for the Backend Engineer role",
        body=(
            "Hi Alex,\n\nYou're confirmed for your interview with Acme on Tuesday, March 10 "
            "at 2:00 PM UTC with our engineering team.\n\nBest,\nRita"
        ),
        date=INTERVIEW - timedelta(days=4),
        message_id="<invite@acme.example>",
    )
    return write_thread(tmp_path / "acme.mbox", invite)


@pytest.fixture
def newsletter(tmp_path) -> Path:
    raw = compose(
        sender="Career Digest <digest@news.example>",
        to=ME,
        subject="10 interview tips for your next job interview",
        body="Ace your next interview with these tips. Unsubscribe any time.",
        date=INTERVIEW,
        extra_headers={"List-Unsubscribe": "<mailto:unsubscribe@news.example>"},
    )
    path = tmp_path / "digest.eml"
    path.write_bytes(raw)
    return path


def run(*args: str) -> tuple[int, list[dict], str]:
    done = subprocess.run(
        afterview_command(*args),
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "UTC"},  # times print in the machine's zone: pin it
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    return done.returncode, lines, done.stderr


def test_advise_gives_action_reason_and_until_per_path(interviewed, newsletter):
    code, lines, _ = run(
        "advise", "--me", ME, "--now", NOW.isoformat(), str(interviewed), str(newsletter)
    )
    assert code == 0
    thread, digest = lines
    assert set(thread) == {"path", "subject", "first", "last", "interview", "stage", "company"} | {
        "action",
        "reason",
        "until",
    }
    assert thread["path"] == str(interviewed)
    assert thread["interview"] is True
    assert thread["stage"] == "interviewed"  # the interview is over by --now
    assert thread["company"] == "Acme"
    assert thread["action"] == "send_thank_you"
    assert "Acme" in thread["reason"]
    assert datetime.fromisoformat(thread["until"]) == INTERVIEW + timedelta(hours=1 + 48)
    assert digest == {
        "path": str(newsletter),
        "subject": "10 interview tips for your next job interview",
        "first": "2026-03-10T14:00:00+00:00",
        "last": "2026-03-10T14:00:00+00:00",
        "interview": False,
        "stage": "none",
        "company": None,
        "action": "none",
        "reason": digest["reason"],
        "until": None,
    }


def test_classify_gives_no_advice(interviewed):
    code, (line,), _ = run("classify", "--me", ME, str(interviewed))
    assert code == 0
    assert set(line) == {"path", "subject", "first", "last", "interview", "stage", "company"}
    assert line["interview"] is True and line["company"] == "Acme"


def test_conservative_policy_never_advises_a_follow_up(interviewed):
    later = (INTERVIEW + timedelta(days=16)).isoformat()  # past 10 business days
    _, (standard,), _ = run("advise", "--me", ME, "--now", later, str(interviewed))
    _, (careful,), _ = run(
        "advise", "--me", ME, "--now", later, "--policy", "conservative", str(interviewed)
    )
    assert standard["action"] == "follow_up"
    assert careful["action"] == "move_on"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.eml", "empty"),
        ("utf16.eml", "UTF-16"),
        ("binary.eml", "binary"),
        ("no_messages.mbox", "no messages"),
    ],
)
def test_an_unreadable_path_gets_an_error_and_the_others_still_run(interviewed, name, reason):
    bad = DATA / "messages" / name
    code, lines, _ = run("advise", "--me", ME, "--now", NOW.isoformat(), str(bad), str(interviewed))
    assert code == 1
    assert lines[0]["path"] == str(bad) and reason in lines[0]["error"]
    assert lines[1]["action"] == "send_thank_you"


def test_a_missing_file_is_an_error_line_not_a_crash(interviewed):
    code, lines, _ = run("classify", "/nonexistent/thread.mbox", str(interviewed))
    assert code == 1
    assert lines[0] == {"path": "/nonexistent/thread.mbox", "error": "file not found"}
    assert lines[1]["interview"] is True


@pytest.mark.parametrize("name", ["broken_boundary.eml", "latin1.eml", "unknown_charset.eml"])
def test_damaged_but_readable_mail_is_read(name):
    code, (line,), _ = run("classify", str(DATA / "messages" / name))
    assert code == 0 and "error" not in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["advise", "--now", "2026-03-10T10:00:00Z", "x.eml"], "--me"),
        (["advise", "--me", ME, "--now", "next tuesday", "x.eml"], "ISO 8601"),
        (["advise", "--me", ME, "--policy", "reckless", "x.eml"], "reckless"),
        (["classify"], "PATH"),
    ],
)
def test_bad_arguments_are_usage_errors(args, message):
    code, lines, stderr = run(*args)
    assert code == 2 and lines == []
    assert message in stderr
