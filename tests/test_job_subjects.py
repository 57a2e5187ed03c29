"""A subject that names the owner's application by its job, in the forms people write it:
"Line cook application", "Data Analyst application - Olu Adeyemi", "Job application:
Marketing Assistant". Read alone, a short answer under such a subject is part of the process
(the corpus README's rule for messages); the job is also the thread's role. The frontline
titles (cook, bartender, housekeeper, welder, caregiver, apprentice, ...) are job titles as
much as the office ones. Beside each, mail with the same words that names no job of the
owner's: a loan's, a flat's, a visa's application, a hyphen inside a title."""

from __future__ import annotations

import pytest

from afterview.company import role_from_subject
from tests.builders import read_alone

ME = "sam.okafor@example.com"
EMPLOYER = "Tanya Greene <tanya@riversidegrill.example>"


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Data Analyst application - Olu Adeyemi", "Data Analyst"),
        ("Re: Bartender application - Maria Lopez", "Bartender"),
        ("Job application: Marketing Assistant", "Marketing Assistant"),
        ("Job Application - Warehouse Supervisor", "Warehouse Supervisor"),
        ("Your Growth Marketing Lead application - scheduling", "Growth Marketing Lead"),
        ("Line cook application", "Line cook"),
        ("Re: Apprentice Electrician application", "Apprentice Electrician"),
        ("Housekeeper application - Anna Kowalski", "Housekeeper"),
    ],
)
def test_the_job_is_read_from_its_application_subject(subject, role):
    assert role_from_subject(subject) == role


@pytest.mark.parametrize(
    "subject",
    [
        "Loan application - Jane Doe",
        "Rental application - 12 Elm Street",
        "Webinar - Marketing Manager tips for 2027",
        "Newsletter - the welder's guide to safety",
    ],
)
def test_no_job_is_read_where_the_subject_names_none(subject):
    assert role_from_subject(subject) is None


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        ("Re: Line cook application", "Thursday at 2 works for me. See you then.", None),
        ("Re: Line cook application", "Great, see you Thursday at 2.", EMPLOYER),
        (
            "Data Analyst application - Olu Adeyemi",
            "Hello, please find my CV attached for the role. Kind regards, Olu",
            None,
        ),
        ("Re: Data Analyst application - Olu Adeyemi", "Thanks, Tuesday at 10 suits me.", None),
        ("Re: Job application: Marketing Assistant", "Sure, talk then.", None),
        ("Re: Bartender application", "Yes, I can do Friday evening.", None),
    ],
)
def test_a_short_answer_under_the_jobs_subject_is_part_of_the_process(subject, text, sender):
    assert read_alone(ME, text, subject=subject, sender=sender)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Re: Loan application - Sam Okafor", "Thursday at 2 works for me."),
        ("Re: Rental application", "Great, see you at the viewing on Thursday."),
        ("Re: Visa application", "Thanks, Tuesday at 10 suits me."),
    ],
)
def test_a_short_answer_under_another_application_is_not(subject, text):
    assert not read_alone(ME, text, subject=subject)
