"""Reading the message a call carries: JSON `{"raw": base64url}` or an /upload/ request
(`uploadType=media` with the RFC 822 bytes, or `multipart` with JSON metadata first)."""

from __future__ import annotations

import base64
import json
from email import policy
from email.message import Message
from email.parser import BytesHeaderParser
from typing import Any

from flask import request

from gmail_sandbox.api.gateway import json_body
from gmail_sandbox.errors import invalid_argument
from gmail_sandbox.mime import b64url_decode

RAW_REQUIRED = "'raw' RFC822 payload message string or uploading message via /upload/* URL required"


def _split_multipart(content_type: str, data: bytes) -> list[tuple[bytes, bytes]]:
    """(header block, body) of each part, the bodies byte for byte as sent."""
    header = Message()
    header["Content-Type"] = content_type
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise invalid_argument("uploadType=multipart needs a multipart/related body")
    delimiter = b"--" + boundary.encode("latin-1")
    chunks = data.split(delimiter)
    parts = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk.lstrip(b"\n")
        chunk = chunk[:-2] if chunk.endswith(b"\r\n") else chunk.removesuffix(b"\n")
        cut = [i for i in (chunk.find(b"\r\n\r\n"), chunk.find(b"\n\n")) if i >= 0]
        if not cut:
            parts.append((chunk, b""))
            continue
        at = min(cut)
        width = 4 if chunk[at : at + 4] == b"\r\n\r\n" else 2
        parts.append((chunk[:at], chunk[at + width :]))
    return parts


def _multipart_upload() -> tuple[bytes, dict[str, Any]]:
    parts = _split_multipart(request.headers.get("Content-Type", ""), request.get_data())
    if len(parts) != 2:
        raise invalid_argument("A multipart upload has two parts: JSON metadata, then the message")
    try:
        metadata = json.loads(parts[0][1] or b"{}")
    except ValueError:
        raise invalid_argument("Invalid JSON payload received.") from None
    if not isinstance(metadata, dict):
        raise invalid_argument("Invalid JSON payload received. Expected an object.")
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(parts[1][0] + b"\r\n\r\n")
    body = parts[1][1]
    if (headers.get("Content-Transfer-Encoding") or "").strip().lower() == "base64":
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
