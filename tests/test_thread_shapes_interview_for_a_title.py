"""An interview for a job named by its title outweighs a veto's phrase (shapes: missed threads).

A letter asking the reader to interview for a job it names by title ("would like to interview
you for Junior Android Engineer", "an interview request for Store Supervisor", a notice's
"Position: Leasing Consultant" line) is a job's, however many words of a podcast, a study, a
tenancy or a job alert it also holds (a podcast company hiring, a lettings agent's tenants, a
careers site's "see all jobs" footer). The owner's own side (interviewing, hiring) is not
outweighed: a job is named there too. Judged by the retro first looks
(bench/retro_edits/interview_for_a_title.py).
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview
from tests.builders import ME, a_thread

RECRUITER = "Noor Haddad <noor@loudcast.example>"


def detected(subject: str, text: str, sender: str = RECRUITER, reply: str = ""):
    builder = a_thread(subject=subject).from_recruiter(sender, text)
    if reply:
        builder = builder.from_me(reply)
    return detect_interview(builder.build(), ME)


# each holds a veto's phrase that today's books read first: podcast, tenant, user research,
# "see all jobs"
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Next step with Loudcast",
            "Hi Sam,\n\nLoudcast, the podcast hosting platform, would like to interview you for "
            "Junior Android Engineer. Could you do a video call on Tuesday 10 March at 15:00?",
        ),
        (
            "Interview invitation - Pennant Lettings",
            "Hi Sam,\n\nYou are invited to an interview with Pennant Lettings.\n\n"
            "Position: Leasing Consultant\nDate: Wednesday 11 March, 10:00\n\n"
            "You would look after each tenant from the first viewing to moving in.",
        ),
        (
            "Next step with Arbor Health",
            "Hi Sam,\n\nWe'd like to invite you to an interview for Senior UX Researcher on "
            "Thursday 12 March at 11:00. Please bring one user research project to talk "
            "through.",
        ),
        (
            "Interview request from Fenmore Outdoor",
            "Hi Sam,\n\nFenmore Outdoor has sent you an interview request for Store "
            "Supervisor. Reply to choose a time.\n\nSee all jobs at Fenmore Outdoor",
        ),
    ],
)
def test_an_interview_for_a_named_job_outweighs_a_vetoing_phrase(subject, text):
    detection = detected(subject, text)
    assert detection.interview, detection.signals


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        # a podcast interviewing a person, who has a title
        (
            "Guest spot on Build Notes",
            "Hi Sam,\n\nWe'd love an interview with you for our podcast, like the episode we "
            "did with Dana Lee, Lead Engineer at Orbit. Would Tuesday 10 March work?",
            RECRUITER,
        ),
        # a magazine's award, a title in its name
        (
            "Young Engineer of the Year",
            "Hi Sam,\n\nThe magazine would like to interview you for Young Engineer of the "
            "Year, to run in our spring issue. Are you free on Tuesday 10 March?",
            "Ines Duarte <ines@brightmag.example>",
        ),
        # a class project interviewing for itself
        (
            "Interview request for my class project",
            "Hi Sam,\n\nCould I interview you for my class project on small businesses? "
            "Twenty minutes on Tuesday 10 March would be perfect.",
            "Milo Grant <milo.grant@student.example>",
        ),
        # a volunteer's role, however titled
        (
            "Volunteer opportunity - Riverside Food Bank",
            "Hi Sam,\n\nThanks for your interest in this volunteer opportunity.\n\n"
            "Role: Volunteer Driver\nInterview: Saturday 14 March, 10:00",
            "Ana Ruiz <ana@riversidefb.example>",
        ),
    ],
)
def test_what_interviews_for_no_job_keeps_its_veto(subject, text, sender):
    assert not detected(subject, text, sender).interview


def test_the_owners_own_interviewing_is_not_outweighed():
    # the owner is on the panel: the named job is the one they hire for
    detection = detected(
        "Interview assigned: Lena Park for Data Engineer",
        "Hi Sam,\n\nYou have been added as an interviewer.\n\nCandidate: Lena Park\n"
        "Position: Data Engineer\nWhen: Tuesday 10 March, 14:00\n\nPlease submit your "
        "scorecard within 24 hours of the interview.",
        "Harrow Recruiting <noreply@harrow.example>",
    )
    assert not detection.interview
