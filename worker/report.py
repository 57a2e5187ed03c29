"""The advice as a person reads it in a terminal: one row per interview thread, the
threads that need doing first, and a one-line summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from rich.table import Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from afterview.model import Action
from storage.models import Feedback, FeedbackKind, ThreadRecord

# What needs the person now, most pressing first; then what is settled.
ORDER = (
    Action.REPLY,
    Action.SEND_THANK_YOU,
    Action.FOLLOW_UP,
    Action.PREPARE,
    Action.WAIT,
    Action.OFFER,
    Action.MOVE_ON,
    Action.CLOSED,
)
TO_DO_NOW = frozenset({Action.REPLY, Action.SEND_THANK_YOU, Action.FOLLOW_UP, Action.PREPARE})
WORDS = {
    Action.REPLY: "Reply",
    Action.SEND_THANK_YOU: "Send a thank-you",
    Action.FOLLOW_UP: "Follow up once",
    Action.PREPARE: "Prepare",
    Action.WAIT: "Wait",
    Action.OFFER: "Offer",
    Action.MOVE_ON: "Move on",
    Action.CLOSED: "Closed",
}
STYLES = {
    Action.REPLY: "bold red",
    Action.SEND_THANK_YOU: "bold magenta",
    Action.FOLLOW_UP: "bold yellow",
    Action.PREPARE: "bold cyan",
    Action.WAIT: "green",
    Action.OFFER: "bold green",
    Action.MOVE_ON: "dim",
    Action.CLOSED: "dim",
}


@dataclass(frozen=True)
class Row:
    company: str
    about: str
    stage: str
    action: Action
    until: datetime | None
    reason: str


def advice_rows(session: Session, account_ids: Sequence[int]) -> list[Row]:
    """The interview threads of these accounts, as the popup would show them, in order."""
    hidden = set(
        session.scalars(
            select(Feedback.thread_id).where(
                Feedback.kind.in_([FeedbackKind.DISMISSED, FeedbackKind.NOT_INTERVIEW]),
                Feedback.thread_id.is_not(None),
            )
        )
    )
    records = session.scalars(
        select(ThreadRecord).where(
            ThreadRecord.account_id.in_(list(account_ids)), ThreadRecord.interview.is_(True)
        )
    ).all()
    rank = {action: index for index, action in enumerate(ORDER)}
    rows = [
        Row(
            company=record.company or "—",
            about=record.role or record.subject or "",
            stage=str(record.stage),
            action=record.action,
            until=record.until,
            reason=record.reason,
        )
        for record in records
        if record.id not in hidden and record.action is not Action.NONE
    ]
    far = datetime.max.replace(tzinfo=None)
    return sorted(
        rows,
        key=lambda row: (
            rank.get(row.action, len(ORDER)),
            row.until.replace(tzinfo=None) if row.until else far,
            row.company.casefold(),
        ),
    )


def advice_table(
    rows: Sequence[Row], *, limit: int | None = None, timezone: tzinfo | None = None
) -> Table:
    """The rows as a rich table that still reads at 80 columns: what to do (and until
    when), which thread, and why. Times in `timezone` (default: this machine's)."""
    table = Table(title="What to do now", title_justify="left", expand=False, show_lines=False)
    table.add_column("Do", no_wrap=True, min_width=16)
    table.add_column("Thread", overflow="fold", ratio=2, min_width=18)
    table.add_column("Why", overflow="fold", ratio=3, min_width=24)
    shown = rows if limit is None else rows[:limit]
    for row in shown:
        until = row.until.astimezone(timezone).strftime("until %a %d %b") if row.until else ""
        action = f"[{STYLES.get(row.action, '')}]{WORDS.get(row.action, str(row.action))}[/]"
        thread = f"[bold]{row.company}[/]" + (f"\n{row.about}" if row.about else "")
        table.add_row(f"{action}\n[dim]{until}[/]" if until else action, thread, row.reason)
    if limit is not None and len(rows) > limit:
        table.caption = f"… and {len(rows) - limit} more"
    return table


def due_now(rows: Sequence[Row]) -> int:
    return sum(row.action in TO_DO_NOW for row in rows)
