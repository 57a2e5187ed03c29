"""Gmail's format=full part tree read directly: the same `Message` as the original bytes
give. Read through the sandbox and the unmodified client."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from afterview.parse import parse_message
from gmail import message as gmail_message
from gmail_sandbox.rawmail import compose
from gmail_sandbox.serve import running_sandbox

ME = "me@example.com"
WHEN = datetime(2026, 3, 3, 15, 30, tzinfo=UTC)
INVITE = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//test//EN\r\n"
    b"BEGIN:VEVENT\r\nUID:interview-42@acme.example\r\nSUMMARY:Interview with Acme\r\n"
    b"DTSTART:20260310T170000Z\r\nDTEND:20260310T180000Z\r\n"
    b"ORGANIZER:mailto:amy@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def plain() -> bytes:
    return compose(
        sender="Amy Recruiter <amy@acme.example>",
        to=ME,
        subject="Interview next week",
        body="Are you available on Tuesday at 2pm for an interview?",
        date=WHEN,
        message_id="<plain@acme.example>",
    )


def accented() -> bytes:
    return compose(
        sender="José Müller <jose@acme.example>",
        to="Zoë Candidate <me@example.com>",
        subject="Entretien — prochaine étape ☀",
        body="Merci beaucoup. Pouvez-vous confirmer mardi à 14h ?",
        html="<p>Merci <b>beaucoup</b>. Pouvez-vous confirmer mardi à 14h ?</p>",
        date=WHEN,
        message_id="<accented@acme.example>",
    )


def with_invite() -> bytes:
    return compose(
        sender="Acme Calendar <amy@acme.example>",
        to=ME,
        subject="Invitation: Interview with Acme",
        body="You have been invited.",
        date=WHEN,
        message_id="<invite@acme.example>",
        attachments=[("invite.ics", "text/calendar", INVITE)],
    )


def reply() -> bytes:
    return compose(
        sender=ME,
        to="amy@acme.example",
        subject="Re: Interview next week",
        body="Tuesday works for me.\n\nOn Mon, Amy wrote:\n> Are you available?",
        date=WHEN,
        message_id="<reply@example.com>",
        in_reply_to="<plain@acme.example>",
        references=["<plain@acme.example>"],
    )


@pytest.fixture(scope="module")
def gmail():
    with running_sandbox(admin=True, units_per_second=None) as running:
        yield running


def full_resource(running, raw: bytes) -> dict:
    message = running.sandbox.deliver(raw, to=ME)
    users = running.gmail().users()
    return users.messages().get(userId="me", id=message.id, format="full").execute()


@pytest.mark.parametrize("build", [plain, accented, reply], ids=lambda f: f.__name__)
def test_the_part_tree_reads_like_the_original(gmail, build):
    raw = build()
    resource = full_resource(gmail, raw)

    from_tree = gmail_message.parse_resource(resource)

    original = parse_message(raw, thread_id=resource["threadId"], label_ids=resource["labelIds"])
    assert from_tree == replace(original, defects=from_tree.defects)
    assert from_tree.text  # the body came through, decoded


def test_a_calendar_attachment_is_fetched_and_read(gmail):
    resource = full_resource(gmail, with_invite())

    refs = gmail_message.calendar_attachments({"messages": [resource]})
    assert [message_id for message_id, _ in refs] == [resource["id"]]
    assert gmail_message.parse_resource(resource).events == ()  # Gmail sent no body for it

    attachment = (
        gmail.gmail()
        .users()
        .messages()
        .attachments()
        .get(userId="me", messageId=resource["id"], id=refs[0][1])
        .execute()
    )
    message = gmail_message.parse_resource(
        resource, {refs[0][1]: gmail_message.attachment_bytes(attachment)}
    )

    (event,) = message.events
    assert event.start == datetime(2026, 3, 10, 17, 0, tzinfo=UTC)
    assert event.method == "REQUEST" and event.organizer == "amy@acme.example"


def test_a_message_without_a_date_is_dated_by_gmails_internal_date():
    resource = {
        "id": "m1",
        "threadId": "t1",
        "labelIds": ["INBOX"],
        "internalDate": str(int(WHEN.timestamp() * 1000)),
        "payload": {
            "mimeType": "text/plain",
            "headers": [{"name": "From", "value": "amy@acme.example"}],
            "body": {"data": "SGVsbG8"},
        },
    }
    message = gmail_message.parse_resource(resource)
    assert message.date == WHEN and message.text == "Hello"
    assert message.thread_id == "t1" and message.label_ids == ("INBOX",)


def test_broken_resources_still_give_a_message():
    for resource in (
        {},
        {"payload": None},
        {"payload": {"mimeType": "multipart/mixed", "parts": ["junk", {}]}},
        {"payload": {"headers": [{"name": "Subject", "value": "Hi\r\nBcc: x@y"}]}},
        {"payload": {"body": {"data": "!!not base64!!"}}},
    ):
        message = gmail_message.parse_resource(resource)
        assert message.message_id  # the parser never raises on content
    injected = gmail_message.parse_resource(
        {"payload": {"headers": [{"name": "Subject", "value": "Hi\r\nCc: x@y"}]}}
    )
    assert injected.cc == ()  # a line break in a value cannot add a header
    assert injected.subject == "HiCc: x@y"


def test_drafts_trash_and_spam_are_not_part_of_the_thread():
    def resource(message_id: str, labels: list[str]) -> dict:
        return {
            "id": message_id,
            "threadId": "t",
            "labelIds": labels,
            "payload": {"mimeType": "text/plain", "headers": [], "body": {"data": "eA"}},
        }

    thread = {
        "messages": [
            resource("a", ["INBOX"]),
            resource("b", ["DRAFT"]),
            resource("c", ["TRASH"]),
            resource("d", ["SPAM"]),
            resource("e", ["SENT"]),
        ]
    }
    assert len(gmail_message.thread_messages(thread)) == 2
    assert gmail_message.message_ids(thread) == ["a", "b", "c", "d", "e"]
