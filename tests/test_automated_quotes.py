"""An auto-reply or a bounce read alone: the quote a machine echoes back is no one speaking.

A reply read alone carries its quoted history (a person reading "Yes, that works" reads the
invitation below it). An out-of-office reply or a delivery failure quotes the message it
answers too, but nobody said it again: read alone it is not part of the owner's process,
as the corpus labels them (dev's `glassdoor_advice/thank_you_cc_bounce.mbox`,
`prescreen/confirmation_follow_up_out_of_office.mbox`).
"""

from __future__ import annotations

from afterview.parse import parse_message
from afterview.timeline import thread_facts

ME = "noor.haddad@example.net"
RECRUITER = "Ilse Brandt <ilse.brandt@copperline.example>"


def raw(sender: str, subject: str, body: str, *headers: str, to: str = ME) -> bytes:
    extra = "".join(f"{h}\r\n" for h in headers)
    return (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Wed, 14 Oct 2026 16:20:00 +0200\r\n"
        f"Message-ID: <{len(sender)}.{len(subject)}.{len(body)}@mail.example>\r\n{extra}"
        f"In-Reply-To: <original-7@mail.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()


def read_alone(message: bytes) -> bool:
    return thread_facts([parse_message(message)], ME).detection.interview


OWNER_THANKS = (
    "On Tue, 13 Oct 2026 at 18:02, Noor Haddad <noor.haddad@example.net> wrote:\n"
    "> Dear Ilse,\n"
    "> Thank you for interviewing me this afternoon for the Logistics Planner role.\n"
    "> I enjoyed hearing how the team plans the winter routes.\n"
)


def test_an_out_of_office_reply_quoting_the_owners_thank_you_is_not_the_process() -> None:
    auto_reply = raw(
        RECRUITER,
        "Re: Thank you - Logistics Planner interview",
        "I am away from the office until 26 October and cannot read my mail.\n"
        "Your message will be read on my return.\n\n" + OWNER_THANKS,
        "Auto-Submitted: auto-replied",
    )
    assert not read_alone(auto_reply)


def test_a_delivery_failure_quoting_the_owners_follow_up_is_not_the_process() -> None:
    bounce = raw(
        "Mail Delivery System <MAILER-DAEMON@smtp.mail.example>",
        "Returned mail: see transcript for details",
        "The original message was received at Wed, 14 Oct 2026 16:19:58 +0200.\n"
        "----- The following addresses had permanent fatal errors -----\n"
        "<ilse.brandt@copperline.example>\n"
        "    (reason: 550 5.1.1 mailbox unavailable)\n\n" + OWNER_THANKS,
    )
    assert not read_alone(bounce)


def test_a_person_answering_under_the_same_quote_still_carries_it() -> None:
    answer = raw(
        RECRUITER,
        "Re: Thank you - Logistics Planner interview",
        "Thanks Noor, lovely to meet you. We'll be in touch next week.\n\n" + OWNER_THANKS,
    )
    assert read_alone(answer)


def test_the_thread_with_the_owners_note_and_its_bounce_is_still_an_interview() -> None:
    note = raw(
        "Noor Haddad <noor.haddad@example.net>",
        "Thank you - Logistics Planner interview",
        "Dear Ilse,\nThank you for interviewing me this afternoon for the Logistics Planner "
        "role.\nI enjoyed hearing how the team plans the winter routes.\n",
        to="ilse.brandt@copperline.example",
    )
    bounce = raw(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "Address not found\n\nYour message wasn't delivered to ilse.brandt@copperline.example "
        "because the address couldn't be found.\n\n" + OWNER_THANKS,
    )
    facts = thread_facts([parse_message(note), parse_message(bounce)], ME)
    assert facts.interview
    assert facts.automated_messages == 1


# An out-of-office note a mail client's rule sends keeps the answered subject and carries no
# Auto-Submitted header: its opening says what it is.
OUT_OF_OFFICE_BODIES = [
    "Thank you for your email. I am currently out of the office until Monday 19 October "
    "with limited access to email. For urgent matters please contact people@copperline.example.",
    "Hello,\n\nI'm on annual leave and will respond to your message on my return on 26 October.",
    "Please note I am away from my desk until Thursday. I will reply when I am back.",
]
PEOPLE_WRITING_WHILE_AWAY = [
    "I'm out of the office until Monday, but quickly: are you free Tuesday at 10 for the panel?",
    "I was out of the office last week, sorry for the slow reply. The team would like to move "
    "you to the final round; I will send times tomorrow.",
]


def test_an_out_of_office_note_without_its_headers_is_an_auto_reply() -> None:
    for body in OUT_OF_OFFICE_BODIES:
        message = parse_message(raw(RECRUITER, "Re: Following up - Data Analyst", body))
        assert message.is_auto_reply, body


def test_a_person_writing_while_away_is_no_auto_reply() -> None:
    for body in PEOPLE_WRITING_WHILE_AWAY:
        message = parse_message(raw(RECRUITER, "Re: Following up - Data Analyst", body))
        assert not message.is_auto_reply, body


def test_a_header_less_out_of_office_note_is_no_word_from_the_employer() -> None:
    follow_up = raw(
        f"Noor Haddad <{ME}>",
        "Following up - Data Analyst",
        "Hi Ilse,\n\nI wanted to follow up on my interview for the Data Analyst role last "
        "Tuesday. I remain very interested and would be glad to hear about next steps.\n\nNoor",
        to=RECRUITER,
    )
    away = raw(RECRUITER, "Re: Following up - Data Analyst", OUT_OF_OFFICE_BODIES[0])
    facts = thread_facts([parse_message(follow_up), parse_message(away)], ME)
    assert facts.automated_messages == 1
    assert not facts.employer_messages
