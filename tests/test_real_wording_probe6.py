"""The owner's own process over time: what is scheduled, what was cancelled, what happened.

probe6's growth of the real-wording corpus (hr_toolkit_processes: second-round letters,
cancellations in words because a role is on hold, on-hold notices, assignments after an
interview) found these rules; each is written here in other words than the corpus's threads,
with recall guards (the owner's real process in similar words is still read right).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

CHICAGO = "America/Chicago"
CT = ZoneInfo(CHICAGO)
ME = "noel.barker@example.com"
RECRUITER = "Ines Calder <ines.calder@harrowgate-labs.example>"
POLICY = Policy(timezone=CHICAGO)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CT)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def invited(text: str, start: str = "2026-11-02 09:00"):
    return a_thread(
        ME, subject="Interview - Lab Technician", tz=CHICAGO, start=start
    ).from_employer(RECRUITER, f"Dear Noel,\n\n{text}\n\nKind regards,\nInes Calder")


# ----- a date written day-month-year joined by hyphens


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Your interview will be held on 12-November-2026 at 10:30 in room B4.",
            "2026-11-12T10:30",
        ),
        (
            "We would like to see you on 6-Nov-2026 at 3 pm at our Elm Street site.",
            "2026-11-06T15:00",
        ),
        ("Interview date: 17-November at 09:00, main reception.", "2026-11-17T09:00"),
    ],
)
def test_a_hyphenated_day_month_year_is_the_interview_date(sentence, expected):
    facts, stage, advice = read(invited(sentence), "2026-11-03T12:00:00")
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith(expected)
    assert stage is Stage.SCHEDULED


def test_a_spaced_day_month_year_is_still_read():  # recall guard: the usual form
    facts, stage, advice = read(
        invited("Your interview will be held on 12 November 2026 at 10:30 in room B4."),
        "2026-11-03T12:00:00",
    )
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith("2026-11-12T10:30")


def test_a_hyphenated_number_before_a_word_is_no_date():  # look-alike: no month after it
    facts, stage, advice = read(
        invited(
            "Thank you for applying. We will invite shortlisted people to a 45-minute "
            "interview and will be in touch about times."
        ),
        "2026-11-03T12:00:00",
    )
    assert facts.interview_start is None


# ----- an interview called off in words, said as under way or as standing


def booked():
    """A calendar invite for Thursday 12 November, 14:00-14:45."""
    return (
        a_thread(ME, subject="Interview - Lab Technician", tz=CHICAGO, start="2026-11-02 09:00")
        .from_employer(
            RECRUITER,
            "Hi Noel,\n\nHere is the invite for your interview with the lab team on Thursday, "
            "November 12 at 2:00 PM.\n\nInes",
        )
        .with_invite("2026-11-12 14:00", "2026-11-12 14:45")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry to say your interview on the 12th is being cancelled, as the post has been "
        "frozen until the spring.",
        "Our interviews for the Lab Technician post are being canceled while the budget is "
        "reviewed.",
        "The interview on Thursday stands cancelled until further notice.",
        "I'm afraid Thursday's interview has been called off - the team is being restructured.",
    ],
)
def test_an_interview_called_off_in_words_is_no_longer_ahead(sentence):
    thread = booked().from_employer(
        RECRUITER,
        f"Hi Noel,\n\n{sentence} I will be in touch if that changes.\n\nInes",
        at="2026-11-09 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-10T12:00:00")
    assert facts.interview_cancelled
    assert advice.action is not Action.PREPARE
    # after the time it was set for, nothing happened: no thank-you is due
    facts, stage, advice = read(thread, "2026-11-12T17:00:00")
    assert stage is not Stage.INTERVIEWED
    assert advice.action is not Action.SEND_THANK_YOU


@pytest.mark.parametrize(
    "sentence",
    [
        # recall guards: the interview stands; something else is what is cancelled or not
        "Just a reminder of your interview on Thursday - the parking permit we mentioned is "
        "being cancelled, so please use the visitor car park.",
        "Our Thursday team lunch has been called off, but your interview goes ahead as planned.",
    ],
)
def test_other_things_called_off_leave_the_interview_standing(sentence):
    thread = booked().from_employer(
        RECRUITER, f"Hi Noel,\n\n{sentence}\n\nInes", at="2026-11-09 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-10T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE


# ----- a decision promised in words wrapped over two lines


def interviewed_then(text: str):
    """Interviewed on Tuesday 10 November at 10:00; then the employer's message `text`."""
    return (
        a_thread(ME, subject="Interview - Lab Technician", tz=CHICAGO, start="2026-11-02 09:00")
        .from_employer(
            RECRUITER,
            "Hi Noel,\n\nThis confirms your interview on Tuesday, November 10 at 10:00 a.m."
            "\n\nInes",
        )
        .from_employer(RECRUITER, text, at="2026-11-11 09:00")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi Noel,\n\nThanks again for coming in. The panel meets on Monday and we will let\n"
            "you know by Thursday, November 19.\n\nInes",
            "2026-11-19",
        ),
        (
            "Hi Noel,\n\nThank you for the sample analysis. We aim to come back\nto you by 20 "
            "November at the latest.\n\nInes",
            "2026-11-20",
        ),
        (  # recall guard: the same promise on one line
            "Hi Noel,\n\nThanks again for coming in. We will let you know by Thursday, "
            "November 19.\n\nInes",
            "2026-11-19",
        ),
    ],
)
def test_a_decision_date_wrapped_over_two_lines_is_read(text, expected):
    facts, stage, advice = read(interviewed_then(text), "2026-11-16T12:00:00")
    stated = facts.employer_messages[-1].decision_by
    assert stated is not None and stated.date().isoformat() == expected
    assert advice.action is Action.WAIT


def test_a_wrapped_deadline_for_the_candidate_is_no_decision_date():  # look-alike
    text = (
        "Hi Noel,\n\nPlease send the signed consent form back to us by Friday, November 20, "
        "and we\nwill be in touch once the checks are done.\n\nInes"
    )
    facts, stage, advice = read(interviewed_then(text), "2026-11-16T12:00:00")
    assert facts.employer_messages[-1].decision_by is None


# ----- a slot said as already given to the reader, only to be confirmed


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I've pencilled you in for Thursday, November 12 at 11:00 a.m. with our lab "
            "manager; please confirm that works for you.",
            "2026-11-12T11:00",
        ),
        (
            "We have you down for the 2:30 p.m. slot on Monday, November 16 - just reply to "
            "confirm it works.",
            "2026-11-16T14:30",
        ),
    ],
)
def test_a_slot_given_to_the_reader_is_scheduled_and_asks_a_reply(sentence, expected):
    facts, stage, advice = read(invited(sentence), "2026-11-02T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith(expected)


def test_a_time_put_as_a_question_is_still_being_arranged():  # recall guard
    facts, stage, advice = read(
        invited("Would Thursday, November 12 at 11:00 a.m. work for you for the interview?"),
        "2026-11-02T12:00:00",
    )
    assert stage is Stage.SCHEDULING
    assert advice.action is Action.REPLY


def test_down_for_something_else_sets_no_interview():  # look-alike: no time given
    facts, stage, advice = read(
        invited(
            "Thank you for your application. We have you down for the technician shortlist "
            "and will be in touch about interview times."
        ),
        "2026-11-02T12:00:00",
    )
    assert facts.interview_start is None
    assert stage is not Stage.SCHEDULED


# ----- how long the interview is said to last


@pytest.mark.parametrize(
    "sentence",
    [
        "Your panel interview is on Thursday, November 12 at 1:00 p.m.; it should last about "
        "two hours.",
        "This confirms your interview on Thursday, November 12 at 1:00 p.m. It will run for "
        "120 minutes, with a lab tour at the end.",
    ],
)
def test_a_stated_length_sets_when_the_interview_ends(sentence):
    thread = invited(sentence)
    facts, stage, advice = read(thread, "2026-11-12T14:30:00")
    assert advice.action is Action.PREPARE  # still under way at 14:30
    facts, stage, advice = read(thread, "2026-11-12T15:30:00")
    assert stage is Stage.INTERVIEWED
    assert advice.action is Action.SEND_THANK_YOU
    assert facts.interview_end is not None
    assert facts.interview_end.astimezone(CT).isoformat().startswith("2026-11-12T15:00")


def test_with_no_length_said_the_interview_ends_after_an_hour():  # recall guard
    thread = invited("This confirms your interview on Thursday, November 12 at 1:00 p.m.")
    facts, stage, advice = read(thread, "2026-11-12T14:30:00")
    assert advice.action is Action.SEND_THANK_YOU


def test_the_journey_time_is_not_the_interview_length():  # look-alike
    thread = invited(
        "This confirms your interview on Thursday, November 12 at 1:00 p.m. at our Riverside "
        "site; it takes about two hours to drive there from the city, so allow plenty of time."
    )
    facts, stage, advice = read(thread, "2026-11-12T14:30:00")
    assert advice.action is Action.SEND_THANK_YOU


# ----- the candidate handing over references, with how many said between


def mine_alone(text: str, subject: str, to: str = RECRUITER) -> bool:
    from tests.builders import read_alone

    return read_alone(ME, text, subject=subject, sender=None, tz=CHICAGO, to=(to,))


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ines,\n\nAs requested, my two referees are below - both have agreed to be "
        "contacted.\n\n- Carla Diaz, Lab Manager, Westbrook Labs\n- Sam Oyelaran, QC Lead"
        "\n\nNoel",
        "Hi Ines,\n\nThanks - here are my 3 references with their phone numbers:\n\n"
        "1. Carla Diaz (former manager)\n2. Sam Oyelaran (colleague)\n3. Ruth Abbott "
        "(supervisor)\n\nNoel",
    ],
)
def test_handing_over_my_counted_references_is_my_process(text):
    assert mine_alone(text, "Re: Lab Technician - references")


def test_references_for_a_flat_are_no_job():  # look-alike: a rental application
    from tests.builders import read_alone

    assert not read_alone(
        ME,
        "Hi Jo,\n\nHere are my three references for the flat on Mill Lane, as the agency "
        "asked: my current landlord, my employer and a personal one.\n\nNoel",
        subject="Re: 14 Mill Lane - tenancy application",
        sender=None,
        tz=CHICAGO,
        to=("Jo Parker <jo@millane-lettings.example>",),
    )


# ----- an employer's update, answered


def updated_then_answered(answer_at: str):
    """Interviewed Tuesday 10 November 10:00, thanked that day; the employer's update on
    Wednesday 18 November (nothing asked); the candidate's answer at `answer_at`."""
    return (
        a_thread(ME, subject="Interview - Lab Technician", tz=CHICAGO, start="2026-11-02 09:00")
        .from_employer(
            RECRUITER,
            "Hi Noel,\n\nThis confirms your interview on Tuesday, November 10 at 10:00 a.m."
            "\n\nInes",
        )
        .from_me(
            "Hi Ines,\n\nThank you for meeting with me this morning.\n\nNoel",
            at="2026-11-10 15:00",
        )
        .from_employer(
            RECRUITER,
            "Hi Noel,\n\nJust to let you know the panel has been delayed by the holidays. I'll "
            "come back to you as soon as I can.\n\nInes",
            at="2026-11-18 09:00",
        )
        .from_me(
            "Hi Ines,\n\nThanks for keeping me posted - I'm still very keen on the role.\n\nNoel",
            at=answer_at,
        )
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm afraid we've had to cancel Thursday's interview as the hiring manager is unwell.",
        "Unfortunately we must cancel your interview on the 12th.",
        "We are cancelling all interviews for this post while the budget is reviewed.",
        "Your interview on Thursday will no longer go ahead.",
        "Please accept our apologies, but Thursday's interview is off.",
        "I have to call off Thursday's interview, I'm sorry.",
        "The interview planned for Thursday is postponed until further notice.",
        "We need to put Thursday's interview on hold for now.",
        "Your interview has now been cancelled.",
        "Sadly, the interview arranged for the 12th has had to be cancelled.",
    ],
)
def test_more_ways_of_calling_an_interview_off(sentence):
    thread = booked().from_employer(
        RECRUITER, f"Hi Noel,\n\n{sentence}\n\nInes", at="2026-11-09 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-12T17:00:00")
    assert facts.interview_cancelled
    assert advice.action is not Action.SEND_THANK_YOU


@pytest.mark.parametrize(
    "sentence",
    [
        # look-alikes: a condition, the reader's own option, a place, a past slip put right
        "We will cancel your interview if we don't hear back by Monday, so please confirm.",
        "You can cancel or reschedule your interview using the link below.",
        "The interview is off-site this time, at our Elm Street lab.",
        "Your interview was cancelled by mistake on our system - it is back on for Thursday "
        "as planned.",
        "We have never had to cancel an interview at short notice, so please don't worry.",
    ],
)
def test_cancel_words_that_call_nothing_off(sentence):
    thread = booked().from_employer(
        RECRUITER, f"Hi Noel,\n\n{sentence}\n\nInes", at="2026-11-09 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-10T12:00:00")
    assert not facts.interview_cancelled
    assert stage is Stage.SCHEDULED


# ----- a weekday with a day of the month and no month ("Thursday 19th", "Friday the 20th")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We'd like to see you on Thursday 19th at 11.00 at the lab.", "2026-11-19T11:00"),
        ("Your interview is confirmed for Wed 25th at 14:00.", "2026-11-25T14:00"),
        ("This confirms your interview on Tuesday, the 1st at 9:30 a.m.", "2026-12-01T09:30"),
    ],
)
def test_a_weekday_and_an_ordinal_day_is_that_date(sentence, expected):
    facts, stage, advice = read(invited(sentence), "2026-11-03T12:00:00")
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith(expected)


def test_a_decision_by_a_weekday_and_an_ordinal_day_is_that_day():
    thread = interviewed_then(
        "Hi Noel,\n\nThanks again for coming in. You can expect to hear from us by Friday the "
        "20th.\n\nInes"
    )
    facts = thread_facts(thread.build(), ME)
    stated = facts.employer_messages[-1].decision_by
    assert stated is not None and stated.date().isoformat() == "2026-11-20"


def test_a_bare_weekday_is_still_the_next_one():  # recall guard
    facts, stage, advice = read(
        invited("This confirms your interview on Thursday at 11:00 a.m. at the lab."),
        "2026-11-03T12:00:00",
    )
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith("2026-11-05T11:00")


# ----- more ways of giving the reader a slot, and of asking them to confirm it


@pytest.mark.parametrize(
    "sentence",
    [
        "We've reserved Thursday, November 12 at 11:00 a.m. for you - please confirm you can "
        "make it.",
        "You're down for the 11:00 a.m. slot on Thursday, November 12; let me know that works.",
        "I've booked Thursday, November 12 at 11:00 a.m. for your interview with the lab team; "
        "please confirm by reply.",
        "We have scheduled you for Thursday, November 12 at 11:00 a.m. Please confirm your "
        "availability.",
        "Your slot is Thursday, November 12 at 11:00 a.m. Kindly confirm your attendance.",
    ],
)
def test_a_slot_given_in_other_words_is_scheduled_and_asks_a_reply(sentence):
    facts, stage, advice = read(invited(sentence), "2026-11-02T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.REPLY
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith("2026-11-12T11:00")


@pytest.mark.parametrize(
    "sentence",
    [
        # look-alikes read alone: the same words for a garage, a table, a service visit
        "Dear Noel, your slot is Thursday 12 November at 10:00 for the MOT test. Kindly "
        "confirm your attendance.",
        "Hi Noel, we've reserved Saturday at 7pm for a table of four. Kindly confirm by reply.",
        "Hi Noel, I've booked Thursday at 2pm for the boiler service; please confirm someone "
        "will be home.",
    ],
)
def test_slot_words_outside_hiring_stay_unflagged(sentence):
    from tests.builders import read_alone

    assert not read_alone(
        ME, sentence, subject="Your booking", sender="Ann Lee <ann@garage.example>", tz=CHICAGO
    )


# ----- a time put to the reader as "how does ... sound?" or "is ... ok?"


@pytest.mark.parametrize(
    "sentence",
    [
        "How does Thursday, November 12 at 11:00 a.m. sound?",
        "Is Thursday, November 12 at 11:00 a.m. ok for the interview?",
        "Would Thursday, November 12 at 11:00 a.m. be okay for the interview?",
    ],
)
def test_a_time_asked_about_in_other_words_asks_a_reply(sentence):
    facts, stage, advice = read(invited(sentence), "2026-11-02T12:00:00")
    assert advice.action is Action.REPLY  # the employer waits on the reader's answer


def test_a_question_that_is_no_ask_stays_no_ask():  # look-alike: boilerplate question
    facts, stage, advice = read(
        invited(
            "This confirms your interview on Thursday, November 12 at 11:00 a.m. Any questions, "
            "just ask."
        ),
        "2026-11-02T12:00:00",
    )
    assert advice.action is Action.PREPARE


# ----- decision dates in more prose: a week named by its Monday, a weekday of next week,
# the close of the week, news promised


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We'll be making offers in the week commencing 30 November.", "2026-12-04"),
        ("Decisions will be made w/c 23 November; I'll email you either way.", "2026-11-27"),
        ("You should hear from us by the close of the week.", "2026-11-13"),
        ("I'll come back to you no later than Tuesday next week.", "2026-11-17"),
        ("We hope to have news for you by mid next week.", "2026-11-18"),
        ("We hope to make a decision by the end of next week.", "2026-11-20"),  # recall guard
    ],
)
def test_decision_dates_in_more_prose(sentence, expected):
    thread = interviewed_then(f"Hi Noel,\n\nThanks again for coming in. {sentence}\n\nInes")
    facts = thread_facts(thread.build(), ME)
    stated = facts.employer_messages[-1].decision_by
    assert stated is not None and stated.date().isoformat() == expected


def test_a_week_asked_about_is_no_decision_date():  # look-alike: the reader's availability
    thread = interviewed_then(
        "Hi Noel,\n\nPlease send me your availability for the week commencing 30 November and "
        "we'll let you know which slot the panel picks.\n\nInes"
    )
    facts = thread_facts(thread.build(), ME)
    assert facts.employer_messages[-1].decision_by is None


# ----- the interview moved: to another slot for the reader, or to a new time the same day


def confirmed_in_words():
    """Thursday 12 November, 14:00, confirmed in words only (an invite outranks words)."""
    return a_thread(
        ME, subject="Interview - Lab Technician", tz=CHICAGO, start="2026-11-02 09:00"
    ).from_employer(
        RECRUITER,
        "Hi Noel,\n\nThis confirms your interview on Thursday, November 12 at 2:00 PM.\n\nInes",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We've moved you to the 9:30 AM slot on Friday, November 13.", "2026-11-13T09:30"),
        (
            "Quick change - the interview will now start at 2:45 PM instead of 2:00 PM.",
            "2026-11-12T14:45",
        ),
        (
            "Apologies, we've had to change your interview time to 4:00 PM, same day.",
            "2026-11-12T16:00",
        ),
        (
            "3:15 PM instead of 2:00 PM, if that's still fine - the panel overran.",
            "2026-11-12T15:15",
        ),
    ],
)
def test_a_moved_interview_takes_its_new_time(sentence, expected):
    thread = confirmed_in_words().from_employer(
        RECRUITER, f"Hi Noel,\n\n{sentence}\n\nInes", at="2026-11-09 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # look-alikes: another time of the day, not the interview's
        "Please arrive at 1:45 PM instead of going straight to the lab, and ask for me.",
        "The lab tour has moved to 4:00 PM, after your interview.",
        "Parking is free after 6:00 PM; please use the visitor car park instead of the staff one.",
    ],
)
def test_other_times_of_the_day_leave_the_interview_where_it_was(sentence):
    thread = confirmed_in_words().from_employer(
        RECRUITER, f"Hi Noel,\n\n{sentence}\n\nInes", at="2026-11-09 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert facts.interview_start.astimezone(CT).isoformat().startswith("2026-11-12T14:00")


# ----- the candidate stepping out in everyday words


@pytest.mark.parametrize(
    "sentence",
    [
        "I've decided to pursue another opportunity, so I'll need to decline the interview.",
        "Thanks for having me in mind, but I must respectfully decline - I've taken another job.",
        "I won't be moving forward with my application, but thank you for your time.",
        "I've accepted a role elsewhere, so please take me out of the running.",
    ],
)
def test_the_candidate_stepping_out_closes_the_process(sentence):
    thread = confirmed_in_words().from_me(
        f"Hi Ines,\n\n{sentence}\n\nBest,\nNoel", at="2026-11-09 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert advice.action is Action.CLOSED


def test_declining_something_else_in_the_thread_is_no_withdrawal():  # look-alike
    thread = confirmed_in_words().from_me(
        "Hi Ines,\n\nI'll have to decline the invitation to the team dinner afterwards, but I'm "
        "looking forward to Thursday's interview.\n\nNoel",
        at="2026-11-09 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert advice.action is Action.PREPARE


@pytest.mark.parametrize(
    ("subject", "text", "to"),
    [
        # read alone, the same words outside any job: a talk, a wedding, a kitchen quote
        (
            "Re: Speaker invitation - DataConf 2027",
            "Thank you for the invitation to speak, but I must respectfully decline this year.",
            "Ann Ruiz <ann@dataconf.example>",
        ),
        (
            "Re: Save the date!",
            "Thanks so much - sadly I have to decline the invitation as we'll be abroad.",
            "Jo Hart <jo.hart@gmail.com>",
        ),
        (
            "Re: Kitchen quote",
            "Hi Bob, we won't be moving forward with the process for the kitchen, thanks.",
            "Bob Ames <bob@kitchens.example>",
        ),
    ],
)
def test_stepping_out_words_outside_hiring_stay_unflagged(subject, text, to):
    from tests.builders import read_alone

    assert not read_alone(ME, text, subject=subject, sender=None, tz=CHICAGO, to=(to,))


# ----- an agency's "the client has ..." is the employer, not a freelance marketplace's client

AGENCY = "Priya Shah <priya.shah@talentbridge-recruitment.example>"


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Hi Noel,\n\nThe client has come back with glowing feedback and would like to see "
            "you again for a final round. What does your availability look like next week?"
            "\n\nPriya\nSenior Consultant, TalentBridge Recruitment",
            Action.REPLY,
        ),
        (
            "Hi Noel,\n\nI'm afraid the client has decided to go with another candidate who "
            "had more bench experience. Let's keep talking about other roles.\n\nPriya",
            Action.CLOSED,
        ),
    ],
)
def test_an_agency_relaying_its_client_is_the_candidates_process(text, action):
    thread = a_thread(
        ME, subject="Lab Technician - Harrowgate Labs", tz=CHICAGO, start="2026-11-09 09:00"
    ).from_employer(AGENCY, text)
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert facts.interview
    assert advice.action is action


def test_a_marketplace_client_is_still_no_job():  # look-alike
    from tests.builders import read_alone

    assert not read_alone(
        ME,
        "Your proposal for 'Weekly podcast transcripts' was declined: the client has ended the "
        "contract search and closed the job.",
        subject="Update on your proposal",
        sender="Upwork <donotreply@upwork.com>",
        tz=CHICAGO,
    )


# ----- a call the employer says they will make at a time; office hours are no interview


def applied_then(text: str):
    return a_thread(
        ME, subject="Phone screen - Lab Technician", tz=CHICAGO, start="2026-11-05 09:00"
    ).from_employer(RECRUITER, f"Hi Noel,\n\nThanks for applying. {text}\n\nInes")


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "I'll give you a call on Monday, November 9 at 3:00 PM for a 15-minute phone screen.",
            "2026-11-09T15:00",
            "2026-11-09T15:15",
        ),
        (
            "Please expect a call from our hiring manager on Monday, November 9 at 3:00 PM.",
            "2026-11-09T15:00",
            "2026-11-09T16:00",
        ),
        (
            "Sam from our lab team will call you at 3pm on Monday 9 November - talk then!",
            "2026-11-09T15:00",
            "2026-11-09T16:00",
        ),
    ],
)
def test_a_call_the_employer_will_make_at_a_time_is_scheduled(sentence, start, end):
    facts, stage, advice = read(applied_then(sentence), "2026-11-06T12:00:00")
    assert stage is Stage.SCHEDULED
    assert advice.action is Action.PREPARE
    assert facts.interview_start.astimezone(CT).isoformat().startswith(start)
    assert facts.interview_end.astimezone(CT).isoformat().startswith(end)


@pytest.mark.parametrize(
    "sentence",
    [
        # look-alikes: when to reach the employer, not when the interview is
        "Expect a call from our team within two days. Office hours are Monday to Friday, "
        "8:00 AM - 4:00 PM.",
        "If you are shortlisted we will call you on the number on your CV; our lines are open "
        "Monday to Friday 9am-5pm.",
        "We'll call you next week to arrange a time - the office is open Monday, 9:00 AM to "
        "5:00 PM.",
    ],
)
def test_office_hours_are_no_interview_time(sentence):
    facts, stage, advice = read(applied_then(sentence), "2026-11-06T12:00:00")
    assert facts.interview_start is None
    assert stage is not Stage.SCHEDULED


# ----- "Next step - <job title>" names the job as "Next steps: <job title>" does


def test_next_step_singular_before_a_job_title_names_the_job():
    from tests.builders import read_alone

    text = (
        "Hi Noel,\n\nThanks for your time on the phone. As the next step, please complete the "
        "online assessment by Friday, November 13 at 5:00 PM using the link below.\n\nInes"
    )
    assert read_alone(ME, text, subject="Next step - Warehouse Supervisor", sender=RECRUITER)
    assert read_alone(ME, text, subject="Next steps - Warehouse Supervisor", sender=RECRUITER)


def test_next_step_before_something_else_names_no_job():  # look-alike
    from tests.builders import read_alone

    assert not read_alone(
        ME,
        "Hi Noel,\n\nThanks for your time on the phone. As the next step, please complete the "
        "survey by Friday, November 13 so we can price the work.\n\nInes",
        subject="Next step - Kitchen refit",
        sender="Ines Calder <ines@refits.example>",
    )


# ----- a decision date moved, or said with "decide on"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "I'm sorry - the decision has been pushed back to the 25th as the director is away.",
            "2026-11-25",
        ),
        ("Our outcome letters are delayed until Friday, November 27, I'm afraid.", "2026-11-27"),
        ("The panel now expects to decide on Monday 30 November.", "2026-11-30"),
    ],
)
def test_a_moved_or_decide_on_decision_date_is_read(sentence, expected):
    thread = interviewed_then(f"Hi Noel,\n\n{sentence}\n\nInes")
    facts = thread_facts(thread.build(), ME)
    stated = facts.employer_messages[-1].decision_by
    assert stated is not None and stated.date().isoformat() == expected


def test_a_moved_interview_is_no_decision_date():  # look-alike
    thread = interviewed_then(
        "Hi Noel,\n\nYour second interview has been moved to Friday, November 20, and we will "
        "make a decision the week after.\n\nInes"
    )
    facts = thread_facts(thread.build(), ME)
    stated = facts.employer_messages[-1].decision_by
    assert stated is None or stated.date().isoformat() != "2026-11-20"


def test_a_choice_of_new_times_put_as_which_is_better_asks_a_reply():
    thread = (
        confirmed_in_words()
        .from_me(
            "Hi Ines,\n\nSomething has come up on Thursday afternoon - could we move the "
            "interview?\n\nNoel",
            at="2026-11-09 09:00",
        )
        .from_employer(
            RECRUITER,
            "Hi Noel,\n\nOf course - would Friday at 9:30 AM or Monday at 1:00 PM be "
            "better?\n\nInes",
            at="2026-11-09 11:00",
        )
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert advice.action is Action.REPLY


def test_a_promise_of_new_times_asks_nothing():  # recall guard: the employer's turn
    thread = (
        confirmed_in_words()
        .from_me(
            "Hi Ines,\n\nSomething has come up on Thursday afternoon - could we move the "
            "interview?\n\nNoel",
            at="2026-11-09 09:00",
        )
        .from_employer(
            RECRUITER,
            "Hi Noel,\n\nNo problem - I'll check with the panel and come back to you with new "
            "times. Is there a better way to reach you than email, by the way.\n\nInes",
            at="2026-11-09 11:00",
        )
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert advice.action is Action.WAIT


# ----- the candidate saying they cannot make the interview: it no longer stands


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm afraid a family matter has come up and I won't be able to attend on Thursday. "
        "Could we find another time?",
        "Unfortunately I can no longer make Thursday at 2pm - is there another slot next week?",
    ],
)
def test_the_candidate_unable_to_attend_leaves_no_interview_to_prepare_or_thank(sentence):
    thread = confirmed_in_words().from_me(f"Hi Ines,\n\n{sentence}\n\nNoel", at="2026-11-09 09:00")
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert facts.interview_cancelled
    assert advice.action is Action.WAIT  # the employer's turn to offer a time
    facts, stage, advice = read(thread, "2026-11-12T17:00:00")
    assert advice.action is not Action.SEND_THANK_YOU


def test_unable_to_attend_something_else_leaves_the_interview():  # look-alike
    thread = confirmed_in_words().from_me(
        "Hi Ines,\n\nThanks - I'm unable to attend the open evening next month, but I'll be "
        "there on Thursday at 2pm for the interview.\n\nNoel",
        at="2026-11-09 09:00",
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert advice.action is Action.PREPARE


# ----- a weekday restating the date in brackets; numeric dates with hyphens and a year


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The interview is on 19th November 2026 (Thursday) at 10.30am in room B4.",
            "2026-11-19T10:30",
        ),
        ("Your interview is confirmed for 11-19-2026 at 10:30 AM.", "2026-11-19T10:30"),
        ("Interview date: 19 November 2026, Thursday at 10:30 a.m.", "2026-11-19T10:30"),
    ],
)
def test_the_date_wins_over_a_weekday_restating_it(sentence, expected):
    facts, stage, advice = read(invited(sentence), "2026-11-03T12:00:00")
    assert facts.interview_start is not None
    assert facts.interview_start.astimezone(CT).isoformat().startswith(expected)


def test_a_weekday_alone_and_a_range_of_weeks_are_read_as_before():  # recall and look-alike
    facts, stage, advice = read(
        invited(
            "It's a 2-3 week process overall. This confirms your first interview on Thursday at "
            "10:30 a.m."
        ),
        "2026-11-03T12:00:00",
    )
    assert facts.interview_start.astimezone(CT).isoformat().startswith("2026-11-05T10:30")


# ----- the job given in plain words, in a thread already about the reader's job


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm thrilled to say the panel has chosen you for the Senior Lab Technician post!",
        "You've got the job! Could you start on Monday 7 December?",
        "Everyone was unanimous - we want you on board. I'll send the contract tomorrow.",
    ],
)
def test_the_job_given_in_plain_words_is_an_offer(sentence):
    thread = updated_then_answered("2026-11-18 12:30").from_employer(
        RECRUITER, f"Hi Noel,\n\n{sentence}\n\nInes", at="2026-11-20 10:00"
    )
    facts, stage, advice = read(thread, "2026-11-20T12:00:00")
    assert stage is Stage.OFFER
    assert advice.action is Action.OFFER


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        # read alone: a friend's congratulations, a club's vote, a shop's loyalty scheme
        ("omg", "Congrats!! You got the job?! Tell me everything.", "Kim Lo <kim.lo@gmail.com>"),
        (
            "AGM result",
            "Our members have chosen you for the role of club treasurer for next year.",
            "Club Secretary <sec@tennisclub.example>",
        ),
        (
            "Join our rewards club",
            "We want you on board with our loyalty programme - sign up today and save 10%.",
            "Shop <news@shop.example>",
        ),
    ],
)
def test_plain_offer_words_alone_flag_nothing(subject, text, sender):
    from tests.builders import read_alone

    assert not read_alone(ME, text, subject=subject, sender=sender, tz=CHICAGO)


def test_chosen_for_a_second_interview_is_no_offer():  # look-alike in the thread
    thread = updated_then_answered("2026-11-18 12:30").from_employer(
        RECRUITER,
        "Hi Noel,\n\nGood news - the panel has chosen you for the second interview round.\n\nInes",
        at="2026-11-20 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-20T12:00:00")
    assert stage is not Stage.OFFER


def test_the_candidate_asking_to_push_the_interview_back_leaves_it_not_standing():
    thread = confirmed_in_words().from_me(
        "Hi Ines,\n\nSo sorry - could we push Thursday's interview back a few days? I will be "
        "travelling for work.\n\nNoel",
        at="2026-11-09 09:00",
    )
    facts, stage, advice = read(thread, "2026-11-12T17:00:00")
    assert facts.interview_cancelled
    assert advice.action is not Action.SEND_THANK_YOU


def test_the_employer_bringing_the_interview_forward_to_a_time_moves_it():  # recall guard
    thread = confirmed_in_words().from_employer(
        RECRUITER,
        "Hi Noel,\n\nThe panel has asked to bring your interview forward to Wednesday, "
        "November 11 at 4:00 PM; hope that's OK.\n\nInes",
        at="2026-11-09 10:00",
    )
    facts, stage, advice = read(thread, "2026-11-09T12:00:00")
    assert facts.interview_start.astimezone(CT).isoformat().startswith("2026-11-11T16:00")
