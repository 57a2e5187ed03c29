"""A go-between's own call, told with the verbs only a go-between uses of the reader: the
employer's process is still at the application.

"Thanks for taking the time to speak with me this afternoon. As discussed, I will be
submitting you for the Senior Accountant role with my client" and "It was great speaking with
you earlier. Please confirm you give us the right to represent you, so I can submit you to
Harbor Logistics" had been read as the interview taken place (a thank-you to send, then a
wait for a decision). An agency submits or presents a candidate, done or to come, and asks
leave to represent them; an employer's own recruiter, after its screening call, passes the
resume on, and that call was the interview. "Present you with an offer" forwards nobody.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import stage_at, thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
THE_DAY_AFTER = datetime(2027, 4, 27, 12, 0, tzinfo=ZONE)


def after_the_call(sender: str, text: str, subject: str):
    builder = a_thread(subject=subject, tz=LONDON)
    builder = builder.from_me(
        "Hi, I'm interested in this role - my CV is attached.\nSam",
        to=(sender,),
        at="2027-04-20 10:00",
    )
    builder = builder.from_recruiter(sender, text, at="2027-04-26 16:00")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    ("sender", "subject", "text"),
    [
        (
            "Mark Dean <mark.dean@harrowfield.example>",
            "Senior Accountant - Leeds",
            "Hi Sam,\n\nThanks for taking the time to speak with me this afternoon. As "
            "discussed, I will be submitting you for the Senior Accountant role with my client "
            "in Leeds, and I'll be in touch as soon as I have feedback.\n\nKind regards,\nMark",
        ),
        (
            "Priya Shah <priya@bluecrestsolutions.example>",
            "Forklift Operator - Harbor Logistics",
            "Hi Sam,\n\nIt was great speaking with you earlier. Please reply to this email "
            "confirming you give us the right to represent you, so I can submit you to Harbor "
            "Logistics for the Forklift Operator opening.\n\nPriya",
        ),
        (
            "Olu Ade <olu@northbeam.example>",
            "Site Engineer",
            "Hi Sam,\n\nGood to talk to you this morning. I've presented you to the client for "
            "the Site Engineer post and will chase them for feedback on Friday.\n\nOlu",
        ),
    ],
)
def test_a_go_betweens_call_before_it_puts_the_reader_forward_is_no_interview(
    sender, subject, text
):
    facts = after_the_call(sender, text, subject)
    assert facts.interview
    assert stage_at(facts, THE_DAY_AFTER) is Stage.APPLIED


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nThanks for speaking with me today about the Data Analyst role. I'll share my "
        "notes with the hiring manager and we'll be in touch about next steps.\n\nDana",
        "Hi Sam,\n\nGreat chatting today! I'm passing your resume to the hiring manager now and "
        "will let you know what she says.\n\nDana",
    ],
)
def test_an_employers_own_screening_call_is_the_interview(text):
    facts = after_the_call(
        "Dana Cole <dana.cole@lumengrid.example>", text, "Data Analyst - Lumen Grid"
    )
    assert stage_at(facts, THE_DAY_AFTER) is Stage.INTERVIEWED


def test_an_offer_presented_to_the_reader_after_a_call_forwards_nobody():
    text = (
        "Hi Sam,\n\nThank you for speaking with me today. I'm delighted to present you with an "
        "offer for the Data Analyst role; the written offer follows tomorrow.\n\nDana"
    )
    facts = after_the_call(
        "Dana Cole <dana.cole@lumengrid.example>", text, "Data Analyst - Lumen Grid"
    )
    assert stage_at(facts, THE_DAY_AFTER) is Stage.OFFER
