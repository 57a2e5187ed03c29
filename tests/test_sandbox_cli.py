"""`afterview sandbox` as a subprocess: URL and token on stdout, then a working API."""

from __future__ import annotations

import signal
import subprocess
import threading

import requests
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

from tests.conftest import ROOT, afterview_command
from tests.sandbox_mail import from_me, from_recruiter


def test_prints_url_and_token_then_answers_with_that_token(tmp_path):
    (tmp_path / "invite.eml").write_bytes(from_recruiter("Interview invitation"))
    (tmp_path / "thread.mbox").write_bytes(
        b"From amy@acme.example Mon Mar  3 18:00:00 2025\n" + from_recruiter("Thread")
        + b"\nFrom me@example.com Mon Mar  3 20:00:00 2025\n" + from_me("Re: Thread")
    )  # fmt: skip
    process = subprocess.Popen(
        afterview_command("sandbox", "--port", "0", "--mailbox", str(tmp_path), "--admin"),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    watchdog = threading.Timer(30, process.kill)  # never hang the suite on a stuck child
    watchdog.start()
    try:
        url = process.stdout.readline().strip()
        token = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), process.stderr.read()
        service = build("gmail", "v1", credentials=Credentials(token=token), static_discovery=True,
                        cache_discovery=False, client_options={"api_endpoint": url})  # fmt: skip
        profile = service.users().getProfile(userId="me").execute()
        assert (profile["messagesTotal"], profile["threadsTotal"]) == (3, 2)
        sent = service.users().messages().list(userId="me", labelIds=["SENT"]).execute()
        assert sent["resultSizeEstimate"] == 1
        assert requests.get(url + "/_admin/mailboxes").json() == {"mailboxes": ["me@example.com"]}
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        watchdog.cancel()
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == 0


def test_bad_arguments_are_clear_errors(tmp_path):
    cases = [
        (["--port", "http"], "argument --port: not a whole number: 'http'"),
        (["--port", "0", "--fault-rate", "2"], "--fault-rate: must be between 0 and 1"),
        (["--port", "0", "--me", "nobody"], "--me: not an email address"),
        (["--port", "0", "--mailbox", str(tmp_path / "nope")], "no such file or directory"),
        (["--port", "0", "--quota-table", "google-1999"], "invalid choice: 'google-1999'"),
        (["--port", "0", "--push-topic", "gmail"], "--push-topic: not a Pub/Sub topic"),
        (
            ["--port", "0", "--push-topic", "projects/p/topics/t=ftp://x"],
            "the push endpoint is not an http(s) URL",
        ),
        ([], "the following arguments are required: --port"),
    ]
    for args, message in cases:
        result = subprocess.run(
            afterview_command("sandbox", *args), cwd=ROOT, capture_output=True, text=True
        )
        assert result.returncode == 2, args
        assert message in result.stderr, (args, result.stderr)
        assert result.stdout == ""


def test_push_topics_are_given_on_the_command_line():
    process = subprocess.Popen(
        afterview_command(
            "sandbox", "--port", "0", "--admin",
            "--push-topic", "projects/p/topics/gmail=http://127.0.0.1:9/hooks/gmail",
            "--push-topic", "projects/p/topics/quiet",
            "--push-audience", "https://afterview.example/hooks/gmail",
            "--push-service-account", "push@p.iam.gserviceaccount.com",
        ),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    watchdog = threading.Timer(30, process.kill)
    watchdog.start()
    try:
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), process.stderr.read()
        topics = requests.get(url + "/_admin/push", timeout=10).json()["topics"]
        assert topics == {
            "projects/p/topics/gmail": {
                "subscription": "projects/p/subscriptions/gmail-push",
                "pushEndpoint": "http://127.0.0.1:9/hooks/gmail",
                "audience": "https://afterview.example/hooks/gmail",
                "serviceAccountEmail": "push@p.iam.gserviceaccount.com",
            },
            "projects/p/topics/quiet": None,
        }
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        watchdog.cancel()
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == 0
