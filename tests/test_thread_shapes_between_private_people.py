"""Letters passing only between the owner and private people are no employer's
(shapes_message_precision).

Employers write from their organisation's domain or through their tools, and a job seeker
writes to them there. A thread whose every letter goes between the owner and people's own
mailboxes (the owner's sent only to them, theirs sent from them) is a friend's, a
relative's, a neighbour's, or someone applying to the owner: however it speaks of an
interview or an application, it is no job process of the owner's. Read alone, the owner's
short answer to such a person is the commonest of these. Unless one of those people writes
as an employer to the reader, as a small firm's owner or a recruiter on their own mailbox
does: an invitation to interview, a recruiter's signature or approach, an offer, a refusal.
Judged by the retro first looks (bench/retro_edits/between_private_people.py).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.timeline import thread_facts
from tests.builders import a_thread, read_alone

TZ = "Europe/London"
ZONE = ZoneInfo(TZ)
OWNER = "tomas.weir@gmail.com"
FRIEND = "Ines Marr <ines.marr@outlook.com>"
EMPLOYER = "Ruth Calder <ruth.calder@harbourline.co.uk>"


# the owner's answer to a private person, read alone
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Your interview for the choir - Friday", "Friday at 6 works, see you there."),
        ("Re: Your application for the spare allotment", "Saturday at 10 works for me, thanks!"),
        ("Re: Interview for the babysitting job", "Great, see you Thursday at 4! Ring the bell."),
        ("Re: Interview for your scholarship - Saturday", "I'll be there at 9. Thank you!"),
    ],
)
def test_the_owners_answer_to_a_private_person_alone_is_no_job(subject, text):
    assert not read_alone(OWNER, text, subject=subject, to=(FRIEND,))


# a private person's letter to the owner, read alone
def test_a_private_persons_letter_alone_is_no_job():
    text = (
        "Hi Tomas, I read your application for our spare room and would love to chat before "
        "we meet. Are you free Tuesday evening?"
    )
    assert not read_alone(OWNER, text, subject="About your application", sender=FRIEND)


def test_a_thread_among_private_people_is_no_job():
    builder = (
        a_thread(OWNER, subject="Interview for the babysitting job", tz=TZ)
        .message(FRIEND, "Could you come for an interview on Thursday at 4? Ring twice.")
        .from_me("Thursday at 4 works, see you then!", to=(FRIEND,))
    )
    facts = thread_facts(builder.build(), OWNER, ZONE)
    assert not facts.interview
    assert "between_private_people" in facts.detection.signals


# one of the private people writing as an employer to the reader: still the reader's job
@pytest.mark.parametrize(
    "text",
    [
        # an invitation to interview
        "Hi Tomas, thanks for applying for the Barista position. We would like to invite you "
        "to an interview on Thursday at 4pm. Does that work?",
        # a signature giving the writer's title and organisation
        "Thursday at 4pm is confirmed for your interview with the hiring manager.\n\n"
        "Ines Marr\nSenior Recruiter | Harbourline",
        "Could you do a call on Thursday at 4pm?\n\nInes\nManager, Harbour Street Bakery",
        # an offer
        "We are pleased to offer you the position of Barista, starting Monday. Please reply "
        "to confirm by Friday.",
        # a refusal
        "Thank you for interviewing with us. Unfortunately we have decided to move forward "
        "with other candidates for the Barista role.",
    ],
)
def test_a_private_person_writing_as_an_employer_keeps_the_job(text):
    builder = (
        a_thread(OWNER, subject="Barista interview", tz=TZ)
        .message(FRIEND, text)
        .from_me("Thank you, Thursday at 4 works for me.", to=(FRIEND,))
    )
    assert thread_facts(builder.build(), OWNER, ZONE).interview


# an employer at its own domain, answered from the owner's own mailbox: as before
def test_the_owners_answer_to_an_employer_alone_stays_a_job():
    assert read_alone(
        OWNER,
        "Thursday at 4 works for me, thank you.",
        subject="Re: Interview invitation - Barista",
        to=(EMPLOYER,),
    )


def test_a_thread_with_an_employer_beside_private_people_stays_a_job():
    builder = (
        a_thread(OWNER, subject="Interview invitation - Barista", tz=TZ)
        .message(EMPLOYER, "We would like to invite you to an interview on Thursday at 4pm.")
        .from_me("Thursday at 4 works, thank you.", to=(EMPLOYER,), cc=(FRIEND,))
    )
    assert thread_facts(builder.build(), OWNER, ZONE).interview


# the owner's note to herself is hers, as before (nobody else is written to)
def test_the_owners_note_to_herself_is_left_alone():
    assert read_alone(
        OWNER,
        "Interview with Harbourline on Thursday at 4pm - bring portfolio.",
        subject="Harbourline interview Thursday",
        to=(OWNER,),
    )
