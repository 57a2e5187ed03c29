"""The multipart batch endpoint (`/batch/gmail/v1` and `/batch`), as Google answers it and
as `googleapiclient.http.BatchHttpRequest` writes and reads it.

Each `application/http` part is replayed through the app as a request of its own (so it
is authenticated, charged quota — as of the batch's arrival — and exposed to faults like
any call) and answered in a
part whose Content-ID is `<response-` + the request part's id + `>`. One part failing
never fails the others. Headers of the outer request apply to every part unless the part
sets them itself (Content-* excepted), as Google documents.
"""

from __future__ import annotations

import base64
import io
import secrets
from urllib.parse import unquote_to_bytes, urlsplit

from flask import Blueprint, Response, current_app, request

from gmail_sandbox.api.gateway import BATCH_ARRIVED, BATCH_PART, current_sandbox, json_response
from gmail_sandbox.errors import GoogleError, bad_request, invalid_argument
from gmail_sandbox.multipart import Headers, header, parse_header_lines, split_head, split_parts

blueprint = Blueprint("batch", __name__)
MAX_PARTS = 100


def _part_request(part_headers: Headers, payload: bytes) -> tuple[str, str, Headers, bytes]:
    """(method, target, headers, body) of one application/http part."""
    encoding = (header(part_headers, "Content-Transfer-Encoding") or "").lower()
    if encoding == "base64":
        payload = base64.b64decode(payload)
    request_line, _, rest = payload.lstrip(b"\r\n").partition(b"\n")
    fields = request_line.decode("latin-1").split()
    if len(fields) < 2:
        raise invalid_argument("A batch part does not start with an HTTP request line")
    if rest[:1] in (b"\r", b"\n"):  # no headers: the blank line comes first
        head, body = b"", rest.removeprefix(b"\r").removeprefix(b"\n")
    else:
        head, body = split_head(rest)
    return fields[0].upper(), fields[1], parse_header_lines(head), body


def _environ(method: str, target: str, headers: Headers, body: bytes, arrived: float) -> dict:
    split = urlsplit(target)
    if split.path.startswith("/batch"):
        raise invalid_argument("A batch part cannot itself be a batch")
    outer = request.environ
    environ = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": unquote_to_bytes(split.path or "/").decode("latin-1"),
        "QUERY_STRING": split.query,
        "SERVER_NAME": outer.get("SERVER_NAME", "localhost"),
        "SERVER_PORT": outer.get("SERVER_PORT", "80"),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": outer.get("REMOTE_ADDR", ""),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": outer.get("wsgi.url_scheme", "http"),
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": outer.get("wsgi.errors"),
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "CONTENT_LENGTH": str(len(body)),
        BATCH_PART: True,
        BATCH_ARRIVED: arrived,
    }
    # the outer request's headers first, then the part's own (which win)
    outer_headers = [
        (k, v) for k, v in request.headers.items() if not k.lower().startswith("content-")
    ]
    for name, value in outer_headers + headers:
        key = name.upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = value
        elif key not in ("CONTENT_LENGTH", "HOST"):
            environ["HTTP_" + key] = value
    environ["HTTP_HOST"] = outer.get("HTTP_HOST", "localhost")
    return environ


def _replay(
    method: str, target: str, headers: Headers, body: bytes, arrived: float
) -> tuple[str, Headers, bytes]:
    answer: dict = {}

    def start_response(status: str, response_headers: Headers, exc_info=None):
        answer["status"], answer["headers"] = status, response_headers
        return lambda data: None

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    chunks = app.wsgi_app(_environ(method, target, headers, body, arrived), start_response)
    try:
        content = b"".join(chunks)
    finally:
        if hasattr(chunks, "close"):
            chunks.close()
    return answer["status"], list(answer["headers"]), content


def _error_part(error: GoogleError) -> tuple[str, Headers, bytes]:
    response = json_response(error.body(), error.code, error.headers)
    return response.status, list(response.headers.items()), response.get_data()


def _answer_part(content_id: str, status: str, headers: Headers, body: bytes) -> bytes:
    lines = [
        "Content-Type: application/http",
        f"Content-ID: <response-{content_id}>",
        "",
        f"HTTP/1.1 {status}",
    ]
    has_type = False
    for name, value in headers:
        if name.lower() == "content-length":
            continue
        has_type = has_type or name.lower() == "content-type"
        lines.append(f"{name}: {value}")
    if not has_type:  # the client needs a header block before the blank line
        lines.append("Content-Type: application/json; charset=UTF-8")
    lines.append(f"Content-Length: {len(body)}")
    return "\r\n".join(lines).encode("utf-8") + b"\r\n\r\n" + body


@blueprint.route("/batch", methods=["POST"])
@blueprint.route("/batch/gmail/v1", methods=["POST"])
def batch():
    arrived = current_sandbox().clock()  # every part counts against the quota from now
    content_type = request.headers.get("Content-Type", "")
    if not content_type.lower().startswith("multipart/mixed"):
        raise bad_request("A batch request must be multipart/mixed with a boundary")
    parts = split_parts(content_type, request.get_data())
    if not parts:
        raise bad_request("A batch request must contain at least one part")
    if len(parts) > MAX_PARTS:
        raise bad_request(f"Too many requests in batch: {len(parts)} (at most {MAX_PARTS})")
    boundary = "batch_" + secrets.token_urlsafe(18)
    chunks: list[bytes] = []
    for index, (part_headers, payload) in enumerate(parts):
        content_id = (header(part_headers, "Content-ID") or f"<{index}>").strip()
        content_id = content_id[1:-1] if content_id.startswith("<") else content_id
        try:
            status, headers, body = _replay(*_part_request(part_headers, payload), arrived)
        except GoogleError as error:
            status, headers, body = _error_part(error)
        chunks.append(
            f"--{boundary}\r\n".encode() + _answer_part(content_id, status, headers, body)
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return Response(
        b"\r\n".join(chunks), status=200, content_type=f"multipart/mixed; boundary={boundary}"
    )
