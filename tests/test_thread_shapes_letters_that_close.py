"""Decision letters read from their shape, whatever their wording (shapes3).

A letter that looks back on the meeting and closes, turning the reader to other jobs than
this one or ending on good wishes, asking nothing and neither offering nor putting or keeping
a time, is the employer's "no". Judged by the retro first looks
(bench/retro_edits/closes_after_the_meeting.py).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

LONDON = "Europe/London"
ZONE = ZoneInfo(LONDON)
POLICY = Policy(timezone=LONDON)
RECRUITER = "Priya Nair <priya@harbourline.example>"
INVITED = (
    "Our hiring manager for the Associate Analyst role would like to interview you. Your "
    "interview is confirmed for Tuesday 9 March 2027 at 10:00 at our London office."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZONE)


def after_the_interview(text: str):
    builder = (
        a_thread(subject="Associate Analyst interview", tz=LONDON)
        .from_recruiter(RECRUITER, INVITED, at="2027-03-02 11:00")
        .from_recruiter(RECRUITER, text, at="2027-03-12 09:00")
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    return facts, advise(facts, at("2027-03-15 12:00"), POLICY)


# no phrase of the books says "no" in these: only the shape of the letter does
@pytest.mark.parametrize(
    "text",
    [
        "Thank you for meeting us last week about the Associate Analyst role. We'd like to "
        "keep your profile in our talent community and let you know when something similar "
        "opens up.",
        "Thank you for taking the time to interview for the position of Associate Analyst. "
        "Please continue to review our current job postings on our careers site.",
        "Thanks for the conversation on Tuesday. We will keep your CV on file for future "
        "opportunities at Harbourline.",
        # good wishes closing the letter, for nothing named
        "Thank you for interviewing with us. We appreciated the care you put into the case "
        "study and the time you gave us, and we wish you every success.",
        "Thanks for speaking with us on Tuesday. The team has now reached its decision. Best "
        "of luck!",
    ],
)
def test_a_letter_closing_after_the_meeting_closes_the_thread(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is Stage.REJECTED
    assert facts.employer_messages[-1].is_rejection
    assert advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        # an acknowledgement: it looks at the application, not back on a meeting
        "Thank you for applying for the Associate Analyst role. We will keep your CV on file "
        "for future opportunities and be in touch about this one soon.",
        # a recruiter's question about other roles
        "Thank you for meeting us last week. The role has gone on hold; would you be open to "
        "other roles in the team?",
        # a letter that goes on: a time put to the reader
        "Thank you for meeting us last week. Before we consider you for future roles too, "
        "your second interview is confirmed for Tuesday 16 March 2027 at 14:00.",
        # an offer
        "Thank you for meeting us last week. We are delighted to offer you the position and "
        "look forward to the future opportunities it brings.",
        # good wishes for a step still to come, with a time
        "Thank you for meeting us last week. Your final interview is confirmed for Tuesday 16 "
        "March 2027 at 14:00. Good luck!",
        # good wishes in a letter that asks something
        "Thanks for the call on Tuesday. Could you send two references? We wish you well.",
        # good wishes to an applicant not yet met
        "Thank you for applying for the Associate Analyst role. We wish you every success.",
    ],
)
def test_look_alikes_of_that_letter_do_not_close_the_thread(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for meeting with the team this morning. We are seeing a few more candidates "
        "this week and will update you soon. We wish you every success.",
        "Thanks for coming in today, it was great to meet you. We'll be in touch by Friday with "
        "next steps. Best of luck!",
    ],
)
def test_a_letter_that_says_more_is_to_come_does_not_close_it(text):
    facts, advice = after_the_interview(text)
    assert facts.stage is not Stage.REJECTED
    assert advice.action is not Action.CLOSED
