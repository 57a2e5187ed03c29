"""One sync run in this process with a progress bar, and the advice table printed after it:
what `afterview sync` and the demo show in a terminal."""

from __future__ import annotations

import redis
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from storage.crypto import SecretBox
from storage.db import Database
from storage.models import GmailAccount
from worker.report import advice_rows, advice_table
from worker.runtime import gmail_client_for
from worker.settings import WorkerSettings
from worker.sync import Syncer, SyncProgress, SyncReport


def redis_or_none(url: str, console: Console) -> redis.Redis | None:
    connection = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        connection.ping()
    except redis.exceptions.RedisError:
        console.print(
            f"[yellow]Redis at {url} does not answer: no shared quota limiter; "
            "Gmail's own 429s will pace this sync[/]"
        )
        return None
    return connection


def foreground_sync(
    database: Database,
    settings: WorkerSettings,
    box: SecretBox,
    account_id: int,
    *,
    full: bool,
    console: Console,
    limiter_key: str | None = None,
) -> SyncReport:
    """One sync with a progress bar (threads read of the threads to read)."""
    with database.session() as session:
        account = session.get(GmailAccount, account_id)
        connection = redis_or_none(settings.redis_url, console)
        client = gmail_client_for(account, settings, box, connection, limiter_key=limiter_key)
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("threads"),
        TimeElapsedColumn(),
        TextColumn("{task.fields[left]}"),
    )
    with client, Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("Reading Gmail", total=None, left="")

        def show(step: SyncProgress) -> None:
            progress.update(
                task,
                description=f"Reading Gmail: {step.words}" if step.words else "Reading Gmail",
                completed=step.done,
                total=step.total or None,
                left=time_left_words(step.seconds_left),
            )

        report = Syncer(
            database,
            client,
            account_id,
            months=settings.full_sync_months,
            chunk_size=settings.sync_chunk,
            progress=show,
        ).run(full=full)
        progress.update(task, description="Done", left="")
    return report


def time_left_words(seconds: int | None) -> str:
    """ "about 3 min left", from the sync's estimate at the account's quota."""
    if seconds is None:
        return ""
    if seconds < 60:
        return "under a minute left" if seconds else ""
    return f"about {round(seconds / 60)} min left"


def print_advice(
    database: Database, account_ids: list[int], console: Console, *, rows: int = 40
) -> list:
    with database.session() as session:
        found = advice_rows(session, account_ids)
    if found:
        console.print(advice_table(found, limit=rows))
    else:
        console.print("No interview threads found.")
    return found
