"""The weekly summary email: what it says, and how it looks (HTML and plain text).

What it says comes from `storage.advice.current_threads`, the rows the popup shows, so the
email, the popup and the Gmail labels never disagree; the one other reading of advice
("let go this week": the advice a week ago was not yet `move_on`) goes through the same
`Advisor`. Nothing here calls the domain's `advise` itself.

How it looks: Jinja2 templates (`summary_email/templates/`), CSS inlined with `css-inline` (Gmail
drops most `<style>` rules, and keeps inline styles), tables for layout, system fonts, no
image, no script, no remote resource, colours chosen to read in light and dark clients.
Sending it, exactly once a week, is `worker.weekly`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from functools import lru_cache
from typing import Any

import css_inline
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from afterview.business_days import zone
from afterview.facts_io import facts_from_dict
from afterview.model import Action, Stage, ThreadFacts
from afterview.wording import human_day, human_moment
from gmail.links import gmail_url
from storage.advice import advisor_for, current_threads, feedback_on_threads
from storage.models import ThreadRecord, User
from storage.repository import PopupRow, iso_week

WEEK = timedelta(days=7)
RESPONSE_WINDOW = timedelta(days=90)
SUBJECT_PREFIX = "Your week with Afterview"
WEEK_HEADER = "X-Afterview-Week"

_ACT_NOW_ORDER = {Action.REPLY: 0, Action.SEND_THANK_YOU: 1, Action.FOLLOW_UP: 2}
_DOING = {
    Action.REPLY: "Reply",
    Action.SEND_THANK_YOU: "Send a thank-you",
    Action.FOLLOW_UP: "Send one brief follow-up",
}
_OVER = {Action.MOVE_ON, Action.CLOSED, Action.NONE}
_NOT_ANSWERED = {Stage.NONE, Stage.APPLIED}


@dataclass(frozen=True)
class Item:
    """One thread in a section: who, what to do, why, by when, and a link to it."""

    company: str
    role: str | None
    subject: str
    doing: str  # "Reply", "Send a thank-you" ... or "" where the section says it
    reason: str
    url: str
    contact: str | None = None
    when: str | None = None  # the moment that matters, in words on the user's calendar


@dataclass(frozen=True)
class Numbers:
    applications_active: int
    interviews_held: int  # in the last 7 days
    responses_received: int  # threads where the employer wrote in the last 7 days
    applied_90_days: int  # threads begun in the last 90 days
    answered_90_days: int  # ... in which the employer has since moved things on

    @property
    def response_rate(self) -> int | None:
        """Percent of the last 90 days' applications that had an answer; None without any."""
        if not self.applied_90_days:
            return None
        return round(100 * self.answered_90_days / self.applied_90_days)


@dataclass(frozen=True)
class WeeklySummary:
    week: str  # ISO week on the user's calendar, "2026-W49"
    address: str  # the user's own address: from and to
    now: datetime
    timezone: str
    act_now: Sequence[Item]
    interviews: Sequence[Item]
    waiting: Sequence[Item]
    let_go: Sequence[Item]
    numbers: Numbers
    settings_url: str | None = None

    @property
    def has_news(self) -> bool:
        """Anything worth an email: the numbers alone are not."""
        return bool(self.act_now or self.interviews or self.waiting or self.let_go)

    @property
    def subject(self) -> str:
        parts = []
        if self.act_now:
            parts.append(f"{len(self.act_now)} to do now")
        if self.interviews:
            count = len(self.interviews)
            parts.append(f"{count} interview{'s' if count > 1 else ''} ahead")
        if not parts and self.waiting:
            parts.append(f"{len(self.waiting)} waiting")
        if not parts:
            parts.append("time to let some go")
        return f"{SUBJECT_PREFIX}: {', '.join(parts)}"


def summary_week(now: datetime, timezone: str) -> str:
    """The ISO week of `now` on the user's calendar."""
    return iso_week(now.astimezone(zone(timezone)).date())


def _name(row: PopupRow) -> str:
    return row.application_company or row.company or row.subject or "An employer"


def _item(row: PopupRow, doing: str = "", when: str | None = None) -> Item:
    return Item(
        company=_name(row),
        role=row.application_role or row.role,
        subject=row.subject,
        doing=doing,
        reason=row.reason,
        url=gmail_url(row.account_address, row.gmail_thread_id),
        # Named once: most reasons already say whom to write to.
        contact=row.contact if row.contact and row.contact not in row.reason else None,
        when=when,
    )


def _stored_facts(session: Session, ids: Iterable[int]) -> dict[int, ThreadFacts]:
    found: dict[int, ThreadFacts] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(ThreadRecord.id, ThreadRecord.facts).where(
                ThreadRecord.id.in_(ids[start : start + 500]), ThreadRecord.facts.is_not(None)
            )
        )
        for thread_id, facts in rows:
            try:
                found[thread_id] = facts_from_dict(facts)
            except ValueError:
                continue  # unreadable facts: the thread still shows, without numbers
    return found


def build_summary(
    session: Session,
    user: User,
    now: datetime,
    settings_url: str | None = None,
    *,
    week: str | None = None,
    address: str | None = None,
) -> WeeklySummary:
    """What this user's summary says at `now`: for `week` (default: now's, on the user's
    calendar), from and to `address` (default: the user's)."""
    tz = zone(user.timezone or "UTC")
    this_year = now.astimezone(tz).year
    rows = current_threads(session, user, now)
    facts = _stored_facts(session, [row.id for row in rows])

    act_now = sorted(
        (row for row in rows if row.action in _ACT_NOW_ORDER),
        key=lambda row: (_ACT_NOW_ORDER[row.action], row.due or row.until or now),
    )
    soon = now + WEEK
    interviews = []
    for row in rows:
        if row.action is not Action.PREPARE:
            continue
        known = facts.get(row.id)
        start = (known.interview_start if known else None) or row.until
        if start is not None and now <= start < soon:
            interviews.append((start, row))
    interviews.sort(key=lambda pair: pair[0])
    waiting = sorted(
        (row for row in rows if row.action is Action.WAIT),
        key=lambda row: (row.until is None, row.until or now),
    )

    # Let go this week: advised to move on now, and not yet a week ago.
    moving_on = [row for row in rows if row.action is Action.MOVE_ON and row.id in facts]
    let_go = []
    if moving_on:
        advisor = advisor_for(session, user)
        said = feedback_on_threads(session, [row.id for row in moving_on])
        for row in moving_on:
            before = advisor.advise(facts[row.id], said.get(row.id, ()), now - WEEK)
            if before.action is not Action.MOVE_ON:
                let_go.append(row)

    return WeeklySummary(
        week=week or summary_week(now, user.timezone or "UTC"),
        address=address or user.email,
        now=now,
        timezone=user.timezone or "UTC",
        act_now=[_item(row, _DOING[row.action], _by(row, tz, this_year)) for row in act_now],
        interviews=[
            _item(row, "Prepare", _moment(start, tz, this_year, row.day_only))
            for start, row in interviews
        ],
        waiting=[
            _item(row, when=human_day(row.until, tz, this_year) if row.until else None)
            for row in waiting
        ],
        let_go=[_item(row) for row in let_go],
        numbers=_numbers(rows, facts, now),
        settings_url=settings_url,
    )


def _by(row: PopupRow, tz: Any, this_year: int) -> str | None:
    moment = row.due or row.until
    return _moment(moment, tz, this_year, row.day_only) if moment else None


def _moment(moment: datetime, tz: Any, this_year: int, day_only: bool) -> str:
    """A moment as the summary names it: by its day alone where its hour is Afterview's
    stand-in (`Advice.day_only`)."""
    return human_day(moment, tz, this_year) if day_only else human_moment(moment, tz, this_year)


def _numbers(rows: Sequence[PopupRow], facts: dict[int, ThreadFacts], now: datetime) -> Numbers:
    week_ago, window_start = now - WEEK, now - RESPONSE_WINDOW
    active = {
        ("application", row.application_id) if row.application_id else ("thread", row.id)
        for row in rows
        if row.action not in _OVER
    }
    held = responses = applied = answered = 0
    for thread in facts.values():
        end = thread.interview_end or thread.interview_start
        if end is not None and not thread.interview_cancelled and week_ago <= end < now:
            held += 1
        if any(week_ago <= message.at < now for message in thread.employer_messages):
            responses += 1
        # An application heard back from once the employer moved it on: a call arranged,
        # an interview, a decision either way. A receipt from an ATS is not an answer.
        started = thread.first_message_at
        if started is not None and window_start <= started < now:
            applied += 1
            answered += thread.stage not in _NOT_ANSWERED
    return Numbers(len(active), held, responses, applied, answered)


# -- how it looks ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _templates() -> Environment:
    return Environment(
        loader=PackageLoader("summary_email", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def _inliner() -> css_inline.CSSInliner:
    # Never fetch anything: the email carries no remote resource. The <style> block stays
    # for the clients that honour it (the dark-scheme rules); the rest is inlined.
    return css_inline.CSSInliner(load_remote_stylesheets=False, keep_style_tags=True)


def _context(summary: WeeklySummary) -> dict[str, Any]:
    tz = zone(summary.timezone)
    return {
        "s": summary,
        "today": human_day(summary.now, tz, summary.now.astimezone(tz).year),
        "numbers": summary.numbers,
    }


def render_html(summary: WeeklySummary) -> str:
    html = _templates().get_template("summary.html").render(_context(summary))
    return _inliner().inline(html)


def render_text(summary: WeeklySummary) -> str:
    return _templates().get_template("summary.txt").render(_context(summary))


def summary_message_id(user_id: int, week: str, address: str) -> str:
    """The same for every attempt at one user's week, and never the same for two."""
    domain = address.rpartition("@")[2] or "afterview.invalid"
    return f"<afterview-summary-{week}-{user_id}@{domain}>"


def summary_bytes(summary: WeeklySummary, *, message_id: str) -> bytes:
    """One multipart/alternative message (plain text, then HTML) to the user from the user."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = formataddr(("Afterview", summary.address))
    message["To"] = summary.address
    message["Subject"] = summary.subject
    message["Date"] = format_datetime(summary.now)
    message["Message-ID"] = message_id
    message[WEEK_HEADER] = summary.week
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to it
    if summary.settings_url:  # the page that turns the summary off, in one click or two
        message["List-Unsubscribe"] = f"<{summary.settings_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
    message.set_content(render_text(summary))
    message.add_alternative(render_html(summary), subtype="html")
    return message.as_bytes()
