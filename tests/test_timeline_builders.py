"""The message builders keep their documented conventions (other suites rely on them)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.builders import ATS, ME, RECRUITER, a_message, a_thread, address, dt, invite


def test_a_thread_reads_like_mail():
    messages = (
        a_thread(subject="Interview for Data Engineer", tz="America/New_York")
        .from_recruiter(RECRUITER, "Could you share your availability?", at="2025-03-03 10:00")
        .from_me("Tuesday works.", at=timedelta(hours=2))
        .from_ats("Reminder: your interview is tomorrow.")
        .build()
    )
    first, reply, reminder = messages
    assert first.subject == "Interview for Data Engineer"
    assert reply.subject == reminder.subject == "Re: Interview for Data Engineer"
    assert first.to == (address(ME),) and reply.to == (address(RECRUITER),)
    assert reply.sender.email == ME and reminder.sender == address(ATS)
    assert reply.in_reply_to == first.message_id
    assert reminder.references == (first.message_id, reply.message_id)
    assert first.date == dt("2025-03-03 10:00", "America/New_York")
    assert reply.date == dt("2025-03-03 12:00", "America/New_York")
    assert reminder.date == reply.date + timedelta(days=1)  # the default gap
    assert len({m.message_id for m in messages}) == 3


def test_changes_apply_to_the_last_message():
    messages = (
        a_thread()
        .from_recruiter(text="Invite attached.")
        .with_invite(start="2025-03-11 14:00", end="2025-03-11 15:00")
        .with_cancellation()
        .from_recruiter(text="Newsletter")
        .bulk()
        .with_fields(cc=(address("bob@acme.com"),))
        .build()
    )
    invite_event, cancel_event = messages[0].events
    assert invite_event.method == "REQUEST" and invite_event.organizer == "ana@acme.com"
    assert cancel_event.method == "CANCEL" and cancel_event.uid == invite_event.uid
    assert messages[1].is_bulk and messages[1].cc == (address("bob@acme.com"),)
    assert not messages[0].is_bulk


def test_auto_replies_and_bounces():
    auto, bounce = a_thread().from_recruiter().auto_reply().bounce().build()[1:]
    assert auto.is_auto_reply and auto.sender == address(RECRUITER)
    assert bounce.is_bounce and bounce.sender.email == "mailer-daemon@googlemail.com"


def test_changing_a_message_before_adding_one_is_a_clear_error():
    with pytest.raises(ValueError, match="add a message"):
        a_thread().bulk()


def test_single_messages_and_invites():
    message = a_message(text="Hello", is_bulk=True, at="2025-03-03 08:00")
    assert message.is_bulk and message.date == dt("2025-03-03 08:00")
    event = invite("2025-03-11 14:00", tz="Europe/Berlin")
    assert event.start.utcoffset() == timedelta(hours=1) and event.end is None
