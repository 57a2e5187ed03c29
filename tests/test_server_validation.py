"""Bad input gets a clear JSON error naming the field, and changes nothing."""

from __future__ import annotations

import io

import pytest

from storage.models import Feedback
from tests.server_builders import a_signed_in_user


@pytest.fixture
def user(server_app, sqlite_db):
    return a_signed_in_user(sqlite_db, server_app.extensions["afterview.secrets"], threads=1)


def _snooze(client, user, **kwargs):
    return client.post(f"/api/threads/{user.thread_ids[0]}/snooze", headers=user.headers, **kwargs)


@pytest.mark.parametrize(
    ("body", "status", "field", "says"),
    [
        ({}, 422, "until", "until: required"),
        ({"until": 5}, 422, "until", "until: must be a string, not an integer"),
        ({"until": None}, 422, "until", "until: must be a string, not null"),
        ({"until": "next friday"}, 422, "until", "not a date and time with an offset"),
        ({"until": "2026-13-45T25:00:00Z"}, 422, "until", "not a date and time"),
        ({"until": "2026-12-01T09:00:00"}, 422, "until", "with an offset"),  # naive
        ({"until": "2026-12-01"}, 422, "until", "not a date and time"),
        # Offsets that carry the moment past year 9999 or before year 1 (were a 500).
        ({"until": "9999-12-31T23:59:59-23:59"}, 422, "until", "not a date and time"),
        ({"until": "0001-01-01T00:00:00+23:59"}, 422, "until", "not a date and time"),
        ({"until": "2027-01-01T00:00:00\u0000Z"}, 422, "until", "not a date and time"),
        ({"until": "2030-01-01T00:00:00Z", "colour": "red"}, 422, "colour", "unknown field"),
    ],
)
def test_snooze_bodies_are_checked_field_by_field(client, user, body, status, field, says):
    response = _snooze(client, user, json=body)
    assert response.status_code == status
    error = response.json["error"]
    assert error["code"] == "validation_error"
    assert error["field"] == field
    assert says in error["message"]


@pytest.mark.parametrize(
    ("data", "content_type", "status", "says"),
    [
        ("{not json", "application/json", 400, "not valid JSON"),
        ('["a", "list"]', "application/json", 400, "must be a JSON object"),
        ('{"until": NaN}', "application/json", 400, "not valid JSON"),
        (b"\xff\xfe", "application/json", 400, "not valid JSON"),
        ('{"until": "2030-01-01T00:00:00Z"}', "text/plain", 415, "application/json"),
        ("[" * 10_000 + "]" * 10_000, "application/json", 413, "too large"),
    ],
    ids=["broken", "not an object", "NaN", "not UTF-8", "not JSON", "deep and large"],
)
def test_malformed_bodies_are_refused(client, user, data, content_type, status, says):
    response = _snooze(client, user, data=data, content_type=content_type)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert says in response.json["error"]["message"]


def test_an_oversize_body_is_refused_before_it_is_read(client, user, sqlite_db):
    response = _snooze(client, user, json={"until": "2030-01-01T00:00:00Z", "pad": "x" * 20_000})
    assert response.status_code == 413
    assert response.json["error"]["code"] == "payload_too_large"
    with sqlite_db.session() as session:
        assert session.query(Feedback).count() == 0  # nothing was stored


@pytest.mark.parametrize(
    ("body", "field", "says"),
    [
        ({"timezone": "Mars/Olympus"}, "timezone", "unknown time zone"),
        # Folders of the zone database, not zones (were a 500 IsADirectoryError).
        ({"timezone": "Europe"}, "timezone", "unknown time zone 'Europe'"),
        ({"timezone": "America"}, "timezone", "unknown time zone 'America'"),
        ({"timezone": "Etc"}, "timezone", "unknown time zone 'Etc'"),
        ({"timezone": ""}, "timezone", "at least 1 characters"),
        ({"country": "XX"}, "country", "country: unknown country 'XX'"),
        ({"country": "us"}, "country", "country: unknown country 'us'"),
        ({"country": "USA"}, "country", "at most 2 characters"),
        ({"country": 1}, "country", "must be a string or null"),
        ({"policy": "reckless"}, "policy", 'one of "standard", "conservative"'),
        ({"windows": {"give_up_days": 0}}, "windows.give_up_days", "at least 1"),
        ({"windows": {"give_up_days": "ten"}}, "windows.give_up_days", "integer or null"),
        ({"windows": {"give_up_days": 1.5}}, "windows.give_up_days", "integer or null"),
        ({"windows": {"give_up_days": True}}, "windows.give_up_days", "not true or false"),
        ({"windows": {"patience": 3}}, "windows.patience", "unknown field"),
        ({"windows": []}, "windows", "must be an object"),
        ({"weekly_summary": {"day": "caturday"}}, "weekly_summary.day", "one of"),
        ({"weekly_summary": {"enabled": "yes"}}, "weekly_summary.enabled", "true or false"),
        ({"theme": "dark"}, "theme", "unknown field"),
    ],
)
def test_settings_changes_are_checked_field_by_field(client, user, body, field, says):
    before = client.get("/api/settings", headers=user.headers).json
    response = client.put("/api/settings", json=body, headers=user.headers)
    assert response.status_code == 422
    assert response.json["error"]["field"] == field
    assert says in response.json["error"]["message"]
    assert client.get("/api/settings", headers=user.headers).json == before


def test_a_draft_kind_must_be_known(client, user):
    response = client.post(
        f"/api/threads/{user.thread_ids[0]}/draft",
        json={"kind": "apology"},
        headers=user.headers,
    )
    assert response.status_code == 422
    assert response.json["error"]["field"] == "kind"


def test_routes_without_a_body_refuse_one_with_fields(client, user):
    response = client.post(
        f"/api/threads/{user.thread_ids[0]}/dismiss", json={"forever": True}, headers=user.headers
    )
    assert response.status_code == 422
    assert response.json["error"]["field"] == "forever"


def _chunked(client, user, body: bytes):
    """As gunicorn hands over a `Transfer-Encoding: chunked` body: no Content-Length, and
    `wsgi.input_terminated` set (the server ends the stream where the body ends)."""
    return client.post(
        f"/api/threads/{user.thread_ids[0]}/dismiss",
        headers={**user.headers, "Transfer-Encoding": "chunked"},
        content_type="application/json",
        input_stream=io.BytesIO(body),
        environ_overrides={"wsgi.input_terminated": True},
    )


def test_an_oversize_chunked_body_is_refused_not_cut(client, user, sqlite_db):
    # Its first 16 KiB are a valid request: Werkzeug used to stop there and accept them.
    response = _chunked(client, user, b"{}" + b" " * 20_000 + b'"')
    assert response.status_code == 413, response.json
    assert response.json["error"]["code"] == "payload_too_large"
    with sqlite_db.session() as session:
        assert session.query(Feedback).count() == 0  # nothing was stored


def test_a_chunked_body_within_the_limit_is_read_whole(client, user):
    response = _chunked(client, user, b"{}" + b" " * 16_000)
    assert response.status_code == 200, response.json
    assert response.json["feedback"] == "dismissed"


def test_a_number_too_large_for_a_double_is_refused_as_json(client, user):
    response = _snooze(client, user, data='{"until": 1e999}', content_type="application/json")
    assert response.status_code == 400
    assert "1e999 is too large a number" in response.json["error"]["message"]


def test_a_nested_field_is_named_by_its_path(client, user):
    response = client.put(
        "/api/settings", json={"windows": {"give_up_days": 367}}, headers=user.headers
    )
    assert response.status_code == 422
    assert response.json["error"] == {
        "code": "validation_error",
        "message": "windows.give_up_days: must be at most 366",
        "field": "windows.give_up_days",
    }
