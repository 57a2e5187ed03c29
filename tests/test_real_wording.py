"""The threads issue 9 found misread, written as people write them: each now reads right.

Every case is one thread in a recruiter's or candidate's own words (no calendar invite
unless said), with the stage and advice a careful person would give at a pinned moment.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.parse import parse_message
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

LA = "America/Los_Angeles"
PACIFIC = ZoneInfo(LA)
ME = "sam.rivera@example.com"
PRIYA = "Priya Shah <priya@lumen.example>"
JORDAN = "Jordan Kim <jordan@brightline.example>"
POLICY = Policy(timezone=LA)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PACIFIC)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def prose_proposal_accepted():
    return (
        a_thread(ME, subject="Product Designer role at Lumen", tz=LA, start="2026-03-02 09:15")
        .from_recruiter(
            PRIYA,
            "Hi Sam,\n\nThanks for your interest in the Product Designer role. I'd love to set "
            "up a 30 minute call with our design lead. Would Thursday, March 5 at 2:00 PM PT "
            "work for you?\n\nBest,\nPriya",
        )
        .from_me(
            "Hi Priya,\n\nThursday at 2 PM works for me. Looking forward to it!\n\nSam",
            at="2026-03-02 11:00",
        )
    )


def test_a_time_proposed_in_prose_and_accepted_is_a_scheduled_interview():
    facts, stage, advice = read(prose_proposal_accepted(), "2026-03-03 12:00")
    assert facts.interview
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-03-05 14:00")
    assert advice.action is Action.PREPARE
    assert (
        advice.reason
        == "Your interview with Lumen is on Thursday 5 March at 14:00; prepare for it."
    )


def test_the_day_after_a_prose_scheduled_interview_a_thank_you_is_due():
    facts, stage, advice = read(prose_proposal_accepted(), "2026-03-05 18:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.SEND_THANK_YOU


def test_the_employers_thanks_for_coming_in_with_a_date_is_interviewed_with_that_date():
    thread = prose_proposal_accepted().from_recruiter(
        PRIYA,
        "Hi Sam,\n\nThanks for coming in today and spending time with the team. We expect to "
        "make a decision by March 13 and will be in touch either way.\n\nPriya",
        at="2026-03-05 16:30",
    )
    facts, stage, advice = read(thread, "2026-03-10 09:00")
    assert facts.stage is Stage.INTERVIEWED and stage is Stage.INTERVIEWED
    assert facts.employer_messages[-1].decision_by is not None
    assert facts.employer_messages[-1].decision_by.date().isoformat() == "2026-03-13"
    assert advice.action is Action.WAIT
    assert advice.reason == (
        "Lumen said they would decide by Friday 13 March; give them until Tuesday 17 March "
        "before checking in."
    )


def test_this_confirms_your_onsite_interview_is_scheduled_at_the_stated_time():
    thread = a_thread(ME, subject="Onsite interview confirmation", tz=LA, start="2026-11-09 10:00")
    thread.from_recruiter(
        JORDAN,
        "Hi Sam,\n\nThis confirms your onsite interview for the Data Analyst position on "
        "Friday, November 13 at 10:00 AM PT at our Seattle office. Please bring a photo ID."
        "\n\nBest,\nJordan",
    )
    facts, stage, advice = read(thread, "2026-11-10 12:00")
    assert stage is Stage.SCHEDULED
    assert facts.interview_start == at("2026-11-13 10:00")
    assert advice.action is Action.PREPARE


def test_thanks_again_for_interviewing_with_us_on_monday_is_an_interview_held_that_monday():
    thread = a_thread(ME, subject="Next steps", tz=LA, start="2026-11-17 10:00")
    thread.from_recruiter(
        JORDAN,
        "Hi Sam,\n\nThanks again for interviewing with us on Monday. The team is still meeting "
        "with a few other candidates and we hope to have an update for you next week.\n\nJordan",
    )
    facts, stage, advice = read(thread, "2026-11-18 12:00")
    assert stage is Stage.INTERVIEWED
    assert facts.interview_time_inferred
    assert facts.interview_end.date().isoformat() == "2026-11-16"
    assert advice.action is Action.SEND_THANK_YOU
    # The hour was never stated, so the sentence names days only.
    assert advice.reason == (
        "Your interview with Brightline was on Monday 16 November; a short thank-you was due "
        "by Tuesday 17 November but is still worth sending until Wednesday 18 November."
    )


@pytest.mark.parametrize(
    "question",
    [
        "Would any of these work for you?",
        "Do any of these times work for you?",
        "Let me know which of these works best for you.",
        "Which of the following suits you?",
    ],
)
def test_slots_offered_in_any_common_phrasing_and_taken_are_scheduled(question):
    thread = (
        a_thread(
            ME, subject="Interview scheduling - Backend Engineer", tz=LA, start="2026-11-02 09:00"
        )
        .from_recruiter(
            JORDAN,
            "Hi Sam,\n\nWe'd like to invite you to a technical interview. I have the following "
            "times available:\n\n- Tuesday, Nov 10, 10:00-11:00 AM PT\n- Wednesday, Nov 11, "
            f"1:00-2:00 PM PT\n- Thursday, Nov 12, 3:00-4:00 PM PT\n\n{question}\n\nJordan",
        )
        .from_me("Hi Jordan, Wednesday at 1 PM works great. Thanks! Sam", at="2026-11-02 12:00")
    )
    facts, stage, advice = read(thread, "2026-11-03 12:00")
    assert facts.interview
    assert stage is Stage.SCHEDULED
    assert (facts.interview_start, facts.interview_end) == (
        at("2026-11-11 13:00"),
        at("2026-11-11 14:00"),
    )
    assert advice.action is Action.PREPARE


def test_slots_offered_and_not_yet_answered_ask_for_a_reply():
    thread = a_thread(ME, subject="Interview scheduling", tz=LA, start="2026-11-02 09:00")
    thread.from_recruiter(
        JORDAN,
        "Hi Sam,\n\nWould any of these work for you for a first interview?\n\n"
        "- Tuesday, Nov 10, 10:00 AM PT\n- Wednesday, Nov 11, 1:00 PM PT\n\nJordan",
    )
    facts, stage, advice = read(thread, "2026-11-02 12:00")
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_a_counter_proposal_is_not_an_agreed_time():
    thread = (
        a_thread(ME, subject="Interview scheduling", tz=LA, start="2026-11-02 09:00")
        .from_recruiter(
            JORDAN,
            "Hi Sam, would Tuesday, Nov 10 at 10:00 AM PT work for a first interview? Jordan",
        )
        .from_me(
            "Hi Jordan, I'm travelling that day. Could we do Friday, Nov 13 at 11 AM PT instead?",
            at="2026-11-02 12:00",
        )
    )
    facts, stage, advice = read(thread, "2026-11-03 12:00")
    assert facts.interview_start is None
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.WAIT  # their turn to confirm


def test_the_candidates_own_thank_you_note_shows_an_interview_that_day():
    thread = a_thread(ME, subject="Thank you", tz=LA, start="2026-11-13 17:00")
    thread.from_me(
        "Dear Ms. Kim,\n\nIt was great to meet you in person today. Thank you for your time and "
        "insights about the team and the role. I am excited about the opportunity.\n\n"
        "Best regards,\nSam",
        to=("Jordan Kim <jordan@brightline.example>",),
    )
    facts, stage, advice = read(thread, "2026-11-14 12:00")
    assert facts.interview
    assert stage is Stage.INTERVIEWED
    assert facts.interview_end == at("2026-11-13 17:00")
    assert advice.action is Action.WAIT
    assert advice.until is not None and advice.until.astimezone(PACIFIC).date().isoformat() == (
        "2026-11-27"
    )


def test_a_question_wrapped_over_two_lines_is_still_a_question():
    thread = a_thread(ME, subject="In-person interview", tz=LA, start="2026-02-02 09:00")
    thread.from_recruiter(
        JORDAN,
        "Hi Sam,\n\nWe'd like you to come in for an in-person interview. Could you come in on "
        "Monday,\nFebruary 9 at 10:00 AM? You'll meet five people.\n\nJordan",
    )
    facts, stage, advice = read(thread, "2026-02-02 10:00")
    assert facts.employer_messages[-1].asks_candidate
    assert advice.action is Action.REPLY


@pytest.mark.parametrize(
    ("ending", "asks"),
    [
        ("Please let me know if you receive any other offers.", False),
        ("Please let me know if Tuesday still works for you.", True),
        ("Let me know if you're still interested in the role.", True),
    ],
)
def test_let_me_know_if_asks_only_when_it_asks_whether(ending, asks):
    thread = (
        a_thread(ME, subject="Interview", tz=LA, start="2026-02-09 10:00")
        .from_recruiter(JORDAN, "Thanks for coming in today.", at="2026-02-09 17:00")
        .from_me("Thank you for your time today!", at="2026-02-09 18:00")
        .from_recruiter(JORDAN, f"Hi Sam, thanks! {ending}", at="2026-02-10 09:00")
    )
    facts, _, _ = read(thread, "2026-02-10 10:00")
    assert facts.employer_messages[-1].asks_candidate is asks


def test_we_have_hired_someone_is_a_rejection():
    thread = a_thread(
        ME, subject="Your application: Account Coordinator", tz=LA, start="2026-02-02 09:00"
    )
    thread.from_recruiter(
        JORDAN,
        "Grace, thank you for your interest. We finally decided on someone that we feel is a "
        "perfect match, and we have hired that person. Best of luck.",
    )
    facts, stage, advice = read(thread, "2026-02-03 09:00")
    assert stage is Stage.REJECTED and advice.action is Action.CLOSED


def test_a_candidate_spoken_of_in_the_third_person_makes_the_user_the_hiring_side():
    thread = (
        a_thread(ME, subject="Marco Villanueva - second round", tz=LA, start="2026-06-04 09:00")
        .from_recruiter(
            "Sheila Grant <sheila@riverbend.example>",
            "Thanks for sending Marco over. We'd like to bring him back for a second round "
            "interview with our CFO. Can he do Tuesday at 9?",
        )
        .from_me("Marco is confirmed for Tuesday, June 9 at 9:00 AM.", at="2026-06-04 13:00")
    )
    facts, _, advice = read(thread, "2026-06-05 09:00")
    assert not facts.interview
    assert advice.action is Action.NONE


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        (
            "We regret to inform you that one of our panel members will be unavailable on the "
            "day of your interview. It has been moved to Friday, 13 February at 2:30 PM.",
            Stage.SCHEDULED,
        ),
        ("We regret to inform you that you were not selected for the role.", Stage.REJECTED),
        (
            "We regret to inform you that your application was not successful this time.",
            Stage.REJECTED,
        ),
    ],
)
def test_regret_to_inform_is_a_rejection_only_when_it_is_about_the_candidate(text, stage):
    # "We regret to inform you that ..." opens rescheduling news as often as a rejection.
    thread = a_thread(ME, subject="Your interview - Data Engineer", tz=LA, start="2026-02-02 09:00")
    thread.from_recruiter(JORDAN, text)
    _, got, _ = read(thread, "2026-02-03 09:00")
    assert got is stage


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your patience. At this stage we are not ready to make you an offer, and we "
        "wish you every success.",
        "After reviewing all the interviews we are not in a position to offer you the role.",
        "I'm sorry to say we won't be making you an offer this time.",
    ],
)
def test_no_offer_made_after_the_interview_is_a_rejection(text):
    thread = a_thread(ME, subject="Your interview - Data Engineer", tz=LA, start="2026-02-02 09:00")
    thread.from_recruiter(JORDAN, text)
    _, got, advice = read(thread, "2026-02-03 09:00")
    assert got is Stage.REJECTED and advice.action is Action.CLOSED


@pytest.mark.parametrize(
    "notice",
    [
        "Sunnyside Market rescheduled your interview for Cashier.\n\n"
        "New time: Thursday, February 12 at 11:00 AM",
        "Please note your interview has been amended. It will now take place on Thursday "
        "12 February 2026 at 11:00. All other details are unchanged.",
        "Your interview has been rescheduled.\n\nWhen: Thursday 12 February 2026, 11:00 - 11:45",
    ],
)
def test_a_notice_moving_the_interview_replaces_the_first_time(notice):
    thread = a_thread(ME, subject="Interview booked: Cashier", tz=LA, start="2026-02-02 09:00")
    thread.from_recruiter(
        JORDAN,
        "Your interview is booked. When: Tuesday, February 10 at 10:00 AM",
        at="2026-02-02 09:00",
    )
    thread.from_recruiter(JORDAN, notice, at="2026-02-06 09:00")
    facts, stage, advice = read(thread, "2026-02-11 09:00")
    assert facts.interview_start == datetime(2026, 2, 12, 11, 0, tzinfo=ZoneInfo(LA))
    assert stage is Stage.SCHEDULED and advice.action is Action.PREPARE


def test_the_candidate_cancelling_through_a_tool_cancels_the_interview():
    thread = a_thread(ME, subject="Interview invitation: Server", tz=LA, start="2026-02-02 09:00")
    thread.from_recruiter(
        JORDAN,
        "Your interview is booked. When: Tuesday, February 10 at 2:00 PM",
        at="2026-02-02 09:00",
    )
    thread.from_recruiter(
        JORDAN,
        "You cancelled your interview for Server on Tuesday, February 10 at 2:00 PM. "
        "We've let the employer know.",
        at="2026-02-10 12:00",
    )
    _, stage, _ = read(thread, "2026-02-11 09:00")
    assert stage is Stage.SCHEDULING


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # conditional: only if the candidate cannot come
        ("If you can no longer attend, please let us know as soon as possible.", False),
        # the employer's own next step, not a request
        ("I'll check references this week and let you know.", False),
        ("Could you send me the names of two references?", True),
        ("Please send us your references by Friday.", True),
        # a reminder to choose a time is a request
        (
            "You haven't picked an interview time yet. Please choose one here: https://x.example",
            True,
        ),
    ],
)
def test_what_an_employer_asks_of_the_candidate(text, asks):
    thread = (
        a_thread(ME, subject="Interview", tz=LA, start="2026-02-09 10:00")
        .from_recruiter(JORDAN, "Thanks for coming in today.", at="2026-02-09 17:00")
        .from_recruiter(JORDAN, text, at="2026-02-10 09:00")
    )
    facts, _, _ = read(thread, "2026-02-10 10:00")
    assert facts.employer_messages[-1].asks_candidate is asks


def test_a_one_way_video_interview_due_by_a_time_has_no_interview_time():
    # HireVue-style: record it whenever you like, by a deadline; the reminder restates it
    thread = a_thread(
        ME, subject="Your video interview invitation", tz=LA, start="2026-02-02 09:00"
    )
    thread.from_recruiter(
        JORDAN,
        "We would like to invite you to an on-demand video interview. You will answer five "
        "questions on video at a time that suits you. Please complete it by 11:59 PM PT on "
        "Friday, February 6.",
        at="2026-02-02 09:00",
    )
    thread.from_recruiter(
        JORDAN,
        "Reminder: your video interview has not been completed yet. It is due by 11:59 PM PT "
        "on Friday, February 6.",
        at="2026-02-05 09:00",
    )
    facts, stage, _ = read(thread, "2026-02-05 12:00")
    assert facts.interview_start is None
    assert stage is Stage.SCHEDULING


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Your interview is confirmed for Monday, March 9 at 10:00 AM. Please send a copy of "
            "your ID by Friday, March 6 at 5 PM.",
            "2026-03-09 10:00",
        ),
        (
            "This confirms your interview on Monday, March 9 at 10:00 AM. The pre-interview "
            "questionnaire is due by 5pm on Thursday, March 5.",
            "2026-03-09 10:00",
        ),
    ],
)
def test_a_deadline_beside_the_interview_time_is_not_part_of_it(text, start):
    thread = a_thread(ME, subject="Interview - Data Engineer", tz=LA, start="2026-03-02 09:00")
    thread.from_recruiter(JORDAN, text, at="2026-03-02 09:00")
    facts, stage, _ = read(thread, "2026-03-03 09:00")
    assert facts.interview_start == at(start)
    assert stage is Stage.SCHEDULED


def test_a_slot_taken_by_its_hour_across_a_change_of_clocks():
    # Mail as it arrives: each Date header carries the offset of its day. Written on 4 March
    # (PST, -08:00) about Monday 9 March, after the clocks went forward (PDT): "Monday at
    # 10" takes the 10 o'clock offered, not 11 (the lead's probe)
    def mail(number: int, sender: str, date: str, body: str) -> bytes:
        return (
            f"From: {sender}\r\nTo: {ME}\r\nSubject: Re: Interview - Data Analyst\r\n"
            f"Date: {date}\r\nMessage-ID: <{number}@clocks.example>\r\n"
            + (f"In-Reply-To: <{number - 1}@clocks.example>\r\n" if number > 1 else "")
            + f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        ).encode()

    messages = [
        parse_message(
            mail(
                1,
                JORDAN,
                "Mon, 02 Mar 2026 09:00:00 -0800",
                "Confirming your interview on Thursday 5 March at 10am PT.",
            )
        ),
        parse_message(
            mail(
                2,
                JORDAN,
                "Wed, 04 Mar 2026 09:00:00 -0800",
                "Apologies - our manager is out "
                "sick. Could we move your interview to Monday 9 March at 10am PT instead?",
            )
        ),
        parse_message(
            mail(
                3,
                f"Sam Rivera <{ME}>",
                "Wed, 04 Mar 2026 10:00:00 -0800",
                "No problem at all, Monday at 10 works.",
            )
        ),
    ]
    facts = thread_facts(messages, ME)
    moment = at("2026-03-06 12:00")
    assert facts.interview_start == at("2026-03-09 10:00")
    assert stage_at(facts, moment) is Stage.SCHEDULED
    assert advise(facts, moment, POLICY).action is Action.PREPARE


CALENDLY = "Calendly <notifications@calendly.com>"


def test_a_scheduling_tools_booking_notice_settles_the_time():
    # as a scheduling tool words it (the lead's probe): the zone in brackets with its region,
    # the link there to cancel or move the booking, not to pick a time
    thread = a_thread(ME, subject="Confirmed: Phone Screen with Jordan Kim", tz=LA)
    thread.from_recruiter(
        CALENDLY,
        "Hi Sam Rivera,\n\nYour Phone Screen with Jordan Kim at 10:30am (Pacific Time - US & "
        "Canada) on Thursday, March 12, 2026 is scheduled.\n\nNeed to make changes to this "
        "event?\nCancel: https://calendly.com/cancellations/x1\nReschedule: "
        "https://calendly.com/reschedulings/x1",
        at="2026-03-09 09:00",
    )
    facts, stage, advice = read(thread, "2026-03-10 09:00")
    assert facts.interview_start == at("2026-03-12 10:30")
    assert stage is Stage.SCHEDULED and advice.action is Action.PREPARE


def test_a_scheduling_link_to_pick_a_time_still_asks():
    thread = a_thread(ME, subject="Phone screen - Data Analyst", tz=LA)
    thread.from_recruiter(
        JORDAN,
        "Hi Sam, please pick a time that suits you for a 30-minute phone screen: "
        "https://calendly.com/jordan-kim/30min. Looking forward to speaking with you!",
        at="2026-03-09 09:00",
    )
    facts, stage, advice = read(thread, "2026-03-10 09:00")
    assert facts.interview_start is None
    assert stage is Stage.SCHEDULING and advice.action is Action.REPLY


@pytest.mark.parametrize(
    ("note", "closed"),
    [
        # the lead's probe: told "prepare for it" after withdrawing
        (
            "I have accepted another offer and would like to withdraw my application. I wish "
            "you and the team all the best.",
            True,
        ),
        ("After a lot of thought I must respectfully decline the offer.", True),
        ("I'm afraid I'm unable to accept your offer at this time.", True),
        ("Could you tell me how I would withdraw my application if my plans change?", False),
        ("I do not wish to withdraw my application; I'm still very keen.", False),
        ("I am delighted to accept the offer and look forward to starting.", False),
    ],
)
def test_the_candidate_stepping_out_closes_the_thread(note, closed):
    thread = a_thread(ME, subject="Interview - Data Analyst", tz=LA, start="2026-03-02 09:00")
    thread.from_recruiter(
        JORDAN, "Confirming your interview on Thursday 5 March at 10am PT.", at="2026-03-02 09:00"
    )
    thread.from_me(f"Hi Jordan,\n\n{note}\n\nSam", at="2026-03-04 09:00")
    _, _, advice = read(thread, "2026-03-04 12:00")
    assert (advice.action is Action.CLOSED) is closed


def test_a_time_said_without_a_zone_is_the_owners_wall_clock_across_a_change_of_clocks():
    # sent on 4 March from Los Angeles (PST, -08:00) about Monday 9 March (PDT): "10am" is
    # 10 o'clock there on the day, read on the owner's zone (the lead's probe)
    raw = (
        f"From: {JORDAN}\r\nTo: {ME}\r\nSubject: Interview - Data Analyst\r\n"
        "Date: Wed, 04 Mar 2026 09:00:00 -0800\r\nMessage-ID: <zone-1@clocks.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi Sam, your interview is confirmed for Monday 9 March at 10am at our office.\r\n"
    ).encode()
    messages = [parse_message(raw)]
    assert thread_facts(messages, ME, PACIFIC).interview_start == at("2026-03-09 10:00")
    # without the owner's zone the message's own offset places it (an hour late in PDT)
    assert thread_facts(messages, ME).interview_start == at("2026-03-09 11:00")
    # a writer on another offset than the owner's keeps their own
    assert thread_facts(messages, ME, ZoneInfo("America/New_York")).interview_start == at(
        "2026-03-09 11:00"
    )


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the lead's probe: the call offered beside the question of interest
        (
            "Just checking in - are you still interested in the Data Analyst role? If so, I'd "
            "love to set up a quick call.",
            True,
        ),
        (
            "Would you be interested in a Senior Analyst opening on my team? Happy to jump on a "
            "call to tell you more.",
            True,
        ),
        # no job named: a vendor's pitch stays out
        ("Are you interested in a demo of our analytics platform? Happy to jump on a call.", False),
    ],
)
def test_a_recruiter_asking_about_interest_with_a_call_offered_is_outreach(text, flagged):
    thread = a_thread(ME, subject="Quick question", tz=LA).from_recruiter(
        JORDAN, f"Hi Sam,\n\n{text}\n\nJordan", at="2026-03-02 09:00"
    )
    assert thread_facts(thread.build(), ME).interview is flagged


@pytest.mark.parametrize(
    ("text", "stage", "start"),
    [
        # one time stated, only its confirmation asked: set by the employer (the lead's probe)
        (
            "We are pleased to invite you to an interview on Tuesday, 10 March 2026 at 14:30. "
            "Kindly reply to confirm your attendance by Friday.",
            Stage.SCHEDULED,
            "2026-03-10 14:30",
        ),
        # a time put as a question, or a choice of times, is an offer still
        (
            "Would Tuesday, 10 March at 2:30pm work for an interview? Please reply to confirm.",
            Stage.SCHEDULING,
            None,
        ),
        (
            "We can interview you on Tuesday 10 March at 2:30pm or Wednesday 11 March at 11am. "
            "Please reply to confirm which suits you.",
            Stage.SCHEDULING,
            None,
        ),
    ],
)
def test_one_time_stated_with_its_confirmation_asked_is_scheduled(text, stage, start):
    thread = a_thread(ME, subject="Interview invitation - Data Analyst", tz=LA)
    thread.from_recruiter(JORDAN, f"Dear Sam,\n\n{text}\n\nJordan", at="2026-03-02 09:00")
    facts, got, advice = read(thread, "2026-03-03 09:00")
    assert got is stage and advice.action is Action.REPLY
    assert facts.interview_start == (at(start) if start else None)
