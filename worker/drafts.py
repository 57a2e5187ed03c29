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
from datetime import UTC, datetime, timedelta, tzinfo
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from zoneinfo import ZoneInfoNotFoundError

from afterview.business_days import zone
from afterview.model import Address, ThreadFacts
from afterview.senders import is_no_reply
from afterview.wording import human_day
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


def first_name(contact: Address | None) -> str:
    """The name to greet someone by: 'Jane' for 'Jane Doe' or 'Doe, Jane'; '' when unknown."""
    name = (contact.name if contact else "").strip().strip('"')
    if not name or "@" in name:
        return ""
    if "," in name:  # "Doe, Jane"
        name = name.split(",", 1)[1].strip()
    return name.split()[0] if name else ""


_ROLE_NOUNS = ("role", "position", "job", "opening", "internship")


def role_phrase(role: str | None, company: str | None) -> str:
    """'the Program Analyst role at BrightPath': the company said once, even when the role's
    title already carries it ('the BrightPath Program Analyst role')."""
    role = (role or "").strip()
    company = (company or "").strip()
    if not role:
        return f"the role at {company}" if company else "the role"
    named = role if role.lower().endswith(_ROLE_NOUNS) else f"{role} role"
    if not company or re.search(rf"\b{re.escape(company)}\b", role, re.IGNORECASE):
        return f"the {named}"
    return f"the {named} at {company}"


def _interview_day(moment: datetime | None, tz: tzinfo, now: datetime) -> str:
    """' on Tuesday' within the week of the interview, ' on Tuesday 10 March' later; ''
    when the thread gives no date."""
    if moment is None:
        return ""
    local, today = moment.astimezone(tz), now.astimezone(tz)
    if timedelta(0) <= today.date() - local.date() < timedelta(days=6):
        return f" on {human_day(local, tz).split()[0]}"
    return f" on {human_day(local, tz, this_year=today.year)}"


def recipient(record: ThreadRecord, facts: ThreadFacts | None) -> Address:
    """Whom the draft goes to: the contact the advice named, else a person seen on the
    employer's side; never a no-reply address. DraftImpossible when there is no one."""
    contacts = [c for c in (facts.employer_contacts if facts else ()) if not is_no_reply(c.email)]
    if record.contact and not is_no_reply(record.contact):
        named = next((c for c in contacts if c.email == record.contact), None)
        return named or Address(record.contact)
    if contacts:
        return contacts[0]
    raise DraftImpossible("no one to write to: the thread names no person at the employer")


def compose_text(
    kind: DraftKind,
    facts: ThreadFacts | None,
    record: ThreadRecord,
    timezone: str,
    *,
    signer: str | None = None,
    now: datetime | None = None,
) -> DraftText:
    """The draft's recipient, subject and words: greeting the person by first name, the
    role and company said once, the interview's day, signed with `signer` (the user's
    name) when known. Raises DraftImpossible without anyone to write to."""
    to = recipient(record, facts)
    name = first_name(to)
    greeting = f"Hi {name}," if name else "Hello,"
    about = role_phrase(
        (facts.role if facts else None) or record.role,
        (facts.company if facts else None) or record.company,
    )
    try:
        tz = zone(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = UTC
    interview = (facts.interview_start or facts.interview_end) if facts else None
    on_day = _interview_day(interview, tz, now or datetime.now(UTC))
    subject = record.subject or (facts.subject if facts else "") or "Our conversation"
    if not _REPLY_PREFIX.match(subject):
        subject = "Re: " + subject
    if kind is DraftKind.THANK_YOU:
        middle = (
            f"Thank you for taking the time to speak with me{on_day} about {about}. "
            "I enjoyed learning more about the team and the work, and I remain very "
            "interested in the position.\n\n"
            "Please let me know if there is anything else I can share."
        )
    else:
        middle = (
            f"I hope you are well. I wanted to follow up on my interview{on_day} for "
            f"{about}. I remain very interested, and I would be grateful for any update on "
            "the timeline whenever you have a moment.\n\n"
            "Thank you again for your time."
        )
    closing = f"Best regards,\n{signer}\n" if signer else "Best regards,\n"
    return DraftText(to=to.email, subject=subject, body=f"{greeting}\n\n{middle}\n\n{closing}")


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


def name_on_sent_mail(client: GmailClient, address: str, look_at: int = 5) -> str | None:
    """The display name the user sends their mail under (the From of their latest sent
    messages from `address`); None when they send under a bare address. 5 units a
    message read, 5 for the list."""
    ids = []
    for message_id, _thread_id in client.list_message_ids("in:sent", page_size=look_at):
        ids.append(message_id)
        if len(ids) >= look_at:
            break
    if not ids:
        return None
    answers = client.get_messages(
        ids, format="metadata", metadata_headers=["From"], fields="payload/headers"
    )
    for message_id in ids:
        headers = (answers.get(message_id) or {}).get("payload", {}).get("headers", [])
        for header in headers:
            if header.get("name", "").lower() != "from":
                continue
            name, email = parseaddr(header.get("value", ""))
            name = name.strip().strip('"')
            if name and "@" not in name and email.lower() == address.lower():
                return name
    return None


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
    profile_name: str | None = None,
    now: datetime | None = None,
) -> str:
    """Create the request's draft in Gmail (or find the one already created); its id.
    Signed with the name on the user's sent mail, else `profile_name` (Google's)."""
    now = now or datetime.now(UTC)
    message_id = draft_message_id(request, sender)
    found = existing_draft(client, message_id)
    if found is not None:
        return found
    try:
        facts = record.read_facts()
    except ValueError:
        facts = None
    text = compose_text(
        DraftKind(request.kind),
        facts,
        record,
        timezone,
        signer=name_on_sent_mail(client, sender) or profile_name,
        now=now,
    )
    in_reply_to, references = thread_reference(client, record)
    raw = draft_bytes(
        text,
        sender=sender,
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        now=now,
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
