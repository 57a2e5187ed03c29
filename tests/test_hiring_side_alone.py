"""The owner at an organisation's address exchanging interview mail with a private person
(a mailbox provider's address) is the hiring side: read alone, such a message is the
candidate's process, not the owner's. Written in other words than the corpus's mirror
images (a recruiter's or founder's one-liners, a candidate's request to reschedule).
"""

from __future__ import annotations

from tests.builders import read_alone

TZ = "Europe/London"
RECRUITER_ME = "hannah.price@copperleaf.co.uk"  # the owner, at her employer
CANDIDATE = "Tom Hale <tom.hale87@gmail.com>"
EMPLOYER = "Hannah Price <hannah.price@copperleaf.co.uk>"


def alone(me: str, sender: str, text: str, subject: str, to: str | None = None) -> bool:
    if sender == "me":
        return read_alone(me, text, subject=subject, tz=TZ, to=(to,))
    return read_alone(me, text, subject=subject, sender=sender, tz=TZ)


def test_a_private_candidate_asking_the_owner_to_move_an_interview_is_not_the_owners():
    assert not alone(
        RECRUITER_ME,
        CANDIDATE,
        "Hi Hannah, something has come up at work on Thursday. Could we move my interview "
        "to Friday morning instead? Sorry for the trouble.",
        "Interview on Thursday - could we move it?",
    )


def test_the_owner_confirming_a_time_to_a_private_candidate_is_not_the_owners():
    assert not alone(
        RECRUITER_ME,
        "me",
        "Thanks Tom, Friday at 10:30 is confirmed. Ask for me at reception.",
        "Re: Interview on Thursday - could we move it?",
        to=CANDIDATE,
    )


def test_the_same_message_to_a_job_seeker_at_a_private_address_is_theirs():
    # the mirror: the owner is the private person, the organisation writes
    assert alone(
        "tom.hale87@gmail.com",
        EMPLOYER,
        "Thanks Tom, your interview is now confirmed for Friday at 10:30. Ask for me at reception.",
        "Re: Interview on Thursday - could we move it?",
    )


def test_a_job_seeker_at_her_own_domain_hearing_from_a_company_keeps_her_process():
    assert alone(
        "hannah@hannahprice.dev",
        "Leo Marsh <leo.marsh@northwall.io>",
        "Hi Hannah, we'd like to invite you to interview for the Platform Engineer role. "
        "Are you free on Tuesday at 2pm?",
        "Interview invitation - Platform Engineer",
    )


def test_a_job_seeker_at_her_own_name_domain_hearing_from_a_private_address_keeps_it():
    # a vanity domain is the person's own, not an organisation hiring: a small firm's owner
    # writing from a mailbox provider is still her employer-to-be
    assert alone(
        "hannah@hannahprice.dev",
        "Rob Clarke <rob.clarke.plumbing@gmail.com>",
        "Hi Hannah, thanks for applying for the office administrator job. Could you come in "
        "for an interview on Wednesday at 11am?",
        "Office administrator job",
    )


# ----- the job seeker's short answer agreeing to a day, under a subject naming the job


def test_agreeing_to_a_day_under_a_subject_naming_the_job_is_the_seekers_process():
    assert alone(
        "tom.hale87@gmail.com",
        "me",
        "Hello Priya,\n\nFriday the 22nd would suit me well, thanks.\n\nTom",
        "Re: Next steps - Warehouse Supervisor at Dunmore Freight",
        to="Priya Sethi <priya.sethi@dunmorefreight.co.uk>",
    )


def test_agreeing_to_a_day_for_something_else_is_not():
    assert not alone(
        "tom.hale87@gmail.com",
        "me",
        "Hello Priya,\n\nFriday the 22nd would suit me well, thanks.\n\nTom",
        "Re: Boiler service visit",
        to="Priya Sethi <priya.sethi@dunmoreheating.co.uk>",
    )


def test_a_role_named_by_its_place_in_the_subject_is_a_job_whatever_its_title():
    # no title word the reader knows ("sous chef" would be one; "pastry cook" is not)
    assert alone(
        "tom.hale87@gmail.com",
        "me",
        "Hi Priya, Friday the 22nd would suit me, thank you.",
        "Re: Pastry cook position at Bellwood Bakery",
        to="Priya Sethi <priya@bellwoodbakery.co.uk>",
    )


def test_a_role_in_a_project_or_a_plan_is_no_job():
    assert not alone(
        "tom.hale87@gmail.com",
        "me",
        "Hi Priya, Friday the 22nd would suit me, thank you.",
        "Re: Your role in the garden project",
        to="Priya Sethi <priya@bellwoodbakery.co.uk>",
    )


def test_an_hour_alone_agreed_to_under_a_job_subject_takes_the_time():
    assert alone(
        "tom.hale87@gmail.com",
        "me",
        "11 works for me. See you then!",
        "Re: Pastry cook position at Bellwood Bakery",
        to="Priya Sethi <priya@bellwoodbakery.co.uk>",
    )


def test_a_count_that_works_is_no_hour():
    assert not alone(
        "tom.hale87@gmail.com",
        "me",
        "Thanks! The seedlings arrived.\n3 works of the set are missing though.",
        "Re: Your order from Bellwood Garden Centre",
        to="Priya Sethi <priya@bellwoodgarden.co.uk>",
    )


def test_a_search_partner_promising_the_candidates_papers_is_the_hiring_sides():
    # the owner is the hiring manager: the candidates' profiles come to her, not hers go out
    for subject, text in (
        (
            "Candidate update - Operations Manager search",
            "Hi Hannah, quick update on the Operations Manager search: we have three candidates "
            "scheduled for first interviews next week and two more in the pipeline. I'll send "
            "their profiles ahead of each interview.",
        ),
        (
            "Finance Director shortlist",
            "Hi Hannah, the longlist is down to four. I'll forward their CVs tonight so you can "
            "pick who to see on Thursday.",
        ),
    ):
        assert not alone(RECRUITER_ME, "Morgan Reid <morgan@reidsearch.co.uk>", text, subject)


def test_an_agency_sending_its_candidates_cv_to_the_client_stays_the_candidates():
    # the mirror: the owner is the candidate, her own CV goes out
    assert alone(
        "tom.hale87@gmail.com",
        "Morgan Reid <morgan@reidsearch.co.uk>",
        "Hi Tom, thanks for the call. I'll send your CV to the Finance Director's team tonight "
        "and will let you know about interview times for Thursday.",
        "Finance Director role",
    )


SEARCH_PARTNER = "Grace Tan <gtan@ashgrovesearch.co.uk>"


def test_a_search_firm_and_its_client_speaking_of_its_candidates_is_the_hiring_sides():
    assert not alone(
        RECRUITER_ME,
        "me",
        "Hi Grace, where are we on the CFO search? Two of the candidates you presented last "
        "month seem to have gone quiet. Can we speak Thursday at 4 about the interview plan?",
        "CFO search - where are we?",
        to=SEARCH_PARTNER,
    )
    assert not alone(
        RECRUITER_ME,
        SEARCH_PARTNER,
        "Hi Hannah, understood. One candidate accepted a counter-offer and the other is still "
        "keen on the role; I have two new candidates to present next week.",
        "Re: CFO search - where are we?",
    )


def test_a_search_firms_approach_and_its_no_to_its_candidate_are_the_candidates():
    seeker = "tom.hale87@gmail.com"
    assert alone(
        seeker,
        SEARCH_PARTNER,
        "Hi Tom, I'm leading the CFO search for Northwind and your background stood out. Would "
        "you be open to a confidential conversation on Thursday at 4?",
        "CFO role - Northwind",
    )
    assert alone(
        seeker,
        SEARCH_PARTNER,
        "Hi Tom, unfortunately the client has chosen one of the other candidates we presented. "
        "Thank you for your time.",
        "Update",
    )


def test_a_panels_rating_sheets_and_its_questions_shared_out_are_the_hiring_sides():
    # the owner sits on the panel from her own mailbox (the chair writes from the council's)
    assert not alone(
        "keisha.morton@example.edu",
        "Mark Hill <mark.hill@ashworthcouncil.gov.uk>",
        "Hi all, the three interviews for the Accounts Clerk post are on Thursday in Room 2: "
        "9:30, 11:00 and 2:00. Please bring your rating sheets and decide beforehand who will "
        "ask which questions.",
        "Interviews Thursday - Accounts Clerk",
    )


def test_the_candidates_own_interview_letter_about_the_panels_questions_stays_theirs():
    assert alone(
        "tom.hale87@gmail.com",
        "Mark Hill <mark.hill@ashworthcouncil.gov.uk>",
        "Hi Tom, your interview for the Accounts Clerk post is on Thursday at 9:30 in Room 2. "
        "The panel will ask you a set of questions and there is a short written exercise.",
        "Interview - Accounts Clerk",
    )


FORWARD = (
    "{note}\n\n---------- Forwarded message ---------\nFrom: {author}\n"
    "Subject: Thank you for the interview - Payroll Officer\n\n"
    "Dear Hannah, thank you and the panel for meeting with me on Tuesday about the Payroll "
    "Officer post. I enjoyed hearing about the new payroll system and I'm even more keen."
)


def test_the_owner_passing_on_a_candidates_thanks_is_the_hiring_sides():
    # a university's panel chair, to the committee's list (as the owner's own university)
    assert not alone(
        "hannah.ng@westbrook.edu",
        "me",
        FORWARD.format(
            note="FYI - a note from Tom, with one thing to weigh at Friday's meeting.",
            author="Tom Hale <tom.hale87@gmail.com>",
        ),
        "Fwd: Thank you for the interview - Payroll Officer",
        to="Payroll panel <payroll-panel@westbrook.edu>",
    )


def test_a_job_seeker_passing_on_her_own_thanks_stays_hers():
    assert alone(
        "tom.hale87@gmail.com",
        "me",
        FORWARD.format(
            note="Here's the thank-you I sent after Tuesday - does it read all right?",
            author="Tom Hale <tom.hale87@gmail.com>",
        ),
        "Fwd: Thank you for the interview - Payroll Officer",
        to="Ruth Mentor <ruth.mentor@gmail.com>",
    )
