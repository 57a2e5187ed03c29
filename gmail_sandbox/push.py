"""Gmail push notifications as Google delivers them: `users.watch` on a mailbox, Cloud
Pub/Sub topics with one push subscription each, and the HTTP push to the subscription's
endpoint, signed with an OIDC token, retried until the endpoint answers 2xx.

What it follows (each page read when this was written):
- Gmail: https://developers.google.com/workspace/gmail/api/guides/push and
  https://developers.google.com/workspace/gmail/api/reference/rest/v1/users/watch — the
  notification's data is `{"emailAddress", "historyId"}` (the mailbox's history id after
  the change); a watch lasts 7 days (`expiration`, epoch ms) and is renewed by calling
  `watch` again; `labelIds` with `labelFilterBehavior` INCLUDE/EXCLUDE restricts which
  changes are pushed.
- Pub/Sub push: https://cloud.google.com/pubsub/docs/push — the wrapped body
  `{"message": {"data": base64, "messageId", "publishTime", ...}, "subscription"}`;
  a 102/200/201/202/204 answer acknowledges, anything else (or no answer within the ack
  deadline) is delivered again later, with exponential backoff (the subscription's retry
  policy: https://cloud.google.com/pubsub/docs/handling-failures, 10 s to 600 s by
  default): at least once, so duplicates are possible.
- Pub/Sub push authentication: https://cloud.google.com/pubsub/docs/authenticate-push-subscriptions
  — `Authorization: Bearer <JWT>` signed RS256 by Google, with `aud` (the subscription's
  audience), `email` (its service account), `email_verified`, `iss`
  (https://accounts.google.com), `iat`, `exp`; the keys are served as X.509 certificates
  at https://www.googleapis.com/oauth2/v1/certs. The sandbox signs with a key of its own
  and serves its certificate at the same path (`/oauth2/v1/certs`).

Nothing here imports Flask: the HTTP side is in `gmail_sandbox.api.users` and the admin.
"""

from __future__ import annotations

import base64
import heapq
import itertools
import json
import re
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

WATCH_DAYS = 7
WATCH_LIFETIME_MS = WATCH_DAYS * 24 * 3600 * 1000
TOPIC_NAME = re.compile(r"projects/[^/]+/topics/[^/]+")
ISSUER = "https://accounts.google.com"
# The service account Pub/Sub signs with when a subscription names none of its own.
DEFAULT_SERVICE_ACCOUNT = "pubsub-push@sandbox-project.iam.gserviceaccount.com"
ACKNOWLEDGING = frozenset({102, 200, 201, 202, 204})
TOKEN_LIFETIME_SECONDS = 3600
ACK_DEADLINE_SECONDS = 10.0
USER_AGENT = "APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)"


@dataclass
class Watch:
    topic: str
    label_ids: tuple[str, ...]
    behavior: str  # "include" or "exclude"
    expiration_ms: int
    history_id: int

    def covers(self, changes: Iterable[Any]) -> bool:
        """Whether any of a history record's changes is one this watch pushes."""
        if not self.label_ids:
            return True
        wanted = set(self.label_ids)
        for change in changes:
            touched = set(change.message_labels) | set(change.label_ids)
            if self.behavior == "exclude" and not touched & wanted:
                return True
            if self.behavior == "include" and touched & wanted:
                return True
        return False

    def resource(self) -> dict[str, Any]:
        return {
            "topicName": self.topic,
            "labelIds": list(self.label_ids),
            "labelFilterBehavior": self.behavior.upper(),
            "expiration": str(self.expiration_ms),
            "historyId": str(self.history_id),
        }


@dataclass
class Subscription:
    """A push subscription: where a topic's messages go and how they are signed."""

    name: str
    endpoint: str | None
    audience: str | None  # None: the endpoint URL, as Pub/Sub does
    service_account: str = DEFAULT_SERVICE_ACCOUNT

    def resource(self) -> dict[str, Any]:
        return {
            "subscription": self.name,
            "pushEndpoint": self.endpoint,
            "audience": self.audience or self.endpoint,
            "serviceAccountEmail": self.service_account,
        }


@dataclass
class Delivery:
    message_id: str
    topic: str
    subscription: Subscription
    body: bytes
    email_address: str
    history_id: int
    statuses: list[str] = field(default_factory=list)  # one per attempt: "204", "error: ..."
    acknowledged: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "messageId": self.message_id,
            "topic": self.topic,
            "pushEndpoint": self.subscription.endpoint,
            "emailAddress": self.email_address,
            "historyId": str(self.history_id),
            "attempts": len(self.statuses),
            "statuses": list(self.statuses),
            "acknowledged": self.acknowledged,
        }


@dataclass
class RetryPolicy:
    """Pub/Sub's exponential backoff between attempts at one message."""

    minimum: float = 10.0
    maximum: float = 600.0

    def delay(self, attempts: int) -> float:
        return min(self.maximum, self.minimum * 2 ** max(0, attempts - 1))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Signer:
    """An RSA key and its self-signed certificate, made on first use (a key takes a few
    tens of milliseconds to generate), served like Google's oauth2/v1/certs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: Any = None
        self.key_id = ""
        self._certificate_pem = ""

    def _ensure(self) -> None:
        with self._lock:
            if self._key is not None:
                return
            from cryptography import x509
            from cryptography.hazmat.primitives import hashes, serialization
            from cryptography.hazmat.primitives.asymmetric import rsa
            from cryptography.x509.oid import NameOID

            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sandbox push signer")])
            certificate = (
                x509.CertificateBuilder()
                .subject_name(name)
                .issuer_name(name)
                .public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                # Fixed bounds: verifiers read the key, not the validity, and the sandbox's
                # clock may be pinned anywhere.
                .not_valid_before(datetime(2000, 1, 1, tzinfo=UTC))
                .not_valid_after(datetime(2100, 1, 1, tzinfo=UTC))
                .sign(key, hashes.SHA256())
            )
            self._certificate_pem = certificate.public_bytes(serialization.Encoding.PEM).decode()
            self.key_id = certificate.fingerprint(hashes.SHA1()).hex()
            self._key = key

    def certs(self) -> dict[str, str]:
        """{key id: PEM certificate}, the shape of https://www.googleapis.com/oauth2/v1/certs."""
        self._ensure()
        return {self.key_id: self._certificate_pem}

    def sign(self, claims: dict[str, Any]) -> str:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        self._ensure()
        header = {"alg": "RS256", "kid": self.key_id, "typ": "JWT"}
        signing_input = ".".join(
            _b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims)
        )
        signature = self._key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing_input + "." + _b64url(signature)


def oidc_claims(subscription: Subscription, now: float) -> dict[str, Any]:
    """The claims of the token Pub/Sub puts on a push (its example in the page above)."""
    issued = int(now)
    return {
        "aud": subscription.audience or subscription.endpoint or "",
        "azp": "100000000000000000001",
        "email": subscription.service_account,
        "email_verified": True,
        "exp": issued + TOKEN_LIFETIME_SECONDS,
        "iat": issued,
        "iss": ISSUER,
        "sub": "100000000000000000001",
    }


def push_body(
    subscription: Subscription, message_id: str, email_address: str, history_id: int, now: float
) -> bytes:
    data = json.dumps({"emailAddress": email_address, "historyId": str(history_id)}).encode()
    published = datetime.fromtimestamp(now, UTC).isoformat(timespec="milliseconds")
    published = published.replace("+00:00", "Z")
    encoded = base64.b64encode(data).decode("ascii")
    message = {
        "attributes": {},
        "data": encoded,
        "messageId": message_id,
        "message_id": message_id,
        "publishTime": published,
        "publish_time": published,
    }
    return json.dumps({"message": message, "subscription": subscription.name}).encode()


class PubSub:
    """Topics, their push subscriptions, and a thread that delivers pushes until each is
    acknowledged (daemon; started with the first message)."""

    def __init__(self, clock: Callable[[], float], retry: RetryPolicy | None = None) -> None:
        self.clock = clock
        self.retry = retry or RetryPolicy()
        self.signer = Signer()
        self._lock = threading.Condition()
        self.topics: dict[str, Subscription | None] = {}
        self.deliveries: list[Delivery] = []
        self._pending: list[tuple[float, int, Delivery]] = []
        self._sequence = itertools.count(1)
        self._thread: threading.Thread | None = None
        self._closing = False

    # ---- configuration -------------------------------------------------------------------

    def configure_topic(
        self,
        topic: str,
        endpoint: str | None = None,
        *,
        audience: str | None = None,
        service_account: str | None = None,
        subscription: str | None = None,
    ) -> Subscription | None:
        """Create `topic` (projects/P/topics/T), with a push subscription to `endpoint`."""
        if not TOPIC_NAME.fullmatch(topic):
            raise ValueError(f"not a topic name (projects/PROJECT/topics/TOPIC): {topic!r}")
        pushed = None
        if endpoint:
            project, name = topic.split("/")[1], topic.split("/")[3]
            pushed = Subscription(
                subscription or f"projects/{project}/subscriptions/{name}-push",
                endpoint,
                audience,
                service_account or DEFAULT_SERVICE_ACCOUNT,
            )
        with self._lock:
            self.topics[topic] = pushed
        return pushed

    def config(self) -> dict[str, Any]:
        with self._lock:
            return {
                "topics": {
                    name: (sub.resource() if sub else None) for name, sub in self.topics.items()
                },
                "retry": {
                    "minimumBackoff": self.retry.minimum,
                    "maximumBackoff": self.retry.maximum,
                },
            }

    # ---- publishing ----------------------------------------------------------------------

    def publish(self, topic: str, email_address: str, history_id: int) -> Delivery | None:
        """Publish a Gmail notification to `topic`; queued for its push subscription."""
        with self._lock:
            subscription = self.topics.get(topic)
            if subscription is None or not subscription.endpoint:
                return None  # a topic nobody subscribed to: the message goes nowhere
            message_id = str(next(self._sequence) + 10_000_000_000)
            now = self.clock()
            delivery = Delivery(
                message_id,
                topic,
                subscription,
                push_body(subscription, message_id, email_address, history_id, now),
                email_address,
                history_id,
            )
            self.deliveries.append(delivery)
            heapq.heappush(self._pending, (time.monotonic(), int(message_id), delivery))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._deliver_forever, name="sandbox-pubsub-push", daemon=True
                )
                self._thread.start()
            self._lock.notify_all()
            return delivery

    def close(self) -> None:
        """Stop the delivery thread; what is pending waits for the next publish."""
        with self._lock:
            self._closing = True
            self._lock.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=ACK_DEADLINE_SECONDS + 1)
        with self._lock:
            self._thread, self._closing = None, False

    def _deliver_forever(self) -> None:
        while True:
            with self._lock:
                while not self._closing:
                    wait = self._pending[0][0] - time.monotonic() if self._pending else None
                    if wait is not None and wait <= 0:
                        break
                    self._lock.wait(wait)
                if self._closing:
                    return
                _due, _order, delivery = heapq.heappop(self._pending)
            status = self._attempt(delivery)
            with self._lock:
                delivery.statuses.append(status)
                if status.isdigit() and int(status) in ACKNOWLEDGING:
                    delivery.acknowledged = True
                else:
                    due = time.monotonic() + self.retry.delay(len(delivery.statuses))
                    heapq.heappush(self._pending, (due, int(delivery.message_id), delivery))

    def _attempt(self, delivery: Delivery) -> str:
        subscription = delivery.subscription
        token = self.signer.sign(oidc_claims(subscription, self.clock()))
        request = urllib.request.Request(
            subscription.endpoint or "",
            data=delivery.body,
            method="POST",
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {token}",
                "User-Agent": USER_AGENT,
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=ACK_DEADLINE_SECONDS) as answer:
                return str(answer.status)
        except urllib.error.HTTPError as error:
            return str(error.code)
        except (OSError, ValueError) as error:
            return f"error: {type(error).__name__}"
