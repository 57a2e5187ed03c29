"""A one-line reply read alone, as the real-wording corpus reads single messages
(`thread_facts([message], me)`): the quoted message below it, in each major mail client's
format, gives it its context, and is read in its writer's voice, not the replier's.

Invented wording, names and domains; the formats are those of tests/fixtures/reply_formats/.
"""

from __future__ import annotations

import pytest

from afterview.parse import parse_message
from afterview.timeline import thread_facts

ME = "sam@example.net"
SAM = "Sam Seeker <sam@example.net>"
PRIYA = "Priya Natarajan <priya@lumen-analytics.example>"
PRIYA_EMAIL = "priya@lumen-analytics.example"
REPLY_DATE = "Tue, 2 Jun 2026 11:30:00 -0400"

INVITATION = (
    "Hi Sam,\n\nThanks for applying for the Operations Analyst role at Lumen Analytics. We'd "
    "like to invite you to a 30-minute phone interview with our hiring manager. Are you "
    "available Thursday, June 4 at 2:00 PM ET, or Friday, June 5 at 10:00 AM ET?\n\n"
    "Best regards,\nPriya Natarajan\nTalent Acquisition, Lumen Analytics"
)
SHORT_REPLY = "Thursday at 2 works for me, thanks!"

ACCEPTANCE = (
    "Hi Priya,\n\nThank you for the invitation! Thursday, June 4 at 2:00 PM ET works for me "
    "and I look forward to speaking with the hiring manager.\n\nBest,\nSam"
)
CONFIRMATION = "Great - you're confirmed. A calendar invite is on its way."


def _quoted(text: str, mark: str = "> ") -> str:
    return "\n".join(f"{mark}{line}".rstrip() for line in text.split("\n"))


def _outlook_block(who: str, to: str, *, bold: bool = False, sent: str = "Sent") -> str:
    star = "*" if bold else ""
    return (
        f"{star}From:{star} {who}\n{star}{sent}:{star} Tuesday, June 2, 2026 9:12 AM\n"
        f"{star}To:{star} {to}\n{star}Subject:{star} Interview - Operations Analyst\n"
    )


# (client, how the client writes a reply `own` above the quoted `old` from `who` to `to`)
FORMATS = {
    "gmail": lambda own, old, who, to: (
        f"{own}\n\nOn Tue, Jun 2, 2026 at 9:12 AM {who} wrote:\n\n{_quoted(old)}\n"
    ),
    "gmail, HTML converted": lambda own, old, who, to: (
        f"{own}\n\nOn Tue, Jun 2, 2026 at 9:12 AM {who} wrote:\n\n{old}\n"
    ),
    "apple mail (ios)": lambda own, old, who, to: (
        f"{own}\n\n> On Jun 2, 2026, at 9:12 AM, {who} wrote:\n>\n{_quoted(old)}\n"
    ),
    "apple mail (macos), wrapped": lambda own, old, who, to: (
        f"{own}\n\nOn Jun 2, 2026, at 9:12 AM, {who.replace(' <', ' <' + chr(10))} wrote:\n\n"
        f"{_quoted(old)}\n"
    ),
    "outlook desktop": lambda own, old, who, to: (
        f"{own}\n\n________________________________\n{_outlook_block(who, to)}\n{old}\n"
    ),
    "outlook, HTML converted": lambda own, old, who, to: (
        f"{own}\n\n{_outlook_block(who.replace('<', '[mailto:').replace('>', ']'), to, bold=True)}"
        f"\n\n{old}\n"
    ),
    "outlook mobile": lambda own, old, who, to: (
        f"{own}\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________"
        f"\n{_outlook_block(who, to)}\n{old}\n"
    ),
    "outlook for mac": lambda own, old, who, to: (
        f"{own}\n\n{_outlook_block(who, to, sent='Date')}\n{old}\n"
    ),
    "outlook original message": lambda own, old, who, to: (
        f"{own}\n\n-----Original Message-----\n{_outlook_block(who, to)}\n{old}\n"
    ),
    "yahoo": lambda own, old, who, to: (
        f"{own}\n\n\nOn Tuesday, June 2, 2026, 09:12:40 AM EDT, {who} wrote:\n\n\n{old}\n"
    ),
    "thunderbird": lambda own, old, who, to: (
        f"{own}\n\nOn 6/2/26 9:12 AM, {who} wrote:\n{_quoted(old)}\n"
    ),
    "gmail (de)": lambda own, old, who, to: (
        f"{own}\n\nAm Di., 2. Juni 2026 um 09:12 Uhr schrieb {who}:\n\n{_quoted(old)}\n"
    ),
    "gmail (fr), wrapped": lambda own, old, who, to: (
        f"{own}\n\nLe mar. 2 juin 2026 à 09:12, {who}\na écrit :\n\n{_quoted(old)}\n"
    ),
}


def _message(body: str, *, sender: str, to: str):
    headers = (
        f"From: {sender}\nTo: {to}\nSubject: Re: Interview - Operations Analyst\n"
        f"Date: {REPLY_DATE}\nMessage-ID: <reply-1@example.net>\n"
        "In-Reply-To: <invite-1@lumen-analytics.example>\n"
        "References: <invite-1@lumen-analytics.example>\n"
    )
    raw = f"{headers}Content-Type: text/plain; charset=utf-8\n\n{body}"
    return parse_message(raw.encode())


@pytest.mark.parametrize("client", list(FORMATS))
def test_a_short_reply_read_alone_is_an_interview_by_the_invitation_it_quotes(client: str):
    body = FORMATS[client](SHORT_REPLY, INVITATION, PRIYA, SAM)
    reply = _message(body, sender=SAM, to=PRIYA)
    assert reply.text == SHORT_REPLY  # the recruiter's wording is not in the replier's text
    assert reply.quoted is not None and reply.quoted.sender.email == PRIYA_EMAIL
    facts = thread_facts([reply], ME)
    assert facts.detection.interview
    (invited,) = facts.employer_messages  # the invitation, in the recruiter's voice
    assert invited.sender.email == PRIYA_EMAIL and invited.is_scheduling
    (answer,) = facts.candidate_messages  # the candidate's one line, in theirs
    assert answer.at == reply.date


@pytest.mark.parametrize("client", list(FORMATS))
def test_a_recruiters_reply_quoting_the_candidate_reads_each_in_their_voice(client: str):
    body = FORMATS[client](CONFIRMATION, ACCEPTANCE, SAM, PRIYA)
    reply = _message(body, sender=PRIYA, to=SAM)
    assert reply.text == CONFIRMATION
    assert reply.quoted is not None and reply.quoted.sender.email == ME
    facts = thread_facts([reply], ME)
    assert facts.detection.interview
    (confirmed,) = facts.employer_messages  # the recruiter's own line only
    assert confirmed.at == reply.date and confirmed.sender.email == PRIYA_EMAIL
    (accepted,) = facts.candidate_messages  # the quoted acceptance is the candidate's
    assert accepted.at < reply.date
