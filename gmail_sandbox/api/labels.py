"""users.labels.*"""

from __future__ import annotations

from gmail_sandbox.api.gateway import gmail_method, json_body
from gmail_sandbox.store import Mailbox


@gmail_method("gmail.users.labels.list", "/labels", ["GET"])
def list_labels(mailbox: Mailbox):
    with mailbox.lock:
        return {"labels": [label.resource() for label in mailbox.labels.values()]}


@gmail_method("gmail.users.labels.get", "/labels/<label_id>", ["GET"])
def get_label(mailbox: Mailbox, label_id: str):
    with mailbox.lock:
        return {**mailbox.label(label_id).resource(), **mailbox.label_counts(label_id)}


@gmail_method("gmail.users.labels.create", "/labels", ["POST"])
def create_label(mailbox: Mailbox):
    return mailbox.create_label(json_body()).resource()


@gmail_method("gmail.users.labels.patch", "/labels/<label_id>", ["PATCH"])
def patch_label(mailbox: Mailbox, label_id: str):
    return mailbox.update_label(label_id, json_body(), replace=False).resource()


@gmail_method("gmail.users.labels.update", "/labels/<label_id>", ["PUT"])
def update_label(mailbox: Mailbox, label_id: str):
    return mailbox.update_label(label_id, json_body(), replace=True).resource()


@gmail_method("gmail.users.labels.delete", "/labels/<label_id>", ["DELETE"])
def delete_label(mailbox: Mailbox, label_id: str):
    mailbox.delete_label(label_id)
    return None
