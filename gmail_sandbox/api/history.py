"""users.history.list"""

from __future__ import annotations

import bisect

from flask import request

from gmail_sandbox import listing
from gmail_sandbox.api.gateway import arg_uint, gmail_method
from gmail_sandbox.errors import invalid_argument, not_found
from gmail_sandbox.store import HistoryRecord, Mailbox

MAX_PAGE = 500
# history type -> the list it fills in a record
LISTS = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}


def record_json(record: HistoryRecord, types: set[str], label_id: str | None) -> dict | None:
    """The record as Gmail lists it, keeping only the wanted changes; None when none is."""
    out: dict = {"id": str(record.id), "messages": []}
    seen: set[str] = set()
    for change in record.changes:
        if types and change.kind not in types:
            continue
        if label_id and label_id not in change.message_labels and label_id not in change.label_ids:
            continue
        message: dict = {"id": change.message_id, "threadId": change.thread_id}
        if change.message_labels:
            message["labelIds"] = sorted(change.message_labels)
        entry: dict = {"message": message}
        if change.kind in ("labelAdded", "labelRemoved"):
            entry["labelIds"] = sorted(change.label_ids)
        out.setdefault(LISTS[change.kind], []).append(entry)
        if change.message_id not in seen:
            seen.add(change.message_id)
            out["messages"].append({"id": change.message_id, "threadId": change.thread_id})
    return out if seen else None


@gmail_method("gmail.users.history.list", "/history", ["GET"])
def list_history(mailbox: Mailbox):
    start_text = request.args.get("startHistoryId", "")
    if not start_text:
        raise invalid_argument("startHistoryId is required")
    if not start_text.isdigit():
        raise invalid_argument(
            f"Invalid value at 'start_history_id' (TYPE_UINT64), \"{start_text}\""
        )
    start = int(start_text)
    types = set(request.args.getlist("historyTypes"))
    unknown = types - set(LISTS)
    if unknown:
        raise invalid_argument(
            f"Invalid value at 'history_types', \"{sorted(unknown)[0]}\"; "
            f"expected one of {sorted(LISTS)}"
        )
    label_id = request.args.get("labelId") or None
    limit = arg_uint("maxResults", 100, maximum=MAX_PAGE)
    token = listing.decode_token(request.args.get("pageToken"), 1)
    floor = max(start, token[0]) if token else start
    records: list[dict] = []
    more = False
    with mailbox.lock:
        if start < mailbox.oldest_valid_start:
            raise not_found()
        history = mailbox.history
        position = bisect.bisect_right(history, floor, key=lambda r: r.id)
        last_id = None
        for record in history[position:]:
            rendered = record_json(record, types, label_id)
            if rendered is None:
                continue
            if len(records) == limit:
                more = True
                break
            records.append(rendered)
            last_id = record.id
        current = mailbox.history_id
    out: dict = {}
    if records:
        out["history"] = records
    if more and last_id is not None:
        out["nextPageToken"] = listing.encode_token(last_id)
    out["historyId"] = str(current)
    return out
