"""A short answer under a subject that names a job with its noun, read alone
(shapes_message_recall).

"Re: Quick chat about the Staff Accountant role": the subject names a job (a title before
"role", "position", "opening" or "vacancy"), so a person's answer there, however short
("Booked! Ines will ring you at 3 on Friday."), is the job's conversation
(`job_subject_reply`), as under a subject that says hiring with the noun. Judged by the retro
first looks (bench/retro_edits/role_named_subject_reply.py).
"""

from __future__ import annotations

import pytest

from tests.builders import ME, read_alone

EMPLOYER = "Ola Berg <ola.berg@brightpay.example>"
BOOKED = "Booked! Ines will ring you at 3 on Friday."


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Quick chat about the Staff Accountant role",
        "Re: Brief call re the Site Engineer opening",
        "Re: A call about the Account Manager role",
        "Re: Following up on the Lab Technician role",
    ],
)
def test_an_answer_under_a_subject_naming_a_job_is_the_jobs(subject):
    assert read_alone(ME, BOOKED, subject=subject, sender=EMPLOYER)


@pytest.mark.parametrize(
    "subject",
    [
        # a role that is no job's title
        "Re: Your role in the spring fundraiser",
        # a job's name as a talk's topic, with no title read before the noun
        "Re: Slides on the Scrum Master role",
        # a volunteer's position: another process
        "Re: Volunteer Coordinator position - Riverfest",
        # the job's candidates: the hirer's mail
        "Re: Shortlisted applicants for the Account Manager role",
        # a forward: its words are someone else's
        "Fwd: A call about the Account Manager role",
    ],
)
def test_look_alike_subjects_stay_as_they_were(subject):
    assert not read_alone(ME, BOOKED, subject=subject, sender=EMPLOYER)
