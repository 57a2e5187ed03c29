"""The OpenAPI 3.1 document, built from the same schemas the server validates with.

`OPERATIONS` lists every route; tests/test_server_openapi.py checks that it and the app's
URL map name the same paths and methods, and runs schemathesis against the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from server import schemas

TITLE = "Afterview API"
VERSION = "1.0.0"


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # OpenAPI template: /api/threads/{thread_id}
    summary: str
    responses: dict[int, Any]  # status -> schema (None: no JSON body)
    request: dict[str, Any] | None = None
    authenticated: bool = True
    parameters: list[dict[str, Any]] = field(default_factory=list)
    errors: tuple[int, ...] = ()
    media_type: str = "application/json"  # of the successful answers


NOT_INTERVIEW = schemas.NOT_INTERVIEW_REQUEST
THREAD_ID = {
    "name": "thread_id",
    "in": "path",
    "required": True,
    "schema": {"type": "integer", "minimum": 0},
}
SUMMARY_TOKEN = {
    "name": "token",
    "in": "query",
    "required": True,
    "schema": {"type": "string"},
    "description": "From the link in a weekly summary: stands for its user",
}
_BODY_ERRORS = (400, 413, 415, 422)

OPERATIONS: list[Operation] = [
    Operation("get", "/healthz", "The process answers", {200: schemas.HEALTH}, authenticated=False),
    Operation(
        "get",
        "/readyz",
        "The database and Redis answer",
        {200: schemas.READINESS, 503: schemas.READINESS},
        authenticated=False,
    ),
    Operation(
        "get",
        "/api/openapi.json",
        "This document",
        {200: {"type": "object"}},
        authenticated=False,
    ),
    Operation(
        "get",
        "/auth/google/start",
        "Begin Google sign-in for an extension (redirects to Google)",
        {302: None},
        authenticated=False,
        parameters=[
            {
                "name": "extension_id",
                "in": "query",
                "required": True,
                "schema": {"type": "string"},
            }
        ],
        errors=(400, 403, 503),
    ),
    Operation(
        "get",
        "/auth/google/callback",
        "Google's redirect back; hands the API token to the extension in a URL fragment",
        {303: None},
        authenticated=False,
        parameters=[
            {"name": name, "in": "query", "required": False, "schema": {"type": "string"}}
            for name in ("state", "code", "error")
        ],
        errors=(400, 502, 503),
    ),
    Operation(
        "get",
        "/api/threads",
        "Threads grouped by what to do now (304 when If-None-Match names the current ETag)",
        {200: schemas.THREAD_LIST, 304: None},
    ),
    Operation("get", "/api/summary", "Counts for the badge and the header", {200: schemas.SUMMARY}),
    Operation(
        "get",
        "/api/summary/preview",
        "The weekly summary email as it would be sent now (HTML; no script, no remote resource)",
        {200: {"type": "string"}},
        media_type="text/html",
    ),
    *(
        Operation(
            "post",
            f"/api/threads/{{thread_id}}/{name}",
            about,
            {200: schemas.FEEDBACK},
            request=body,
            parameters=[THREAD_ID],
            errors=(404, *_BODY_ERRORS),
        )
        for name, about, body in (
            (
                "dismiss",
                "Hide a thread from the list until new mail arrives in it",
                schemas.EMPTY_REQUEST,
            ),
            ("snooze", "Hide a thread until a date", schemas.SNOOZE_REQUEST),
            (
                "not-interview",
                "Not an interview (nor, optionally, its senders' mail)",
                NOT_INTERVIEW,
            ),
            ("is-interview", "This is an interview thread", schemas.EMPTY_REQUEST),
        )
    ),
    Operation(
        "post",
        "/api/threads/{thread_id}/draft",
        "Queue a thank-you or follow-up draft in the thread (never sent)",
        {202: schemas.DRAFT},
        request=schemas.DRAFT_REQUEST,
        parameters=[THREAD_ID],
        errors=(404, 409, *_BODY_ERRORS, 503),
    ),
    *(
        Operation(
            method,
            "/summary/settings",
            about,
            {200: {"type": "string"}, 404: {"type": "string"}},
            authenticated=False,
            parameters=[SUMMARY_TOKEN],
            media_type="text/html",
        )
        for method, about in (
            ("get", "The weekly summary's settings page, from the link in each summary"),
            ("post", "Turn the weekly summary off (RFC 8058 one-click unsubscribe)"),
        )
    ),
    Operation("get", "/api/settings", "The user's settings", {200: schemas.PREFERENCES}),
    Operation(
        "put",
        "/api/settings",
        "Change settings (fields left out keep their value)",
        {200: schemas.PREFERENCES},
        request=schemas.PREFERENCES_REQUEST,
        errors=_BODY_ERRORS,
    ),
    Operation(
        "get",
        "/api/sync",
        "Sync status of each mailbox",
        {200: schemas.SYNC_STATUS},
        errors=(503,),
    ),
    Operation(
        "post",
        "/api/sync",
        "Queue a sync of each connected mailbox",
        {202: schemas.SYNC_STARTED},
        request=schemas.SYNC_REQUEST,
        errors=(409, *_BODY_ERRORS, 503),
    ),
    Operation(
        "delete",
        "/api/account",
        "Revoke Google access and delete everything about the user",
        {200: schemas.ACCOUNT_DELETED, 202: schemas.ACCOUNT_DELETION_PENDING},
        request=schemas.EMPTY_REQUEST,
        errors=_BODY_ERRORS,
    ),
    Operation(
        "delete",
        "/api/token",
        "Revoke the calling token (sign the extension out)",
        {200: schemas.TOKEN_REVOKED},
        request=schemas.EMPTY_REQUEST,
        errors=_BODY_ERRORS,
    ),
    Operation(
        "post",
        "/hooks/gmail",
        "A Gmail push notification from Cloud Pub/Sub (its OIDC token in Authorization: "
        "Bearer, or the shared secret in ?token=): queues an incremental sync of the "
        "mailbox's accounts; 204 also for an address nobody connected",
        {204: None},
        request=schemas.GMAIL_PUSH_REQUEST,
        authenticated=False,
        parameters=[
            {
                "name": "token",
                "in": "query",
                "required": False,
                "schema": {"type": "string"},
                "description": "the shared secret (AFTERVIEW_GMAIL_PUSH_SECRET), where set",
            }
        ],
        errors=(400, 401, 403, 404, 413, 503),
    ),
]

_DESCRIPTIONS = {
    200: "OK",
    202: "Accepted",
    204: "Acknowledged",
    302: "Redirect to Google",
    303: "Redirect to the extension",
    400: "Malformed request",
    401: "Missing, unknown or revoked token",
    403: "Not allowed",
    404: "Not found (or not yours)",
    409: "Conflict",
    413: "Body too large",
    415: "Body not JSON",
    422: "A field is invalid (named in error.field)",
    429: "Rate limited (see Retry-After)",
    502: "Google failed",
    503: "Not configured, or Redis (the job queue) unavailable: retry after Retry-After",
}


def _response(status: int, schema: Any, media_type: str = "application/json") -> dict[str, Any]:
    response: dict[str, Any] = {"description": _DESCRIPTIONS.get(status, "")}
    if schema is not None:
        response["content"] = {media_type: {"schema": schema}}
    if status in (302, 303):
        response["headers"] = {"Location": {"schema": {"type": "string"}}}
    return response


def _operation(operation: Operation) -> dict[str, Any]:
    responses = {
        str(status): _response(status, schema, operation.media_type)
        for status, schema in operation.responses.items()
    }
    errors = set(operation.errors) | {429}
    if operation.authenticated:
        errors.add(401)
    for status in sorted(errors):
        responses.setdefault(str(status), _response(status, schemas.ERROR))
    document: dict[str, Any] = {
        "summary": operation.summary,
        "operationId": f"{operation.method}_{operation.path.strip('/').replace('/', '_')}".replace(
            "{", ""
        )
        .replace("}", "")
        .replace("-", "_")
        .replace(".", "_"),
        "responses": responses,
        "security": [{"bearerAuth": []}] if operation.authenticated else [],
    }
    if operation.parameters:
        document["parameters"] = operation.parameters
    if operation.request is not None:
        document["requestBody"] = {
            "required": bool(operation.request.get("required")),
            "content": {"application/json": {"schema": operation.request}},
        }
    return document


def document() -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for operation in OPERATIONS:
        paths.setdefault(operation.path, {})[operation.method] = _operation(operation)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": TITLE,
            "version": VERSION,
            "description": "The API the Afterview browser extension calls. Errors are always "
            '`{"error": {"code", "message", "field"?}}`.',
        },
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "The extension's API token from sign-in",
                }
            },
            "schemas": {"Error": schemas.ERROR},
        },
    }
