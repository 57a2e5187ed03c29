"""The weekly summary from the server's side: the preview (authenticated like the rest of
/api, the user's own, loading nothing), the settings page its link opens (one-click
turn-off, RFC 8058), and `afterview summary --preview` on the same database."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import timedelta

import pytest
import time_machine

from afterview.model import Action
from storage.models import User
from storage.summary_links import summary_settings_url
from tests.conftest import ROOT, afterview_command
from tests.server_builders import a_signed_in_user, add_thread
from tests.storage_builders import NOW

PUBLIC_URL = "https://afterview.example.com"


@pytest.fixture
def app(sqlite_db, make_server_app):
    return make_server_app(sqlite_db, PUBLIC_URL=PUBLIC_URL)


@pytest.fixture
def alice(app, sqlite_db):
    user = a_signed_in_user(sqlite_db, app.extensions["afterview.secrets"], email="alice@x.example")
    add_thread(
        sqlite_db,
        user.account_id,
        company="Northwind",
        action=Action.SEND_THANK_YOU,
        reason="Your interview with Northwind ended on Tuesday 24 November at 15:00; a short "
        "thank-you is due by Wednesday 25 November at 15:00.",
        contact="dana@northwind.example",
        until=NOW + timedelta(days=1),
        gmail_thread_id="18c2a7f0b1d2e3f4",
    )
    return user


def test_the_preview_is_the_users_own_summary_as_html(app, alice):
    with time_machine.travel(NOW, tick=False):
        answer = app.test_client().get("/api/summary/preview", headers=alice.headers)

    assert answer.status_code == 200 and answer.mimetype == "text/html"
    html = answer.get_data(as_text=True)
    assert "What to do now" in html and "Northwind" in html
    assert "Write to dana@northwind.example" in html
    assert "https://mail.google.com/mail/?authuser=alice%40x.example#all/18c2a7f0b1d2e3f4" in html
    assert f'href="{PUBLIC_URL}/summary/settings?token=' in html
    assert not re.search(r"<script|<link|<img|@import|url\(|\bsrc\s*=", html, re.IGNORECASE)
    assert "style-src 'unsafe-inline'" in answer.headers["Content-Security-Policy"]
    assert "script-src" not in answer.headers["Content-Security-Policy"]


def test_the_preview_needs_the_token(app, alice):
    assert app.test_client().get("/api/summary/preview").status_code == 401


def test_the_settings_link_turns_the_summary_off_in_one_click(app, sqlite_db, alice):
    link = summary_settings_url(PUBLIC_URL, app.extensions["afterview.secrets"], alice.user_id)
    path = link.removeprefix(PUBLIC_URL)
    client = app.test_client()

    page = client.get(path)
    assert page.status_code == 200 and "Weekly summary: on" in page.get_data(as_text=True)
    assert "every Monday at 08:00" in page.get_data(as_text=True)

    # What Gmail sends for List-Unsubscribe-Post: List-Unsubscribe=One-Click.
    done = client.post(path, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "Weekly summary: off" in done.get_data(as_text=True)
    with sqlite_db.session() as session:
        assert session.get(User, alice.user_id).weekly_summary_enabled is False
    assert "Weekly summary: off" in client.get(path).get_data(as_text=True)


@pytest.mark.parametrize("token", ["", "nonsense", "gAAAAABnot-a-real-token"])
def test_a_settings_link_that_names_no_user_is_not_found(app, alice, token):
    answer = app.test_client().post(f"/summary/settings?token={token}")
    assert answer.status_code == 404


def test_a_link_made_with_another_deployments_keys_is_refused(app, alice):
    from storage.crypto import SecretBox, generate_key

    foreign = summary_settings_url(PUBLIC_URL, SecretBox([generate_key()]), alice.user_id)
    assert app.test_client().get(foreign.removeprefix(PUBLIC_URL)).status_code == 404


def test_the_command_writes_the_preview(sqlite_db, alice):
    env = {**os.environ, "DATABASE_URL": sqlite_db.url, "AFTERVIEW_PUBLIC_URL": ""}
    done = subprocess.run(
        afterview_command(
            "summary", "--preview", "--user", "alice@x.example", "--now", NOW.isoformat()
        ),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("<!DOCTYPE html>") and "Northwind" in done.stdout
    assert "Your week, Wednesday 25 November" in done.stdout
    text = subprocess.run(
        afterview_command(
            "summary", "--preview", "--text", "--user", "alice@x.example", "--now", NOW.isoformat()
        ),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "* Send a thank-you: Northwind (Engineer)" in text.stdout
    unknown = subprocess.run(
        afterview_command("summary", "--preview", "--user", "nobody@x.example"),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert unknown.returncode == 1 and "no user" in unknown.stderr
