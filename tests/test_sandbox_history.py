"""users.history.list: records after changes, filters, paging, and the 404 for an old id."""

from __future__ import annotations

import json

import pytest
import requests
from googleapiclient.errors import HttpError

from gmail_sandbox.loading import load_threads
from gmail_sandbox.serve import running_sandbox
from tests.sandbox_mail import from_recruiter, numbered


def all_history(service, **params) -> tuple[list[dict], str]:
    history = service.users().history()
    request = history.list(userId="me", **params)
    records, last = [], None
    while request is not None:
        last = request.execute()
        records += last.get("history", [])
        request = history.list_next(request, last)
    return records, last["historyId"]


def test_every_change_is_a_record_after_the_start_id(gmail_sandbox):
    box = gmail_sandbox.sandbox
    service = gmail_sandbox.gmail()
    start = service.users().getProfile(userId="me").execute()["historyId"]

    # a new message arrives, gets starred, is trashed, then deleted
    added = gmail_sandbox.url + "/_admin/mailboxes/me@example.com/messages"
    delivered = requests.post(
        added, data=from_recruiter(), headers={"Content-Type": "message/rfc822"}
    )
    message_id = delivered.json()["id"]
    messages = service.users().messages()
    messages.modify(userId="me", id=message_id, body={"addLabelIds": ["STARRED"]}).execute()
    messages.trash(userId="me", id=message_id).execute()
    after_trash = messages.get(userId="me", id=message_id, format="minimal").execute()
    messages.delete(userId="me", id=message_id).execute()

    records, current = all_history(service, startHistoryId=start)
    assert [sorted(k for k in r if k not in ("id", "messages")) for r in records] == [
        ["messagesAdded"],
        ["labelsAdded"],
        ["labelsAdded", "labelsRemoved"],
        ["messagesDeleted"],
    ]
    ids = [int(r["id"]) for r in records]
    assert ids == sorted(ids) and ids[0] > int(start)
    assert current == service.users().getProfile(userId="me").execute()["historyId"]
    assert records[0]["messagesAdded"][0]["message"] == {
        "id": message_id,
        "threadId": message_id,
        "labelIds": ["INBOX", "UNREAD"],
    }
    assert records[1]["labelsAdded"][0]["labelIds"] == ["STARRED"]
    assert records[2]["labelsAdded"][0]["labelIds"] == ["TRASH"]
    assert records[2]["labelsRemoved"][0]["labelIds"] == ["INBOX"]
    assert after_trash["historyId"] == records[2]["id"]  # a message's id is its last record's
    assert box.mailbox().history_id == int(current)


def test_history_types_and_label_filters(gmail_sandbox):
    service = gmail_sandbox.gmail()
    start = service.users().getProfile(userId="me").execute()["historyId"]
    first, second = (gmail_sandbox.sandbox.deliver(raw) for raw in numbered(2))
    messages = service.users().messages()
    messages.modify(userId="me", id=first.id, body={"removeLabelIds": ["UNREAD"]}).execute()
    messages.modify(userId="me", id=second.id, body={"addLabelIds": ["STARRED"]}).execute()

    removed, _ = all_history(service, startHistoryId=start, historyTypes=["labelRemoved"])
    assert [r["labelsRemoved"][0]["message"]["id"] for r in removed] == [first.id]
    assert all(set(r) == {"id", "messages", "labelsRemoved"} for r in removed)

    either, _ = all_history(
        service, startHistoryId=start, historyTypes=["messageAdded", "labelAdded"]
    )
    assert len(either) == 3

    starred, _ = all_history(service, startHistoryId=start, labelId="STARRED")
    assert [r["messages"][0]["id"] for r in starred] == [second.id]

    # (the client itself refuses unknown types, so ask over plain HTTP)
    bad = requests.get(
        gmail_sandbox.url + "/gmail/v1/users/me/history",
        params={"startHistoryId": start, "historyTypes": "everything"},
        headers={"Authorization": "Bearer " + gmail_sandbox.token_for()},
    )
    assert bad.status_code == 400 and "history_types" in bad.json()["error"]["message"]


def test_paging_returns_every_record_once(gmail_sandbox):
    service = gmail_sandbox.gmail()
    start = service.users().getProfile(userId="me").execute()["historyId"]
    for raw in numbered(5):
        gmail_sandbox.sandbox.deliver(raw)
    first_page = service.users().history().list(userId="me", startHistoryId=start, maxResults=2)
    assert len(first_page.execute()["history"]) == 2
    records, _ = all_history(service, startHistoryId=start, maxResults=2)
    assert len({r["id"] for r in records}) == len(records) == 5


def test_an_expired_start_id_is_googles_404(gmail_sandbox):
    service = gmail_sandbox.gmail()
    start = service.users().getProfile(userId="me").execute()["historyId"]
    gmail_sandbox.sandbox.deliver(from_recruiter())
    expired = requests.post(gmail_sandbox.url + "/_admin/mailboxes/me@example.com/history/expire")
    current = expired.json()["historyId"]
    with pytest.raises(HttpError) as gone:
        service.users().history().list(userId="me", startHistoryId=start).execute()
    assert gone.value.status_code == 404
    assert json.loads(gone.value.content)["error"]["errors"][0]["reason"] == "notFound"
    fresh = service.users().history().list(userId="me", startHistoryId=current).execute()
    assert fresh == {"historyId": current}


def test_retention_keeps_only_the_newest_records():
    with running_sandbox(units_per_second=None, history_retention=2) as running:
        service = running.gmail()
        start = service.users().getProfile(userId="me").execute()["historyId"]
        stored = [running.sandbox.deliver(raw) for raw in numbered(4)]
        with pytest.raises(HttpError) as gone:
            service.users().history().list(userId="me", startHistoryId=start).execute()
        assert gone.value.status_code == 404
        kept, _ = all_history(service, startHistoryId=stored[1].history_id)
        assert [r["messages"][0]["id"] for r in kept] == [stored[2].id, stored[3].id]


def test_loaded_mail_predates_history(gmail_sandbox):
    mailbox = gmail_sandbox.sandbox.mailbox()
    load_threads(mailbox, [numbered(3)], now_ms=gmail_sandbox.sandbox.now_ms())
    service = gmail_sandbox.gmail()
    profile = service.users().getProfile(userId="me").execute()
    assert profile["messagesTotal"] == 3
    assert all_history(service, startHistoryId=profile["historyId"])[0] == []
    with pytest.raises(HttpError) as before_load:
        service.users().history().list(userId="me", startHistoryId="1").execute()
    assert before_load.value.status_code == 404


def test_start_id_is_required_and_numeric(gmail_sandbox):
    history = gmail_sandbox.gmail().users().history()
    for params in ({}, {"startHistoryId": "abc"}):
        with pytest.raises(HttpError) as bad:
            history.list(userId="me", **params).execute()
        assert bad.value.status_code == 400
