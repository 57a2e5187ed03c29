"""The test-only /_admin/ endpoints, and their absence when not enabled."""

from __future__ import annotations

import requests

from gmail.quota import DEFAULT_TABLE
from gmail_sandbox.serve import running_sandbox
from tests.sandbox_mail import b64, from_recruiter, numbered


def test_admin_is_404_unless_enabled():
    with running_sandbox(admin=False) as running:
        response = requests.get(running.url + "/_admin/mailboxes")
        assert response.status_code == 404
        assert response.json()["error"]["status"] == "NOT_FOUND"


def test_deliver_then_read_state(gmail_sandbox):
    admin = gmail_sandbox.url + "/_admin/mailboxes"
    created = requests.post(admin, json={"emailAddress": "Jo@Example.com"})
    assert created.status_code == 201 and created.json()["emailAddress"] == "jo@example.com"
    first = requests.post(admin + "/jo@example.com/messages",
                          data=from_recruiter("Hello", message_id="<h@acme.example>"),
                          headers={"Content-Type": "message/rfc822"}).json()  # fmt: skip
    reply = requests.post(admin + "/jo@example.com/messages", json={
        "raw": b64(from_recruiter("Re: Hello", in_reply_to="<h@acme.example>")),
        "labelIds": ["INBOX"]}).json()  # fmt: skip
    forced = requests.post(admin + "/jo@example.com/messages", params={"threadId": first["id"]},
                           data=from_recruiter("Unrelated")).json()  # fmt: skip
    assert reply["threadId"] == forced["threadId"] == first["id"]
    assert reply["labelIds"] == ["INBOX"]

    state = requests.get(admin + "/jo@example.com").json()
    assert state["emailAddress"] == "jo@example.com"
    assert [m["id"] for m in state["messages"]] == [forced["id"], reply["id"], first["id"]]
    assert state["messages"][2]["subject"] == "Hello"
    assert state["messages"][2]["rfc822MessageId"] == "<h@acme.example>"
    assert state["threadsTotal"] == 1
    assert int(state["historyId"]) == int(forced["historyId"])
    inbox = next(label for label in state["labels"] if label["id"] == "INBOX")
    assert inbox["messagesTotal"] == 3

    unknown = requests.post(admin + "/nobody@example.com/messages", data=b"x")
    assert unknown.status_code == 404
    empty = requests.post(admin + "/jo@example.com/messages", data=b"")
    assert empty.status_code == 400


def test_usage_counts_and_reset(gmail_sandbox):
    for raw in numbered(2):
        gmail_sandbox.sandbox.deliver(raw)
    service = gmail_sandbox.gmail()
    listed = service.users().messages().list(userId="me").execute()
    for ref in listed["messages"]:
        service.users().messages().get(userId="me", id=ref["id"], format="minimal").execute()
    usage = requests.get(gmail_sandbox.url + "/_admin/usage").json()
    # Charged by the sandbox's default table (google-2026: messages.get costs 20, not 5).
    spent = 2 * DEFAULT_TABLE.cost("gmail.users.messages.get") + DEFAULT_TABLE.cost(
        "gmail.users.messages.list"
    )
    assert spent == 45
    assert usage == {"users": {"me@example.com": {
        "unitsSpent": spent, "rejected": {}, "faults": {},
        "calls": {"gmail.users.messages.get": 2, "gmail.users.messages.list": 1}}}}  # fmt: skip
    requests.post(gmail_sandbox.url + "/_admin/usage/reset")
    assert requests.get(gmail_sandbox.url + "/_admin/usage").json() == {"users": {}}


def test_issue_revoke_and_expire_tokens(gmail_sandbox):
    base = gmail_sandbox.url + "/_admin/mailboxes/me@example.com/tokens"
    issued = requests.post(base, json={"scope": "https://mail.google.com/", "expiresIn": 60})
    token = issued.json()["access_token"]
    assert 55 <= issued.json()["expires_in"] <= 60
    profile = gmail_sandbox.url + "/gmail/v1/users/me/profile"
    assert requests.get(profile, headers={"Authorization": f"Bearer {token}"}).ok
    assert requests.post(base + "/revoke").json()["revoked"] >= 1
    assert requests.get(profile, headers={"Authorization": f"Bearer {token}"}).status_code == 401
