"""users.drafts.create / list / get / delete"""

from __future__ import annotations

from flask import request

from gmail_sandbox import delivery, listing
from gmail_sandbox.api.gateway import arg_uint, current_sandbox, gmail_method
from gmail_sandbox.api.uploads import optional_thread_id, read_message
from gmail_sandbox.query import compile_query
from gmail_sandbox.resources import check_format, message_labels_ref, message_ref, message_resource
from gmail_sandbox.store import Mailbox

MAX_PAGE = 500


@gmail_method("gmail.users.drafts.create", "/drafts", ["POST"], upload=True)
def create_draft(mailbox: Mailbox):
    raw, fields = read_message("message")
    message = delivery.outgoing(
        mailbox,
        raw,
        now_ms=current_sandbox().now_ms(),
        thread_id=optional_thread_id(fields),
        labels=("DRAFT",),
    )
    return {"id": mailbox.add_draft(message), "message": message_labels_ref(message)}


@gmail_method("gmail.users.drafts.list", "/drafts", ["GET"])
def list_drafts(mailbox: Mailbox):
    limit = arg_uint("maxResults", 100, maximum=MAX_PAGE)
    before = listing.decode_token(request.args.get("pageToken"), 2)
    query = compile_query(request.args.get("q"), current_sandbox().now_ms())
    with mailbox.lock:
        messages = {
            draft_id: mailbox.messages[message_id]
            for draft_id, message_id in mailbox.drafts.items()
            if message_id in mailbox.messages
        }
    drafts = sorted((*message.sort_key, draft_id) for draft_id, message in messages.items())
    if query.text:
        drafts = [key for key in drafts if query.matches(messages[key[2]], mailbox)]
    keys, more = listing.page(drafts, before, limit)
    out: dict = {}
    if keys:
        out["drafts"] = [{"id": key[2], "message": message_ref(messages[key[2]])} for key in keys]
    if more:
        out["nextPageToken"] = listing.encode_token(keys[-1][0], keys[-1][1])
    out["resultSizeEstimate"] = len(drafts)
    return out


@gmail_method("gmail.users.drafts.get", "/drafts/<draft_id>", ["GET"])
def get_draft(mailbox: Mailbox, draft_id: str):
    fmt = check_format(request.args.get("format"))
    message = mailbox.draft_message(draft_id)
    return {"id": draft_id, "message": message_resource(message, fmt)}


@gmail_method("gmail.users.drafts.delete", "/drafts/<draft_id>", ["DELETE"])
def delete_draft(mailbox: Mailbox, draft_id: str):
    mailbox.delete_draft(draft_id)
    return None
