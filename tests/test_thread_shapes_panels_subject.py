"""A subject naming the interviews of a group, or the committee or panel holding them, is
the panel's mail (shapes_message_precision).

"Applicant interviews Saturday", "Finalist interviews - Tuesday", "Scholarship interview
committee": written to those who sit on the panel, never to one of the people interviewed,
whom mail names by their own interview ("Your interview on Friday", "Panel interview -
Buyer", "Your interview panel"). The owner's short answer under such a subject, read alone,
is the interviewer's, not a candidate's. Judged by the retro first looks
(bench/retro_edits/panels_subject.py).
"""

from __future__ import annotations

import pytest

from tests.builders import read_alone

OWNER = "nadia.roth@gmail.com"
COORDINATOR = "Hal Emmett <hal.emmett@brookfield-trust.example>"


# the owner's answer to whoever runs the panel, read alone
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Applicant interviews - Saturday 3 May", "Saturday at 8:30 works for me."),
        ("Re: Candidate interviews Friday - room 4B", "Friday at 9 works, I'll be there."),
        ("Re: Finalist interviews next Tuesday", "Yes, Tuesday at 2 works. See you then."),
        ("Re: Bursary interview committee - spring round", "Happy to help. Tuesday at 2 works."),
        ("Re: Interview panel - Wednesday 12 May", "Wednesday at 10 works, see you there."),
        ("Re: Shortlist interviews for the Brookfield award", "I'll be there at 9. Thanks!"),
    ],
)
def test_the_owners_answer_under_a_panels_subject_is_no_candidates(subject, text):
    assert not read_alone(OWNER, text, subject=subject, to=(COORDINATOR,))


# the coordinator's own note under it, read alone
def test_the_coordinators_note_under_a_panels_subject_is_no_candidates():
    text = "Thanks for joining us. Interviews start at 9 on Saturday; the schedule is attached."
    assert not read_alone(
        OWNER, text, subject="Applicant interviews - Saturday 3 May", sender=COORDINATOR
    )


# a candidate's own interviews, answered alike: still the candidate's
@pytest.mark.parametrize(
    "subject",
    [
        "Re: Your interview panel - Wednesday 12 May",
        "Re: Panel interview - Operations Analyst",
        "Re: Final round interviews - Harbourline",
        "Re: Interview with our panel - Associate Analyst",
        "Re: Your interviews on Wednesday 12 May",
        "Re: Interview committee for you - Operations Analyst",
    ],
)
def test_a_candidates_own_interviews_stay_the_candidates(subject):
    assert read_alone(OWNER, "Wednesday at 10 works for me, thank you.", subject=subject)
