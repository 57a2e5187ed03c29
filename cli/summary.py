"""`afterview summary`: the weekly summary email of one user, as it would be sent now.

afterview summary --preview --user ADDRESS > week.html
afterview summary --preview --text --user ADDRESS
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from sqlalchemy import select

from storage.crypto import SecretBox
from storage.db import Database
from storage.models import User
from storage.summary_links import summary_settings_url
from summary_email import build_summary, render_html, render_text
from worker.settings import WorkerSettings


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument("--user", required=True, metavar="ADDRESS", help="the user's address")
    parser.add_argument(
        "--preview", action="store_true", required=True, help="write the email to stdout"
    )
    parser.add_argument("--text", action="store_true", help="the plain-text part, not the HTML")
    parser.add_argument(
        "--now", type=datetime.fromisoformat, help="ISO 8601 with offset (default: the clock)"
    )
    return parser


def run(command_name: str, argv: list[str]) -> int:
    args = _parser(f"afterview {command_name}").parse_args(argv)
    now = args.now or datetime.now(UTC)
    if now.tzinfo is None:
        print("afterview summary: --now needs an offset (e.g. +00:00)", file=sys.stderr)
        return 2
    settings = WorkerSettings.from_env()
    database = Database.from_url(settings.database_url)
    try:
        with database.session() as session:
            user = session.scalars(
                select(User).where(User.email == args.user.strip().lower())
            ).one_or_none()
            if user is None:
                print(f"afterview summary: no user {args.user!r}", file=sys.stderr)
                return 1
            link = summary_settings_url(
                settings.public_url, SecretBox.from_config(settings.secret_keys), user.id
            )
            summary = build_summary(session, user, now, settings_url=link)
        if not summary.has_news:
            print(f"afterview summary: nothing to say for {summary.week}", file=sys.stderr)
        sys.stdout.write(render_text(summary) if args.text else render_html(summary))
    finally:
        database.dispose()
    return 0
