"""users.watch / users.stop and the push notifications the sandbox delivers: Gmail's
notification inside Pub/Sub's push body, an OIDC token google-auth verifies against the
sandbox's certificates, redelivery until the endpoint answers 2xx, label filters, expiry."""

from __future__ import annotations

import base64
import json

import google.auth.transport.requests
import pytest
import requests
from google.oauth2 import id_token
from googleapiclient.errors import HttpError

from gmail_sandbox.push import RetryPolicy
from gmail_sandbox.serve import running_sandbox
from tests.builders.push import push_receiver
from tests.sandbox_mail import from_me, from_recruiter
from tests.sync_helpers import FIXED_NOW, wait_for

TOPIC = "projects/afterview-test/topics/gmail"
AUDIENCE = "https://afterview.example/hooks/gmail"
PUSHER = "gmail-push@afterview-test.iam.gserviceaccount.com"
START = FIXED_NOW.timestamp()
DAY_MS = 24 * 3600 * 1000


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock(START)


@pytest.fixture
def pushing(clock):
    """A sandbox whose topic pushes to a receiver; retries 20 ms apart (Pub/Sub: 10 s)."""
    with (
        push_receiver() as receiver,
        running_sandbox(
            units_per_second=None, clock=clock, push_retry=RetryPolicy(0.02, 0.1)
        ) as running,
    ):
        running.sandbox.pubsub.configure_topic(
            TOPIC, receiver.url, audience=AUDIENCE, service_account=PUSHER
        )
        yield running, receiver


def deliver(running, raw: bytes) -> dict:
    answer = requests.post(
        running.url + "/_admin/mailboxes/me@example.com/messages",
        data=raw,
        headers={"Content-Type": "message/rfc822"},
        timeout=10,
    )
    answer.raise_for_status()
    return answer.json()


def notification(received) -> dict:
    return json.loads(base64.b64decode(received.body["message"]["data"]))


def test_watch_answers_the_history_id_and_an_expiry_seven_days_ahead(pushing):
    running, _ = pushing
    service = running.gmail()
    profile = service.users().getProfile(userId="me").execute()

    answer = service.users().watch(userId="me", body={"topicName": TOPIC}).execute()

    assert answer == {
        "historyId": profile["historyId"],
        "expiration": str(int(START * 1000) + 7 * DAY_MS),
    }
    calls = running.sandbox.usage()["users"]["me@example.com"]["calls"]
    assert calls["gmail.users.watch"] == 1
    # Google's table: watch 100 units, stop 50 (gmail/quota.py, with its source).
    service.users().stop(userId="me").execute()
    assert running.sandbox.usage()["users"]["me@example.com"]["unitsSpent"] == 1 + 100 + 50


@pytest.mark.parametrize(
    ("topic", "status"),
    [("gmail", 400), ("projects/afterview-test/topics/nobody-made-it", 404)],
)
def test_watch_refuses_a_malformed_or_unknown_topic(pushing, topic, status):
    running, _ = pushing
    with pytest.raises(HttpError) as refused:
        running.gmail().users().watch(userId="me", body={"topicName": topic}).execute()
    assert refused.value.resp.status == status


def test_new_mail_in_a_watched_mailbox_is_pushed_signed_for_the_audience(pushing):
    running, receiver = pushing
    running.gmail().users().watch(userId="me", body={"topicName": TOPIC}).execute()

    delivered = deliver(running, from_recruiter())
    wait_for(lambda: receiver.received, 10, "the push")

    push = receiver.received[0]
    assert push.path == "/hooks/gmail"
    assert notification(push) == {
        "emailAddress": "me@example.com",
        "historyId": delivered["historyId"],
    }
    message = push.body["message"]
    assert message["messageId"] and message["publishTime"] == "2026-03-16T15:00:00.000Z"
    assert push.body["subscription"] == "projects/afterview-test/subscriptions/gmail-push"
    scheme, _, token = push.headers["Authorization"].partition(" ")
    assert scheme == "Bearer"
    # Verified as the server verifies it, against the sandbox's certificates.
    with requests.Session() as session:
        claims = id_token.verify_token(
            token,
            google.auth.transport.requests.Request(session),
            audience=AUDIENCE,
            certs_url=running.url + "/oauth2/v1/certs",
            clock_skew_in_seconds=10**9,  # the sandbox's clock is pinned in 2026-03
        )
    assert claims["email"] == PUSHER and claims["email_verified"] is True
    assert claims["iss"] == "https://accounts.google.com"
    assert claims["iat"] == int(START)


def test_a_push_is_delivered_again_until_the_endpoint_answers_2xx(clock):
    with (
        push_receiver(503, 500) as receiver,
        running_sandbox(
            units_per_second=None, clock=clock, push_retry=RetryPolicy(0.02, 0.1)
        ) as running,
    ):
        running.sandbox.pubsub.configure_topic(TOPIC, receiver.url, audience=AUDIENCE)
        running.gmail().users().watch(userId="me", body={"topicName": TOPIC}).execute()
        deliver(running, from_recruiter())

        wait_for(lambda: len(receiver.received) == 3, 10, "two failures and a success")
        pushes = running.sandbox.pubsub.deliveries
        wait_for(lambda: pushes[0].acknowledged, 10, "the acknowledgement")
        assert pushes[0].statuses == ["503", "500", "204"]
        # The same message each time (at least once: the endpoint must expect duplicates).
        assert len({r.body["message"]["messageId"] for r in receiver.received}) == 1


def test_an_unreachable_endpoint_is_retried_with_backoff(clock):
    with running_sandbox(
        units_per_second=None, clock=clock, push_retry=RetryPolicy(0.02, 0.1)
    ) as running:
        running.sandbox.pubsub.configure_topic(TOPIC, "http://127.0.0.1:9/hooks/gmail")
        running.gmail().users().watch(userId="me", body={"topicName": TOPIC}).execute()
        deliver(running, from_recruiter())
        pushes = running.sandbox.pubsub.deliveries
        wait_for(lambda: len(pushes[0].statuses) >= 3, 10, "three attempts")
        assert not pushes[0].acknowledged
        assert all(status.startswith("error") for status in pushes[0].statuses)
    assert RetryPolicy().delay(1) == 10 and RetryPolicy().delay(4) == 80
    assert RetryPolicy().delay(20) == 600  # Pub/Sub's default bounds


def test_label_filters_choose_which_changes_are_pushed(pushing):
    running, receiver = pushing
    service = running.gmail()
    sent = deliver(running, from_me("Thanks"))  # SENT only
    service.users().watch(
        userId="me",
        body={"topicName": TOPIC, "labelIds": ["INBOX"], "labelFilterBehavior": "INCLUDE"},
    ).execute()

    service.users().messages().modify(
        userId="me", id=sent["id"], body={"addLabelIds": ["STARRED"]}
    ).execute()
    inbox = deliver(running, from_recruiter())  # INBOX: pushed
    wait_for(lambda: receiver.received, 10, "the push")

    assert [notification(r)["historyId"] for r in receiver.received] == [inbox["historyId"]]


def test_stop_and_expiry_end_the_pushes(pushing, clock):
    running, receiver = pushing
    service = running.gmail()
    service.users().watch(userId="me", body={"topicName": TOPIC}).execute()
    service.users().stop(userId="me").execute()
    deliver(running, from_recruiter("After stop"))

    service.users().watch(userId="me", body={"topicName": TOPIC}).execute()
    clock.now = START + 7 * 24 * 3600  # the watch has lapsed: renewing was due
    deliver(running, from_recruiter("After expiry"))

    service = running.gmail()  # a token issued on the sandbox's new day
    service.users().watch(userId="me", body={"topicName": TOPIC}).execute()  # renewed
    renewed = deliver(running, from_recruiter("Renewed"))
    wait_for(lambda: receiver.received, 10, "the push")

    assert [notification(r)["historyId"] for r in receiver.received] == [renewed["historyId"]]


def test_the_admin_sets_a_topic_and_shows_watches_and_deliveries(pushing):
    running, receiver = pushing
    configured = requests.post(
        running.url + "/_admin/push/topics",
        json={"topic": "projects/p/topics/other", "pushEndpoint": receiver.url},
        timeout=10,
    ).json()
    assert configured["subscription"]["audience"] == receiver.url  # Pub/Sub's default
    running.gmail().users().watch(userId="me", body={"topicName": TOPIC}).execute()
    deliver(running, from_recruiter())
    wait_for(lambda: receiver.received, 10, "the push")

    state = wait_for(
        lambda: (
            (s := requests.get(running.url + "/_admin/push", timeout=10).json())["deliveries"]
            and s["deliveries"][0]["acknowledged"]
            and s
        ),
        10,
        "the acknowledged delivery",
    )
    assert state["watches"]["me@example.com"]["topicName"] == TOPIC
    assert set(state["topics"]) == {TOPIC, "projects/p/topics/other"}
    assert state["deliveries"][0]["statuses"] == ["204"]
    bad = requests.post(running.url + "/_admin/push/topics", json={"topic": "x"}, timeout=10)
    assert bad.status_code == 400
