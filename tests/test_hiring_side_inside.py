"""Mail seen from inside the hiring side: the owner approves someone's offer, referred the
person hired, is asked to interview a named person, counts candidates as the one deciding,
or sits on a panel. Read alone, none of it is the owner's own application; the same words
said to the owner as the candidate still are. Written in other words than the corpus's
ninth growth (tests/corpus/real/dev, "Dev's ninth growth" in its SOURCES.md).
"""

from __future__ import annotations

from afterview.timeline import thread_facts
from tests.builders import a_thread, read_alone

TZ = "America/Chicago"
APPROVER = "harriet.cole@crestline.example"
OFFERS_DESK = "Offers Desk <offers@crestline-hr.example>"
SEEKER = "jonah.wells@example.com"
RECRUITER = "Mia Grant <mia.grant@crestline.example>"


def test_an_offer_put_to_the_owner_for_approval_is_not_the_owners_offer():
    assert not read_alone(
        APPROVER,
        "Harriet, the package for Jonah Wells (Site Engineer) is ready: $91,000 base and a "
        "$5,000 relocation allowance, offer letter attached. Please approve or reject it so we "
        "can send it today.",
        subject="Site Engineer - package for sign-off",
        sender=OFFERS_DESK,
        tz=TZ,
    )


def test_an_offer_for_the_reader_waiting_on_approval_is_still_hers():
    assert read_alone(
        SEEKER,
        "Jonah, we'd love to extend you an offer for the Site Engineer role. It goes to our "
        "offer approval board on Wednesday and I'll send the letter on Thursday.",
        subject="Site Engineer - good news",
        sender=RECRUITER,
        tz=TZ,
    )


def test_the_readers_approval_asked_for_her_own_background_check_keeps_the_thread_hers():
    thread = a_thread(SEEKER, subject="Site Engineer - next steps", tz=TZ)
    thread.from_recruiter(
        RECRUITER,
        "Hi Jonah, could you come in for a site visit and interview on Tuesday at 10?",
    )
    thread.from_recruiter(
        RECRUITER,
        "Hi Jonah, one more step for your offer: your approval is needed for the background "
        "check. Please sign the consent form in the portal.",
    )
    assert thread_facts(thread.build(), SEEKER).interview


def test_the_reader_referred_by_a_friend_is_the_one_applying():
    assert read_alone(
        SEEKER,
        "Hi Jonah, your referral from Priya Shah reached our Site Engineer team. Are you free "
        "for a call on Tuesday at 10?",
        subject="Site Engineer",
        sender=RECRUITER,
        tz=TZ,
    )


def test_the_owners_answer_under_an_approval_subject_is_not_an_offer_answered():
    assert not read_alone(
        APPROVER,
        "Signed off - go ahead and send it.",
        subject="Re: Needs your approval: offer letter for Jonah Wells",
        tz=TZ,
        to=(OFFERS_DESK,),
    )


def test_an_offer_to_the_owner_after_internal_sign_off_is_still_hers():
    assert read_alone(
        SEEKER,
        "Hi Jonah, everything has been signed off internally and I'm delighted to offer you the "
        "Site Engineer role at $91,000. The offer letter is attached.",
        subject="Site Engineer - good news",
        sender=RECRUITER,
        tz=TZ,
    )


def test_the_referrer_told_their_referral_accepted_an_offer_is_not_the_candidate():
    assert not read_alone(
        "sam.ortega@crestline.example",
        "Good news! Priya Das, whom you referred for Support Engineer, has accepted our offer "
        "and starts on 1 June. Referral bonuses are paid after 90 days.",
        subject="Referral update - Priya Das",
        sender="Crestline Careers <careers@crestline-hr.example>",
        tz=TZ,
    )


def test_asked_to_interview_a_named_person_the_owners_yes_is_an_interviewers():
    assert not read_alone(
        "lena.hart@example.org",
        "Sure, I can do Saturday morning. Send over what he's cooked before?",
        subject="Re: Would you interview Marcus Bell for the Line Cook job?",
        tz=TZ,
        to=("Ray Dunn <ray@dunnsdiner.example>",),
    )


def test_invited_to_interview_for_a_job_the_owners_yes_is_a_candidates():
    assert read_alone(
        "marcus.bell@example.com",
        "Sure, I can do Saturday morning. Should I bring anything?",
        subject="Re: Invitation to interview for the Line Cook job",
        tz=TZ,
        to=("Ray Dunn <ray@dunnsdiner.example>",),
    )


def test_the_owner_counting_candidates_writes_as_the_one_deciding():
    assert not read_alone(
        "joel.frank@example.net",
        "Hi Priti, five candidates got through the phone screens. I'd bring the top two in "
        "for an interview next week - can you send me a couple of slots?",
        subject="Warehouse Associate interviews",
        tz=TZ,
        to=("Priti Shah <priti@shahstorage.example>",),
    )


def test_a_candidate_who_knows_others_are_interviewing_still_writes_of_her_own():
    assert read_alone(
        "ana.silva@example.com",
        "Thank you for the update. I understand you still have two candidates to see this "
        "week; I remain very interested in the Warehouse Associate role.",
        subject="Re: Warehouse Associate interviews",
        tz=TZ,
        to=("Priti Shah <priti@shahstorage.example>",),
    )


def test_the_owner_joining_an_interview_panel_is_not_a_candidate():
    assert not read_alone(
        "ruth.ng@example.net",
        "Count me in - I'll be on the panel on Tuesday. Agreement signed and attached.",
        subject="Re: Panelists needed - Library Assistant interviews",
        tz=TZ,
        to=("Kate Lowe <kate.lowe@citylibrary.example>",),
    )


def test_a_candidate_told_how_many_are_left_is_still_the_candidate():
    assert read_alone(
        "omar.aziz@example.com",
        "Thanks Kate, good to know there are four candidates in the last round. Thursday at 2 "
        "works for me.",
        subject="Re: Library Assistant - last round",
        tz=TZ,
        to=("Kate Lowe <kate.lowe@citylibrary.example>",),
    )


def test_a_candidate_asking_who_will_be_on_the_panel_is_still_the_candidate():
    assert read_alone(
        "omar.aziz@example.com",
        "Thank you! Will the branch manager be on the panel too? Thursday at 2 works.",
        subject="Re: Library Assistant interview",
        tz=TZ,
        to=("Kate Lowe <kate.lowe@citylibrary.example>",),
    )


def test_panel_instructions_to_a_panelist_are_not_an_interview_invitation():
    assert not read_alone(
        "ruth.ng@example.net",
        "Dear Ruth, attached are the panel instructions and the panel member agreement for "
        "Tuesday's Library Assistant interviews, 9:00 to 3:30 in the Reading Room.",
        subject="Library Assistant interviews - Tuesday",
        sender="Kate Lowe <kate.lowe@citylibrary.example>",
        tz=TZ,
    )


def test_a_candidate_thanking_the_panel_is_still_a_candidate():
    assert read_alone(
        "omar.aziz@example.com",
        "Thank you for the interview yesterday. I enjoyed meeting everyone on the panel and "
        "learning about the new branch.",
        subject="Thank you - Library Assistant interview",
        tz=TZ,
        to=("Kate Lowe <kate.lowe@citylibrary.example>",),
    )


def test_a_debrief_about_the_readers_own_interview_keeps_it_hers():
    assert read_alone(
        "maya.ford@example.com",
        "Thanks for coming in today, Maya. The panel will debrief on Monday and I'll call you "
        "with the outcome by Wednesday.",
        subject="Today's interview",
        sender="Kate Lowe <kate.lowe@citylibrary.example>",
        tz=TZ,
    )


def test_the_team_debriefing_while_the_reader_waits_to_hear_is_hers():
    # No "your interview" here: being told when she will hear is what makes her the one
    # interviewed, not one of the interviewers.
    assert read_alone(
        "maya.ford@example.com",
        "Thanks again for the time on Tuesday. The panel is debriefing tomorrow morning and I "
        "will get back to you by Friday.",
        subject="Re: Second round",
        sender="Kate Lowe <kate.lowe@citylibrary.example>",
        tz=TZ,
    )


def test_a_debrief_the_reader_is_asked_to_join_stays_the_interviewers():
    assert not read_alone(
        "ruth.ng@example.net",
        "Ruth, can you join the debrief for the Library Assistant finalists on Friday at 4? "
        "Please bring your notes from Tuesday.",
        subject="Re: Second round",
        sender="Kate Lowe <kate.lowe@citylibrary.example>",
        tz=TZ,
    )


def test_the_hiring_manager_moving_ahead_with_the_reader_after_a_debrief_is_hers():
    assert read_alone(
        "maya.ford@example.com",
        "Hi Maya, after Monday's debrief the hiring manager would like to move forward with you. "
        "I'll have the paperwork to you by Friday.",
        subject="Library Assistant - next steps",
        sender="Kate Lowe <kate.lowe@citylibrary.example>",
        tz=TZ,
    )


def test_the_reader_on_the_employers_shortlist_is_her_own_process():
    # "our shortlist" is an interviewer's word, unless the reader is the one on it.
    assert read_alone(
        "nina.roy@example.com",
        "Hi Nina, good news: you've made our shortlist for the Junior Designer role. Could you "
        "come in for a final interview on Monday at 11?",
        subject="Junior Designer",
        sender="Lou Park <lou.park@brightink.example>",
        tz=TZ,
    )


def test_someone_else_on_the_shortlist_stays_the_interviewers():
    assert not read_alone(
        "lou.park@brightink.example",
        "Lou, Nina Roy made our shortlist for Junior Designer - can you take her final "
        "interview on Monday at 11?",
        subject="Junior Designer",
        sender="Ed Marsh <ed.marsh@brightink.example>",
        tz=TZ,
    )


def test_the_owners_answer_to_being_shortlisted_is_her_own_process():
    assert read_alone(
        "nina.roy@example.com",
        "Thanks so much! Tuesday at 10 or Thursday after 2 both work for me.",
        subject="Re: Good news - you've been shortlisted (Junior Designer)",
        tz=TZ,
        to=("Lou Park <lou.park@brightink.example>",),
    )


def test_the_owner_added_to_a_jobs_hiring_team_is_not_applying_to_it():
    assert not read_alone(
        "ben.alvarez@crestline.example",
        "Dana Price has made you a collaborator on the Barista (Downtown) opening. From now on "
        "you can comment on applicants and follow their status changes.",
        subject="Barista (Downtown): new collaborator",
        sender="Crestline Hiring via JazzHR <notifications@jazzhr.com>",
        tz=TZ,
    )
