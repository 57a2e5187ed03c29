"""What every Gmail call goes through before and after its handler, in Google's order:
authentication (401), scope (403), the user in the path (403), the concurrent-request
limit (429), quota units (429/403), an injected fault, then the handler; its result is cut
down by `fields` and answered as JSON (or 204 when it has no body).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import Blueprint, Response, current_app, request

from gmail_sandbox import listing
from gmail_sandbox.discovery import METADATA_SCOPE, method_scopes, response_schemas, schemas
from gmail_sandbox.errors import (
    backend_error,
    forbidden,
    insufficient_scope,
    invalid_argument,
    unauthenticated,
)
from gmail_sandbox.fields import apply_fields, check_fields, parse_fields
from gmail_sandbox.quota import rate_limit_error
from gmail_sandbox.sandbox import Sandbox
from gmail_sandbox.store import Mailbox
from gmail_sandbox.tokens import AccessToken

blueprint = Blueprint("gmail", __name__)
PREFIX = "/gmail/v1/users/<user_id>"
UPLOAD_PREFIX = "/upload/gmail/v1/users/<user_id>"
BATCH_PART = "gmail_sandbox.batch_part"  # environ key set on requests unpacked from a batch
BATCH_ARRIVED = "gmail_sandbox.batch_arrived"  # and when their batch arrived (sandbox clock)
DROP_CONNECTION = "gmail_sandbox.drop_connection"


class DroppedConnection(Exception):
    """Raised to abandon a request: the server closes the socket without answering."""


def current_sandbox() -> Sandbox:
    return current_app.extensions["gmail_sandbox"]


def authenticate(sandbox: Sandbox) -> AccessToken:
    header = request.headers.get("Authorization", "")
    scheme, _, credential = header.partition(" ")
    token = credential.strip() if scheme.lower() == "bearer" else ""
    token = token or request.args.get("access_token", "")
    if not token:
        raise unauthenticated(missing=True)
    access = sandbox.tokens.lookup(token)
    if access is None:
        raise unauthenticated(missing=False)
    return access


def check_scope(method_id: str, access: AccessToken) -> None:
    allowed = method_scopes().get(method_id)
    if not allowed:
        return
    granted = allowed.intersection(access.scope)
    if not granted:
        raise insufficient_scope()
    if granted == {METADATA_SCOPE}:
        if request.args.get("q"):
            raise forbidden("Metadata scope does not support 'q' parameter")
        fmt = (request.args.get("format") or "").lower()
        if fmt in ("full", "raw"):
            raise forbidden(f"Metadata scope doesn't allow format {fmt.upper()}")


def resolve_mailbox(sandbox: Sandbox, user_id: str, access: AccessToken) -> Mailbox:
    if user_id != "me" and user_id.strip().lower() != access.address:
        raise forbidden(f"Delegation denied for {access.address}")
    return sandbox.add_mailbox(access.address)


def inject_fault(sandbox: Sandbox, user: str, method_id: str) -> None:
    kind = sandbox.faults.decide(user, method_id)
    if kind is None:
        return
    if kind == "latency":
        time.sleep(sandbox.faults.settings.latency_seconds)
    elif kind in ("500", "503"):
        raise backend_error(int(kind))
    elif kind == "429":
        raise rate_limit_error(429, sandbox.clock() + 1, 1)
    elif kind == "drop":
        # A batch part cannot drop alone; Google answers such a part with a 503.
        if request.environ.get(BATCH_PART) or "werkzeug.socket" not in request.environ:
            raise backend_error(503)
        request.environ[DROP_CONNECTION] = True
        raise DroppedConnection()


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None):
    body = json.dumps(payload, separators=(",", ":"))
    response = Response(body, status=status, mimetype="application/json")
    response.headers["Content-Type"] = "application/json; charset=UTF-8"
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def gmail_method(method_id: str, rule: str, methods: list[str], *, upload: bool = False):
    """Register a Gmail handler `view(mailbox, **path_args)` under `rule` (after the user
    prefix) for the discovery method `method_id`, wrapped in the common checks."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def handle(user_id: str, **path_args: Any):
            sandbox = current_sandbox()
            access = authenticate(sandbox)
            check_scope(method_id, access)
            mailbox = resolve_mailbox(sandbox, user_id, access)
            selector = request.args.get("fields")
            selection = parse_fields(selector) if selector is not None else None
            if selection is not None and method_id in response_schemas():
                check_fields(selection, {"$ref": response_schemas()[method_id]}, schemas())
            if request.args.get("alt", "json") != "json":
                raise invalid_argument("Only alt=json is supported by this sandbox")
            with sandbox.quota.slot(access.address):
                # A batch's parts count when the batch arrived (gmail_sandbox.quota).
                arrived = request.environ.get(BATCH_ARRIVED)
                sandbox.quota.charge(access.address, method_id, at=arrived)
                inject_fault(sandbox, access.address, method_id)
                result = view(mailbox, **path_args)
            if result is None:
                return Response(status=204)
            return json_response(apply_fields(result, selection))

        endpoint = method_id.replace(".", "_")
        blueprint.add_url_rule(PREFIX + rule, endpoint, handle, methods=methods)
        if upload:
            blueprint.add_url_rule(
                UPLOAD_PREFIX + rule, endpoint + "_upload", handle, methods=methods
            )
        return handle

    return decorate


# ---- reading the request ------------------------------------------------------------------


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def arg_uint(name: str, default: int, *, maximum: int | None = None) -> int:
    value = request.args.get(name)
    if value is None or value == "":
        return default
    if not value.isdigit():
        raise invalid_argument(f"Invalid value at '{_snake(name)}' (TYPE_UINT32), \"{value}\"")
    number = int(value)
    if number == 0:
        return default
    return min(number, maximum) if maximum is not None else number


def search_as_asked(mailbox: Mailbox) -> listing.Search:
    """The search messages.list and threads.list ask for: labelIds, q, includeSpamTrash."""
    return listing.search(
        mailbox,
        label_ids=request.args.getlist("labelIds"),
        q=request.args.get("q"),
        include_spam_trash=arg_bool("includeSpamTrash"),
        now_ms=current_sandbox().now_ms(),
    )


def arg_bool(name: str, default: bool = False) -> bool:
    value = request.args.get(name)
    if value is None or value == "":
        return default
    lowered = value.lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    raise invalid_argument(f"Invalid value at '{_snake(name)}' (TYPE_BOOL), \"{value}\"")


def json_body() -> dict[str, Any]:
    data = request.get_data()
    if not data.strip():
        return {}
    try:
        body = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise invalid_argument("Invalid JSON payload received.") from None
    if not isinstance(body, dict):
        raise invalid_argument("Invalid JSON payload received. Expected an object.")
    return body


_ID = re.compile(r"[0-9a-fA-F]{1,32}")


def check_id(value: str, what: str = "id") -> str:
    if not _ID.fullmatch(value):
        raise invalid_argument(f"Invalid {what} value")
    return value.lower()


def string_list(body: dict[str, Any], key: str) -> list[str]:
    value = body.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise invalid_argument(f"Invalid value at '{key}': expected a list of strings")
    return value
