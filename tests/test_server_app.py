"""The app factory, health checks, error shape, secure headers, CORS and `afterview serve`."""

from __future__ import annotations

import http.client
import subprocess
import time

import pytest

from server import create_app
from tests.conftest import EXTENSION_ID, ROOT, afterview_command

ORIGIN = f"chrome-extension://{EXTENSION_ID}"
OTHER_ORIGIN = "chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba"


def test_creating_the_app_opens_no_connection(tmp_path):
    started = time.monotonic()
    app = create_app(
        {
            # Nothing answers at either address: creation must not notice.
            "DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:9/none",
            "REDIS_URL": "redis://127.0.0.1:9/0",
        }
    )
    assert time.monotonic() - started < 1
    assert app.extensions["afterview.db"].engine.pool.checkedout() == 0
    # ...and yet the app works for what needs neither.
    assert app.test_client().get("/healthz").json == {"status": "ok"}


def test_configuration_layers_defaults_environment_then_mapping(monkeypatch):
    monkeypatch.setenv("AFTERVIEW_QUEUE_PREFIX", "from-environment")
    monkeypatch.setenv("AFTERVIEW_EXTENSION_IDS", '["aaaabbbbccccddddaaaabbbbccccdddd"]')
    monkeypatch.setenv("AFTERVIEW_MAX_CONTENT_LENGTH", "2048")
    app = create_app({"MAX_CONTENT_LENGTH": 4096})
    assert app.config["QUEUE_PREFIX"] == "from-environment"
    assert app.config["EXTENSION_IDS"] == ["aaaabbbbccccddddaaaabbbbccccdddd"]
    assert app.config["MAX_CONTENT_LENGTH"] == 4096  # the mapping wins
    assert app.config["RATELIMIT_SIGNIN"] == "20 per minute"  # a default


def test_the_sandbox_base_url_sets_every_google_endpoint():
    app = create_app({"GOOGLE_OAUTH_SERVER": "http://127.0.0.1:8025/"})
    assert app.config["GOOGLE_TOKEN_URI"] == "http://127.0.0.1:8025/token"
    assert app.config["GOOGLE_AUTH_URI"] == "http://127.0.0.1:8025/o/oauth2/auth"
    assert app.config["GOOGLE_REVOKE_URI"] == "http://127.0.0.1:8025/revoke"
    assert create_app().config["GOOGLE_TOKEN_URI"] == "https://oauth2.googleapis.com/token"


def test_ready_when_database_and_redis_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json == {
        "status": "ready",
        "checks": {"database": "ok", "redis": "ok", "encryption_key": "ok"},
    }


def test_not_ready_names_what_is_down(sqlite_db, make_server_app):
    app = make_server_app(sqlite_db, REDIS_URL="redis://127.0.0.1:9/0")
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["database"] == "ok"
    assert response.json["checks"]["redis"].startswith("unavailable")


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("get", "/nowhere", 404, "not_found"),
        ("get", "/api/nowhere", 404, "not_found"),
        ("post", "/healthz", 405, "method_not_allowed"),
        ("patch", "/api/settings", 405, "method_not_allowed"),
    ],
)
def test_errors_are_json_of_one_shape(client, method, path, status, code):
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert response.json["error"]["code"] == code
    assert response.json["error"]["message"]


def test_an_unexpected_failure_is_a_json_500_without_a_traceback(server_app, caplog):
    @server_app.get("/boom")
    def boom():
        raise RuntimeError("internal detail")

    server_app.config["PROPAGATE_EXCEPTIONS"] = False
    response = server_app.test_client().get("/boom")
    assert response.status_code == 500
    assert response.json == {
        "error": {
            "code": "internal_error",
            "message": "the server failed to answer; it has been logged",
        }
    }
    assert "internal detail" not in response.get_data(as_text=True)
    assert "RuntimeError" in caplog.text  # logged for us, not shown to the client


def test_responses_carry_secure_headers(client):
    response = client.get("/healthz")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
    secure = client.get("/healthz", base_url="https://afterview.example")
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


def _preflight(client, path, origin, method="GET"):
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )


def test_cors_preflight_from_the_extension_is_allowed(client):
    response = _preflight(client, "/api/threads/1/snooze", ORIGIN, "POST")
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "authorization" in response.headers["Access-Control-Allow-Headers"].lower()
    assert "Access-Control-Allow-Credentials" not in response.headers


def test_cors_preflight_from_another_origin_is_refused(client):
    for origin in (OTHER_ORIGIN, "https://evil.example"):
        response = _preflight(client, "/api/threads", origin)
        assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_applies_to_the_api_only(client):
    assert "Access-Control-Allow-Origin" not in _preflight(client, "/healthz", ORIGIN).headers
    assert (
        "Access-Control-Allow-Origin"
        not in _preflight(client, "/auth/google/start", ORIGIN).headers
    )
    # An actual (not preflight) API response names the origin too.
    response = client.get("/api/threads", headers={"Origin": ORIGIN})
    assert response.status_code == 401
    assert response.headers["Access-Control-Allow-Origin"] == ORIGIN


def test_serve_help_names_the_default_worker_count():
    from cli.serve import default_workers

    out = subprocess.run(
        afterview_command("serve", "--help"), cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0
    assert f"2 x cores + 1 = {default_workers()}" in out.stdout
    assert "--debug" in out.stdout


def test_serve_runs_the_app_under_gunicorn(serve_api):
    port, process = serve_api("--workers", "2")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/readyz")
        answer = connection.getresponse()
        body = answer.read()
    finally:
        connection.close()
    assert answer.status == 200, body
    assert b'"ready"' in body
    process.terminate()
    output, _ = process.communicate(timeout=15)
    assert "Booting worker" in output
    assert process.returncode == 0
