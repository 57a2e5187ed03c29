"""Thread facts: stage, interview time, employer and candidate messages, contacts."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread, dt

NY = "America/New_York"
RECRUITER = "Ana Lopez <ana@acme.com>"


def facts(builder, me=ME):
    return thread_facts(builder.build(), me)


def interview_scheduled():
    """Ana asks for availability, the candidate answers, Ana sends an invite (11 March 2pm)."""
    return (
        a_thread(subject="Interview for Senior Engineer", tz=NY)
        .from_recruiter(
            RECRUITER,
            "Could you share your availability for a call next week?",
            at="2025-03-03 10:00",
        )
        .from_me("Tuesday afternoon works for me.", at="2025-03-03 12:00")
        .from_recruiter(RECRUITER, "Great, sending a calendar invite now.", at="2025-03-03 13:00")
        .with_invite(start="2025-03-11 14:00", end="2025-03-11 14:45")
    )


# --------------------------------------------------------------------------- stages


def test_an_ats_application_confirmation_is_applied():
    thread = a_thread(subject="Thank you for applying to Acme").from_ats(
        "We received your application for the Data Engineer position."
    )
    result = facts(thread)
    assert result.interview and result.stage is Stage.APPLIED
    assert result.company == "Acme"
    assert result.role == "Data Engineer"


def test_being_asked_for_availability_is_scheduling():
    thread = a_thread(subject="Interview for Senior Engineer").from_recruiter(
        RECRUITER, "Could you share your availability for a 30 minute phone screen?"
    )
    result = facts(thread)
    assert result.stage is Stage.SCHEDULING
    (message,) = result.employer_messages
    assert message.is_scheduling and message.asks_candidate
    assert result.interview_start is None


def test_an_invite_makes_it_scheduled_with_the_invite_times():
    result = facts(interview_scheduled())
    assert result.stage is Stage.SCHEDULED
    assert result.interview_start == dt("2025-03-11 14:00", NY)
    assert result.interview_end == dt("2025-03-11 14:45", NY)
    assert not result.interview_cancelled


def test_a_confirmed_time_in_words_makes_it_scheduled_and_lasts_an_hour():
    thread = a_thread(subject="Interview confirmation", tz=NY).from_recruiter(
        RECRUITER,
        "Your interview is confirmed for Tuesday, March 11 at 2:00 PM ET with our hiring manager.",
        at="2025-03-04 09:00",
    )
    result = facts(thread)
    assert result.stage is Stage.SCHEDULED
    assert result.interview_start == dt("2025-03-11 14:00", NY)
    assert result.interview_end == dt("2025-03-11 15:00", NY)


def test_proposed_times_are_not_a_scheduled_interview():
    thread = a_thread(subject="Interview for Senior Engineer", tz=NY).from_recruiter(
        RECRUITER,
        "Are you available Thursday at 2pm or Friday at 10am? Either is confirmed on our side.",
        at="2025-03-04 09:00",
    )
    result = facts(thread)
    assert result.stage is Stage.SCHEDULING
    assert result.interview_start is None


def test_a_past_interview_with_no_later_message_stays_scheduled():
    # Whether 11 March is past is the policy's call with `now`; the facts do not read the clock.
    result = facts(interview_scheduled())
    assert result.stage is Stage.SCHEDULED
    assert result.last_message_at < result.interview_start


def test_a_thank_you_after_the_interview_makes_it_interviewed():
    thread = interview_scheduled().from_me(
        "Thank you for your time today, I enjoyed learning about the team.", at="2025-03-11 17:00"
    )
    result = facts(thread)
    assert result.stage is Stage.INTERVIEWED
    assert result.candidate_messages[-1].is_thank_you


def test_any_message_after_the_interview_end_makes_it_interviewed():
    thread = interview_scheduled().from_recruiter(
        RECRUITER, "Quick note: the team is still meeting this week.", at="2025-03-12 09:00"
    )
    assert facts(thread).stage is Stage.INTERVIEWED


def test_employer_thanks_for_meeting_dates_an_interview_whose_time_was_never_stated():
    thread = a_thread(subject="Senior Engineer interview - next steps").from_recruiter(
        RECRUITER,
        "Thanks for meeting with us yesterday! We'll get back to you by Friday.",
        at="2025-03-04 09:00",
    )
    result = facts(thread)
    assert result.stage is Stage.INTERVIEWED
    # Yesterday, by the end of the working day; no hour is claimed.
    assert result.interview_time_inferred
    assert result.interview_end == dt("2025-03-03 17:00")


def test_arranging_the_next_round_after_an_interview_is_scheduling():
    thread = interview_scheduled().from_recruiter(
        RECRUITER,
        "Thanks for meeting with us! We'd like to schedule a final round. "
        "Could you share your availability?",
        at="2025-03-12 09:00",
    )
    result = facts(thread)
    assert result.stage is Stage.SCHEDULING
    assert result.interview_start == dt("2025-03-11 14:00", NY)  # the latest known interview


def test_a_reminder_before_the_interview_keeps_it_scheduled():
    thread = interview_scheduled().from_recruiter(
        RECRUITER,
        "Reminder: your interview is on the calendar invite I sent. See you then!",
        at="2025-03-10 09:00",
    )
    assert facts(thread).stage is Stage.SCHEDULED


def test_a_reschedule_request_before_the_interview_is_scheduling():
    thread = interview_scheduled().from_recruiter(
        RECRUITER,
        "Our hiring manager is out sick; we need to reschedule. Are you available Thursday?",
        at="2025-03-10 09:00",
    )
    result = facts(thread)
    assert result.stage is Stage.SCHEDULING
    assert result.employer_messages[-1].asks_candidate


def test_a_rejection_wins_over_everything_before_it():
    thread = (
        interview_scheduled()
        .from_me("Thank you for your time today!", at="2025-03-11 16:00")
        .from_recruiter(
            RECRUITER,
            "Unfortunately, we will not be moving forward with your application.",
            at="2025-03-14 10:00",
        )
    )
    result = facts(thread)
    assert result.stage is Stage.REJECTED
    assert result.employer_messages[-1].is_rejection


def test_an_offer():
    thread = interview_scheduled().from_recruiter(
        RECRUITER,
        "We're delighted to offer you the role! The offer letter is attached.",
        at="2025-03-14 10:00",
    )
    result = facts(thread)
    assert result.stage is Stage.OFFER
    assert result.employer_messages[-1].is_offer


def test_an_offer_after_an_earlier_rejection_wins_because_it_is_later():
    thread = (
        a_thread(subject="Your application")
        .from_recruiter(
            RECRUITER, "Unfortunately we have decided to move forward with other candidates."
        )
        .from_recruiter(
            RECRUITER, "Good news: a position reopened and we are pleased to offer it to you."
        )
    )
    assert facts(thread).stage is Stage.OFFER


def test_a_thread_that_is_not_about_hiring_has_stage_none_and_no_details():
    thread = a_thread(subject="Dinner?").from_recruiter("friend@example.org", "Dinner on Friday?")
    result = facts(thread)
    assert not result.interview and result.stage is Stage.NONE
    assert result.employer_messages == () and result.company is None
    assert result.first_message_at == result.last_message_at == dt("2025-03-03 09:00")


def test_an_empty_thread():
    result = thread_facts([], ME)
    assert result.stage is Stage.NONE and not result.interview


# --------------------------------------------------------------------------- invites


def test_a_cancel_without_a_new_invite_marks_the_interview_cancelled():
    thread = (
        interview_scheduled()
        .from_recruiter(
            RECRUITER, "I'm sorry, we have to cancel this interview.", at="2025-03-05 09:00"
        )
        .with_cancellation()
    )
    result = facts(thread)
    assert result.interview_cancelled
    assert result.interview_start == dt("2025-03-11 14:00", NY)  # which interview was called off
    assert result.stage is Stage.SCHEDULING


def test_a_cancellation_in_words_marks_the_interview_cancelled():
    thread = interview_scheduled().from_recruiter(
        RECRUITER,
        "I'm so sorry, but we need to cancel the interview on Tuesday. I'll be in touch "
        "shortly to find a new time.",
        at="2025-03-07 09:00",
    )
    result = facts(thread)
    assert result.interview_cancelled
    assert result.stage is Stage.SCHEDULING
    assert result.employer_messages[-1].is_scheduling


def test_if_you_need_to_reschedule_is_not_a_cancellation():
    thread = interview_scheduled().from_recruiter(
        RECRUITER,
        "See you Tuesday! If you need to reschedule, just let me know.",
        at="2025-03-07 09:00",
    )
    result = facts(thread)
    assert not result.interview_cancelled
    assert result.stage is Stage.SCHEDULED


def test_a_later_round_confirmed_in_words_replaces_an_earlier_invite():
    thread = (
        interview_scheduled()
        .from_me("Thank you for your time today!", at="2025-03-11 16:00")
        .from_recruiter(
            RECRUITER,
            "The team enjoyed speaking with you! Let's lock in Mon 3/17 10:00am ET for your "
            "technical interview.",
            at="2025-03-12 09:00",
        )
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-17 10:00", NY)
    assert result.stage is Stage.SCHEDULED
    assert result.employer_messages[-1].is_scheduling


def test_a_new_invite_after_a_cancel_replaces_it():
    thread = (
        interview_scheduled()
        .from_recruiter(RECRUITER, "We need to move our interview.", at="2025-03-05 09:00")
        .with_cancellation()
        .from_recruiter(RECRUITER, "New invite attached.", at="2025-03-05 10:00")
        .with_invite(start="2025-03-13 10:00")
    )
    result = facts(thread)
    assert not result.interview_cancelled
    assert result.interview_start == dt("2025-03-13 10:00", NY)
    assert result.interview_end == dt("2025-03-13 11:00", NY)  # no end given: one hour
    assert result.stage is Stage.SCHEDULED


def test_the_latest_round_is_the_interview():
    thread = (
        interview_scheduled()
        .from_me("Thank you for your time today!", at="2025-03-11 16:00")
        .from_recruiter(
            RECRUITER, "You're through to the final round! Invite attached.", at="2025-03-12 09:00"
        )
        .with_invite(start="2025-03-18 10:00", end="2025-03-18 12:00", summary="Final interview")
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-18 10:00", NY)
    assert result.stage is Stage.SCHEDULED


def test_a_text_time_after_a_cancel_sets_the_new_time():
    thread = (
        interview_scheduled()
        .from_recruiter(RECRUITER, "We have to cancel.", at="2025-03-05 09:00")
        .with_cancellation()
        .from_recruiter(
            RECRUITER,
            "Your interview is now confirmed for Thursday, March 13 at 4pm ET.",
            at="2025-03-06 09:00",
        )
    )
    result = facts(thread)
    assert not result.interview_cancelled
    assert result.interview_start == dt("2025-03-13 16:00", NY)


def words_confirmed(at: str = "2025-03-04 09:00"):
    """A call confirmed in words for Wednesday 12 March at 10am ET."""
    return a_thread(subject="Phone interview", tz=NY).from_recruiter(
        RECRUITER,
        "Your phone interview is confirmed for Wednesday, March 12 at 10:00 AM ET.",
        at=at,
    )


def test_a_move_that_offers_the_new_time_is_settled_by_the_candidate_taking_it():
    thread = (
        words_confirmed()
        .from_recruiter(
            RECRUITER,
            "Apologies - we need to reschedule Wednesday's call. Could you do Friday, "
            "March 14 at 11:30am ET instead?",
            at="2025-03-10 09:00",
        )
        .from_me("Friday at 11:30am is fine, thank you.", at="2025-03-10 10:00")
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-14 11:30", NY)
    assert not result.interview_cancelled
    assert result.stage is Stage.SCHEDULED


def test_the_employer_stating_a_time_after_the_candidate_asked_to_move_settles_it():
    thread = (
        words_confirmed()
        .from_me(
            "I'm so sorry, I have a clash on Wednesday morning. Would it be possible to "
            "reschedule for later that week?",
            at="2025-03-05 08:00",
        )
        .from_recruiter(
            RECRUITER, "Of course. Thursday, March 13 at 3:45 PM ET.", at="2025-03-05 11:00"
        )
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-13 15:45", NY)
    assert result.stage is Stage.SCHEDULED


def test_a_candidate_who_cannot_attend_the_offered_time_does_not_take_it():
    thread = (
        a_thread(subject="Interview invitation", tz=NY)
        .from_recruiter(
            RECRUITER,
            "Would Tuesday, March 11 at 9:00 AM work for an interview? Let me know.",
            at="2025-03-04 09:00",
        )
        .from_me(
            "Unfortunately I'm unable to attend on Tuesday, March 11 at 9:00 AM. Wednesday, "
            "March 12 after 1pm or Friday, March 14 at any time would suit me.",
            at="2025-03-04 12:00",
        )
        .from_recruiter(
            RECRUITER,
            "No problem - we'll go with Friday, March 14 at 10:30 AM.",
            at="2025-03-05 09:00",
        )
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-14 10:30", NY)


def test_the_candidates_confirmation_dates_an_interview_the_employer_gave_no_clock_time_for():
    thread = (
        a_thread(subject="Interview - Lab Technician", tz=NY)
        .from_recruiter(
            RECRUITER,
            "The panel would like to meet you on Thursday, March 13, late morning, in the Wren "
            "building. Please let us know whether that suits you.",
            at="2025-03-04 09:00",
        )
        .from_me(
            "Thank you. I confirm that I will attend the interview on Thursday, March 13 at "
            "11:00 AM, as we agreed on the phone.",
            at="2025-03-04 12:00",
        )
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-13 11:00", NY)
    assert result.stage is Stage.SCHEDULED


def test_a_candidate_taking_a_time_inside_the_window_the_employer_offered():
    thread = (
        a_thread(subject="Second interview", tz=NY)
        .from_recruiter(
            RECRUITER,
            "Could you come by on Thursday, March 6 anytime between 1:00 and 4:00 pm?",
            at="2025-03-04 09:00",
        )
        .from_me("2:30pm on Thursday works for me - see you then.", at="2025-03-04 10:00")
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-06 14:30", NY)


@pytest.mark.parametrize(
    "wording",
    [
        "Please hold Thursday, March 6, 1-2pm ET for your interview with our CTO.",
        "You are invited to a video interview on Thursday, March 6 at 1:00 PM ET.",
        "For your interview, our hiring manager will call you on Thursday, March 6 at 1:00 PM ET.",
        "We've got you down for an interview on Thursday, March 6 at 1:00 PM ET with Sam.",
    ],
)
def test_an_interview_message_naming_one_coming_time_dates_it(wording):
    thread = a_thread(subject="Interview - Data Analyst", tz=NY).from_recruiter(
        RECRUITER, wording, at="2025-03-04 09:00"
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-06 13:00", NY)
    assert result.stage is Stage.SCHEDULED


@pytest.mark.parametrize(
    "wording",
    [
        "Please complete the coding exercise before your interview, by Thursday, March 6 at "
        "5:00 PM ET.",
        "Applications for the interview round close on Thursday, March 6 at 5:00 PM ET.",
    ],
)
def test_a_deadline_in_an_interview_message_is_no_interview_time(wording):
    thread = a_thread(subject="Interview - Data Analyst", tz=NY).from_recruiter(
        RECRUITER, wording, at="2025-03-04 09:00"
    )
    assert facts(thread).interview_start is None


def test_the_employer_agreeing_to_the_time_the_candidate_asked_for():
    thread = (
        a_thread(subject="Interview", tz=NY)
        .from_recruiter(
            RECRUITER,
            "We'd like to invite you for an interview on Tuesday, March 11 at 2pm ET.",
            at="2025-03-04 09:00",
        )
        .from_me("Could we make it 4pm on Tuesday, March 11 instead?", at="2025-03-04 10:00")
        .from_recruiter(RECRUITER, "Sure, that works - see you then!", at="2025-03-04 11:00")
    )
    assert facts(thread).interview_start == dt("2025-03-11 16:00", NY)


def test_a_reminder_stating_the_interview_is_tomorrow_dates_it():
    thread = a_thread(subject="Interview tomorrow", tz=NY).from_ats(
        "Hi Sam, your video interview for Barista with Acme is tomorrow at 8:15 AM - 8:45 AM. "
        "Join here: https://meet.example/x",
        at="2025-03-04 07:00",
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-05 08:15", NY)
    assert result.interview_end == dt("2025-03-05 08:45", NY)
    assert result.stage is Stage.SCHEDULED


# --------------------------------------------------------------------------- employer side


@pytest.mark.parametrize(
    "wording",
    [
        "We have decided to move forward with other candidates.",
        "We will not be moving forward with your application.",
        "Unfortunately, we have decided not to proceed with your candidacy.",
        "The position has been filled.",
        "We regret to inform you that you were not selected.",
        "We've decided to pursue other candidates whose experience more closely matches our needs.",
        "Unfortunately we won't be moving forward at this time.",
        "You are no longer under consideration for this role.",
        "We will not be extending an offer.",
        "After careful consideration, we have chosen another candidate.",
    ],
)
def test_rejection_wording(wording):
    thread = a_thread(subject="Your application").from_recruiter(RECRUITER, f"Hi Jordan, {wording}")
    result = facts(thread)
    (message,) = result.employer_messages
    assert message.is_rejection and not message.is_offer
    assert result.stage is Stage.REJECTED


@pytest.mark.parametrize(
    "wording",
    [
        "We are pleased to offer you the Senior Engineer position.",
        "Your offer letter is attached.",
        "We would like to extend an offer to you.",
        "I'm happy to extend you an offer of employment.",
        "We're thrilled to offer you the role!",
        "Here is your formal offer; please let us know if you accept the offer by Friday.",
    ],
)
def test_offer_wording(wording):
    thread = a_thread(subject="Next steps").from_recruiter(RECRUITER, f"Hi Jordan, {wording}")
    result = facts(thread)
    (message,) = result.employer_messages
    assert message.is_offer and not message.is_rejection
    assert result.stage is Stage.OFFER


@pytest.mark.parametrize(
    "wording",
    [
        "Could you share your availability for next week?",
        "Could you send me three references?",
        "Please send your portfolio before the interview.",
        "Please let me know which slot works best.",
        "What are your salary expectations for this role?",
        "Would you be open to a 45 minute technical interview?",
        "Please use the link below to schedule your interview: calendly.com/acme/interview",
    ],
)
def test_the_employer_asks_the_candidate(wording):
    thread = interview_scheduled().from_recruiter(RECRUITER, wording, at="2025-03-04 09:00")
    assert facts(thread).employer_messages[-1].asks_candidate


@pytest.mark.parametrize(
    "wording",
    [
        "Your interview is confirmed. Let me know if you have any questions.",
        "See you on Tuesday! Please let us know if you need anything.",
        "The interview will be with our hiring manager. Do not hesitate to reach out.",
        "Thanks for meeting with us. Any questions? Just reply to this email.",
    ],
)
def test_sign_off_boilerplate_asks_nothing(wording):
    thread = interview_scheduled().from_recruiter(RECRUITER, wording, at="2025-03-04 09:00")
    assert not facts(thread).employer_messages[-1].asks_candidate


def test_the_decision_date_is_resolved_from_the_message_that_stated_it():
    thread = interview_scheduled().from_recruiter(
        RECRUITER,
        "Thanks for meeting with us! We'll get back to you within two weeks.",
        at="2025-03-12 09:00",
    )
    result = facts(thread)
    assert result.employer_messages[-1].decision_by == datetime(
        2025, 3, 26, 23, 59, 59, tzinfo=ZoneInfo(NY)
    )
    assert all(m.decision_by is None for m in result.employer_messages[:-1])


def test_auto_replies_and_bounces_are_counted_not_employer_messages():
    thread = (
        interview_scheduled()
        .from_me("Thank you for your time today!", at="2025-03-11 16:00")
        .auto_reply(
            RECRUITER,
            "I'm out of the office until Monday. For interviews, contact talent@acme.com.",
        )
        .from_me(
            "Hi Ana, following up on my interview.",
            at="2025-03-20 09:00",
            to=("ana@acme.com", "old@acme.com"),
        )
        .bounce()
    )
    result = facts(thread)
    assert result.automated_messages == 2
    assert len(result.employer_messages) == 2  # the request and the invite only
    assert all(m.sender.email == "ana@acme.com" for m in result.employer_messages)
    assert result.stage is Stage.INTERVIEWED
    assert "mailer-daemon@googlemail.com" not in {a.email for a in result.employer_contacts}


def test_employer_contacts_are_people_not_robots():
    thread = (
        a_thread(subject="Interview for Senior Engineer")
        .from_ats(
            "Please pick a time for your interview with the hiring team.",
            reply_to=("reply+x9f@us.greenhouse-mail.io",),
            cc=("Bob Chen <BOB@acme.com>", "noreply@acme.com", ME),
        )
        .from_recruiter(RECRUITER, "Invite attached.", reply_to=("Ana Lopez <ana.lopez@acme.com>",))
        .with_invite(start="2025-03-11 14:00", organizer="hiring-manager@acme.com")
    )
    contacts = [a.email for a in facts(thread).employer_contacts]
    assert contacts == [
        "bob@acme.com",
        "ana@acme.com",
        "ana.lopez@acme.com",
        "hiring-manager@acme.com",
    ]


# --------------------------------------------------------------------------- candidate side


@pytest.mark.parametrize(
    ("wording", "thank_you", "follow_up"),
    [
        ("Thank you for your time today.", True, False),
        ("It was great speaking with you and the team.", True, False),
        ("Thanks for having me yesterday!", True, False),
        ("I'm following up on my interview last week.", False, True),
        ("Just checking in - is there any update on the role?", False, True),
        ("Tuesday at 2pm works for me.", False, False),
    ],
)
def test_candidate_message_wording(wording, thank_you, follow_up):
    thread = interview_scheduled().from_me(wording, at="2025-03-11 16:00")
    message = facts(thread).candidate_messages[-1]
    assert (message.is_thank_you, message.is_follow_up) == (thank_you, follow_up)
    assert message.to[0].email == "ana@acme.com"


def test_me_decides_which_messages_are_the_candidates():
    thread = (
        a_thread("jordan@example.com", subject="Interview for Senior Engineer")
        .from_recruiter(RECRUITER, "Are you available Tuesday?")
        .from_me("Yes!")
    )
    as_jordan = thread_facts(thread.build(), "Jordan@Example.com")
    assert len(as_jordan.candidate_messages) == 1 and len(as_jordan.employer_messages) == 1
    as_several = thread_facts(thread.build(), ["old@example.com", "jordan+jobs@example.com"])
    assert len(as_several.candidate_messages) == 1


def test_without_me_the_candidate_is_the_usual_recipient():
    thread = (
        a_thread("jordan@example.com", subject="Interview for Senior Engineer")
        .from_recruiter(RECRUITER, "Are you available Tuesday?")
        .from_me("Yes!")
        .from_recruiter(RECRUITER, "Great, invite attached.")
        .with_invite(start="2025-03-11 14:00")
    )
    result = thread_facts(thread.build(), "")
    assert len(result.candidate_messages) == 1
    assert [a.email for a in result.employer_contacts] == ["ana@acme.com"]


def test_subject_and_message_times():
    result = facts(interview_scheduled())
    assert result.subject == "Interview for Senior Engineer"
    assert result.first_message_at == dt("2025-03-03 10:00", NY)
    assert result.last_message_at == dt("2025-03-03 13:00", NY)


def test_messages_out_of_order_are_read_in_date_order():
    messages = interview_scheduled().build()
    assert thread_facts(list(reversed(messages)), ME) == thread_facts(messages, ME)


def test_naive_dates_do_not_crash():
    messages = [
        m.__class__(**{**_fields(m), "date": m.date.replace(tzinfo=None)})
        for m in interview_scheduled().build()
    ]
    result = thread_facts(messages, ME)
    assert result.stage is Stage.SCHEDULED
    assert result.first_message_at.tzinfo is not None


def _fields(message):
    return {name: getattr(message, name) for name in message.__dataclass_fields__}


def test_invite_times_are_compared_across_zones():
    thread = interview_scheduled().from_me(
        "Thank you for your time!",
        at=dt("2025-03-11 19:50", "UTC"),  # 15:50 in New York
    )
    assert facts(thread).stage is Stage.INTERVIEWED


def test_gap_and_relative_times_in_the_builder():
    thread = (
        a_thread(start="2025-03-03 09:00", gap=timedelta(hours=2))
        .from_recruiter()
        .from_me("Thanks", at=timedelta(minutes=30))
    )
    dates = [m.date for m in thread.build()]
    assert dates == [dt("2025-03-03 09:00"), dt("2025-03-03 09:30")]


# --------------------------------------------------------------------------- second round of times


def test_a_time_in_a_reply_subject_is_not_the_reply_offering_or_taking_it():
    # "Re: Moving my interview on Monday at 9:00 AM" repeats the first message's time; the
    # new time is the one the messages' words offer and take.
    thread = (
        a_thread(subject="Moving my interview on Monday at 9:00 AM", tz=NY)
        .from_me(
            "Something has come up - could we find another time later in the week?",
            at="2025-03-04 08:00",
        )
        .from_recruiter(
            RECRUITER,
            "Sure. Would Thursday, March 6 at 1:30 PM work instead?",
            at="2025-03-04 10:00",
        )
        .from_me("Thursday, March 6 at 1:30 PM is perfect.", at="2025-03-04 11:00")
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-06 13:30", NY)
    assert result.stage is Stage.SCHEDULED


def test_an_answer_naming_the_offered_hour_alone_takes_that_slot():
    thread = (
        a_thread(subject="Cashier position", tz=NY)
        .from_recruiter(
            RECRUITER,
            "Thanks for applying! Could you come in for a chat on Friday at 11?",
            at="2025-03-04 09:00",
        )
        .from_me("11 works! Thanks so much.", at="2025-03-04 09:30")
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-07 11:00", NY)
    assert result.stage is Stage.SCHEDULED


def test_a_move_that_states_the_new_time_is_settled_by_the_candidate_agreeing():
    # no question put: "we'll have to push it to ...", and the candidate's "is fine" takes it
    thread = (
        words_confirmed()
        .from_recruiter(
            RECRUITER,
            "Apologies, the panel has a clash, so we have to move your call to Friday, "
            "March 14 at 11:30am. I hope that is still alright.",
            at="2025-03-10 09:00",
        )
        .from_me("Friday at 11:30am is fine, thanks for letting me know.", at="2025-03-10 10:00")
    )
    result = facts(thread)
    assert result.interview_start == dt("2025-03-14 11:30", NY)
    assert not result.interview_cancelled
    assert result.stage is Stage.SCHEDULED
