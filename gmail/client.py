"""The worker's Gmail client: the unmodified Google client library, with our batching,
pacing and retries around it.

- Works against real Gmail or the sandbox: only the endpoint and token URI differ. The
  discovery document is the one shipped with the library (no network), and batches go to
  ``<endpoint>/batch/gmail/v1`` (the service's own ``new_batch_http_request()`` would always
  point at Google, whatever endpoint the service was built for).
- Every call is charged to the account's quota limiter before it is sent, at the cost the
  shared quota table gives its method, so all workers together stay under the account's
  limit. Each attempt is charged, since each reaches Gmail. The limiter is paid at the
  last moment, by the transport (`_PacedHttp`), once the request is written: its place
  in the quota's window is when it leaves, not when it was planned.
- One retry policy (``gmail.retry``) for single calls and for failed batch parts; the
  library's ``num_retries`` is never used. 404 means "missing", never retried.
- Access tokens are refreshed by ``google-auth-httplib2`` on expiry and on a 401; a refused
  refresh becomes ``AuthRevoked``. No error or log line carries a token.

A client holds one HTTP connection and is not thread-safe: one client per thread.
"""

from __future__ import annotations

import base64
import json
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import google_auth_httplib2
from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError
from googleapiclient.http import BatchHttpRequest, HttpRequest

from gmail.errors import (
    AuthRevoked,
    GmailRequestFailed,
    GmailUnavailable,
    HistoryExpired,
    OutcomeUnknown,
)
from gmail.quota import DEFAULT_TABLE, QuotaTable
from gmail.retry import (
    TRANSPORT_ERRORS,
    Failure,
    FailureKind,
    RetryPolicy,
    classify_http_error,
    classify_transport_error,
)
from gmail.transport import SingleAttemptHttp
from worker.quota import Limiter

GOOGLE_API_ENDPOINT = "https://gmail.googleapis.com"
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
BATCH_PATH = "/batch/gmail/v1"
MAX_BATCH_CALLS = 50  # Google accepts 100 per batch and recommends at most 50
MAX_PAGE_SIZE = 500  # messages.list and history.list pages
MAX_BATCH_MODIFY_IDS = 1000
DEFAULT_HISTORY_TYPES = ("messageAdded", "labelAdded", "labelRemoved")

# Partial responses: only what the sync reads from a metadata get.
METADATA_FIELDS = "id,threadId,labelIds,internalDate,historyId,payload/headers"

log = logging.getLogger(__name__)

_MISSING = object()
_MIN_SECRET_LENGTH = 8  # a 404 answer, told apart from any body


def oauth_credentials(
    *,
    refresh_token: str,
    client_id: str,
    client_secret: str,
    token_uri: str = GOOGLE_TOKEN_URI,
    access_token: str | None = None,
    expiry: datetime | None = None,
    scopes: Sequence[str] | None = None,
) -> Credentials:
    """Credentials for one account's stored grant. ``expiry`` is naive UTC, as google-auth
    expects; without an access token the first call refreshes one."""
    return Credentials(
        token=access_token,
        refresh_token=refresh_token,
        token_uri=token_uri,
        client_id=client_id,
        client_secret=client_secret,
        scopes=list(scopes) if scopes else None,
        expiry=expiry,
    )


@dataclass
class CallStats:
    """What this client has spent, by discovery method id. Every attempt counts."""

    calls: Counter[str] = field(default_factory=Counter)
    units: Counter[str] = field(default_factory=Counter)
    batches: int = 0
    retries: int = 0
    quota_wait_seconds: float = 0.0
    backoff_seconds: float = 0.0

    @property
    def total_units(self) -> int:
        return sum(self.units.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "calls": dict(self.calls),
            "units": dict(self.units),
            "total_units": self.total_units,
            "batches": self.batches,
            "retries": self.retries,
            "quota_wait_seconds": round(self.quota_wait_seconds, 3),
            "backoff_seconds": round(self.backoff_seconds, 3),
        }


LabelChange = tuple[Sequence[str], Sequence[str]]  # (label ids to add, label ids to remove)


class GmailClient:
    def __init__(
        self,
        credentials: Credentials,
        *,
        api_endpoint: str | None = None,
        limiter: Limiter | None = None,
        quota_table: QuotaTable = DEFAULT_TABLE,
        retry_policy: RetryPolicy | None = None,
        batch_size: int = MAX_BATCH_CALLS,
        timeout: float = 60.0,
        user_id: str = "me",
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if not 1 <= batch_size <= 100:
            raise ValueError(f"batch_size must be between 1 and 100, got {batch_size}")
        self.base_url = (api_endpoint or GOOGLE_API_ENDPOINT).rstrip("/")
        self.batch_uri = self.base_url + BATCH_PATH
        self.limiter = limiter
        self.quota_table = quota_table
        self.retry_policy = retry_policy or RetryPolicy()
        self.batch_size = batch_size
        self.user_id = user_id
        self.stats = CallStats()
        self._credentials = credentials
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._due = 0  # units the next request sent pays the limiter
        self._http = google_auth_httplib2.AuthorizedHttp(
            credentials,
            http=_PacedHttp(SingleAttemptHttp(timeout=timeout), credentials, self._pay),
        )
        self._service = build(
            "gmail",
            "v1",
            http=self._http,
            static_discovery=True,
            cache_discovery=False,
            client_options={"api_endpoint": self.base_url},
        )
        # Each of these builds every method of its resource from the discovery document
        # (milliseconds apiece), so they are built once, not once per request.
        self._users = self._service.users()
        self._messages = self._users.messages()
        self._threads = self._users.threads()
        self._labels = self._users.labels()
        self._history = self._users.history()
        self._drafts = self._users.drafts()
        self._attachments = self._messages.attachments()

    @property
    def credentials(self) -> Credentials:
        """The account's credentials, renewed in place on refresh (store the new token)."""
        return self._credentials

    def close(self) -> None:
        self._service.close()

    def __enter__(self) -> GmailClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- profile and listing ------------------------------------------------------------

    def get_profile(self) -> dict[str, Any]:
        """emailAddress, messagesTotal, threadsTotal and the current historyId."""
        request = self._users.getProfile(userId=self.user_id)
        return self._present(self._call(request, "the profile"), request, "the profile")

    def list_message_ids(
        self,
        query: str = "",
        *,
        page_size: int = MAX_PAGE_SIZE,
        label_ids: Sequence[str] | None = None,
        include_spam_trash: bool = False,
    ) -> Iterator[tuple[str, str]]:
        """(message id, thread id) of every message matching ``query``, newest first,
        fetched a page at a time as the caller iterates."""
        page_token = None
        target = f"query {query!r}"
        while True:
            request = self._messages.list(
                userId=self.user_id,
                q=query or None,
                maxResults=min(page_size, MAX_PAGE_SIZE),
                pageToken=page_token,
                labelIds=list(label_ids) if label_ids else None,
                includeSpamTrash=include_spam_trash,
                fields="messages(id,threadId),nextPageToken",
            )
            page = self._present(self._call(request, target), request, target)
            for message in page.get("messages", []):
                yield message["id"], message["threadId"]
            page_token = page.get("nextPageToken")
            if not page_token:
                return

    def estimate_message_count(self, query: str = "") -> int:
        """Gmail's own estimate of the messages matching ``query`` (one cheap call)."""
        target = f"query {query!r}"
        request = self._messages.list(
            userId=self.user_id, q=query or None, maxResults=1, fields="resultSizeEstimate"
        )
        page = self._present(self._call(request, target), request, target)
        return int(page.get("resultSizeEstimate", 0))

    def list_history(
        self,
        start_history_id: str | int,
        history_types: Sequence[str] = DEFAULT_HISTORY_TYPES,
        *,
        label_id: str | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> tuple[list[dict[str, Any]], str]:
        """Every history record after ``start_history_id`` and the mailbox's history id
        now. Raises ``HistoryExpired`` when Gmail no longer has that history (404)."""
        start = str(start_history_id)
        target = f"history from {start}"
        records: list[dict[str, Any]] = []
        latest = start
        page_token = None
        while True:
            request = self._history.list(
                userId=self.user_id,
                startHistoryId=start,
                historyTypes=list(history_types) or None,
                labelId=label_id,
                maxResults=min(page_size, MAX_PAGE_SIZE),
                pageToken=page_token,
            )
            page = self._call(request, target)
            if page is _MISSING:
                raise HistoryExpired(start)
            records.extend(page.get("history", []))
            latest = str(page.get("historyId", latest))
            page_token = page.get("nextPageToken")
            if not page_token:
                return records, latest

    # -- reading messages and threads, batched ------------------------------------------

    def get_messages(
        self,
        ids: Iterable[str],
        *,
        format: str = "metadata",
        metadata_headers: Sequence[str] | None = None,
        fields: str | None = None,
    ) -> dict[str, dict[str, Any] | None]:
        """Each message by id, in the order asked (duplicates once); None where Gmail has
        no such message. ``metadata_headers`` applies to the metadata format only."""

        def request_for(message_id: str) -> HttpRequest:
            return self._messages.get(
                userId=self.user_id,
                id=message_id,
                format=format,
                metadataHeaders=list(metadata_headers) if metadata_headers else None,
                fields=fields,
            )

        return self._get_many(ids, request_for)

    def get_threads(
        self,
        ids: Iterable[str],
        *,
        format: str = "metadata",
        metadata_headers: Sequence[str] | None = None,
        fields: str | None = None,
    ) -> dict[str, dict[str, Any] | None]:
        """Each thread by id, as ``get_messages`` does for messages."""

        def request_for(thread_id: str) -> HttpRequest:
            return self._threads.get(
                userId=self.user_id,
                id=thread_id,
                format=format,
                metadataHeaders=list(metadata_headers) if metadata_headers else None,
                fields=fields,
            )

        return self._get_many(ids, request_for)

    def get_attachments(
        self, refs: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], dict[str, Any] | None]:
        """Each attachment by (message id, attachment id), batched; None where missing."""

        def request_for(key: str) -> HttpRequest:
            message_id, attachment_id = key.split("/", 1)
            return self._attachments.get(
                userId=self.user_id, messageId=message_id, id=attachment_id
            )

        keys = {
            f"{message_id}/{attachment_id}": (message_id, attachment_id)
            for message_id, attachment_id in refs
        }
        answers = self._get_many(keys, request_for)
        return {keys[key]: answer for key, answer in answers.items()}

    # -- labels -------------------------------------------------------------------------

    def list_labels(self) -> list[dict[str, Any]]:
        request = self._labels.list(userId=self.user_id)
        page = self._present(self._call(request, "the labels"), request, "the labels")
        return list(page.get("labels", []))

    def create_label(
        self,
        name: str,
        *,
        label_list_visibility: str = "labelShow",
        message_list_visibility: str = "show",
        color: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Create a label, or return the existing one if Gmail says the name is taken
        (also what a retried create whose first answer was lost runs into)."""
        body: dict[str, Any] = {
            "name": name,
            "labelListVisibility": label_list_visibility,
            "messageListVisibility": message_list_visibility,
        }
        if color:
            body["color"] = dict(color)
        request = self._labels.create(userId=self.user_id, body=body)
        target = f"label {name!r}"
        try:
            return self._present(self._call(request, target), request, target)
        except GmailRequestFailed as error:
            if error.status != 409:
                raise
            for label in self.list_labels():
                if label.get("name", "").casefold() == name.casefold():
                    return label
            raise

    def patch_label(self, label_id: str, changes: Mapping[str, Any]) -> dict[str, Any] | None:
        """Change some of a label's fields; None if the label no longer exists."""
        request = self._labels.patch(userId=self.user_id, id=label_id, body=dict(changes))
        answer = self._call(request, f"label {label_id}")
        return None if answer is _MISSING else answer

    def delete_label(self, label_id: str) -> bool:
        """False if the label was already gone."""
        request = self._labels.delete(userId=self.user_id, id=label_id)
        return self._call(request, f"label {label_id}") is not _MISSING

    # -- changing labels on mail --------------------------------------------------------

    def modify_thread(
        self, thread_id: str, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> bool:
        """Add and remove labels on every message of a thread; False if it is gone."""
        request = self._threads.modify(
            userId=self.user_id,
            id=thread_id,
            body={"addLabelIds": list(add), "removeLabelIds": list(remove)},
            fields="id",
        )
        return self._call(request, f"thread {thread_id}") is not _MISSING

    def modify_threads(self, changes: Mapping[str, LabelChange]) -> dict[str, bool]:
        """``modify_thread`` for many threads, batched: thread id → (add, remove)."""

        def request_for(thread_id: str) -> HttpRequest:
            add, remove = changes[thread_id]
            return self._threads.modify(
                userId=self.user_id,
                id=thread_id,
                body={"addLabelIds": list(add), "removeLabelIds": list(remove)},
                fields="id",
            )

        answers = self._get_many(changes.keys(), request_for)
        return {thread_id: answer is not None for thread_id, answer in answers.items()}

    def batch_modify(
        self, message_ids: Iterable[str], add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> None:
        """The same label change on many messages, 1,000 ids a call."""
        ids = list(dict.fromkeys(message_ids))
        for start in range(0, len(ids), MAX_BATCH_MODIFY_IDS):
            chunk = ids[start : start + MAX_BATCH_MODIFY_IDS]
            request = self._messages.batchModify(
                userId=self.user_id,
                body={"ids": chunk, "addLabelIds": list(add), "removeLabelIds": list(remove)},
            )
            target = f"{len(chunk)} messages from {chunk[0]}"
            self._present(self._call(request, target), request, target)

    # -- push notifications -------------------------------------------------------------

    def watch(
        self,
        topic_name: str,
        label_ids: Sequence[str] = (),
        label_filter_behavior: str = "include",
    ) -> dict[str, Any]:
        """users.watch: Gmail publishes the mailbox's changes to the Pub/Sub topic for 7
        days; {"historyId", "expiration" (epoch ms)}. Calling it again renews it."""
        body: dict[str, Any] = {"topicName": topic_name}
        if label_ids:
            body["labelIds"] = list(label_ids)
            body["labelFilterBehavior"] = label_filter_behavior
        request = self._users.watch(userId=self.user_id, body=body)
        target = f"the watch on {topic_name}"
        return self._present(self._call(request, target), request, target)

    def stop(self) -> None:
        """users.stop: no more push notifications for this mailbox."""
        request = self._users.stop(userId=self.user_id)
        self._call(request, "the watch")

    # -- writing mail: never resent on an ambiguous failure -----------------------------

    def create_draft(self, raw: bytes, thread_id: str | None = None) -> dict[str, Any]:
        """A draft from an RFC 2822 message, in ``thread_id`` if given."""
        message: dict[str, Any] = {"raw": _base64url(raw)}
        if thread_id:
            message["threadId"] = thread_id
        request = self._drafts.create(userId=self.user_id, body={"message": message})
        target = f"a draft in thread {thread_id}" if thread_id else "a new draft"
        answer = self._call(request, target, idempotent=False)
        return self._present(answer, request, target)

    def list_drafts(self, query: str = "") -> list[dict[str, Any]]:
        """Every draft (id and message ref) matching ``query``, e.g. ``rfc822msgid:<id>``."""
        drafts: list[dict[str, Any]] = []
        page_token = None
        target = f"drafts {query!r}"
        while True:
            request = self._drafts.list(
                userId=self.user_id,
                q=query or None,
                maxResults=MAX_PAGE_SIZE,
                pageToken=page_token,
            )
            page = self._present(self._call(request, target), request, target)
            drafts.extend(page.get("drafts", []))
            page_token = page.get("nextPageToken")
            if not page_token:
                return drafts

    def send_message(self, raw: bytes, thread_id: str | None = None) -> dict[str, Any]:
        """Send an RFC 2822 message. Raises ``OutcomeUnknown`` rather than risk sending
        it twice when a failure leaves open whether Gmail sent it."""
        body: dict[str, Any] = {"raw": _base64url(raw)}
        if thread_id:
            body["threadId"] = thread_id
        request = self._messages.send(userId=self.user_id, body=body)
        target = f"a message in thread {thread_id}" if thread_id else "a new message"
        answer = self._call(request, target, idempotent=False)
        return self._present(answer, request, target)

    # -- machinery ----------------------------------------------------------------------

    def _get_many(
        self, keys: Iterable[str], request_for: Callable[[str], HttpRequest]
    ) -> dict[str, Any]:
        """Batched calls, one per distinct key, in order; None for each 404."""
        unique = list(dict.fromkeys(keys))
        results: dict[str, Any] = {}
        for start in range(0, len(unique), self.batch_size):
            chunk = [(key, request_for(key)) for key in unique[start : start + self.batch_size]]
            if len(chunk) == 1:  # a batch of one only adds a multipart envelope
                key, request = chunk[0]
                results[key] = self._call(request, _target_of(request, key))
            else:
                results.update(self._call_batch(chunk))
        return {key: None if results[key] is _MISSING else results[key] for key in unique}

    def _call(self, request: HttpRequest, target: str, *, idempotent: bool = True) -> Any:
        """One request under the retry policy: its body, or ``_MISSING`` on a 404."""
        return self._retry_single(request, target, idempotent=idempotent, attempt=1)

    def _retry_single(
        self, request: HttpRequest, target: str, *, idempotent: bool, attempt: int
    ) -> Any:
        method_id = request.methodId
        while True:
            self._charge([method_id])
            try:
                return request.execute(http=self._http)
            except HttpError as error:
                failure = classify_http_error(error)
            except RefreshError as error:
                failure = self._refresh_failure(error)
            except json.JSONDecodeError as error:  # a 2xx body cut short
                failure = Failure(FailureKind.RETRY, None, "unreadableBody", str(error))
            except TRANSPORT_ERRORS as error:
                failure = classify_transport_error(error)
            if failure.kind is FailureKind.MISSING:
                return _MISSING
            self._raise_unless_retryable(method_id, target, failure, attempt, idempotent)
            self._back_off(method_id, target, failure, attempt)
            attempt += 1

    def _call_batch(self, chunk: list[tuple[str, HttpRequest]]) -> dict[str, Any]:
        """One batch of calls; parts that failed transiently are retried one by one."""
        answers = self._send_batch(chunk)
        results: dict[str, Any] = {}
        to_retry: list[tuple[str, HttpRequest, Failure]] = []
        fatal: GmailRequestFailed | None = None
        for index, (key, request) in enumerate(chunk):
            response, error = answers[str(index)]
            if error is None:
                results[key] = response
                continue
            failure = classify_http_error(error)
            if failure.kind is FailureKind.MISSING:
                results[key] = _MISSING
            elif failure.kind is FailureKind.FATAL:
                fatal = fatal or GmailRequestFailed(
                    request.methodId,
                    _target_of(request, key),
                    failure.status,
                    self._scrub(failure.describe()),
                )
            else:  # a rate limit, a server error, or a 401 the batch's refresh did not cure
                to_retry.append((key, request, failure))
        if fatal is not None:
            raise fatal
        if to_retry:
            # A batch whose parts Gmail refused for rate reached it later than the limiter
            # placed it: told once per batch, since the parts went out together.
            if any(part_failure.rate_limited for _, _, part_failure in to_retry):
                self._rate_refused()
            # One pause for the whole round, as long as the most insistent Retry-After.
            pause = max(
                self.retry_policy.delay(1, part_failure.retry_after, self._rng)
                for _, _, part_failure in to_retry
            )
            self._pause(f"{len(to_retry)} failed batch parts", to_retry[0][2], 1, pause)
            for key, request, _failure in to_retry:
                results[key] = self._retry_single(
                    request, _target_of(request, key), idempotent=True, attempt=2
                )
        return results

    def _send_batch(self, chunk: list[tuple[str, HttpRequest]]) -> dict[str, tuple[Any, Any]]:
        """Send the multipart request until the envelope itself gets through; each part's
        (response, HttpError) by part index."""
        target = f"a batch of {len(chunk)} calls"
        attempt = 1
        while True:
            self._charge([request.methodId for _, request in chunk])
            self.stats.batches += 1
            answers: dict[str, tuple[Any, Any]] = {}
            batch = BatchHttpRequest(callback=_collector(answers), batch_uri=self.batch_uri)
            for index, (_key, request) in enumerate(chunk):
                batch.add(request, request_id=str(index))
            try:
                batch.execute(http=self._http)
                if len(answers) == len(chunk):
                    return answers
                failure = Failure(
                    FailureKind.RETRY, None, "incompleteBatchResponse", "parts missing"
                )
            except HttpError as error:  # the envelope's status, or BatchError: unreadable
                failure = classify_http_error(error)
                if failure.kind is FailureKind.MISSING:  # no batch endpoint at this URL
                    failure = Failure(FailureKind.FATAL, 404, "notFound", self.batch_uri)
            except RefreshError as error:
                failure = self._refresh_failure(error)
            except (KeyError, IndexError, ValueError) as error:
                # The library indexes the answer by part id and parses each part's status
                # line; a truncated or mangled answer surfaces as one of these.
                failure = Failure(FailureKind.RETRY, None, "unreadableBatchResponse", repr(error))
            except TRANSPORT_ERRORS as error:
                failure = classify_transport_error(error)
            self._raise_unless_retryable("batch", target, failure, attempt, idempotent=True)
            self._back_off("batch", target, failure, attempt)
            attempt += 1

    def _charge(self, method_ids: Sequence[str]) -> None:
        """Count the calls of the request about to be sent; the limiter is paid as it
        leaves (`_pay`)."""
        units = 0
        for method_id in method_ids:
            cost = self.quota_table.cost(method_id)
            self.stats.calls[method_id] += 1
            self.stats.units[method_id] += cost
            units += cost
        self._due = units

    def _pay(self) -> None:
        units, self._due = self._due, 0
        if self.limiter is not None and units:
            self.stats.quota_wait_seconds += self.limiter.acquire(units)

    def _raise_unless_retryable(
        self, method_id: str, target: str, failure: Failure, attempt: int, idempotent: bool
    ) -> None:
        detail = self._scrub(failure.describe())
        if failure.kind is FailureKind.FATAL:
            raise GmailRequestFailed(method_id, target, failure.status, detail)
        if failure.kind is FailureKind.UNAUTHORIZED:
            raise AuthRevoked(
                f"Gmail refused the access token for {method_id} on {target} even after "
                f"refreshing it ({detail}); the account must be signed in again"
            )
        if not idempotent and failure.maybe_processed:
            raise OutcomeUnknown(method_id, target, detail)
        if attempt >= self.retry_policy.max_attempts:
            raise GmailUnavailable(method_id, target, attempt, detail)

    def _rate_refused(self) -> None:
        if self.limiter is not None:
            self.limiter.rate_refused()

    def _back_off(self, method_id: str, target: str, failure: Failure, attempt: int) -> None:
        if failure.rate_limited:
            self._rate_refused()
        pause = self.retry_policy.delay(attempt, failure.retry_after, self._rng)
        self._pause(f"{method_id} for {target}", failure, attempt, pause)

    def _pause(self, what: str, failure: Failure, attempt: int, pause: float) -> None:
        log.warning(
            "%s: %s; attempt %d failed, retrying in %.2fs",
            what,
            self._scrub(failure.describe()),
            attempt,
            pause,
        )
        self.stats.retries += 1
        self.stats.backoff_seconds += pause
        self._sleep(pause)

    def _refresh_failure(self, error: RefreshError) -> Failure:
        """A token endpoint that is down is worth retrying; a refused grant is not."""
        code, description = _refresh_error_details(error)
        if getattr(error, "retryable", False):
            return Failure(
                FailureKind.RETRY,
                None,
                "tokenRefreshFailed",
                self._scrub(description),
                maybe_processed=False,
            )
        detail = self._scrub(f"{code}: {description}" if description else code)
        # Not chained: the library's exception carries the token endpoint's raw answer.
        raise AuthRevoked(
            f"Google refused to refresh this account's access ({detail}); "
            "the user must sign in again"
        ) from None

    def _present(self, answer: Any, request: HttpRequest, target: str) -> Any:
        """The answer of a call whose 404 means our request was wrong, not 'missing'."""
        if answer is _MISSING:
            raise GmailRequestFailed(request.methodId, target, 404, "HTTP 404 (notFound)")
        return answer

    def _scrub(self, text: str) -> str:
        """Blank out any credential a server might echo back into an error message."""
        for secret in (
            self._credentials.token,
            self._credentials.refresh_token,
            self._credentials.client_secret,
        ):
            # Too short to be a real credential: blanking it would garble the message.
            if secret and len(secret) >= _MIN_SECRET_LENGTH:
                text = text.replace(secret, "[redacted]")
        return text


class _PacedHttp:
    """The transport under the token handling: pays the limiter for a Gmail request at
    the last moment before sending it, once its body is written (the 25 parts of a
    batch take milliseconds, more on a loaded machine), so that the moment the limiter
    holds is the moment the request leaves. A token refresh (the token URI) pays
    nothing; a request sent again by the token handling after a 401 was paid for."""

    def __init__(self, http: Any, credentials: Credentials, pay: Callable[[], None]) -> None:
        self._http = http
        self._token_uri = getattr(credentials, "token_uri", None)
        self._pay = pay

    def request(self, uri: str, *args: Any, **kwargs: Any) -> Any:
        if uri != self._token_uri:
            self._pay()
        return self._http.request(uri, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # timeout, connections, ...: httplib2's
        return getattr(self._http, name)


def _collector(answers: dict[str, tuple[Any, Any]]) -> Callable[[str, Any, Any], None]:
    def collect(part_id: str, response: Any, error: HttpError | None) -> None:
        answers[part_id] = (response, error)

    return collect


def _refresh_error_details(error: RefreshError) -> tuple[str, str]:
    """The OAuth error code and description, from the token endpoint's JSON answer."""
    response = error.args[1] if len(error.args) > 1 else None
    if isinstance(response, Mapping):
        return str(response.get("error", "refresh refused")), str(
            response.get("error_description", "")
        )
    return "refresh refused", str(error.args[0]) if error.args else ""


def _target_of(request: HttpRequest, key: str) -> str:
    """'message 18c…' for a message get, 'thread 18c…' for a thread call."""
    noun = request.methodId.split(".")[-2].rstrip("s") if request.methodId else "item"
    return f"{noun} {key}"


def _base64url(raw: bytes) -> str:
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii")
