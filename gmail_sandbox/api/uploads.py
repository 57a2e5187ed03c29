"""Reading the message a call carries: JSON `{"raw": base64url}` or an /upload/ request
(`uploadType=media` with the RFC 822 bytes, or `multipart` with JSON metadata first)."""

from __future__ import annotations

import base64
import json
from typing import Any

from flask import request

from gmail.message import b64url_decode
from gmail_sandbox.api.gateway import json_body
from gmail_sandbox.errors import invalid_argument
from gmail_sandbox.multipart import header, split_parts

RAW_REQUIRED = "'raw' RFC822 payload message string or uploading message via /upload/* URL required"


def _multipart_upload() -> tuple[bytes, dict[str, Any]]:
    content_type = request.headers.get("Content-Type", "")
    parts = split_parts(content_type, request.get_data())
    if len(parts) != 2:
        raise invalid_argument("A multipart upload has two parts: JSON metadata, then the message")
    try:
        metadata = json.loads(parts[0][1] or b"{}")
    except ValueError:
        raise invalid_argument("Invalid JSON payload received.") from None
    if not isinstance(metadata, dict):
        raise invalid_argument("Invalid JSON payload received. Expected an object.")
    message_headers, body = parts[1]
    if (header(message_headers, "Content-Transfer-Encoding") or "").lower() == "base64":
        body = base64.b64decode(body)
    return body, metadata


def read_message(envelope: str | None = None) -> tuple[bytes, dict[str, Any]]:
    """(RFC 822 bytes, the message's JSON fields). `envelope` names the key holding the
    message in the body (drafts: "message")."""
    if request.path.startswith("/upload/"):
        upload_type = request.args.get("uploadType", "media")
        if upload_type == "media":
            raw, metadata = request.get_data(), {}
        elif upload_type == "multipart":
            raw, metadata = _multipart_upload()
        else:
            raise invalid_argument(f"uploadType={upload_type} is not supported by this sandbox")
        fields = metadata.get(envelope, {}) if envelope else metadata
    else:
        body = json_body()
        fields = body.get(envelope, {}) if envelope else body
        if not isinstance(fields, dict):
            raise invalid_argument(f"Invalid value at '{envelope}': expected an object")
        text = fields.get("raw")
        if not text:
            raise invalid_argument(RAW_REQUIRED)
        if not isinstance(text, str):
            raise invalid_argument("Invalid value at 'raw' (TYPE_BYTES): expected a string")
        try:
            raw = b64url_decode(text)
        except ValueError:
            raise invalid_argument("Invalid value at 'raw' (TYPE_BYTES): not base64") from None
    if not raw.strip():
        raise invalid_argument(RAW_REQUIRED)
    if not isinstance(fields, dict):
        raise invalid_argument(f"Invalid value at '{envelope}': expected an object")
    return raw, fields


def optional_thread_id(fields: dict[str, Any]) -> str | None:
    value = fields.get("threadId")
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise invalid_argument("Invalid value at 'threadId': expected a string")
    return value
