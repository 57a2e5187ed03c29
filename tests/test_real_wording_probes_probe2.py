"""Probe threads about what happens after an interview (decisions, offers, stepping out),
written as recruiters, agencies and candidates write them; each read wrong before its fix."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from afterview.when import decision_by
from tests.builders import a_thread

NY = "America/New_York"
EASTERN = ZoneInfo(NY)
ME = "alex.morgan@example.com"
DANA = "Dana Whitfield <dana.whitfield@northwind.example>"
CHRIS = "Chris Patel <chris.patel@northwind.example>"
SOPHIE = "Sophie Grant <sophie.grant.recruits@gmail.com>"
POLICY = Policy(timezone=NY)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=EASTERN)


def read(builder, now: str):
    facts = thread_facts(builder.build(), ME, EASTERN)
    moment = at(now)
    return facts, stage_at(facts, moment), advise(facts, moment, POLICY)


def interviewed():
    return (
        a_thread(ME, subject="Backend Engineer interview - Northwind", tz=NY)
        .from_recruiter(
            DANA,
            "Hi Alex,\n\nConfirming your interview for the Backend Engineer role on Monday, "
            "April 6 at 2:00 PM ET with Chris Patel.\n\nBest,\nDana",
            at="2026-04-01 10:00",
        )
        .from_me(
            "Hi Chris,\n\nThank you for taking the time to speak with me today about the "
            "Backend Engineer role. I'm very excited about the opportunity.\n\nBest regards,\nAlex",
            at="2026-04-06 17:00",
            to=(CHRIS,),
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        # past tense of "chosen another candidate", after the candidate's follow-up
        "Thanks for following up, and I'm sorry for the delay in getting back to you. The team "
        "ultimately chose another candidate for this role.",
        # the contraction of "not be moving ahead", in reply to a thank-you
        "Thank you for your kind note. It was a tough decision, but we won't be moving ahead "
        "with your candidacy. I hope our paths cross again.",
        "Unfortunately it's not a yes this time. The team felt another candidate was a closer "
        "fit for where they are right now.",
        # an agency relaying the client's news
        "Heard back from Northwind - unfortunately they've decided to go with an internal "
        "candidate. I'll keep you in mind for other roles that come up.",
    ],
)
def test_soft_rejections_after_the_interview_close_the_thread(text):
    thread = interviewed().from_recruiter(
        DANA, f"Hi Alex,\n\n{text}\n\nDana", at="2026-04-14 10:00"
    )
    _, stage, advice = read(thread, "2026-04-14 12:00")
    assert stage is Stage.REJECTED and advice.action is Action.CLOSED


def offer_letter():
    return a_thread(ME, subject="Offer - Backend Engineer", tz=NY).from_recruiter(
        DANA,
        "Hi Alex,\n\nPlease find attached your offer letter for the Backend Engineer role at "
        "Northwind.\n\nDana",
        at="2026-04-14 10:00",
    )


def test_an_offer_rescinded_is_a_rejection():
    thread = offer_letter().from_recruiter(
        DANA,
        "Hi Alex,\n\nI'm so sorry to have to tell you this: due to an unexpected company-wide "
        "hiring freeze, we have had to rescind the offer we extended last week.\n\nDana",
        at="2026-04-20 10:00",
    )
    _, stage, advice = read(thread, "2026-04-20 12:00")
    assert stage is Stage.REJECTED and advice.action is Action.CLOSED


@pytest.mark.parametrize(
    ("note", "closed"),
    [
        (
            "After a lot of consideration, I've decided to accept a position with another "
            "company, so I won't be moving forward.",
            True,
        ),
        ("I have accepted another offer, so I'll have to pass on this one.", True),
        ("I haven't accepted another offer yet and I'm still very keen.", False),
        ("If I accept another offer I'll let you know straight away.", False),
    ],
)
def test_the_candidate_taking_another_job_declines_the_offer(note, closed):
    thread = offer_letter().from_me(
        f"Hi Dana,\n\nThank you so much for the offer. {note}\n\nAlex", at="2026-04-16 10:00"
    )
    _, _, advice = read(thread, "2026-04-16 12:00")
    assert (advice.action is Action.CLOSED) is closed


def test_an_agency_relaying_an_offer_in_plain_words_is_an_offer():
    thread = a_thread(ME, subject="Northwind!!", tz=NY).from_recruiter(
        SOPHIE,
        "Hey Alex,\n\nGreat news - Northwind want to make you an offer for the Backend Engineer "
        "role! $150k base plus bonus. Can you give me a call this afternoon?\n\nSophie",
        at="2026-04-10 10:00",
    )
    _, stage, advice = read(thread, "2026-04-10 12:00")
    assert stage is Stage.OFFER and advice.action is Action.OFFER


def test_after_the_holidays_in_early_january_is_waited_for_over_the_holidays():
    # "from next week" is when the team is out, not the decision: the decision is "early
    # January" (its 10th), the later and the one said about hearing back
    thread = a_thread(ME, subject="Northwind - Backend Engineer next steps", tz=NY).from_recruiter(
        DANA,
        "Hi Alex,\n\nThanks for chatting with the team today. Most of us are out from next "
        "week, so realistically you should expect to hear from us after the holidays, in early "
        "January.\n\nHappy holidays,\nDana",
        at="2026-12-15 16:00",
    )
    facts, _, advice = read(thread, "2026-12-31 10:00")
    assert facts.employer_messages[-1].decision_by.date() == date(2027, 1, 10)
    assert advice.action is Action.WAIT
    assert read(thread, "2027-01-13 10:00")[2].action is Action.FOLLOW_UP


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("We hope to make a decision by mid-May.", date(2026, 5, 20)),
        ("You should hear back from us early next month.", date(2026, 5, 10)),
        ("We expect to decide by the end of June.", date(2026, 6, 30)),
        ("We'll be in touch in late January.", date(2027, 1, 31)),
        ("We're aiming to make a decision by the middle of the month.", date(2026, 4, 20)),
        ("We'll decide by mid-month.", date(2026, 4, 20)),
        # the part of this month already over: next month's
        ("We'll be in touch at the beginning of the month.", date(2026, 5, 10)),
        (
            "We'll be in touch in the first week of May once all interviews are done.",
            date(2026, 5, 7),
        ),
        ("We'll let you know the outcome within a fortnight.", date(2026, 4, 28)),
        ("We'll have an answer for you by Monday at the latest.", date(2026, 4, 20)),
    ],
)
def test_a_part_of_a_month_is_a_decision_date(said, day):
    sent = at("2026-04-14 10:00")
    assert decision_by(f"Thanks for meeting the team. {said}", sent).date() == day


def test_an_agency_relaying_the_clients_wish_to_bring_the_reader_back_asks_for_times():
    thread = a_thread(ME, subject="Northwind - feedback", tz=NY).from_recruiter(
        "Mark Ellis <mark.ellis@talentbridge.example>",
        "Hi Alex,\n\nJust heard back from the client (Northwind) - they loved you in Monday's "
        "interview and want to bring you back for a final round next week. What's your "
        "availability Tuesday to Thursday?\n\nCheers,\nMark",
        at="2026-04-08 10:00",
    )
    facts, stage, advice = read(thread, "2026-04-08 12:00")
    assert facts.interview
    assert stage is Stage.SCHEDULING and advice.action is Action.REPLY


def test_a_colleague_telling_the_hiring_manager_that_someone_accepted_is_not_an_offer():
    chris = "chris.patel@northwind.example"
    thread = a_thread(chris, subject="Backend Engineer hire", tz=NY).from_recruiter(
        DANA,
        "Hi Chris,\n\nGood news - Alex Morgan accepted our offer for the Backend Engineer role "
        "and will start May 4. Background check has been initiated.\n\nDana",
        at="2026-04-15 10:00",
    )
    facts = thread_facts(thread.build(), chris, EASTERN)
    advice = advise(facts, at("2026-04-15 12:00"), POLICY)
    assert not facts.interview and advice.action is Action.NONE


@pytest.mark.parametrize(
    "text",
    [
        "We're so glad you've accepted our offer! Your onboarding pack follows.",
        "Thank you for accepting our offer - we're thrilled to have you join the team.",
    ],
)
def test_the_employer_thanking_the_reader_for_accepting_is_still_the_offer(text):
    thread = a_thread(ME, subject="Welcome to Northwind!", tz=NY).from_recruiter(
        DANA, f"Hi Alex,\n\n{text}\n\nDana", at="2026-04-16 10:00"
    )
    _, stage, advice = read(thread, "2026-04-16 12:00")
    assert stage is Stage.OFFER and advice.action is Action.OFFER


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # the references reached already: the decision is theirs now
        (
            "We've heard back from your references - thank you! We should have a final "
            "decision by Wednesday.",
            False,
        ),
        ("I spoke with both of your references today; we'll decide by Wednesday.", False),
        ("As a final step, could we have your references? We'll decide by Wednesday.", True),
        ("As a final step we need your references. We'll decide by Wednesday.", True),
    ],
)
def test_references_reached_are_no_question_to_the_reader(text, asks):
    thread = interviewed().from_recruiter(
        DANA, f"Hi Alex,\n\n{text}\n\nDana", at="2026-04-13 10:00"
    )
    facts, _, advice = read(thread, "2026-04-16 10:00")
    assert facts.employer_messages[-1].asks_candidate is asks
    assert advice.action is (Action.REPLY if asks else Action.WAIT)


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("I'm sorry to let you know that we've decided to offer the role to an internal "
         "candidate.", True),
        ("Sadly, on this occasion you haven't been successful.", True),
        ("After reviewing the feedback from your interview, we won't be taking your "
         "application forward.", True),
        ("We've decided to hire another candidate for this position.", True),
        ("I'm sorry, but the team has decided to pass on your candidacy.", True),
        ("The hiring manager has decided to move on with other applicants.", True),
        ("Unfortunately the headcount for this role has been eliminated, so we won't be "
         "filling it after all.", True),
        # forwarding, and a failed call, are no verdict
        ("I'll pass on your application to the hiring manager and come back to you by "
         "Friday.", False),
        ("We haven't been successful in reaching you by phone; I'll come back to you by "
         "Friday.", False),
    ],
)  # fmt: skip
def test_more_everyday_rejections_close_the_thread(text, rejected):
    thread = interviewed().from_recruiter(
        DANA, f"Hi Alex,\n\n{text}\n\nDana", at="2026-04-14 10:00"
    )
    _, stage, advice = read(thread, "2026-04-14 12:00")
    assert (stage is Stage.REJECTED and advice.action is Action.CLOSED) is rejected


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Thanks for your note. Unfortunately, we've made the decision to go with another "
         "applicant.", Stage.REJECTED),
        ("We have decided to proceed with a candidate whose experience is more aligned with "
         "the role.", Stage.REJECTED),
        ("We'll be moving ahead with other candidates for this role.", Stage.REJECTED),
        ("I'm sorry to tell you that the position is no longer available, as the team has been "
         "restructured.", Stage.REJECTED),
        ("We don't feel it's the right match at this time, but wish you the best in your "
         "search.", Stage.REJECTED),
        ("Great news - you've been successful! The team would love to welcome you on board. "
         "I'll call you this afternoon with the details.", Stage.OFFER),
    ],
)  # fmt: skip
def test_decisions_in_reply_to_the_thank_you(text, stage):
    thread = interviewed().from_recruiter(
        CHRIS, f"Hi Alex,\n\n{text}\n\nChris", at="2026-04-07 10:00"
    )
    _, got, advice = read(thread, "2026-04-07 12:00")
    assert got is stage
    assert advice.action is (Action.CLOSED if stage is Stage.REJECTED else Action.OFFER)


@pytest.mark.parametrize(
    ("note", "closed"),
    [
        ("After careful consideration, I have decided not to accept it.", True),
        ("I'm afraid I'll have to pass on the offer - it's been a tough decision.", True),
        ("I'm no longer interested in pursuing the Backend Engineer role and would like to "
         "remove myself from the process.", True),
        # forwarding it, and still keen, are no step out
        ("I'll pass on the offer to my partner to look over tonight.", False),
        ("I haven't decided not to accept - I just need until Monday.", False),
    ],
)  # fmt: skip
def test_the_candidate_turning_the_offer_down_in_other_words_closes_it(note, closed):
    thread = offer_letter().from_me(
        f"Hi Dana,\n\nThank you for the offer. {note}\n\nAlex", at="2026-04-16 10:00"
    )
    _, _, advice = read(thread, "2026-04-16 12:00")
    assert (advice.action is Action.CLOSED) is closed


def test_we_should_know_more_next_week_is_a_stated_timeline():
    thread = interviewed().from_recruiter(
        DANA, "Hi Alex,\n\nThanks for your patience! We should know more next week.\n\nDana",
        at="2026-04-22 10:00",
    )  # fmt: skip
    facts, _, _ = read(thread, "2026-04-22 12:00")
    assert facts.employer_messages[-1].decision_by.date() == date(2026, 5, 1)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("We'll get back to you with a decision next Tuesday.", date(2026, 4, 14)),
        ("You'll hear from us on Friday.", date(2026, 4, 10)),
        ("We'll let you know on the 20th.", date(2026, 4, 20)),
        # the interview's day, not the answer's
        ("We'll be in touch after your interview on Monday.", None),
    ],
)
def test_the_day_the_answer_comes_said_without_by(said, day):
    found = decision_by(f"Thanks for meeting the team. {said}", at("2026-04-07 10:00"))
    assert (found.date() if found else None) == day


def test_an_answer_promised_next_tuesday_is_waited_for_then_followed_up():
    thread = interviewed().from_recruiter(
        DANA,
        "Hi Alex,\n\nThanks for meeting the team yesterday! We'll get back to you with a decision "
        "next Tuesday.\n\nDana",
        at="2026-04-07 10:00",
    )
    assert read(thread, "2026-04-16 10:00")[2].action is Action.WAIT
    assert read(thread, "2026-04-17 10:00")[2].action is Action.FOLLOW_UP


def test_an_agency_relaying_an_offer_made_is_an_offer():
    thread = a_thread(ME, subject="Northwind offer!", tz=NY).from_recruiter(
        SOPHIE,
        "Hi Alex,\n\nFantastic news - Northwind have offered you the role! 150k base plus 10% "
        "bonus. They'd like an answer by Wednesday. Call me when you can.\n\nSophie",
        at="2026-04-10 10:00",
    )
    _, stage, advice = read(thread, "2026-04-10 12:00")
    assert stage is Stage.OFFER and advice.action is Action.OFFER


def test_an_agency_relaying_the_employers_timeline_states_it():
    said = (
        "Northwind haven't come back to me yet on your interview - they said they'd let me "
        "know by Friday. I'll be in touch as soon as I hear."
    )
    assert decision_by(said, at("2026-04-08 10:00")).date() == date(2026, 4, 10)
