"""A thank-you or follow-up draft written into the thread, never sent.

Short, polite and meant to be edited: the candidate reads it in Gmail's drafts, changes
what they like, and sends it themselves. It answers the thread's last message
(In-Reply-To and References), so Gmail keeps it in the conversation, and it goes to the
contact the advice named.

Never two drafts for one request: each draft carries a Message-ID derived from its
request, and before writing one we ask Gmail whether a draft with that id already
exists — which also settles a create whose answer was lost (`OutcomeUnknown`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from afterview.model import Address, ThreadFacts
from gmail.client import GmailClient
from gmail.errors import OutcomeUnknown
from storage.models import DraftKind, DraftRequest, DraftStatus, ThreadRecord

_REPLY_PREFIX = re.compile(r"^\s*re\s*:", re.IGNORECASE)


class DraftImpossible(ValueError):
    """Nothing sensible can be drafted (no one to write to, a thread gone): the request
    fails with this reason, and retrying would not help."""


@dataclass(frozen=True)
class DraftText:
    to: str
    subject: str
    body: str


def draft_message_id(request: DraftRequest, address: str) -> str:
    """The same for every attempt at one request, and never the same for two."""
    domain = address.rpartition("@")[2] or "afterview.invalid"
    stamp = int(request.created_at.timestamp()) if request.created_at else 0
    return f"<afterview-draft-{request.id}-{stamp}@{domain}>"


def _first_name(contact: Address | None) -> str:
    name = (contact.name if contact else "").strip().strip('"')
    if not name or "@" in name:
        return ""
    if "," in name:  # "Doe, Jane"
        name = name.split(",", 1)[1].strip()
    return name.split()[0]


def _day(moment: datetime | None, timezone: str) -> str:
    if moment is None:
        return ""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = moment.astimezone(zone)
    return f"{local:%A}, {local:%B} {local.day}"


def compose_text(
    kind: DraftKind, facts: ThreadFacts | None, record: ThreadRecord, timezone: str
) -> DraftText:
    """The draft's recipient, subject and words. Raises DraftImpossible without a contact."""
    contacts = facts.employer_contacts if facts is not None else ()
    to = record.contact or (contacts[0].email if contacts else "")
    if not to:
        raise DraftImpossible("no one to write to: the thread names no person at the employer")
    contact = next((c for c in contacts if c.email == to), None)
    greeting = f"Hi {_first_name(contact)}," if _first_name(contact) else "Hello,"
    role = (facts.role if facts else None) or record.role
    company = (facts.company if facts else None) or record.company
    about = f"the {role} role" if role else "the role"
    at = f" at {company}" if company else ""
    subject = record.subject or (facts.subject if facts else "") or "Our conversation"
    if not _REPLY_PREFIX.match(subject):
        subject = "Re: " + subject
    if kind is DraftKind.THANK_YOU:
        body = (
            f"{greeting}\n\n"
            f"Thank you for taking the time to speak with me about {about}{at}. "
            "I enjoyed learning more about the team and the work, and I remain very "
            "interested in the position.\n\n"
            "Please let me know if there is anything else I can share.\n\n"
            "Best regards,\n"
        )
    else:
        when = _day(facts.interview_start if facts else None, timezone)
        since = f" on {when}" if when else ""
        body = (
            f"{greeting}\n\n"
            f"I hope you are well. I wanted to follow up on my interview{since} for "
            f"{about}{at}. I remain very interested, and I would be grateful for any "
            "update you can share on the timeline.\n\n"
            "Thank you again for your time.\n\n"
            "Best regards,\n"
        )
    return DraftText(to=to, subject=subject, body=body)


def draft_bytes(
    text: DraftText,
    *,
    sender: str,
    message_id: str,
    in_reply_to: str | None,
    references: list[str],
    now: datetime | None = None,
) -> bytes:
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = sender
    message["To"] = text.to
    message["Subject"] = text.subject
    message["Date"] = format_datetime(now or datetime.now(UTC))
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = " ".join([*references, in_reply_to][-20:])
    message.set_content(text.body)
    return message.as_bytes()


def thread_reference(client: GmailClient, record: ThreadRecord) -> tuple[str | None, list[str]]:
    """The RFC 822 Message-ID of the thread's last message and its References (5 units)."""
    message_ids = list(record.gmail_message_ids or ())
    if not message_ids:
        return None, []
    answers = client.get_messages(
        [message_ids[-1]],
        format="metadata",
        metadata_headers=["Message-ID", "References"],
        fields="payload/headers",
    )
    answer = answers.get(message_ids[-1])
    if answer is None:
        return None, []
    headers = {
        header.get("name", "").lower(): header.get("value", "")
        for header in answer.get("payload", {}).get("headers", [])
    }
    references = headers.get("references", "").split()
    return headers.get("message-id") or None, references


def existing_draft(client: GmailClient, message_id: str) -> str | None:
    found = client.list_drafts(f"rfc822msgid:{message_id}")
    return str(found[0]["id"]) if found else None


def write_draft(
    client: GmailClient,
    request: DraftRequest,
    record: ThreadRecord,
    *,
    sender: str,
    timezone: str,
) -> str:
    """Create the request's draft in Gmail (or find the one already created); its id."""
    message_id = draft_message_id(request, sender)
    found = existing_draft(client, message_id)
    if found is not None:
        return found
    try:
        facts = record.read_facts()
    except ValueError:
        facts = None
    text = compose_text(DraftKind(request.kind), facts, record, timezone)
    in_reply_to, references = thread_reference(client, record)
    raw = draft_bytes(
        text,
        sender=sender,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
    )
    try:
        answer = client.create_draft(raw, thread_id=record.gmail_thread_id)
    except OutcomeUnknown:
        found = existing_draft(client, message_id)
        if found is not None:
            return found
        raise
    return str(answer["id"])


def mark_created(request: DraftRequest, draft_id: str) -> None:
    request.status = DraftStatus.CREATED
    request.gmail_draft_id = draft_id
    request.error = None


def mark_failed(request: DraftRequest, reason: str) -> None:
    request.status = DraftStatus.FAILED
    request.error = reason
