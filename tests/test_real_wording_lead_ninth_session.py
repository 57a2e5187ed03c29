"""Readings the lead widened in the ninth session. Each case is a sentence written afresh in
a different writer's words (not from any corpus thread), put in the same small application
thread, and each was seen misread first; beside them, the look-alikes that must stay unread.
The point is the form, not the sentence: a contraction read as its full words, a refusal in
any of the verbs recruiters use for it, the job given to someone else."""

from __future__ import annotations

from datetime import datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.detect import BOOK, read_thread
from afterview.model import Stage
from afterview.parse import parse_message
from afterview.timeline import stage_at, thread_facts

EASTERN = ZoneInfo("America/New_York")
ME = "alex.morgan@example.com"
ALEX = f"Alex Morgan <{ME}>"
PRIYA = "Priya Shah <priya.shah@northwind-labs.example>"
SUBJECT = "Data Analyst - Northwind Labs"
SENT = datetime(2026, 3, 10, 9, 30, tzinfo=EASTERN)  # a Tuesday
NOW = datetime(2026, 3, 10, 16, 0, tzinfo=EASTERN)
APPLICATION = "Hi, I'd like to apply for the Data Analyst role. My CV is attached.\nAlex Morgan"


def mail(number: int, sender: str, at: datetime, subject: str, body: str):
    to = PRIYA if sender == ALEX else ALEX
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(at)}\r\n"
        f"Message-ID: <{number}@lead9.example>\r\n"
        + (f"In-Reply-To: <{number - 1}@lead9.example>\r\n" if number > 1 else "")
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
        + "\r\n"
    ).encode()
    return parse_message(raw)


def application_thread(employer_says: str, candidate_answers: str | None = None):
    """The candidate's application, the employer's answer, and the candidate's reply if any."""
    messages = [
        mail(1, ALEX, SENT - timedelta(days=6), SUBJECT, APPLICATION),
        mail(
            2,
            PRIYA,
            SENT,
            "Re: " + SUBJECT,
            f"Hi Alex,\n\n{employer_says}\n\nBest regards,\nPriya Shah\nTalent Acquisition",
        ),
    ]
    if candidate_answers is not None:
        messages.append(
            mail(3, ALEX, SENT + timedelta(hours=2), "Re: " + SUBJECT, candidate_answers)
        )
    return thread_facts(messages, ME, EASTERN)


def stage_of(employer_says: str, candidate_answers: str | None = None) -> Stage:
    return stage_at(application_thread(employer_says, candidate_answers), NOW)


def groups_of(body: str, sender: str = PRIYA) -> set[str]:
    return read_thread([mail(1, sender, SENT, SUBJECT, body)], ME)[0].groups


# ----- a refusal, however it is worded


@pytest.mark.parametrize(
    "says",
    [
        # a contraction read as its full words: "haven't been" is "have not been"
        "Unfortunately you haven't been shortlisted for interview on this occasion.",
        "We weren't able to offer you a role this time.",
        # the verbs of not taking the reader on, each in a form no template had used
        "We have made the difficult decision to not move ahead with your application.",
        "I wanted to let you know we won't be moving you forward to the final round.",
        "We will not be progressing your candidacy to the next stage.",
        "The panel has decided not to advance your application.",
        "We are unable to take your application further at this point.",
        # the job given to someone else, in an offer's words
        "The team really enjoyed meeting you, but we've decided to extend an offer to "
        "someone else.",
        "The hiring manager has decided to hire an internal candidate.",
        "After much deliberation, we've selected a candidate who we feel is the best match.",
    ],
)
def test_a_refusal_in_other_words_is_a_rejection(says):
    assert stage_of(says) is Stage.REJECTED


@pytest.mark.parametrize(
    "says",
    [
        # a refusal said as a condition is none
        "If we do not move forward with your application, we will let you know by email.",
        # an agency telling the hiring client about the other candidates
        "Which would you like to interview? I can let the others know they weren't shortlisted.",
    ],
)
def test_a_refusal_said_as_a_condition_or_of_others_is_none(says):
    assert "rejection" not in groups_of(says)


# ----- an offer, however it is worded


@pytest.mark.parametrize(
    "says",
    [
        "I'm pleased to inform you that you have been selected for the role of Data Analyst.",
        "I'm happy to confirm that you've been successful and we'd like you to join the team "
        "as our new Data Analyst.",
        "I'm very pleased to tell you that the panel has recommended you for appointment.",
        "The hiring committee has approved an offer for you, and I'd like to walk you "
        "through the package.",
    ],
)
def test_an_offer_in_other_words_is_an_offer(says):
    assert stage_of(says) is Stage.OFFER


def test_being_asked_to_join_them_for_an_interview_is_no_offer():
    says = "We'd like you to join us for a second interview. Are you free on Thursday or Friday?"
    assert stage_of(says) is Stage.SCHEDULING


# ----- a time asked for


@pytest.mark.parametrize(
    "says",
    [
        "Your profile stood out to us and we'd like to invite you to interview. Let me know "
        "a good time to connect.",
        "We are pleased to invite you to the next round. Please complete the availability "
        "form by Friday so we can schedule you.",
        "We'd be keen to meet you. Could you pop over some availability for early next week?",
    ],
)
def test_a_time_asked_for_in_other_words_is_scheduling(says):
    assert stage_of(says) is Stage.SCHEDULING


def test_a_friend_asking_for_a_good_time_to_connect_is_no_process():
    body = "Hey! Let me know a good time to connect next week, would love to catch up."
    facts = thread_facts([mail(1, "Sam <sam.lee@gmail.example>", SENT, "coffee", body)], ME)
    assert not facts.interview


# ----- the interview took place


@pytest.mark.parametrize(
    "says",
    [
        "I hope you enjoyed meeting the team on Monday. We will update you by March 20.",
        "Thank you for your time on the phone yesterday.",
        # the next sentence's "will" is about the results, not the meeting
        "Thanks for attending the assessment centre yesterday. Results will be shared "
        "within 5 working days.",
    ],
)
def test_an_interview_said_to_have_taken_place_is_interviewed(says):
    assert stage_of(says) is Stage.INTERVIEWED


def test_thanks_for_attending_a_webinar_is_no_interview():
    body = "Hi Alex,\n\nThanks for attending our webinar yesterday. The recording will follow."
    facts = thread_facts(
        [mail(1, "Events <events@saasco.example>", SENT, "Thanks for joining", body)], ME
    )
    assert not facts.interview


# ----- a yes to the one time put


def test_a_yes_to_the_one_time_put_settles_it():
    facts = application_thread(
        "Are you available Thursday at 11am for a call with our CTO?", "Yes, I am. Thanks!"
    )
    assert stage_at(facts, NOW) is Stage.SCHEDULED
    assert facts.interview_start == datetime(2026, 3, 12, 11, 0, tzinfo=EASTERN)


@pytest.mark.parametrize(
    ("asks", "answer"),
    [
        ("Are you available Thursday at 11am?", "Yes, but could we do Friday at 11am instead?"),
        ("Are you available Thursday at 11am?", "Yes - sadly I can't make Thursday. Friday?"),
        # two times put: a yes says which to no one
        ("Are you available Thursday at 11am or Friday at 2pm?", "Yes, I am!"),
    ],
)
def test_a_yes_with_a_but_or_to_a_choice_settles_nothing(asks, answer):
    facts = application_thread(asks, answer)
    assert stage_at(facts, NOW) is Stage.SCHEDULING
    assert facts.interview_start is None


@pytest.mark.parametrize(
    ("text", "rejection"),
    [
        ("we won't be moving forward with your application", True),
        ("we will not be moving forward with your application", True),
        ("you've not been successful on this occasion", True),
        ("you haven't been successful on this occasion", True),
        # the broad phrase was narrowed to the reader's: not the employer's own failure
        ("we haven't been successful in reaching you by phone", False),
    ],
)
def test_a_phrase_is_found_however_its_contractions_are_spelled(text, rejection):
    assert ("rejection" in BOOK.find(text)) is rejection


# ----- plain readings: the parts every such sentence has, not the sentences (a second set
# of sentences written afresh after the first set was read right read 36 of 67)


@pytest.mark.parametrize(
    "says",
    [
        "The hiring panel has completed its deliberations and I'm sorry to say your "
        "application will not be taken forward.",
        "Unfortunately we can't take you to the next stage.",
        "Your application has not been progressed to interview.",
        "Regrettably we've decided not to take things further with your application.",
        "I have some disappointing news: we will not be moving you through to the final stage.",
        "The team has decided to go with someone with more direct industry experience.",
        "We feel other candidates are a better match for what we need right now.",
        "The hiring manager felt your skill set wasn't quite the right match for this role.",
        "After reviewing all candidates, we've made the decision to move in a different direction.",
        "The team has decided to hold off on filling this position, so we'll be closing out "
        "your candidacy.",
    ],
)
def test_a_refusal_read_from_its_parts_is_a_rejection(says):
    assert stage_of(says) is Stage.REJECTED


@pytest.mark.parametrize(
    "says",
    [
        # a time moved, a purchase, a deadline's threat, an evaluation asked of the reader
        "We are not able to move your interview to Friday, I'm afraid.",
        "Please do not proceed with your purchase until the form is signed.",
        "You must respond within 90 days or we may not be able to continue with your application.",
        "Give a comment on why Marcus is or isn't a good fit for the job.",
        # a role on hold may open again
        "The role has been put on hold for now; we will come back to you when it reopens.",
        "If we do not progress your application, we will tell you within two weeks.",
    ],
)
def test_the_parts_of_a_refusal_said_of_something_else_are_none(says):
    assert "rejection" not in groups_of(says)


@pytest.mark.parametrize(
    "says",
    [
        "I'm excited to share that we are offering you the position, subject to references.",
        "It's my pleasure to offer you employment with Northwind Labs.",
        "Good news - the hiring manager has signed off and we can make you an offer.",
        "I'm pleased to let you know you've got the job!",
        "Following the panel's decision, you are our preferred candidate.",
        "The team loved meeting you and we'd like you to come on board as our next Data Analyst.",
        "We'd be delighted to have you join Northwind Labs as a Data Analyst.",
        "Please see the attached offer, which sets out your salary and benefits.",
        "Your employment contract is attached for signature; your start date is 6 April.",
    ],
)
def test_an_offer_read_from_its_parts_is_an_offer(says):
    assert stage_of(says) is Stage.OFFER


@pytest.mark.parametrize(
    "says",
    [
        "We'd like to offer you an interview. Are you free on Thursday or Friday?",
        "If we make you an offer, it would start in April.",
    ],
)
def test_an_offers_parts_said_of_an_interview_or_a_condition_are_none(says):
    assert not groups_of(says) & {"offer", "offer_plain"}


@pytest.mark.parametrize(
    "says",
    [
        "We were impressed by your application and would like to speak with you. When would "
        "be convenient?",
        "I'd love to find 30 minutes to chat about the role. Does early next week work on "
        "your side?",
        "Our team is keen to meet you. Are there any days next week that you can't do?",
        "I'd like to set up an introductory call. What's the best time to reach you?",
        "The hiring manager has asked me to line up an interview with you. When suits?",
    ],
)
def test_a_time_asked_as_a_question_is_scheduling(says):
    assert stage_of(says) is Stage.SCHEDULING


@pytest.mark.parametrize(
    "says",
    [
        # a deadline, a start date, the past
        "Hannah enjoyed the conversation! Could you send your slides by Tuesday, April 21?",
        "We enjoyed the call. When would you be able to start?",
        "Thanks for the chat. When did you finish your last role?",
    ],
)
def test_a_question_with_a_day_that_asks_no_meeting_time_is_no_availability(says):
    assert "availability" not in groups_of(says)


@pytest.mark.parametrize(
    "says",
    [
        "We will expect you at our offices on Thursday, 12 March, at 10.30 a.m.",
        "I've put us down for a call on Thursday at 4pm; I'll ring your mobile.",
        "Your assessment day takes place on Friday 13 March, starting at 9am.",
        "Thanks for letting me know - Thursday at 3pm it is. I'll send the invite over.",
    ],
)
def test_a_time_kept_in_other_words_is_scheduled(says):
    assert stage_of(says) is Stage.SCHEDULED


@pytest.mark.parametrize(
    "says",
    [
        "It was great to chat earlier. I'll share my feedback with the hiring manager.",
        "Thank you for the time you spent with the panel yesterday.",
        "We've now completed first-round interviews and will let you know the outcome by March 20.",
        "Just a quick update since we met: the team is still meeting other candidates.",
    ],
)
def test_a_meeting_past_in_other_words_is_interviewed(says):
    assert stage_of(says) is Stage.INTERVIEWED


@pytest.mark.parametrize(
    ("says", "stage"),
    [
        # "like to offer you" is an offer's phrase; an interview offered is no job offered
        ("We would like to offer you an interview. Are you free on Thursday or Friday?",
         "scheduling"),
        ("I would like to offer you a telephone interview. Please send me your availability.",
         "scheduling"),
        ("We are pleased to offer you an interview on Thursday 12 March at 10am.", "scheduled"),
        # an interview offered beside the job: the job's offer stands
        ("We would like to offer you the position. Could we offer you a call on Friday to go "
         "through the details?", "offer"),
    ],
)  # fmt: skip
def test_an_interview_offered_is_no_job_offer(says, stage):
    assert stage_of(says).value == stage


# ----- the third round: a third set of sentences, read once, then its parts


@pytest.mark.parametrize(
    ("says", "stage"),
    [
        ("We've reviewed your profile carefully and won't be taking things any further.",
         "rejected"),
        ("I'm sorry to let you know that on this occasion you have not been chosen for "
         "interview.", "rejected"),
        ("After a lot of thought we're going to proceed with a candidate who has more "
         "hands-on SQL experience.", "rejected"),
        ("We have now appointed to this role and your application is therefore closed.",
         "rejected"),
        ("We've decided to offer the role to someone whose experience is closer to our needs.",
         "rejected"),
        ("Following your successful interview, we are happy to confirm your appointment as "
         "Data Analyst.", "offer"),
        ("Congratulations - you've been selected as our new Data Analyst.", "offer"),
        ("We'd really like to bring you on board. Here's what we can offer: a salary of "
         "$80,000.", "offer"),
        ("Please could you confirm a convenient date and time for a telephone interview?",
         "scheduling"),
        ("I'd like to book you in for a call with the team lead - let me know what suits.",
         "scheduling"),
        ("Could you let me have a couple of dates that would work for a second interview?",
         "scheduling"),
        ("The panel would like to see you again. Is next Tuesday or Wednesday possible?",
         "scheduling"),
        ("Let me know your free slots for Thursday and I'll arrange the interview.",
         "scheduling"),
        ("That's all booked in for Friday 13th at 10:00. You'll be meeting Sam and Ola.",
         "scheduled"),
        ("Thank you for your interest in the role and for taking part in the interview on "
         "Monday.", "interviewed"),
        ("Good to speak yesterday. We're seeing two more candidates and will decide by Friday.",
         "interviewed"),
        ("Following on from your interview earlier this week, there'll be a short delay in "
         "our decision.", "interviewed"),
    ],
)  # fmt: skip
def test_the_third_sets_sentences_are_read_from_their_parts(says, stage):
    assert stage_of(says).value == stage


def test_i_am_said_back_to_the_one_time_put_settles_it():
    facts = application_thread(
        "Are you free on Friday at 10am for the second interview?", "I am - see you Friday!"
    )
    assert stage_at(facts, NOW) is Stage.SCHEDULED
    facts = application_thread(
        "Are you free on Friday at 10am for the second interview?",
        "I'm afraid I'm away on Friday. Could we do Monday?",
    )
    assert stage_at(facts, NOW) is Stage.SCHEDULING


@pytest.mark.parametrize(
    ("says", "group"),
    [
        # an agency's own call the same day is not the client's interview
        ("Great speaking earlier. As discussed, I've sent your CV to the client.", "happened"),
        # a doctor's appointment, a finalist, a salary offered
        ("We can confirm your appointment on Monday at 10am with Dr Patel.", "offer_plain"),
        ("Congratulations, you've been selected as a finalist for the award.", "offer_plain"),
        ("We can offer you 80,000 plus benefits.", "availability"),
        # applications closed for everyone: no refusal of the reader
        ("Applications for this role are now closed; shortlisting takes place next week.",
         "rejection"),
    ],
)  # fmt: skip
def test_the_third_rounds_parts_said_of_something_else_are_none(says, group):
    assert group not in groups_of(says)


# ----- the fourth round: a fourth set of sentences read 40/59 (job sentences 35/52) when
# first measured, against 35/59 (30/52) at the session's start; then its parts


@pytest.mark.parametrize(
    ("says", "stage"),
    [
        ("At this point we will be moving ahead with candidates whose profiles are more "
         "aligned with the role.", "rejected"),
        ("You came very close, but in the end we chose to go a different way.", "rejected"),
        ("The hiring team decided to extend the offer to another finalist.", "rejected"),
        ("The role was filled before we could get to your application - sorry about that.",
         "rejected"),
        ("Our decision is to not continue the process with you.", "rejected"),
        ("It was a tough call, but the team has picked someone else for the role.", "rejected"),
        ("Great news! We'd like to welcome you aboard as our new Data Analyst.", "offer"),
        ("Congrats! You're hired. HR will reach out with the onboarding steps.", "offer"),
        ("Your offer is in your candidate portal for review.", "offer"),
        ("Please find enclosed our offer of appointment and terms and conditions.", "offer"),
        ("We would like you to start with us on 6 April as our Data Analyst.", "offer"),
        ("Your application has been shortlisted. Kindly book your interview slot here: "
         "https://northwind.example/slots", "scheduling"),
        ("Do you have some time in the coming days for an intro call?", "scheduling"),
        ("Our CEO will join your final interview on 12 March at 9:00.", "scheduled"),
        ("We will meet you at reception on Thursday at 2pm.", "scheduled"),
        ("It was a pleasure having you in the office yesterday.", "interviewed"),
        ("Thanks a lot for joining the call yesterday - great discussion.", "interviewed"),
    ],
)  # fmt: skip
def test_the_fourth_sets_sentences_are_read_from_their_parts(says, stage):
    assert stage_of(says).value == stage


@pytest.mark.parametrize(
    ("says", "group"),
    [
        ("We picked someone up from the airport on the way in.", "rejection"),
        ("Thanks for joining our webinar yesterday - the slides are attached.", "happened"),
        ("It was a pleasure having you at our wedding yesterday!", "happened"),
    ],
)
def test_the_fourth_rounds_parts_said_of_something_else_are_none(says, group):
    assert group not in groups_of(says)


def test_a_tradesman_who_will_call_at_a_time_is_no_interview():
    body = "Hi Alex,\n\nOur engineer will call you on Thursday at 2pm to arrange the boiler repair."
    facts = thread_facts(
        [mail(1, "Bright Boilers <bookings@brightboilers.example>", SENT, "Your repair", body)], ME
    )
    assert not facts.interview


# ----- the fifth set: flows around the interview (19/25 when first measured, 18/25 at the
# session's start)

INVITATION = (
    "We'd like to invite you to an interview for the Data Analyst role. Could you come in "
    "next week?"
)
A_WEEK_LATER = datetime(2026, 3, 18, 17, 0, tzinfo=EASTERN)


def candidate_writes_a_week_later(note: str) -> Stage:
    messages = [
        mail(1, ALEX, SENT - timedelta(days=6), SUBJECT, APPLICATION),
        mail(2, PRIYA, SENT, "Re: " + SUBJECT, f"Hi Alex,\n\n{INVITATION}\n\nPriya"),
        mail(3, ALEX, SENT + timedelta(days=8), "Re: " + SUBJECT, f"Hi Priya,\n\n{note}\n\nAlex"),
    ]
    return stage_at(thread_facts(messages, ME, EASTERN), A_WEEK_LATER)


@pytest.mark.parametrize(
    ("note", "stage"),
    [
        ("Following up on our conversation last Thursday - I remain very interested in the "
         "role.", Stage.INTERVIEWED),
        ("Just checking in after our call yesterday.", Stage.INTERVIEWED),
        # a call ahead is no past one
        ("Looking forward to our call on Thursday - is it still on?", Stage.SCHEDULING),
    ],
)  # fmt: skip
def test_the_candidates_note_naming_a_past_conversation_is_interviewed(note, stage):
    assert candidate_writes_a_week_later(note) is stage


def test_a_next_round_asked_of_the_reader_is_scheduling():
    says = (
        "Great news - you've made it through to the final round! Can you do a 90-minute "
        "session with the leadership team next week?"
    )
    assert stage_of(says) is Stage.SCHEDULING


# ----- an offer alone in its thread, in plain words under a subject that says it


def test_a_plain_offer_under_a_job_offer_subject_is_the_readers_process():
    body = (
        "Hi Alex, congratulations! We'd love for you to join us as our new office manager. "
        "Let me know when you can start.\n\nMaria Lopez"
    )
    facts = thread_facts(
        [mail(1, "Maria Lopez <m.lopez@keller.example>", SENT, "Job offer", body)], ME
    )
    assert facts.interview
    assert stage_at(facts, NOW) is Stage.OFFER


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # the same words under another subject, or a subject alone
        ("Wedding", "We'd love for you to join us as a guest at the wedding in June!"),
        ("Job offer", "Earn 500 a day from home! Click here to claim your job offer now."),
    ],
)
def test_a_plain_offers_words_or_an_offer_subject_alone_are_no_process(subject, body):
    facts = thread_facts([mail(1, "Dana <dana.w@gmail.example>", SENT, subject, body)], ME)
    assert not facts.interview
