"""users.threads.*"""

from __future__ import annotations

from flask import request

from gmail_sandbox import listing
from gmail_sandbox.api.gateway import (
    arg_uint,
    check_id,
    gmail_method,
    json_body,
    search_as_asked,
    string_list,
)
from gmail_sandbox.resources import THREAD_FORMATS, check_format, thread_resource
from gmail_sandbox.store import Mailbox

MAX_PAGE = 500


@gmail_method("gmail.users.threads.list", "/threads", ["GET"])
def list_threads(mailbox: Mailbox):
    limit = arg_uint("maxResults", 100, maximum=MAX_PAGE)
    before = listing.decode_token(request.args.get("pageToken"), 2)
    result = search_as_asked(mailbox)
    tops = result.thread_tops
    keys, more = listing.page(tops, before, limit)
    with mailbox.lock:  # a consistent view of each thread's messages
        members_by_thread = [
            (thread_id, [mailbox.messages[i] for i in mailbox.threads.get(thread_id, ())])
            for _, _, thread_id in keys
        ]
    threads = [
        {
            "id": thread_id,
            "snippet": members[-1].facts.snippet,
            "historyId": str(max(m.history_id for m in members)),
        }
        for thread_id, members in members_by_thread
        if members
    ]
    out: dict = {}
    if threads:
        out["threads"] = threads
    if more and keys:
        out["nextPageToken"] = listing.encode_token(keys[-1][0], keys[-1][1])
    out["resultSizeEstimate"] = len(tops)
    return out


@gmail_method("gmail.users.threads.get", "/threads/<thread_id>", ["GET"])
def get_thread(mailbox: Mailbox, thread_id: str):
    fmt = check_format(request.args.get("format"), THREAD_FORMATS)
    thread_id = check_id(thread_id)
    messages = mailbox.thread_messages(thread_id)
    return thread_resource(thread_id, messages, fmt, request.args.getlist("metadataHeaders"))


def _minimal(thread_id: str, mailbox: Mailbox):
    return thread_resource(thread_id, mailbox.thread_messages(thread_id), "minimal")


@gmail_method("gmail.users.threads.modify", "/threads/<thread_id>/modify", ["POST"])
def modify_thread(mailbox: Mailbox, thread_id: str):
    body = json_body()
    thread_id = check_id(thread_id)
    with mailbox.lock:
        ids = [m.id for m in mailbox.thread_messages(thread_id)]
        mailbox.modify(ids, string_list(body, "addLabelIds"), string_list(body, "removeLabelIds"))
    return _minimal(thread_id, mailbox)


@gmail_method("gmail.users.threads.trash", "/threads/<thread_id>/trash", ["POST"])
def trash_thread(mailbox: Mailbox, thread_id: str):
    thread_id = check_id(thread_id)
    with mailbox.lock:
        mailbox.trash([m.id for m in mailbox.thread_messages(thread_id)])
    return _minimal(thread_id, mailbox)


@gmail_method("gmail.users.threads.untrash", "/threads/<thread_id>/untrash", ["POST"])
def untrash_thread(mailbox: Mailbox, thread_id: str):
    thread_id = check_id(thread_id)
    with mailbox.lock:
        mailbox.untrash([m.id for m in mailbox.thread_messages(thread_id)])
    return _minimal(thread_id, mailbox)


@gmail_method("gmail.users.threads.delete", "/threads/<thread_id>", ["DELETE"])
def delete_thread(mailbox: Mailbox, thread_id: str):
    thread_id = check_id(thread_id)
    with mailbox.lock:
        for message in mailbox.thread_messages(thread_id):
            mailbox.delete(message.id)
    return None
