"""Short answers under a subject that names a job, read one message at a time (probe11).

The short_reply_samples family found a candidate's "thanks for the update" and an
employer's "nothing decided yet" unread under "Re: Checking in - <job title>". These cases
are in other words than the corpus threads; look-alikes sharing the words stay out.
"""

from __future__ import annotations

from afterview.company import subject_is_a_job
from tests.builders import read_alone

CT = "America/Chicago"
ME = "elena.voss@example.com"
EMPLOYER = "Marcus Hale <marcus.hale@fernbrook-foods.example>"
FRIEND = "Ruth Ames <ruth.ames@example.net>"


def theirs(text: str, subject: str, sender: str = EMPLOYER) -> bool:
    return read_alone(ME, text, subject=subject, sender=sender, tz=CT)


def mine(text: str, subject: str, to: str = EMPLOYER) -> bool:
    return read_alone(ME, text, subject=subject, tz=CT, to=(to,))


# ----- a follow-up's or courtesy's head before a job title is still the job's subject


def test_a_follow_up_head_before_a_job_title_names_the_job():
    assert subject_is_a_job("Re: Following up - Quality Assurance Technician")
    assert subject_is_a_job("Touching base - Senior Buyer")
    assert subject_is_a_job("Re: Thanks again - Payroll Specialist")


def test_a_follow_up_head_before_no_title_names_no_job():
    assert not subject_is_a_job("Re: Following up - Saturday's barbecue")
    assert not subject_is_a_job("Checking in - the garden plot")


# ----- the answers read alone


def test_the_candidates_bare_thanks_under_a_job_subject_is_the_process():
    assert mine("Appreciate the update, Marcus.", "Re: Following up - Quality Assurance Technician")


def test_the_employers_not_decided_yet_under_a_job_subject_is_the_process():
    assert theirs(
        "Hi Elena, we haven't made a call yet; the panel meets Thursday and I expect to have "
        "an answer for you the week after.",
        "Re: Touching base - Senior Buyer",
    )


def test_the_candidate_confirming_under_a_job_title_subject_is_still_the_process():
    assert mine("Monday at 10 is fine with me. Speak then.", "Re: Senior Buyer - next steps")


# ----- the same short words elsewhere stay out


def test_the_same_bare_thanks_between_friends_is_no_process():
    assert not mine(
        "Appreciate the update, Ruth.", "Re: Following up - Saturday's barbecue", FRIEND
    )


def test_a_not_decided_yet_from_a_club_is_no_process():
    assert not theirs(
        "Hi Elena, we haven't made a call yet on the new allotments; the committee meets "
        "Thursday and I expect to have an answer the week after.",
        "Re: Checking in - the garden plot",
        "Allotment Society <plots@millbrook-allotments.example>",
    )


def test_a_podcast_hosts_not_decided_yet_is_no_process():
    assert not theirs(
        "We haven't picked the autumn guests yet; I expect to have an answer the week after.",
        "Re: Following up - guest slot",
        "Ben Hart <ben@thecraftpod.example>",
    )


def test_a_landlords_not_decided_yet_on_a_flat_application_is_no_process():
    assert not theirs(
        "We haven't made a call yet; the owner will decide on the applications next week.",
        "Re: Checking in - application for 4 Mill Lane",
        "Mill Lane Lettings <lettings@mill-lane.example>",
    )


def test_the_hirers_answer_under_a_jobs_candidates_subject_is_no_process():
    assert not mine(
        "Thanks Dev, the second and fourth please. Tuesday morning works.",
        "Re: Warehouse Supervisor - 4 candidate profiles",
        "Dev Rana <dev@rana-staffing.example>",
    )


# ----- the candidate telling of an interview in the past tense of the verb


def _check_in(text: str, subject: str = "Checking in - Sous Chef"):
    from afterview.timeline import thread_facts
    from tests.builders import a_thread

    thread = a_thread(ME, subject=subject, tz=CT, start="2026-10-19 09:00")
    thread.message(ME, text, subject=subject, to=EMPLOYER)
    thread.from_recruiter(EMPLOYER, "Thanks Elena, nothing decided yet.", subject="Re: " + subject)
    return thread_facts(thread.build(), ME)


def test_the_candidate_saying_she_interviewed_for_the_job_puts_it_past_the_interview():
    from afterview.model import Stage

    facts = _check_in(
        "Hi Marcus, just checking in on the Sous Chef job I interviewed for with Maria on "
        "the 6th. I'm still very keen.\n\nElena"
    )
    assert facts.interview
    assert facts.stage is Stage.INTERVIEWED


def test_a_check_in_without_an_interview_stays_an_application():
    from afterview.model import Stage

    facts = _check_in(
        "Hi Marcus, just checking in on the Sous Chef job I applied for on the 6th. I'm "
        "still very keen.\n\nElena"
    )
    assert facts.stage is Stage.APPLIED


# ----- a subject naming a role by its noun ("... role at ...") is the job's too


def test_the_employers_short_answer_under_a_role_subject_is_the_process():
    assert theirs(
        "Great, 4:30 it is. Speak then.", "Re: Weekend front of house role at the Old Mill"
    )


def test_an_answer_under_a_clubs_recruitment_subject_is_no_process():
    assert not theirs(
        "Great, see you at 4:30 on the lawn.",
        "Re: Your rowing club recruitment sign-up is confirmed",
        "Millbrook Rowing <crew@millbrook-rowing.example>",
    )


def test_the_candidates_short_answer_under_a_titles_application_subject_is_the_process():
    assert mine("Sounds good, I'll keep my phone on.", "Re: Forklift Operator application")


def test_an_answer_under_a_grant_application_subject_is_no_process():
    assert not mine(
        "Sounds good, I'll keep my phone on.",
        "Re: Community garden grant application",
        "Grants Desk <grants@millbrook-council.example>",
    )


# ----- the candidate's own first note under the job's title


def test_the_candidates_bare_check_in_under_the_jobs_title_is_the_process():
    assert mine("Hi Marcus, any news on this one? Thanks, Elena", "Checking in - Sous Chef")


def test_the_owner_asking_a_colleague_to_sit_on_a_panel_is_no_process():
    assert not read_alone(
        "ruth.ames@fernbrook-foods.example",
        "Hi Tom, could you sit on the panel for this one next Tuesday? I'll send the CVs.",
        subject="Warehouse Supervisor - panel",
        tz=CT,
        to=("Tom Reid <tom.reid@fernbrook-foods.example>",),
    )
