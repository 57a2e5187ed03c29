"""users.messages.* and users.messages.attachments.get."""

from __future__ import annotations

from flask import request

from gmail.message import b64url
from gmail_sandbox import delivery, listing, mime
from gmail_sandbox.api.gateway import (
    arg_uint,
    check_id,
    current_sandbox,
    gmail_method,
    json_body,
    search_as_asked,
    string_list,
)
from gmail_sandbox.api.uploads import optional_thread_id, read_message
from gmail_sandbox.errors import invalid_argument, not_found
from gmail_sandbox.resources import check_format, message_labels_ref, message_ref, message_resource
from gmail_sandbox.store import Mailbox

MAX_PAGE = 500
MAX_BATCH_IDS = 1000


@gmail_method("gmail.users.messages.list", "/messages", ["GET"])
def list_messages(mailbox: Mailbox):
    limit = arg_uint("maxResults", 100, maximum=MAX_PAGE)
    before = listing.decode_token(request.args.get("pageToken"), 2)
    result = search_as_asked(mailbox)
    keys, more = listing.page(result.matches, before, limit)
    out: dict = {}
    refs = [message_ref(m) for m in (mailbox.messages.get(k[2]) for k in keys) if m is not None]
    if refs:
        out["messages"] = refs
    if more and keys:
        out["nextPageToken"] = listing.encode_token(keys[-1][0], keys[-1][1])
    out["resultSizeEstimate"] = len(result.matches)
    return out


@gmail_method("gmail.users.messages.get", "/messages/<message_id>", ["GET"])
def get_message(mailbox: Mailbox, message_id: str):
    fmt = check_format(request.args.get("format"))
    message = mailbox.get(check_id(message_id))
    return message_resource(message, fmt, request.args.getlist("metadataHeaders"))


@gmail_method("gmail.users.messages.send", "/messages/send", ["POST"], upload=True)
def send_message(mailbox: Mailbox):
    raw, fields = read_message()
    message = delivery.outgoing(
        mailbox,
        raw,
        now_ms=current_sandbox().now_ms(),
        thread_id=optional_thread_id(fields),
        labels=("SENT",),
    )
    return message_labels_ref(message)


def _insert(mailbox: Mailbox, *, date_from_header_by_default: bool):
    raw, fields = read_message()
    source = request.args.get("internalDateSource")
    if source not in (None, "", "receivedTime", "dateHeader"):
        raise invalid_argument(f"Invalid value at 'internal_date_source', \"{source}\"")
    from_header = source == "dateHeader" if source else date_from_header_by_default
    message = delivery.inserted(
        mailbox,
        raw,
        now_ms=current_sandbox().now_ms(),
        thread_id=optional_thread_id(fields),
        label_ids=string_list(fields, "labelIds"),
        date_from_header=from_header,
    )
    return message_labels_ref(message)


@gmail_method("gmail.users.messages.insert", "/messages", ["POST"], upload=True)
def insert_message(mailbox: Mailbox):
    return _insert(mailbox, date_from_header_by_default=False)


@gmail_method("gmail.users.messages.import", "/messages/import", ["POST"], upload=True)
def import_message(mailbox: Mailbox):
    return _insert(mailbox, date_from_header_by_default=True)


def _label_changes(body: dict) -> tuple[list[str], list[str]]:
    return string_list(body, "addLabelIds"), string_list(body, "removeLabelIds")


@gmail_method("gmail.users.messages.modify", "/messages/<message_id>/modify", ["POST"])
def modify_message(mailbox: Mailbox, message_id: str):
    add, remove = _label_changes(json_body())
    (message,) = mailbox.modify([check_id(message_id)], add, remove)
    return message_labels_ref(message)


def _batch_ids(body: dict) -> list[str]:
    ids = string_list(body, "ids")
    if not ids:
        raise invalid_argument("ids must name at least one message")
    if len(ids) > MAX_BATCH_IDS:
        raise invalid_argument(f"Too many ids: {len(ids)} (at most {MAX_BATCH_IDS})")
    return [check_id(i) for i in ids]


@gmail_method("gmail.users.messages.batchModify", "/messages/batchModify", ["POST"])
def batch_modify(mailbox: Mailbox):
    body = json_body()
    ids = _batch_ids(body)
    add, remove = _label_changes(body)
    with mailbox.lock:  # Gmail ignores ids that name no message
        mailbox.modify([i for i in ids if i in mailbox.messages], add, remove)
    return None


@gmail_method("gmail.users.messages.batchDelete", "/messages/batchDelete", ["POST"])
def batch_delete(mailbox: Mailbox):
    ids = _batch_ids(json_body())
    with mailbox.lock:
        for message_id in ids:
            if message_id in mailbox.messages:
                mailbox.delete(message_id)
    return None


@gmail_method("gmail.users.messages.delete", "/messages/<message_id>", ["DELETE"])
def delete_message(mailbox: Mailbox, message_id: str):
    mailbox.delete(check_id(message_id))
    return None


@gmail_method("gmail.users.messages.trash", "/messages/<message_id>/trash", ["POST"])
def trash_message(mailbox: Mailbox, message_id: str):
    (message,) = mailbox.trash([check_id(message_id)])
    return message_labels_ref(message)


@gmail_method("gmail.users.messages.untrash", "/messages/<message_id>/untrash", ["POST"])
def untrash_message(mailbox: Mailbox, message_id: str):
    (message,) = mailbox.untrash([check_id(message_id)])
    return message_labels_ref(message)


@gmail_method(
    "gmail.users.messages.attachments.get",
    "/messages/<message_id>/attachments/<attachment_id>",
    ["GET"],
)
def get_attachment(mailbox: Mailbox, message_id: str, attachment_id: str):
    message = mailbox.get(check_id(message_id, "message id"))
    part_id = mime.part_id_from_attachment_id(message.id, attachment_id)
    if part_id is None:
        raise invalid_argument("Invalid attachment token")
    data = mime.attachment_data(message.raw, part_id)
    if data is None:
        raise not_found()
    return {"attachmentId": attachment_id, "size": len(data), "data": b64url(data)}
