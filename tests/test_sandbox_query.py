"""The `q` search subset: a table of query -> the messages it finds, through the client."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from googleapiclient.errors import HttpError

from gmail_sandbox.serve import running_sandbox
from tests.sandbox_mail import from_me, from_recruiter

NOW = datetime(2025, 3, 10, 18, 0, tzinfo=UTC)


def at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T18:00:00+00:00")


@pytest.fixture(scope="module")
def searchable():
    """A small mailbox on a clock stopped at NOW; yields (service, name -> message id)."""
    with running_sandbox(admin=False, units_per_second=None, clock=NOW.timestamp) as running:
        box = running.sandbox
        ids = {}
        ids["interview"] = box.deliver(
            from_recruiter(
                "Interview invitation: Backend Engineer",
                "We would like to schedule an interview on Tuesday.",
                at=at("2025-03-03"),
                message_id="<interview@acme.example>",
            )
        ).id
        ids["reply"] = box.deliver(
            from_me(
                "Re: Interview invitation: Backend Engineer",
                "Tuesday works for me, thank you!",
                to="amy@acme.example",
                at=at("2025-03-04"),
                in_reply_to="<interview@acme.example>",
            )
        ).id
        ids["invite"] = box.deliver(
            from_recruiter(
                "Invitation: Interview @ Tue",
                "Calendar invitation attached.",
                sender="Calendar <calendar@acme.example>",
                at=at("2025-03-05"),
                attachments=[("invite.ics", "text/calendar", b"BEGIN:VCALENDAR\r\n")],
            )
        ).id
        ids["news"] = box.deliver(
            from_recruiter(
                "Weekly deals",
                "Save 50% this week",
                sender="news@shop.example",
                at=at("2024-12-01"),
            )
        ).id
        ids["reject"] = box.deliver(
            from_recruiter(
                "Your application to Globex",
                "Unfortunately we have decided to move forward with other candidates.",
                sender="jobs@globex.example",
                at=at("2025-02-20"),
            )
        ).id
        ids["binned"] = box.deliver(
            from_recruiter(
                "You won", "Claim your prize", sender="prize@bad.example", at=at("2025-03-01")
            )
        ).id
        mailbox = box.mailbox()
        label = mailbox.create_label({"name": "Newsletters/Shop"})
        mailbox.modify([ids["news"]], [label.id], [])
        mailbox.modify([ids["reject"]], ["STARRED"], ["UNREAD"])
        mailbox.trash([ids["binned"]])
        yield running.gmail(), ids


EPOCH_MARCH_4_NOON = str(int(datetime(2025, 3, 4, 12, 0, tzinfo=UTC).timestamp()))

CASES = [
    ("interview", {"interview", "reply", "invite"}),
    ('"schedule an interview"', {"interview"}),
    ("schedule interview", {"interview"}),
    ("interviews", set()),  # whole words, not substrings
    ("from:amy@acme.example", {"interview"}),
    ("from:acme.example", {"interview", "invite"}),
    ("from:amy", {"interview"}),
    ("to:amy@acme.example", {"reply"}),
    ("subject:deals", {"news"}),
    ('subject:"interview invitation"', {"interview", "reply"}),
    ("subject:(interview invitation)", {"interview", "reply", "invite"}),
    ("label:newsletters-shop", {"news"}),
    ("label:Newsletters/Shop", {"news"}),
    ("in:inbox", {"interview", "invite", "news", "reject"}),
    ("in:sent", {"reply"}),
    ("in:trash", {"binned"}),
    ("prize", set()),  # trash is not searched unless asked
    ("in:anywhere prize", {"binned"}),
    ("is:unread", {"interview", "invite", "news"}),
    ("is:read", {"reply", "reject"}),
    ("is:starred", {"reject"}),
    ("has:attachment", {"invite"}),
    ("filename:ics", {"invite"}),
    ("filename:invite.ics", {"invite"}),
    ("newer_than:1m", {"interview", "reply", "invite", "reject"}),
    ("newer_than:8d", {"interview", "reply", "invite"}),
    ("older_than:2m", {"news"}),
    ("older_than:1y", set()),
    ("after:2025/03/04", {"reply", "invite"}),
    ("before:2025/03/04", {"interview", "news", "reject"}),
    ("after:2025-03-04 before:2025/03/05", {"reply"}),
    (f"after:{EPOCH_MARCH_4_NOON}", {"reply", "invite"}),
    ("from:amy OR from:globex.example", {"interview", "reject"}),
    ("{from:amy from:globex.example}", {"interview", "reject"}),
    ("from:{amy globex.example}", {"interview", "reject"}),
    ("interview -from:me@example.com", {"interview", "invite"}),
    ("-in:inbox", {"reply"}),
    ("(from:acme.example OR from:shop.example) is:unread", {"interview", "invite", "news"}),
    ("rfc822msgid:<interview@acme.example>", {"interview"}),
    ("unfortunately candidates", {"reject"}),
    ("nosuchword", set()),
    ("", {"interview", "reply", "invite", "news", "reject"}),
]


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[case[0] or "empty" for case in CASES])
def test_query_finds(searchable, query, expected):
    service, ids = searchable
    response = service.users().messages().list(userId="me", q=query).execute()
    names = {name for name, message_id in ids.items() for m in response.get("messages", [])
             if m["id"] == message_id}  # fmt: skip
    assert names == expected
    assert response["resultSizeEstimate"] == len(expected)


def test_threads_list_applies_the_query_to_threads(searchable):
    service, ids = searchable
    response = service.users().threads().list(userId="me", q="in:sent").execute()
    assert [t["id"] for t in response["threads"]] == [ids["interview"]]  # the reply's thread


def test_a_bad_date_is_a_400(searchable):
    service, _ = searchable
    with pytest.raises(HttpError) as bad:
        service.users().messages().list(userId="me", q="after:2025/13/45").execute()
    assert bad.value.status_code == 400
