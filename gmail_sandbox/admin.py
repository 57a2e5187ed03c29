"""Test-only endpoints under /_admin/ (registered only with `create_app(..., admin=True)`;
otherwise every /_admin/ path is a 404). No authentication: never expose them.

    GET    /_admin/mailboxes                              {"mailboxes": [address, ...]}
    POST   /_admin/mailboxes {"emailAddress"}             201 {"emailAddress", "historyId"}
    GET    /_admin/mailboxes/<address>                    the mailbox's state (see `state`)
    POST   /_admin/mailboxes/<address>/messages           deliver one incoming message
    POST   /_admin/mailboxes/<address>/history/expire     {"historyId", "oldestValidHistoryId"}
    POST   /_admin/mailboxes/<address>/tokens             {"access_token", "refresh_token", ...}
    POST   /_admin/mailboxes/<address>/tokens/revoke      {"revoked": n}
    POST   /_admin/mailboxes/<address>/tokens/expire      {"expired": n}
    GET    /_admin/usage                                  {"users": {address: {...}}}
    POST   /_admin/usage/reset                            {} (counters and fault sequence)
    GET    /_admin/faults                                 {"settings": {...}, "injected": [...]}
    GET    /_admin/config                                 {"quota", "faults", "history", ...}
    PATCH  /_admin/config  (partial, same shape)          the whole config after the change
    GET    /_admin/push                                   {"topics", "retry", "watches",
                                                           "deliveries": [...]}
    POST   /_admin/push/topics {"topic", "pushEndpoint"?, "audience"?,
                                "serviceAccountEmail"?, "subscription"?}  the topic's
                                                           push subscription (null: none)
"""

from __future__ import annotations

from flask import Blueprint, request

from gmail.message import b64url_decode
from gmail_sandbox.api.gateway import current_sandbox, json_body, json_response
from gmail_sandbox.errors import invalid_argument, not_found
from gmail_sandbox.resources import message_labels_ref
from gmail_sandbox.store import Mailbox

blueprint = Blueprint("admin", __name__, url_prefix="/_admin")


def _mailbox(address: str) -> Mailbox:
    try:
        return current_sandbox().mailbox(address)
    except KeyError:
        raise not_found(f"No sandbox mailbox for {address}") from None


@blueprint.get("/mailboxes")
def list_mailboxes():
    return json_response({"mailboxes": current_sandbox().addresses})


@blueprint.post("/mailboxes")
def create_mailbox():
    address = json_body().get("emailAddress")
    if not isinstance(address, str):
        raise invalid_argument("emailAddress is required")
    try:
        mailbox = current_sandbox().add_mailbox(address)
    except ValueError as exc:
        raise invalid_argument(str(exc)) from None
    return json_response(
        {"emailAddress": mailbox.address, "historyId": str(mailbox.history_id)}, 201
    )


def state(mailbox: Mailbox) -> dict:
    """Everything a test may want to assert on, newest message first."""
    with mailbox.lock:
        messages = [mailbox.messages[key[2]] for key in reversed(mailbox.sorted_keys())]
        return {
            "emailAddress": mailbox.address,
            "historyId": str(mailbox.history_id),
            "oldestValidHistoryId": str(mailbox.oldest_valid_start),
            "historyRecords": len(mailbox.history),
            "labels": [
                {**label.resource(), **mailbox.label_counts(label.id)}
                for label in mailbox.labels.values()
            ],
            "messages": [
                {
                    **message_labels_ref(m),
                    "internalDate": str(m.internal_date),
                    "historyId": str(m.history_id),
                    "subject": m.header("Subject"),
                    "rfc822MessageId": m.rfc822_id,
                }
                for m in messages
            ],
            "threadsTotal": len(mailbox.threads),
            "drafts": [{"id": d, "messageId": m} for d, m in sorted(mailbox.drafts.items())],
        }


@blueprint.get("/mailboxes/<address>")
def mailbox_state(address: str):
    return json_response(state(_mailbox(address)))


@blueprint.post("/mailboxes/<address>/messages")
def deliver(address: str):
    """The body is the RFC 822 message itself (any content type but JSON), with optional
    query parameters threadId, labelIds (repeated) and internalDate (epoch ms); or JSON
    {"raw": base64url, "threadId"?, "labelIds"?, "internalDate"?}."""
    mailbox = _mailbox(address)
    if request.mimetype == "application/json":
        body = json_body()
        if not isinstance(body.get("raw"), str):
            raise invalid_argument("raw (base64url RFC 822 bytes) is required")
        try:
            raw = b64url_decode(body["raw"])
        except ValueError:
            raise invalid_argument("raw is not base64url") from None
        thread_id, label_ids = body.get("threadId"), body.get("labelIds")
        internal_date = body.get("internalDate")
    else:
        raw = request.get_data()
        thread_id = request.args.get("threadId")
        label_ids = request.args.getlist("labelIds") or None
        internal_date = request.args.get("internalDate")
    if not raw.strip():
        raise invalid_argument("the message is empty")
    if internal_date is not None:
        try:
            internal_date = int(internal_date)
        except (TypeError, ValueError):
            raise invalid_argument("internalDate must be epoch milliseconds") from None
    message = current_sandbox().deliver(
        raw,
        to=mailbox.address,
        thread_id=thread_id or None,
        label_ids=label_ids,
        internal_date=internal_date,
    )
    return json_response({**message_labels_ref(message), "historyId": str(message.history_id)})


@blueprint.post("/mailboxes/<address>/history/expire")
def expire_history(address: str):
    mailbox = _mailbox(address)
    mailbox.expire_history()
    return json_response(
        {
            "historyId": str(mailbox.history_id),
            "oldestValidHistoryId": str(mailbox.oldest_valid_start),
        }
    )


@blueprint.post("/mailboxes/<address>/tokens")
def issue_token(address: str):
    """{"scope"?: "space separated", "expiresIn"?: seconds} -> a grant, as /token answers."""
    body = json_body()
    sandbox = current_sandbox()
    mailbox = _mailbox(address)
    scope = body.get("scope")
    lifetime = body.get("expiresIn")
    if scope is not None and not isinstance(scope, str):
        raise invalid_argument("scope must be a space-separated string")
    if lifetime is not None and (
        isinstance(lifetime, bool) or not isinstance(lifetime, int | float)
    ):
        raise invalid_argument("expiresIn must be a number of seconds")
    grant = sandbox.issue_token(
        mailbox.address, scope=scope.split() if scope else None, lifetime=lifetime
    )
    return json_response(
        {
            "access_token": grant.access_token,
            "refresh_token": grant.refresh_token,
            "expires_in": max(0, int(grant.expires_at - sandbox.clock())),
            "scope": " ".join(grant.scope),
            "token_type": "Bearer",
            "client_id": "sandbox",
        }
    )


@blueprint.post("/mailboxes/<address>/tokens/revoke")
def revoke_tokens(address: str):
    mailbox = _mailbox(address)
    return json_response({"revoked": current_sandbox().tokens.revoke_user(mailbox.address)})


@blueprint.post("/mailboxes/<address>/tokens/expire")
def expire_tokens(address: str):
    mailbox = _mailbox(address)
    return json_response(
        {"expired": current_sandbox().tokens.expire_access_tokens(mailbox.address)}
    )


@blueprint.get("/usage")
def usage():
    return json_response(current_sandbox().usage())


@blueprint.post("/usage/reset")
def reset_usage():
    current_sandbox().reset_counters()
    return json_response({})


@blueprint.get("/faults")
def faults():
    sandbox = current_sandbox()
    return json_response(
        {
            "settings": sandbox.config()["faults"],
            "injected": [fault.as_json() for fault in list(sandbox.faults.log)],
        }
    )


@blueprint.get("/config")
def get_config():
    return json_response(current_sandbox().config())


@blueprint.patch("/config")
def patch_config():
    try:
        return json_response(current_sandbox().configure(json_body()))
    except ValueError as exc:
        raise invalid_argument(str(exc)) from None


@blueprint.get("/push")
def push_state():
    sandbox = current_sandbox()
    return json_response(
        {
            **sandbox.pubsub.config(),
            "watches": {address: w.resource() for address, w in sorted(sandbox.watches.items())},
            "deliveries": [d.as_json() for d in list(sandbox.pubsub.deliveries)],
        }
    )


@blueprint.post("/push/topics")
def configure_topic():
    """A Pub/Sub topic (as `gcloud pubsub topics create`) and, with pushEndpoint, its push
    subscription with OIDC authentication (as `gcloud pubsub subscriptions create
    --push-endpoint --push-auth-service-account --push-auth-token-audience`)."""
    body = json_body()
    fields = ("topic", "pushEndpoint", "audience", "serviceAccountEmail", "subscription")
    values = {name: body.get(name) for name in fields}
    if any(value is not None and not isinstance(value, str) for value in values.values()):
        raise invalid_argument(f"{', '.join(fields)} must be strings")
    if not values["topic"]:
        raise invalid_argument("topic is required")
    try:
        subscription = current_sandbox().pubsub.configure_topic(
            values["topic"],
            values["pushEndpoint"],
            audience=values["audience"],
            service_account=values["serviceAccountEmail"],
            subscription=values["subscription"],
        )
    except ValueError as exc:
        raise invalid_argument(str(exc)) from None
    return json_response(
        {"topic": values["topic"], "subscription": subscription and subscription.resource()}
    )
