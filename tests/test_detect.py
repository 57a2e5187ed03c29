"""Interview detection: one test per signal, one per hard negative.

Each test asserts the verdict AND that the signal it is about fired, so a test cannot pass
for the wrong reason.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from afterview.detect import (
    BOOK,
    HARD_NEGATIVES,
    THRESHOLD,
    WEIGHTS,
    PhraseBook,
    detect_interview,
    signal_names,
)
from tests.builders import ME, a_thread


def detect(builder):
    return detect_interview(builder.build(), ME)


def assert_interview(builder, signal: str):
    detection = detect(builder)
    assert signal in signal_names(detection), detection
    assert detection.interview, detection
    assert detection.confidence >= THRESHOLD


def assert_not_interview(builder, signal: str):
    detection = detect(builder)
    assert signal in signal_names(detection), detection
    assert not detection.interview, detection
    assert detection.confidence < THRESHOLD


# --------------------------------------------------------------------------- the table


def test_the_signal_table_names_every_signal_the_brief_lists():
    expected = {
        "ats_sender",
        "interview_wording_subject",
        "interview_wording_text",
        "calendar_invite_interview",
        "candidate_thank_you",
        "rejection_wording",
        "offer_wording",
        "scheduling_link",
        "bulk_newsletter",
        "job_alert",
        "media_interview",
        "research_interview",
        "generic_meeting",
        "marketing",
    }
    assert expected <= set(WEIGHTS)
    negatives = {"bulk_newsletter", "generic_meeting", "marketing"} | HARD_NEGATIVES
    assert all(WEIGHTS[name] < 0 for name in negatives)
    # the message model's two says move the verdict, not the score by a weight
    assert WEIGHTS["second_reading"] == WEIGHTS["model_doubts"] == 0
    model_says = {"second_reading", "model_doubts"}
    assert all(WEIGHTS[name] > 0 for name in set(WEIGHTS) - negatives - model_says)


def test_weights_are_whole_thousandths():
    # The score is summed in thousandths, so that 0.4 + 0.1 is exactly 0.5.
    for name, weight in WEIGHTS.items():
        assert round(weight * 1000) / 1000 == weight, name


def test_signal_details_name_the_matched_domain():
    thread = a_thread(subject="Application received").from_ats(
        "Thank you for applying to Acme.", sender="Acme <no-reply@us.greenhouse-mail.io>"
    )
    assert "ats_sender:greenhouse-mail.io" in detect(thread).signals


# --------------------------------------------------------------------------- positive signals


def test_ats_sender_with_an_application_confirmation():
    thread = a_thread(subject="Thank you for applying!").from_ats(
        "We received your application for the Data Engineer position and will review it soon."
    )
    assert_interview(thread, "ats_sender")
    assert "application_confirmation" in signal_names(detect(thread))


def test_ats_sender_matches_workday_tenants_by_suffix():
    thread = a_thread(subject="Your application status").from_recruiter(
        "Acme <acme@myworkday.com>", "Thank you for your application to Acme. We will be in touch."
    )
    assert_interview(thread, "ats_sender")


def test_application_confirmation_from_a_corporate_careers_address():
    thread = a_thread(subject="We got it!").from_recruiter(
        "Acme Careers <careers@acme.com>",
        "Thank you for applying. Our recruiting team reviews every application for the position.",
    )
    assert_interview(thread, "application_confirmation")


def test_interview_wording_in_the_subject():
    thread = a_thread(subject="Interview invitation - Acme").from_recruiter(
        text="We'd like to invite you to meet the team next week."
    )
    assert_interview(thread, "interview_wording_subject")


def test_interview_wording_in_the_text():
    thread = a_thread(subject="Quick question").from_recruiter(
        text="I'd love to set up a phone screen to discuss the role. What times work for you?"
    )
    assert_interview(thread, "interview_wording_text")


def test_hiring_context_adds_to_interview_wording():
    thread = a_thread(subject="Next steps").from_recruiter(
        text="I'm the recruiter for the role; the hiring manager would like an interview with you."
    )
    assert_interview(thread, "hiring_context")


def test_calendar_invite_titled_interview():
    thread = (
        a_thread(subject="Invitation: Acme / Jordan Lee @ Tue Mar 11, 2pm")
        .from_recruiter(
            "Google Calendar <calendar-notification@google.com>", "You have been invited."
        )
        .with_invite(start="2025-03-11 14:00", summary="Interview: Jordan Lee (Senior Engineer)")
    )
    assert_interview(thread, "calendar_invite_interview")


def test_candidate_thank_you_after_a_conversation():
    thread = a_thread(subject="Thank you").from_me(
        "Hi Ana, it was great speaking with you about the role yesterday. Thank you for your time!",
        to=("ana@acme.com",),
    )
    assert_interview(thread, "candidate_thank_you")


def test_candidate_follow_up_in_an_interview_thread():
    thread = (
        a_thread(subject="Interview confirmation")
        .from_recruiter(text="Your interview with the hiring team is confirmed.")
        .from_me("Hi Ana, I'm following up on my application. Any update?")
    )
    assert_interview(thread, "candidate_follow_up")


def test_rejection_wording():
    thread = a_thread(subject="Your application").from_recruiter(
        "Acme Talent <talent@acme.com>",
        "Unfortunately, we have decided to move forward with other candidates at this time.",
    )
    assert_interview(thread, "rejection_wording")


def test_offer_wording():
    thread = a_thread(subject="Great news").from_recruiter(
        text="We are pleased to offer you the position of Senior Engineer. "
        "Your offer letter is attached."
    )
    assert_interview(thread, "offer_wording")


def test_scheduling_link():
    thread = a_thread(subject="Next steps").from_recruiter(
        text="Please use the link below to schedule your interview: "
        "https://calendly.com/ana-acme/30min"
    )
    assert_interview(thread, "scheduling_link")


def test_scheduling_tool_sender_counts_as_a_scheduling_link():
    thread = a_thread(subject="New Event: Jordan Lee - Recruiter screen").from_recruiter(
        "Calendly <notifications@calendly.com>", "A new event has been scheduled."
    )
    assert_interview(thread, "scheduling_link")


def test_availability_request_about_a_role():
    thread = a_thread(subject="Senior Engineer at Acme").from_recruiter(
        text="Are you available for a quick phone screen about the role this week?"
    )
    assert_interview(thread, "availability_request")


def test_recruiter_outreach_with_a_time_request():
    thread = a_thread(
        subject="Site Reliability Engineer opportunity at Summit Health"
    ).from_recruiter(
        "Beatriz <beatriz@summithealth.com>",
        "I'm Beatriz, a recruiter at Summit Health. I came across your profile and think you'd "
        "be a strong fit for our SRE team. Do any of the following times work for you?",
    )
    assert_interview(thread, "recruiter_outreach")


# --------------------------------------------------------------------------- hard negatives


def test_bulk_newsletter_full_of_interview_words():
    thread = (
        a_thread(subject="Interview season: what hiring managers look for")
        .from_recruiter(
            "Career Weekly <newsletter@careerweekly.com>",
            "This week: how to talk about your resume in an interview. Unsubscribe anytime.",
        )
        .bulk()
    )
    assert_not_interview(thread, "bulk_newsletter")


def test_job_alert_from_linkedin():
    thread = (
        a_thread(subject="Interviewing now: 25 new jobs for you")
        .from_recruiter(
            "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
            "Jobs you may like: Senior Engineer at Acme - interviewing candidates now. "
            "Easy Apply. Interview tips inside.",
        )
        .bulk()
    )
    assert_not_interview(thread, "job_alert")


def test_job_alert_from_a_job_board_robot_without_list_headers():
    thread = a_thread(subject="Interview-ready roles near you").from_recruiter(
        "Indeed <alert@indeed.com>",
        "Companies are interviewing for Data Engineer roles near you.",
    )
    assert_not_interview(thread, "job_alert")


def test_interview_tips_are_marketing():
    thread = a_thread(subject="Ace your next interview: 10 interview tips").from_recruiter(
        "Resume Coach <hello@resumecoach.io>",
        "Land your dream job: our mock interview course is 40% off this week.",
    )
    assert_not_interview(thread, "marketing")


def test_journalist_interview_is_media():
    thread = a_thread(subject="Interview request").from_recruiter(
        "Sam Reporter <sam@dailynews.com>",
        "I'm a journalist writing an article on remote work. Could I interview you for our "
        "article? It would be on the record.",
    )
    assert_not_interview(thread, "media_interview")


def test_podcast_interview_with_an_invite_is_media():
    thread = (
        a_thread(subject="Podcast interview invitation")
        .from_recruiter(
            "Host <host@devpodcast.fm>",
            "Would you like to be a guest on our podcast? The interview takes 45 minutes.",
        )
        .with_invite(start="2025-03-12 15:00", summary="Podcast interview recording")
    )
    assert_not_interview(thread, "media_interview")


def test_user_research_interview_is_research():
    thread = a_thread(subject="Share your thoughts: 30-minute interview").from_recruiter(
        "Acme Research <research@acme.com>",
        "We're doing user research and would like to interview you about how you use Acme. "
        "Participants receive a $50 gift card.",
    )
    assert_not_interview(thread, "research_interview")


def test_usability_study_is_research():
    thread = a_thread(subject="Participate in a study").from_recruiter(
        "UX Team <ux@shop.com>",
        "Would you participate in a study? It's a usability interview of our checkout.",
    )
    assert_not_interview(thread, "research_interview")


def test_interviewing_someone_else_is_interviewer_duty():
    thread = (
        a_thread(subject="Invitation: Interview: Connor Ahmed (Senior Engineer) - panel")
        .from_recruiter(
            "Wei Garcia <wei.garcia@prismlabs.com>",
            "You have been scheduled to interview Connor Ahmed for Senior Engineer. Please review "
            "the resume beforehand and submit your scorecard within 24 hours.",
        )
        .with_invite(start="2025-03-10 15:00", summary="Interview: Connor Ahmed - panel")
    )
    assert_not_interview(thread, "interviewer_duty")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Interview booked: Tom Reilly - Support Worker - Thu 21 May 11:00",
            "I've got a site visit on Thursday morning. Could we move it to 14:00?",
        ),
        (
            "Accepted: Interview: Rohan Das - Backend Engineer",
            "Priya Raman has accepted this invitation.",
        ),
        ("Marco Villanueva - second round", "Thursday at 10 works for the client, confirmed."),
        ("Fwd: New interview scheduled: Marco Ruiz for Line Cook", "Can you sit in at 4?"),
    ],
)
def test_the_owner_writing_in_a_thread_that_names_someone_else_as_the_candidate(subject, text):
    # The owner's own reply, read alone: the subject names a candidate who is neither the
    # owner nor anyone the mail is between, so the owner is on the hiring side.
    thread = a_thread(subject=subject).from_me(
        text, subject=subject, to=("Keira <k@firm.example>",)
    )
    assert_not_interview(thread, "interviewer_duty")


@pytest.mark.parametrize(
    "subject",
    [
        "Rohan Das accepted the interview - Backend Engineer",
        "Reminder: feedback about Lena Fischer is still missing",
    ],
)
def test_a_notice_naming_someone_else_as_the_candidate_is_interviewer_duty(subject):
    thread = a_thread(subject=subject).from_recruiter(
        "Talent <noreply@tool.example>", "The interview is on Tuesday, 23 June 2026 at 14:00."
    )
    assert_not_interview(thread, "interviewer_duty")


def test_a_subject_naming_the_owner_or_a_correspondent_is_not_someone_else():
    # "Interview confirmed: Jordan Lee - Data Analyst" to Jordan Lee is the candidate's own;
    # the recruiter's own name in a subject is not a candidate's either.
    own = a_thread(subject="Interview confirmed: Jordan Lee - Data Analyst").from_recruiter(
        "Ana Lopez <ana@acme.com>",
        "Your interview is confirmed for Tuesday, 23 June 2026 at 14:00.",
        to=("Jordan Lee <me@example.com>",),
    )
    assert_interview(own, "interview_wording_subject")
    assert "interviewer_duty" not in signal_names(detect(own))
    theirs = a_thread(subject="Ana Lopez - Interview invitation").from_recruiter(
        "Ana Lopez <ana@acme.com>",
        "Your interview is confirmed for Tuesday, 23 June 2026 at 14:00.",
    )
    assert "interviewer_duty" not in signal_names(detect(theirs))


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "You confirmed your interview with Copper Pot Kitchen",
            "Thanks, Marco - we've let Copper Pot Kitchen know you'll be there at 4:00 PM today.",
        ),
        (
            "Re: Interview mode changed to video - Credit Analyst",
            "Could you also tell me which email address to use for the Teams invite?",
        ),
    ],
)
def test_an_employer_writing_to_the_reader_about_their_interview(subject, text):
    # Read alone, a short employer note in an interview thread addressed to the reader ("your
    # interview", or a question to them) belongs to the reader's own process.
    thread = a_thread(subject=subject).from_recruiter(
        "Dana <dana@kitchen.example>", text, subject=subject
    )
    assert_interview(thread, "addressed_to_the_candidate")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you - happy to. Here are my references: Dr. Henrik Maas, former manager.",
        "I had to move my interview to Thursday at 10:00 because of a train strike on Monday.",
    ],
)
def test_the_candidate_writing_of_their_own_interview_or_application(text):
    # Read alone, the candidate's own note about "my interview" / "my references" belongs
    # to their process, whatever its subject.
    thread = a_thread(subject="Sales Operations Analyst - moved to Thursday").from_me(text)
    assert_interview(thread, "candidate_own_process")


def test_the_owner_rescheduling_someone_elses_interview_writes_as_the_employer():
    thread = a_thread(subject="Rescheduling your interview - Warehouse Supervisor").from_me(
        "Unfortunately, a conflict has come up on our end for your interview on Wednesday, "
        "June 10. We'd love to reschedule: would Thursday at 9:00 AM work?",
        to=("Jamal Reid <jamal.reid@example.com>",),
    )
    assert_not_interview(thread, "owner_hiring_side")


def test_a_proposed_interview_time_is_not_a_freelance_proposal():
    # Scheduling tools confirm "you proposed a new time ... the recruiter will review your
    # proposal": an interview being moved, not a bid on a freelance job.
    thread = a_thread(subject="You proposed a new time: Business Analyst - Panel Interview")
    thread.from_recruiter(
        "Lumen Ridge Recruiting <noreply@tool.example>",
        "You proposed a new time for your Panel Interview with Lumen Ridge: Thursday, 25 June "
        "2026, 11:00 BST. The recruiter will review your proposal.",
    )
    detection = detect(thread)
    assert "not_a_job" not in signal_names(detection), detection
    assert detection.interview, detection
    upwork = a_thread(subject="Your proposal was submitted: Podcast transcript editing")
    upwork.from_recruiter(
        "Upwork <donotreply@upwork.com>",
        "Your proposal for the interview podcast job was submitted.",
    )
    assert "not_a_job" in signal_names(detect(upwork))


def test_a_hard_negative_vetoes_however_many_interview_words():
    thread = (
        a_thread(subject="Interview request: the job market")
        .from_recruiter(
            "Connor <connor@localledger.com>",
            "I'm a reporter at the Local Ledger. Would you be available for a phone interview "
            "about the role of recruiters in hiring?",
        )
        .from_me("Happy to help. Thursday works.")
        .from_recruiter("Connor <connor@localledger.com>", "Invite sent.")
        .with_invite(start="2025-03-06 14:00", summary="Interview: the Local Ledger / Sam")
    )
    detection = detect(thread)
    # without the veto the score would pass (rounded: float sums depend on their order)
    assert round(sum(WEIGHTS[name] for name in signal_names(detection)), 6) >= THRESHOLD
    assert_not_interview(thread, "media_interview")


def test_an_order_receipt_for_an_interview_book_is_marketing():
    thread = a_thread(subject='Your order of "Cracking the Coding Interview"').from_recruiter(
        "auto-confirm@shop.example",
        "Thanks for your order. Item: Cracking the Coding Interview. Order total: $39.99",
    )
    assert_not_interview(thread, "marketing")


def test_generic_meeting_invite_is_not_an_interview():
    thread = (
        a_thread(subject="Weekly sync")
        .from_recruiter("Bob <bob@work.com>", "Moving our 1:1 to Thursday. Agenda in the doc.")
        .with_invite(start="2025-03-06 15:00", summary="Weekly sync")
        .from_me("Sounds good.")
    )
    assert_not_interview(thread, "generic_meeting")


def test_marketing_that_mentions_recruiters():
    thread = a_thread(subject="Stand out to recruiters").from_recruiter(
        "LinkedIn Premium <premium@linkedin.com>",
        "Upgrade to Premium and see who viewed your profile. Free trial for one month.",
    )
    assert_not_interview(thread, "marketing")


# --------------------------------------------------------------------------- phrase matching


def test_phrases_match_whole_words_whatever_the_punctuation():
    book = PhraseBook({"thanks": ["thank you"], "so": ["you so"], "one": ["1:1"]})
    assert book.find("THANK YOU, so much") == {"thanks", "so"}  # overlapping phrases both count
    assert book.find("Thank\nyou!") == {"thanks"}
    assert book.find("thank youth") == set()
    assert book.find("our 1:1 moved") == {"one"}


def test_a_book_without_usable_phrases_finds_nothing():
    assert PhraseBook({}).find("Thank you") == set()
    assert PhraseBook({"percent": ["%"]}).find("100% off") == set()  # no words: never matches


def test_a_phrase_of_one_repeated_word_needs_the_whole_phrase():
    # "1:1" is the words "1 1": a lone "1" (as in "1:45 pm") is not a one-to-one meeting.
    assert "meeting" not in BOOK.find("You're confirmed for Tuesday at 1:45 pm.")
    assert "meeting" in BOOK.find("Moving our 1:1 to Thursday.")


_SIGNALS_OF_A_THREAD = """
from afterview.detect import detect_interview
from tests.builders import ME, a_thread
thread = (
    a_thread(subject="Interview for Data Engineer")
    .from_recruiter("Ana <ana@acme.com>", "Thank you for applying. We would like to schedule an "
                    "interview for the role; please share your availability.")
    .from_me("Thank you, Tuesday works. Following up on my application.")
)
print(detect_interview(thread.build(), ME).signals)
"""


def test_signals_come_out_in_the_same_order_in_every_process():
    # Python salts string hashes per process: anything iterating a set of names would
    # reorder the signals from one run (or one worker) to the next.
    def signals_with(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _SIGNALS_OF_A_THREAD],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    runs = {signals_with(seed) for seed in ("1", "2", "3", "4")}
    assert len(runs) == 1, runs
    signals = runs.pop()
    assert signals.count("'") >= 10 and "candidate_follow_up" in signals  # five or more


# --------------------------------------------------------------------------- robustness


def test_an_ats_rejection_asking_for_a_survey_stays_an_interview_thread():
    thread = a_thread(subject="Your application to Acme").from_ats(
        "Unfortunately we will not be moving forward. Tell us about your experience: "
        "take our candidate survey for a chance to win a gift card."
    )
    detection = detect(thread)
    assert detection.interview
    assert "research_interview" not in signal_names(detection)


def test_a_rejection_that_suggests_other_jobs_is_not_a_job_alert():
    thread = a_thread(subject="Your application").from_recruiter(
        "talent@acme.com",
        "We have decided to move forward with other candidates. "
        "You may find other jobs you may be interested in on our careers page.",
    )
    detection = detect(thread)
    assert detection.interview
    assert "job_alert" not in signal_names(detection)


def test_auto_replies_do_not_count_as_evidence():
    thread = a_thread(subject="Automatic reply").auto_reply(
        "ana@acme.com", "I'm out of office; for interview scheduling contact the recruiting team."
    )
    detection = detect(thread)
    assert not detection.interview
    assert detection.signals == ()


def test_bulk_mail_in_my_own_name_is_a_tool_writing_not_me():
    # Afterview's weekly summary (and a job tracker's digest) is sent through the user's
    # own Gmail, with List-Unsubscribe, and is full of interview words.
    # It goes to the user herself: "your interview" said to anyone else would be the hiring
    # side's words (tests/test_thread_shapes_owner_casts_a_candidate.py).
    digest = "Your interview with Acme was on Monday; send a thank-you. Still waiting: Globex."
    week = "Your week: 1 to do now, 1 interview ahead"
    thread = a_thread(subject=week).from_me(digest, to=(ME,))
    assert detect(thread).interview  # the same words, written by the user, would count
    thread = a_thread(subject=week).from_me(digest, to=(ME,)).bulk()
    detection = detect(thread)
    assert not detection.interview
    assert detection.signals == ()


def test_empty_thread_is_not_an_interview():
    detection = detect_interview([], ME)
    assert not detection.interview and detection.confidence == 0.0


@pytest.mark.parametrize(
    "me", ["ME@example.com", "me+jobs@example.com", ["x@y.z", "me@example.com"]]
)
def test_me_is_matched_without_case_or_plus_tags(me):
    thread = a_thread(subject="Thanks").from_me(
        "Thank you for your time today, great speaking with you."
    )
    detection = detect_interview(thread.build(), me)
    assert "candidate_thank_you" in signal_names(detection)
