"""A whole run, with every logger at DEBUG, logs none of what it must keep to itself: the
API token, the OAuth code, the client secret, Google's tokens, the addresses of the people
who wrote to the user, and what their mail says.

The run: sign-in through the server against the sandbox's OAuth server, the first sync by
the worker, new mail and a second sync, a draft, the weekly summary, then the account's
deletion (which revokes the grant)."""

from __future__ import annotations

import logging
import re
from email.utils import getaddresses
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import time_machine

from afterview.parse import parse_message
from storage.crypto import SecretBox
from storage.models import GmailAccount
from tests.builders.workers import BurstWorker
from tests.conftest import EXTENSION_ID
from tests.sync_helpers import (
    FIXED_NOW,
    KEY,
    ME,
    deliver,
    generated_sandbox,
    recruiter_mail,
    settings_env,
    settings_for,
)
from worker import jobs
from worker.runtime import reset_runtimes

CLIENT_ID = "afterview-test.apps.googleusercontent.com"
CLIENT_SECRET = "test-client-secret-not-for-logs"
PUBLIC_URL = "https://afterview.example.com"
WEEK = "2026-W12"  # FIXED_NOW's week
NEW_MAIL = "Could you do Thursday at 3pm with our CTO, Priyanka Venkataraman, in Lisbon?"
# A phrase shorter than this is too common to tell a leak from our own wording.
MIN_PHRASE = 24


@pytest.fixture
def every_log():
    """Every record of every logger, at DEBUG (the level a puzzled operator would turn to).
    Loggers the app holds at WARNING on purpose (server.logs) stay there: that is its
    own choice, under test here too."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    root = logging.getLogger()
    handler, level = Keep(logging.DEBUG), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    # Loggers that do not pass their records up get the handler themselves.
    islands = [
        logger
        for logger in logging.root.manager.loggerDict.values()
        if isinstance(logger, logging.Logger) and not logger.propagate
    ]
    for logger in islands:
        logger.addHandler(handler)
    yield records
    root.removeHandler(handler)
    root.setLevel(level)
    for logger in islands:
        logger.removeHandler(handler)


def _written(record: logging.LogRecord) -> str:
    """A record as any handler could write it: message, arguments, traceback, extras."""
    text = [record.getMessage(), repr(record.args)]
    if record.exc_info and record.exc_info[1] is not None:
        text.append(logging.Formatter().formatException(record.exc_info))
    if record.exc_text:
        text.append(record.exc_text)
    extras = {k: v for k, v in record.__dict__.items() if k not in _STANDARD}
    text.append(repr(extras))
    return "\n".join(text)


_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message"}


def _private_mail(running) -> tuple[set[str], set[str]]:
    """Other people's addresses, and phrases of what the mail says (not the drafts and
    summaries Afterview wrote: their wording is ours)."""
    addresses, phrases = set(), set()
    for stored in running.sandbox.mailbox(ME).messages.values():
        if "DRAFT" in stored.labels or stored.header("X-Afterview-Week"):
            continue
        values = [value for name, value in stored.headers if name.lower() in _ADDRESSED]
        addresses |= {address.lower() for _, address in getaddresses(values) if "@" in address}
        message = parse_message(stored.raw)
        for line in re.split(r"[\n.!?]", message.text):
            if len(line.strip()) >= MIN_PHRASE:
                phrases.add(line.strip())
    return addresses - {ME}, phrases


_ADDRESSED = {"from", "to", "cc", "reply-to", "sender"}


def _sign_in(client, running) -> tuple[str, str]:
    """Through the server and the sandbox's consent page: (API token, OAuth code)."""
    started = client.get(f"/auth/google/start?extension_id={EXTENSION_ID}")
    assert started.status_code == 302
    consented = requests.get(
        started.headers["Location"], params={"login_hint": ME}, allow_redirects=False, timeout=10
    )
    assert consented.status_code == 302, consented.text
    callback = urlsplit(consented.headers["Location"])
    finished = client.get(f"{callback.path}?{callback.query}")
    assert finished.status_code == 303, finished.get_data(as_text=True)
    token = parse_qs(urlsplit(finished.headers["Location"]).fragment)["token"][0]
    return token, parse_qs(callback.query)["code"][0]


def test_a_whole_run_logs_no_secret_no_address_and_no_mail_text(
    sqlite_db, make_server_app, monkeypatch, every_log
):
    with generated_sandbox(40) as running:
        app = make_server_app(
            sqlite_db,
            GOOGLE_OAUTH_SERVER=running.url,
            GOOGLE_CLIENT_ID=CLIENT_ID,
            GOOGLE_CLIENT_SECRET=CLIENT_SECRET,
            SECRET_KEYS=KEY,
            PUBLIC_URL=PUBLIC_URL,
        )
        queues = app.extensions["afterview.queues"]
        settings = settings_for(
            running,
            sqlite_db,
            redis_url=app.config["REDIS_URL"],
            queue_prefix=queues.prefix,
            google_client_id=CLIENT_ID,
            google_client_secret=CLIENT_SECRET,
            public_url=PUBLIC_URL,
        )
        worker_env = {
            **settings_env(settings),
            "AFTERVIEW_GOOGLE_CLIENT_ID": CLIENT_ID,
            "AFTERVIEW_GOOGLE_CLIENT_SECRET": CLIENT_SECRET,
            "AFTERVIEW_PUBLIC_URL": PUBLIC_URL,
        }
        for name, value in worker_env.items():
            monkeypatch.setenv(name, value)
        reset_runtimes()
        client = app.test_client()

        def work():
            with time_machine.travel(FIXED_NOW, tick=True):
                BurstWorker(queues.in_order(), connection=queues.connection).work(burst=True)

        api_token, code = _sign_in(client, running)
        headers = {"Authorization": f"Bearer {api_token}"}
        work()  # the first sync, queued by the sign-in
        deliver(running, recruiter_mail("Next steps with Northwind", NEW_MAIL))
        assert client.post("/api/sync", headers=headers).status_code == 202
        work()
        with time_machine.travel(FIXED_NOW, tick=False):
            listed = client.get("/api/threads", headers=headers).json
        thread_ids = [thread["id"] for group in listed["groups"] for thread in group["threads"]]
        assert thread_ids, "the sync found interview threads"
        drafted = client.post(
            f"/api/threads/{thread_ids[0]}/draft", json={"kind": "thank_you"}, headers=headers
        )
        assert drafted.status_code == 202
        with sqlite_db.session() as session:
            account = session.query(GmailAccount).one()
            user_id = account.user_id
            refresh_token = account.refresh_token(SecretBox([KEY]))
        jobs.enqueue_summary(queues, user_id, WEEK)
        work()  # the draft and the summary
        mailbox = running.sandbox.mailbox(ME)
        assert mailbox.drafts, "the draft was written"
        assert any(m.header("X-Afterview-Week") for m in mailbox.messages.values()), "summary"
        access_tokens = list(running.sandbox.tokens._access)
        others, phrases = _private_mail(running)
        assert client.delete("/api/account", headers=headers).json["deleted"] is True
        reset_runtimes()

    logged = "\n".join(_written(record) for record in every_log)
    assert len(every_log) > 20 and "DEBUG" in {r.levelname for r in every_log}
    secrets = {
        "API token": api_token,
        "OAuth code": code,
        "client secret": CLIENT_SECRET,
        "refresh token": refresh_token,
        **{f"access token {i}": token for i, token in enumerate(access_tokens)},
    }
    assert NEW_MAIL.rstrip("?") in phrases and len(others) > 5
    leaks = [name for name, secret in secrets.items() if secret in logged]
    leaks += [f"address {address}" for address in sorted(others) if address in logged.lower()]
    leaks += [f"mail text {phrase!r}" for phrase in sorted(phrases) if phrase in logged]
    assert leaks == []
