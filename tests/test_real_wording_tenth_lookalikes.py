"""Interview and application words about someone else's search, or a selection that is no job.

The tenth growth of the real-wording corpus (friends' own interviews, a coach's clients,
references asked of the owner, prizes' shortlists, festivals' rounds, auditions, clinical
studies' screening visits, benefits' eligibility interviews, adoption home studies) found
these rules; each is written here in other words than the corpus's, as a person would write
the mail. Real job mail that shares the words stays an interview.
"""

from __future__ import annotations

import pytest

from afterview.timeline import thread_facts
from tests.builders import a_thread, read_alone

TZ = "Europe/London"
ME = "rowan.ellis@example.com"
ORGANISER = "Prize Office <office@harbourprize.example>"
RECRUITER = "Imogen Shaw <imogen.shaw@talent.example>"
FRIEND = "Tess Mbeki <tess.mbeki@gmail.com>"


def alone(text: str, subject: str, sender: str | None = ORGANISER, **fields) -> bool:
    """One message, read by itself: part of the owner's own application process?"""
    return read_alone(ME, text, subject=subject, sender=sender, tz=TZ, **fields)


# ----- what a shortlist or a selection is for: a prize, an award, a competition


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Good news - you have been shortlisted for the Harbour Poetry Prize",
            "Dear Rowan, your collection Tidelines has been shortlisted for this year's Harbour "
            "Poetry Prize. The winner will be announced at the ceremony on 12 October; we will be "
            "in touch next week about travel.",
        ),
        (
            "Harbour Awards 2026",
            "Dear Rowan, we are delighted to tell you that you have been selected for the Young "
            "Engineer of the Year Award shortlist. The judges will let all finalists know by 30 "
            "June.",
        ),
    ],
)
def test_a_shortlist_for_a_prize_is_no_job(subject, text):
    assert not alone(text, subject)


def test_a_shortlist_for_a_job_stays_an_application():
    assert alone(
        "Dear Rowan, we are pleased to tell you that you have been shortlisted for the Awards "
        "Coordinator position. We will be in touch next week to arrange an interview.",
        "You have been shortlisted - Awards Coordinator",
        sender=RECRUITER,
    )


# ----- what an interview is for: a benefits claim, a prize's judges, a club, an adoption


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Your benefits eligibility interview",
            "Dear Rowan, your eligibility interview will take place by telephone on Tuesday 3 "
            "March at 10:00. Please have your last payslips to hand.",
        ),
        (
            "Fact-finding interview - claim 2291",
            "Dear Rowan, a fact-finding interview has been arranged for Thursday 5 March at 2:30 "
            "pm to look into the reasons your last job ended. Your former employer may also take "
            "part.",
        ),
        (
            "Re: Harbour Awards - finalists",
            "Hi Rowan, you're booked for the judging panel interview on Friday 6 March at 11:40 in "
            "the Council Chamber. Bring a one-page summary.",
        ),
        (
            "Your adoption assessment",
            "Dear Rowan, your adoption interview with Mrs Lowe is confirmed for Wednesday 11 March "
            "at 7:30 pm at your home. It usually takes about two hours.",
        ),
    ],
)
def test_an_interview_for_no_job_is_no_job(subject, text):
    assert not alone(text, subject)


def test_a_job_whose_title_begins_with_the_word_stays_a_job():
    assert alone(
        "Dear Rowan, thank you for your application. We'd like to invite you to an Eligibility "
        "Worker interview on Tuesday 3 March at 10:00 at our Leith office. Please confirm.",
        "Interview invitation - Eligibility Worker",
        sender=RECRUITER,
    )


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Home study - first visit",
            "Hi Rowan, I'll be your social worker for the home study. Could I visit on Monday 9 "
            "March at 6 pm? I'll interview you both together, then each of you separately.",
        ),
        (
            "Fostering enquiry",
            "Dear Rowan, thank you for applying to become foster carers with us. Your first "
            "assessment interview is on Thursday 12 March at 5:30 pm at home.",
        ),
    ],
)
def test_an_adoption_or_fostering_assessment_is_no_job(subject, text):
    assert not alone(text, subject)


def test_a_clinical_studys_screening_visit_is_no_job():
    assert not alone(
        "Dear Rowan, thank you for coming to your screening visit on Monday. The study "
        "investigator has reviewed your results and we will let you know within a week whether "
        "you can take part.",
        "Your screening visit",
    )


def test_a_recruiter_hiring_someone_to_run_study_visits_is_a_job():
    # The study's words describe the job here; someone is recruiting for it.
    assert alone(
        "Hi Rowan, I'm recruiting a Research Nurse for our vaccine unit - the post runs "
        "screening visits and study visits with volunteers. Could we do an interview on "
        "Wednesday at 11?",
        "Research Nurse opening",
        sender=RECRUITER,
    )


# ----- rounds said without an interview: an audition's, a competition's


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Northcote Writing Competition - second round",
            "Dear Rowan, congratulations: your story has made it to the second round of the "
            "competition. Results will be announced by 14 May.",
        ),
        (
            "Junior auditions - result of the first round",
            "Dear Rowan, thank you for bringing Ada to the auditions. She is invited to the final "
            "round on Saturday at 10:30; please confirm by Thursday.",
        ),
    ],
)
def test_rounds_of_a_selection_are_no_job(subject, text):
    assert not alone(text, subject)


def test_rounds_for_a_job_stay_an_interview():
    assert alone(
        "Hi Rowan, great news: you're through to the final round for the Festival Producer role. "
        "Could you do Thursday at 2 pm?",
        "Final round - Festival Producer",
        sender=RECRUITER,
    )


def test_an_employer_praised_for_an_award_names_no_selection():
    # "award-winning" describes the studio; the round is the job's. Read as a selection's
    # round, its not-a-job veto would also have silenced the thread's clear invitation.
    thread = a_thread(ME, subject="Junior Animator - next steps", tz=TZ)
    thread.from_recruiter(
        RECRUITER,
        "Hi Rowan, the team enjoyed your reel. Could you do a video interview for the Junior "
        "Animator role on Monday at 10?",
    )
    thread.from_recruiter(
        RECRUITER,
        "Great news: you're through to the final round! Our award-winning studio would love "
        "to meet you on Thursday at 3 at our office.",
    )
    assert thread_facts(thread.build(), ME).interview


# ----- whose search it is: a friend's own interview, a reference asked of the owner


def test_a_friend_telling_of_their_own_interview_is_theirs():
    assert not alone(
        "Just got out of my final interview!! I think everyone liked me. They'll let me know by "
        "Thursday - fingers crossed.",
        "Interview done!!",
        sender=FRIEND,
    )


def test_an_agency_recruiter_telling_of_the_clients_answer_stays_the_owners():
    assert alone(
        "Hi Rowan, I spoke to the hiring manager after your second interview - they'll let me know "
        "by Thursday. I'll call you as soon as I hear.",
        "Your second interview at Fernway",
        sender=RECRUITER,
    )


def test_an_independent_recruiter_at_a_mailbox_provider_telling_of_the_answer_stays_hers():
    # the lead's probe in fresh words: a recruiter working from gmail says it of the reader's
    # interview ("meeting you", "I'll pass it on"), which no friend says of her own
    text = (
        "Hi Rowan, I spoke with the hiring manager at Fernway - they really enjoyed meeting "
        "you, and they'll let me know by Friday about next steps. I'll pass it on as soon as "
        "I hear."
    )
    recruiter = "Jo Reyes <jo.reyes.recruits@gmail.com>"
    assert alone(text, "Fernway update", sender=recruiter)
    thread = (
        a_thread(ME, subject="Data Analyst at Fernway", tz=TZ, start="2026-03-02 09:00")
        .from_recruiter(
            recruiter,
            "Hi Rowan, I'm recruiting for a Data Analyst role at Fernway. Would you be open to "
            "an interview with their hiring manager on Thursday 5 March at 2pm?",
        )
        .from_me("Hi Jo, yes - Thursday at 2pm works. Thanks!")
        .from_recruiter(recruiter, text, at="2026-03-06 09:00")
    )
    facts = thread_facts(thread.build(), ME)
    assert facts.interview
    # told, not asked: "they'll let me know" asks the reader nothing
    assert not facts.employer_messages[-1].asks_candidate


def test_someone_who_will_let_the_recruiter_know_asks_the_reader_nothing():
    thread = a_thread(ME, subject="Your second interview at Fernway", tz=TZ).from_recruiter(
        RECRUITER,
        "Hi Rowan, thanks again for going in today. The panel will let me know by Thursday and "
        "I'll call you as soon as I hear.",
    )
    assert not thread_facts(thread.build(), ME).employer_messages[-1].asks_candidate


def test_someone_asking_the_owner_to_be_their_referee_is_not_her_application():
    assert not alone(
        "Hi Rowan, I'm through to the final round for a project manager position and the hiring "
        "manager wants two referees. Would you be one of them? They'd ring on Friday.",
        "Could you be my referee?",
        sender=FRIEND,
    )


def test_an_employer_naming_the_owner_as_referee_is_not_her_application():
    assert not alone(
        "Dear Rowan, Amir Haddad has applied for the post of Site Manager and has named you as a "
        "referee. Could you complete our reference form by Friday?",
        "Reference request - Amir Haddad",
        sender=RECRUITER,
    )


def test_the_owner_answering_a_reference_ask_is_the_referee():
    assert not alone(
        "Of course - congratulations on the final round for the position! Give the hiring manager "
        "my number; afternoons are best.",
        "Re: Could you be my referee?",
        sender=None,
        to="Tess Mbeki <tess.mbeki@gmail.com>",
    )
