"""A reply read alone carries its quoted history: the quote is read as an earlier message
when the message it quotes is not in the thread, and never when it is."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from afterview.model import Address, Stage
from afterview.parse import parse_message
from afterview.timeline import thread_facts

ME = "sam@example.net"
PACIFIC_DST = timezone(timedelta(hours=-7))
DOMINIC = "Dominic Ferreira <dominic@acme.example>"
SAM = "Sam Seeker <sam@example.net>"


def eml(
    body: str,
    *,
    sender: str = SAM,
    to: str = DOMINIC,
    subject: str = "Re: Next steps - Data Analyst",
    date: str = "Fri, 10 Oct 2025 11:30:00 -0700",
    message_id: str = "<reply-1@example.net>",
    in_reply_to: str | None = "<ask-1@acme.example>",
):
    headers = (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: {message_id}\n"
    )
    if in_reply_to:
        headers += f"In-Reply-To: {in_reply_to}\nReferences: {in_reply_to}\n"
    return parse_message(f"{headers}Content-Type: text/plain; charset=utf-8\n\n{body}".encode())


def quoting(
    own: str, quoted: str, attribution: str = f"On Fri, Oct 10, 2025 at 10:05 AM {DOMINIC} wrote:"
) -> str:
    lines = "\n".join(f"> {line}" if line else ">" for line in quoted.split("\n"))
    return f"{own}\n\n{attribution}\n{lines}\n"


REFERENCES_ASK = (
    "Hi Sam,\n\nThanks again for interviewing with us on Wednesday - the team enjoyed meeting "
    "you. As a next step, could you send me two professional references?\n\nBest,\nDominic"
)
HERE_THEY_ARE = (
    "Of course - here they are:\n\nJane Roe, jane.roe@example.org\nBob Poe, bob.poe@example.org"
)

INVITATION = (
    "Hi Sam,\n\nThank you for applying for the Data Analyst role at Acme. We'd like to invite "
    "you to a 45-minute video interview with our hiring manager. Would Tuesday, October 14 "
    "at 2:00 PM PT work for you?\n\nDominic"
)


def test_a_lone_reply_quoting_a_references_request_is_an_interview_thread():
    reply = eml(quoting(HERE_THEY_ARE, REFERENCES_ASK))
    alone = thread_facts([dataclasses.replace(reply, quoted=None)], ME)
    assert not alone.interview  # what the reply says in its own words is not enough

    facts = thread_facts([reply], ME)
    assert facts.interview
    assert facts.stage is Stage.INTERVIEWED  # "thanks for interviewing with us on Wednesday"
    (asked,) = facts.employer_messages
    assert asked.asks_candidate
    assert asked.at == datetime(2025, 10, 10, 10, 5, tzinfo=PACIFIC_DST)
    assert asked.sender == Address("dominic@acme.example", "Dominic Ferreira")
    (answer,) = facts.candidate_messages
    assert answer.at == reply.date
    assert facts.first_message_at == asked.at and facts.last_message_at == reply.date
    assert facts.subject == "Next steps - Data Analyst"
    assert facts.company == "Acme"
    assert Address("dominic@acme.example", "Dominic Ferreira") in facts.employer_contacts


def test_a_lone_reply_accepting_a_quoted_invitation_is_scheduled_at_the_offered_time():
    reply = eml(quoting("Yes, Tuesday at 2:00 PM works for me. Thank you!", INVITATION))
    facts = thread_facts([reply], ME)
    assert facts.interview
    assert facts.stage is Stage.SCHEDULED
    assert facts.interview_start == datetime(2025, 10, 14, 14, 0, tzinfo=PACIFIC_DST)
    (invited,) = facts.employer_messages
    assert invited.is_scheduling and invited.asks_candidate


@pytest.mark.parametrize(
    "quoted",
    [
        "Hi Sam,\n\nWe'd love to interview you for episode 42 of The Data Podcast about your "
        "open-source work. Would Tuesday, October 14 at 2:00 PM PT work for a recording?\n\n"
        "Dominic, host",
        "Your weekly digest: 5 new Data Analyst jobs near you. View all jobs. You are receiving "
        "this email because you signed up for job alerts. Unsubscribe.",
        "Hi Sam,\n\nWe are running a user research study and would like to interview you for 30 "
        "minutes about how you use our app. Participants receive a $50 gift card.",
    ],
    ids=["podcast", "job alert", "user research"],
)
def test_a_lone_reply_quoting_a_look_alike_is_not_an_interview(quoted: str):
    reply = eml(quoting("Sounds great, count me in!", quoted), subject="Re: Quick question")
    assert not thread_facts([reply], ME).interview


def test_a_complete_thread_reads_the_same_with_or_without_the_quote():
    original = eml(
        INVITATION,
        sender=DOMINIC,
        to=SAM,
        subject="Next steps - Data Analyst",
        date="Fri, 10 Oct 2025 10:05:00 -0700",
        message_id="<ask-1@acme.example>",
        in_reply_to=None,
    )
    reply = eml(quoting("Yes, Tuesday at 2:00 PM works for me.", INVITATION))
    assert reply.quoted is not None
    bare = dataclasses.replace(reply, quoted=None)
    with_quote = thread_facts([original, reply], ME)
    assert with_quote == thread_facts([original, bare], ME)
    assert len(with_quote.employer_messages) == 1  # the invitation, read once
    # no In-Reply-To, but the original is earlier in the thread: still read once
    unthreaded = dataclasses.replace(reply, in_reply_to="", references=())
    assert thread_facts([original, unthreaded], ME) == with_quote


def test_a_thread_whose_first_messages_were_deleted_reads_the_quote_once():
    reply = eml(quoting(HERE_THEY_ARE, REFERENCES_ASK))
    answer = eml(
        "Thank you, Sam - we'll be in touch by Friday, October 17.",
        sender=DOMINIC,
        to=SAM,
        date="Fri, 10 Oct 2025 15:00:00 -0700",
        message_id="<thanks-1@acme.example>",
        in_reply_to="<reply-1@example.net>",
    )
    answer = dataclasses.replace(
        answer, quoted=dataclasses.replace(reply.quoted, text=HERE_THEY_ARE)
    )
    facts = thread_facts([reply, answer], ME)
    assert facts.interview
    assert [m.at for m in facts.employer_messages] == [
        datetime(2025, 10, 10, 10, 5, tzinfo=PACIFIC_DST),
        answer.date,
    ]
    assert len(facts.candidate_messages) == 1  # the answer's quote of the reply is in the thread


def test_a_quote_whose_attribution_names_the_owner_is_the_owners():
    thanks = (
        "Hi Dominic,\n\nThank you for taking the time to meet with me today about the Data "
        "Analyst role. I enjoyed learning about the team.\n\nBest,\nSam"
    )
    employer_reply = eml(
        quoting(
            "Hi Sam, thanks for the note - we'll be in touch soon.",
            thanks,
            attribution=f"On Wed, Oct 8, 2025 at 5:40 PM {SAM} wrote:",
        ),
        sender=DOMINIC,
        to=SAM,
        subject="Re: Thank you",
        in_reply_to="<thanks-sam@example.net>",
    )
    facts = thread_facts([employer_reply], ME)
    assert facts.interview
    (own,) = facts.candidate_messages
    assert own.is_thank_you
    assert own.at == datetime(2025, 10, 8, 17, 40, tzinfo=PACIFIC_DST)
    assert facts.stage is Stage.INTERVIEWED


def test_an_outlook_attribution_names_the_quoted_sender():
    body = (
        f"{HERE_THEY_ARE}\n\n________________________________\n"
        f"From: {DOMINIC}\nSent: Friday, October 10, 2025 10:05 AM\nTo: {SAM}\n"
        f"Subject: Next steps - Data Analyst\n\n{REFERENCES_ASK}\n"
    )
    facts = thread_facts([eml(body)], ME)
    assert facts.interview
    (asked,) = facts.employer_messages
    assert asked.asks_candidate
    assert asked.sender.email == "dominic@acme.example"
    assert asked.at == datetime(2025, 10, 10, 10, 5, tzinfo=PACIFIC_DST)


def test_a_quote_with_a_bad_date_is_read_just_before_the_reply():
    reply = eml(
        quoting(
            HERE_THEY_ARE,
            REFERENCES_ASK,
            attribution=f"On Blursday, Octember 45 at 25:99 {DOMINIC} wrote:",
        )
    )
    facts = thread_facts([reply], ME)
    assert facts.interview
    (asked,) = facts.employer_messages
    assert reply.date - timedelta(minutes=5) < asked.at < reply.date


def test_a_quote_without_attribution_is_from_whom_the_reply_answers():
    body = f"{HERE_THEY_ARE}\n\n" + "\n".join(f"> {line}" for line in REFERENCES_ASK.split("\n"))
    facts = thread_facts([eml(body)], ME)
    assert facts.interview
    (asked,) = facts.employer_messages
    assert asked.sender == Address("dominic@acme.example", "Dominic Ferreira")
    assert asked.asks_candidate


def test_a_huge_hostile_quote_is_read_within_its_bound():
    junk = "\n".join(f"<div>interview {i}</div>" * 20 for i in range(5_000))
    reply = eml(quoting(HERE_THEY_ARE, junk))
    assert reply.quoted is not None and len(reply.quoted.text) <= 2_000
    facts = thread_facts([reply], ME)
    assert facts.first_message_at is not None and facts.first_message_at < reply.date


def test_a_follow_up_quoting_the_owners_own_note_is_not_mail_within_their_organisation():
    # An owner at an organisation's domain: a note "to themselves" would read as mail
    # inside their own employer, i.e. the owner on the hiring side.
    owner = "Chloe Adeyemi <chloe.adeyemi@post.example>"
    thanks = (
        "Hi Dominic,\n\nThank you for taking time out of a busy week to meet me today. I'm "
        "genuinely excited about the Audience Editor role.\n\nChloe"
    )
    follow_up = eml(
        quoting(
            "Hi Dominic,\n\nI wanted to check in on the Audience Editor role - I'd be grateful "
            "for any update on where things stand.",
            thanks,
            attribution=f"On Thu, Sep 10, 2026 at 6:30 PM {owner} wrote:",
        ),
        sender=owner,
        subject="Re: Thank you - Audience Editor interview",
        date="Mon, 28 Sep 2026 09:15:00 +0100",
        in_reply_to="<thanks-1@post.example>",
    )
    facts = thread_facts([follow_up], "chloe.adeyemi@post.example")
    assert facts.interview
    assert [m.is_thank_you for m in facts.candidate_messages] == [True, False]
    assert facts.candidate_messages[0].at == datetime(
        2026, 9, 10, 18, 30, tzinfo=timezone(timedelta(hours=1))
    )


def test_two_replies_to_one_missing_original_read_it_once():
    first = eml(quoting(HERE_THEY_ARE, REFERENCES_ASK))
    second = eml(
        quoting("Adding a third: Ann Loe, ann.loe@example.org", REFERENCES_ASK),
        date="Fri, 10 Oct 2025 11:45:00 -0700",
        message_id="<reply-2@example.net>",
    )
    facts = thread_facts([first, second], ME)
    assert facts.interview
    assert len(facts.employer_messages) == 1
    assert len(facts.candidate_messages) == 2
