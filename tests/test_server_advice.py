"""Advice depends on the clock: the list re-evaluates expired advice at request time.

Only the clock moves (time-machine); the stored rows stay as the worker left them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
import time_machine

from afterview.policy import advise
from storage.models import ThreadRecord
from storage.repository import advice_columns
from tests.server_builders import a_signed_in_user, add_thread, interview_facts, thread_columns
from tests.storage_builders import NOW

INTERVIEW = NOW  # Wednesday 25 November 2026, 12:00-13:00 UTC
ADVISED_AT = INTERVIEW - timedelta(days=1)


@pytest.fixture
def app(sqlite_db, make_server_app):
    return make_server_app(sqlite_db, RATELIMIT_ENABLED=False)


@pytest.fixture
def interview(app, sqlite_db):
    """A user with one upcoming interview, advised (as the worker does) the day before."""
    user = a_signed_in_user(sqlite_db, app.extensions["afterview.secrets"])
    facts = interview_facts(company="Acme", start=INTERVIEW)
    stored = advise(facts, ADVISED_AT, app_policy())
    thread_id = add_thread(
        sqlite_db,
        user.account_id,
        **thread_columns(facts),
        **advice_columns(stored, ADVISED_AT),
    )
    return user, thread_id


def app_policy():
    from afterview.policy import STANDARD

    return STANDARD


def _shown(client, user):
    listing = client.get("/api/threads", headers=user.headers).json
    (thread,) = [thread for group in listing["groups"] for thread in group["threads"]]
    return thread


def test_advice_changes_as_the_clock_moves(app, sqlite_db, interview):
    user, thread_id = interview
    client = app.test_client()
    with time_machine.travel(ADVISED_AT, tick=False) as clock:
        shown = _shown(client, user)
        assert shown["action"] == "prepare"
        assert shown["stage"] == "scheduled"
        assert shown["until"] == INTERVIEW.isoformat()
        assert shown["day_only"] is False  # a stated hour: the popup shows it

        clock.move_to(INTERVIEW + timedelta(hours=2))
        shown = _shown(client, user)
        assert shown["action"] == "send_thank_you"
        assert shown["stage"] == "interviewed"  # the interview is over, as the clock says
        assert shown["due"] == (INTERVIEW + timedelta(hours=25)).isoformat()
        assert "thank-you is due" in shown["reason"]
        summary = client.get("/api/summary", headers=user.headers).json
        assert summary["actions_due"] == 1

        clock.move_to(INTERVIEW + timedelta(days=3))
        shown = _shown(client, user)
        assert shown["action"] == "wait"
        assert "silence is normal" in shown["reason"]

        clock.move_to(INTERVIEW + timedelta(days=16))
        shown = _shown(client, user)
        assert shown["action"] == "follow_up"
        assert shown["contact"] == "rita@acme.example"

        clock.move_to(INTERVIEW + timedelta(days=31))
        assert _shown(client, user)["action"] == "move_on"

    # Reading never writes: the stored advice is still the worker's.
    with sqlite_db.session() as session:
        assert session.get(ThreadRecord, thread_id).action == "prepare"


def test_settings_that_change_advice_take_effect_at_once(app, interview):
    user, _ = interview
    client = app.test_client()
    with time_machine.travel(INTERVIEW + timedelta(days=16), tick=False):
        assert _shown(client, user)["action"] == "follow_up"
        changed = client.put("/api/settings", json={"policy": "conservative"}, headers=user.headers)
        assert changed.status_code == 200
        assert _shown(client, user)["action"] == "move_on"  # no follow-up, ever

    with time_machine.travel(ADVISED_AT, tick=False):
        client.put("/api/settings", json={"timezone": "Asia/Tokyo"}, headers=user.headers)
        # The interview at 12:00 UTC is at 21:00 in Tokyo.
        assert "21:00" in _shown(client, user)["reason"]


def test_settings_are_read_and_changed_with_the_policys_own_values(app, interview):
    user, _ = interview
    client = app.test_client()
    settings = client.get("/api/settings", headers=user.headers).json
    assert settings == {
        "timezone": "UTC",
        "country": None,
        "policy": "standard",
        "windows": {
            "thank_you_due": 24,
            "thank_you_lapses": 48,
            "decision_grace_business_days": 2,
            "default_wait_business_days": 10,
            "after_follow_up_business_days": 7,
            "give_up_days": 30,
            "applied_give_up_days": 30,
        },
        "weekly_summary": {"enabled": True, "day": "monday"},
    }
    changed = client.put(
        "/api/settings",
        json={
            "timezone": "Europe/Paris",
            "windows": {"default_wait_business_days": 15, "thank_you_due": 12},
            "weekly_summary": {"day": "friday", "enabled": False},
        },
        headers=user.headers,
    ).json
    assert changed["timezone"] == "Europe/Paris"
    assert changed["windows"]["default_wait_business_days"] == 15
    assert changed["windows"]["thank_you_due"] == 12
    assert changed["weekly_summary"] == {"enabled": False, "day": "friday"}
    assert client.get("/api/settings", headers=user.headers).json == changed
    # null returns a window to the policy's default; the policy's own checks apply.
    reset = client.put(
        "/api/settings", json={"windows": {"thank_you_due": None}}, headers=user.headers
    ).json
    assert reset["windows"]["thank_you_due"] == 24
    clash = client.put(
        "/api/settings", json={"windows": {"thank_you_lapses": 12}}, headers=user.headers
    )
    assert clash.status_code == 422
    assert clash.json["error"]["field"] == "windows.thank_you_lapses"


def test_the_users_country_moves_the_wait_past_its_public_holidays(app, interview):
    # Ten business days after Wednesday 25 November 2026 end on Wednesday 9 December; in the
    # US, Thanksgiving (Thursday 26 November) does not count, so the wait runs a day longer.
    user, _ = interview
    client = app.test_client()
    with time_machine.travel(INTERVIEW + timedelta(days=14, hours=2), tick=False):
        assert _shown(client, user)["action"] == "follow_up"

        changed = client.put("/api/settings", json={"country": "US"}, headers=user.headers)
        assert changed.status_code == 200
        assert changed.json["country"] == "US"
        assert client.get("/api/settings", headers=user.headers).json["country"] == "US"
        shown = _shown(client, user)
        assert shown["action"] == "wait"
        assert "give them until Thursday 10 December before checking in" in shown["reason"]

        back = client.put("/api/settings", json={"country": None}, headers=user.headers)
        assert back.json["country"] is None
        assert _shown(client, user)["action"] == "follow_up"


def test_an_interview_known_by_its_day_is_shown_by_its_day(app, sqlite_db):
    """A day with no clock time stated is placed in working hours (09:00-17:00): the list
    says so (`day_only`), before the day and after it, so the popup names no hour."""
    user = a_signed_in_user(sqlite_db, app.extensions["afterview.secrets"])
    day_start = INTERVIEW.replace(hour=9)  # the stand-in hours of Wednesday 25 November
    facts = replace(
        interview_facts(company="Acme", start=day_start),
        interview_end=day_start.replace(hour=17),
        interview_time_inferred=True,
    )
    stored = advise(facts, ADVISED_AT, app_policy())
    add_thread(
        sqlite_db, user.account_id, **thread_columns(facts), **advice_columns(stored, ADVISED_AT)
    )
    client = app.test_client()
    with time_machine.travel(ADVISED_AT, tick=False) as clock:
        shown = _shown(client, user)
        assert (shown["action"], shown["day_only"]) == ("prepare", True)
        assert "09:00" not in shown["reason"]

        clock.move_to(day_start.replace(hour=18))  # re-evaluated at request time
        shown = _shown(client, user)
        assert (shown["action"], shown["day_only"]) == ("send_thank_you", True)
