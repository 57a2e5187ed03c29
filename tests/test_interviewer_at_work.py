"""The reader interviewing others at their own work is no process of theirs (fifteenth
session): a job seeker is often employed, and sits on panels there. Found from ordinary
mail's dev split (an employer's mail to its interviewers about 'final interviews for
internal and external candidates'); these cases are in other words."""

from __future__ import annotations

import pytest

from afterview.detect import signal_names
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

COLLEAGUE = "Priya Shah <priya@northwind.example>"


def read(subject: str, text: str):
    return thread_facts(a_thread(ME, subject=subject).from_recruiter(COLLEAGUE, text).build(), ME)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Analyst interviews Thursday",
            "Hi Sam, you're on the panel for Thursday's interviews with three external "
            "candidates for the analyst role, 2-5pm in room 4. CVs attached.",
        ),
        (
            "Graduate scheme interviews",
            "All - final interviews for internal and external candidates are on 24 October, "
            "3-6pm. Please send me the names of anyone you feel would be a great candidate.",
        ),
    ],
)
def test_the_readers_duty_as_an_interviewer_is_no_interview_of_theirs(subject, text):
    facts = read(subject, text)
    assert not facts.interview
    assert "interviewer_duty" in signal_names(facts.detection)


def test_a_rejection_that_names_internal_and_external_candidates_stays_one():
    facts = read(
        "Your application - Analyst",
        "Hi Sam, thank you for interviewing with us. After meeting internal and external "
        "candidates we have decided to move forward with another candidate.",
    )
    assert facts.interview
    assert facts.stage is Stage.REJECTED


def test_the_panel_named_to_a_candidate_is_still_their_interview():
    facts = read(
        "Interview - Analyst",
        "Hi Sam, your interview is on Thursday at 2pm in room 4. Dana and Lee are on the "
        "panel. Please bring a copy of your CV.",
    )
    assert facts.interview
    assert facts.stage is Stage.SCHEDULED
