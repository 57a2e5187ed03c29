"""Builders for the server's tests: a signed-in user with an API token, threads with real
facts (so the advice can be re-evaluated), and the request headers to use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from afterview.facts_io import facts_to_dict
from afterview.model import Address, Detection, EmployerMessage, Stage, ThreadFacts
from storage.api_tokens import issue_api_token
from storage.db import Database
from storage.repository import application_for
from tests.storage_builders import NOW, a_thread, a_user, an_account


@dataclass
class SignedInUser:
    user_id: int
    account_id: int
    email: str
    token: str
    thread_ids: list[int] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def a_signed_in_user(database: Database, box, *, threads: int = 0, **user) -> SignedInUser:
    """A user with one Gmail account, an API token and `threads` interview threads."""
    with database.session() as session:
        person = a_user(session, **user)
        account = an_account(session, person, box=box)
        token = issue_api_token(session, person)
        application = application_for(session, person.id, "Acme", "Engineer")
        ids = [a_thread(session, account, application_id=application.id).id for _ in range(threads)]
        return SignedInUser(person.id, account.id, person.email, token, ids)


def add_thread(database: Database, account_id: int, **overrides) -> int:
    from storage.models import GmailAccount

    with database.session() as session:
        account = session.get(GmailAccount, account_id)
        return a_thread(session, account, **overrides).id


def interview_facts(
    *,
    company: str = "Acme",
    start: datetime = NOW,
    recruiter: str = "rita@acme.example",
    invited_at: datetime | None = None,
) -> ThreadFacts:
    """A thread where the employer invited the candidate to an interview at `start`."""
    invited_at = invited_at or start - timedelta(days=5)
    return ThreadFacts(
        detection=Detection(True, 0.95, ("ats_sender:greenhouse.io",)),
        stage=Stage.SCHEDULED,
        company=company,
        role="Engineer",
        subject=f"Interview with {company}",
        first_message_at=invited_at,
        last_message_at=invited_at,
        interview_start=start,
        interview_end=start + timedelta(hours=1),
        employer_messages=(
            EmployerMessage(at=invited_at, sender=Address(recruiter, "Rita"), is_scheduling=True),
        ),
        employer_contacts=(Address(recruiter, "Rita"),),
    )


def thread_columns(facts: ThreadFacts) -> dict:
    """ThreadRecord fields for these facts (as storage.repository.facts_columns makes them)."""
    from storage.repository import facts_columns

    columns = facts_columns(facts)
    assert facts_to_dict(facts) == columns["facts"]
    return columns
