"""Quota units and limits as Google enforces them, and seeded, reproducible faults."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime

import pytest
import requests
from googleapiclient.errors import HttpError

from gmail.quota import GOOGLE_2023
from gmail_sandbox.errors import GoogleError
from gmail_sandbox.quota import QuotaMeter, QuotaSettings
from gmail_sandbox.serve import running_sandbox
from tests.sandbox_mail import ME, b64, from_me, from_recruiter

STOPPED_CLOCK = datetime(2025, 3, 10, tzinfo=UTC).timestamp


def status_of(call) -> int:
    try:
        call.execute(num_retries=0)
    except HttpError as error:
        return error.status_code
    return 200


def test_exhausting_the_per_user_units_gives_googles_429_with_retry_after():
    with running_sandbox(
        quota_table="google-2023", units_per_second=10, clock=STOPPED_CLOCK
    ) as running:
        profile = running.gmail().users().getProfile(userId="me")  # 1 unit each
        for _ in range(10):
            profile.execute()
        with pytest.raises(HttpError) as limited:
            profile.execute()
        assert limited.value.status_code == 429
        assert limited.value.resp["retry-after"] == "1"
        error = json.loads(limited.value.content)["error"]
        assert error["status"] == "RESOURCE_EXHAUSTED"
        assert error["errors"][0]["reason"] == "rateLimitExceeded"
        assert error["errors"][0]["domain"] == "usageLimits"
        assert error["message"].startswith("User-rate limit exceeded.  Retry after 2025-03-10T")


def test_the_window_moves_with_the_clock():
    now = [1_000_000.0]
    with running_sandbox(
        quota_table="google-2023", units_per_second=10, clock=lambda: now[0]
    ) as running:
        profile = running.gmail().users().getProfile(userId="me")
        for _ in range(10):
            profile.execute()
        assert status_of(profile) == 429
        now[0] += 1.0  # a second later the window has room again
        assert status_of(profile) == 200


def test_the_403_variant_is_selectable():
    with running_sandbox(
        quota_table="google-2023", units_per_second=1, over_limit_status=403, clock=STOPPED_CLOCK
    ) as r:
        profile = r.gmail().users().getProfile(userId="me")
        profile.execute()
        with pytest.raises(HttpError) as limited:
            profile.execute()
        assert limited.value.status_code == 403
        error = json.loads(limited.value.content)["error"]
        assert error["errors"][0]["reason"] == "userRateLimitExceeded"


def test_by_default_the_window_is_the_2026_minute():
    """What projects created after May 2026 get: 6,000 units a minute, so a burst of a
    minute's units is served, and the room comes back only as they leave the minute."""
    now = [1_000_000.0]
    with running_sandbox(clock=lambda: now[0]) as running:
        assert running.sandbox.quota.settings.table.name == "google-2026"
        profile = running.gmail().users().getProfile(userId="me")  # 1 unit each
        running.sandbox.quota.settings.units_per_second = 0.1  # 6 units a minute
        for _ in range(6):
            profile.execute()
        assert status_of(profile) == 429
        now[0] += 30.0
        assert status_of(profile) == 429
        now[0] += 30.0
        assert status_of(profile) == 200


def test_costs_follow_the_named_table():
    with running_sandbox(units_per_second=None, quota_table="google-2026") as running:
        stored = running.sandbox.deliver(from_recruiter())
        messages = running.gmail().users().messages()
        messages.list(userId="me").execute()
        messages.get(userId="me", id=stored.id).execute()
        messages.send(userId="me", body={"raw": b64(from_me("Hello"))}).execute()
        usage = requests.get(running.url + "/_admin/usage").json()["users"]["me@example.com"]
        assert usage["unitsSpent"] == 5 + 20 + 100
        assert usage["calls"] == {"gmail.users.messages.get": 1, "gmail.users.messages.list": 1,
                                  "gmail.users.messages.send": 1}  # fmt: skip


def test_concurrent_requests_beyond_the_limit_are_refused():
    with running_sandbox(
        units_per_second=None,
        max_concurrent=1,
        fault_rate=1.0,
        fault_mix={"latency": 1},
        fault_latency=0.5,
    ) as running:
        url = running.url + "/gmail/v1/users/me/profile"
        headers = {"Authorization": f"Bearer {running.token_for()}"}
        slow = threading.Thread(target=requests.get, args=(url,), kwargs={"headers": headers})
        slow.start()
        deadline = time.monotonic() + 5
        while not running.sandbox.usage()["users"] and time.monotonic() < deadline:
            time.sleep(0.005)  # polling for the first call to hold its slot
        second = requests.get(url, headers=headers)
        slow.join()
        assert second.status_code == 429
        assert second.json()["error"]["message"] == "Too many concurrent requests for user."


def fault_sequence(running, calls: int = 40) -> list[int]:
    profile = running.gmail().users().getProfile(userId="me")
    return [status_of(profile) for _ in range(calls)]


def test_the_same_seed_gives_the_same_failures():
    mix = {"500": 1, "503": 1, "429": 1}
    with running_sandbox(units_per_second=None, fault_rate=0.3, fault_seed=42, fault_mix=mix) as r:
        first = fault_sequence(r)
        assert requests.post(r.url + "/_admin/usage/reset").ok  # restart the sequence
        second = fault_sequence(r)
    with running_sandbox(units_per_second=None, fault_rate=0.3, fault_seed=43, fault_mix=mix) as r:
        other_seed = fault_sequence(r)
    assert first == second
    assert first != other_seed
    assert {500, 503, 429} <= set(first) and 5 <= sum(s != 200 for s in first) <= 20


def test_a_dropped_connection_sends_no_response():
    with running_sandbox(units_per_second=None, fault_rate=1.0, fault_mix={"drop": 1}) as r:
        with pytest.raises(requests.ConnectionError):
            requests.get(r.url + "/gmail/v1/users/me/profile",
                         headers={"Authorization": f"Bearer {r.token_for()}"})  # fmt: skip
        log = requests.get(r.url + "/_admin/faults").json()["injected"]
        assert [fault["kind"] for fault in log] == ["drop"]
        assert log[0]["method"] == "gmail.users.getProfile"


def test_quota_and_faults_change_at_run_time(gmail_sandbox):
    changes = {"quota": {"unitsPerSecond": 2}, "faults": {"rate": 0}}
    config = requests.patch(gmail_sandbox.url + "/_admin/config", json=changes)
    assert config.json()["quota"]["unitsPerSecond"] == 2
    bad = requests.patch(gmail_sandbox.url + "/_admin/config", json={"faults": {"rate": 7}})
    assert bad.status_code == 400 and "between 0 and 1" in bad.json()["error"]["message"]
    assert requests.get(gmail_sandbox.url + "/_admin/config").json()["faults"]["rate"] == 0


# ---- a batch's parts count when the batch arrives -----------------------------------------
# Google unpacks a batch and serves its parts side by side; the sandbox answers them one
# after another, so on a busy machine the last part of a batch is answered long after the
# batch came. Each part counts at the batch's arrival, as at Google, not when the sandbox
# got round to it.


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def meter_at_250(clock: Clock) -> QuotaMeter:
    return QuotaMeter(QuotaSettings(GOOGLE_2023, 250.0), clock)


def charged(meter: QuotaMeter, method: str, at: float | None = None) -> bool:
    try:
        meter.charge(ME, "gmail.users." + method, at=at)
    except GoogleError as error:
        assert error.code == 429
        return False
    return True


def test_a_batch_answered_slowly_counts_where_it_arrived():
    clock = Clock()
    meter = meter_at_250(clock)
    first = clock.now
    for _ in range(25):  # 250 units: the whole second's room, answered over 0.96 s
        assert charged(meter, "threads.get", at=first)
        clock.now += 0.04
    clock.now = second = first + 1.01  # the first batch has left the window
    assert all(charged(meter, "threads.get", at=second) for _ in range(25))
    assert meter.usage()[ME]["unitsSpent"] == 500


def test_a_batch_arriving_inside_a_full_window_is_still_refused():
    clock = Clock()
    meter = meter_at_250(clock)
    first = clock.now
    assert all(charged(meter, "threads.get", at=first) for _ in range(25))
    clock.now = second = first + 0.5
    assert not charged(meter, "threads.get", at=second)
    assert meter.usage()[ME]["rejected"] == {"rateLimit": 1}


def test_a_part_counted_late_must_fit_every_window_it_falls_in():
    clock = Clock()
    meter = meter_at_250(clock)
    start = clock.now
    clock.now = start + 0.9
    assert charged(meter, "messages.send") and charged(meter, "messages.send")  # 200
    assert all(charged(meter, "threads.get") for _ in range(4))  # 240 at start + 0.9
    clock.now = start + 0.95
    # A part of a batch that came at start + 0.5: alone in the second before it, but the
    # second ending at start + 0.9 would hold 260.
    assert not charged(meter, "threads.delete", at=start + 0.5)
    assert charged(meter, "threads.get", at=start + 0.5)  # 250: room for exactly this
