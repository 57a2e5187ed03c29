"""users.messages, threads, drafts and getProfile through the unmodified client library."""

from __future__ import annotations

import base64
from datetime import timedelta

import pytest
import requests
from googleapiclient.errors import HttpError

from tests.sandbox_mail import (
    ME,
    MONDAY,
    RECRUITER,
    b64,
    from_me,
    from_recruiter,
    numbered,
    reply_to,
)


def error_of(exc: HttpError) -> dict:
    import json

    return json.loads(exc.content)["error"]


def test_profile_counts_messages_threads_and_reports_the_history_id(gmail_sandbox):
    first = gmail_sandbox.sandbox.deliver(from_recruiter(message_id="<a@acme.example>"))
    gmail_sandbox.sandbox.deliver(reply_to("<a@acme.example>", "Interview invitation"))
    profile = gmail_sandbox.gmail().users().getProfile(userId="me").execute()
    assert profile["emailAddress"] == ME
    assert (profile["messagesTotal"], profile["threadsTotal"]) == (2, 1)
    assert int(profile["historyId"]) > int(first.history_id)


def test_list_pages_newest_first_until_no_token(gmail_sandbox):
    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(7)]
    messages = gmail_sandbox.gmail().users().messages()
    request = messages.list(userId="me", maxResults=3)
    pages = []
    while request is not None:
        response = request.execute()
        pages.append(response)
        request = messages.list_next(request, response)
    assert [len(page["messages"]) for page in pages] == [3, 3, 1]
    assert all(page["resultSizeEstimate"] == 7 for page in pages)
    assert "nextPageToken" not in pages[-1]
    listed = [m["id"] for page in pages for m in page["messages"]]
    assert listed == [m.id for m in reversed(stored)]


def test_list_returns_at_most_500_per_page(gmail_sandbox):
    for raw in numbered(501):
        gmail_sandbox.sandbox.deliver(raw)
    response = gmail_sandbox.gmail().users().messages().list(userId="me", maxResults=1000).execute()
    assert len(response["messages"]) == 500
    assert "nextPageToken" in response


def test_an_empty_list_has_no_messages_key_like_gmail(gmail_sandbox):
    assert gmail_sandbox.gmail().users().messages().list(userId="me").execute() == {
        "resultSizeEstimate": 0
    }


def test_label_ids_must_all_match_and_spam_and_trash_stay_hidden(gmail_sandbox):
    box = gmail_sandbox.sandbox
    unread = box.deliver(from_recruiter("One"))
    read = box.deliver(from_recruiter("Two", at=MONDAY + timedelta(hours=1)))
    binned = box.deliver(from_recruiter("Three", at=MONDAY + timedelta(hours=2)))
    box.mailbox().modify([read.id], [], ["UNREAD"])
    box.mailbox().trash([binned.id])
    messages = gmail_sandbox.gmail().users().messages()

    def ids(**params):
        return {m["id"] for m in messages.list(userId="me", **params).execute().get("messages", [])}

    assert ids(labelIds=["INBOX", "UNREAD"]) == {unread.id}
    assert ids() == {unread.id, read.id}
    assert ids(includeSpamTrash=True) == {unread.id, read.id, binned.id}
    assert ids(labelIds=["TRASH"]) == {binned.id}


def test_get_minimal_metadata_and_raw(gmail_sandbox):
    raw = from_recruiter("Interview invitation", "Let's talk & plan.")
    stored = gmail_sandbox.sandbox.deliver(raw)
    messages = gmail_sandbox.gmail().users().messages()

    minimal = messages.get(userId="me", id=stored.id, format="minimal").execute()
    assert set(minimal) == {
        "id", "threadId", "labelIds", "snippet", "sizeEstimate", "historyId", "internalDate"
    }  # fmt: skip
    assert minimal["snippet"] == "Let&#39;s talk &amp; plan."
    assert minimal["internalDate"] == str(int(MONDAY.timestamp() * 1000))
    assert minimal["sizeEstimate"] == len(raw)

    metadata = messages.get(
        userId="me", id=stored.id, format="metadata", metadataHeaders=["subject", "FROM"]
    ).execute()
    assert metadata["payload"]["headers"] == [
        {"name": "From", "value": RECRUITER},
        {"name": "Subject", "value": "Interview invitation"},
    ]

    as_raw = messages.get(userId="me", id=stored.id, format="raw").execute()
    assert base64.urlsafe_b64decode(as_raw["raw"]) == raw
    assert "payload" not in as_raw


def test_full_format_is_a_payload_tree_with_attachment_ids(gmail_sandbox):
    raw = from_recruiter(
        "Invitation: Interview",
        "See the invite.",
        html="<p>See the <b>invite</b>.</p>",
        attachments=[("invite.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")],
    )
    stored = gmail_sandbox.sandbox.deliver(raw)
    messages = gmail_sandbox.gmail().users().messages()
    full = messages.get(userId="me", id=stored.id).execute()
    payload = full["payload"]
    assert (payload["partId"], payload["mimeType"], payload["body"]) == (
        "",
        "multipart/mixed",
        {"size": 0},
    )
    alternative, attachment = payload["parts"]
    assert [p["partId"] for p in alternative["parts"]] == ["0.0", "0.1"]
    plain = alternative["parts"][0]
    assert base64.urlsafe_b64decode(plain["body"]["data"]).strip() == b"See the invite."
    assert attachment["filename"] == "invite.ics"
    assert "data" not in attachment["body"]
    fetched = (
        messages.attachments()
        .get(userId="me", messageId=stored.id, id=attachment["body"]["attachmentId"])
        .execute()
    )
    assert base64.urlsafe_b64decode(fetched["data"]) == b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    assert fetched["size"] == attachment["body"]["size"]


def test_fields_cuts_responses_down(gmail_sandbox):
    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(3)]
    messages = gmail_sandbox.gmail().users().messages()
    listed = messages.list(userId="me", maxResults=2, fields="messages(id),nextPageToken").execute()
    assert set(listed) == {"messages", "nextPageToken"}
    assert listed["messages"] == [{"id": stored[2].id}, {"id": stored[1].id}]
    got = messages.get(
        userId="me", id=stored[0].id, format="metadata", fields="id,payload/headers(name)"
    ).execute()
    assert set(got) == {"id", "payload"}
    assert {"name": "Subject"} in got["payload"]["headers"]
    with pytest.raises(HttpError) as bad:
        messages.get(userId="me", id=stored[0].id, fields="id,(payload").execute()
    assert bad.value.status_code == 400


@pytest.mark.parametrize(
    ("method", "selector", "named"),
    [
        ("list", "messages(id,threadid)", "threadid"),  # names are case-sensitive
        ("list", "nextPageTokn", "nextPageTokn"),
        ("get", "id,payload/headers(name,valu)", "valu"),
        ("get", "labelIds(id)", "id"),  # inside a list of strings
    ],
)
def test_fields_naming_what_the_response_lacks_are_400(gmail_sandbox, method, selector, named):
    stored = gmail_sandbox.sandbox.deliver(numbered(1)[0])
    messages = gmail_sandbox.gmail().users().messages()
    request = (
        messages.list(userId="me", fields=selector)
        if method == "list"
        else messages.get(userId="me", id=stored.id, fields=selector)
    )
    with pytest.raises(HttpError) as bad:
        request.execute()
    assert bad.value.status_code == 400
    error = error_of(bad.value)
    assert error["message"] == f"Invalid field selection {named}"
    assert error["errors"][0]["reason"] == "invalidParameter"


@pytest.mark.parametrize("fmt", ["full", "metadata"])
def test_raw_utf8_headers_come_back_as_text(gmail_sandbox, fmt):
    # Unencoded UTF-8 in headers is common in real mail; Gmail returns it as the text.
    raw = (
        "From: Zoë Müller <zoe@acme.example>\r\nTo: me@example.com\r\n"
        "Subject: Entretien : Développeur\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n"
        "Message-ID: <utf8@acme.example>\r\n\r\nBonjour\r\n"
    ).encode()
    stored = gmail_sandbox.sandbox.deliver(raw)
    got = (
        gmail_sandbox.gmail().users().messages().get(userId="me", id=stored.id, format=fmt)
    ).execute()
    headers = {h["name"]: h["value"] for h in got["payload"]["headers"]}
    assert headers["Subject"] == "Entretien : Développeur"
    assert headers["From"] == "Zoë Müller <zoe@acme.example>"


def test_a_reply_sent_with_thread_id_and_references_joins_the_thread(gmail_sandbox):
    original = gmail_sandbox.sandbox.deliver(
        from_recruiter("Interview invitation", message_id="<invite@acme.example>")
    )
    messages = gmail_sandbox.gmail().users().messages()
    reply = reply_to("<invite@acme.example>", "Interview invitation")
    sent = messages.send(userId="me", body={"raw": b64(reply), "threadId": original.thread_id})
    sent = sent.execute()
    assert sent["threadId"] == original.thread_id
    assert sent["labelIds"] == ["SENT"]
    thread = gmail_sandbox.gmail().users().threads().get(userId="me", id=original.thread_id)
    assert [m["id"] for m in thread.execute()["messages"]] == [original.id, sent["id"]]

    # Without References the subject alone is not enough: Gmail starts a new thread.
    unrelated = from_me("Re: Interview invitation")
    alone = messages.send(userId="me", body={"raw": b64(unrelated), "threadId": original.thread_id})
    assert alone.execute()["threadId"] != original.thread_id

    with pytest.raises(HttpError) as unknown:
        messages.send(userId="me", body={"raw": b64(reply), "threadId": "deadbeef"}).execute()
    assert unknown.value.status_code == 404


def test_send_fills_in_from_date_and_message_id(gmail_sandbox):
    raw = b"To: amy@acme.example\r\nSubject: Thanks\r\n\r\nThank you for your time.\r\n"
    service = gmail_sandbox.gmail()
    sent = service.users().messages().send(userId="me", body={"raw": b64(raw)}).execute()
    got = service.users().messages().get(userId="me", id=sent["id"], format="metadata").execute()
    names = {h["name"]: h["value"] for h in got["payload"]["headers"]}
    assert names["From"] == ME
    assert "Date" in names and names["Message-ID"].endswith("@sandbox.mail.gmail.com>")


def test_send_by_upload_endpoint_media_and_multipart(gmail_sandbox):
    # The client library keeps rootUrl's https scheme for /upload/ URLs, so it cannot reach a
    # plain-http sandbox that way; plain HTTP exercises the endpoint Google serves there.
    url = f"{gmail_sandbox.url}/upload/gmail/v1/users/me/messages/send"
    headers = {"Authorization": f"Bearer {gmail_sandbox.token_for()}"}
    raw = from_me("Uploaded")
    media = requests.post(
        url, params={"uploadType": "media"}, data=raw,
        headers={**headers, "Content-Type": "message/rfc822"},
    )  # fmt: skip
    assert media.status_code == 200, media.text
    related = (
        b"--XX\r\nContent-Type: application/json\r\n\r\n{}\r\n"
        b"--XX\r\nContent-Type: message/rfc822\r\n\r\n" + raw + b"\r\n--XX--\r\n"
    )
    multipart = requests.post(
        url, params={"uploadType": "multipart"}, data=related,
        headers={**headers, "Content-Type": 'multipart/related; boundary="XX"'},
    )  # fmt: skip
    assert multipart.status_code == 200, multipart.text
    service = gmail_sandbox.gmail()
    for sent in (media.json(), multipart.json()):
        got = service.users().messages().get(userId="me", id=sent["id"], format="raw").execute()
        assert base64.urlsafe_b64decode(got["raw"]).rstrip(b"\r\n") == raw.rstrip(b"\r\n")


def test_send_without_raw_is_googles_400(gmail_sandbox):
    with pytest.raises(HttpError) as bad:
        gmail_sandbox.gmail().users().messages().send(userId="me", body={}).execute()
    assert error_of(bad.value)["status"] == "INVALID_ARGUMENT"
    assert "'raw' RFC822 payload" in error_of(bad.value)["message"]


def test_insert_and_import_choose_the_internal_date_source(gmail_sandbox):
    messages = gmail_sandbox.gmail().users().messages()
    raw = from_recruiter("Archived")
    imported = messages.import_(userId="me", body={"raw": b64(raw), "labelIds": ["INBOX"]})
    imported = imported.execute()
    inserted = messages.insert(
        userId="me", body={"raw": b64(raw)}, internalDateSource="receivedTime"
    )
    inserted = inserted.execute()
    by_header = messages.get(userId="me", id=imported["id"], format="minimal").execute()
    by_receipt = messages.get(userId="me", id=inserted["id"], format="minimal").execute()
    assert by_header["internalDate"] == str(int(MONDAY.timestamp() * 1000))
    assert int(by_receipt["internalDate"]) > int(by_header["internalDate"])
    assert by_header["labelIds"] == ["INBOX"] and "labelIds" not in by_receipt


def test_modify_and_batch_modify(gmail_sandbox):
    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(3)]
    messages = gmail_sandbox.gmail().users().messages()
    modified = messages.modify(
        userId="me",
        id=stored[0].id,
        body={"addLabelIds": ["STARRED"], "removeLabelIds": ["UNREAD"]},
    ).execute()
    assert modified == {"id": stored[0].id, "threadId": stored[0].thread_id,
                        "labelIds": ["INBOX", "STARRED"]}  # fmt: skip

    body = {"ids": [m.id for m in stored], "removeLabelIds": ["INBOX"]}
    assert messages.batchModify(userId="me", body=body).execute() == ""
    assert all("INBOX" not in m.labels for m in stored)

    too_many = {"ids": [format(n, "x") for n in range(1001)], "addLabelIds": ["STARRED"]}
    with pytest.raises(HttpError) as bad:
        messages.batchModify(userId="me", body=too_many).execute()
    assert bad.value.status_code == 400

    with pytest.raises(HttpError) as unknown_label:
        messages.modify(userId="me", id=stored[0].id, body={"addLabelIds": ["Label_99"]}).execute()
    assert unknown_label.value.status_code == 400
    with pytest.raises(HttpError) as system_only:
        messages.modify(userId="me", id=stored[0].id, body={"addLabelIds": ["SENT"]}).execute()
    assert system_only.value.status_code == 400


def test_trash_and_untrash(gmail_sandbox):
    stored = gmail_sandbox.sandbox.deliver(from_recruiter())
    messages = gmail_sandbox.gmail().users().messages()
    trashed = messages.trash(userId="me", id=stored.id).execute()
    assert "TRASH" in trashed["labelIds"] and "INBOX" not in trashed["labelIds"]
    assert "messages" not in messages.list(userId="me").execute()
    restored = messages.untrash(userId="me", id=stored.id).execute()
    assert "TRASH" not in restored["labelIds"]


def test_drafts_create_list_get_threaded_like_send(gmail_sandbox):
    original = gmail_sandbox.sandbox.deliver(
        from_recruiter("Interview invitation", message_id="<q@acme.example>")
    )
    drafts = gmail_sandbox.gmail().users().drafts()
    reply = reply_to("<q@acme.example>", "Interview invitation", "Thank you for your time.")
    created = drafts.create(
        userId="me", body={"message": {"raw": b64(reply), "threadId": original.thread_id}}
    ).execute()
    assert created["message"]["labelIds"] == ["DRAFT"]
    assert created["message"]["threadId"] == original.thread_id
    listed = drafts.list(userId="me").execute()
    assert listed["drafts"] == [{"id": created["id"], "message": {
        "id": created["message"]["id"], "threadId": original.thread_id}}]  # fmt: skip
    got = drafts.get(userId="me", id=created["id"], format="full").execute()
    assert got["message"]["snippet"] == "Thank you for your time."


def test_threads_list_get_modify_trash(gmail_sandbox):
    box = gmail_sandbox.sandbox
    first = box.deliver(from_recruiter("Interview invitation", message_id="<t1@acme.example>"))
    box.deliver(reply_to("<t1@acme.example>", "Interview invitation"))
    other = box.deliver(from_recruiter("Another role", at=MONDAY - timedelta(days=1)))
    threads = gmail_sandbox.gmail().users().threads()

    listed = threads.list(userId="me").execute()
    assert [t["id"] for t in listed["threads"]] == [first.thread_id, other.thread_id]
    assert listed["threads"][0]["snippet"] == "Tuesday works for me."
    assert listed["resultSizeEstimate"] == 2

    metadata = threads.get(userId="me", id=first.thread_id, format="metadata").execute()
    assert len(metadata["messages"]) == 2 and "payload" in metadata["messages"][0]

    modified = threads.modify(
        userId="me", id=first.thread_id, body={"addLabelIds": ["STARRED"]}
    ).execute()
    assert all("STARRED" in m["labelIds"] for m in modified["messages"])
    threads.trash(userId="me", id=other.thread_id).execute()
    assert [t["id"] for t in threads.list(userId="me").execute()["threads"]] == [first.thread_id]


def test_unknown_and_malformed_ids_answer_like_google(gmail_sandbox):
    token = gmail_sandbox.token_for()
    headers = {"Authorization": f"Bearer {token}"}
    missing = requests.get(
        f"{gmail_sandbox.url}/gmail/v1/users/me/messages/abc123", headers=headers
    )
    assert missing.status_code == 404
    assert missing.json() == {"error": {"code": 404, "message": "Requested entity was not found.",
        "errors": [{"message": "Requested entity was not found.", "domain": "global",
                    "reason": "notFound"}], "status": "NOT_FOUND"}}  # fmt: skip
    malformed = requests.get(f"{gmail_sandbox.url}/gmail/v1/users/me/messages/zz!", headers=headers)
    assert malformed.status_code == 400
    assert malformed.json()["error"]["errors"][0]["reason"] == "invalidArgument"
    nowhere = requests.get(f"{gmail_sandbox.url}/gmail/v1/nowhere", headers=headers)
    assert nowhere.status_code == 404 and nowhere.headers["Content-Type"].startswith(
        "application/json"
    )
    bad_json = requests.post(
        f"{gmail_sandbox.url}/gmail/v1/users/me/labels", headers=headers, data="{not json"
    )
    assert bad_json.status_code == 400 and bad_json.json()["error"]["code"] == 400


def test_another_users_address_in_the_path_is_refused(gmail_sandbox):
    users = gmail_sandbox.gmail().users()
    assert users.getProfile(userId=ME).execute()["emailAddress"] == ME
    with pytest.raises(HttpError) as denied:
        users.getProfile(userId="someone@else.example").execute()
    assert denied.value.status_code == 403
    assert error_of(denied.value)["message"] == f"Delegation denied for {ME}"


def test_mailboxes_are_separate_per_user(gmail_sandbox):
    other = "other@example.com"
    gmail_sandbox.sandbox.add_mailbox(other)
    gmail_sandbox.sandbox.deliver(from_recruiter(to=other), to=other)
    mine = gmail_sandbox.gmail().users().getProfile(userId="me").execute()
    theirs = gmail_sandbox.gmail(other).users().getProfile(userId="me").execute()
    assert (mine["messagesTotal"], theirs["messagesTotal"]) == (0, 1)
    assert theirs["emailAddress"] == other


def test_concurrent_changes_and_reads_stay_consistent(gmail_sandbox):
    """The server is threaded: label changes, sends and searches from 8 threads at once
    never fail and leave the label index agreeing with the messages."""
    from concurrent.futures import ThreadPoolExecutor

    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(20)]
    url = gmail_sandbox.url + "/gmail/v1/users/me"
    headers = {"Authorization": f"Bearer {gmail_sandbox.token_for()}"}

    def work(worker: int) -> list[int]:
        statuses = []
        with requests.Session() as session:
            for step in range(15):
                target = stored[(worker * 7 + step) % len(stored)].id
                change = {"addLabelIds": ["STARRED"]} if step % 2 else {
                    "removeLabelIds": ["STARRED", "UNREAD"]}  # fmt: skip
                calls = [
                    ("post", f"{url}/messages/{target}/modify", change),
                    ("get", f"{url}/messages", None),
                    ("get", f"{url}/threads?q=is:starred", None),
                    ("post", f"{url}/messages/send", {"raw": b64(from_me(f"Note {worker}"))}),
                ]
                method, address, body = calls[step % len(calls)]
                response = session.request(method, address, json=body, headers=headers)
                statuses.append(response.status_code)
        return statuses

    with ThreadPoolExecutor(8) as pool:
        statuses = [s for result in pool.map(work, range(8)) for s in result]
    assert set(statuses) == {200}
    mailbox = gmail_sandbox.sandbox.mailbox()
    for label_id, members in mailbox.label_index.items():
        assert members == {m.id for m in mailbox.messages.values() if label_id in m.labels}
