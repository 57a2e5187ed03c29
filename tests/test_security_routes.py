"""Every route of the app is refused without a token, with a bad or revoked one, and with
another user's token it reaches nothing of theirs. The routes come from the Flask app's own
url_map, so a route added tomorrow is covered the day it lands; only the public ones below
are let through, each for a stated reason."""

from __future__ import annotations

import json
from datetime import timedelta
from types import SimpleNamespace

import pytest
import time_machine

from server import create_app
from storage.api_tokens import revoke_api_token
from storage.models import DraftRequest, Feedback, ThreadRecord, User
from tests.conftest import server_config
from tests.server_builders import a_signed_in_user
from tests.storage_builders import NOW

# Routes anyone may call, and why. An entry for a route the app does not have (yet) is
# allowed only where said: `POST /hooks/gmail` is being added on another branch.
PUBLIC = {
    ("GET", "/healthz"): "liveness probe: answers `ok` and nothing else",
    ("GET", "/readyz"): "readiness probe: says which dependency is down, nothing of a user",
    ("GET", "/api/openapi.json"): "the API's published description",
    ("GET", "/auth/google/start"): "sign-in begins here, before there is any token",
    ("GET", "/auth/google/callback"): "Google's redirect back; checked by state and PKCE",
    ("POST", "/hooks/gmail"): "Gmail push notifications, authenticated by Google's signed JWT",
}
NOT_YET_ROUTED = {("POST", "/hooks/gmail")}
# Routes authenticated by the signed token in a weekly summary's link, not by a bearer
# token: without a token of that kind they answer 404, the same as for a wrong one.
LINK_TOKEN = {("GET", "/summary/settings"), ("POST", "/summary/settings")}


def _app_routes() -> list[tuple[str, str, str]]:
    """(method, rule, endpoint) for every route; building the app does no I/O."""
    app = create_app(server_config(SimpleNamespace(url="sqlite://")))
    return sorted(
        (method, rule.rule, rule.endpoint)
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "static"
        for method in rule.methods - {"HEAD", "OPTIONS"}
    )


ROUTES = _app_routes()
PROTECTED = [route for route in ROUTES if route[:2] not in PUBLIC and route[:2] not in LINK_TOKEN]
IN_A_MONTH = (NOW + timedelta(days=30)).isoformat()
# A valid body where a route needs one, so that only the token can be the reason to refuse.
BODIES = {
    ("POST", "/api/threads/<int:thread_id>/snooze"): {"until": IN_A_MONTH},
    ("PUT", "/api/settings"): {"timezone": "Asia/Tokyo", "country": "JP"},
    ("POST", "/api/threads/<int:thread_id>/draft"): {"kind": "thank_you"},
}
BAD_CREDENTIALS = {
    "no token": {},
    "wrong token": {"Authorization": "Bearer afv_not-a-token-we-issued"},
    "not bearer": {"Authorization": "Basic dXNlcjpwYXNz"},
    "empty bearer": {"Authorization": "Bearer "},
    "oversize token": {"Authorization": "Bearer " + "x" * 5000},
}


def _ids(route) -> str:
    return f"{route[0]} {route[1]}"


def _call(client, route, thread_id: int, headers: dict[str, str]):
    method, rule, endpoint = route
    url_map = client.application.url_map
    arguments = {}
    for name in next(url_map.iter_rules(endpoint)).arguments:
        if name != "thread_id":
            pytest.fail(f"{rule}: teach this test a value for <{name}> (someone else's)")
        arguments[name] = thread_id
    path = url_map.bind("localhost").build(endpoint, arguments, method=method)
    body = BODIES.get((method, rule), {} if method in {"POST", "PUT", "PATCH"} else None)
    return client.open(path, method=method, json=body, headers=headers)


ALICES_SUBJECT = "Alice's private interview at Initech"


@pytest.fixture
def two_users(server_app, sqlite_db):
    """Alice (whose data is the target) and Bob, at the pinned `NOW`: what a route answers
    about Alice must not move between two looks at it."""
    with time_machine.travel(NOW, tick=False):
        yield _two_users(server_app, sqlite_db)


def _two_users(server_app, sqlite_db):
    box = server_app.extensions["afterview.secrets"]
    alice = a_signed_in_user(sqlite_db, box, threads=2, email="alice.private@example.org")
    bob = a_signed_in_user(sqlite_db, box, threads=1, email="bob@example.net")
    with sqlite_db.session() as session:
        for thread_id in alice.thread_ids:
            thread = session.get(ThreadRecord, thread_id)
            thread.subject = ALICES_SUBJECT
    return alice, bob


def test_the_allow_list_names_only_routes_the_app_has():
    routed = {route[:2] for route in ROUTES}
    assert set(PUBLIC) - NOT_YET_ROUTED <= routed
    assert LINK_TOKEN <= routed
    assert PROTECTED, "no protected route found: is the url_map read?"


@pytest.mark.parametrize("route", PROTECTED, ids=_ids)
def test_every_route_is_refused_without_a_valid_token(client, two_users, route):
    for case, headers in BAD_CREDENTIALS.items():
        response = _call(client, route, two_users[0].thread_ids[0], headers)
        assert response.status_code == 401, case
        assert response.json["error"]["code"] == "unauthorized", case
        assert response.headers["WWW-Authenticate"].startswith("Bearer"), case


@pytest.mark.parametrize("route", PROTECTED, ids=_ids)
def test_a_revoked_token_is_refused_everywhere(client, sqlite_db, two_users, route):
    alice, _ = two_users
    with sqlite_db.session() as session:
        assert revoke_api_token(session, alice.token)
    response = _call(client, route, alice.thread_ids[0], alice.headers)
    assert response.status_code == 401
    assert "revoked" in response.json["error"]["message"]


def _what_alice_has(client, sqlite_db, alice) -> dict:
    """Everything of Alice's a route could read or change, as she sees it."""
    seen = {
        path: client.get(path, headers=alice.headers).json
        for path in ("/api/threads", "/api/settings", "/api/sync", "/api/summary")
    }
    with sqlite_db.session() as session:
        seen["drafts"] = session.query(DraftRequest).filter_by(user_id=alice.user_id).count()
        seen["feedback"] = session.query(Feedback).filter_by(user_id=alice.user_id).count()
        seen["user"] = session.get(User, alice.user_id) is not None
    return seen


@pytest.mark.parametrize("route", PROTECTED, ids=_ids)
def test_another_users_token_reaches_nothing_of_theirs(client, sqlite_db, two_users, route):
    alice, bob = two_users
    before = _what_alice_has(client, sqlite_db, alice)
    assert ALICES_SUBJECT in json.dumps(before["/api/threads"]), "Alice has threads to protect"

    response = _call(client, route, alice.thread_ids[0], bob.headers)

    assert response.status_code != 401  # Bob's token is good: only Alice's data is refused
    if "<int:thread_id>" in route[1]:
        assert response.status_code == 404
    shown = response.get_data(as_text=True)
    for private in (alice.email, ALICES_SUBJECT):
        assert private not in shown
    assert _what_alice_has(client, sqlite_db, alice) == before


THREAD_ROUTES = [route for route in PROTECTED if "<int:thread_id>" in route[1]]


@pytest.mark.parametrize("route", THREAD_ROUTES, ids=_ids)
def test_another_users_thread_is_not_found_like_a_missing_one(client, two_users, route):
    alice, bob = two_users
    theirs = _call(client, route, bob.thread_ids[0], alice.headers)
    missing = _call(client, route, 999_999, alice.headers)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json["error"]["code"] == missing.json["error"]["code"] == "not_found"
    # Nothing tells "exists but not yours" from "does not exist" (the message names the id).
    assert theirs.json["error"]["message"].replace(str(bob.thread_ids[0]), "N") == missing.json[
        "error"
    ]["message"].replace("999999", "N")


@pytest.mark.parametrize("route", sorted(LINK_TOKEN), ids=_ids)
def test_summary_link_routes_need_the_links_own_token(client, two_users, route):
    alice, bob = two_users
    method, path = route
    for query in ("", "?token=", f"?token={bob.token}", f"?token={alice.token}"):
        response = client.open(path + query, method=method, headers=bob.headers)
        assert response.status_code == 404, query
        assert alice.email not in response.get_data(as_text=True)
    assert client.get("/api/settings", headers=alice.headers).json["weekly_summary"]["enabled"]
