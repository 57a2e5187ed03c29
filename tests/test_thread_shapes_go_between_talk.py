"""The talk enjoyed in a letter that puts the reader forward was the go-between's own.

"Good talking with you this morning. As promised, I sent your resume to the hiring manager at
Bayside Water" is an agency recruiter's first call and the submission that follows it: the
employer's process is at the application, no interview has taken place (it had been read as
one, with a thank-you and the silence after an interview advised). A go-between is told by
its domain (a staffing agency's or search firm's) or by the client it names; an employer's own
recruiter saying the same after its call had screened the reader (dev labels a screening call
an interview).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

CHICAGO = "America/Chicago"
ZONE = ZoneInfo(CHICAGO)
AGENT = "Dale Kirby <dale.kirby@northgate-search.example>"


def one_letter(text: str):
    builder = a_thread(subject="Maintenance Planner - Ravenmoor Mills", tz=CHICAGO)
    builder = builder.from_recruiter(AGENT, text, at="2027-04-05 11:15")
    return thread_facts(builder.build(), ME, ZONE)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Sam,\n\nGood talking with you this morning. As promised, I sent your resume to "
        "the plant manager at Ravenmoor Mills for the Maintenance Planner role. They are "
        "reviewing a few profiles first, so give it a week or so. I'll keep you posted.\n\nDale",
        "Sam - great to speak earlier! I've submitted your profile to Ravenmoor Mills for "
        "the Maintenance Planner opening and will chase them on Friday.\n\nDale",
    ],
)
def test_a_go_betweens_call_then_the_submission_is_the_application(text):
    facts = one_letter(text)
    assert facts.interview
    assert facts.stage is Stage.APPLIED


def test_the_employers_interview_told_beside_a_submission_still_took_place():
    facts = one_letter(
        "Hi Sam,\n\nThanks for interviewing with Ravenmoor Mills' plant manager yesterday - "
        "he was impressed. I've sent your references to him as well.\n\nDale"
    )
    assert facts.stage is Stage.INTERVIEWED


def test_an_employers_own_recruiter_passing_the_resume_on_had_screened_the_reader():
    # the employer's recruiter, not a go-between: its call was the screening interview
    builder = a_thread(subject="Maintenance Planner - Ravenmoor Mills", tz=CHICAGO)
    builder = builder.from_recruiter(
        "Tess Amundsen <tess.amundsen@ravenmoormills.example>",
        "Hi Sam,\n\nGood talking with you this morning. As promised, I sent your resume to "
        "our plant manager for the Maintenance Planner role; he will be in touch about a "
        "site visit.\n\nTess",
        at="2027-04-05 11:15",
    )
    facts = thread_facts(builder.build(), ME, ZONE)
    assert facts.stage is Stage.INTERVIEWED
