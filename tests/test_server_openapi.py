"""The OpenAPI document matches the routes, and the API keeps to it under schemathesis."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings

from server.openapi import OPERATIONS
from tests.server_builders import a_signed_in_user


def _flask_rules(app):
    rules = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            rules.add((method.lower(), path))
    return rules


def test_the_document_names_exactly_the_apps_routes(server_app):
    documented = {(op.method, op.path) for op in OPERATIONS}
    assert documented == _flask_rules(server_app)


def test_the_document_is_served_without_a_token(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json
    assert document["openapi"] == "3.1.0"
    snooze = document["paths"]["/api/threads/{thread_id}/snooze"]["post"]
    body = snooze["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["until"] and body["additionalProperties"] is False
    assert snooze["security"] == [{"bearerAuth": []}]
    assert {"401", "404", "422", "429"} <= set(snooze["responses"])


def test_the_country_setting_is_documented_both_ways(client):
    settings_path = client.get("/api/openapi.json").json["paths"]["/api/settings"]
    request = settings_path["put"]["requestBody"]["content"]["application/json"]["schema"]
    answer = settings_path["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    for schema in (request, answer):
        country = schema["properties"]["country"]
        assert country["type"] == ["string", "null"]
        assert "public holidays" in country["description"]
    assert "country" in answer["required"]


def test_the_sync_progress_the_popup_reads_is_documented(client):
    sync = client.get("/api/openapi.json").json["paths"]["/api/sync"]["get"]
    answer = sync["responses"]["200"]["content"]["application/json"]["schema"]
    account = answer["properties"]["accounts"]["items"]
    assert {"phase", "phase_text", "progress"} <= set(account["required"])
    assert account["properties"]["phase_text"]["type"] == ["string", "null"]
    progress = account["properties"]["progress"]
    assert set(progress["required"]) == {"done", "total", "seconds_left"}
    assert progress["properties"]["seconds_left"]["type"] == ["integer", "null"]
    assert "quota" in progress["properties"]["seconds_left"]["description"]


# One schemathesis pass over every operation but those that end the run's user or token
# (tested on their own in test_server_signin.py and test_server_auth.py). Schemathesis
# leaves out the document's own path.
LEFT_OUT = {"DELETE /api/account", "DELETE /api/token", "GET /api/openapi.json"}
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
)


@pytest.fixture
def schema_under_test(db, make_server_app, gmail_sandbox):
    """The whole document against the app on SQLite and on PostgreSQL (`db`)."""
    import schemathesis

    app = make_server_app(db, GOOGLE_OAUTH_SERVER=gmail_sandbox.url)
    user = a_signed_in_user(db, app.extensions["afterview.secrets"], threads=3)
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    return schema, user


def test_the_api_keeps_to_its_document(schema_under_test):
    import schemathesis.checks

    schema, user = schema_under_test
    checks = [getattr(schemathesis.checks, name) for name in CHECKS]
    operations = [
        result.ok() for result in schema.get_all_operations() if result.ok().label not in LEFT_OUT
    ]
    every = {f"{op.method.upper()} {op.path}" for op in OPERATIONS}
    assert {operation.label for operation in operations} == every - LEFT_OUT
    statuses = defaultdict(set)
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def keeps_to_the_document(case):
            # Schemathesis makes up bearer tokens from the security scheme: use a real one.
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {user.token}"}
            response = case.call_and_validate(checks=checks)
            statuses[case.operation.label].add(response.status_code)

        keeps_to_the_document()
    # The run got past authentication: every API operation answered something but 401.
    for label, seen in statuses.items():
        if label.split()[1].startswith("/api/"):
            assert seen - {401}, label
