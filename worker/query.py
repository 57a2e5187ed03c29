"""The Gmail searches a full sync starts from: every thread that might be about a job.

Narrow by design, wide on purpose: a thread found here costs one `threads.get` (10
units), a thread missed here is never advised, so the searches over-approximate — hiring
software senders (the domain's own list, `afterview.senders`), the words employers and
candidates use, calendar invites — and the domain decides. The candidate's own replies
need no search: threads are read whole.

Gmail accepts long queries, but not unbounded ones, so the terms are spread over a few
searches of at most `MAX_QUERY_LENGTH` characters; listing costs 5 units a page of 500
messages whatever the query, so splitting costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from afterview import senders

MAX_QUERY_LENGTH = 1_000

# Words and phrases of hiring mail, either side. Whole words, as Gmail matches them.
INTERVIEW_TERMS = (
    "interview",
    "interviews",
    "interviewing",
    "interviewed",
    '"phone screen"',
    '"phone call"',
    '"video call"',
    "screening",
    "recruiter",
    "recruiting",
    "recruitment",
    "hiring",
    "candidate",
    "candidacy",
    '"your application"',
    '"my application"',
    '"thank you for applying"',
    '"thanks for applying"',
    "applied",
    "application",
    '"next steps"',
    '"next step"',
    "onsite",
    '"on-site"',
    "availability",
    '"are you available"',
    "offer",
    '"offer letter"',
    "position",
    "opening",
    "opportunity",
    '"take-home"',
    "assessment",
    '"coding challenge"',
    "shortlisted",
    '"hiring manager"',
    '"talent acquisition"',
    "unfortunately",
    '"moving forward"',
    '"other candidates"',
    '"following up"',
    '"checking in"',
    '"thank you for your time"',
)

# Calendar invites: an interview is often nothing but an invite.
INVITE_TERMS = ("filename:ics", "filename:vcs", "invitation", '"calendar invite"')


def hiring_domains() -> list[str]:
    """The sender domains of hiring software: applicant tracking, scheduling, assessments."""
    tables = (senders.ATS_DOMAINS, senders.SCHEDULING_DOMAINS, senders.ASSESSMENT_DOMAINS)
    return sorted({domain for table in tables for domain in table})


# The first handful of a first sync: mail that may need an answer now (an invitation, a
# request for availability, an offer) has it in its subject; job alerts ("Interviewing
# now"), newsletters and podcasts say the same words in their bodies, and newer ones would
# fill a handful found by the words anywhere. Promotions and social mail are left out too
# (Gmail's tabs), and only the last weeks are searched, so finding them costs one short
# page however large the mailbox.
FIRST_SUBJECT_TERMS = (
    "interview",
    "interviews",
    "interviewing",
    '"phone screen"',
    "availability",
    '"are you available"',
    "offer",
    "invitation",
)
FIRST_EXCLUDED = ("-category:promotions", "-category:social")
RECENT_DAYS = 28


def since_term(now: datetime, months: int | None = None, *, days: int | None = None) -> str:
    """`after:<epoch seconds>` for `months` months (of 30.44 days), or `days` days,
    before `now`."""
    span = timedelta(days=days) if days is not None else timedelta(days=round(months * 30.44))
    start = now - span
    return f"after:{int(start.timestamp())}"


def _groups(terms: Iterable[str], budget: int, prefix: str = "") -> list[str]:
    """OR-groups (`{a b c}`, or `from:{a b c}` with a prefix) of at most `budget`
    characters each."""
    groups: list[list[str]] = []
    length = budget
    for term in terms:
        if length + len(term) + 1 > budget:
            groups.append([])
            length = len(prefix) + 2
        groups[-1].append(term)
        length += len(term) + 1
    return [prefix + "{" + " ".join(group) + "}" for group in groups]


def first_query(now: datetime, days: int = RECENT_DAYS) -> str:
    """The search for the first handful: likely interview mail of the last `days` days."""
    subject = "subject:" + _groups(FIRST_SUBJECT_TERMS, MAX_QUERY_LENGTH)[0]
    return " ".join((subject, *FIRST_EXCLUDED, since_term(now, days=days)))


def until_term(now: datetime, days: int) -> str:
    """`before:<epoch seconds>` for `days` days before `now`: the complement of
    `since_term(now, days=days)`, to the second."""
    return "before" + since_term(now, days=days).removeprefix("after")


def candidate_queries(
    now: datetime, months: int = 12, *, days: int | None = None, until_days: int | None = None
) -> list[str]:
    """The searches whose union is the full sync's candidate messages, over the last
    `months` months (or `days` days); with `until_days`, only mail older than that many
    days (what a search over the last `until_days` days did not find)."""
    since = since_term(now, months, days=days)
    if until_days is not None:
        since += " " + until_term(now, until_days)
    budget = MAX_QUERY_LENGTH - len(since) - 1
    queries = _groups(hiring_domains(), budget, prefix="from:")
    queries += _groups((*INTERVIEW_TERMS, *INVITE_TERMS), budget)
    return [f"{group} {since}" for group in queries]
