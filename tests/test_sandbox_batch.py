"""The multipart batch endpoint, driven by googleapiclient's own BatchHttpRequest."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.errors import HttpError

from gmail_sandbox.serve import running_sandbox
from tests.sandbox_mail import numbered

STOPPED_CLOCK = datetime(2025, 3, 10, tzinfo=UTC).timestamp


def run_batch(running, requests_by_id) -> dict[str, tuple]:
    """Execute one batch; returns request id -> (response, HttpError or None)."""
    answers: dict[str, tuple] = {}
    batch = running.new_batch(
        lambda rid, response, error: answers.__setitem__(rid, (response, error))
    )
    for request_id, request in requests_by_id.items():
        batch.add(request, request_id=request_id)
    batch.execute()
    return answers


def test_100_metadata_gets_where_a_few_parts_fail_and_the_rest_succeed():
    with running_sandbox(
        units_per_second=None,
        fault_rate=0.08,
        fault_seed=11,
        fault_mix={"500": 1, "503": 1, "429": 1, "drop": 1},
    ) as running:
        stored = [running.sandbox.deliver(raw) for raw in numbered(95)]
        wanted = [m.id for m in stored] + [f"ffff{n:04x}" for n in range(5)]  # 5 unknown ids
        messages = running.gmail().users().messages()
        answers = run_batch(running, {
            str(n): messages.get(userId="me", id=message_id, format="metadata",
                                 metadataHeaders=["Subject"])
            for n, message_id in enumerate(wanted)
        })  # fmt: skip

        # Each part is one call of the user's, in order: the fault log says which failed.
        injected = {fault.call: fault.kind for fault in running.sandbox.faults.log}
        assert 0 < len(injected) < 20
        expected_status = {"500": 500, "503": 503, "429": 429, "drop": 503}
        for n, message_id in enumerate(wanted):
            response, error = answers[str(n)]
            if n in injected:
                assert error.status_code == expected_status[injected[n]]
            elif n >= 95:
                assert error.status_code == 404
            else:
                assert error is None
                assert response["id"] == message_id
                assert response["payload"]["headers"] == [
                    {"name": "Subject", "value": f"Update {n}"}
                ]
        assert sum(error is None for _, error in answers.values()) == 95 - len(
            [n for n in injected if n < 95]
        )


def test_more_than_100_parts_are_refused_with_a_400(gmail_sandbox):
    profile = gmail_sandbox.gmail().users().getProfile(userId="me")
    batch = gmail_sandbox.new_batch()
    for _ in range(101):
        batch.add(profile)
    with pytest.raises(HttpError) as refused:
        batch.execute()
    assert refused.value.status_code == 400
    assert json.loads(refused.value.content)["error"]["code"] == 400


def test_each_part_is_charged_its_own_quota():
    with running_sandbox(
        quota_table="google-2023", units_per_second=250, clock=STOPPED_CLOCK
    ) as running:
        stored = [running.sandbox.deliver(raw) for raw in numbered(60)]
        messages = running.gmail().users().messages()
        answers = run_batch(running, {
            str(n): messages.get(userId="me", id=m.id, format="minimal")
            for n, m in enumerate(stored)
        })  # fmt: skip
        statuses = [answers[str(n)][1] for n in range(60)]
        # 5 units a get, 250 a second (the clock is stopped): 50 pass, 10 are refused
        assert all(error is None for error in statuses[:50])
        assert all(error.status_code == 429 for error in statuses[50:])
        assert statuses[50].resp["retry-after"] == "1"
        usage = running.sandbox.usage()["users"]["me@example.com"]
        assert usage["unitsSpent"] == 250
        assert usage["calls"] == {"gmail.users.messages.get": 50}
        assert usage["rejected"] == {"rateLimit": 10}


def test_a_part_with_an_expired_token_is_refreshed_and_retried_by_the_client(gmail_sandbox):
    grant = gmail_sandbox.sandbox.issue_token(client_id="client-1")
    gmail_sandbox.sandbox.tokens.expire_access_tokens("me@example.com")
    credentials = Credentials(
        token=grant.access_token,
        refresh_token=grant.refresh_token,
        token_uri=gmail_sandbox.url + "/token",
        client_id="client-1",
        client_secret="secret",
    )
    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(3)]
    messages = gmail_sandbox.gmail(credentials=credentials).users().messages()
    answers = run_batch(
        gmail_sandbox, {m.id: messages.get(userId="me", id=m.id, format="minimal") for m in stored}
    )
    assert all(error is None for _, error in answers.values())
    assert credentials.token != grant.access_token


def test_mutations_in_a_batch_apply_independently(gmail_sandbox):
    stored = [gmail_sandbox.sandbox.deliver(raw) for raw in numbered(2)]
    service = gmail_sandbox.gmail()
    messages = service.users().messages()
    answers = run_batch(gmail_sandbox, {
        "star": messages.modify(userId="me", id=stored[0].id, body={"addLabelIds": ["STARRED"]}),
        "bad": messages.modify(userId="me", id=stored[1].id, body={"addLabelIds": ["Label_9"]}),
        "label": service.users().labels().create(userId="me", body={"name": "Batch"}),
        "bulk": messages.batchModify(userId="me", body={"ids": [stored[1].id],
                                                        "removeLabelIds": ["UNREAD"]}),
    })  # fmt: skip
    assert "STARRED" in answers["star"][0]["labelIds"]
    assert answers["bad"][1].status_code == 400
    assert answers["label"][0]["name"] == "Batch"
    assert answers["bulk"] == ("", None)
    assert stored[1].labels == {"INBOX"}


def test_a_hand_written_batch_with_outer_auth_and_odd_parts(gmail_sandbox):
    """LF line ends, auth only on the outer request, an absolute URL, a nested batch, junk."""
    import requests

    from gmail_sandbox.multipart import split_parts

    stored = gmail_sandbox.sandbox.deliver(numbered(1)[0])
    parts = [
        ("<a+1>", "GET /gmail/v1/users/me/profile HTTP/1.1\n\n"),
        ("<a+2>", f"GET {gmail_sandbox.url}/gmail/v1/users/me/messages/{stored.id}"
                  "?format=minimal&fields=id HTTP/1.1\nAccept: application/json\n\n"),
        ("<a+3>", "POST /batch/gmail/v1 HTTP/1.1\nContent-Type: multipart/mixed\n\n"),
        ("<a+4>", "nonsense\n"),
        ("<a+5>", "POST /gmail/v1/users/me/labels HTTP/1.1\nContent-Type: application/json\n\n"
                  '{"name": "From batch"}'),
    ]  # fmt: skip
    body = (
        "".join(
            f"--XYZ\nContent-Type: application/http\nContent-ID: {cid}\n\n{payload}\n"
            for cid, payload in parts
        )
        + "--XYZ--\n"
    )
    response = requests.post(
        gmail_sandbox.url + "/batch",
        data=body.encode(),
        headers={"Content-Type": "multipart/mixed; boundary=XYZ",
                 "Authorization": f"Bearer {gmail_sandbox.token_for()}"},
    )  # fmt: skip
    assert response.status_code == 200
    answers = split_parts(response.headers["Content-Type"], response.content)
    ids = [dict(headers)["Content-ID"] for headers, _ in answers]
    assert ids == [f"<response-a+{n}>" for n in range(1, 6)]
    statuses = [payload.split(b" ", 2)[1] for _, payload in answers]
    assert statuses == [b"200", b"200", b"400", b"400", b"200"]
    assert answers[1][1].endswith(json.dumps({"id": stored.id}, separators=(",", ":")).encode())


def test_a_batch_must_be_multipart(gmail_sandbox):
    import requests

    response = requests.post(gmail_sandbox.url + "/batch/gmail/v1", json={"not": "multipart"})
    assert response.status_code == 400
    assert response.json()["error"]["errors"][0]["reason"] == "badRequest"
