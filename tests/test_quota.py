"""The Redis quota limiter: one budget per account, however many processes share it.

Real Redis on database 13 (flushed around each test); the cross-process test starts two
real processes that know nothing of each other but the account key.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
import redis

from worker.quota import IDLE_GRACE_SECONDS, ArrivalMargin, QuotaLimiter, WindowLimiter
from worker.runtime import limiter_for
from worker.settings import SettingsError, WorkerSettings

REDIS_URL = os.environ.get("AFTERVIEW_TEST_REDIS_URL_QUOTA", "redis://127.0.0.1:6379/13")


@pytest.fixture
def redis13():
    conn = redis.Redis.from_url(REDIS_URL)
    try:
        conn.ping()
    except redis.ConnectionError as exc:
        pytest.fail(f"Redis at {REDIS_URL} does not answer ({exc}); run scripts/test")
    conn.flushdb()
    yield conn
    conn.flushdb()
    conn.close()


def _grant_loop(account, rate, burst, units, duration, start_barrier, results):
    """One worker process: take `units` at a time until `duration` has passed."""
    limiter = QuotaLimiter(redis.Redis.from_url(REDIS_URL), account, rate, burst)
    start_barrier.wait(timeout=30)
    deadline = time.monotonic() + duration
    grants = []
    while time.monotonic() < deadline:
        limiter.acquire(units)
        # CLOCK_MONOTONIC is system-wide on Linux, so both processes' stamps compare.
        grants.append(time.monotonic())
    results.put((os.getpid(), grants))


def test_two_processes_share_one_limit_and_both_progress(redis13):
    rate, burst, units, duration = 200.0, 20.0, 5, 1.5
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=_grant_loop,
            args=("acct-shared", rate, burst, units, duration, barrier, results),
        )
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    per_process = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=10)
        assert worker.exitcode == 0

    stamps = sorted(t for _, grants in per_process for t in grants)
    # A grant is stamped a little after the moment Redis allotted it (the reply's trip and
    # sleep overshoot), which can squeeze a later grant into an earlier window: allow one.
    slack = units
    for i, start in enumerate(stamps):
        for j in range(i, len(stamps)):
            admitted = units * (j - i + 1)
            allowed = rate * (stamps[j] - start) + burst + slack
            assert admitted <= allowed, (
                f"{admitted} units between t+{start - stamps[0]:.3f}s and "
                f"t+{stamps[j] - stamps[0]:.3f}s exceed {allowed:.1f}"
            )

    total = units * len(stamps)
    span = stamps[-1] - stamps[0]
    # Not needlessly slow either: the pair together gets close to the full rate.
    assert total >= 0.9 * (rate * span + burst)
    shares = [units * len(grants) / total for _, grants in per_process]
    assert all(0.35 <= share <= 0.65 for share in shares), shares
    assert QuotaLimiter(redis13, "acct-shared", rate, burst).spent() == total


def test_concurrent_reservations_never_share_a_slot(redis13):
    # Refill so slow it is negligible: exactly `burst` reservations are free, and every
    # other reservation gets its own distinct place in the queue.
    rate, burst, threads, per_thread = 0.001, 100, 16, 50
    limiter = QuotaLimiter(redis13, "acct-threads", rate, burst)
    waits: list[float] = []
    lock = threading.Lock()
    go = threading.Barrier(threads)

    def reserve_many():
        go.wait(timeout=10)
        mine = [limiter.reserve(1) for _ in range(per_thread)]
        with lock:
            waits.extend(mine)

    pool = [threading.Thread(target=reserve_many) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=30)

    assert len(waits) == threads * per_thread
    assert sum(1 for w in waits if w == 0) == burst
    queue_places = sorted(round(w * rate) for w in waits if w > 0)
    assert queue_places == list(range(1, threads * per_thread - burst + 1))
    assert limiter.spent() == threads * per_thread


def test_an_empty_bucket_waits_for_the_refill(redis13):
    limiter = QuotaLimiter(redis13, "acct-refill", units_per_second=100, burst=10)
    assert limiter.reserve(10) == 0
    wait = limiter.reserve(10)
    assert 0.05 < wait <= 0.1
    # A request bigger than the burst is admitted too, after its share of refill.
    assert 0.5 < limiter.reserve(50) <= 0.6


def test_acquire_sleeps_off_the_debt_and_reports_it(redis13):
    limiter = QuotaLimiter(redis13, "acct-acquire", units_per_second=50, burst=5)
    assert limiter.acquire(5) == 0
    started = time.monotonic()
    waited = limiter.acquire(5)
    assert 0.05 < waited <= 0.1
    assert time.monotonic() - started >= waited


def test_spent_counts_every_process_and_reset_returns_it(redis13):
    first = QuotaLimiter(redis13, "acct-a", 1000)
    second = QuotaLimiter(redis.Redis.from_url(REDIS_URL), "acct-a", 1000)
    other = QuotaLimiter(redis13, "acct-b", 1000)
    first.reserve(5)
    second.reserve(7)
    other.reserve(3)
    assert first.spent() == second.spent() == 12
    assert first.reset_spent() == 12
    assert second.spent() == 0
    assert other.spent() == 3


def test_keys_expire_once_idle(redis13):
    limiter = QuotaLimiter(redis13, "acct-ttl", units_per_second=10, burst=10)
    limiter.reserve(30)  # 20 units of debt: full again after 3 s
    ttl = redis13.ttl(limiter.bucket_key)
    assert 0 < ttl <= 3 + IDLE_GRACE_SECONDS
    assert redis13.ttl(limiter.spent_key) > 0
    assert set(redis13.keys("*")) == {limiter.bucket_key.encode(), limiter.spent_key.encode()}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"account_key": "", "units_per_second": 1},
        {"account_key": "a", "units_per_second": 0},
        {"account_key": "a", "units_per_second": 1, "burst": -1},
    ],
)
def test_nonsense_settings_are_refused(redis13, kwargs):
    with pytest.raises(ValueError):
        QuotaLimiter(redis13, **kwargs)


def test_negative_units_are_refused_and_charge_nothing(redis13):
    limiter = QuotaLimiter(redis13, "acct-neg", 10)
    with pytest.raises(ValueError):
        limiter.reserve(-1)
    assert limiter.spent() == 0


# -- the window log (a table counted over a minute) ------------------------------------------


def test_a_window_admits_its_capacity_at_once_then_waits_for_the_first_units_to_leave(redis13):
    limiter = WindowLimiter(redis13, "acct-window", capacity=100, window_seconds=60)
    assert limiter.reserve(60) == 0
    assert limiter.reserve(40) == 0
    # Full: the next units go when the first 60 leave the window, a minute on.
    assert 59 < limiter.reserve(10) <= 60
    # Queued behind it, and there is room for it then (50 left + 10 + 10).
    assert 59 < limiter.reserve(10) <= 60
    assert limiter.spent() == 120


def test_no_window_ever_holds_more_than_the_capacity(redis13):
    """Reservations placed at (call time + wait): any window ending at one of them holds
    at most the capacity."""
    import random

    draw = random.Random(5)
    window, capacity = 1_000.0, 100
    limiter = WindowLimiter(redis13, "acct-window-property", capacity, window)
    placed: list[tuple[float, int]] = []
    for _ in range(60):
        units = draw.randint(1, 40)
        placed.append((time.monotonic() + limiter.reserve(units), units))
    slack = 1.0  # elapsed time here and by Redis's TIME are not read at the same instant
    for end, _ in placed:
        inside = sum(u for stamp, u in placed if end - window + slack < stamp <= end)
        assert inside <= capacity
    assert placed[-1][0] - placed[0][0] >= window  # 60 requests of ~20 units overflow one


def test_the_window_log_expires_once_its_units_have_left(redis13):
    limiter = WindowLimiter(redis13, "acct-window-ttl", capacity=100, window_seconds=60)
    limiter.reserve(150)  # bigger than the window: admitted alone
    assert 0 < redis13.ttl(limiter.log_key) <= 62
    assert limiter.reserve(1) > 59


def test_the_worker_follows_the_table_it_runs_under(redis13):
    """google-2026 (the default: what new Google projects get) is a minute's window kept
    by a log of its units less a users.stop's (the one call outside the limiter);
    google-2023's second is kept by a log of all its units. Both windows are stretched by
    the arrival margin, a time, not a tenth of the user's quota: 0.5 s on the minute,
    whose batches are 100 thread reads, 10 ms to start with on the second, whose batches
    are 25 (it widens on a 429: `test_a_refused_request_widens_the_margin...`)."""
    settings = WorkerSettings(database_url="sqlite://")
    assert settings.quota_table.name == "google-2026"
    assert WorkerSettings.from_env({}, instance_path=Path("/nonexistent")).quota_table_name == (
        "google-2026"
    )
    window = limiter_for(settings, redis13, "acct-2026")
    assert isinstance(window, WindowLimiter)
    assert (window.capacity, window.window_seconds) == (6000 - 50, pytest.approx(60.5))
    older = limiter_for(replace(settings, quota_table_name="google-2023"), redis13, "acct-2023")
    assert isinstance(older, WindowLimiter)
    assert (older.capacity, older.window_seconds) == (250, pytest.approx(1.01))
    assert older.units_per_second == pytest.approx(250 / 1.01)


def test_the_fraction_and_the_margin_are_the_deployments_to_choose(redis13):
    environ = {
        "AFTERVIEW_GMAIL_QUOTA_TABLE": "google-2023",
        "AFTERVIEW_GMAIL_QUOTA_FRACTION": "0.8",
        "AFTERVIEW_GMAIL_ARRIVAL_MARGIN": "0.2",
    }
    settings = WorkerSettings.from_env(environ, instance_path=Path("/nonexistent"))
    assert settings.limiter_window == (200, pytest.approx(1.2))
    minute = replace(settings, quota_table_name="google-2026")
    assert minute.limiter_window == (6000 * 0.8 - 50, pytest.approx(60.2))
    # A rate so low that the reserve would be most of the window keeps no reserve.
    assert replace(minute, units_per_second=5).limiter_window[0] == 5 * 60 * 0.8


@pytest.mark.parametrize("margin", ["-0.01", "1.5"])
def test_a_margin_below_zero_or_beyond_the_window_is_refused(margin):
    environ = {
        "AFTERVIEW_GMAIL_QUOTA_TABLE": "google-2023",
        "AFTERVIEW_GMAIL_ARRIVAL_MARGIN": margin,
    }
    with pytest.raises(SettingsError, match="AFTERVIEW_GMAIL_ARRIVAL_MARGIN"):
        WorkerSettings.from_env(environ, instance_path=Path("/nonexistent"))


def test_under_the_seconds_table_a_small_call_after_a_full_batch_waits_out_gmails_second(
    redis13,
):
    """A full batch (250 units) fills Gmail's second; a listing call (5 units) sent just
    after it would land in the same second and meet a 429. The limiter holds it until the
    batch is out of that second, with the arrival margin to spare."""
    settings = WorkerSettings(database_url="sqlite://", quota_table_name="google-2023")
    limiter = limiter_for(settings, redis13, "acct-small-after-full")
    assert limiter.reserve(250) == 0
    assert 1.0 < limiter.reserve(5) <= 1.01  # 1.01 s after the batch, less the time between


def test_a_refused_request_widens_the_margin_for_the_next_reservation(redis13):
    """Under google-2023 the margin starts at 10 ms and doubles on each 429 the client
    reports, up to 50 ms; it never narrows, and the account's next limiter in the process
    (the next sync job's) starts where this one left it."""
    settings = WorkerSettings(database_url="sqlite://", quota_table_name="google-2023")
    limiter = limiter_for(settings, redis13, "acct-widens")
    assert limiter.window_seconds == pytest.approx(1.01)

    limiter.rate_refused()

    assert limiter.window_seconds == pytest.approx(1.02)
    assert limiter.reserve(250) == 0
    assert 1.01 < limiter.reserve(5) <= 1.02  # placed in the widened window
    assert limiter_for(settings, redis13, "acct-widens").window_seconds == pytest.approx(1.02)
    assert limiter_for(settings, redis13, "acct-another").window_seconds == pytest.approx(1.01)
    for _ in range(5):
        limiter.rate_refused()
    assert limiter.window_seconds == pytest.approx(1.05)  # 40 ms, then at most 50


@pytest.mark.parametrize(
    ("table", "environ", "window"),
    [
        ("google-2023", {"AFTERVIEW_GMAIL_ARRIVAL_MARGIN": "0.01"}, 1.01),
        ("google-2026", {}, 60.5),
    ],
)
def test_a_margin_set_by_hand_or_a_minutes_stays_as_it_starts(redis13, table, environ, window):
    settings = WorkerSettings.from_env(
        {"AFTERVIEW_GMAIL_QUOTA_TABLE": table, **environ}, instance_path=Path("/nonexistent")
    )
    limiter = limiter_for(settings, redis13, f"acct-fixed-{table}")

    limiter.rate_refused()

    assert limiter.window_seconds == pytest.approx(window)


def test_a_margin_widens_by_doubling_only_from_above_zero():
    with pytest.raises(ValueError, match="0 < start <= widest"):
        ArrivalMargin(0.0, widest=0.05)
    margin = ArrivalMargin(0.01, widest=0.03)
    margin.widen()
    margin.widen()
    assert margin.seconds == pytest.approx(0.03)


def test_a_caller_woken_late_is_placed_when_it_sends_not_when_it_meant_to(redis13):
    """A reservation placed ahead holds the moment the caller meant to send; woken late
    (a loaded machine), it would send after that moment, into the next caller's window
    at Gmail. `acquire` places the units once there is room now, so the log holds the
    moment they go and the next caller keeps a whole window from it."""
    late_by = 0.3

    def oversleep(seconds: float) -> None:
        time.sleep(seconds + late_by)  # the limiter's own wait, woken late on purpose

    limiter = WindowLimiter(redis13, "acct-late", capacity=100, window_seconds=1.0, sleep=oversleep)

    def last_stamp() -> float:
        return float(redis13.lindex(limiter.log_key, -1).split()[0])

    assert limiter.acquire(100) == 0
    first = last_stamp()
    waited = limiter.acquire(100)
    assert 0.9 < waited <= 1.0
    assert last_stamp() - first >= 1.0 + late_by - 0.05  # when it went, not at 1.0
    # Whoever waited only counts what the limiter asked for; nothing was placed twice.
    assert limiter.spent() == 200
