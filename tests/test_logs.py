"""Structured logs: a job's lines carry its job id and account id, a request's its request
id and user, every line parses as JSON, and a token planted in a log call (or in an
exception's message) comes out redacted, in either format."""

from __future__ import annotations

import io
import json
import logging
import urllib.error
import urllib.request

import pytest
import redis
import time_machine

from afterview_config import logs
from server.logs import REQUEST_ID_HEADER, request_fields
from tests.builders.workers import BurstWorker
from tests.server_builders import a_signed_in_user
from tests.sync_helpers import (
    FIXED_NOW,
    SYNC_REDIS_URL,
    connect,
    generated_sandbox,
    settings_env,
    settings_for,
)
from worker import queueing
from worker.logcontext import job_fields
from worker.queueing import Origin, Queues
from worker.runtime import reset_runtimes

PREFIX = "afterview-logs-test"
SECRETS = ("1//0gRefresh-Token", "ya29.a0Access-Token", "afv_ApiToken123", "4/0AbCodeXyz")


@pytest.fixture
def captured():
    """`captured(format)`: the process's logging set up as `afterview worker` sets it,
    into a buffer; the root logger as it was afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    buffers = []

    def start(log_format: str, *providers) -> io.StringIO:
        buffer = io.StringIO()
        logs.configure("INFO", log_format, providers=providers, stream=buffer)
        buffers.append(buffer)
        return buffer

    yield start
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])


def _lines(buffer: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in buffer.getvalue().splitlines() if line.strip()]


def test_a_jobs_log_lines_carry_its_job_id_and_account_id(db, captured, monkeypatch):
    connection = redis.Redis.from_url(SYNC_REDIS_URL)
    connection.flushdb()
    queues = Queues(connection, PREFIX)
    try:
        with generated_sandbox(5) as running:
            account_id = connect(running, db)
            settings = settings_for(running, db, queue_prefix=PREFIX)
            for name, value in settings_env(settings).items():
                monkeypatch.setenv(name, value)
            reset_runtimes()
            with db.session() as session:
                from storage.models import GmailAccount

                created = session.get(GmailAccount, account_id).created_at
            job = queueing.enqueue_sync(queues, account_id, created, origin=Origin.POLL)
            buffer = captured("json", job_fields)
            with time_machine.travel(FIXED_NOW, tick=True):
                BurstWorker(queues.in_order(), connection=connection).work(burst=True)
    finally:
        reset_runtimes()
        connection.flushdb()
        connection.close()

    lines = _lines(buffer)  # every line is one JSON object
    assert lines and all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    [done] = [line for line in lines if line["message"].startswith("full sync:")]
    assert (done["job_id"], done["account_id"]) == (job.id, account_id)
    assert done["logger"] == "worker.jobs" and done["level"] == "INFO"
    assert done["time"].startswith("2026-03-16T15:00")  # UTC, ISO 8601
    # Outside the job (the worker's own lines) no job id is made up.
    assert any("job_id" not in line for line in lines)


def test_a_draft_jobs_lines_name_its_account_too():
    """A draft's job knows its account only once it has read the request: it binds it."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logs.JsonFormatter())
    logger = logging.getLogger("afterview-test.draft")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with logs.bound(account_id=7, draft_request_id=3):
            logger.warning("writing the draft")
        logger.warning("after")
    finally:
        logger.removeHandler(handler)
    inside, after = _lines(buffer)
    assert (inside["account_id"], inside["draft_request_id"]) == (7, 3)
    assert "account_id" not in after


@pytest.mark.parametrize("log_format", ["json", "text"])
def test_a_token_planted_in_a_log_call_comes_out_redacted(captured, log_format):
    buffer = captured(log_format)
    log = logging.getLogger("worker.jobs")
    refresh, access, api, code = SECRETS
    log.warning("refreshing with %s got %s", refresh, access)
    log.warning("GET /auth/google/callback?state=s3cr3t&code=%s", code)
    log.warning("Authorization: Bearer %s", api)
    try:
        raise RuntimeError(f"token endpoint refused refresh_token={refresh}")
    except RuntimeError:
        log.exception("the refresh failed")

    text = buffer.getvalue()
    for secret in (*SECRETS, "s3cr3t", "0gRefresh"):
        assert secret not in text, secret
    assert "1//[redacted]" in text and "Bearer [redacted]" in text
    if log_format == "json":
        lines = _lines(buffer)
        assert len(lines) == 4
        assert "RuntimeError" in lines[-1]["exception"]


def test_a_requests_log_lines_carry_its_request_id_and_user(sqlite_db, make_server_app, captured):
    from server.auth import authenticate
    from server.logs import log

    app = make_server_app(sqlite_db)

    def noisy():
        authenticate()
        log.warning("something worth a look")
        return {"ok": True}

    app.add_url_rule("/api/test-noisy", "test_noisy", noisy)
    alice = a_signed_in_user(sqlite_db, app.extensions["afterview.secrets"])
    buffer = captured("json", request_fields)

    answer = app.test_client().get("/api/test-noisy", headers=alice.headers)

    [line] = [item for item in _lines(buffer) if item["message"] == "something worth a look"]
    assert line["request_id"] == answer.headers[REQUEST_ID_HEADER]
    assert line["user_id"] == alice.user_id
    # A proxy's request id is kept; a client's junk is not written into the logs.
    given = app.test_client().get("/readyz", headers={REQUEST_ID_HEADER: "caddy-1234abcd"})
    assert given.headers[REQUEST_ID_HEADER] == "caddy-1234abcd"
    junk = app.test_client().get("/readyz", headers={REQUEST_ID_HEADER: "<script>x</script>"})
    assert junk.headers[REQUEST_ID_HEADER] != "<script>x</script>"


def test_the_api_under_gunicorn_logs_json_with_secrets_redacted(serve_api):
    port, process = serve_api(
        "--workers", "1", "--access-log", AFTERVIEW_LOG_FORMAT="json", AFTERVIEW_LOG_LEVEL="INFO"
    )
    refresh, access, api, code = SECRETS
    with urllib.request.urlopen(
        f"http://127.0.0.1:{port}/readyz?code={code}&state=s3cr3t", timeout=10
    ) as answer:
        assert answer.status == 200
    refused = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/threads", headers={"Authorization": f"Bearer {api}"}
    )
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(refused, timeout=10)
    process.terminate()
    output = process.communicate(timeout=15)[0]

    lines = [json.loads(line) for line in output.splitlines() if line.strip()]
    loggers = {line["logger"] for line in lines}
    assert {"gunicorn.error", "gunicorn.access"} <= loggers, loggers
    assert any("/readyz?code=[redacted]" in line["message"] for line in lines)
    for secret in (code, "s3cr3t", api):
        assert secret not in output
