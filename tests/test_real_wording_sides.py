"""Whose process a thread is, and which single messages belong to one, in other people's words.

The second growth of the real-wording corpus (hiring-side notifications, the owner inviting
and giving feedback to candidates, referrals, admissions and research interviews, replies
read alone) found these rules; each is written here as a person would write the mail.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import detect_interview
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

CT = "America/Chicago"
CENTRAL = ZoneInfo(CT)
ME = "rosa.delgado@finchwater.example"
CANDIDATE = "Ethan Cole <ethan.cole@example.net>"
RECRUITER = "Jessica Moore <jessica.moore@ironleaf.example>"
POLICY = Policy(timezone=CT)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CENTRAL)


def read(builder, now: str, me: str = ME):
    facts = thread_facts(builder.build(), me)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def alone(builder, me: str = ME) -> bool:
    """The last message of the thread, read by itself: part of the owner's own process?"""
    return detect_interview(builder.build()[-1:], me).interview


def owner_invites(subject: str = "Interview invitation for Operations Coordinator"):
    return a_thread(ME, subject=subject, tz=CT, start="2026-04-06 10:00").from_me(
        "Dear Ethan,\n\nThank you for your application. We would like to invite you to an "
        "interview on Tuesday, April 14 at 11:00 AM.\n\nRosa Delgado, Talent Partner",
        to=(CANDIDATE,),
    )


@pytest.mark.parametrize(
    "reply",
    [
        "Thank you for the invitation to interview. I am pleased to confirm I will attend the "
        "interview on Tuesday, April 14 at 11:00 AM.",
        "Thank you for considering me. I have recently accepted another offer, so I must "
        "respectfully withdraw from the process.",
        "Thank you again for letting me know. Could you share feedback on my interview so I "
        "can improve?",
    ],
)
def test_a_candidate_writing_to_the_user_about_their_own_application_makes_the_user_hiring(
    reply,
):
    thread = owner_invites().from_recruiter(CANDIDATE, reply, at="2026-04-06 18:00")
    facts, _, advice = read(thread, "2026-04-07 09:00")
    assert not facts.interview
    assert advice.action is Action.NONE
    assert not alone(thread)  # the candidate's message alone says the same


def test_the_owner_thanking_a_candidate_for_coming_in_is_the_hiring_side():
    thread = a_thread(ME, subject="Thanks for coming in today", tz=CT, start="2026-04-15 16:30")
    thread.from_me(
        "Hi Ravi,\n\nThanks for coming in today - the team enjoyed the conversation. We're "
        "meeting two more candidates this week and expect to make a decision by Friday, "
        "April 24.\n\nGlen",
        to=("Ravi Menon <ravi.menon@example.com>",),
    )
    facts, _, advice = read(thread, "2026-04-15 18:00")
    assert not facts.interview
    assert advice.action is Action.NONE  # never "send a thank-you" to a hiring manager


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Candidate for Data Scientist: Camille Yamamoto",
            "Hi Alex,\n\nSharing Camille Yamamoto's resume for the Data Scientist opening. "
            "Could you take a look and let me know whether you'd like to interview them?",
        ),
        (
            "Arjun Schmidt - QA Engineer candidate",
            "Hi Alex,\n\nArjun can do Wednesday at 3:30pm CT for the hiring manager interview. "
            "Does that work for you?",
        ),
        (
            "Resume for the Data Engineer opening",
            "Hi Deepa, I've asked recruiting to reach out to her for a screening call this week.",
        ),
    ],
)
def test_a_candidate_named_in_the_third_person_is_someone_elses_application(subject, text):
    me = "alex.morgan@example.com"
    thread = a_thread(me, subject=subject, tz=CT, start="2026-11-02 09:00").from_recruiter(
        "Marcus Ahmed <marcus.ahmed@prismlabs.example>", text
    )
    facts, _, advice = read(thread, "2026-11-02 12:00", me=me)
    assert not facts.interview
    assert advice.action is Action.NONE


@pytest.mark.parametrize(
    ("subject", "text", "reply_alone_too"),
    [
        (
            "Interview request for my thesis",
            "Dear Dr. Ward, I am writing to request an interview with you for my thesis project. "
            "I am a graduate student in the Department of History.",
            True,
        ),
        (
            "Research interview request: local climate budgeting",
            "Dear Mr Blake, I am currently conducting research on how councils set budgets. "
            "Interviews would take about half an hour; please fill in the consent form.",
            True,
        ),
        (
            "Kellmont MBA alumni interview",
            "Hi Sophie, the admissions office has asked me to conduct your alumni interview. "
            "Would you be free for coffee next week?",
            True,
        ),
        (
            "Interview scheduled: Omar Haddad for Product Designer",
            "Hi Dana, you are a designated panelist for the following interview. Give Feedback: "
            "you can only add your feedback after the interview time has passed.",
            False,  # the owner's reply alone still reads as an interview's (its subject
            # names a person, not a side)
        ),
    ],
)
def test_interviews_that_are_not_the_users_job_interview_are_not_interview_threads(
    subject, text, reply_alone_too
):
    thread = a_thread(ME, subject=subject, tz=CT, start="2026-04-20 11:00")
    thread.from_recruiter("Someone <someone@elsewhere.example>", text)
    thread.from_me("Happy to help. Thursday at 2:00 PM works for me.", at="2026-04-20 15:00")
    facts, _, advice = read(thread, "2026-04-21 09:00")
    assert not facts.interview
    assert advice.action is Action.NONE
    if reply_alone_too:
        assert not alone(thread)  # the owner's reply, under that subject, is not one either


def counter_proposal():
    me = "samir.haddad@example.net"
    return me, (
        a_thread(me, subject="Phone interview - QA Supervisor", tz=CT, start="2026-04-14 09:30")
        .from_recruiter(
            RECRUITER,
            "Hi Samir, we'd like to set up a 30-minute phone interview on Thursday, April 16 at "
            "9:00 AM CT. Does that work for you?",
        )
        .from_me(
            "Hi Jessica, I'm on shift Thursday morning. Would Friday, April 17 at 10:00 AM CT "
            "or any time Monday work instead?",
            at="2026-04-14 12:00",
        )
        .from_recruiter(
            RECRUITER,
            "No problem - Friday, April 17 at 10:00 AM CT works. Mark will call you.",
            at="2026-04-14 15:00",
        )
    )


def test_the_employer_saying_the_candidates_time_works_settles_the_interview():
    me, thread = counter_proposal()
    facts, stage, advice = read(thread, "2026-04-15 09:00", me=me)
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-04-17 10:00")
    assert advice.action is Action.PREPARE
    assert alone(thread, me)  # the confirmation alone is part of the process


def test_the_candidate_taking_a_time_in_a_hiring_thread_is_part_of_it_alone():
    me = "fatima.zahra@northgate.example"
    subject = "Your internal application - Claims Analytics Lead"
    thread = (
        a_thread(me, subject=subject, tz=CT, start="2026-04-13 10:00")
        .from_recruiter(
            "Ollie Grant <ollie.grant@northgate.example>",
            "Hi Fatima, could you do a 30-minute call on Wednesday at 3?",
        )
        .from_me("Yes, Wednesday at 3 works - thank you!", at="2026-04-13 12:00")
    )
    assert alone(thread, me)
    sales = (
        a_thread(me, subject="Recap: our call + next steps", tz=CT, start="2026-04-13 10:00")
        .from_recruiter("Tyler <tyler@pipelineforge.example>", "Does Monday at 10 work?")
        .from_me("Monday the 4th at 10 works - please add Dr. Patel.", at="2026-04-13 12:00")
    )
    assert not alone(sales, me)  # the same words outside a hiring process's thread


def test_a_note_naming_the_role_in_its_text_is_part_of_the_process_alone():
    me = "camille.roux@example.com"
    thread = a_thread(me, subject="Thank you for today", tz=CT, start="2026-01-30 17:00")
    thread.from_me(
        "Hi Alison,\n\nThank you for organising today - I really enjoyed meeting the team. "
        "Hearing about the planning made me even more excited about the Merchandising Lead role.",
        to=("Alison Park <alison.park@pinecrest.example>",),
    )
    assert alone(thread, me)


def test_an_employer_asking_for_professional_references_is_part_of_the_process_alone():
    me = "keisha.morgan@example.net"
    thread = a_thread(me, subject="Re: Thank you for today", tz=CT, start="2026-03-06 09:00")
    thread.from_recruiter(
        "Dominic Ferreira <dominic@brambleandfinch.example>",
        "Hi Keisha, thanks for the note, we enjoyed meeting you too. Could you send me names "
        "and contact details for two professional references?",
    )
    assert alone(thread, me)


# ------------------------------------------------------------------ fourth growth: single messages
# The fourth growth (short replies, recruiters' one-liners, booking-tool notices and
# interview-shaped look-alikes: informational and school-project interviews, visa appointments,
# podcasts, mentoring, support calls) found these rules. The wording below is not the corpus's.

SOMEONE = "Robin Vale <robin.vale@harbourworks.example>"


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Info interview?",
            "Hi, would you be up for an info interview next week? I'd love to hear how you "
            "moved into UX research. Tuesday at 2 PM?",
        ),
        (
            "Your consular interview appointment",
            "Your consular interview is booked for Wednesday, June 3 at 9:30 AM. Bring your "
            "passport and the appointment confirmation to your interview.",
        ),
        (
            "Practice interview with your coach",
            "Your practice interview with your coach is on Monday at 2:00 PM. Treat it like the "
            "real interview: 45 minutes, then feedback.",
        ),
        (
            "Interview for our school newspaper",
            "Hello! Could we do a short interview for our school newspaper about your bakery? "
            "Friday at 4 PM would be ideal.",
        ),
    ],
)
def test_an_interview_said_to_be_for_something_other_than_a_job_is_not_one(subject, text):
    thread = a_thread(ME, subject=subject, tz=CT, start="2026-05-04 10:00")
    thread.from_recruiter(SOMEONE, text)
    thread.from_me("Thanks - that works for me.", at="2026-05-04 12:00")
    facts, _, advice = read(thread, "2026-05-05 09:00")
    assert not facts.interview
    assert advice.action is Action.NONE
    assert not detect_interview(thread.build()[:1], ME).interview


CALENDLY = "Calendly <notifications@calendly.com>"


def test_a_general_booking_tools_notice_is_evidence_only_of_what_it_books():
    booked = "A new event has been scheduled.\n\nEvent type: {kind}\nDate and time: 10:00am - 10:30am, Thursday, July 16, 2026\nLocation: Zoom"  # noqa: E501
    support = a_thread(ME, subject="Confirmed: Support call with Ada Novak", tz=CT).from_ats(
        booked.format(kind="Support call"), sender=CALENDLY
    )
    assert not thread_facts(support.build(), ME).interview
    screen = a_thread(ME, subject="Confirmed: Phone interview with Ada Novak", tz=CT).from_ats(
        booked.format(kind="Phone interview (30 min)"), sender=CALENDLY
    )
    assert thread_facts(screen.build(), ME).interview


@pytest.mark.parametrize(
    ("first", "second", "third"),
    [
        (
            (
                SOMEONE,
                "Great to meet you at the design meetup last night! Lunch on Thursday at 12:30?",
            ),
            (ME, "Lovely to meet you too - Thursday at 12:30 works."),
            (ME, "Thank you so much for meeting with me today, I really enjoyed our chat."),
        ),
        (
            (
                ME,
                "Hi Robin, I found your profile through the alumni directory and would value "
                "your advice on moving into hardware design. Would a short coffee work?",
            ),
            (SOMEONE, "Happy to! Would Tuesday at 8:30 AM work?"),
            (ME, "Thank you for your time this morning - your advice was really helpful."),
        ),
    ],
)
def test_a_meeting_and_its_thanks_without_any_word_of_a_job_is_not_a_hiring_process(
    first, second, third
):
    thread = a_thread(ME, subject="Coffee?", tz=CT, start="2026-03-02 09:00")
    for number, (who, text) in enumerate((first, second, third)):
        sender = f"Rosa Delgado <{ME}>" if who == ME else who
        to = (SOMEONE,) if who == ME else None
        thread.message(sender, text, at=f"2026-03-0{2 + number} 10:00", to=to)
    facts, _, advice = read(thread, "2026-03-05 09:00")
    assert not facts.interview
    assert advice.action is Action.NONE


def test_the_owner_asking_someone_to_be_interviewed_is_the_interviewer():
    thread = a_thread(ME, subject="A short interview about your river project?", tz=CT)
    thread.from_me(
        "Dear Dr. Ward, would you be available for a 20-minute interview next week about "
        "your work on the river restoration project? Any afternoon suits me.",
        to=(SOMEONE,),
    )
    thread.from_recruiter(SOMEONE, "Of course. Tuesday at 4 PM works.", at="2026-11-04 11:00")
    assert not thread_facts(thread.build(), ME).interview
    assert not detect_interview(thread.build()[:1], ME).interview


RECRUITER_ONE_LINER = (
    "Hi Sam,\n\nWe're growing the payments team and need a Staff Backend Engineer (remote). "
    "Open to a 15-minute call this week?\n\nKai"
)


def test_a_recruiters_one_liner_naming_a_role_and_asking_for_a_call_is_part_of_a_process():
    thread = a_thread(ME, subject="Quick question", tz=CT).from_recruiter(
        "Kai Brandt <kai.brandt@orchardpay.example>", RECRUITER_ONE_LINER
    )
    assert thread_facts(thread.build(), ME).interview


def test_the_owners_one_line_answer_under_a_subject_naming_the_role_is_part_of_it_alone():
    thread = a_thread(ME, subject="Staff Backend Engineer at Orchard Pay", tz=CT)
    thread.from_recruiter("Kai Brandt <kai.brandt@orchardpay.example>", RECRUITER_ONE_LINER)
    thread.from_me("Sure - Wednesday after 3 works for me.", at="2026-11-04 11:00")
    assert alone(thread)


def test_mail_with_a_colleague_about_an_interview_at_the_owners_own_employer_is_hiring():
    me = "priya.nair@lotusfin.example"
    thread = a_thread(me, subject="Panel moved to Wednesday - Risk Analyst", tz=CT)
    thread.from_recruiter(
        "Divya Rao <divya.rao@lotusfin.example>",
        "Hi Priya, the Risk Analyst interview has moved to Wednesday at 3:00 PM. Can you still "
        "join the panel?",
    )
    thread.from_me("Wednesday at 3 works for me.", at="2026-11-04 10:00")
    assert not thread_facts(thread.build(), me).interview
    assert not alone(thread, me)
    # A candidate's note under a subject naming the owner's employer: the owner is hiring.
    named = a_thread(me, subject="Re: Your interview - Risk Analyst at Lotus Fin", tz=CT)
    named.from_recruiter("Arjun Das <arjun.das@example.net>", "Thursday at 9 works. Thanks!")
    assert not thread_facts(named.build(), me).interview
    # A subject that is a job at the owner's employer, answered by the candidate.
    picks = a_thread(me, subject="Re: Lotus Fin - next step for the Risk Analyst role", tz=CT)
    picks.from_recruiter("Arjun Das <arjun.das@example.net>", "Thursday at 9 AM CT works.")
    assert not thread_facts(picks.build(), me).interview
    # An offer from the owner's own employer is an internal move: the owner's.
    offer = a_thread(me, subject="Risk Lead - offer", tz=CT)
    offer.from_recruiter(
        "Divya Rao <divya.rao@lotusfin.example>",
        "Hi Priya, we are pleased to offer you the Risk Lead role, starting March 1.",
    )
    assert thread_facts(offer.build(), me).interview
    # An internal move is the owner's own process, colleagues and all.
    internal = a_thread(me, subject="Your internal application - Risk Lead", tz=CT)
    internal.from_recruiter(
        "Divya Rao <divya.rao@lotusfin.example>",
        "Hi Priya, thanks for your internal application. Could you interview on Wednesday at 3?",
    )
    assert thread_facts(internal.build(), me).interview


def test_a_thread_whose_interview_is_said_to_be_a_visa_one_is_not_a_job_interview_anywhere():
    thread = a_thread(ME, subject="Interview Appointment Letter - Case 2026-4411", tz=CT)
    thread.from_recruiter(
        "Visa Center <notices@visa-center.example>",
        "The visa center has scheduled your immigrant visa interview for August 20 at 9:00 AM. "
        "Bring this letter to your interview.",
    )
    thread.from_me(
        "Our interview is on August 20 at 9. Can you book the medical exam?",
        subject="Fwd: Interview Appointment Letter - Case 2026-4411",
        to=("Ana Ferreira <ana.ferreira@example.net>",),
        at="2026-07-20 12:00",
    )
    assert not thread_facts(thread.build(), ME).interview


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Founders Unfiltered - next month?",
            "We'd love a 45-minute interview about building your first sales team. Wednesday, "
            "September 23 at 2 PM ET works on our side - does it suit you?",
        ),
        (  # "job" in "your job hunt" names the topic, not a job the owner applied for
            "Got 20 minutes to talk about your job hunt?",
            "I'm on the product team at Tallyway. Could we do a short interview about your job "
            "hunt - how you keep track of where you applied? Thursday at 1 PM CT works for me.",
        ),
    ],
)
def test_an_interview_about_a_topic_is_not_a_job_interview(subject: str, text: str) -> None:
    thread = a_thread(ME, subject=subject, tz=CT)
    thread.from_recruiter(SOMEONE, text)
    assert not thread_facts(thread.build(), ME).interview


def test_an_interview_about_the_job_itself_is_still_the_job():
    # A guard on the one above: the job, not the job hunt.
    thread = a_thread(ME, subject="Next step - Office Manager", tz=CT)
    thread.from_recruiter(
        RECRUITER,
        "Hi Rosa, we'd like to invite you to an interview about the job and the team. Would "
        "Thursday at 1 PM CT work?",
    )
    assert thread_facts(thread.build(), ME).interview


def test_someone_thanking_the_owner_for_the_opportunity_is_the_owners_candidate():
    thread = a_thread(ME, subject="Re: Office Manager - phone screen", tz=CT)
    thread.from_recruiter(
        "Rafa Ortiz <rafa.ortiz@example.net>",
        "Hi Rosa, Tuesday at 10 works. Thank you for the opportunity!",
    )
    assert not thread_facts(thread.build(), ME).interview


def test_thanks_for_coming_in_with_a_decision_to_come_names_a_process_without_naming_a_job():
    # A guard on the rule above (a process names itself): a decision to come is a name.
    thread = a_thread(ME, subject="Thanks for coming in today", tz=CT)
    thread.from_recruiter(
        RECRUITER, "Hi Rosa, thanks for coming in today! We'll be in touch by Friday."
    )
    assert thread_facts(thread.build(), ME).interview


def test_the_recruiter_fixing_a_call_under_a_subject_that_is_a_job_is_part_of_it_alone():
    thread = a_thread(ME, subject="Product Manager opportunity", tz=CT)
    thread.from_recruiter(
        "Owen Price <owen.price@tallis.example>",
        "Can I call you tomorrow to discuss this opportunity?",
    )
    thread.from_me("Yes - any time after 10.", at="2026-11-04 10:00")
    thread.from_recruiter(
        "Owen Price <owen.price@tallis.example>",
        "Perfect, I'll call you at 10:30 tomorrow.",
        at="2026-11-04 11:00",
    )
    assert alone(thread)
    chat = a_thread(ME, subject="Lunch next week", tz=CT).from_recruiter(
        "Owen Price <owen.price@tallis.example>", "Perfect, I'll call you at 10:30 tomorrow."
    )
    assert not alone(chat)  # the same words under a subject that is no job


def test_an_application_to_adopt_a_pet_is_not_a_job_application():
    thread = a_thread(ME, subject="Your application for Mochi", tz=CT)
    thread.from_recruiter(
        "Second Chance Rescue <adopt@secondchance.example>",
        "Hi Rosa, thank you for your application! You're booked to meet Mochi with one of our "
        "adoption counselors on Saturday, May 9 at 11:00 AM. Bring a photo ID.",
    )
    thread.from_me("Thank you - Saturday at 11 works!", at="2026-05-05 12:00")
    assert not thread_facts(thread.build(), ME).interview
