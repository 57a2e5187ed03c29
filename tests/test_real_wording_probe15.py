"""Hiring marketplaces, founders' own mail and hourly hiring assistants, read as a careful
person reads them.

probe15's growth of the real-wording corpus (hired_marketplace, startup_founder_direct,
conversational_hourly) found these readings; each is written here in other words than the
corpus's threads (other marketplaces, other tools, British and American wording), with
look-alike guards that must stay unread and recall guards that must stay read.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.company import company_from_display_name
from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread
from tests.builders.messages import read_alone

PACIFIC = "America/Los_Angeles"
PT = ZoneInfo(PACIFIC)
ME = "rosa.alvarez@example.com"
POLICY = Policy(timezone=PACIFIC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PT)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


# ----- a hiring marketplace's interview request: the employer's invitation, not a reporter's


MARKETPLACE_REQUESTS = [
    (
        '"Hired" <no-reply@hired.com>',
        "New interview request from Northwind Analytics",
        "Hi Rosa,\n\nNorthwind Analytics has sent you an interview request for Data "
        "Engineer.\n\nBase salary: $148,000\nLocation: Remote\n\nReview request: "
        "https://hired.example/r/1\n\nMost companies appreciate a response within 48 hours.",
    ),
    (
        '"OfferZen" <hello@offerzen.com>',
        "Interview request from Blue Crane Health",
        "Hi Rosa, Blue Crane Health would like to interview you for Senior Android "
        "Developer. Salary: R62 000 per month. Please accept or decline within 48 hours.",
    ),
    (
        '"Talent Marketplace" <notifications@talentmarket.example>',
        "You've got an interview request from Harbourside Bank",
        "Hello Rosa,\n\nGood news! Harbourside Bank are keen to meet you for their Product "
        "Designer role, offering a salary of £72,000 plus bonus. Accept the request to start "
        "a conversation with their hiring team.",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body"), MARKETPLACE_REQUESTS)
def test_a_marketplaces_interview_request_naming_pay_is_the_owners_process(sender, subject, body):
    assert read_alone(ME, body, subject=subject, sender=sender)


@pytest.mark.parametrize(("sender", "subject", "body"), MARKETPLACE_REQUESTS[:2])
def test_a_marketplaces_interview_request_is_an_invitation_to_answer(sender, subject, body):
    thread = a_thread(ME, subject=subject, tz=PACIFIC, start="2026-10-05 09:00")
    thread.from_recruiter(sender, body)
    facts, stage, advice = read(thread, "2026-10-05T12:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (  # a reporter's, even about pay
            "Lena Ortiz <lena.ortiz@morningledger.example>",
            "Interview request from The Morning Ledger",
            "Hi Rosa, I'm a reporter at The Morning Ledger writing about how startups set "
            "salaries. Would you have 20 minutes for a quick interview this week?",
        ),
        (  # a podcast's
            "Build Better Podcast <bookings@buildbetter.example>",
            "Interview request from the Build Better podcast",
            "Hi Rosa, we'd love to have you on an episode about data teams. Would you be up "
            "for a 45-minute recorded interview next month?",
        ),
    ],
)
def test_an_interview_request_from_the_press_stays_unread(sender, subject, body):
    assert not read_alone(ME, body, subject=subject, sender=sender)


def test_a_marketplaces_promotion_notice_naming_pay_stays_unread():
    thread = a_thread(ME, subject="Your profile goes live on Monday", tz=PACIFIC)
    thread.from_recruiter(
        '"Hired" <no-reply@hired.com>',
        "Hi Rosa, your profile goes live on Monday. Companies can send you interview requests "
        "with upfront salary information, such as base salary: $150,000. Respond within 48 "
        "hours to earn a fast responder badge.",
    ).bulk()
    assert not thread_facts(thread.build(), ME).interview


def test_a_reply_under_a_marketplaces_request_is_the_same_job():
    thread = a_thread(
        ME,
        subject="Interview request from Blue Crane Health",
        tz=PACIFIC,
        start="2026-09-14 08:40",
    )
    thread.from_recruiter(
        '"OfferZen" <hello@offerzen.com>',
        "Hi Rosa, Blue Crane Health would like to interview you for Senior Android Developer. "
        "Salary: R62 000 per month. Please accept or decline within 48 hours.",
    )
    thread.from_recruiter(
        '"Sipho Dlamini (Blue Crane Health) via OfferZen" <messages@offerzen.com>',
        "Thanks for accepting! Our interview is on Thursday 17 September at 14:00 on Teams, "
        "about 45 minutes with me and our tech lead.",
    )
    facts, stage, advice = read(thread, "2026-09-16T12:00:00")
    assert facts.interview and stage is Stage.SCHEDULED
    assert facts.company == "Blue Crane Health"


# ----- the company in brackets after a person, as a marketplace's relay writes it


@pytest.mark.parametrize(
    ("name", "domain", "expected"),
    [
        ("Dana Whitfield (Lumenstack) via Hired", "hired.com", "Lumenstack"),
        ("Sipho Dlamini (Blue Crane Health) via OfferZen", "offerzen.com", "Blue Crane Health"),
        ("Tom Barker (Harbourside Bank)", "", "Harbourside Bank"),
        ("Jane Doe (she/her)", "", None),  # guards: pronouns, a title, a team
        ("Jane Doe (Senior Recruiter)", "", None),
        ("Jane Doe (Talent Acquisition)", "", None),
    ],
)
def test_the_company_in_brackets_after_a_person(name, domain, expected):
    assert company_from_display_name(name, domain) == expected


# ----- a person a marketplace relays is someone to write to


def relayed_interview(sender: str):
    thread = a_thread(
        ME,
        subject="New interview request from Northwind Analytics",
        tz=PACIFIC,
        start="2026-10-05 09:00",
    )
    thread.from_recruiter('"Hired" <no-reply@hired.com>', MARKETPLACE_REQUESTS[0][2])
    thread.from_recruiter(
        sender,
        "Great - let's do Tuesday, October 13 at 11:00 a.m. PT. I'll call you; the call takes "
        "about 30 minutes.",
    )
    return thread


def test_a_relayed_interviewer_is_the_one_to_check_in_with():
    facts, stage, advice = read(
        relayed_interview('"Dana Whitfield (Northwind) via Hired" <messages@hired.com>'),
        "2026-10-29T10:00:00",
    )
    assert advice.action is Action.FOLLOW_UP
    assert advice.contact == "messages@hired.com"


def test_a_boards_no_reply_notice_is_no_one_to_write_to():  # guard: the same, from a no-reply
    facts, stage, advice = read(
        relayed_interview('"Dana Whitfield via LinkedIn" <no-reply@linkedin.com>'),
        "2026-10-29T10:00:00",
    )
    assert advice.contact is None


# ----- a founder's first note asking for a call, and the talk that follows


FOUNDER = "Hana Sato <hana@pebbleworks.example>"
OUTREACH = (
    "Hi Rosa,\n\nI'm Hana, co-founder of Pebbleworks. We're hiring our second data engineer "
    "and I think you'd enjoy the work.\n\n{question}\n\nHana"
)


@pytest.mark.parametrize(
    "question",
    [
        "Would you be up for a 20-minute call next week to hear more? No pressure if the "
        "timing isn't right.",
        "Could we find 15 minutes for a quick chat on Thursday? No worries if not.",
        "Are you open to a short call sometime this week? No rush at all.",
    ],
)
def test_a_founders_call_invitation_is_an_interview_being_arranged(question):
    thread = a_thread(ME, subject="Pebbleworks + you", tz=PACIFIC, start="2026-10-06 08:50")
    thread.from_recruiter(FOUNDER, OUTREACH.format(question=question))
    facts, stage, advice = read(thread, "2026-10-06T12:00:00")
    assert facts.interview
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_form_answer_echoed_after_its_question_still_asks_nothing():  # guard
    thread = a_thread(ME, subject="Your application - Barista", tz=PACIFIC)
    thread.from_ats(
        "Thanks for applying for Barista at Bayside Coffee! Your answers:\n"
        "Are you able to work weekends? Yes\nDo you need sponsorship? No\n"
        "We will review your application and be in touch.",
    )
    facts = thread_facts(thread.build(), ME)
    assert not facts.employer_messages[-1].asks_candidate


def test_a_references_ask_after_an_application_is_no_call_being_arranged():  # guard
    thread = a_thread(ME, subject="Checking in - Brand Designer", tz=PACIFIC)
    thread.from_me("Hi Chris, I wanted to check in on my application for Brand Designer.")
    thread.from_recruiter(
        "Chris Holm <chris.holm@sageandslate.example>",
        "Hi Rosa, could you send me the names of two former managers we could speak to?",
    )
    facts = thread_facts(thread.build(), ME)
    assert facts.stage is not Stage.SCHEDULING


@pytest.mark.parametrize(
    "answer",
    [
        "Thanks for reaching out - I'd be happy to chat. I could do Tuesday 13 October after "
        "2pm, or Wednesday morning.",
        "Thank you for getting in touch, I would love to talk. Any time Tuesday 13 October "
        "after 2pm suits me.",
        "Thanks for contacting me - glad to speak. How about Tuesday 13 October at 2pm?",
    ],
)
def test_thanks_for_a_first_contact_is_no_thank_you_for_an_interview(answer):
    thread = a_thread(ME, subject="Pebbleworks + you", tz=PACIFIC, start="2026-10-06 08:50")
    thread.from_recruiter(FOUNDER, OUTREACH.format(question="Up for a 20-minute call?"))
    thread.from_me(answer, at="2026-10-06 19:10")
    facts, stage, advice = read(thread, "2026-10-07T08:00:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.WAIT
    assert not facts.candidate_messages[-1].is_thank_you


@pytest.mark.parametrize(
    ("settled", "zone", "expected"),
    [
        (
            "Brilliant - Tuesday 13th at 3pm UK time it is. I'll send a Zoom link.",
            "Europe/London",
            15,
        ),
        ("Perfect, Tuesday 13 October, 4pm it is then!", PACIFIC, 16),
        ("Great - Tuesday the 13th at 10:30 it is.", PACIFIC, 10),
    ],
)
def test_a_time_agreed_as_it_is_settles_the_interview(settled, zone, expected):
    thread = a_thread(ME, subject="Pebbleworks + you", tz=PACIFIC, start="2026-10-06 08:50")
    thread.from_recruiter(FOUNDER, OUTREACH.format(question="Up for a 20-minute call?"))
    thread.from_me("Happy to. Tuesday 13 October any time after 9am works.", at="2026-10-06 19:10")
    thread.from_recruiter(FOUNDER, settled, at="2026-10-07 09:30")
    facts, stage, advice = read(thread, "2026-10-12T12:00:00")
    assert stage is Stage.SCHEDULED
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(ZoneInfo(zone)).hour == expected
    assert advice.action is Action.PREPARE


def test_a_day_alone_agreed_as_it_is_sets_no_hour():  # guard: no clock time to settle
    thread = a_thread(ME, subject="Pebbleworks + you", tz=PACIFIC, start="2026-10-06 08:50")
    thread.from_recruiter(FOUNDER, OUTREACH.format(question="Up for a 20-minute call?"))
    thread.from_me("Happy to - Monday or Tuesday both work.", at="2026-10-06 19:10")
    thread.from_recruiter(FOUNDER, "Monday it is! I'll send a few times.", at="2026-10-07 09:30")
    facts = thread_facts(thread.build(), ME)
    assert facts.interview_start is None


@pytest.mark.parametrize(
    "thanks",
    [
        "Hi Hana, thanks for the call today - I really enjoyed hearing about the roadmap.",
        "Hi Hana, thank you for our phone call this morning; the roadmap sounds exciting.",
        "Hi Hana - thanks so much for your call earlier, it was great to learn about the team.",
    ],
)
def test_thanks_for_the_call_is_a_thank_you_after_the_interview(thanks):
    thread = a_thread(ME, subject="Pebbleworks + you", tz=PACIFIC, start="2026-10-06 08:50")
    thread.from_recruiter(FOUNDER, OUTREACH.format(question="Up for a 20-minute call?"))
    thread.from_recruiter(FOUNDER, "Tuesday 13 October at 3pm it is. I'll call you then.")
    thread.from_me(thanks, at="2026-10-13 17:45")
    facts = thread_facts(thread.build(), ME)
    assert facts.candidate_messages[-1].is_thank_you


def test_thanks_before_taking_a_call_is_no_thank_you():  # guard
    thread = a_thread(ME, subject="Pebbleworks + you", tz=PACIFIC, start="2026-10-06 08:50")
    thread.from_recruiter(FOUNDER, OUTREACH.format(question="Up for a 20-minute call?"))
    thread.from_me("Thanks, I'll take the call at 3pm on Tuesday.", at="2026-10-06 19:10")
    facts = thread_facts(thread.build(), ME)
    assert not facts.candidate_messages[-1].is_thank_you


# ----- the candidate rebooking through the employer's link after a missed interview


def missed_then(answer: str):
    thread = a_thread(ME, subject="Tidewell - next round", tz=PACIFIC, start="2026-11-02 11:00")
    thread.from_recruiter(
        "Jonah Reyes <jonah@tidewell.example>",
        "Hi Rosa, we'd like to move you to the next round. Use this link to grab a time on "
        "Mei's calendar: https://book.example/tidewell-mei",
    )
    thread.from_me(
        "Thank you - I've booked Thursday at 10:00 a.m. with Mei.", at="2026-11-02 15:40"
    )
    thread.from_recruiter(
        "Jonah Reyes <jonah@tidewell.example>",
        "Hi Rosa, I'm so sorry - Mei couldn't make your interview this morning. Please use "
        "this link to pick a new time: https://book.example/tidewell-mei",
        at="2026-11-05 10:20",
    )
    thread.from_me(answer, at="2026-11-05 12:02")
    return thread


@pytest.mark.parametrize(
    ("answer", "hour"),
    [
        ("No problem at all! I've rebooked for Monday, November 9 at 2:00 p.m.", 14),
        ("No worries - I have re-booked the interview for Monday 9 November at 11:00.", 11),
        ("All good, I just rescheduled it for Monday at 3pm using the link.", 15),
    ],
)
def test_the_candidate_rebooking_settles_the_new_time(answer, hour):
    facts, stage, advice = read(missed_then(answer), "2026-11-06T09:00:00")
    assert stage is Stage.SCHEDULED
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(PT).date().isoformat() == "2026-11-09"
    assert facts.interview_start.astimezone(PT).hour == hour
    assert advice.action is Action.PREPARE


def test_asking_to_be_rebooked_books_nothing():  # guard: a request, the employer's turn
    facts, stage, advice = read(
        missed_then("Could you rebook me for Monday, November 9 at 2pm?"), "2026-11-06T09:00:00"
    )
    assert stage is Stage.SCHEDULING


# ----- an hourly hiring assistant's confirmations, reminders and new times


ASSISTANT = '"Olivia at Crestview Market" <noreply@paradox.ai>'
CONFIRMATION = (
    "Hi Rosa! Your interview is scheduled:\n\nPosition: Cashier\nWhen: Thursday, October 22 "
    "at 4:00 PM\nWhere: Crestview Market, 2200 N Lamar Blvd\n\n{tail}"
)


def hourly(tail: str):
    thread = a_thread(
        ME,
        subject="Your interview with Crestview Market is scheduled",
        tz=PACIFIC,
        start="2026-10-20 19:12",
    )
    thread.from_recruiter(ASSISTANT, CONFIRMATION.format(tail=tail))
    return thread


@pytest.mark.parametrize(
    "tail",
    [
        "Need to reschedule? Just reply to this email or text me and I'll help you find a new "
        "time.",
        "Can't make it? Reply here and we'll help you pick a new time.",
        "Need to move it? Text us and we can book a new slot for you.",
    ],
)
def test_an_offer_to_reschedule_if_needed_asks_nothing(tail):
    facts, stage, advice = read(hourly(tail), "2026-10-21T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


def test_a_time_called_off_and_chosen_again_still_asks():  # guard: no condition before it
    thread = hourly("See you then!")
    thread.from_recruiter(
        ASSISTANT,
        "Hi Rosa, unfortunately Renee is no longer available on Thursday. Please choose a new "
        "time here: https://book.example/crestview",
        at="2026-10-21 09:00",
    )
    facts, stage, advice = read(thread, "2026-10-21T12:00:00")
    assert advice.action is Action.REPLY


@pytest.mark.parametrize(
    "reminder",
    [
        "Hi Rosa, it's Olivia! Your interview with Renee is today at 4:00 PM. Reply C to "
        "confirm or R to reschedule.",
        "Reminder: your interview at Crestview Market is today at 4:00 PM. Reply YES to confirm "
        "you'll be there.",
        "Your interview is today at 4 PM. Please text C to confirm, or R if you need a new time.",
    ],
)
def test_a_reminder_asking_to_confirm_by_reply_asks(reminder):
    thread = hourly("See you then!")
    thread.from_recruiter(
        ASSISTANT, reminder, subject="Reminder: your interview is today", at="2026-10-22 08:00"
    )
    facts, stage, advice = read(thread, "2026-10-22T09:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY


def test_a_reminder_with_an_opt_out_asks_nothing():  # guard
    thread = hourly("See you then!")
    thread.from_recruiter(
        ASSISTANT,
        "Your interview with Crestview Market is today at 4:00 PM. Reply STOP to opt out.",
        subject="Reminder: your interview is today",
        at="2026-10-22 08:00",
    )
    facts, stage, advice = read(thread, "2026-10-22T09:00:00")
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    "note",
    [
        "Good news - new interview times are available for Warehouse Associate. Book your "
        "interview here: https://hire.example/bayline",
        "More slots have opened up! Reserve your interview slot here: https://hire.example/b",
        "We've added times for next week - pick your interview time: https://hire.example/b",
    ],
)
def test_new_times_to_book_ask_the_candidate(note):
    thread = a_thread(
        ME, subject="Your interview has been cancelled", tz=PACIFIC, start="2026-11-10 16:45"
    )
    thread.from_recruiter(
        '"Bayline Logistics" <no-reply@fountain.com>',
        "Hi Rosa, your interview session on Wednesday, November 11 at 1:30 PM has been "
        "cancelled by the hiring team. We'll let you know as soon as new times are available.",
    )
    thread.from_recruiter(
        '"Bayline Logistics" <no-reply@fountain.com>',
        note,
        subject="New interview times are available",
        at="2026-11-12 09:00",
    )
    facts, stage, advice = read(thread, "2026-11-12T09:10:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


# ----- an employer's next step for the reader's application


QUESTIONS = (
    "Dear Rosa,\n\nBefore we talk, we ask candidates to answer a few questions by email and "
    "to attach a CV if you haven't already sent us one.\n\n1. What are you best at?\n2. "
    "What are your goals?\n\nCheers,\nThe team"
)


@pytest.mark.parametrize(
    "subject",
    [
        "Helixome - next steps for your application",
        "Next step in your application - Northgate Labs",
        "Regarding your application: Research Engineer",
    ],
)
def test_next_steps_for_your_application_are_the_owners_application(subject):
    thread = a_thread(ME, subject=subject, tz=PACIFIC, start="2026-09-08 09:15")
    thread.from_recruiter("The Helixome Team <team@helixome.example>", QUESTIONS)
    facts, stage, advice = read(thread, "2026-09-09T12:00:00")
    assert facts.interview
    assert stage is Stage.APPLIED
    assert advice.action is Action.REPLY


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Next steps for your application - Riverside Scholarship Fund",
            "Dear Rosa, thank you for applying for the Riverside Scholarship. Please send your "
            "transcript and a short essay by Friday.",
        ),
        (
            "Regarding your application for a mortgage",
            "Dear Rosa, regarding your mortgage application, please upload your last three "
            "payslips and a bank statement.",
        ),
    ],
)
def test_next_steps_for_an_application_for_no_job_stay_unread(subject, body):
    assert not read_alone(ME, body, subject=subject, sender="Admissions <office@fund.example>")


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Next steps on your application",
            "Dear Rosa, both letters of support have arrived. A representative of the committee "
            "will be in touch to arrange your membership interview, after which the board "
            "will vote on your application.",
        ),
        (
            "Regarding your application",
            "Dear Rosa, your visa interview at the consulate is on Tuesday 3 November at 9:00. "
            "Please bring your passport and the appointment letter.",
        ),
    ],
)
def test_next_steps_for_an_application_with_a_membership_or_visa_interview_stay_unread(
    subject, body
):
    assert not read_alone(ME, body, subject=subject, sender="Office <office@club.example>")


# ----- a hiring tool asking the owner whether to move someone on


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "How did your call with Jamie Ortiz go?",
            "Hi Rosa, your call with Jamie Ortiz (Senior Product Designer) was scheduled for "
            "today at 11:00 AM. Would you like to move Jamie forward to next steps?\n\nYes, "
            "move forward: https://app.example/y\nNo, reject: https://app.example/n",
        ),
        (
            "Phone screen complete: Priya Shah",
            "Priya Shah has finished her phone screen for Data Engineer. Do you want to advance "
            "Priya to the onsite interview? Reply here or use the buttons below.",
        ),
        (
            "Interview feedback needed",
            "Thanks for interviewing Tomas Berg today. Ready to move Tomas on to the final "
            "round? Let us know by Friday.",
        ),
    ],
)
def test_a_tool_asking_the_owner_to_move_someone_on_is_the_hiring_side(subject, body):
    assert not read_alone(ME, body, subject=subject, sender='"Hiring" <notifications@dover.com>')


@pytest.mark.parametrize(
    "body",
    [
        "Hi Rosa, the team enjoyed meeting you and we'd like to move you forward to the final "
        "round. Please pick a time here: https://book.example/acme",
        "Hi Rosa, would you like to move forward with the next step? Please pick a time for "
        "your interview here: https://book.example/acme",
    ],
)
def test_the_owner_moved_forward_stays_her_process(body):  # recall guard
    assert read_alone(
        ME, body, subject="Next steps with Acme", sender="Sam Okafor <sam@acme.example>"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Hi Rosa, just floating this back to the top of your inbox - here's the link to book "
        "your technical interview with Lena: https://book.example/acme-lena",
        "Hi Rosa, a reminder to reserve your second-round interview slot: https://book.example/a",
        "Hi Rosa, please book your final interview with our CTO using https://book.example/cto",
    ],
)
def test_a_link_to_book_your_interview_of_any_kind_is_the_owners(body):
    assert read_alone(ME, body, subject="Re: Next steps", sender="Sam Okafor <sam@acme.example>")


def test_a_link_to_book_a_visa_interview_stays_unread():  # guard
    assert not read_alone(
        ME,
        "Dear applicant, please book your visa interview at the consulate using "
        "https://appointments.example/visa - bring your passport.",
        subject="Your appointment",
        sender="Consulate <appointments@consulate.example>",
    )
