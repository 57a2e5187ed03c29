"""The Gmail client wrapper against the sandbox Gmail, through the unmodified client library:
batches, missing ids, injected faults, the sandbox's own quota, token refresh and
revocation, history expiry, and units counted exactly as the sandbox counts them."""

from __future__ import annotations

import logging
import os
import random
import threading
import time

import pytest
import redis

from gmail.client import METADATA_FIELDS, GmailClient, oauth_credentials
from gmail.errors import (
    AuthRevoked,
    GmailRequestFailed,
    HistoryExpired,
    OutcomeUnknown,
)
from gmail.quota import GOOGLE_2023
from gmail.retry import RetryPolicy
from gmail_sandbox.serve import RunningSandbox, running_sandbox
from tests.sandbox_mail import ME, from_me, from_recruiter, numbered, reply_to
from worker.quota import ArrivalMargin, QuotaLimiter, WindowLimiter
from worker.runtime import limiter_for
from worker.settings import WorkerSettings

REDIS_URL = os.environ.get("AFTERVIEW_TEST_REDIS_URL_QUOTA", "redis://127.0.0.1:6379/13")
CLIENT_SECRET = "sandbox-client-secret-0123456789"
# Quick retries; Retry-After is honoured unless a test caps it to stay fast.
QUICK_RETRIES = RetryPolicy(max_attempts=8, base_delay=0.01, max_delay=0.1)
NOT_THERE = ("ffffffffffff0001", "ffffffffffff0002", "ffffffffffff0003")
GET = "gmail.users.messages.get"


@pytest.fixture
def redis13():
    conn = redis.Redis.from_url(REDIS_URL)
    conn.flushdb()
    yield conn
    conn.flushdb()
    conn.close()


def client_for(
    running: RunningSandbox,
    *,
    retry_policy: RetryPolicy = QUICK_RETRIES,
    access_token: str | None = "issue",
    **options,
) -> tuple[GmailClient, object]:
    """A client holding a real grant from the sandbox's OAuth server: an access token and
    the refresh token that renews it at the sandbox's /token."""
    grant = running.sandbox.issue_token()
    credentials = oauth_credentials(
        refresh_token=grant.refresh_token,
        client_id="sandbox",
        client_secret=CLIENT_SECRET,
        token_uri=running.url + "/token",
        access_token=grant.access_token if access_token == "issue" else access_token,
    )
    client = GmailClient(
        credentials, api_endpoint=running.url, retry_policy=retry_policy, **options
    )
    return client, grant


def deliver_numbered(running: RunningSandbox, count: int) -> list[str]:
    return [running.sandbox.deliver(raw).id for raw in numbered(count)]


def sandbox_usage(running: RunningSandbox) -> dict:
    return running.sandbox.usage()["users"].get(ME, {"unitsSpent": 0, "calls": {}, "rejected": {}})


def test_120_metadata_gets_go_in_three_batches_and_missing_ids_come_back_as_none(gmail_sandbox):
    real = deliver_numbered(gmail_sandbox, 117)
    asked = real[:40] + [NOT_THERE[0]] + real[40:80] + [NOT_THERE[1]] + real[80:] + [NOT_THERE[2]]
    client, _ = client_for(gmail_sandbox)

    found = client.get_messages(asked, metadata_headers=["From", "Subject"], fields=METADATA_FIELDS)

    assert list(found) == asked
    assert [i for i, message in found.items() if message is None] == list(NOT_THERE)
    for message_id in real:
        message = found[message_id]
        assert message["id"] == message_id
        assert {h["name"] for h in message["payload"]["headers"]} == {"From", "Subject"}
        assert "snippet" not in message  # the partial response left it out
    assert client.stats.batches == 3
    assert client.stats.calls[GET] == 120
    assert client.stats.retries == 0
    # Both sides charge by the default table: 20 units a get under google-2026.
    assert client.stats.total_units == sandbox_usage(gmail_sandbox)["unitsSpent"] == 120 * 20


def test_every_message_comes_back_exactly_once_through_ten_percent_faults(redis13):
    faulty = {"fault_rate": 0.1, "fault_seed": 11, "fault_latency": 0.02}
    with running_sandbox(units_per_second=None, **faulty) as running:
        real = deliver_numbered(running, 200)
        limiter = QuotaLimiter(redis13, "acct-faults", units_per_second=100_000)
        # The sandbox's injected 429s ask for a 1 s pause; cap it to keep the test quick.
        policy = RetryPolicy(max_attempts=10, base_delay=0.01, max_delay=0.1, max_retry_after=0.05)
        client, _ = client_for(running, retry_policy=policy, limiter=limiter)
        running.sandbox.reset_counters()

        listed = list(client.list_message_ids(page_size=25))
        found = client.get_messages([message_id for message_id, _ in listed])

        assert sorted(message_id for message_id, _ in listed) == sorted(real)
        assert sorted(found) == sorted(real)
        assert all(found[i]["id"] == i for i in real)
        injected = running.sandbox.usage()["users"][ME]["faults"]
        assert sum(injected.values()) >= 10, injected
        assert client.stats.retries > 0
        # Every attempt was charged, to the shared limiter and in the sandbox's books alike.
        assert limiter.spent() == client.stats.total_units == sandbox_usage(running)["unitsSpent"]


def test_dropped_connections_on_single_calls_are_retried(gmail_sandbox):
    gmail_sandbox.sandbox.configure({"faults": {"rate": 0.5, "seed": 3, "mix": {"drop": 1.0}}})
    client, _ = client_for(gmail_sandbox)
    profiles = [client.get_profile() for _ in range(6)]
    assert all(p["emailAddress"] == ME for p in profiles)
    assert running_faults(gmail_sandbox) == {"drop": client.stats.retries}
    assert client.stats.retries > 0


def running_faults(running: RunningSandbox) -> dict:
    return running.sandbox.usage()["users"][ME]["faults"]


@pytest.mark.parametrize("status", [429, 403])
def test_the_sandboxs_quota_refusal_is_waited_out_and_retried(status):
    with running_sandbox(
        quota_table="google-2023", units_per_second=100, over_limit_status=status
    ) as running:
        real = deliver_numbered(running, 40)  # 200 units against 100 a second
        client, _ = client_for(running, quota_table=GOOGLE_2023)

        found = client.get_messages(real)

        assert all(found[i]["id"] == i for i in real)
        assert sandbox_usage(running)["rejected"]["rateLimit"] >= 20
        assert client.stats.retries >= 1
        # The sandbox said Retry-After: 1; the client waited at least that long.
        assert client.stats.backoff_seconds >= 1.0


def test_the_shared_limiter_keeps_the_client_under_the_sandboxs_quota(redis13):
    with running_sandbox(quota_table="google-2023", units_per_second=500) as running:
        real = deliver_numbered(running, 150)  # 750 units
        limiter = QuotaLimiter(redis13, "acct-paced", units_per_second=450, burst=250)
        client, _ = client_for(running, limiter=limiter, quota_table=GOOGLE_2023)

        started = time.monotonic()
        found = client.get_messages(real)
        elapsed = time.monotonic() - started

        assert all(found[i]["id"] == i for i in real)
        assert sandbox_usage(running)["rejected"] == {}
        assert client.stats.retries == 0
        assert client.stats.quota_wait_seconds > 0
        assert elapsed >= (750 - 250) / 450  # the units beyond the burst, at 450 a second


def test_an_expired_access_token_is_refreshed_for_single_calls_and_batches(gmail_sandbox):
    real = deliver_numbered(gmail_sandbox, 5)
    client, grant = client_for(gmail_sandbox)

    gmail_sandbox.sandbox.tokens.expire_access_tokens(ME)
    assert client.get_profile()["emailAddress"] == ME
    renewed = client.credentials.token
    assert renewed != grant.access_token

    gmail_sandbox.sandbox.tokens.expire_access_tokens(ME)
    found = client.get_messages(real)
    assert all(found[i]["id"] == i for i in real)
    assert client.credentials.token not in (grant.access_token, renewed)
    # Parts refused with 401 are not charged by Gmail, and were not counted by us.
    assert client.stats.total_units == sandbox_usage(gmail_sandbox)["unitsSpent"]


def test_a_first_call_without_an_access_token_gets_one(gmail_sandbox):
    client, _ = client_for(gmail_sandbox, access_token=None)
    assert client.get_profile()["emailAddress"] == ME


@pytest.mark.parametrize("call", ["single", "batch"])
def test_a_revoked_grant_becomes_auth_revoked(gmail_sandbox, call):
    real = deliver_numbered(gmail_sandbox, 3)
    client, grant = client_for(gmail_sandbox)
    gmail_sandbox.sandbox.tokens.revoke_user(ME)

    with pytest.raises(AuthRevoked) as raised:
        client.get_profile() if call == "single" else client.get_messages(real)

    message = str(raised.value)
    assert "invalid_grant" in message and "sign in again" in message
    assert grant.refresh_token not in message and grant.access_token not in message


def test_history_reports_changes_then_expires(gmail_sandbox):
    client, _ = client_for(gmail_sandbox)
    start = client.get_profile()["historyId"]
    arrived = gmail_sandbox.sandbox.deliver(from_recruiter("Next steps"))

    records, latest = client.list_history(start)

    added = [m["message"]["id"] for r in records for m in r.get("messagesAdded", [])]
    assert added == [arrived.id]
    assert int(latest) > int(start)

    gmail_sandbox.sandbox.mailbox().expire_history()
    with pytest.raises(HistoryExpired) as raised:
        client.list_history(start)
    assert raised.value.start_history_id == start


def test_listing_pages_through_every_id_once(gmail_sandbox):
    real = deliver_numbered(gmail_sandbox, 120)
    client, _ = client_for(gmail_sandbox)

    listed = list(client.list_message_ids("Update", page_size=50))

    assert sorted(message_id for message_id, _ in listed) == sorted(real)
    assert client.stats.calls["gmail.users.messages.list"] == 3
    assert client.estimate_message_count("Update") == 120


def test_a_request_gmail_refuses_fails_fast_naming_method_and_id(gmail_sandbox):
    real = deliver_numbered(gmail_sandbox, 2)
    client, _ = client_for(gmail_sandbox)

    with pytest.raises(GmailRequestFailed) as raised:
        client.get_messages([real[0], "not-an-id", real[1]])

    assert raised.value.method_id == GET
    assert "message not-an-id" in str(raised.value)
    assert raised.value.status == 400
    assert client.stats.retries == 0


def test_labels_are_created_once_patched_and_deleted(gmail_sandbox):
    client, _ = client_for(gmail_sandbox)

    created = client.create_label("Afterview/Waiting")
    again = client.create_label("Afterview/Waiting")  # Gmail's 409 resolves to the same label
    renamed = client.patch_label(created["id"], {"name": "Afterview/Wait"})

    assert again["id"] == created["id"]
    assert renamed["name"] == "Afterview/Wait"
    assert "Afterview/Wait" in {label["name"] for label in client.list_labels()}
    assert client.patch_label("Label_999", {"name": "x"}) is None
    assert client.delete_label(created["id"]) is True
    assert client.delete_label(created["id"]) is False


def test_label_changes_on_threads_and_many_messages(gmail_sandbox):
    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(30)]
    client, _ = client_for(gmail_sandbox)
    label = client.create_label("Afterview/Follow up")["id"]

    assert client.modify_thread(stored[0].thread_id, add=[label]) is True
    changed = client.modify_threads(
        {stored[1].thread_id: ([label], []), NOT_THERE[0]: ([label], [])}
    )
    # 1,500 ids (most of them unknown, which Gmail ignores) take two batchModify calls.
    ids = [m.id for m in stored[2:]] + [f"{n:016x}" for n in range(1, 1473)]
    client.batch_modify(ids, add=[label], remove=["UNREAD"])

    assert changed == {stored[1].thread_id: True, NOT_THERE[0]: False}
    assert client.stats.calls["gmail.users.messages.batchModify"] == 2
    mailbox = gmail_sandbox.sandbox.mailbox()
    assert all(label in mailbox.messages[m.id].labels for m in stored)
    assert not any("UNREAD" in mailbox.messages[m.id].labels for m in stored[2:])


def test_drafts_and_sent_mail(gmail_sandbox):
    first = gmail_sandbox.sandbox.deliver(from_recruiter(message_id="<x@acme.example>"))
    client, _ = client_for(gmail_sandbox)

    draft = client.create_draft(
        reply_to("<x@acme.example>", "Interview invitation"), thread_id=first.thread_id
    )
    sent = client.send_message(from_me("Thank you", "Thanks for today."))

    assert draft["message"]["threadId"] == first.thread_id
    assert "SENT" in sent["labelIds"]


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_send_that_may_have_happened_is_not_repeated(gmail_sandbox, fault):
    gmail_sandbox.sandbox.configure({"faults": {"rate": 1.0, "mix": {fault: 1.0}}})
    client, _ = client_for(gmail_sandbox)

    with pytest.raises(OutcomeUnknown):
        client.send_message(from_me("Weekly summary"))

    # Sent once: neither our policy nor httplib2's stale-connection resend tried again.
    assert sandbox_usage(gmail_sandbox)["calls"] == {"gmail.users.messages.send": 1}
    assert client.stats.calls["gmail.users.messages.send"] == 1


def test_units_and_calls_match_the_sandboxs_books_method_by_method(gmail_sandbox):
    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(60)]
    client, _ = client_for(gmail_sandbox)

    start = client.get_profile()["historyId"]
    ids = [message_id for message_id, _ in client.list_message_ids(page_size=25)]
    client.get_messages(ids + [NOT_THERE[0]], format="minimal")
    client.get_threads([m.thread_id for m in stored[:7]])
    label = client.create_label("Afterview/Prepare")["id"]
    client.modify_threads({m.thread_id: ([label], []) for m in stored[:3]})
    client.batch_modify(ids, remove=["UNREAD"])
    client.list_history(start)
    client.list_labels()

    books = sandbox_usage(gmail_sandbox)
    assert dict(client.stats.calls) == books["calls"]
    assert client.stats.total_units == books["unitsSpent"]


def test_no_token_or_secret_reaches_a_log_line_or_an_error(gmail_sandbox, caplog):
    real = deliver_numbered(gmail_sandbox, 3)
    policy = RetryPolicy(base_delay=0.01, max_delay=0.1, max_retry_after=0.05)
    client, grant = client_for(gmail_sandbox, retry_policy=policy)
    google_loggers = [logging.getLogger(name) for name in ("google", "googleapiclient")]
    for logger in google_loggers:  # google-auth stops propagation unless configured
        logger.addHandler(caplog.handler)
    caplog.set_level(logging.DEBUG)
    errors = []
    try:
        gmail_sandbox.sandbox.tokens.expire_access_tokens(ME)
        client.get_profile()
        gmail_sandbox.sandbox.configure({"faults": {"rate": 0.5, "seed": 5}})
        client.get_messages(real)
        gmail_sandbox.sandbox.configure({"faults": {"rate": 0.0}})
        try:
            client.get_messages(["bad id"])
        except GmailRequestFailed as error:
            errors.append(str(error))
        gmail_sandbox.sandbox.tokens.revoke_user(ME)
        try:
            client.get_profile()
        except AuthRevoked as error:
            errors.append(str(error))
    finally:
        for logger in google_loggers:
            logger.removeHandler(caplog.handler)

    secrets = {grant.access_token, grant.refresh_token, client.credentials.token, CLIENT_SECRET}
    everything = errors + [f"{r.getMessage()} {r.__dict__!r}" for r in caplog.records]
    assert len(errors) == 2
    assert {"google_auth_httplib2", "googleapiclient.discovery", "gmail.client"} <= {
        record.name for record in caplog.records
    }
    leaks = [text for text in everything for secret in secrets if secret and secret in text]
    assert leaks == []


def test_backoff_is_jittered_from_a_seeded_rng(gmail_sandbox):
    gmail_sandbox.sandbox.configure({"faults": {"rate": 1.0, "mix": {"500": 1.0}}})
    pauses: list[float] = []
    client, _ = client_for(
        gmail_sandbox,
        retry_policy=RetryPolicy(max_attempts=4, base_delay=0.001, max_delay=1.0),
        sleep=pauses.append,
        rng=random.Random(0),
    )
    with pytest.raises(Exception, match="still failing after 4 attempts"):
        client.get_profile()
    assert len(pauses) == 3
    assert all(0 <= pause <= 0.001 * 2**n for n, pause in enumerate(pauses))


def test_the_workers_limiter_at_its_widest_arrival_margin_meets_no_429_from_the_sandbox(
    redis13,
):
    """The sync's shape under google-2023: two readers, each with a client of its own,
    sending batches that fill Gmail's second (50 gets of 5 units), while a third client
    makes small calls (a profile, a listing page) between them, all through the worker's
    limiter for the table (a window of 1 s plus the arrival margin at the widest the
    default one grows to, 50 ms, set here so that it stays). The sandbox counts every
    call at its arrival over a strict moving second; none is refused."""
    settings = WorkerSettings(
        database_url="sqlite://", quota_table_name="google-2023", arrival_margin=0.05
    )
    with running_sandbox(quota_table="google-2023") as running:
        real = deliver_numbered(running, 50)
        limiter = limiter_for(settings, redis13, "acct-margin")
        clients = [
            client_for(running, limiter=limiter, quota_table=GOOGLE_2023, batch_size=50)[0]
            for _ in range(3)
        ]
        running.sandbox.reset_counters()
        rounds, found, failures = 3, [], []

        def read(client: GmailClient) -> None:
            try:
                for _ in range(rounds):
                    found.append(client.get_messages(real))
            except Exception as exc:  # handed to the test's thread
                failures.append(exc)

        readers = [threading.Thread(target=read, args=(client,)) for client in clients[:2]]
        started = time.monotonic()
        for reader in readers:
            reader.start()
        for _ in range(rounds):
            clients[2].get_profile()
            next(iter(clients[2].list_message_ids(page_size=10)))
        for reader in readers:
            reader.join()
        elapsed = time.monotonic() - started

        assert not failures
        assert len(found) == 2 * rounds and all(len(batch) == 50 for batch in found)
        assert sandbox_usage(running)["rejected"] == {}
        assert sum(client.stats.retries for client in clients) == 0
        # Six full seconds' worth of units: at least five windows between the first and
        # the last batch.
        assert elapsed >= 5 * 1.05


def test_a_batch_part_refused_for_rate_widens_the_limiters_margin(redis13):
    """A limiter that lets more go than the sandbox takes (250 units a second against
    100): Gmail refuses parts for rate, and the client tells the limiter, whose margin
    doubles from 10 ms (at most to 50 ms); the refused parts are still read."""
    with running_sandbox(quota_table="google-2023", units_per_second=100) as running:
        real = deliver_numbered(running, 40)  # 200 units against 100 a second
        margin = ArrivalMargin(0.01, widest=0.05)
        limiter = WindowLimiter(redis13, "acct-refused", 250, 1.0, margin=margin)
        client, _ = client_for(running, limiter=limiter, quota_table=GOOGLE_2023)

        found = client.get_messages(real)

        assert all(found[i]["id"] == i for i in real)
        assert sandbox_usage(running)["rejected"]["rateLimit"] >= 1
        assert 0.02 <= margin.seconds <= 0.05
        assert limiter.window_seconds == pytest.approx(1.0 + margin.seconds)


def test_without_a_refusal_the_margin_stays_where_it_starts(redis13):
    with running_sandbox(quota_table="google-2023") as running:
        real = deliver_numbered(running, 40)  # 200 units: one window, well under 250
        margin = ArrivalMargin(0.01, widest=0.05)
        limiter = WindowLimiter(redis13, "acct-not-refused", 250, 1.0, margin=margin)
        client, _ = client_for(running, limiter=limiter, quota_table=GOOGLE_2023)

        client.get_messages(real)

        assert sandbox_usage(running)["rejected"] == {}
        assert margin.seconds == pytest.approx(0.01)
