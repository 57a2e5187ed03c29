"""The API as `afterview serve` runs it, under gunicorn, over real sockets: what gunicorn
answers by itself (a request line or headers too large) is JSON of the API's one error
shape, and an oversize chunked body is refused, not cut."""

from __future__ import annotations

import http.client
import json

import pytest


@pytest.fixture
def served(serve_api):
    port, _process = serve_api("--workers", "1", "--threads", "2")
    return port


def _request(port, method, path, headers=(), body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)
        for name, value in headers:
            connection.putheader(name, value)
        connection.endheaders()
        if body is not None:
            connection.send(body)
        answer = connection.getresponse()
        return answer, answer.read()
    finally:
        connection.close()


def _error(answer, body):
    assert answer.getheader("Content-Type") == "application/json", body[:200]
    return json.loads(body)["error"]


def test_a_request_line_too_long_is_a_json_414(served):
    answer, body = _request(served, "GET", "/api/threads?q=" + "x" * 10_000)
    assert answer.status == 414
    assert _error(answer, body)["code"] == "uri_too_long"


@pytest.mark.parametrize(
    "headers",
    [
        [(f"X-Many-{n}", "1") for n in range(150)],  # more than gunicorn's 100 fields
        [("X-Large", "y" * 10_000)],  # one field past gunicorn's 8190 bytes
    ],
    ids=["too many", "too large"],
)
def test_headers_too_large_are_a_json_431(served, headers):
    answer, body = _request(served, "GET", "/healthz", headers)
    assert answer.status == 431
    assert _error(answer, body)["code"] == "headers_too_large"


def _chunks(body: bytes, size: int = 4096) -> bytes:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def test_an_oversize_chunked_body_is_refused_with_413(served):
    # Its first 16 KiB are valid JSON: cut there, it would have been accepted.
    body = b"{}" + b" " * 20_000 + b'"'
    answer, reply = _request(
        served,
        "DELETE",
        "/api/token",
        [("Transfer-Encoding", "chunked"), ("Content-Type", "application/json")],
        _chunks(body),
    )
    # The token is checked first (401) unless the body is refused before: it must be.
    assert answer.status == 413, reply
    assert _error(answer, reply)["code"] == "payload_too_large"
