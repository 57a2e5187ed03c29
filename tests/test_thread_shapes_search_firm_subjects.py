"""A search firm's subject sets the client, the job and the step apart with dashes, in any
order, and a short answer under it is the job's conversation, read alone
(shapes_message_recall).

"Re: Ostrander Mills - Chief Revenue Officer", "Re: Pell & Ruiz - SVP Growth - offer": one
part of the subject is wholly a job title (its field after "of", "for" or a comma, or an
executive's letters), so a person's answer there ("Thursday at 9 suits me.") is the job's.
Not a part that is a meeting with an executive ("Q3 numbers - note from the CFO"), nor a
subject asking for someone else ("Head of Legal - a recommendation?"). And a search firm
writing to its client of "the search for your Head of Legal" writes to the one hiring.
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import ME, a_thread, read_alone

FIRM = "Odile Brandt <odile@quaysidesearch.example>"
SHORT = "Thursday at 9 suits me. Thanks."


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Ostrander Mills - Chief Revenue Officer",
        "Re: Pell & Ruiz - SVP Growth - offer",
        "Re: Tamsin Water - COO - meeting with the chair",
        "Re: Head of Procurement for Northern Europe - Vellum Group",
        "Re: Harrowgate Trust - Director, Estates Strategy",
        "Re: Opportunity - Director of Clinical Operations",
    ],
)
def test_an_answer_under_a_subject_with_a_title_part_is_the_jobs(subject):
    assert read_alone(ME, SHORT, subject=subject)


@pytest.mark.parametrize(
    "subject",
    [
        # an executive met, no job named
        "Re: Q3 numbers - note from the CFO",
        "Re: Offsite - lunch with the CEO",
        # someone else put forward for the job
        "Re: Referral - Senior Buyer - Amal Haddad",
        # no part is a title
        "Re: Ostrander Mills - quarterly review",
    ],
)
def test_look_alike_subjects_stay_as_they_were(subject):
    assert not read_alone(ME, SHORT, subject=subject)


@pytest.mark.parametrize(
    "subject", ["Re: Head of Legal - a recommendation?", "Re: Ostrander Mills - referrals"]
)
def test_names_put_forward_for_someone_elses_search_are_not_the_readers(subject):
    assert not read_alone(ME, "Two names come to mind: Ada Obi and Lee Park.", subject=subject)


def test_a_search_firm_briefing_its_client_is_the_hiring_side():
    thread = a_thread(ME, subject="Head of Legal search - kick-off")
    thread.from_recruiter(
        FIRM,
        "Thank you for choosing us. To launch the search for your Head of Legal we'd like an "
        "hour with everyone who will interview. Would Tuesday at 10:00 or Wednesday at 3:00 "
        "suit you?",
    )
    assert not detect_interview(thread.build(), ME).interview


def test_a_search_firm_inviting_a_candidate_stays_the_candidates():
    thread = a_thread(ME, subject="Ostrander Mills - Chief Revenue Officer - interview")
    thread.from_recruiter(
        FIRM,
        "Ostrander Mills would like to interview you for the Chief Revenue Officer role. Would "
        "Tuesday at 10:00 or Wednesday at 3:00 suit you?",
    )
    assert detect_interview(thread.build(), ME).interview
