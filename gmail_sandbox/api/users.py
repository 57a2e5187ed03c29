"""users.getProfile, users.watch and users.stop (push notifications: gmail_sandbox.push)."""

from __future__ import annotations

from gmail_sandbox.api.gateway import current_sandbox, gmail_method, json_body, string_list
from gmail_sandbox.errors import invalid_argument, not_found
from gmail_sandbox.push import TOPIC_NAME
from gmail_sandbox.store import Mailbox

_BEHAVIORS = ("include", "exclude")


@gmail_method("gmail.users.getProfile", "/profile", ["GET"])
def get_profile(mailbox: Mailbox):
    return mailbox.profile()


@gmail_method("gmail.users.watch", "/watch", ["POST"])
def watch(mailbox: Mailbox):
    """{"topicName", "labelIds"?, "labelFilterBehavior"? (or the deprecated
    "labelFilterAction")} -> {"historyId", "expiration"} (epoch ms, 7 days ahead)."""
    body = json_body()
    topic = body.get("topicName")
    if not isinstance(topic, str) or not TOPIC_NAME.fullmatch(topic):
        raise invalid_argument("Invalid topicName does not match projects/SOME_PROJECT/topics/*")
    label_ids = string_list(body, "labelIds")
    mailbox.check_labels_exist(label_ids)
    behavior = body.get("labelFilterBehavior") or body.get("labelFilterAction") or "include"
    if not isinstance(behavior, str) or behavior.lower() not in _BEHAVIORS:
        raise invalid_argument(f"Invalid value at 'label_filter_behavior', {behavior!r}")
    try:
        started = current_sandbox().watch(mailbox.address, topic, label_ids, behavior.lower())
    except KeyError:
        raise not_found(f"Resource not found (resource={topic.split('/')[-1]}).") from None
    return {"historyId": str(started.history_id), "expiration": str(started.expiration_ms)}


@gmail_method("gmail.users.stop", "/stop", ["POST"])
def stop(mailbox: Mailbox):
    current_sandbox().stop_watch(mailbox.address)
    return None
