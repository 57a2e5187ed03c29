"""Single messages that use interview, application or candidate words outside the owner's own
job search, read alone as `thread_facts` reads them (probe5). Each was read as the owner's
process before its fix, and is written here in other words than the dev corpus's thread. Beside
each, the owner's own job process in the same words stays theirs (recall guards)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from afterview.parse import parse_message
from afterview.timeline import thread_facts

EASTERN = ZoneInfo("America/New_York")
OWNER = "sam.rivera@example.com"
SAM = f"Sam Rivera <{OWNER}>"


def flagged(sender: str, to: str, subject: str, body: str, me: str = OWNER) -> bool:
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
        "Date: Tue, 12 May 2026 10:15:00 -0400\r\nMessage-ID: <probe5@example.com>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], me, EASTERN).detection.interview


# ----- someone interviewing the owner about how they work (a founder's customer interview)

_TOPIC_ASK = (
    "Hi Sam,\n\nI'm building a tool for independent bookshops and would love to interview you "
    "about how you keep track of stock today. It takes 25 minutes and there is nothing to buy. "
    "Could you do Thursday afternoon?\n\nMaya Lin"
)


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            "Maya Lin <maya@shelfsense.example>",
            SAM,
            "Interview request: how your shop tracks stock",
            _TOPIC_ASK,
        ),
        (
            SAM,
            "Maya Lin <maya@shelfsense.example>",
            "Re: Interview request: how your shop tracks stock",
            "Sure - Thursday at 3 works.\n\nOn Tue, 12 May 2026, Maya Lin wrote:\n> "
            + _TOPIC_ASK.replace("\n", "\n> "),
        ),
        (
            "Tom Baker <tom@fieldnotes.example>",
            SAM,
            "Interview",
            "Hello Sam, could I interview you about what goes wrong when a delivery is late? "
            "Half an hour - would Tuesday at 10am work?",
        ),
    ],
)
def test_an_interview_about_how_the_owner_works_is_no_job(sender, to, subject, body):
    assert not flagged(sender, to, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview request: Operations Analyst",
            "Hi Sam, we'd like to interview you about the Operations Analyst role. Could you do "
            "Thursday afternoon at 2pm?\n\nNadia, Talent Team, Corvane",
        ),
        (
            "Interview - data team",
            "Hi Sam, we'd love to interview you about joining our data team. Are you free "
            "Thursday at 3pm?\n\nNadia, Recruiter, Corvane",
        ),
        (
            "Next steps",
            "Hi Sam, thanks for applying. I'd like to interview you about your experience with "
            "Kubernetes for our Platform Engineer opening. Does Thursday at 3pm work?",
        ),
        (
            "Interview",
            "Hi Sam, the hiring manager would like to interview you about working on our "
            "payments team. Could you do Thursday at 3pm?",
        ),
    ],
)
def test_an_employer_interviewing_the_owner_about_the_job_stays_theirs(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


# ----- an election's candidates: nominees, a committee's interviews, the slate and the ballot


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            "Elections Committee <elections@harborrowing.example>",
            SAM,
            "Candidate interviews",
            "Dear Sam,\n\nThanks for standing for Club Captain. The elections committee will "
            "interview each candidate on Monday 18 May at 7pm, before the candidate statements "
            "go out with the ballot. Please confirm you can attend.",
        ),
        (
            SAM,
            "Elections Committee <elections@harborrowing.example>",
            "Re: Board elections - candidate interview",
            "Monday at 7 works for me, thanks.",
        ),
        (
            "Lucy Grant <lucy.grant@example.org>",
            SAM,
            "Re: Your nomination for Secretary",
            "Hi Sam, thank you for accepting! We'll hold a short interview with every candidate "
            "before the slate is published in the newsletter. Could you do Wednesday at 6pm?",
        ),
    ],
)
def test_an_elections_candidate_interview_is_no_job(sender, to, subject, body):
    assert not flagged(sender, to, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Candidate interviews",
            "Dear Sam,\n\nThanks for applying for the Operations Manager role. The hiring "
            "committee will interview each candidate on Monday 18 May at 7pm. Please confirm you "
            "can attend.",
        ),
        (
            "Interview - Non-Executive Director",
            "Dear Sam, the Nominations Committee would like to interview you on Monday 18 May at "
            "2pm for the Non-Executive Director position. Please confirm you can attend.",
        ),
        (
            "Interview - Elections Clerk",
            "Dear Sam, we'd like to invite you to interview for the Elections Clerk position at "
            "the County Board of Elections on Monday 18 May at 10am. Could you confirm?",
        ),
    ],
)
def test_a_committee_interviewing_the_owner_for_a_job_stays_theirs(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


# ----- the employer the owner is leaving: a resignation acknowledged, an exit meeting asked


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sam,\n\nWe have received your resignation and are sorry to see you go. Before your "
        "last day we'd like to hold a short exit meeting with someone from the People Team "
        "about your time here. Would Thursday at 3pm suit you? We'll get back to you with a "
        "room.\n\nPeople Team",
        "Dear Sam,\n\nThank you for your letter of resignation. Your manager has asked the "
        "talent team to set up a conversation about your reasons for leaving before 29 May. "
        "Are you available on Thursday at 3pm?\n\nRuth, HR",
    ],
)
def test_the_employer_the_owner_is_leaving_is_no_hiring_process(body):
    assert not flagged("Ruth Ames <ruth.ames@brightwell.example>", SAM, "Before you go", body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Your start date",
            "Hi Sam, congratulations again on accepting our offer! Once you have handed in your "
            "resignation, let us know your notice period so we can confirm your start date. "
            "Could you do a quick call on Thursday at 3pm?",
        ),
        (
            "Onsite interview - Data Engineer",
            "Hi Sam, have you handed in your resignation yet? The client would like to confirm "
            "the onsite interview for Thursday at 3pm - can you make it?",
        ),
    ],
)
def test_a_new_employer_asking_about_the_owners_resignation_stays_theirs(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


# ----- a household hiring: the interview is held at the owner's home, so the owner hires

_CARER = "Joan Pike <joan.pike@example.net>"
_FAMILY = "Kate Moss <kate.moss@example.org>"


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            _CARER,
            SAM,
            "Re: Live-in carer position - interview",
            "Hello Sam, thank you for getting back to me. Just to confirm: Wednesday at 11am at "
            "your house. I'll bring my certificates and references.\n\nJoan",
        ),
        (
            SAM,
            "Ana Costa <ana.costa@example.net>",
            "Housekeeper position",
            "Hi Ana, thanks for your message. Could you come for an interview at our house on "
            "Saturday at 10am? We're at 14 Elm Street.\n\nSam",
        ),
    ],
)
def test_an_interview_at_the_owners_home_is_the_owner_hiring(sender, to, subject, body):
    assert not flagged(sender, to, subject, body)


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            _FAMILY,
            SAM,
            "Nanny position - interview",
            "Hi Sam, we'd love to meet you. Could you come for an interview at our home on "
            "Saturday at 10am?",
        ),
        (
            SAM,
            _FAMILY,
            "Re: Nanny position - interview",
            "Saturday at 10am at your home works for me. See you then!",
        ),
        (
            SAM,
            _FAMILY,
            "Re: Nanny position - interview",
            "Saturday at 10am works for me. See you then!\n\nOn Mon, 11 May 2026, Kate Moss "
            "wrote:\n> Hi Sam, we'd love to meet you. Could you come for an interview at our "
            "home on\n> Saturday at 10am?",
        ),
        (
            "Nadia Ross <nadia.ross@corvane.example>",
            SAM,
            "Interview - Support Engineer",
            "Hi Sam, your video interview is on Thursday at 3pm; you can take it at your home or "
            "anywhere quiet. Please confirm.",
        ),
        (
            "Nadia Ross <nadia.ross@corvane.example>",
            SAM,
            "Interview - Support Engineer",
            "Hi Sam, we'd like to invite you to an interview at our home office in Denver on "
            "Thursday at 3pm. Please confirm.",
        ),
    ],
)
def test_an_interview_at_the_employers_home_stays_the_owners(sender, to, subject, body):
    assert flagged(sender, to, subject, body)


# ----- a seat on a public body (a board, a commission, a committee): no job's application

_CLERK = "City Clerk <clerk@eastbrook.example>"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Library Advisory Committee",
            "Dear Sam, thank you for your application to serve on the Library Advisory "
            "Committee. Two council members would like to interview you on Monday 18 May at 6pm "
            "at City Hall. Please confirm you can attend.",
        ),
        (
            "Boards and commissions - interview",
            "Dear Sam, you are invited to interview for the vacant seat on the Arts Commission on "
            "Monday 18 May at 6pm. Please confirm you can attend.",
        ),
        (
            "Your interest in serving",
            "Hi Sam, thanks for your interest in serving on the Transit Board. The next step is "
            "an interview with the staff liaison - would Monday at 6pm work?",
        ),
    ],
)
def test_applying_to_serve_on_a_public_body_is_no_job(subject, body):
    assert not flagged(_CLERK, SAM, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Committee Clerk - interview",
            "Dear Sam, thank you for your application for the Committee Clerk position. We'd like "
            "to interview you on Monday 18 May at 10am. Please confirm you can attend.",
        ),
        (
            "Interview - Planning Technician",
            "Dear Sam, thank you for applying to the Planning Technician position with the "
            "Planning Commission staff. Would Monday at 10am work for an interview?",
        ),
        (
            "Interview - Board Relations Manager",
            "Hi Sam, we'd like you to interview for the Board Relations Manager role - you would "
            "serve on the leadership team and support the board. Would Monday at 10am work?",
        ),
    ],
)
def test_a_public_bodys_job_stays_the_owners(subject, body):
    assert flagged(_CLERK, SAM, subject, body)


# ----- a doctoral programme's office: its interviews admit students


def test_a_doctoral_programmes_interview_day_is_no_job():
    assert not flagged(
        "Chemistry PhD Program <chemgrad@lakeshore-u.example>",
        SAM,
        "Interview Day invitation",
        "Dear Sam,\n\nThe committee enjoyed reading your application and invites you to our "
        "Interview Day on Friday, March 5. We will arrange meetings with faculty whose work "
        "interests you, and your travel will be reimbursed. Please reply by Friday.",
    )


@pytest.mark.parametrize(
    "sender",
    [
        "Jane Smith, PhD <jane.smith@corvane.example>",
        "Dr. Jane Smith PhD <jane.smith@corvane.example>",
        "Doctoral Programs Recruiting - Corvane Labs <recruiting@corvane.example>",
    ],
)
def test_a_hiring_manager_with_a_doctorate_stays_an_employer(sender):
    assert flagged(
        sender,
        SAM,
        "Interview - Data Scientist",
        "Hi Sam, I'm the hiring manager for the Data Scientist role. Could you do an interview "
        "on Thursday at 3pm?",
    )


# ----- a club's membership interview, a statistics office's household survey interview


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Membership Secretary <members@harbourclub.example>",
            "Your application - next steps",
            "Dear Sam,\n\nWe have both of your sponsors' letters. Two committee members would like "
            "to meet you for the usual membership interview - would Tuesday at 6pm suit you? The "
            "committee will then decide on your application at its next meeting.",
        ),
        (
            "Priya Das <priya.das@census-office.example>",
            "Labour Force Survey - your interview",
            "Dear Sam,\n\nYour household was chosen for this quarter's Labour Force Survey and we "
            "have not yet received your answers. Could I interview you by phone on Thursday at "
            "6pm? It takes about 15 minutes.\n\nPriya Das, Survey Interviewer",
        ),
    ],
)
def test_a_clubs_or_a_surveys_interview_is_no_job(sender, subject, body):
    assert not flagged(sender, SAM, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Membership Coordinator interview",
            "Dear Sam,\n\nThanks for applying for the Membership Coordinator role. Would Tuesday "
            "at 6pm suit you for an interview?",
        ),
        (
            "Interview - Field Representative",
            "Dear Sam,\n\nThank you for applying for the Field Representative position with the "
            "household survey team. Could I interview you by phone on Thursday at 6pm?",
        ),
    ],
)
def test_a_clubs_or_a_surveys_job_stays_the_owners(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


def test_an_employers_practice_interview_for_a_named_job_stays_the_owners():
    assert flagged(
        "Nadia Ross <nadia.ross@corvane.example>",
        SAM,
        "Your application - next steps",
        "Dear Sam,\n\nThank you for your application for the Junior Analyst role. Before the "
        "assessment day we offer every applicant a practice interview with one of our analysts - "
        "would Tuesday at 6pm suit you?",
    )


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Survey Analyst interview", "Hi Sam, would Tuesday at 6pm suit you for the interview?"),
        (
            "Your Census interview",
            "Hi Sam, thanks for applying to be a census taker. Your Census interview is on "
            "Tuesday at 6pm - please confirm.",
        ),
    ],
)
def test_a_survey_or_census_job_stays_the_owners(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


# ----- the owner running for office: an endorsement's interviews and questionnaires

_ENDORSERS = "Endorsements <endorse@riverside-progress.example>"


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            _ENDORSERS,
            SAM,
            "Endorsement interview - School Board",
            "Dear Sam,\n\nThanks for returning your candidate questionnaire. The committee would "
            "like to meet you for a 30-minute endorsement interview. Could you do Tuesday at "
            "6pm?",
        ),
        (
            SAM,
            _ENDORSERS,
            "Re: Endorsement interview - School Board",
            "Tuesday at 6pm works. Thank you!",
        ),
        (
            _ENDORSERS,
            SAM,
            "Re: Next steps",
            "Dear Sam, thank you for interviewing with us last night. We are glad to tell you "
            "that you have our endorsement for the School Board race.",
        ),
    ],
)
def test_an_endorsement_interview_for_a_candidate_for_office_is_no_job(sender, to, subject, body):
    assert not flagged(sender, to, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview - Endorsement Processor",
            "Dear Sam, thanks for applying for the Endorsement Processor position. Could you do "
            "an interview on Tuesday at 6pm?",
        ),
        (
            "Interview - Campaign Manager",
            "Dear Sam, thanks for applying to be our campaign manager for the School Board race. "
            "Could you do an interview on Tuesday at 6pm?",
        ),
    ],
)
def test_a_campaigns_or_an_insurers_job_stays_the_owners(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


# ----- a firm bidding for a contract: its short-list, its interview, its result

_COUNTY = "Procurement <procurement@ashcounty.example>"


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            _COUNTY,
            SAM,
            "Library renovation - selection interview",
            "Dear Sam,\n\nThank you for your statement of qualifications. Your firm has been "
            "short-listed, and the selection committee invites your team to an interview on "
            "Monday 18 May at 1pm at the County Building. Please confirm by Friday.",
        ),
        (
            SAM,
            _COUNTY,
            "Re: RFP 2026-11 Library Renovation - interview",
            "We confirm Monday at 1pm for our team. Thank you.",
        ),
        (
            _COUNTY,
            SAM,
            "Re: Library renovation - selection interview",
            "Dear Sam, thank you for interviewing with the committee. We regret that your firm was "
            "not selected for this project.",
        ),
    ],
)
def test_a_firm_interviewed_for_a_contract_is_no_job(sender, to, subject, body):
    assert not flagged(sender, to, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Interview - Proposal Manager",
            "Dear Sam, thanks for applying for the Proposal Manager position - you would lead our "
            "responses to RFPs and RFQs and our statements of qualifications. Could you interview "
            "on Monday at 1pm?",
        ),
        (
            "Interview - Architect II",
            "Dear Sam, our firm has been growing and we'd like to interview you for the Architect "
            "II position on Monday at 1pm. Please confirm.",
        ),
    ],
)
def test_a_firms_own_hiring_stays_the_owners(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


# ----- an interview filed under an agency's case number (a visa, a benefit, a court)


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            SAM,
            "Ana Ferreira <ana.ferreira@example.net>",
            "Fwd: Interview notice - Case MSC2590012345",
            "Ours is on the 14th at 8:30 - can you take the morning off?\n\nS.",
        ),
        (
            "Benefits Office <noreply@benefits-office.example>",
            SAM,
            "Your interview - case number 4471902",
            "Your phone interview is scheduled for Tuesday at 10:00 am. Please be available at "
            "the number on file.",
        ),
    ],
)
def test_an_interview_under_an_agencys_case_number_is_no_job(sender, to, subject, body):
    assert not flagged(sender, to, subject, body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Case interview - Strategy Analyst", "Hi Sam, your case interview is Thursday at 2pm."),
        (
            "Interview - Case Manager (Req 45821)",
            "Hi Sam, thanks for applying. Your interview for the Case Manager role is Thursday at "
            "2pm.",
        ),
        ("Re: Case study interview 2", "Thursday at 2pm works for the second case interview."),
    ],
)
def test_a_case_interview_for_a_job_stays_the_owners(subject, body):
    assert flagged("Nadia Ross <nadia.ross@corvane.example>", SAM, subject, body)


# ----- the owner on the hiring side: a candidate's thank-you received, interviews to assess


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "Priya Menon <priya.menon@example.net>",
            "Thank you - Program Coordinator interview",
            "Dear Mr. Rivera,\n\nThank you and the panel for your time on Tuesday. After our "
            "conversation I am even more interested in the position. I forgot to mention during "
            "the interview that I managed our department's budget for two years.\n\nPriya Menon",
        ),
        (
            "Recright <no-reply@recright.com>",
            "New completed video interviews: Store Manager",
            "There are 4 new completed video interviews for Store Manager. Log in to watch the "
            "answers.",
        ),
    ],
)
def test_a_candidates_thank_you_or_interviews_to_assess_are_the_owner_hiring(sender, subject, body):
    assert not flagged(sender, SAM, subject, body)


@pytest.mark.parametrize(
    ("sender", "to", "subject", "body"),
    [
        (
            "Recright <no-reply@recright.com>",
            SAM,
            "Thank you for your video interview",
            "Hi Sam, thank you for completing your video interview for Store Manager at Kuura. We "
            "will review your answers and get back to you within a week.",
        ),
        (
            SAM,
            "Nadia Ross <nadia.ross@corvane.example>",
            "Thank you - Program Coordinator interview",
            "Dear Ms. Ross, thank you for your time on Tuesday. After our conversation I am even "
            "more interested in the position. I forgot to mention during the interview that I "
            "managed our department's budget.",
        ),
    ],
)
def test_the_owners_own_video_interview_and_thank_you_stay_theirs(sender, to, subject, body):
    assert flagged(sender, to, subject, body)


# ----- a calendar invitation to an interview its title says is no job's


def invite(summary: str, sender: str = "People Team <people@fernhollow.example>") -> bool:
    subject = f"Invitation: {summary} @ Thu 14 May 2026 3pm - 3:30pm (EDT)"
    raw = (
        f"From: {sender}\r\nTo: {SAM}\r\nSubject: {subject}\r\n"
        "Date: Tue, 12 May 2026 10:15:00 -0400\r\nMessage-ID: <probe5-cal@example.com>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Invitation from Google Calendar\r\n\r\n{summary}\r\nThursday 14 May 2026 3pm - 3:30pm\r\n"
        "--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n"
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20260514T190000Z\r\n"
        f"DTEND:20260514T193000Z\r\nSUMMARY:{summary}\r\n"
        "ORGANIZER:mailto:people@fernhollow.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
    ).encode()
    return thread_facts([parse_message(raw)], OWNER, EASTERN).detection.interview


@pytest.mark.parametrize(
    "summary",
    [
        "Exit interview - Sam Rivera",
        "Stay interview: Sam / Jonas",
        "Informational interview with Jordan Pike",
    ],
)
def test_an_invitation_to_an_interview_that_is_no_jobs_is_no_job(summary):
    assert not invite(summary)


@pytest.mark.parametrize(
    "summary",
    ["Interview - Data Analyst", "Interview with Jordan Pike", "Final interview: Sam / Jonas"],
)
def test_an_invitation_to_a_job_interview_stays_the_owners(summary):
    assert invite(summary, "Nadia Ross <nadia.ross@corvane.example>")


# ----- threads: someone asking the owner for advice or for a customer interview, not a job


def thread_flagged(*messages: tuple[str, str, str, str, str]) -> bool:
    raws = []
    for index, (sender, to, subject, date, body) in enumerate(messages):
        raws.append(
            parse_message(
                (
                    f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n"
                    f"Message-ID: <probe5-t{index}@example.com>\r\n"
                    f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
                ).encode()
            )
        )
    return thread_facts(raws, OWNER, EASTERN).detection.interview


_STUDENT = "Leo Park <leo.park@example.edu>"


def test_a_student_asking_the_owner_for_career_advice_is_no_job():
    assert not thread_flagged(
        (
            _STUDENT,
            SAM,
            "Advice about careers in logistics",
            "Mon, 11 May 2026 09:00:00 -0400",
            "Dear Mr. Rivera, I'm a second-year student and Professor Diaz suggested I contact "
            "you. I am not looking for a job - I'd like to learn how you got into supply chain "
            "work. Could you spare 20 minutes this week? I'll call your office on Thursday.",
        ),
        (
            _STUDENT,
            SAM,
            "Re: Advice about careers in logistics",
            "Wed, 13 May 2026 18:00:00 -0400",
            "Thursday at 4pm works perfectly, see you at your office. Thank you!",
        ),
        (
            _STUDENT,
            SAM,
            "Thank you",
            "Thu, 14 May 2026 19:00:00 -0400",
            "Dear Mr. Rivera, thank you for taking the time to meet with me today. Hearing about "
            "your first years in the warehouse made the field much clearer.",
        ),
    )


def test_a_founder_asking_the_owner_for_a_customer_interview_is_no_job():
    assert not thread_flagged(
        (
            "Ben Ode <ben@shelfwise.example>",
            SAM,
            "20 minutes on how you plan deliveries?",
            "Mon, 11 May 2026 09:00:00 -0400",
            "Hi Sam, I'm talking to people like you to understand how small shops plan their "
            "deliveries - I'm not selling anything. Would you have 20 minutes for a phone "
            "interview this week?",
        ),
        (
            "Ben Ode <ben@shelfwise.example>",
            SAM,
            "Re: 20 minutes on how you plan deliveries?",
            "Fri, 15 May 2026 16:00:00 -0400",
            "Thank you so much for talking with me today, Sam - really helpful.",
        ),
    )


def test_a_recruiter_to_someone_not_looking_and_the_owners_own_not_looking_stay_a_job():
    assert thread_flagged(
        (
            "Nadia Ross <nadia.ross@corvane.example>",
            SAM,
            "Senior Buyer role at Corvane",
            "Mon, 11 May 2026 09:00:00 -0400",
            "Hi Sam, even if you're not looking for a job right now, I think our Senior Buyer role "
            "is a great fit. Would you be open to an interview with the hiring manager this week?",
        ),
        (
            SAM,
            "Nadia Ross <nadia.ross@corvane.example>",
            "Re: Senior Buyer role at Corvane",
            "Mon, 11 May 2026 12:00:00 -0400",
            "Hi Nadia, I'm not looking for a job right now, but happy to hear more. Thursday at "
            "3pm works for the interview.",
        ),
    )
