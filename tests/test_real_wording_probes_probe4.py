"""Single messages about someone else's hiring, read alone as `thread_facts` reads them,
written as candidates and all-staff mail write them; each read as the owner's own process
before its fix. Beside each, the owner's own process in the same words stays theirs."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.parse import parse_message
from afterview.timeline import thread_facts

PACIFIC = ZoneInfo("America/Los_Angeles")
AT_WORK = "maya.chen@brightloom.com"  # the owner, at her employer
MAYA = f"Maya Chen <{AT_WORK}>"
PRIVATE = "maya.chen.sf@gmail.com"  # the owner, job seeking from her own address
ACME = "Karen Wu <karen.wu@acmecorp.com>"
JESS = "Jess Park <jess.park@brightloom.com>"


def flagged(me: str, sender: str, to: str, subject: str, body: str) -> bool:
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Tue, 12 May 2026 10:15:00 -0700\r\nMessage-ID: <probe4@example.com>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], me, PACIFIC).detection.interview


# ----- a private candidate deciding on the owner's offer, sent to her work address


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Daniel Ortiz <daniel.ortiz88@gmail.com>",
            "Re: Offer - Senior Backend Engineer",
            "Hi Maya,\n\nI'm thrilled to accept the offer! I've signed the offer letter and "
            "attached it here. Looking forward to starting on June 15.\n\nDaniel",
        ),
        (
            "Daniel Ortiz <daniel.ortiz88@gmail.com>",
            "Re: Offer - Senior Backend Engineer",
            "Hi Maya,\n\nThank you so much for the offer. After a lot of thought I've decided "
            "to accept a position with another company, so I have to decline the offer.",
        ),
        (
            "Priya Nair <priya.nair@outlook.com>",
            "Signed offer letter",
            "Hi Maya, I've signed the offer letter and attached it. So excited to join the "
            "design team!",
        ),
    ],
)
def test_a_private_candidate_deciding_on_an_offer_to_the_owners_work_address(sender, subject, body):
    assert not flagged(AT_WORK, sender, MAYA, subject, body)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Karen,\n\nI'm thrilled to accept the offer! I've signed the offer letter and "
        "attached it here. Looking forward to starting on June 15.\n\nMaya",
        "Hi Karen, thank you for the offer. After a lot of thought I've decided to accept a "
        "position with another company, so I'll have to decline the offer.",
    ],
)
def test_the_owner_deciding_on_her_own_offer_stays_hers(body):
    assert flagged(PRIVATE, PRIVATE, ACME, "Re: Offer - Staff Engineer", body)


def test_a_small_firms_owner_offering_from_a_private_address_stays_the_seekers():
    assert flagged(
        "maya@mayachen.dev",
        "Rob Clarke <rob.clarke.plumbing@gmail.com>",
        "maya@mayachen.dev",
        "Office manager job",
        "Hi Maya, great meeting you Tuesday. I'd like to offer you the office manager job at "
        "$24/hour. Let me know if you accept the offer by Friday.",
    )


# ----- all-staff lists of open roles "for internal candidates": the employer hiring


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            "Talent Team <talent@brightloom.com>",
            "all@brightloom.com",
            "Internal job postings this week",
            "Hi everyone,\n\nHere are this week's open roles. Internal candidates are "
            "encouraged to apply - talk to your manager first, then apply in Workday. "
            "Interviews for internal applicants start next week.\n\n- Staff Engineer, "
            "Platform\n- Product Designer\n- Data Analyst\n\nRefer a friend and earn a $5,000 "
            "bonus!",
        ),
        (
            "HR <hr@brightloom.com>",
            "everyone@brightloom.com",
            "New internal openings",
            "Hello all,\n\nWe have new internal openings on the Platform and Growth teams. "
            "Internal applicants should apply by Friday; interviews will be scheduled the week "
            "after. Questions? Ask your HR partner.",
        ),
    ],
)
def test_an_all_staff_list_of_internal_openings_is_not_the_owners(sender, to, subject, body):
    assert not flagged(AT_WORK, sender, to, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your internal application - Staff Engineer, Platform",
            "Hi Maya,\n\nThanks for your internal application for Staff Engineer, Platform. "
            "The hiring manager would like to set up an interview with you on Thursday at "
            "2pm. Does that work?\n\nJess",
        ),
        (
            "Staff Engineer, Platform - next steps",
            "Hi Maya, as an internal candidate you'll skip the phone screen and go straight to "
            "a panel interview with the Platform team next Tuesday at 10am. Let me know if "
            "that time works.",
        ),
    ],
)
def test_the_owners_own_internal_move_stays_hers(subject, body):
    assert flagged(AT_WORK, JESS, MAYA, subject, body)


# ----- the owner as someone else's referee or referrer, and an agency's shortlist for her


def test_a_reference_check_for_someone_who_gave_the_owners_name_is_not_hers():
    assert not flagged(
        PRIVATE,
        "Hiring Team <jobs@northwind.io>",
        PRIVATE,
        "Reference request for Sam Lee",
        "Dear Maya,\n\nSam Lee has applied for the Engineering Manager role at Northwind and "
        "provided your name as a reference. Could you let us know a good time for a 15-minute "
        "call this week?\n\nKind regards,\nNorthwind Talent",
    )


def test_the_owner_giving_someones_name_as_her_reference_stays_hers():
    assert flagged(
        PRIVATE,
        PRIVATE,
        "Dana Fox <dana.fox@gmail.com>",
        "Reference for Acme",
        "Hi Dana, I've provided your name as a reference for the Staff Engineer role at Acme - "
        "they're doing reference checks this week after my final interview. Hope that's OK!",
    )


def test_a_friend_thanking_the_owner_for_referring_him_is_not_hers():
    assert not flagged(
        PRIVATE,
        "Tom Reyes <tom.reyes@gmail.com>",
        PRIVATE,
        "Thanks for the referral!",
        "Maya, thank you so much for referring me! The recruiter just reached out to schedule "
        "a phone screen for Thursday. I owe you one.",
    )


@pytest.mark.parametrize(
    ("sender", "to", "body"),
    [
        (  # the owner thanking her own referrer
            PRIVATE,
            "Tom Reyes <tom.reyes@gmail.com>",
            "Thanks for referring me! The recruiter at Acme just scheduled my phone screen for "
            "Thursday at 10am.",
        ),
        (
            ACME,
            PRIVATE,
            "Hi Maya, Tom Reyes referred you for the Staff Engineer role and we'd love to set up "
            "a phone screen with you. Are you free Thursday at 10am?",
        ),
    ],
)
def test_the_owner_referred_stays_hers(sender, to, body):
    assert flagged(PRIVATE, sender, to, "Acme phone screen", body)


def test_an_agencys_candidates_for_the_owners_role_are_not_her_process():
    assert not flagged(
        AT_WORK,
        "Tom Hill <tom.hill@talentbridge.co>",
        MAYA,
        "3 candidates for your Backend Engineer role",
        "Hi Maya,\n\nAs discussed, please find attached CVs for three candidates for your Senior "
        "Backend Engineer role. All are available to interview next week. Let me know who "
        "you'd like to meet.\n\nBest,\nTom Hill\nSenior Recruitment Consultant, TalentBridge",
    )


def test_an_agency_submitting_the_owner_for_a_clients_role_stays_hers():
    assert flagged(
        PRIVATE,
        "Tom Hill <tom.hill@talentbridge.co>",
        PRIVATE,
        "Your CV - Senior Backend Engineer",
        "Hi Maya, I've submitted your CV to the client for their Senior Backend Engineer role. "
        "They're looking at candidates for the role this week and I'll let you know as soon as "
        "I hear about an interview.",
    )


# ----- a friend telling of his own rejection, and the owner's answer quoting it

FRIENDS_NEWS = (
    "Didn't get the Acme job. They said they decided to move forward with other candidates. "
    "Oh well, onto the next one."
)


def test_a_friend_telling_the_owner_he_did_not_get_a_job_is_not_hers():
    assert not flagged(PRIVATE, "Tom Reyes <tom.reyes@gmail.com>", PRIVATE, "ugh", FRIENDS_NEWS)


def test_the_owners_answer_quoting_a_friends_rejection_is_not_hers():
    assert not flagged(
        PRIVATE,
        PRIVATE,
        "Tom Reyes <tom.reyes@gmail.com>",
        "Re: ugh",
        "So sorry Tom :( Their loss. Want to grab a drink Friday?\n\nOn Tue, May 12, 2026, Tom "
        f"Reyes <tom.reyes@gmail.com> wrote:\n> {FRIENDS_NEWS}",
    )


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (  # an independent recruiter at a mailbox provider, of the owner's interview
            "Sophie Grant <sophie.grant.recruits@gmail.com>",
            "Hi Maya, I heard back from the client after your interview on Tuesday. "
            "Unfortunately you didn't get the job; they went with someone with more fintech "
            "experience. I'll keep you in mind for other roles.",
        ),
        (
            ACME,
            "Hi Maya, thank you for interviewing with us. Unfortunately we have decided to move "
            "forward with other candidates for the Staff Engineer role.",
        ),
    ],
)
def test_the_owner_turned_down_stays_hers(sender, body):
    assert flagged(PRIVATE, sender, PRIVATE, "Acme - Staff Engineer role", body)


# ----- the owner choosing whom to interview, answering an agency


def test_the_owner_choosing_which_of_an_agencys_candidates_to_interview_is_not_hers():
    assert not flagged(
        AT_WORK,
        MAYA,
        "Tom Hill <tom.hill@talentbridge.co>",
        "Re: 3 candidates for your Backend Engineer role",
        "Thanks Tom. I'd like to interview the first two. Can you set up calls for Tuesday?",
    )


@pytest.mark.parametrize(
    ("to", "body"),
    [
        (
            ACME,
            "Thanks Karen, I'd love to interview for the Staff Engineer role. Tuesday at 2pm "
            "works for me.",
        ),
        (
            "Tom Hill <tom.hill@talentbridge.co>",
            "Hi Tom, yes please - I'd like to interview with them. Tuesday at 2pm works.",
        ),
    ],
)
def test_the_owner_wishing_to_interview_for_a_job_stays_hers(to, body):
    assert flagged(PRIVATE, PRIVATE, to, "Re: Backend Engineer role - interview", body)
