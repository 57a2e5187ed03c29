"""users.labels: system labels, user labels round trips, Google's 409 on a duplicate name."""

from __future__ import annotations

import json

import pytest
from googleapiclient.errors import HttpError

from tests.sandbox_mail import from_recruiter


def error_of(exc: HttpError) -> dict:
    return json.loads(exc.content)["error"]


def test_system_labels_are_listed_as_gmail_has_them(gmail_sandbox):
    labels = gmail_sandbox.gmail().users().labels().list(userId="me").execute()["labels"]
    by_id = {label["id"]: label for label in labels}
    for label_id in ("INBOX", "SENT", "UNREAD", "STARRED", "IMPORTANT", "TRASH", "SPAM", "DRAFT",
                     "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS",
                     "CATEGORY_UPDATES", "CATEGORY_FORUMS"):  # fmt: skip
        assert by_id[label_id]["type"] == "system"
        assert by_id[label_id]["name"] == label_id
    assert by_id["INBOX"]["labelListVisibility"] == "labelShow"


def test_create_get_patch_update_delete_round_trip(gmail_sandbox):
    message = gmail_sandbox.sandbox.deliver(from_recruiter())
    labels = gmail_sandbox.gmail().users().labels()
    created = labels.create(
        userId="me",
        body={"name": "Afterview/Interview", "labelListVisibility": "labelShow",
              "messageListVisibility": "show"},
    ).execute()  # fmt: skip
    assert created["type"] == "user" and created["name"] == "Afterview/Interview"
    assert created["id"].startswith("Label_")

    gmail_sandbox.gmail().users().messages().modify(
        userId="me", id=message.id, body={"addLabelIds": [created["id"]]}
    ).execute()
    got = labels.get(userId="me", id=created["id"]).execute()
    assert (got["messagesTotal"], got["messagesUnread"], got["threadsTotal"]) == (1, 1, 1)

    patched = labels.patch(
        userId="me", id=created["id"], body={"name": "Afterview/Interviews"}
    ).execute()
    assert patched["name"] == "Afterview/Interviews"
    assert patched["labelListVisibility"] == "labelShow"  # a patch keeps what it omits

    updated = labels.update(
        userId="me", id=created["id"], body={"name": "Afterview/Waiting",
        "color": {"textColor": "#000000", "backgroundColor": "#ffffff"}}
    ).execute()  # fmt: skip
    assert "labelListVisibility" not in updated  # an update replaces everything
    assert updated["color"] == {"textColor": "#000000", "backgroundColor": "#ffffff"}

    assert labels.delete(userId="me", id=created["id"]).execute() == ""
    with pytest.raises(HttpError) as gone:
        labels.get(userId="me", id=created["id"]).execute()
    assert gone.value.status_code == 404
    assert message.labels == {"INBOX", "UNREAD"}


def test_a_duplicate_name_is_googles_409(gmail_sandbox):
    labels = gmail_sandbox.gmail().users().labels()
    labels.create(userId="me", body={"name": "Afterview"}).execute()
    with pytest.raises(HttpError) as conflict:
        labels.create(userId="me", body={"name": "afterview"}).execute()
    assert conflict.value.status_code == 409
    assert error_of(conflict.value) == {
        "code": 409,
        "message": "Label name exists or conflicts",
        "errors": [{"message": "Label name exists or conflicts", "domain": "global",
                    "reason": "duplicate"}],
        "status": "ALREADY_EXISTS",
    }  # fmt: skip


@pytest.mark.parametrize("name", ["", "   ", "INBOX", "a//b", "/leading"])
def test_invalid_names_are_400(gmail_sandbox, name):
    with pytest.raises(HttpError) as bad:
        gmail_sandbox.gmail().users().labels().create(userId="me", body={"name": name}).execute()
    assert bad.value.status_code == 400


def test_system_labels_cannot_be_changed_or_deleted(gmail_sandbox):
    labels = gmail_sandbox.gmail().users().labels()
    with pytest.raises(HttpError) as patch:
        labels.patch(userId="me", id="INBOX", body={"name": "Mine"}).execute()
    with pytest.raises(HttpError) as delete:
        labels.delete(userId="me", id="INBOX").execute()
    assert (patch.value.status_code, delete.value.status_code) == (400, 400)


def test_counts_on_system_labels(gmail_sandbox):
    for subject in ("One", "Two"):
        gmail_sandbox.sandbox.deliver(from_recruiter(subject))
    inbox = gmail_sandbox.gmail().users().labels().get(userId="me", id="INBOX").execute()
    assert (inbox["messagesTotal"], inbox["threadsTotal"], inbox["threadsUnread"]) == (2, 2, 2)
