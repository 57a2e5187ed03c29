"""The `q` search subset: a table of query -> the messages it finds, through the client."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from googleapiclient.errors import HttpError

from gmail_sandbox.listing import search
from gmail_sandbox.loading import load_generated
from gmail_sandbox.query import PACIFIC, compile_query
from gmail_sandbox.serve import running_sandbox
from gmail_sandbox.store import Mailbox
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


# ---- a dated search scans from its date ---------------------------------------------------
# Gmail's index makes `after:` cheap; the sandbox scans its messages, newest last, so it
# starts the scan at the query's earliest possible date. Same results as a scan of all.

GENERATED_NOW = datetime(2026, 3, 16, 15, 0, tzinfo=UTC)
GENERATED_NOW_MS = int(GENERATED_NOW.timestamp() * 1000)


def pacific_midnight_ms(day: str) -> int:
    return int(datetime.fromisoformat(day).replace(tzinfo=PACIFIC).timestamp() * 1000)


def days_before_now_ms(days: int) -> int:
    return int((GENERATED_NOW - timedelta(days=days)).timestamp() * 1000)


BOUNDS = [
    ("interview", None),
    ("after:2026/03/01", pacific_midnight_ms("2026-03-01")),
    ("newer:2026-03-01 interview", pacific_midnight_ms("2026-03-01")),
    ("after:1772000000", 1_772_000_000_000),
    ("newer_than:8d", days_before_now_ms(8)),
    ("after:2026/01/01 after:2026/03/01", pacific_midnight_ms("2026-03-01")),  # both hold
    ("(interview after:2026/03/01)", pacific_midnight_ms("2026-03-01")),
    ("{after:2026/03/01 after:2026/02/01}", pacific_midnight_ms("2026-02-01")),  # either
    ("after:2026/03/01 OR interview", None),  # an undated side reaches any date
    ("-after:2026/03/01", None),
    ("before:2026/03/01", None),
    ("-(-after:2026/03/01)", None),  # a bound under negation is not used, even when sound
]


@pytest.mark.parametrize(("query", "since_ms"), BOUNDS, ids=[case[0] for case in BOUNDS])
def test_a_query_knows_the_earliest_date_it_can_match(query, since_ms):
    assert compile_query(query, GENERATED_NOW_MS).since_ms == since_ms


@pytest.fixture(scope="module")
def generated_mailbox() -> Mailbox:
    mailbox = Mailbox("me@example.com")
    load_generated(mailbox, threads=400, seed=3, now=GENERATED_NOW, now_ms=GENERATED_NOW_MS)
    some = mailbox.sorted_keys()[::40]
    mailbox.trash([key[2] for key in some[::2]])
    mailbox.modify([key[2] for key in some[1::2]], ["SPAM"], ["INBOX"])
    return mailbox


def dated_queries(mailbox: Mailbox) -> list[str]:
    """Bounds on the mailbox's own dates (a message exactly at the bound, one just after
    it), relative ages, and bounds inside groups, alternatives and negations."""
    keys = mailbox.sorted_keys()
    queries = []
    for date_ms, _number, _message_id in keys[:: len(keys) // 6]:
        seconds = date_ms // 1000
        queries += [
            f"after:{seconds}",
            f"after:{seconds + 1}",
            f"newer:{seconds} interview",
            f"{{after:{seconds} from:linkedin.com}}",
            f"-after:{seconds} interview",
            f"after:{seconds} -after:{seconds + 86_400}",
        ]
    queries += [
        "newer_than:1d",
        "newer_than:28d interview",
        "newer_than:3m {interview offer} -from:linkedin.com",
        "newer_than:1y",
        "older_than:1m newer_than:2m",
        "after:2026/03/01",
        "after:2026/02/01 before:2026/03/01 subject:interview",
        "{after:2026/03/10 subject:offer} after:2025/12/01",
        "after:2026/03/01 OR in:sent",
        "in:anywhere after:2026/03/01",
        "in:trash newer_than:2m",
        "after:2030/01/01",
        "after:1970/01/02",
    ]
    return queries


def scan_of_everything(mailbox: Mailbox, q: str, *, include_spam_trash: bool) -> list:
    """What the search returned before it had a starting date: every message tested."""
    query = compile_query(q, GENERATED_NOW_MS)
    reach = include_spam_trash or query.reaches_spam_or_trash
    return [
        key
        for key in mailbox.sorted_keys()
        if (reach or not {"SPAM", "TRASH"} & mailbox.messages[key[2]].labels)
        and query.matches(mailbox.messages[key[2]], mailbox)
    ]


@pytest.mark.parametrize("include_spam_trash", [False, True])
def test_a_dated_search_finds_what_a_scan_of_every_message_finds(
    generated_mailbox, include_spam_trash
):
    queries = dated_queries(generated_mailbox)
    found_some = 0
    for q in queries:
        expected = scan_of_everything(generated_mailbox, q, include_spam_trash=include_spam_trash)
        result = search(
            generated_mailbox, q=q, include_spam_trash=include_spam_trash, now_ms=GENERATED_NOW_MS
        )
        assert result.matches == expected, q
        found_some += bool(expected) and len(expected) < len(generated_mailbox.messages)
    assert found_some > len(queries) // 2  # the bounds cut the mailbox, not all or nothing


def test_a_dated_search_looks_only_at_the_messages_from_its_date(generated_mailbox):
    keys = generated_mailbox.sorted_keys()
    since_seconds = keys[-50][0] // 1000 + 1  # the newest 49 messages at most
    newer = [key for key in keys if key[0] >= since_seconds * 1000]

    q = f"after:{since_seconds} interview"
    result = search(generated_mailbox, q=q, now_ms=GENERATED_NOW_MS)

    assert 0 < result.scanned == len(newer) < 50
    assert search(generated_mailbox, q="interview", now_ms=GENERATED_NOW_MS).scanned == len(keys)


def test_words_or_ed_find_what_each_word_finds(generated_mailbox):
    """An OR-group of free words is matched with one pattern over each message's text:
    the same messages as the union of the words searched one by one."""
    words = ["interview", '"next steps"', "offer", "unfortunately", "recruiter", "availability"]

    def found(q: str) -> set:
        return set(search(generated_mailbox, q=q, now_ms=GENERATED_NOW_MS).matches)

    alone = set().union(*(found(word) for word in words))
    assert alone
    assert found("{" + " ".join(words) + "}") == alone
    assert found(" OR ".join(words)) == alone
    assert found("{interview subject:offer}") == found("interview") | found("subject:offer")
