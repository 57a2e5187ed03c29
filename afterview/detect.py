"""Is this thread part of a hiring process with an employer? Readable signals, one score.

A thread is an interview thread when it is about a job application or interview with an
employer: an application confirmation from an ATS, arranging an interview, a confirmed
one, the candidate's thank-you or follow-up after one, or the employer's decision.

Each signal has a name and a weight in `WEIGHTS`; the confidence is the sum of the weights
of the signals that fired, clipped to 0..1, and the thread is an interview thread when it
reaches `THRESHOLD`. Negative signals (newsletters, job alerts, media and research
interviews, generic meetings, marketing) pull the score down so that the many mails full
of the word "interview" that are not a hiring process come out negative; the hard ones
(`HARD_NEGATIVES`) veto the thread outright unless it carries hiring-process evidence
(an ATS sender, an application confirmation, a rejection or an offer).

Speed matters (the product reads 10,000+ threads a second), so every message is read once:
lower-cased and normalised a single time (`read_thread`), and the wording tables in
`PHRASES` are all matched in one pass over it (`PhraseBook`) instead of one regex per phrase.
timeline.py reuses the same readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from email.utils import parseaddr
from functools import lru_cache

from afterview import senders
from afterview.literals import holds_any, literal_finder, matches_from
from afterview.model import Detection, Message
from afterview.when import (
    DAY_AFTER_ON_REACH,
    DECISION_CONTEXT_WORDS,
    coming_day_said_lower,
    mentions_a_time,
    mentions_an_hour,
)

# --------------------------------------------------------------------------- the signal table

# name -> weight. Positive: evidence of a hiring process; negative: look-alikes.
WEIGHTS: dict[str, float] = {
    "ats_sender": 0.40,  # sent through an ATS, scheduling or assessment tool (see senders.py)
    "application_confirmation": 0.40,  # "thank you for applying", "we received your application"
    "interview_wording_subject": 0.40,  # "Interview", "phone screen", "onsite" in a subject
    "interview_wording_text": 0.30,  # the same in a body
    "hiring_context": 0.20,  # recruiter, candidate, "the role", "your resume"
    "calendar_invite_interview": 0.50,  # an invite whose title or notes say interview
    "candidate_thank_you": 0.35,  # the candidate's "thank you for your time", "great speaking"
    "candidate_hopes_to_join": 0.15,  # ... looking to joining: "I'd love to be part of it"
    "candidate_follow_up": 0.25,  # the candidate's "following up", "any update"
    "candidate_reply": 0.10,  # the candidate answering in a thread whose subject says interview
    "job_subject_reply": 0.30,  # a person's answer under a subject that is a job title
    "candidate_takes_time": 0.40,  # the candidate taking a time in a reply: "Wednesday at 3 works"
    "candidate_decides": 0.50,  # the candidate accepting an offer or withdrawing
    "candidate_references": 0.30,  # the candidate sending references or documents asked for
    "candidate_own_process": 0.20,  # the candidate of their own: "my interview", "my references"
    "candidate_after_decision": 0.50,  # answering a decision: "keep me in mind for future roles"
    "interview_happened": 0.45,  # the employer: "thank you for coming in today"
    "decision_timeline": 0.10,  # the employer: "we'll be in touch by Friday", "next steps"
    "rejection_wording": 0.45,  # "we have decided to move forward with other candidates"
    "offer_wording": 0.50,  # "pleased to offer", "offer letter"
    "scheduling_link": 0.30,  # calendly/goodtime links, "use the link below to schedule"
    "availability_request": 0.10,  # "share your availability", "are you available"
    "time_proposal": 0.20,  # a time offered as a question: "would Tuesday at 2pm PT work?"
    "time_confirmed": 0.20,  # the employer settling a time: "Friday at 10:00 AM CT works"
    "recruiter_outreach": 0.30,  # "I'm a recruiter at", "came across your profile", "great fit"
    "addressed_to_the_candidate": 0.10,  # the employer: "your interview", or a question to "you"
    # the message model read a hiring process the rules fell short of (raises the score to
    # the threshold, not by a weight: see detect_readings)
    "second_reading": 0.0,
    # the message model doubted the rules' "yes" (lowers the verdict, not by a weight)
    "model_doubts": 0.0,
    "bulk_newsletter": -0.50,  # List-Unsubscribe / Precedence: bulk, not from a hiring tool
    "job_alert": -1.00,  # "jobs you may like", job-board alerts
    "media_interview": -1.00,  # podcasts, journalists, "for our article", "on the record"
    "research_interview": -1.00,  # user research, usability studies, gift-card incentives
    "interviewer_duty": -1.00,  # the user interviews someone else: "submit your scorecard"
    "owner_hiring_side": -1.00,  # the user writes as the employer: "thanks for applying"
    "not_a_job": -1.00,  # admissions, volunteering, freelance gigs: an interview, not a job
    "between_private_people": -1.00,  # the owner and private people alone: no employer writes
    "generic_meeting": -0.40,  # sync, 1:1, standup ... with no hiring context at all
    "marketing": -0.50,  # discounts, webinars, "interview tips", premium upgrades, receipts
}
THRESHOLD = 0.5

# Hard negatives: when one fires the thread is not an interview thread, however many
# interview words it has (a podcast invitation titled "Interview"), unless it carries
# hiring-process evidence (below), which removes the hard negative instead.
HARD_NEGATIVES = frozenset(
    {
        "job_alert",
        "media_interview",
        "research_interview",
        "interviewer_duty",
        "owner_hiring_side",
        "not_a_job",
        "between_private_people",
    }
)

# Signals strong enough that a podcast or survey mention does not turn the thread into press
# or research (an ATS rejection asking for a survey is still a rejection).
_PROCESS_EVIDENCE = frozenset(
    {"ats_sender", "application_confirmation", "rejection_wording", "offer_wording"}
)
# What shows the user is the one applying, against an interviewer's duties: an ATS writes
# to interviewers too ("scorecard due"), so its sending domain alone does not.
_CANDIDATE_EVIDENCE = frozenset({"application_confirmation", "rejection_wording", "offer_wording"})
_HIRING_EVIDENCE = frozenset(
    {
        "ats_sender",
        "application_confirmation",
        "interview_wording_subject",
        "interview_wording_text",
        "hiring_context",
        "calendar_invite_interview",
        "rejection_wording",
        "offer_wording",
        "scheduling_link",
    }
)

# --------------------------------------------------------------------------- the wording

# group -> phrases. Written naturally; matched on word boundaries, case and punctuation
# ignored ("1:1" matches "1-1" and "1 1"; "won't" matches "won’t").
# "see you Thursday", "see you tomorrow at 7:30": the day said is the one settled, with or
# without a clock time
_SEE_YOU_ON_A_DAY = (
    "see you today", "see you tomorrow", "see you next", "see you this", "see you monday",
    "see you tuesday", "see you wednesday", "see you thursday", "see you friday",
    "see you saturday", "see you sunday",
)  # fmt: skip

PHRASES: dict[str, tuple[str, ...]] = {
    "interview": (
        "interview", "interviews", "interviewing", "interviewed", "interviewer",
        "interviewers", "phone screen", "phone screening", "technical screen",
        "screening call", "recruiter call", "recruiter screen", "hiring manager",
        "onsite", "on-site interview", "final round", "next round", "take-home",
        # hospitality's and retail's practical round: "come back at 6 for a two-hour trial
        # shift", "a paid trial", "a follow shift with the GM"
        "trial shift", "trial shifts", "paid trial", "follow shift",
        "you back to meet",
        "coding challenge", "coding exercise", "coding assessment", "technical assessment",
        "chat about the role", "chat about the position", "chat about the opportunity",
        "talk about the role", "talk about the position", "talk about the opportunity",
        "discuss the role", "discuss the position", "discuss the opportunity",
        "learn more about your background", "meet the team", "meet with the team",
        "call with our hiring", "chat with our hiring", "call with the hiring",
        "introductory call", "intro call", "screening interview", "first round",
        "second round", "third round", "panel interview", "video interview", "phone interview",
        "technical interview", "behavioral interview", "case interview", "super day",
        "superday", "assessment centre", "assessment center", "take home", "home assignment",
        "assessment day",
        # the academic interview's own parts: "your job talk is Monday at 3:30 pm"
        "job talk", "chalk talk",
        "technical exercise", "pair programming", "system design", "portfolio review",
        "portfolio presentation", "speak with our", "speak with the team",
        "skills assessment", "online assessment", "assessment invitation", "coding test",
        "technical test", "aptitude test", "psychometric test", "work sample",
        # a screening call offered to the reader: "a quick call to hear about your background"
        "hear about your background", "hear more about your background",
        "hear about your experience", "hear more about your experience",
        # an employer, or an agency's client, asking to meet the reader: "has reviewed your
        # CV and would like to meet you"
        "like to meet you", "like to meet with you",
        # a round named by its kind, as Indian, Gulf and Singapore recruiters write them:
        # "your HR round", "the technical round schedule", "the managerial round"
        "technical round", "hr round", "managerial round", "techno managerial round",
        "techno-managerial round", "manager round", "client round", "face to face round",
        "f2f round",
        # a call named as Indian recruiters name it: "a telephonic round with our Director",
        # "a suitable time for a telephonic discussion"
        "telephonic round", "telephonic interview", "telephonic discussion",
        "telephonic screening", "director round", "virtual round",
    ),
    "application": (
        "thank you for applying", "thanks for applying", "thank you for your application",
        "thanks for your application", "received your application", "receipt of your application",
        "your application has been", "your application was", "your application for",
        "your application to", "application received", "application submitted",
        "application confirmation", "thank you for your interest in the",
        "your internal application", "cv submitted", "resume submitted",
        # an ATS's receipt that says resume for application: "We have received your resume and
        # are currently reviewing your credentials", "You have successfully completed the
        # resume submission process" (SilkRoad's defaults), "interest in career opportunities"
        "received your resume", "received your cv", "receipt of your resume",
        "resume submission process", "interest in career opportunities with",
        "thank you for your interest in joining", "your candidacy",
        # the employer's next step for the reader's application: "Helixome - next steps for your
        # application" (a questionnaire, an NDA, a CV asked for), "regarding your application"
        "next steps for your application", "next step for your application",
        "next steps in your application", "next step in your application",
        "next steps with your application", "next steps on your application",
        "regarding your application",
        # the employer closing it at the reader's word: "I've withdrawn your application"
        "withdrawn your application", "closed your application", "withdrawn your candidacy",
        # the reader's application moved on: "Good news - you've been shortlisted"
        "you've been shortlisted", "you have been shortlisted", "you're shortlisted",
        "you are shortlisted",
        # the employer's shortlist with the reader on it ("you've made our shortlist"), not
        # an interviewer's "our shortlist" of candidates
        "you made our shortlist", "you've made our shortlist", "you have made our shortlist",
        "you made the shortlist", "you've made the shortlist", "you have made the shortlist",
        "you're on our shortlist", "you are on our shortlist", "you're on the shortlist",
        "you are on the shortlist", "added you to our shortlist", "added you to the shortlist",
        # the reader's profile or resume moved on ("your profile has been shortlisted")
        "your profile has been shortlisted", "your profile is shortlisted",
        "your profile got shortlisted", "your resume has been shortlisted",
        "your cv has been shortlisted",
        # an agency's submission to its client is the reader's application: "I have
        # submitted your profile for the Salesforce Developer role", the Right to Represent
        # asked before it ("your consent for us to submit your profile to client")
        "submitted your profile", "submitted your resume to", "submitted your cv to",
        "submitting your profile", "submitting you for", "submitted you for",
        "submit you to the client", "submit you to client",
        "submit your profile to client", "submit your profile to the client",
        "right to represent",
    ),
    "hiring": (
        "recruiter", "recruiting", "recruitment", "talent acquisition", "talent team",
        "hiring team", "hiring process", "hiring manager", "candidate", "candidates",
        "candidacy", "position", "the role", "this role", "open role", "job description",
        "salary expectations", "compensation", "join our team", "people team",
        "role at", "role with", "position at", "position with", "opening at", "the opening",
        "job opening", "open position", "your interest in", "interest in the",
        "interest in joining", "interest in our", "the opportunity at", "opportunity with",
        "hiring",
        "we're hiring", "the team here", "next round", "next stage", "next step in",
        "our process", "interview process", "hiring lead", "design lead",
        "engineering manager", "head of", "talent partner", "talent team", "recruiting team",
        "you'll meet", "you will meet", "you'll be meeting", "you will be meeting",
        "you'll speak with", "you will speak with", "you'll be speaking with",
        "professional references", "reference check", "reference checks", "other offers",
        "competing offers", "internal application",
        # what an agency asks of a candidate it sources (India: CTC, cost to company), the
        # call it holds before its client's interview, a founder hiring
        "current ctc", "expected ctc", "notice period", "prep call", "looking to hire",
        "about to hire", "hire our first", "hiring our first", "is interested in you for",
        # graduate hiring teams as they sign: "Early Careers Team", "Graduate Recruitment"
        "early careers team", "early careers recruitment", "graduate recruitment",
        "graduate recruitment team",
    ),
    # Where recruiters meet candidates: a thread under "Thank you - Career Fair" is a hiring
    # conversation that began there.
    "recruiting_event": (
        "career fair", "careers fair", "job fair", "jobs fair", "hiring event",
        "recruiting event", "recruitment event", "hiring fair",
    ),
    # The hiring side's words about the reader ("your resume"): hiring context from anyone
    # writing to the user; in the user's own mail they are about someone else (an alumna
    # asked for advice, a candidate the user screens), not the user's own process.
    "hiring_yours": (
        "your resume", "your cv", "your background", "your application", "your interest in",
        "your profile", "your portfolio", "your updated resume", "your updated cv",
    ),
    "rejection": (
        "move forward with other candidates", "moving forward with other candidates",
        "decided to move forward with other", "pursue other candidates",
        "decided to pursue other", "will not be moving forward", "won't be moving forward",
        "not be moving forward", "are not moving forward", "not moving forward with your",
        "not to move forward", "not to proceed", "will not be proceeding",
        "won't be proceeding", "not be progressing", "not progress your application",
        "not to progress", "position has been filled", "role has been filled",
        "we have filled the", "have not been selected",
        # "we regret to inform you that one of our panel members ..." is rescheduling news,
        # and so is "... that your appointment has been canceled" (cue_regret_yours)
        "regret to inform you that you",
        "regret to inform you that we will not", "regret to inform you that we have decided",
        "regret to inform you that we are unable", "regret to inform you that the position",
        "regret to inform you that the role",
        "you were not selected", "was not selected", "not selected for",
        "no longer under consideration", "no longer being considered",
        "decided not to move", "decided not to proceed", "go with another candidate",
        "gone with another candidate", "chosen another candidate", "selected another candidate",
        "more closely match", "more closely matches", "more closely aligned",
        "unable to offer you", "not able to offer you", "not be extending an offer",
        "not extending an offer", "not to extend an offer", "unfortunately we have decided",
        "unfortunately we've decided", "unfortunately we will not", "unfortunately we won't",
        "unfortunately we are not", "unfortunately we're not", "unfortunately your application",
        "unfortunately you have not", "unfortunately we have chosen",
        "unfortunately we are unable", "unfortunately we're unable", "not the right fit",
        "decided to close the position", "decided not to fill",
        "proceed with other candidates", "proceeding with other candidates",
        "proceed with another candidate", "proceeding with another candidate",
        "move forward with another candidate", "moving forward with another candidate",
        "decided to move forward with a different", "pursue other applicants",
        "other candidates whose", "other applicants whose", "candidates who more closely",
        "not be moving ahead", "not moving ahead with", "not to move ahead",
        "will not be taking your application", "not be taking your application",
        "have been unsuccessful", "has been unsuccessful", "were unsuccessful",
        "was unsuccessful", "you have not been successful", "has not been successful",
        "not been successful on this occasion", "not successful on this occasion",
        "not to pursue your", "not to continue with your", "not be continuing",
        "will not be continuing", "decided to go in a different direction",
        "go in another direction", "offer the position to another", "offered the position to",
        "offered the role to", "position has been closed", "role has been closed",
        "no longer moving forward", "we will not be able to offer", "cannot offer you",
        "not able to move forward", "unable to move forward", "decline your application",
        "not be inviting you", "will not be inviting you", "not continue with your",
        "will not continue with", "not be offering you", "won't be offering you",
        "not offering you the", "will not be offering", "taking your application further",
        "taking your candidacy further", "whose experience is a closer", "a closer match",
        "continue with applicants", "continue with other applicants", "continue with candidates",
        "not advance your application", "not advancing your", "not to advance",
        "won't be advancing", "will not be advancing", "not be advancing",
        "not be moving your application", "was not shortlisted", "you were not shortlisted",
        "you are not shortlisted", "application is not shortlisted",
        "decided on someone", "decided on another", "hired someone", "hired another",
        "have hired", "we hired", "offered the job to", "chosen someone", "selected someone",
        "went with someone", "gone with someone", "going with someone",
        "going with another", "went with another", "filled the role", "filled the position",
        "have not been shortlisted", "not been shortlisted",
        # not put before the hiring manager, as US federal and county notices say it: "You
        # were eligible, but you were not referred to the hiring manager", "Eligible - Not
        # Referred", "your application will not be referred to the selecting official"
        # the post not offered, the standard met or not: "You met the required standard at
        # interview. However, on this occasion you have not been offered a post."
        "you have not been offered a post", "you have not been offered the post",
        "you have not been offered a position", "you have not been offered the position",
        "you have not been offered the role", "you haven't been offered the role",
        "you haven't been offered the position", "you haven't been offered the post",
        "you haven't been offered a post", "you were not offered the role",
        "you were not offered the position", "you were not offered the post",
        "you were not offered a post",
        "you were not referred", "you have not been referred", "you haven't been referred",
        "application was not referred", "application has not been referred",
        "application will not be referred", "eligible not referred", "eligible but not referred",
        # said outright of the reader's application: "It is sad to inform you that your
        # application is rejected for Site Supervisor" (the reader's: not "a leave application")
        "your application is rejected", "your application has been rejected",
        "your application was rejected", "your candidature is rejected",
        "your candidature has been rejected",
        # the job offered to someone else: "decided to offer the role to a candidate whose
        # experience more closely matched our needs"
        "offer the job to a", "offer the role to a", "offer the position to a",
        "offer the job to another", "offer the role to another", "more closely matched",
        # no offer made: "at the moment we are not ready to make you an offer for this role"
        "not ready to make you an offer", "not in a position to make you an offer",
        "not in a position to offer you", "unable to make you an offer",
        "not able to make you an offer", "not be making you an offer", "cannot make you an offer",
        "can't make you an offer", "not be making an offer", "won't be making you an offer",
        # and none extended: "we regret that we are unable to extend you an offer", "the
        # committee is not able to extend an offer to you", "will not be extending you an offer"
        "unable to extend you an offer", "unable to extend an offer", "not able to extend you",
        "not able to extend an offer", "cannot extend you an offer", "cannot extend an offer",
        "can't extend you an offer", "can't extend an offer", "not be extending you an offer",
        "not extending you an offer", "won't be extending an offer",
        "won't be extending you an offer", "not in a position to extend an offer",
        "not in a position to extend you",
        # the past tense and contraction of phrases above: "the team ultimately chose another
        # candidate", "we won't be moving ahead with your candidacy", "another candidate was a
        # closer fit", "they've decided to go with an internal candidate"
        "chose another candidate", "chose someone", "won't be moving ahead", "was a closer fit",
        "were a closer fit",
        "with an internal candidate", "filled internally", "filled the role internally",
        "filled the position internally",
        # an offer taken back: "we have had to rescind the offer we extended last week"
        "rescind the offer", "rescind our offer", "rescind your offer", "rescinded the offer",
        "rescinded our offer", "rescinded your offer", "rescinding the offer",
        "rescinding our offer", "rescinding your offer", "withdraw our offer",
        "withdrawing our offer",
        # more everyday forms: "we've decided to offer the role to an internal candidate",
        # "on this occasion you haven't been successful", "we won't be taking your
        # application forward", "decided to hire another candidate", "decided to pass on your
        # candidacy", "decided to move on with other applicants", "we won't be filling it"
        "offer the role to an", "offer the job to an", "offer the position to an",
        "you haven't been successful", "you weren't successful",
        "application hasn't been successful", "application wasn't successful",
        "won't be taking your application",
        "not taking your application forward", "not to take your application",
        "hire another candidate", "hire a different candidate", "hire someone else",
        # (not "pass on your application", which is also forwarding it)
        "decided to pass on", "will be passing on your candidacy",
        "are passing on your candidacy", "move on with other candidates",
        "move on with other applicants", "moving on with other candidates",
        "moving on with other applicants", "won't be filling", "will not be filling",
        # the reader's experience weighed against the job: "Your experience doesn't fit our
        # needs at this time", "your background does not match what we need for this role"
        "experience doesn't fit our", "experience does not fit our",
        "experience doesn't match our", "experience does not match our",
        "background doesn't fit our", "background does not fit our",
        "background doesn't match our", "background does not match our",
        "skills don't fit our", "skills do not fit our", "skills don't match our",
        "skills do not match our", "profile doesn't fit our", "profile does not fit our",
        "profile doesn't match our", "profile does not match our",
        "role has been eliminated", "position has been eliminated", "role has been cancelled",
        "position has been cancelled", "role has been canceled", "position has been canceled",
        # "we've made the decision to go with another applicant", "we have decided to proceed
        # with a candidate whose experience is more aligned", "we'll be moving ahead with
        # other candidates", "the position is no longer available", "we don't feel it's the
        # right match at this time"
        "go with another applicant", "gone with another applicant", "went with another applicant",
        "going with another applicant", "proceed with a candidate whose",
        "proceeding with a candidate whose", "move forward with a candidate whose",
        "moving forward with a candidate whose", "go with a candidate whose",
        "moving ahead with other", "move ahead with other", "moving ahead with another",
        "move ahead with another", "position is no longer available",
        "role is no longer available", "not the right match", "the right match at this time",
        "the right fit at this time",
    ),
    "offer": (
        "pleased to offer", "happy to offer", "delighted to offer", "excited to offer",
        "thrilled to offer", "offer letter", "extend an offer", "extend you an offer",
        "extending an offer", "extending you an offer", "extend a job offer",
        "offer of employment", "formal offer", "verbal offer", "offer package",
        "accept the offer", "your offer details", "pleased to extend",
        "extend the following", "job offer to you", "offer you the position",
        "offer you the role", "offer you a position", "offer you the job", "like to offer you",
        "would like to offer", "we'd like to offer", "congratulations on being selected",
        "you have been selected for the position", "you have been selected for the post",
        "you've been selected for the post", "employment offer", "the offer details",
        "offer for the position", "offer for the role", "conditional offer", "contingent offer",
        "offer of a position", "offer of the position", "your acceptance of this offer",
        "job offer from",
        # the offer's terms put to the reader: "confirm that you are happy to accept our terms
        # of offer", "please review the terms of the offer", "we hope you will accept our offer"
        "terms of offer", "terms of the offer", "accept our offer",
        # the employer after the reader accepted: "we're glad you accepted our offer", "your
        # first day is Monday 3 August" (the reader the one accepting: "Alex Morgan accepted
        # our offer", told to the hiring manager, is someone else's)
        "you accepted our offer", "you've accepted our offer", "you have accepted our offer",
        "for accepting our offer", "on accepting our offer", "your first day is",
        "your first day will be",
        "before your first day",
        # the same told as Indian HR tells it: "your date of joining is 01-06-2026" (a
        # payslip's "Date of Joining:" field is no sentence to the reader)
        "your date of joining is", "your joining date is", "your date of joining will be",
        "your joining date will be",
        # an owner's offer in plain words: "we'd love to have you join us as our bookkeeper"
        "have you join us as", "have you join our team", "have you join the team",
        "have you on board as", "have you on the team as",
        # an offer relayed in plain words: "Northwind want to make you an offer" (the
        # negated forms are rejections above, which win over an offer)
        "like to make you an offer", "want to make you an offer", "wants to make you an offer",
        # relayed by an agency: "Northwind have offered you the role!"
        "offered you the role", "offered you the position", "offered you the job",
        # or as the employer's paper passed on: "the hospital sent the offer through this
        # morning" (a travel or locum agency; "sent the offer to ..." someone else is not here)
        "sent the offer through", "sent through the offer", "sent an offer through",
        "sent through an offer", "sent over the offer", "sent over an offer",
        "sent us the offer", "sent us an offer",
        # the job itself given to the reader: "the job is yours if you want it" (an owner's
        # offer after a working visit; a club's post or a class's spot is given so too, and
        # stays `offer_plain` below: only the job is an employer's to give)
        "job is yours", "job's yours",
        # the team taking the reader on: "the team would love to welcome you on board"
        "welcome you on board", "welcome you onboard", "welcome you to the team",
        "welcome you aboard", "you're hired", "you are hired", "you've been hired",
        "offer of appointment",
        # the reader chosen, in other words: "you have been selected for the role of Data
        # Analyst", "we'd like you to join the team as our new analyst", "the panel has
        # recommended you for appointment" (public and academic posts), "the committee has
        # approved an offer for you"
        "you have been selected for the role", "you have been selected for the job",
        "you have been chosen for the role", "you have been chosen for the position",
        "like you to join the team", "like you to join our team", "love you to join the team",
        "love you to join our team", "like you to join us as", "love you to join us as",
        "recommended you for appointment", "recommend you for appointment",
        "approved an offer for you", "offer has been approved",
        # the reader chosen as East Asian employers and placement agencies tell it: "we are
        # pleased to notify you of your final acceptance", "selected as the final successful
        # candidate", "you have been placed with the Daegu office" (a contract to sign follows)
        "your final acceptance", "final successful candidate", "you have been placed with",
        "you have been placed at",
    ),
    "scheduling_link": (
        "calendly.com", "goodtime.io", "modernloop", "prelude.co", "youcanbook.me",
        "meetings.hubspot.com", "calendar.app.google", "calendar/appointments",
        "ashbyhq.com/schedule", "scheduling link", "self-schedule", "self schedule",
        "link below to schedule", "link below to book", "link below to select",
        "link below to choose", "select a time", "pick a time", "book a time", "choose a time",
        "book a slot", "select a slot", "using this link", "use this link to schedule",
        "book your interview", "book your slot", "choose your slot", "pick your slot",
        "select your slot", "schedule your slot",
        "on my calendar", "my calendar here", "calendar link", "grab a time", "grab a slot",
        "slot directly", "book time", "app.gem.com",
        # a booking page named as one, or a general booking tool's page linked in the
        # employer's words ("reserve a 30-minute slot through our booking page", "choose a
        # 45 minute interview on https://cal.com/acme/interview"): the candidate picks the
        # time. A tool's own notice of a time booked links the same page to change it
        # (timeline's `_booking_notice`).
        "booking page", "bookings page", "booking link", "cal.com", "savvycal.com",
        "tidycal.com", "zcal.co", "acuityscheduling.com", "bookwithme",
        # a date picked on a portal, as residency programmes' scheduling services put it
        # ("you will be able to select an interview date", "click Sign up for Interview", "log
        # in to the portal to choose your interview date")
        "select an interview date", "select your interview date", "select an interview day",
        "choose an interview date", "choose your interview date", "pick an interview date",
        "pick your interview date", "sign up for interview", "sign up for an interview",
        "book your interview date", "schedule your interview date",
        # an hourly scheduler's new-availability note: "new interview times are available -
        # book your interview here: https://..."
        "reserve your interview", "book an interview time",
        "choose your interview time", "pick your interview time", "select your interview time",
    ),
    "own_process": (
        "my interview", "my phone interview", "my video interview", "my phone screen",
        "my onsite", "my application", "my candidacy", "my references", "my referees",
        "my interview with", "my upcoming interview",
        # the interview the owner and the employer share, moved in the owner's words: "I'm
        # going to need to reschedule our interview session on 10/8" (a bare "our interview"
        # is also a couple's visa interview, forwarded)
        "reschedule our interview", "move our interview", "push our interview",
        "postpone our interview", "make our interview", "make our scheduled interview",
        "our interview session", "our scheduled interview",
        # interest restated while following up: "I remain very interested in the role"
        "still very interested", "remain very interested", "still very keen", "remain very keen",
        "still keen on the", "remain keen on the",
        # an approach answered: "I'm not actively looking, but I'd be open to a conversation"
        "not actively looking", "open to a conversation", "open to hearing more",
        "open to learning more",
        # consent to an agency's submittal: "happy for you to submit my CV to Stourton Homes"
        "submit my cv", "submit my resume", "submitting my cv", "submitting my resume",
        "put me forward", "putting me forward", "put my name forward",
    ),
    # The reader's own letter of application or inquiry: "I saw your post and I'd like to
    # apply", "I'm writing to ask whether you have any openings for a line cook"; their own
    # process only where a job is named (a room, a grant, a haircut are applied for and asked
    # after in the same words).
    "own_application": (
        "like to apply", "love to apply", "writing to apply", "wish to apply", "i am applying",
        "i'm applying", "responding to your ad", "in response to your ad",
        "in response to your advertisement", "any openings for", "any job openings",
        "any open positions", "any vacancies for",
    ),
    "addressed": (
        "your interview", "your phone interview", "your video interview", "your phone screen",
        "your onsite", "your panel interview", "your final interview", "your technical interview",
        "your upcoming interview", "your scheduled interview", "your first interview",
        "your second interview",
        # the people who interviewed the reader: "feedback from two of your interviewers"
        "your interviewer", "your interviewers",
        # a time fixed for the reader: "you're confirmed for Thursday at 2 with Colette"
        "you're confirmed for", "you are confirmed for",
        # the decision about the reader: "the hiring manager would like to move forward with you"
        "move forward with you", "moving forward with you", "move ahead with you",
        "moving ahead with you", "proceed with you",
        # the next round offered to the reader, often relayed by an agency: "they loved you
        # and want to bring you back for a final round next week"
        "bring you back for", "bring you back in", "bring you in for", "invite you back for",
        "have you back for",
    ),
    # The reader as the one who approves someone's offer, or who referred the person hired:
    # the offer these messages speak of is someone else's ("approve or reject the offer for
    # Jonah Wells", "Priya, whom you referred, has accepted our offer").
    "not_your_offer": (
        "your approval", "approve or decline", "approve or reject", "approve or deny",
        "you approved", "your sign off", "approval needed", "approval required",
        "offer approval", "you referred", "whom you referred", "your referral",
    ),
    # A debrief is the interviewers' meeting: an interviewer's duty, unless the message
    # speaks to the reader as the one interviewed ("the panel will debrief on Monday and I'll
    # call you", "your interview", "thanks for coming in"; `_READER_INTERVIEWED`).
    "duty_debrief": ("debrief", "debriefs", "debriefing"),
    # So is a hiring committee: the panel's duty ("three packets are up for the hiring
    # committee"), unless told to the one interviewed ("still missing notes from one of your
    # interviewers, and the hiring committee meets Thursday")
    "duty_committee": ("hiring committee",),
    # The reader told they will hear the outcome: the one waiting on a debrief, not in it
    # ("the team is debriefing today; expect to hear from me by Friday")
    "cue_reader_hears": (
        "hear from me", "call you", "give you a call", "get back to you", "hear back",
        "update you", "come back to you", "circle back with you",
        # "I'll be in touch then", "we'll be in touch once we've met": word to come to the
        # reader (a panelist's "in touch with the candidate" comes with the panel's own duty
        # words, "submit your scorecards", which keep it on the hiring side)
        "be in touch",
    ),
    # What `_COUNTS_CANDIDATES` needs: the people counted
    "cue_counted": ("candidates", "finalists", "applicants"),
    "availability": (
        "share your availability", "send your availability", "your availability look",
        "does your availability", "what is your availability", "what's your availability",
        "your availability like", "your availability to", "send me your availability",
        "send over your availability", "provide your availability", "with your availability",
        "know your availability", "confirm your availability", "your availability for",
        # an ATS's availability request ("Please submit your availability using the link
        # below"), not its later "thank you for submitting your availability"
        "please submit your availability", "to submit your availability",
        # a list of slots below ("Could you do any of the following?")
        "could you do any of", "can you do any of", "would any of the following",
        "your availability over", "your availability next", "your availability between",
        "your availability during", "availability for", "you're available", "you are available",
        "dates and times", "days and times", "what times work", "what time works",
        "times that work", "time that works", "times work for you", "are you available",
        "would you be available", "when are you available", "when are you free",
        "are you free", "do any of these times", "which of these times", "time slots",
        "find a time", "set up a time", "a few times", "times that suit",
        "work for you", "works for you", "would any of these", "any of these work",
        "any of these times", "which of these work", "which time works", "which works best",
        "what works best", "works best for you", "what day works", "what days work",
        "what works for you", "let me know which", "which of the following", "suit you",
        "suits you", "does that work", "would that work", "convenient for you",
        "when would be a good time", "when works", "when is a good time", "when can you",
        "how does your schedule", "how is your schedule", "your schedule look",
        "does your week look", "your week look like", "your week looking",
        # an applicant-tracking system's "Request scheduling preferences" step ("Please share
        # your scheduling preferences for the next two weeks"), not its later "we have
        # received your scheduling preferences"
        "share your scheduling preferences", "submit your scheduling preferences",
        "provide your scheduling preferences", "send your scheduling preferences",
        "options below", "following times", "following slots", "these slots",
        "proposed time", "proposed times", "proposed date", "reply to confirm",
        "times you're free", "times you are free", "when you're free", "when you are free",
        "which of these", "would you prefer", "following openings", "openings for",
        "slot that works", "slots that work", "time that suits", "works best for you",
        "suggest two alternate", "suggest alternate times", "alternate times",
        "alternative times", "suggest another time", "suggest a different time",
        "be available to",
        "which works better", "which suits you better", "which suits better",
        "which would suit you",
        # a day or a call left to the reader: "please reply with the date you prefer", "let
        # us know your preferred date", "reply with a good time to reach you", "the best time
        # to call you"
        "date you prefer", "dates you prefer", "date you would prefer", "your preferred date",
        "your preferred dates", "good time to reach you", "best time to reach you",
        "good time to call you", "best time to call you",
        # a slot asked for as Indian recruiters ask it: "kindly revert with your convenient
        # slot", "share a suitable time slot"
        "your convenient slot", "your convenient time", "convenient time slot",
        "suitable time slot", "a suitable slot", "a suitable time for", "a convenient time for",
        # a call asked for: "would you have time for a call", "open to a quick call"
        "time for a call", "time for a quick call", "time for a short call",
        "time for a confidential call", "open to a call", "open to a quick call",
        "open to a short call", "free for a quick call", "up for a call", "up for a quick call",
        # a time asked for in other words: "let me know a good time to connect", "please
        # complete the availability form", "could you pop over some availability"
        "a good time to connect", "a good time to chat", "a good time to talk",
        "a good time to speak", "good times to connect",
        # "send me a good time for a quick phone call", "the best time for a short chat"
        *(
            f"{which} time for a {size}{kind}"
            for which in ("a good", "the best", "a convenient")
            for size in ("", "quick ", "short ", "brief ")
            for kind in ("call", "phone call", "chat", "phone chat", "video call")
        ),
        "availability form", "over some availability", "send some availability",
        "share some availability", "which days suit", "which day suits", "which days work",
        "which day works", "know what suits", "know when suits", "know what works",
        "know when works", "your free slots", "free slots for",
        # a day asked for among the interview days given: "Interviews will take place on
        # February 18, 19 and 20. Please reply with your preferred date"
        "your preferred date", "your preferred dates", "your preferred day",
        "your preferred time", "your preferred times", "your preferred slot",
        "preferred date and time", "preferred interview date", "preferred interview time",
        "preferred interview slot",
    ),
    "scheduling": (
        "schedule an interview", "schedule a call", "schedule your interview",
        "schedule a time", "schedule you for", "can schedule you", "to schedule you",
        "set up an interview", "set up a call", "arrange an interview", "arrange a call",
        "book an interview", "calendar invite", "calendar invitation", "interview slot",
        "propose a time", "proposed time", "move our interview", "move the interview",
        "confirm a time", "confirm the time",
        # a time asked for through a booking tool, still the employer's to accept or turn
        # down ("Marc Dubois still needs to confirm or reject the booking", "Your event
        # request has been declined"): a time being arranged (timeline's `_awaits_the_employer`)
        "still needs to confirm", "still needs to approve", "still needs to accept",
        "pending approval", "awaiting approval", "waiting for approval",
        "request has been declined", "request has been rejected", "request was declined",
        "booking has been declined", "booking was declined",
    ),
    "reschedule": (
        "reschedule", "rescheduled", "rescheduling", "move our interview",
        # "could we push to Friday instead?": the interview moved to another day
        "push it to", "push it back", "push our interview", "push the interview",
        "push our call", "push the call", "push to monday", "push to tuesday",
        "push to wednesday", "push to thursday", "push to friday", "push to tomorrow",
        "push to next week",
        "move the interview", "move your interview", "postpone", "postponed",
        # the candidate's own ask: "would it be possible to move my interview to Friday?" (not
        # a move already made: "I had to move my interview to Thursday")
        "possible to move my interview", "can i move my interview", "could i move my interview",
        "may i move my interview",
        # "could we push Thursday's interview back by a week?" (a move asked, no time named)
        "interview back by", "interview back a",
    ),
    # The employer calling off the interview that was set (rescheduling included); said
    # in the first person, so "if you need to reschedule, let me know" is not one.
    "cancel": (
        "we need to cancel", "we have to cancel", "we'll have to cancel", "i need to cancel",
        "i have to cancel", "we had to cancel", "has been cancelled", "has been canceled",
        "have been cancelled", "have been canceled", "is cancelled", "is canceled",
        "we need to move", "i need to move", "we have to move", "we need to reschedule",
        "i need to reschedule", "we'll need to reschedule", "we have to reschedule",
        "we need to postpone", "we have to postpone", "possible to reschedule",
        "can we reschedule", "could we reschedule", "like to reschedule", "want to reschedule",
        # a scheduling tool telling the candidate what they did
        "you cancelled your interview", "you canceled your interview",
        "you have declined your interview", "you declined your interview",
        # moved, as Indian and British notices word it: "your interview stands postponed",
        # "has been postponed to Thursday", "has been preponed to 11:00 hrs" (brought forward)
        "has been postponed", "have been postponed", "is postponed", "stands postponed",
        "stands cancelled", "stands canceled", "has been preponed", "have been preponed",
        "is preponed", "stands preponed", "has been brought forward",
    ),
    # The host said to have called it off, as a booking or poll tool tells it ("Ava Sinclair
    # has canceled Second interview that was scheduled for: ..."): a cancel when the other
    # side says it; in the owner's own words ("my other appointment has cancelled, so
    # Tuesday is easy") it calls off something else (`read_messages`).
    "cancel_told": ("has cancelled", "has canceled"),
    "confirmed": (
        "is confirmed", "has been scheduled", "is scheduled", "are scheduled",
        "you're signed up", "you are signed up",  # a board's interview slot taken
        "has been rescheduled", "rescheduled your interview", "has been amended",
        "will now take place", "new time",
        "is booked", "has been booked", "see you on", "see you then", "see you at",
        # a booking tool's notice: "Your appointment has been successfully booked!"
        "successfully booked", "successfully scheduled",
        *_SEE_YOU_ON_A_DAY, "speak with you on",
        "speak to you on", "talk to you on", "look forward to speaking",
        "looking forward to speaking", "look forward to meeting", "looking forward to meeting",
        "calendar invite", "calendar invitation", "sent you an invite", "sent an invite",
        "your interview is", "interview will take place", "interview details",
        "interview confirmation", "lock in", "you're all set", "all set for", "i've scheduled",
        "we've scheduled", "scheduled your", "booked you", "you're booked",
        # the slot said as already given to the reader ("we have you down for Tuesday at 10
        # - please reply to confirm it works"): a stated time, only to be confirmed
        "have you down for", "put you down for", "pencilled you in", "penciled you in",
        "have you pencilled in", "have you penciled in", "slotted you in",
        "you're down for", "you are down for", "scheduled you for", "scheduled you in",
        "allocated you", "your slot is", "your time slot is", "we've reserved",
        "we have reserved", "i've reserved", "i have reserved", "reserved for you",
        "i've booked", "we've booked", "we have booked", "i have booked",
        # the reader's own booking thanked for, with its time below ("Thank you for booking
        # your interview for Inventory Control Analyst. Thursday, October 8 ...")
        "for booking your interview", "for booking an interview", "booked your interview",
        "for booking your call", "for booking your phone screen", "for scheduling your interview",
        "for selecting an interview time", "for choosing an interview time",
        # a call the employer says they will make at a time ("I'll give you a call on
        # Tuesday, November 10 at 10:00 AM", "please expect a call from me", "our recruiter
        # will call you at 10am on Tuesday", "I've put a 30-minute call in for ... - speak
        # then!"): a time stated, not proposed
        "give you a call on", "give you a call at", "expect a call", "expect my call",
        "will call you on", "will call you at", "i'll call you on", "i'll call you at",
        "we'll call you on", "we'll call you at", "will ring you on", "will ring you at",
        "put a call in for", "speak then", "talk then", "chat then",
        # the slot moved for the reader ("we've moved you to the 10:00 AM slot on Friday")
        "moved you to", "moving you to", "switched you to", "moved your interview to",
        "changed your interview to",
        "this confirms", "this is to confirm", "this email confirms", "to confirm your",
        "confirming your", "has been confirmed", "have been confirmed", "you are scheduled",
        # the employer confirming in the first person: "I can confirm your interview on ..."
        "can confirm your", "pleased to confirm your", "happy to confirm your",
        "glad to confirm your",
        "you're scheduled", "look forward to seeing you", "looking forward to seeing you",
        "we'll see you", "we will see you", "invitation to interview", "invite you to interview",
        "invite you for an interview", "invite you to an interview",
        # ... with the kind of interview said between ("an online interview on Thursday 5
        # November at 09:00 CET")
        "invite you to an online interview", "invite you to a video interview",
        "invite you to an in-person interview", "invite you to a phone interview",
        "invite you to a telephone interview", "invite you to a virtual interview",
        "invite you to a first interview", "invite you to a second interview",
        "invite you to a final interview",
        # and the kinds professions name: a law firm's callback, an airline's face-to-face,
        # a panel ("invite you for a callback interview at our office on Friday, August 28 at
        # 1:00 p.m.", "invite you to a face-to-face interview at our headquarters on ...")
        "invite you to a callback interview", "invite you for a callback interview",
        "invite you to a face-to-face interview", "invite you for a face-to-face interview",
        "invite you to a face to face interview", "invite you for a face to face interview",
        "invite you to a panel interview", "invite you for a panel interview",
        "invite you to an onsite interview", "invite you for an onsite interview",
        "invite you for a video interview", "invite you for a phone interview",
        "invite you for a second interview", "invite you for a final interview",
        # "Booked: Wednesday 24 June, 10:30-11:15 ... The invitation is on its way."
        "invitation is on its way", "invite is on its way", "invitation is on the way",
        "invite is on the way",
        # the day's plan sent ahead of an onsite: "Here is your itinerary for Thursday, March
        # 12: 9:30 AM - 10:15 AM ..." (not a bare "your itinerary": a flight's is one too)
        "interview itinerary", "onsite itinerary", "on-site itinerary", "itinerary for your",
        "your interview schedule", "interview agenda", "agenda for your interview",
        "agenda for your visit", "schedule for your visit", "schedule for your onsite",
        # a time stated as the employer's wish, awaiting no more than the reader's yes ("The
        # hiring manager would like to meet you on Tuesday 17 March at 10am")
        "like to meet you on", "love to meet you on", "like to meet with you on",
        "love to meet with you on", "like to meet you at", "love to meet you at",
        "like to meet with you at", "love to meet with you at",
    ),
    # The bare word: "Confirmed for Tuesday at 2pm", but also "(link to follow once confirmed)".
    "confirmed_word": ("confirmed",),
    "settled_day": _SEE_YOU_ON_A_DAY,
    "reminder": ("reminder", "friendly reminder", "just a reminder"),
    "happened": (
        "thank you for meeting with us", "thanks for meeting with us",
        "thank you for interviewing with", "thanks for interviewing with",
        "thank you for speaking with us", "thanks for speaking with us",
        "thank you for speaking with me", "thank you for your time today",
        "thanks for your time today", "thank you for taking the time to interview",
        "thank you for taking the time to meet", "thank you for taking the time to speak",
        "great speaking with you", "great meeting you", "great to meet you", "great chatting",
        "enjoyed speaking with you", "enjoyed meeting you", "enjoyed our conversation",
        "following your interview", "following up on your interview", "after your interview",
        "since your interview", "your recent interview", "your interview yesterday",
        "your interview today", "feedback from your interview", "team enjoyed meeting",
        "team enjoyed speaking", "since we spoke", "since we last spoke",
        "thank you for the conversation", "thanks for the conversation",
        "thank you for our conversation", "thanks for our conversation", "for the call on",
        "taking the time to talk with", "taking the time to meet with", "time to talk with me",
        "time to meet with me", "time to speak with me", "thanks for chatting",
        "thank you for chatting", "for the chat today", "for the call today",
        "for the conversation today", "for chatting today", "for talking with me",
        "for speaking with me today", "for meeting with me",
        "thank you for coming in", "thanks for coming in", "for coming in today",
        "thank you for visiting", "thanks for visiting", "for interviewing with us",
        "for interviewing with me", "for your time today", "for your time yesterday",
        "for meeting with us today", "for meeting with the team", "for speaking with the team",
        "it was great to meet you", "it was a pleasure meeting you",
        "it was a pleasure to meet you", "it was nice meeting you", "it was great speaking",
        "it was great talking", "enjoyed meeting with you", "enjoyed talking with you",
        "enjoyed getting to know you", "after meeting with you", "after speaking with you",
        "the team enjoyed", "everyone enjoyed", "your time with us",
        "following our conversation", "following our interview", "following our call",
        "after our interview", "after our conversation", "your interview on",
        "your interview last", "the interview last", "interviewed with us",
        "speaking with you yesterday", "speaking with you today", "meeting you yesterday",
        "meeting you today", "met with you", "your onsite", "your on-site",
        "your final interview", "your recent conversation", "feedback about you",
        # the employer hoping the candidate enjoyed it: "I hope you enjoyed meeting the team"
        "hope you enjoyed meeting", "hope you enjoyed speaking", "hope you enjoyed talking",
        "hope you enjoyed your interview", "hope you enjoyed the interview",
        "hope you enjoyed your visit", "hope you enjoyed your time", "hope you enjoyed the day",
        # a meeting since which something happened: "a quick update since we met"
        "since we met", "since we last met", "since we chatted", "since we talked",
        "since we last chatted", "since we last talked", "since our call", "since our chat",
        "since our conversation", "since our meeting", "since meeting you", "since speaking",
        "for taking part in the interview", "for taking part in our interview",
        "for taking part in your interview", "for taking part in the assessment",
        "for participating in the interview", "for participating in our interview",
        "following on from your interview", "following on from our conversation",
        "following on from our call", "following on from our meeting",
        "further to your interview", "further to your recent interview",
        "further to our conversation", "further to our meeting",
    ),
    "thank_you": (
        "thank you for your time", "thanks for your time", "thank you for taking the time",
        "thanks for taking the time", "great speaking with", "great talking with",
        "great speaking to", "great talking to", "great meeting", "great to meet",
        "great to speak", "great chatting", "nice to meet", "nice meeting", "enjoyed speaking",
        "enjoyed talking", "enjoyed meeting", "enjoyed our conversation", "enjoyed learning",
        "thank you for the opportunity to interview", "thank you for the opportunity to speak",
        "thank you for the opportunity to meet", "thank you for interviewing me",
        "thank you for meeting with me", "thank you for speaking with me",
        "thanks for meeting with me", "thanks for speaking with me", "thanks for having me",
        "thank you for having me", "pleasure speaking", "pleasure meeting", "pleasure to meet",
        "pleasure to speak", "appreciate you taking the time", "appreciated the opportunity",
        "thanks so much for the conversation", "thank you for the conversation",
        "thanks for the conversation", "thank you for the phone screen",
        "thanks for the phone screen", "thank you for the interview", "thanks for the interview",
        "say thank you for", "appreciated hearing", "appreciated the conversation",
        "thank you for the chat", "thanks for the chat", "thanks again for your time",
        "thank you again for your time", "thank you for meeting", "thanks for meeting",
        "thank you for speaking", "thanks for speaking", "thank you for talking",
        "thanks for talking", "thank you for interviewing", "thanks for interviewing",
        "thank you for the opportunity", "thanks for the opportunity",
        "appreciate your time", "appreciated your time", "appreciate the time",
        "i appreciated", "thank you for your insights", "pleasure to talk",
        "great to talk", "good to meet", "lovely to meet", "wonderful to meet",
        "enjoyed the conversation", "enjoyed our chat", "enjoyed our discussion",
        "enjoyed learning more", "enjoyed the interview", "enjoyed interviewing",
        "thank you for taking time", "thanks for taking time", "to meet me", "to meet with me",
        "to speak with me", "to talk with me", "meeting me", "meeting with me", "speaking with me",
        "thank you for having", "thanks for having", "thank you for the tour",
    ),
    "follow_up": (
        "following up", "follow up on", "follow up regarding", "checking in", "check in on",
        "just checking", "any update", "any updates", "any news", "status of my application",
        "status of my candidacy", "wanted to see if there", "touch base", "touching base",
        "circle back", "circling back", "update on my application", "update on the position",
        "update on the role", "heard anything", "where things stand",
        # the same chase in Indian and British English: "kindly update me on the status of my
        # candidature", "any update on my interview result"
        "status of my candidature", "update on my candidature", "update me on the status",
        "status of my interview", "my interview result", "outcome of my interview",
    ),
    "ask": (
        # references asked for, not the employer's own "I'll check references" ("your
        # references" alone is `cue_your_references`)
        "two references", "three references", "list of references",
        "names of references", "provide references", "send references", "references for",
        "references from", "reference contacts", "could you send", "can you send",
        "could you share", "can you share", "please send", "please share", "please provide",
        "please complete", "please fill", "please submit", "please confirm", "please reply",
        "please respond", "could you please", "would you mind", "can you confirm",
        "could you confirm", "are you still interested", "your portfolio", "your transcript",
        "work samples", "writing sample", "salary expectations", "expected salary",
        "notice period", "earliest start date", "please review and sign", "please sign",
        "like you to complete", "ask you to complete", "invite you to complete",
        "you to complete a", "you to complete the", "like you to submit", "like you to send",
        "complete the assessment", "complete the attached", "complete this assessment",
        "please choose", "please pick", "please select",
        # the take-home to hand in: "Please upload your solution within 5 days", "upload
        # your completed test using the link below", "send it back within five days"
        "please upload", "kindly upload", "upload your solution", "upload your completed",
        "submit your solution", "send it back",
        # a platform putting the agency's submission to the reader: "Confirm your interest in
        # this position at Cobalt Freight Systems!" (not "thank you for confirming ...")
        "confirm your interest",
        # the same asks as Indian, Gulf and African offices word them: "kindly confirm your
        # attendance", "kindly revert" (reply), "please revert with the signed copy"; not
        # "I'll revert"
        "kindly confirm", "kindly send", "kindly share", "kindly provide", "kindly reply",
        "kindly respond", "kindly acknowledge", "kindly revert", "please revert",
        "please acknowledge", "kindly complete", "kindly fill", "kindly submit",
        # attendance to confirm, whatever asks it: "Follow the link below to confirm that you
        # are able to attend", "use the button to confirm your attendance" (not "thank you
        # for confirming your attendance", nor the reader's own "I confirm my attendance")
        "confirm your attendance", "confirm that you are able to attend",
        "confirm you are able to attend", "confirm that you can attend",
        "confirm you can attend", "confirm that you will attend", "confirm you will attend",
        # a texting assistant's reminder: "Reply C to confirm or R to reschedule", "reply YES
        # to confirm your interview"
        "reply c to confirm", "reply y to confirm", "reply yes to confirm", "reply 1 to confirm",
        "text c to confirm", "text y to confirm", "text yes to confirm", "reply confirm",
    ),
    "ask_soft": ("let me know", "let us know"),
    # What `_ASKS_YOUR_REFERENCES` needs: "we'd like your references" asks for them, "we've
    # heard back from your references" has used them
    "cue_your_references": ("your references",),
    # The candidate taking a proposed time ("Thursday at 2 PM works for me").
    "accepts": (
        "works for me", "work for me", "works great", "works well", "works perfectly",
        "that works", "this works", "works fine", "sounds good", "sounds great",
        "sounds perfect", "perfect for me", "i'll be there", "i will be there",
        "see you then", "see you on", "i can do", "i am available", "i'm available",
        # the same said of the day ahead: "I will be available on 29 April at 09:00"
        "i will be available", "i'll be available",
        "i'll take", "please book", "let's do", "let's go with", "i confirm",
        "happy to confirm", "i can make", "i'd like to book", "i would like to book",
        "i'd prefer", "i would prefer", "i'll go with", "i will go with", "suits me",
        "is perfect", "would be perfect", "would be great", "i've booked", "i have booked",
        "i've scheduled", "i have scheduled", "i've selected", "i have selected",
        "that's perfect", "that's fine", "that is fine", "fine by me", "fine with me",
        "would be best", "works best for me", "is best for me", "best for me", "that's ideal",
        "is ideal", "speak then", "talk then", "see you there", "see you monday",
        "see you tuesday", "see you wednesday", "see you thursday", "see you friday",
        "see you tomorrow",
    ),
    "decision_context": (
        "hear back", "hear from us", "get back to you", "back to you", "let you know",
        "be in touch", "reach out", "decision", "decide", "update you", "an update",
        "follow up with you",
        "next steps", "feedback", "contact you", "notify", "outcome", "expect to", "timeline",
        "circle back", "respond to you", "come back to you",
    ),
    # Where a decision date may also be said, without being a hiring word of its own ("it may
    # take another couple of weeks, but I will keep you informed"): read by the timeline's
    # dates only, no signal (the words are everyday mail's too).
    "decision_context_weak": (
        "keep you informed", "keep you posted", "keep you updated", "a conclusion",
        "an answer",  # "we'll have an answer for you by Monday at the latest"
        "know more",  # "we should know more next week"
        "have news", "news for you",  # "we hope to have news for you by mid next week"
        # "decisions will be made w/c 23 November", "we'll be making offers in the week ..."
        "decisions", "making offers", "make offers",
        # an agency relaying the employer's timeline: "they said they'd let me know by Friday"
        "they'd let me know", "they'll let me know", "they will let me know",
        "they would let me know", "come back to me",
        # the same promise as Indian, Gulf and British HR write it (when.py's cues): "we will
        # revert by 20-05-2026", "the result will be intimated to you", "we will inform you"
        "will revert", "we'll revert", "i'll revert", "shall revert", "revert to you",
        "revert back to you", "inform you", "intimate you", "intimated to you", "be intimated",
        "let all candidates know", "let candidates know", "let all applicants know",
        "let applicants know",
        # a result sent or a notice ("you will be notified of your placement on the register
        # by Friday, March 6", "interview results will be sent at the end of March")
        "be notified", "results will be", "result will be",
    ),
    # A calendar's own invitation mail ("Invitation from Google Calendar"): its footer reads
    # like a mailing list's, but it is a person's invite.
    "calendar_notice": (
        "you have been invited to the following event", "invitation from google calendar",
        "you are receiving this email because you are an attendee",
        "you are receiving this courtesy email",
    ),
    "bulk_wording": (
        "unsubscribe", "view in browser", "view this email in your browser",
        "email preferences", "manage your preferences", "update your preferences",
        "you are receiving this email because", "you're receiving this email because",
        "notification settings", "manage alerts",
    ),
    "job_alert": (
        "jobs you may like", "jobs you might like", "jobs you may be interested in",
        "jobs you might be interested in", "job alert", "job alerts", "new jobs for you",
        "new jobs matching", "jobs matching your", "recommended jobs", "jobs recommended for you",
        "job recommendations", "top job picks", "jobs based on your", "new job matches",
        "people also viewed", "jobs near you", "easy apply", "see all jobs", "see more jobs",
        "view all jobs", "jobs in your network", "your job search alert", "your saved search",
        "new jobs for your search", "matching your saved", "based on your job search",
    ),
    "media": (
        "podcast", "journalist", "reporter", "for our article", "for an article",
        "for my article", "for a story", "for our story", "on the record", "off the record",
        "press inquiry", "media inquiry", "press interview", "media interview", "our readers",
        "our listeners", "episode", "magazine", "newsroom", "be featured", "quote you",
        "as a guest", "guest on our", "writing a piece", "writing an article",
        "writing a story", "writing a feature", "a feature for", "for a feature",
        "working on a story", "working on a piece", "working on an article",
        "story should run", "story will run", "article will run", "piece will run",
        "your take on", "be quoted", "on deadline", "reporter request", "media request",
        "press request",
        # a publication's own words for its piece about the reader: "Re: Artist Spotlight
        # interview", "Feature interview for our spring issue"
        "spotlight interview", "artist spotlight", "member spotlight", "customer spotlight",
        "alumni spotlight", "feature interview", "our spring issue", "our summer issue",
        "our autumn issue", "our fall issue", "our winter issue", "our next issue",
        "our upcoming issue",
    ),
    # "Interview request from The Ledger" is a reporter's; "New interview request from
    # Lumenstack ... Base salary: $165,000" a hiring marketplace's (Hired, OfferZen): read
    # in `read_messages`, media only when no pay is offered beside it
    "cue_interview_request": ("interview request from",),
    # A show's guest, in either side's words, before and after the recording: "thanks for
    # having me on the show", "I'll send a Riverside link for the recording" (a podcast's
    # studio). Not "on the show" alone, nor "be / join us on the show": a job may be one ("a
    # runner role on the show", "to be on the show's writing team"). `_ABOUT_A_PIECE` adds
    # a reporter's story talked about ("happy to talk about the story").
    "media_either": (
        "having me on the show", "having me on your show", "having me on the podcast",
        "having me on your podcast", "come on the show", "come on your show",
        "riverside link", "zencastr", "squadcast",
    ),
    "research": (
        "user research", "ux research", "usability", "participate in a study",
        "participate in our study", "take part in a study", "research study",
        "research session", "user interview", "user interviews",
        "customer interview", "customer interviews", "product feedback", "user testing",
        "user study", "research participant", "paid study", "feedback session",
        "study participants", "you qualify", "selected to participate",
        "paid research", "research opportunity", "our study", "this study", "focus group",
        "usability test", "be compensated",
        # a company's customers thanked (with a voucher: `cue_incentive`) for an interview
        # about its product
        "valued customer",
        "research interview", "research interviews", "my research",
        # "our research" as a study's ("for our research", "our research into"), not a
        # department naming a job ("an interview with our research director")
        "our research experience", "our research registry", "our research into",
        "our research on", "our research about", "for our research",
        "conducting research", "research project", "informed consent", "my thesis",
        "thesis project", "my dissertation", "dissertation research", "participate in my",
        "interview participants", "research participants", "take part in this study",
        "taking part in this study", "information for participants", "research session",
        # a statistics office's sample: a household is chosen, no person applies
        "your household was", "your household has been", "your household is one",
        "your household's response", "your household's answers",
        # a founder's customer interview, said to be no sale (and so no job either)
        "i'm not selling anything", "i am not selling anything", "not trying to sell you anything",
        "there's no product yet", "there is no product yet",
    ),
    # A study's thanks and its sift, research where no job is named (`_A_JOB_NAMED`): "a $50
    # gift card for your time", "an honorarium", "a voucher", "fill in the short screener".
    # An employer pays a design challenge with a gift card too, and the EU's selection
    # office sifts its candidates with a "talent screener".
    "cue_incentive": (
        "gift card", "amazon gift", "visa gift", "honorarium", "voucher", "screener",
    ),
    # A clinical study's: its screening visit decides who is enrolled, not who is hired; read
    # as research where no one is hiring (a Clinical Research Coordinator runs study visits;
    # "study coordinator", "clinical trial" are not here at all: job titles say those).
    "cue_study_visit": ("study visit", "study visits", "screening visit", "study investigator"),
    # Interviews for something other than a job: admissions, volunteering, freelance gigs.
    "not_a_job": (
        "admissions interview", "admission interview", "admissions committee",
        "admissions team", "admissions office", "mba admissions", "admissions process",
        "volunteer application", "volunteer coordinator", "volunteer interview",
        "volunteer role", "volunteer position", "volunteer opportunity", "our volunteers",
        "upwork", "fiverr", "freelancer com", "your proposal for", "your proposal was",
        "your proposal has", "submitted a proposal",
        # a marketplace client's doings (not "the client has shortlisted you" nor "the client
        # has come back with feedback": an agency's word for the employer)
        "client has viewed your proposal", "client has ended the contract",
        "client has closed the job", "ended the contract", "hourly contract",
        "fixed-price contract",
        "scholarship interview", "fellowship interview", "rental application",
        "alumni interview", "alumni interviews", "alumni interviewer", "mba interview",
        "mba program", "mba programme", "admissions director", "director of admissions",
        "admissions board", "admission decision", "admissions decision",
        "toward rent", "towards rent", "tour deposit", "lease and deposit",
        # a home's: a landlord approving a rental application sends a lease and a move-in
        "lease agreement", "sign the lease", "send the lease", "send you the lease",
        "your lease", "move-in date", "walk-through inspection",  # not "move in": "... move
        # in a different direction" is an employer's decline
        "payment received",  # a paid session (coaching, a portfolio review): no employer's
        "to adopt", "adoption application", "adoption counselor", "adoption counselors",
        "adoption counsellor", "adoption fee", "adoption process", "adoption team",
        # a home's: a co-op board or housing co-operative admits residents
        "bedroom apartment", "bedroom unit", "bedroom flat", "bedroom home", "co-op board",
        "coop board", "board package", "housing co-op", "housing coop", "housing cooperative",
        "housing co-operative", "occupancy agreement",
        # the reader's references handed to a landlord or a letting agent (not "the house",
        # "the property", "the apartment": a house manager's, a property manager's role)
        "references for the flat", "references for the rental",
        # a landlord's answer to an enquiry: the home is what the reader is interested in, and
        # an employer never asks for proof of income
        "proof of income", "schedule a showing", "schedule a viewing", "book a viewing",
        "arrange a viewing",  # (and `_INTEREST_IN_A_HOME`)
        # a landlord's offer of a home, taken up with the deposits only a landlord asks for
        # ("confirm by Friday and send the holding deposit"; an employer's "salary deposit" or
        # "direct deposit" is pay, not a sum handed over)
        "holding deposit", "security deposit", "month's rent", "months rent",
        "oath ceremony",  # naturalisation: the interview before it is an officer's
        # a lender's: the reader's loan or card, not a job
        "your loan", "your loans", "your mortgage", "your credit card", "your card application",
        # a lender's, approving a card: no employer sets the reader a limit or posts a card
        "credit limit", "your new card", "card will arrive", "activate your card",
        # a conference's call for talks: a talk turned down or taken is no job's decision
        "call for papers", "call for proposals", "call for speakers", "call for talks",
        "include your talk", "your talk was", "your talk has", "your talk proposal",
        "submitting your talk", "submitted your talk", "your session proposal",
        # a trusted-traveller programme's interview is with a border officer
        "trusted traveler", "trusted traveller", "global entry", "conditionally approved",
        "enrollment center", "enrollment centre", "enrolment centre", "enrolment center",
        "enrollment on arrival",
        # a mentoring scheme's mentee, not an employee
        "as a mentee", "mentorship programme", "mentorship program", "mentoring programme",
        "mentoring program",
        # an adoption's or fostering's assessment: a social worker's visits and interviews
        "home study", "foster carer", "foster carers", "foster parent", "foster parents",
        "become foster", "application to foster",
        # an election's: a club's or a board's candidates, their statements, the slate and
        # the ballot (not "nominations committee": a board interviews its directors so)
        "elections committee", "election committee", "club elections", "club election",
        "board elections", "board election", "officer elections", "candidate statement",
        "candidate statements", "on the ballot", "with the ballot", "nominations slate",
        "nomination slate", "slate is published", "slate will be published",
        "publish the slate", "contest in the elections", "contest in the election",
        "stand for election", "run for election",
        # and a candidate for office asking for an endorsement: its questionnaire and result
        "candidate questionnaire", "candidate questionnaires", "our endorsement",
        "endorsements committee", "endorsement committee", "elections guide", "election guide",
        "certified candidate", "endorsements are made",
        # a firm bidding for a contract: the client short-lists firms, not people
        "short listed firms", "shortlisted firms", "your firm has been short listed",
        "your firm has been shortlisted", "your firm has been selected", "your firm was selected",
        "your firm was not selected", "your firm was short listed", "your firm was shortlisted",
        "your statement of qualifications", "your statements of qualifications",
        "response to our rfq", "response to our rfp", "responses to our rfq",
        # the employer the reader is leaving, acknowledging the resignation (an exit meeting,
        # a last day): a new employer asks whether it is handed in, never receives it
        "received your resignation", "receipt of your resignation", "acknowledge your resignation",
        "accept your resignation", "accepted your resignation", "for your letter of resignation",
        "for your resignation letter",
        # a city's or a county's appointments to its volunteer boards: no employer's hiring
        "board and commission", "boards and commissions", "boards committees and commissions",
        "boards and committees", "commissions and committees",
        # a students' club or society choosing its committee at the start of the year
        "freshers week", "freshers' week", "fresher's week", "clubs week", "club fair",
        "clubs fair", "societies fair", "society committee", "club committee",
    ),
    "meeting": (
        "sync", "weekly sync", "team sync", "1:1", "1-on-1", "one-on-one", "standup",
        "stand-up", "retro", "retrospective", "all hands", "all-hands", "team meeting",
        "sprint planning", "planning meeting", "catch up", "catch-up", "office hours",
        "staff meeting", "board meeting", "lunch and learn", "happy hour", "offsite",
        "quarterly review", "weekly meeting", "design review", "status update",
        "kickoff call", "kick off call", "kickoff meeting", "kick off meeting", "onboarding call",
        "implementation call", "business review", "qbr",
    ),
    "marketing": (
        "discount", "promo code", "coupon", "limited time", "webinar", "free trial",
        "upgrade to premium", "try premium", "premium members", "premium subscription",
        "sale ends", "register now", "sign up today", "save your seat", "interview tips",
        "your payment", "your purchase", "your order",
        "interview prep", "interview preparation", "ace your interview", "ace your next interview",
        "ace the interview", "common interview questions", "interview questions to",
        "mock interview", "bootcamp", "masterclass", "career coach", "resume review",
        "land your dream job", "dream job", "shop now", "buy now", "black friday",
        "cyber monday", "special offer", "exclusive offer", "limited offer",
        "thanks for your order", "thank you for your order", "your order", "order confirmation",
        "order number", "has shipped", "tracking number", "your receipt", "order total",
        # a vendor's sales call: "thanks for your interest in Acme ... would like to meet with
        # you to walk you through the platform"
        # (not "product demo" nor "your trial": a sales engineer's second round and a
        # restaurant's trial shift)
        "book a demo", "schedule a demo", "walk you through the platform",
        "walk you through our platform", "your free trial",
        # a careers office's workshop: "Tips on interviewing and updating your resume, Tuesday
        # 7:35 in the Career Center" (its employers' own interviews are not these words)
        "tips on interviewing", "interviewing tips", "interview workshop", "interviewing workshop",
        "interview skills workshop", "workshop on interviewing", "sell yourself in an interview",
        # a careers office's fair, where many employers recruit: "over 60 employers will be
        # recruiting at the Spring Career Fair" (one employer's mail names itself, not them)
        "employers will be recruiting", "employers will be attending", "employers attending",
        "participating employers", "employers will be on campus", "employers are recruiting",
    ),
    # The candidate deciding: accepting an offer, declining it, withdrawing.
    "candidate_decides": (
        "accept the position", "accept the offer", "accept your offer", "delighted to accept",
        "happy to accept", "pleased to accept", "formally accept", "signed the offer",
        "signed the letter", "signed offer", "accepting the offer", "decline the offer",
        "declining the offer", "decline your offer", "withdraw my application",
        "withdraw my candidacy", "withdraw from consideration", "withdrawing my application",
        "withdraw from the process", "withdrawing from the process",
        "my acceptance of", "confirm my acceptance", "withdraw my acceptance",
        "withdrawing my acceptance", "accept your employment offer", "accept your job offer",
        "unable to accept the offer", "unable to accept your offer", "turn down the offer",
        "turn down your offer",
        # another job taken, said instead of "withdraw": "I've decided to accept a position
        # with another company, so I won't be moving forward"
        "accept a position with another", "accepted a position with another",
        "accepted another offer", "accept another offer", "accepted an offer elsewhere",
        "accepted a position elsewhere", "accepted another position", "accepted another role",
        "decided not to accept", "pass on the offer", "pass on your offer",
        "remove myself from the process", "remove myself from consideration",
        "no longer interested in pursuing", "no longer interested in the role",
        "no longer interested in the position", "no longer interested in this role",
        "no longer interested in this position",
    ),
    # The candidate answering the employer's decision: "please keep me in mind for future
    # openings", "I'd welcome being considered for future roles". Only about a job: the
    # nouns say which future ("keep me in mind for the next pub quiz" is not one).
    "after_decision": (
        "considered for future roles", "considered for future openings",
        "considered for future positions", "considered for future vacancies",
        "considered for future opportunities", "keep me in mind for future roles",
        "keep me in mind for future openings", "keep me in mind for future positions",
        "keep me in mind for future opportunities", "keep me in mind for any future",
        "outcome of my application",
    ),
    "candidate_references": (
        "my references", "here are my references", "my reference details", "my portfolio",
        # with how many said between ("here are my three references", "my two referees")
        "my two references", "my three references", "my four references", "my 2 references",
        "my 3 references", "my referees", "my two referees", "my three referees",
        "my 2 referees", "my 3 referees", "my reference contacts",
        "attached my resume", "attached my cv", "my updated resume", "my updated cv",
        "my resume is attached", "my cv is attached", "attached is my resume", "attached is my cv",
        "enclosed is my resume", "enclosed is my cv", "my resume is enclosed",
        "my completed assignment", "completed the assessment", "submitted the assessment",
        "my take home", "my take-home", "my availability",
        "pfa my", "pfa resume", "pfa cv",  # "please find attached" (Indian English)
        # consent to an agency's submittal hands the CV over: own process and a document
        "submit my cv", "submit my resume", "submitting my cv", "submitting my resume",
        "put me forward", "putting me forward", "put my name forward",
    ),
    # Said by a candidate about their own application; in mail TO the user it means the user
    # is the recruiter, interviewer or hiring manager being written to.
    # The reader asked to speak for someone else's application: a referee's part, which is
    # the hiring side's (read by who asks, `read_messages`: the owner asking it is her own).
    "reference_asked": (
        "a reference for me", "be my reference", "be one of my references",
        "one of my referees", "be my referee", "named you as a referee",
        "named you as a reference", "listed you as a reference", "listed you as a referee",
        "given your name as a referee", "given your name as a reference",
        "provided your name as a referee", "provided your name as a reference",
        "gave your name as a referee", "gave your name as a reference",
        "put you down as a referee", "put you down as a reference",
        "recommendation for me", "write me a letter", "write me a reference",
    ),
    # What `_rounds_of_a_selection` needs: a selection that is no employer's
    "cue_selection": (
        "audition", "auditions", "festival", "competition", "contest", "award", "awards",
        "prize", "jury",
    ),
    # What `_TELLS_OWN_INTERVIEW` needs: someone telling of the interview they had
    "cue_told_own": (
        "got out of", "liked me", "let me know by", "offered me", "didn't get the",
        "did not get the",
        # someone close to the writer: "my daughter Lily has an interview next Tuesday"
        "has an interview", "had an interview", "got an interview", "has a job interview",
        "had a job interview", "got a job interview", "has her interview", "had her interview",
        "has his interview", "had his interview", "got an offer", "has an offer",
    ),
    # What `_SUGGESTS_APPLYING` needs: the writer suggesting the reader apply
    "cue_suggests_applying": (
        "worth applying", "you should apply", "you should totally apply", "why don't you apply",
        "why not apply", "you could apply",
    ),
    "candidate_voice": (
        "my application", "my candidacy", "my interview", "my resume", "my cv",
        "my references", "withdraw my application", "withdraw my candidacy",
        "i will attend", "i'll attend", "confirm my attendance", "accepted another offer",
        "accepted another position", "i accept the offer", "delighted to accept",
        "happy to accept", "pleased to accept", "formally accept", "for considering me",
        "considering me for", "thank you for inviting me", "thanks for inviting me",
        "excited about the role", "excited about the position", "my interest in",
        "attaching my resume", "attached is my resume", "feedback on my interview",
        "thank you for the invitation to", "thanks for the invitation to",
        "thank you for coordinating", "thanks for coordinating", "before i sign",
        "future applications", "where i could have been stronger", "where i could improve",
        "thank you for the opportunity", "thanks for the opportunity",
        # a candidate's thank-you after a conversation, whoever it is sent to
        "enjoyed learning more about", "hearing about next steps", "hearing about the next steps",
        # the one the reader referred: "thank you so much for referring me!"
        "for referring me",
        # a candidate's thank-you to the interviewer: interest grown, a point not made
        "even more interested in the role", "even more interested in the position",
        "even more interested in the opportunity", "even more excited about the role",
        "even more excited about the position", "even more excited about the opportunity",
        "forgot to mention in the interview", "forgot to mention during the interview",
        "forgot to mention in our interview", "forgot to mention during our interview",
    ),
    # Said by the hiring side to a candidate; in the user's own mail it means the user is
    # the recruiter, interviewer or hiring manager.
    "employer_voice": (
        "your candidacy", "thank you for applying", "thanks for applying",
        "your interview on", "reschedule your interview", "rescheduled your interview",
        "your interview has been", "your interview is", "your interview will",
        "thank you for your application", "received your application",
        "move forward with your application", "move forward with your candidacy",
        "to move forward with your", "share your availability", "send your availability",
        "let us know your availability", "let me know your availability",
        "you're confirmed for your", "you are confirmed for your", "this confirms your",
        "confirms your interview", "invite you to an interview", "invite you to interview",
        "invite you for an interview", "like to invite you", "pleased to offer you",
        "like to offer you", "for coming in to interview",
        # "we regret to inform you that you / your application ...", not the candidate's "I
        # regret to inform you that I have come down with flu"
        "regret to inform you that you", "regret to inform you that your",
        "regret to inform you that we", "regret to inform you that the position",
        "regret to inform you that the role", "withdrawn your application",
        "closed your application",
        "for interviewing with us", "interview with our", "the selected candidate",
        "other candidates", "another candidate", "other candidate", "your resume on file",
        "apply for other roles", "our hiring team", "our recruiting team",
        "our pleasure to meet you", "were very impressed with you", "apply again",
        "encourage you to apply", "extend the following", "extend an offer to you",
        "extend you an offer", "offer for the position of", "your acceptance of this offer",
        "welcome to the team", "welcome aboard", "offer you the",
        "thank you for coming in", "thanks for coming in", "for coming in today",
        "more candidates", "other applicants", "time to interview for", "time to interview with us",
        "for participating in the", "you're all set for",
        "you are all set for", "copy of your resume", "check in at reception",
        "thank you for your application for", "chose a candidate",
        "a different candidate", "the interview details are", "interview details are as follows",
        "your qualifications make you", "you're confirmed for", "you are confirmed for",
        "to interview you", "with us for an interview", "bring them in", "interview them",
        "strong yes", "my feedback is in", "couple more conversations",
        "few more conversations", "recommended you for", "read your resume",
        "number in your resume", "on my team",
        # the owner sitting on an interview panel ("I'll be on the panel on Tuesday"), said in
        # the first person: not a candidate who met "everyone on the panel" or asks "who will
        # be on the panel?"
        "i'll be on the panel", "i will be on the panel", "i'm on the panel", "i am on the panel",
        "i'll sit on the panel", "i will sit on the panel", "i'll serve on the panel",
        "i will serve on the panel", "happy to sit on the panel", "happy to serve on the panel",
        "happy to be on the panel", "serve on the interview panel",
    ),
    # A tenant is a renter (no job there) unless it is a customer of a software system:
    # `_a_renter` reads which ("per tenant", "a multi-tenant platform", "the tenant id").
    "cue_tenant": ("tenant", "tenants"),
    # "Position" that is a holding or a standing, not a post: a trader's "long position", "a
    # person in your position" (`_POSITION_HELD` reads the rest of the text without them).
    "cue_position_held": tuple(
        f"{kind} {noun}"
        for kind in (
            "long", "short", "options", "option", "futures", "net", "cash", "trading", "bond",
            "equity", "hedge", "physical", "financial", "day",
        )
        for noun in ("position", "positions")
    )
    + tuple(f"position {what}" for what in ("transfer", "transfers", "limit", "limits", "report"))
    + tuple(
        f"{who} in {whose} position"
        for who in ("person", "someone", "people", "anyone")
        for whose in ("your", "my", "his", "her", "their", "our")
    )
    + ("in a position to", "in no position to"),
    # The writer's own news of a job taken ("I have accepted a job offer from ..."): in someone
    # else's mail, their offer, not the reader's (`_OWN_OFFER_NEWS`)
    "cue_own_offer_news": tuple(
        f"{who} {did} {what}"
        for who in ("i", "i have", "i've", "ive")
        for did in ("accepted", "received", "got")
        for what in ("a job offer", "an offer", "the offer", "a position", "an offer of employment")
    ),
    # A take-home that is a class's exam or a pay packet, not a hiring task (`_TAKE_HOME_OTHER`)
    "cue_take_home_other": tuple(
        f"{take} {what}"
        for take in ("take-home", "take home")
        for what in ("exam", "exams", "final", "midterm", "quiz", "pay", "salary")
    ),
    "interviewer_duty": (
        # the reader interviewing at their own work: "you're on the panel for Thursday's
        # interviews", "final interviews for internal and external candidates", "awaiting
        # feedback on the remaining candidates", "CVs attached" (a candidate gets no one's CVs)
        "you're on the panel", "you are on the panel", "you're on the interview panel",
        "you are on the interview panel", "internal and external candidates",
        "external and internal candidates", "feedback on the candidates",
        "feedback on the remaining candidates", "feedback on each candidate", "cvs attached",
        "resumes attached",
        "your referral", "you referred", "referred candidate", "the person you referred",
        "our final round candidate", "our final-round candidate", "our candidate for",
        "strong hire", "no hire", "lean hire", "lean no hire", "hire no hire", "our shortlist",
        "the shortlist", "shortlisted candidates", "our pipeline", "headcount",
        "offer approval", "approve the offer", "comp band", "sourced candidates",
        "submit feedback for", "submit your feedback for", "feedback form for",
        "feedback is due", "feedback due", "with the candidate", "meet the candidate",
        "meeting the candidate", "the candidate is", "the candidate will", "candidate name",
        "on the interview panel", "interview loop for", "your interview with candidate",
        "leave your feedback", "feedback in the ats", "your interview feedback",
        "view candidate", "view applicant", "view the candidate", "new candidate",
        "new applicant", "because you are the hiring", "you are the hiring lead",
        # the reader in the role ("as the hiring manager, please ..."), not a reason given
        # to the candidate ("we need to cancel as the hiring manager is unwell")
        "as the hiring manager please", "as the hiring manager you",
        "as the hiring manager for", "you as the hiring manager",
        "you are an interviewer", "as an interviewer",
        "students can sign up", "candidates can sign up", "sign up for times",
        "your final schedule", "interview schedule for tomorrow", "rate the candidate",
        "hiring plan",
        "scorecards", "her resume", "his resume", "resume and portfolio",
        "hiring manager screen", "move her to", "move him to", "this candidate",
        "the candidate's", "feedback on the candidate",
        "scorecard", "interview kit", "scheduled to interview", "you are interviewing",
        "you're interviewing", "interviewer training", "review the resume beforehand",
        # the reader trained to interview, as a new hiring manager is
        "interviewing training", "interview training for", "interviewing 101",
        "candidate's resume", "candidate packet", "submit your feedback", "interview panel for",
        # the candidates' papers promised to the reader: "I'll send their profiles ahead of
        # each interview" (an employer sends its candidate no one's CV)
        "candidate's cv", "candidates' cvs", "candidates' resumes", "candidates' profiles",
        "send their profiles", "send you their profiles", "send their cvs", "send you their cvs",
        "send their resumes", "send you their resumes", "forward their cvs",
        "forward their resumes", "forward their profiles",
        # a selection panel's own papers and roles: "bring your rating sheets and decide who
        # will ask which questions" (a candidate is asked the questions, never rates)
        "rating sheet", "rating sheets", "rating form", "rating forms", "scoring sheet",
        "scoring sheets", "score sheet", "score sheets", "who will ask which",
        # a search firm with its client, of its candidates: "I have two new candidates to
        # present" (and `_A_SEARCH_FIRMS_CANDIDATES`, below)
        "candidates to present",
        "join the interview panel", "shadow an interview",
        # the reader on the panel, not the employer's panelists named to the candidate
        # ("one of our panelists has a conflict")
        "as a panelist", "designated panelist", "as panelist", "fellow panelist",
        "fellow panelists", "other panelists",
        "you from the panel",  # "removed you from the panel"; not "feedback from the panel"
        "panel instructions", "panel member agreement", "panelist training",
        # the reader given a seat on a job's hiring team ("added you as a collaborator on")
        "a collaborator on", "as a collaborator", "new collaborator",
        "added you to the hiring team", "added to the hiring team", "add your feedback",
        "your feedback about",
        "interview notes", "edit feedback", "scorecard request", "feedback is pending",
        "feedback pending", "review the candidate", "added as an interviewer",
        "selected you as an interviewer", "referral form", "referral portal",
        "employee referral", "i referred", "i've referred", "evaluation form",
        # an interview tool asking an interviewer to open times that candidates book
        "approve your availability", "approved your availability", "interviews with you",
        # a video-interview tool telling the assessor of candidates' answers to watch
        "completed video interviews", "new completed interviews", "video interviews to review",
        "new video interviews",
        # the reader asked to interview someone ("Beth Alvarez has requested that you
        # interview a candidate"), or told a candidate took a slot on the reader's own calendar
        # ("An appointment has been booked in your calendar 'MSR phone screens'")
        "that you interview a candidate", "you to interview a candidate",
        "that you interview the candidate", "you to interview the candidate",
        "booked in your calendar", "booked on your calendar", "a candidate has booked",
        "the candidate has booked", "a candidate booked",
    ),
    # Cues: a word the patterns below (`_add_employer_patterns`) cannot match without, found
    # in the same single pass as the phrases, so each costly pattern runs only where it can.
    "cue_thanks": ("thank", "thanks", "grateful", "appreciate", "appreciated"),
    "cue_meeting": (
        "meeting", "speaking", "talking", "chatting", "getting to know", "interviewing",
        "connecting",
    ),
    "cue_enjoyed": ("enjoyed", "loved", "appreciated"),
    "cue_settled": (
        "set", "scheduled", "booked", "confirmed", "locked in", "arranged", "lined up",
        "penciled in", "pencilled in", "moved", "rescheduled", "changed", "call you",
    ),
    "cue_works": (
        "works", "would work", "is perfect", "is great", "is fine", "suits", "would suit",
        "would be ideal",
        "would be perfect",
    ),
    "cue_third_person": ("him", "her", "his", "she", "he", "give them", "score them", "rate them"),
    # The words `_not_a_job_interview` needs: a qualifier before "interview", what it is for
    "cue_not_a_job": (
        "intake", "stay", "informational", "information", "info", "mock", "practice", "visa",
        "consular", "consulate", "embassy", "immigration", "citizenship", "naturalisation",
        "naturalization", "medicaid", "medicare", "tanf", "renewal", "recertification",
        "redetermination",
        "admission", "admissions", "volunteer", "podcast", "radio", "tv", "television", "press",
        "media", "research", "user", "customer", "exit", "alumni", "scholarship", "fellowship",
        "school", "class", "history", "documentary", "course", "thesis", "dissertation", "show",
        "episode", "article", "story", "newspaper", "magazine", "blog", "newsletter",
        "assignment", "interview about", "interviews about", "interview you about",
        "interview me about", "interview us about", "interview them about", "interview him about",
        "interview her about",
        # what else is decided by an interview: a benefits claim, a prize's jury, a club
        "eligibility", "fact-finding", "judging", "judges", "jury", "adoption",
        "fostering", "membership", "survey", "endorsement",
        # an inquiry's: a witness's, a disciplinary or grievance hearing's, an investigation's
        "witness", "investigative", "investigatory", "disciplinary", "grievance",
    ),
    "cue_named_candidate": (
        "resume", "résumé", "cv", "candidacy", "them", "candidate for your", "candidates for your",
    ),
    # What `_applies_for_no_job` needs: a thing applied for, or offered, that is no job
    "cue_other_process": (
        "scholarship", "scholarships", "bursary", "bursaries", "fellowship", "fellowships",
        "residency", "cohort", "accelerator", "incubator", "naturalization", "naturalisation",
        "citizenship", "residence", "asylum", "grant", "grants", "funding", "fund", "loan",
        "mortgage", "membership",
        "credit card", "debit card", "charge card", "store card", "rewards card", "visa card",
        "mentorship", "mentoring",
        # a prize's shortlist or a festival's selection, not an employer's
        "prize", "prizes", "award", "awards", "competition", "festival", "contest",
        # a place on a course ("your application for the Wound Care study day")
        "course", "courses", "study day", "study days", "workshop", "workshops",
        # a place at a school or on a course ("applying for a Year 7 place for Sam")
        "a place", "place for", "place at",
    ),
    # What `_SUPPLY_APPLIED_FOR` needs: a household's supply (not "connections": "mutual
    # connections", "your LinkedIn connections" are everywhere, a supply's is one connection)
    "cue_supply": ("connection", "electricity", "new service", "electric service"),
    # What `_for_another_thing` needs: a process's word and what it is for
    "cue_process_for": (
        "application for", "application to", "applications for", "applications to",
        "applying for", "applying to", "applied for", "applied to", "apply for", "apply to",
        "interview for", "interviews for", "offer of", "offer for", "offered of", "offered for",
        "offers of", "offers for", "shortlisted for", "selected for", "selected into",
        "accepted for", "accepted into", "shortlisted into",
    ),
    # What `_the_readers_own_party` needs: the reader's own people named
    "cue_party": (
        "your family", "your partner", "your spouse", "your husband", "your wife", "your child",
        "your children", "your son", "your daughter", "your co founder", "your co founders",
        "your cofounder", "your cofounders", "your household", "your kid", "your kids",
        "your parent", "your parents", "your guardian", "family members", "household members",
    ),
    # What `_NOT_SEEKING_A_JOB` needs: a writer saying they are not after a job
    "cue_not_seeking": ("not seeking", "not looking for", "not asking about", "not asking for"),
    # What `_owner_hosts_at_home` needs: someone's home named
    "cue_home": (
        "our home", "my home", "your home", "our house", "my house", "your house", "our flat",
        "my flat", "your flat", "our apartment", "my apartment", "your apartment",
    ),
    # The fifth growth's sentences (`_add_employer_patterns`): a decline, a new time asked
    # for, a slot to choose, "we'd like you to", a test, where an application is, a resume
    # put forward.
    "cue_decline": (
        "filled", "decided to", "chosen to", "opted to", "elected to", "further",
        "you forward", "application forward", "candidacy forward", "profile forward",
        "candidature forward",
        "been offered", "was offered", "were offered", "given to", "awarded to", "accepted by",
        "went to", "has accepted", "have accepted",
        "selected", "chosen", "appointed", "picked", "identified", "hired", "selection",
    ),
    "cue_new_time": ("new time", "new slot", "new date", "new day", "please reschedule"),
    # "we regret to inform you that your application ...": a decline unless what is regretted
    # is the reader's interview or appointment ("... that your appointment on Thursday has
    # been canceled by the recruiter"), which is news of the time (`_regrets_a_decision`)
    "cue_regret_yours": ("regret to inform you that your",),
    # the interview called off, said as under way or as standing (`_CALLED_OFF`)
    # The candidate stepping out in words that are everyday mail's too ("so I'll have to
    # decline the interview", "I must respectfully decline as I've taken another job", "I won't
    # be moving forward with the process"): read by the timeline's `_withdraws` in a thread
    # already about a job, no detection signal (a declined wedding invitation is no job).
    "cue_steps_out": (
        "decline the interview", "decline your interview", "declining the interview",
        "decline the invitation", "declining the invitation", "respectfully decline",
        "politely decline", "pursue another opportunity", "pursuing another opportunity",
        "taken another job", "taken another position", "taken another role", "took another job",
        "job elsewhere", "role elsewhere", "position elsewhere", "offer elsewhere",
        "moving forward with the process", "moving forward with my application",
        "proceeding with the process", "proceeding with my application",
        "continuing with the process",
    ),
    # The job given in plain words, read as an offer by the timeline in a thread already
    # about the reader's job, no detection signal (a friend's "you got the job?!" or a club's
    # "chosen you for the role of treasurer" is no employer's offer): "you got the job!",
    # "we want you on board", "the panel has chosen you for the Lab Technician role"
    # (`_CHOSEN_YOU`; not "chosen you for a second interview").
    "offer_plain": (
        "chosen you for the role", "chosen you for the position", "chosen you for the job",
        "selected you for the role", "selected you for the position",
        "selected you for the job", "you got the job", "you've got the job",
        "you have got the job", "you got the role", "you've got the role",
        "want you on board", "want you to join the team", "want you to join us",
        # an owner's offer put as the job being the reader's: "the job is yours if you want
        # it", "the position's yours" (a choice or a turn being "yours" offers nothing)
        "job is yours", "job's yours", "position is yours", "position's yours",
        "role is yours", "role's yours", "spot is yours",
    ),
    "cue_chosen_you": ("chosen you", "selected you"),
    # "our offer for the Buyer position", "our offer of the Buyer position": `_OFFER_FOR_A_JOB`
    "cue_offer_for": ("offer for", "offer of"),
    "cue_called_off": (
        "cancel", "cancelled", "canceled", "cancelling", "canceling", "call off", "called off",
        "calling off", "postpone", "postponed", "postponing", "go ahead", "going ahead",
        "on hold", "is off", "are off", "no longer take place", "no longer happen",
        # a set interview that has to be moved (`_CALLED_OFF`'s need to move it)
        "rescheduled", "reschedule", "rearranged", "rearrange", "moved", "move", "pushed back",
        "push back",
    ),
    "cue_slot": ("choose", "select", "pick", "book", "reserve"),
    "cue_like_you_to": ("like you to",),
    # `_CONTACT_TO_ARRANGE` needs one of these
    "cue_arrange": (
        "to arrange", "to schedule", "to set up", "to book", "to fix", "to agree",
        "interview appointment", "interview time", "interview date", "interview slot",
    ),
    "cue_test": ("invited you to",),
    "cue_interviews_done": ("interviews",),
    # The plain readings (`_add_plain_readings`): a word each pattern cannot match without.
    # (Not everyday words such as "not", "when" or "good": every phrase found costs a step of
    # `groups_in`; those patterns are tried from their literals instead, `matches_from`.)
    "cue_someone_else": (
        "someone", "somebody", "another", "other candidates", "other applicants", "a different",
        "internal", "right match", "right fit", "direction", "a candidate", "an applicant",
        "other candidate", "filled",
    # `_SOMEONE_ELSE`'s "a more experienced" or "a stronger" hire
    "more experienced", "stronger",
    "appointed to", "recruited to", "different way", "candidates who", "candidates whose",
    "finalist",
    # `_SOMEONE_ELSE`'s offer to another named by place ("made the offer to the other
    # finalist", "offered it to the second candidate")
    "offer to the", "offered to the", "offering to the", "offered it to the",
    "offering it to the", "role to the", "position to the", "job to the", "post to the",
    ),
    # `_FIT_DENIED`: "no longer a fit", "not a good fit"
    "cue_fit_denied": (
        " a fit", "good fit", "great fit", "strong fit", "right fit", " a match", "good match",
        "great match", "strong match", "right match", "best fit", "best match", "ideal fit",
        "ideal match", "perfect fit", "perfect match", "close fit", "close match", "enough fit",
        "enough match", "closest fit", "closest match",
    ),
    # `_OFFER_TAKEN_BACK`: "we must revoke the offer of employment we made you"
    "cue_offer_taken_back": (
        "withdraw", "withdrawing", "withdrawn", "withdrew", "revoke", "revoking", "revoked",
        "retract", "retracting", "retracted", "rescind", "rescinding", "rescinded",
    ),
    # what `_sets_a_work_sample` and the selection-day invitation are tried on
    "cue_work_sample": ("challenge", "challenges", "assignment", "assignments", "exercise", "task",
                        # a craft's own test: "an art test", "our edit test", "the writing test"
                        "art test", "art tests", "edit test", "edit tests", "editing test",
                        "editorial test", "design test", "writing test"),
    "cue_selection_day": ("superday", "super day", "assessment day", "assessment centre",
                          "assessment center", "campus visit", "site visit", "onsite visit"),
    "cue_file_closed": ("close out", "closing out", "close your", "closing your", "closed"),
    # `_SEARCH_FOR_YOUR_ROLE`: a search or a hire for the reader's own role
    "cue_search_for_yours": (
        "search for your", "searches for your", "hire for your", "hiring for your",
        "recruitment for your", "recruiting for your", "shortlist for your",
        "candidates for your", "successor for your", "replacement for your",
    ),
    # `_JOINS_A_BODY`: a seat on the writer's own body
    "cue_joins_ours": ("join our", "joining our"),
    # `_SEARCH_CLOSED`: a search firm's or a committee's search over, for every candidate
    "cue_search_closed": (
        "search is closed", "search is now closed", "search has been closed",
        "search has now been closed", "search was closed", "search has been called off",
        "search is called off",
    ),
    # timeline's `_ACCEPTS_OFFER` beyond the phrases of "candidate_decides": "I'm thrilled to
    # accept this job", "I gladly accept that offer" (read for the stage only)
    "cue_accepts": ("accept this", "accept that", "accept the", "accept your", "accepting this"),
    # `_NO_PLACE_FOR_YOU`: a post for the reader, named
    "cue_no_place": (
        "position for you", "positions for you", "role for you", "roles for you", "job for you",
        "vacancy for you", "vacancies for you", "opening for you", "openings for you",
        "post for you", "place for you",
    ),
    # `_SEARCH_CALLED_OFF`: the search itself ended
    "cue_search_called_off": (
        "cancel", "cancelled", "canceled", "cancelling", "canceling", "halt", "halted",
        "discontinue", "discontinued", "abandon", "abandoned", "withdrawn", "filling",
        # the search named ("can't continue with the analyst search", "... hiring process"):
        # the words before it, rarer than "search" itself
        "continue with the", "continue with this", "continue with our", "proceed with the",
        "proceed with this", "proceed with our", "forward with the", "forward with this",
        "forward with our", "ahead with the", "ahead with this", "ahead with our",
    ),
    "cue_time_kept": (
        "expect you", "expecting you", "put us down", "put you down", "takes place",
        "take place", "starting at", "starts at", "will start at", "begins at", "it is",
        "arrive at", "arrive by", "join you", "join your", "meet you", "call you", "ring you",
        "interview you", "joining you", "joining your", "meeting you", "calling you",
        "interviewing you",
    ),
    "cue_times_offered": ("can offer", "could offer", "can do", "could do"),
    "cue_offered_it": (
        # the public service's "identified as the preferred applicant", a district's "your
        # employment is contingent upon Board approval" (`_OFFERED_IT`)
        "preferred applicant", "your employment",
        "offer you", "offering you", "offered you", "make you", "got the job", "got the role",
        "is yours",
        "preferred candidate", "on board as", "onboard as", "attached offer", "offer attached",
        "offer is attached", "offer letter attached", "employment contract",
        "contract of employment", "start date", "have you join", "on board", "onboard",
        "appointment as", "appointment to", "selected as", "chosen as", "appointed as",
        "your offer", "you to start", "you to join",
        "to have you", "our offer", "the offer", "written offer", "official offer", "job offer",
        "to offered", "to hired", "offer stage",
        "letter of employment", "letter of appointment",
        # `_OFFERED_IT`'s hiring verbs with the reader as their object
        "hire you", "employ you", "appoint you", "selected for the", "chosen for the",
        "appointed for the",
    ),
    "cue_noticed": ("caught", "grabbed", "stood out", "impressed"),
    # `_RECORD_BY_A_DATE`, `_STILL_TO_RECORD`, `_RECORDING_RECEIVED` need one of these
    "cue_record_alone": (
        "record", "complete", "answer", "finish", "submit", "take it", "take them",
        "yet to", "not yet", "not been", "completing", "received your", "answers",
        "responses", "recording", "recordings", "your video interview", "your recorded interview",
    ),
    "cue_application_is": ("application is",),
    # `_NAMED_SOFTWARE` needs the word; `read_messages` the reader named as the one referred
    "cue_application": ("application", "applications"),
    # `_a_clubs_own_officers` needs one of a club's own posts named
    "cue_club_officers": (
        "exec", "execs", "executive application", "executive applications", "officer position",
        "officer positions", "club officer", "club officers",
    ),
    "cue_referred_you": ("referred you", "has referred you", "your referral from"),
    # The offer the message speaks of is the reader's: "the team wants to make you an offer;
    # it's in offer approval now", "as part of your offer, your approval is required"
    "cue_offer_to_you": (
        "you an offer", "an offer to you", "offer you the", "offering you the", "your offer",
        "send you the offer",
    ),
    "cue_put_forward": (
        "submitted your", "forwarded your", "sent your", "passed your", "passed on your",
        "put your", "put forward your",
        # thanked for by the reader ("for sending my details through", "for putting me forward")
        "sending my", "passing my", "passing on my", "putting me forward", "submitting my",
        "forwarding my",
        # a go-between's own verbs for the reader: "so I can submit you to Harbor Logistics"
        "submit you", "submitted you", "submitting you", "present you", "presented you",
        "presenting you", "right to represent",
    ),
    "recruiter_outreach": (
        "i'm a recruiter", "i am a recruiter", "a recruiter at", "a recruiter with",
        "recruiter here", "came across your profile", "your profile stood out",
        "your background looks", "great fit for", "strong fit for", "a great fit",
        "a strong fit", "reaching out about", "reaching out regarding", "hiring for a",
        "we're hiring a", "we are hiring a", "my client", "on behalf of my client",
        # agencies', boards' and founders' own openings: "we have an opening for ... with our
        # client", "is interested in you for Product Designer", "a retained search", "before
        # I put you forward", "we're looking to hire our first PM"
        "we have an opening", "have an opening for", "for our client", "with our client",
        "is interested in you for", "interested in your profile", "retained search",
        "exclusive search", "leading a search", "running a search", "put you forward",
        "looking to hire", "about to hire", "hire our first", "hiring our first",
    ),
}  # fmt: skip


# The job given to someone else: "we've decided to extend an offer to someone else", "the
# hiring manager has decided to hire an internal candidate", "we've selected a candidate who
# we feel is the best match" (an offer's words, about another person: a rejection, which
# wins over an offer).
_SOMEONE_ELSE_CHOSEN = (
    "offer to someone else", "offer to another candidate", "offer to another applicant",
    "offer to a different candidate", "offer to an internal candidate",
    "role to someone else", "position to someone else", "job to someone else",
    "hire an internal candidate", "hired an internal candidate", "appoint an internal candidate",
    "appointed an internal candidate", "selected a candidate who", "selected a candidate whose",
    "chosen a candidate who", "chosen a candidate whose", "selected another applicant",
    "chosen another applicant", "hired a candidate who", "hired a candidate whose",
    "appointed another candidate", "appointed a candidate who",
    # one of the others: "the client has chosen one of the other candidates we presented"
    "chosen one of the other", "chose one of the other", "selected one of the other",
    "hired one of the other", "gone with one of the other", "went with one of the other",
    "go with one of the other", "offered the role to one of the other",
    "offered the position to one of the other",
)  # fmt: skip
# A post filled, in every tense: "the role was filled before we could get to your application".
_FILLED = tuple(
    f"{post} {verb} filled"
    for post in ("role", "position", "job", "vacancy", "post")
    for verb in ("was", "is", "is now", "had been", "has now been", "was already", "is already")
)
PHRASES["rejection"] += _SOMEONE_ELSE_CHOSEN + _FILLED
# A search firm's candidates, between the firm and its client: "two of the candidates you
# presented have gone quiet". The hiring side's in either's mail: the client's own words
# (`employer_voice`), the client's to the firm the owner works at (`interviewer_duty`).
_A_SEARCH_FIRMS_CANDIDATES = (
    "candidates you presented", "candidates you've presented", "candidates you have presented",
    "candidates you sent", "candidates you put forward",
)  # fmt: skip
PHRASES["employer_voice"] += _A_SEARCH_FIRMS_CANDIDATES
PHRASES["interviewer_duty"] += _A_SEARCH_FIRMS_CANDIDATES
# A further round asked in a senior process's words: "we'd like you to come back for a final
# meeting with our CEO", "they'd like you back for a second conversation" (a talk named with
# its round: not "come back for a second look at the sofas").
PHRASES["interview"] += tuple(
    f"{asked} {round_} {talk}"
    for asked in (
        "come back for a",
        "come back in for a",
        "like you back for a",
        "have you back for a",
    )
    for round_ in ("final", "second", "third", "further", "follow-up", "follow up")
    for talk in ("meeting", "conversation", "discussion", "chat", "round")
)
# The timeline reads a message's decision date only where a decision group is found, and
# when.py only in a sentence holding one of its own cues: one list, not two. Every cue of
# when's that is no detection signal here is a weak cue, so the gate never drops a sentence
# when.py would read ("I will be back in touch with you by Friday").
PHRASES["decision_context_weak"] += tuple(
    sorted(
        cue
        for cue in DECISION_CONTEXT_WORDS
        if re.fullmatch(r"[a-z]+(?: [a-z]+)*", cue)
        and cue not in PHRASES["decision_context"]
        and cue not in PHRASES["decision_context_weak"]
    )
)
# The pleasure of a meeting said in the past tense: "it was great to chat earlier", "it was
# lovely speaking with you".
PHRASES["happened"] += tuple(
    f"it was {pleasure} {verb}"
    for pleasure in ("great", "good", "nice", "lovely", "a pleasure", "wonderful", "fantastic",
                     "really great", "really good", "really nice", "so nice", "so good")
    for verb in ("to meet", "to chat", "to speak", "to talk", "to catch up", "meeting",
                 "chatting", "speaking", "talking")
)  # fmt: skip

# Kept characters: letters, digits, apostrophes; everything else separates words. Non-ASCII
# bytes pass through unchanged, so accented words stay whole.
_KEEP = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789'")
_WORD_BYTES = bytes(b if b in _KEEP or b >= 128 else 32 for b in range(256))


# "Thanks again for", "thank you so much for" say what "thanks for" says: read them as it,
# so every thanking phrase need not be written in each form.
_THANKS_FILLERS = (
    (" thanks again for ", " thanks for "),
    (" thank you again for ", " thank you for "),
    (" thanks so much for ", " thanks for "),
    (" thank you so much for ", " thank you for "),
    (" thank you very much for ", " thank you for "),
    (" many thanks for ", " thanks for "),
    (" thanks a lot for ", " thanks for "),
    (" thanks once again for ", " thanks for "),
    (" thank you once again for ", " thank you for "),
)


def normalise(low: str) -> str:
    """Lower-cased text -> " words separated by single spaces " (padded both ends)."""
    if "’" in low:
        low = low.replace("’", "'")
    kept = low.encode("utf-8", "replace").translate(_WORD_BYTES)
    if kept.isascii():  # joined as bytes, decoded once: no str made of each word
        padded = (b" " + b" ".join(kept.split()) + b" ").decode("ascii")
    else:  # str.split also parts words at Unicode spaces ("\u00a0"), which bytes keep whole
        padded = " " + " ".join(kept.decode().split()) + " "
    if " thank" not in padded:
        return padded  # (every rewrite below is of a thanks)
    if (
        " again " in padded
        or " much " in padded
        or " a lot " in padded
        or " many thanks " in padded
    ):
        for filler, plain in _THANKS_FILLERS:
            if filler in padded:
                padded = padded.replace(filler, plain)
    if " for apply " in padded:  # a template's "Thank you for apply to job X": the thanks
        # for applying, in the verb's bare form
        padded = padded.replace(" thank you for apply ", " thank you for applying ").replace(
            " thanks for apply ", " thanks for applying "
        )
    return padded


# Groups whose phrases mean nothing when said as a condition or a possibility.
_CONDITIONAL_GROUPS = frozenset({"rejection", "offer", "offer_plain", "ask"})
_CONDITION_WORDS = (
    " if ", " should ", " whether ", " in case ", " unless ", " once ",
    # what to conclude from silence: "please assume that you have not been selected"
    " assume ",
)  # fmt: skip
_CONDITION_LOOKBACK = 28  # about four words before the phrase
# An offer still ahead: "a 15-minute call with you before they extend an offer", "before we
# make you an offer, references". The offer's only: "Before I submit you, please confirm you
# have not applied through another vendor" still asks.
_AHEAD = " before "
_OFFER_GROUPS = frozenset({"offer", "offer_plain"})
# An offer denied in the same breath: what a step does not mean ("a working interview does
# not mean you've been hired", "being invited is no guarantee of an offer of employment").
# Owners set these expectations before a trial shift or a working interview; the step is
# still coming and nobody has been offered anything.
_DENIED = (
    " not mean ", "n't mean ", " no guarantee ", " not a guarantee ", " not guarantee ",
    "n't guarantee ",
)  # fmt: skip
# Silence as the condition, said a sentence's length before the decision it stands for: "If
# you have not heard from us within 21 days of the closing date, then please assume that you
# have not been selected", "if you do not hear from us by 30 May your application has not
# been successful on this occasion".
_NO_NEWS = (
    " if you have not heard", " if you haven't heard", " if you do not hear",
    " if you don't hear", " should you not hear", " if you have not been contacted",
    " if you haven't been contacted", " if you are not contacted", " if you're not contacted",
    " if we have not contacted you", " if we haven't contacted you", " if you do not receive",
    " if you don't receive", " if you have not received", " if you haven't received",
)  # fmt: skip
_NO_NEWS_LOOKBACK = 160


def _conditional(padded: str, start: int) -> bool:
    before = padded[max(0, start - _CONDITION_LOOKBACK) : start + 1]
    if holds_any(before, _CONDITION_WORDS):
        return True
    far = padded[max(0, start - _NO_NEWS_LOOKBACK) : start]
    return (" if you " in far or " if we " in far or " should you " in far) and holds_any(
        far, _NO_NEWS
    )


# A phrase is found however its contractions are spelled: "you have not been shortlisted" in
# "you haven't been shortlisted", "we won't be moving forward" in "we will not be moving
# forward", "not able to offer you" in "we weren't able to offer you". The spellings are
# added to the phrase books when they are built, so reading a text costs nothing more.
_NOT_AFTER = (
    "is", "are", "was", "were", "have", "has", "had", "do", "does", "did", "would", "could",
    "should", "must", "need",
)  # fmt: skip
_IRREGULAR_NOT = {"will": "won't", "can": "can't", "shall": "shan't"}
_SHORT_VERBS = {"have": "'ve", "are": "'re", "will": "'ll", "would": "'d", "am": "'m"}
_PRONOUNS = frozenset("i we you they he she it that there who".split())
# The contracted auxiliaries a phrase opening on "not" is spelled after: the everyday ones
# only (each spelling is a word of the phrase books' automaton, whose size costs its walk).
_NOT_OPENERS = (
    "won't", "wouldn't", "can't", "couldn't", "don't", "didn't", "isn't", "aren't", "wasn't",
    "weren't", "haven't", "hasn't",
)  # fmt: skip
_EXPANDED = {
    **{f"{aux}n't": (aux, "not") for aux in _NOT_AFTER},
    **{short: (full, "not") for full, short in _IRREGULAR_NOT.items()},
    "cannot": ("can", "not"),
    **{
        f"{pronoun}{short}": (pronoun, full)
        for pronoun in _PRONOUNS
        for full, short in _SHORT_VERBS.items()
    },
}


def _contracted(first: str, second: str) -> str | None:
    """The two words as one contraction ("have", "not" -> "haven't"), or None."""
    if second == "not":
        if first in _IRREGULAR_NOT:
            return _IRREGULAR_NOT[first]
        return f"{first}n't" if first in _NOT_AFTER else None
    if first in _PRONOUNS and second in _SHORT_VERBS:
        return None if second == "am" and first != "i" else first + _SHORT_VERBS[second]
    return None


def spellings(padded: str) -> set[str]:
    """A `normalise`d phrase in every spelling of its contractions, itself included; a
    phrase opening on "not" also after each contracted auxiliary ("not be moving forward"
    -> "won't be moving forward", "wouldn't be ...")."""
    full: list[str] = []
    for word in padded.split():
        full.extend(_EXPANDED.get(word, (word,)))
    found = {padded}
    variants = [full]
    for at in range(len(full) - 1):
        short = _contracted(full[at], full[at + 1])
        if short is not None:
            variants += [
                v[:at] + [short] + v[at + 2 :]
                for v in variants
                if v[at : at + 2] == full[at : at + 2]
            ]
    if full[0] == "not":
        rest = full[1:]
        variants += [[short, *rest] for short in _NOT_OPENERS]
    found.update(" " + " ".join(v) + " " for v in variants)
    return found


# Said before "works for you" of a time already set: the way to change it, offered in case.
_NO_LONGER = (" no longer", " doesn't", " does not", " won't", " will not")


def _checks(padded: str, found: set[str]) -> tuple[int, bool, bool, bool] | None:
    """What an occurrence of a phrase of these groups is read again for in its text
    (`_checked`): its length, and whether its groups are guarded by a condition, may be the
    employer's words handed back, or offer a time; None when for nothing (most phrases)."""
    guarded = bool(found & _CONDITIONAL_GROUPS)
    echoable = "employer_voice" in found
    offered = "availability" in found
    return (len(padded), guarded, echoable, offered) if guarded or echoable or offered else None


def _checked(
    padded: str, end: int, groups: tuple[str, ...], checks: tuple[int, bool, bool, bool]
) -> tuple[str, ...]:
    """The groups a phrase's occurrence ending at `end` stands for, read in its text."""
    length, guarded, echoable, offered = checks
    start = end + 1 - length
    if guarded:
        if _conditional(padded, start):
            groups = tuple(g for g in groups if g not in _CONDITIONAL_GROUPS)
        else:
            if "rejection" in groups and _wanting_near(padded, start, end):
                # "without it we are unable to move forward": a requirement, not a decision
                groups = tuple(g for g in groups if g != "rejection")
            before = padded[max(0, start - _CONDITION_LOOKBACK) : start + 1]
            if _AHEAD in before or holds_any(before, _DENIED):
                groups = tuple(g for g in groups if g not in _OFFER_GROUPS)
    if offered and padded.endswith(_NO_LONGER, 0, start):
        # "if this session no longer works for you, you can choose another one": the time
        # stated, a change offered in case; no time put to the reader
        groups = tuple(g for g in groups if g != "availability")
    if echoable and padded.endswith(" your", 0, start):
        # the employer's words handed back as theirs: "thank you for your offer for the
        # position of ..." is the candidate answering, not the employer speaking
        groups = tuple(g for g in groups if g != "employer_voice")
    return groups


class PhraseBook:
    """Which phrase groups occur in a text, found in one pass over it.

    Phrases match as whole words: both they and the text are `normalise`d, so " thank you "
    is found in " thank you so much " but not in " thank youth ". Every phrase is found in
    one walk over the text (`literal_finder`), so the tables can keep growing without
    slowing the reading.

    `literals` are found as `holds_any` finds them, anywhere in the text ("other" in
    "another"): each group stands for a gate's strings (`LITERAL_CUES`).
    """

    def __init__(
        self, groups: dict[str, Iterable[str]], literals: dict[str, Iterable[str]] | None = None
    ):
        by_phrase: dict[str, set[str]] = {}
        for group, phrases in groups.items():
            for phrase in phrases:
                padded = normalise(phrase.lower())
                if padded.strip():
                    for spelling in spellings(padded):
                        by_phrase.setdefault(spelling, set()).add(group)
        for group, strings in (literals or {}).items():
            for string in strings:
                by_phrase.setdefault(_as_normalised(string), set()).add(group)
        self._occurrences = literal_finder(
            {
                padded: (tuple(sorted(found)), _checks(padded, found))
                for padded, found in by_phrase.items()
            }
        )

    def groups_in(self, padded: str) -> set[str]:
        """Groups in a text already `normalise`d. A decision said as a condition ("if you
        are not selected for this position, ...", "if we extend an offer") is none."""
        found: set[str] = set()
        for end, (groups, checks) in self._occurrences(padded):
            if checks is not None:  # most phrases have none: they stand as found
                groups = _checked(padded, end, groups, checks)
            found.update(groups)
        return found

    def find(self, text: str) -> set[str]:
        """The groups found in any text (lower-cased here)."""
        return self.groups_in(normalise(text.lower()))


def _as_normalised(literal: str) -> str:
    """A string as it reads inside a `normalise`d text: its separators one space each."""
    kept = literal.encode().translate(_WORD_BYTES).decode()
    return re.sub(" +", " ", kept)


# What `_SERVES_ON_A_BODY` needs: a seat on a body served on or stood for
_SERVES_ON_WORDS = ("serve on", "serving on", "stand for", "run for", "standing for", "running for")


# The strings gates ask a whole message for (`holds_any`), most messages holding none: found in
# the phrase walk, each list as a group, so a gate asks a set first and scans the text only
# when the walk found one. Exact: a string in the lower-cased text is in its `normalise`d
# form too (its letters are kept, its separators become one space), so a text without the
# group holds none of its strings (tests/test_pattern_rewrites.py). "has_" groups fire no
# signal. The subjects' book has the lists asked of a whole reading (`Reading.low`) too.
LITERAL_CUES: dict[str, tuple[str, ...]] = {
    # `_add_plain_readings`: the pleasure of a meeting said with its day
    "has_good_word": ("great", "good", "nice", "lovely", "pleasure", "wonderful"),
    # timeline's `_hands_a_task`
    "has_task_word": (
        " test", "assessment", "challenge", "assignment", "exercise", "take-home",
        "video interview",
    ),
    # timeline's `_closes_after_the_meeting`
    "has_closing_word": (
        "future", "other", "similar", "on file", "postings", "talent", "wish", "luck",
    ),
    # timeline's `_takes_the_reader_on`
    "has_taken_on_word": (
        "selected", "chosen", "accepted", "appoint", "hire you", "want you", "wants you",
        "successful", "have you on", "have you join", "have you aboard",
    ),
    # timeline's `_says_no`: good wishes beyond the process
    "has_wishing_word": ("wish", "luck", "best", "success"),
    # `_add_plain_readings`: the verbs of the two refusals
    "has_going_on_verb": (
        "mov", "proceed", "progress", "tak", "pursu", "advanc", "continu", "consider", "bring",
        "carr",
    ),
    "has_chosen_verb": ("chosen", "selected", "shortlisted", "invited", "picked"),
    # `_booked_a_time`: the candidate telling the slot they took
    "has_booking_verb": (
        "booked", "picked", "chosen", "selected", "reserved", "taken", "grabbed", "rescheduled",
    ),
    # `read_messages`' other senses (`_drop_unless_said_otherwise`): every match of
    # `_OFFER_OF_ANYTHING`, `_HIRED_ANYONE` and `_SINCE_WE_MET` holds its string
    "has_to_offer": ("to offer",),
    "has_hired": ("hired",),
    "has_since": ("since ",),
    # `read_messages`' gates on other things than a job: a home's, a body's
    "has_home_or_body_word": ("interest in the", *_SERVES_ON_WORDS),
    "has_forwarded": ("forwarded",),  # `_forwards_own_mail`
    "has_hrs": ("hrs",),  # `_colon_clocks`
    # `_add_employer_patterns`: a booking link's verbs, "<time> it is", moving someone on
    "has_book_word": ("book", "reserve"),
    "has_it_is": (" it is",),
    "has_moving_verb": ("move ", "advance ", "progress "),
    # timeline's `_hears_how_it_went`, `_awaits_answer`, `_awaits_the_employer`,
    # `_thanks_for_an_event`, `_labelled_span` (asked of a whole reading: `Reading.low`)
    "has_how_or_hope": ("how ", "hope "),
    "has_link": ("http://", "https://"),
    "has_awaiting_word": ("still need", "approval", "declined", "rejected"),
    "has_event_word": ("fair", "expo", "booth", "session", "networking", "open house",
                       "meet and greet"),
    "has_start_word": ("start", "begin"),
    # timeline's `_without_office_hours`: office hours, a social evening before, a journey
    "has_office_hours_cue": ("hours", "open "),
    "has_eve_cue": ("before", "previous", "eve of", "day evening", "day night"),
    "has_travel_word": (
        "flight", "airport", "driver", "shuttle", "pick you up", "pickup", "pick-up",
    ),
    # timeline's `_stated_times` (a moved interview's old time) and `_stated_end`
    "has_former_cue": ("previous", "original", "old ", "former", "earlier", "booked before"),
    "has_end_word": (
        "wrap", "finish", " end at", " end by", " ends at", " ends by", "be done", "conclude",
        "be over",
    ),
    # `offered_stretch`: a stretch of time offered to choose in
    "has_stretch_word": (
        "anytime", "any time", "anywhere", "sometime", "around from", "free from",
        "available from", "around after", "free after", "available after", "flexible",
        "around on", "free on", "available on", "calendar is", "diary is", "schedule is",
        "availability", "onward",
    ),
}  # fmt: skip
_READING_CUES = (
    "has_task_word", "has_closing_word", "has_taken_on_word", "has_wishing_word",
    "has_how_or_hope", "has_link", "has_awaiting_word", "has_event_word", "has_start_word",
    "has_office_hours_cue", "has_eve_cue", "has_travel_word", "has_former_cue", "has_end_word",
)  # fmt: skip
# The reader invited to an interview ("On behalf of the hiring committee, I am pleased to
# invite you to an interview"): whoever the writer speaks for, the interview is the reader's.
PHRASES["cue_invited_you"] = tuple(
    p for p in PHRASES["confirmed"] if p.startswith("invite you") and "interview" in p
)

BOOK = PhraseBook(PHRASES, LITERAL_CUES)
_SUBJECT_BOOK = PhraseBook(
    {
        g: PHRASES[g]
        for g in (
            "interview",
            "application",
            "hiring",
            "hiring_yours",
            "recruiting_event",
            "marketing",
            "interviewer_duty",
            "media",
            "offer",
            "rejection",
            "not_a_job",
            "happened",
            "research",
            "cue_incentive",
            "addressed",
            "not_your_offer",
            "duty_debrief",
            "reference_asked",
            "cue_study_visit",
            "cue_interview_request",
            "cue_work_sample",
            "cue_tenant",
            "cue_take_home_other",
            "duty_committee",
        )
    },
    {g: LITERAL_CUES[g] for g in _READING_CUES},
)
_INVITE_BOOK = PhraseBook(
    {"interview": PHRASES["interview"], "hiring": PHRASES["hiring"] + PHRASES["hiring_yours"],
     "meeting": PHRASES["meeting"]}
)  # fmt: skip

# --------------------------------------------------------------------------- reading a thread

# Characters of a body that are read. What an employer says about the process (times,
# decisions, questions) comes first; past this are pasted job descriptions, legal footers
# and the like, and reading them would only cost time (the parser caps bodies at 20,000).
READ_CHARS = 4_000

_REPLY_WORDS = ("re", "fwd", "fw", "aw", "wg", "sv", "tr")  # "Re:", "Fwd:", "AW:" (German) ...
_REPLY_PREFIX = re.compile(
    rf"^(?:\s*(?:{'|'.join(_REPLY_WORDS)})\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE
)


def strip_reply_prefix(subject: str) -> str:
    """ "Re: Fwd: Interview" -> "Interview"."""
    head = subject.lstrip()[:2]
    if head.isascii() and head.lower() not in _REPLY_HEADS:
        return subject.strip()  # most subjects: no prefix can start here, spare the regex
    return _REPLY_PREFIX.sub("", subject).strip()


_REPLY_HEADS = frozenset(word[:2] for word in _REPLY_WORDS)  # (non-ASCII: the regex decides)


def has_reply_prefix(subject: str) -> bool:
    """`_REPLY_PREFIX.match(subject)`, the regex asked only where a prefix can start (as
    `strip_reply_prefix` does)."""
    head = subject.lstrip()[:2]
    if head.isascii() and head.lower() not in _REPLY_HEADS:
        return False
    return _REPLY_PREFIX.match(subject) is not None


@lru_cache(maxsize=16384)
def canonical_address(address: str) -> str:
    """Lower-cased addr-spec with any +tag removed, for comparing a person's addresses."""
    address = address.strip().lower()
    if "<" in address:
        address = parseaddr(address)[1]
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local.partition('+')[0]}@{domain}"


@dataclass(slots=True)
class Reading:
    """One message as the domain reads it: lower-cased and normalised once."""

    message: Message
    at: datetime  # the message date, made timezone-aware when it was not
    mine: bool  # sent by the candidate
    automated: bool  # auto-reply, bounce, bulk mail in the user's name: neither side speaking
    low: str  # subject + "\n" + text, lower-cased, punctuation kept (for when.py)
    subject_key: str  # the subject without Re:/Fwd:, lower-cased
    groups: set[str]  # PHRASES groups found in the text (the body)
    subject_groups: frozenset[str] = frozenset()  # groups found in the subject
    padded: str = ""  # the body as " words ", for phrase look-ups
    times: list | None = None  # when.TimeSpan list, filled in by timeline.py when needed
    own_times: list | None = None  # timeline's `_own_times`, filled in when first asked
    proposes: bool | None = None  # `proposes_a_time`, worked out when first asked
    time_said: bool | None = None  # `says_a_time`, worked out when first asked
    proposes_any: bool | None = None  # `proposes_any_time`, worked out when first asked
    hour_said: bool | None = None  # `when.mentions_an_hour`, worked out when first asked
    # Between the owner and their own organisation: a colleague writing (or written to), or
    # a subject naming the owner's employer ("Warehouse Supervisor at Brightwell Foods").
    own_organisation: bool = False
    # Between the owner at their organisation's address and a private person (a mailbox
    # provider's or a placeholder address): see `_with_a_private_person`.
    private_exchange: bool = False
    # The message says its interview is not for a job ("your visa interview"): what the
    # thread says of "the interview" is about that one.
    other_interview: bool = False
    call_asked: bool | None = None  # `asks_for_a_call`, worked out when first asked
    says_no: bool | None = None  # timeline's `_says_no`, worked out when first asked


def may_hold(r: Reading, cue: str) -> bool:
    """Whether the message's subject or text (`r.low`) may hold one of the strings of
    `LITERAL_CUES[cue]`: when neither phrase walk found the group, it holds none."""
    return cue in r.groups or cue in r.subject_groups


def as_aware(moment: datetime) -> datetime:
    """The moment itself, or read as UTC when it carries no zone (never compare naive)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def candidate_addresses(messages: Sequence[Message], me: str | Collection[str]) -> frozenset[str]:
    """The candidate's canonical addresses: `me`, or inferred when `me` is empty.

    With no `me` (the `classify` command without --me) the candidate is the address most
    often found among the recipients, robots excluded: employers write to the candidate.
    """
    mine = _addresses_of(me) if isinstance(me, str) else _addresses_of(*(me or ()))
    if mine:
        return mine
    counts: dict[str, int] = {}
    for message in messages:
        for address in message.to:
            email = canonical_address(address.email)
            if email and not senders.is_robot(email):
                counts[email] = counts.get(email, 0) + 1
    if not counts:
        return frozenset()
    best = max(counts.values())
    return frozenset(email for email, n in counts.items() if n == best)


@lru_cache(maxsize=64)
def _addresses_of(*given: str) -> frozenset[str]:
    """The canonical forms of the candidate's addresses (one account's, for every thread)."""
    return frozenset(canonical_address(a) for a in given if a and a.strip())


# "Tenant" as engineers use it: a customer sharing one software system ("one schema per
# tenant", "our multi-tenant platform", "single-tenant deployments", "the tenant id",
# "tenant isolation"), in a candidate's design answer or a role's name.
_SOFTWARE_TENANT = re.compile(
    r"\b(?:multi|single)[\s-]?tenan(?:t|ts|cy)\b|\bper[\s-]tenant\b"
    r"|\btenants?(?:'s)?[\s-](?:ids?|isolation|level|aware|data|boundar(?:y|ies)|context)\b"
)
# "Tenant" as a property job's own work: a leasing or property manager's business with shops
# and offices ("the tenant mix", "an anchor tenant", "tenant retention", "tenant relations"),
# in an interview's talk or a role's duties, not a renter choosing a home.
_TRADE_TENANT = re.compile(
    r"\b(?:anchor|retail|commercial|office|major|key)\s+tenants?\b"
    r"|\btenants?(?:'s)?\s(?:mix|retention|relations|engagement|coordination|experience"
    r"|improvements?|fit[\s-]?outs?|sales|renewals?)\b"
)


def _a_renter(low: str) -> bool:
    """Whether a "tenant" the text says is a renter's, not a software system's customer nor a
    property business's shop or office."""
    if "tenan" not in low:
        return False
    return "tenant" in _TRADE_TENANT.sub(" ", _SOFTWARE_TENANT.sub(" ", low))


@lru_cache(maxsize=8192)
def _read_subject(subject_low: str) -> tuple[str, frozenset[str]]:
    """Subjects repeat across a thread and a mailbox ("Re: Interview"): read each once."""
    stripped = strip_reply_prefix(subject_low)
    return stripped, _subject_groups(stripped)


@lru_cache(maxsize=8192)
def _subject_groups(stripped: str) -> frozenset[str]:
    """What a subject without its Re:/Fwd: says, read once for "Interview" and each of
    "Re: Interview", "RE: Interview", "Fwd: Interview" (a thread's replies)."""
    groups = _SUBJECT_BOOK.groups_in(normalise(stripped))
    if "duty_committee" in groups:
        groups.add("interviewer_duty")  # "Hiring committee Thursday: two packets to review"
    if "cue_tenant" in groups and _a_renter(stripped):
        groups.add("not_a_job")  # "Tenant screening for 14 Elm Court"
    _drop_unless_said_otherwise(  # "Practice problems for the take-home exam"
        groups, "interview", "cue_take_home_other", _TAKE_HOME_OTHER, stripped, _SUBJECT_BOOK
    )
    if (
        "cue_work_sample" in groups
        and "interview" not in groups
        and (
            _WORK_SAMPLE.search(stripped)
            or (_CRAFT_SAMPLE.search(stripped) and _a_part_names_a_job(stripped))
        )
    ):
        groups.add("interview")  # "Technical challenge - Backend Engineer": a take-home's
    if "not_a_job" in groups and _clinical_fellowship_only(_SUBJECT_BOOK, stripped):
        groups.discard("not_a_job")  # "Cardiovascular Disease Fellowship Interview Invitation"
    if (
        ("offer" in stripped and _names_no_job(_OFFERS_A_PLACE, stripped))
        or (
            holds_any(stripped, ("appl", "shortlist", "candidacy", "nominat"))
            and _applies_for_no_job(stripped)
        )
        or (
            holds_any(stripped, _SUPPLY_IN_SUBJECT)
            and _applies_for_no_job(stripped, _SUPPLY_APPLIED_FOR)
        )
        or ("application" in stripped and _names_software(stripped))
        or ("appl" in stripped and _applies_for_an_address(stripped))
    ):
        # "Offer of a place - Oakridge Preschool", "Your mentoring application",
        # "Deployed: application shop-frontend-prod v12"
        groups.add("not_a_job")
    if ("scholarship" in stripped or "bursar" in stripped) and _no_job_words(stripped):
        # "Harrow Foundation Scholarship - shortlisted for interview": the thread is the
        # award's, its answers too (not "Scholarship Programs Coordinator - interview")
        groups.add("not_a_job")
    if stripped[:3] in _SOLICITATIONS and _SOLICITATION_NUMBER.match(stripped):
        groups.add("not_a_job")  # "RFQ 26-07 Fire Station No. 3 - interview": a contract's
    if (
        holds_any(stripped, _DEAL_CUES)
        and not groups & _A_JOBS_SUBJECT
        and _DEAL_PAPER.search(stripped)
        and _no_job_words(stripped)
        and not _PAY_WORDS.search(stripped)
    ):
        groups.add("not_a_job")  # "Proposal - medical supplies", "Request for quotation - ..."
    if (
        "volunteer" in stripped
        and _VOLUNTEERS_APPLICATION.search(stripped)
        and _no_job_words(stripped)
    ):
        groups.add("not_a_job")  # "Your volunteer & mentor application"
    if (
        holds_any(stripped, ("grade", "year"))
        and _SCHOOL_ENTRY.search(stripped)
        and _no_job_words(stripped)
    ):
        groups.add("not_a_job")  # "Interview and visit - Sam, grade 7 applicant"
    if "case" in stripped and _CASE_NUMBER.search(stripped):
        groups.add("not_a_job")  # "Interview Appointment Letter - Case SPL2026123456"
    if "interview" in groups and (
        _not_a_job_interview(stripped) or ("round" in stripped and _rounds_of_a_selection(stripped))
    ):
        groups.discard("interview")
        groups.add("other_interview")
    if "candidate" in stripped and _CANDIDATE_SUBJECT.search(stripped):
        groups.add("interviewer_duty")
    if "interview" in stripped and _PANELS_SUBJECT.search(stripped):
        groups.add("interviewer_duty")  # "Applicant interviews Saturday": the panel's mail
    if "cue_study_visit" in groups and not groups & _HIRING_WORDS:
        groups.add("research")  # "Reminder: your screening visit on Tuesday"
    _read_the_readers_part(groups)
    return frozenset(groups)


# A subject whose matter is a deal's paper: a proposal, a quotation, a quote, an estimate or a
# tender ("Proposal - medical supplies for Oakfield Clinics", "Request for quotation - 500
# printed mailer boxes", "Next steps on the kitchen quote"). A seller and a buyer follow up,
# thank each other for meeting and decline "another offer" in a job's words; the thread is a
# sale's. A job named beside it ("Proposal for the Office Manager role"), a subject of the
# process (an interview, an application, an offer) or its pay ("Salary proposal") keeps it a
# job's.
_DEAL_CUES = ("propos", "quot", "estimate", "tender")
_DEAL_PAPER = re.compile(r"\b(?:proposals?|quotations?|quotes?|estimates?|tenders?)\b")
_A_JOBS_SUBJECT = frozenset(
    {"interview", "application", "hiring", "hiring_yours", "offer", "rejection", "happened"}
)
_PAY_WORDS = re.compile(r"\b(?:salary|compensation|pay|package|rates?|stipend|wages?)\b")


# A subject headed by a solicitation's number ("RFP 2026-11 Library Renovation", "RFQ #26-07",
# "ITB No. 14"): a contract put out to bid, which firms answer; no job is numbered so.
_SOLICITATIONS = frozenset({"rfp", "rfq", "rfi", "itb", "ifb"})
_SOLICITATION_NUMBER = re.compile(r"(?:rf[pqi]|itb|ifb)\s*(?:no\.?\s*|#\s*)?\d")


# A volunteer's application named in a subject with what else they would do: "Your volunteer
# & mentor application", "Volunteer and befriender application form"
_VOLUNTEERS_APPLICATION = re.compile(r"\bvolunteer\b[^-:|]{0,24}?\bapplication")
# A school's year or grade applied for: "grade 7 applicant", "Year 7 entry", "a Year 7 place"
# (a job says its title: "Grade 7 Teacher" names no applicant, entry or place).
_SCHOOL_ENTRY = re.compile(
    r"\b(?:grade|year)\s+\d{1,2}\s+(?:applicants?|applications?|entry|admissions?|places?)\b"
)
# A case filed under an agency's number ("Case SPL2026123456", "case number 4471902", "Case
# #IOE0912345678"): a visa's, a benefit's, a court's. A job's case interview is numbered by
# round ("Case interview 2") and a job is filed under a requisition, not a case.
_CASE_NUMBER = re.compile(r"\bcase\s*(?:number|no\.?|#|:)?\s*#?\s*[a-z]{0,4}\d{5,}")


# What says the reader is the one interviewed: "your interview", "your application", "thanks
# for coming in", an employer's words about "your resume".
_READER_INTERVIEWED = frozenset(
    {"addressed", "hiring_yours", "happened", "application", "cue_reader_hears", "cue_invited_you"}
)


_THE_OFFER_IS_YOURS = frozenset({"cue_referred_you", "cue_offer_to_you"})
_PANELS_MEETINGS = frozenset({"duty_debrief", "duty_committee"})


def _read_the_readers_part(groups: set[str]) -> None:
    """Who the reader is in the hiring, for the two groups that depend on it: the approver or
    referrer of someone's offer (the offer is theirs, an interviewer's-side duty for the
    reader), and a debrief or hiring committee not about the reader's own interview (the
    interviewers')."""
    if "not_your_offer" in groups and not groups & _THE_OFFER_IS_YOURS:
        groups.discard("offer")
        groups.add("interviewer_duty")
    if groups & _PANELS_MEETINGS and not groups & _READER_INTERVIEWED:
        groups.add("interviewer_duty")


_BORDERLINE = THRESHOLD - WEIGHTS["hiring_context"]

# An interview said to be for something other than a job, by the word before it or what it
# is for: "an informational interview", "your visa interview", "a mock interview", "an
# interview for our school newspaper". Whatever the message says of "the interview" is then
# about that one, so its interview wording is not a job interview's (other evidence stays).
_NOT_A_JOB_QUALIFIERS = frozenset(
    """informational information info mock practice visa consular consulate embassy immigration
    citizenship naturalisation naturalization admission admissions volunteer podcast radio tv
    television press media research user customer exit alumni scholarship fellowship school
    class documentary intake stay eligibility fact-finding judging judges jury adoption
    fostering medicaid medicare tanf renewal recertification redetermination membership
    survey endorsement witness investigative investigatory disciplinary grievance""".split()
)
# Common words that qualify an interview only written right before it ("a stay interview",
# "your intake interview"), not across a line or a word ("Hotel stay / Interview: ...",
# "stay for interview lunch").
_ADJACENT_QUALIFIERS = frozenset(
    # and the words a job's title may begin with ("Eligibility Worker interview", "Adoption
    # Caseworker interview"): "your eligibility interview", "an adoption interview"
    {"intake", "stay", "eligibility", "fact-finding", "adoption", "fostering"}
    # and a benefit's review, which names a job only as its first words ("Medicaid Specialist
    # interview"): "your Medicaid interview", "a renewal interview" for health coverage
    | {"medicaid", "medicare", "tanf", "renewal", "recertification", "redetermination"}
    # and a club's or a statistics office's: "the usual membership interview", "a survey
    # interview", not "Membership Coordinator interview" or "Survey Analyst interview" (nor
    # "census": the census hires its enumerators through "your Census interview")
    | {"membership", "survey"}
    # and an endorsement's, for a candidate for office: "a 30-minute endorsement interview",
    # not "Endorsement Processor interview" (an insurer's)
    | {"endorsement"}
    # and an inquiry's, which a job's title may begin with too ("Investigative Analyst
    # interview", "Witness Support Officer interview"): "a witness interview", "an
    # investigative interview", "a disciplinary interview" for someone already employed
    | {"witness", "investigative", "investigatory", "disciplinary", "grievance"}
)  # and "oral history", read as its last word
_NOT_A_JOB_AFTER = re.compile(
    r"interviews?\s+(?:[\w-]+\s+){0,3}?(?:for|with)\s+(?:my|our|a|an|the|your)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:school|class|course|thesis|dissertation|research|podcast|show"
    r"|episode|article|story|newspaper|magazine|blog|newsletter|documentary|assignment"
    # a prize's jury: "an interview round with the judging panel"
    r"|jury|judges|judging)\b"
    # "an interview about building your first sales team": a topic, not a job
    # ("an interview about your job search" is one too: a topic, however "job" it sounds),
    # and so is a person interviewed about one ("to interview you about how you track stock"):
    # an employer interviews the reader about the role, joining or working with them
    r"|interviews?\s+(?:(?:you|me|us|them|him|her)\s+)?about\s+"
    r"(?!(?:the|this|our|your|a|an)\s+(?:[\w-]+\s+){0,2}?(?:role"
    r"|position|job(?![\s-]+(?:search|hunt|hunting|market|seekers?)\b)|opening|opportunity"
    r"|application|candidacy|experience|background)\b|joining\b|working\s+(?:at|for|with|on|here)\b)"
)


# An interview headed by what it is for, as a reporter's or a producer's subject line puts it:
# "Interview request: water rights story for The Campus Ledger", "Interview - Sunday feature on
# repair cafes". A job's interview is headed by the job ("Interview request: Story Developer"),
# so the words after the piece must name none.
_INTERVIEW_FOR_A_PIECE = re.compile(
    r"interviews?(?:\s+requests?)?\s*[:\-–—]\s*(?:[\w'-]+\s+){0,4}?"
    r"(?:story|article|feature|piece|segment|episode|podcast|newsletter|documentary|column)\b"
    r"((?:\W+\w+){0,2})"
)


# A residency or a fellowship in medicine is a job: a hospital's programme hires its residents
# and fellows ("the Pediatric Residency Program", "Cardiovascular Disease Fellowship Interview
# Invitation", "a residency position in Pediatrics", a pharmacy's "PGY1 residency"). The
# programme is named as one, or with the Match's own services, and the text is a clinic's: a
# hospital, a medical centre, medicine or one of its specialties. An artists' "Summer Residency
# Program" or a foundation's "Fellowship for environmental reporters" names none of these.
_CLINICAL_PROGRAMME = re.compile(
    r"\b(?:residency|fellowship)\s+(?:program(?:me)?s?|positions?|interviews?|training"
    r"|applicants?|applications?|coordinator|director)\b"
    r"|\b(?:eras|nrmp|thalamus|aamc|usmle|pgy-?[1-4])\b"
)
_CLINICAL = re.compile(
    r"hospital|medical\s+(?:center|centre|school|college|education)|\bmedicine\b|\bclinical\b"
    r"|physician|p(?:a)?ediatric|an(?:a)?esthesi|surg(?:ery|ical)|cardio|psychiatr|radiolog"
    r"|neurolog|dermatolog|patholog|oncolog|obstetric|gyn(?:a)?ecolog|orthop(?:a)?edic"
    r"|ophthalmolog|urolog|nephrolog|gastroenterolog|pulmonary|rheumatolog|endocrinolog"
    r"|h(?:a)?ematolog|geriatric|otolaryngolog|critical\s+care|infectious\s+disease"
    r"|\bdental\b|dentistry|\bpharmacy\b|\bnursing\b|\baamc\b|\busmle\b"
    # a new graduate nurse's residency is a hospital's first paid post ("Nurse Residency
    # Program"), asked of a text only once "residency program" is in it
    r"|\bnurses?\b"
)


def _medical_training(low: str) -> bool:
    """A medical residency's or fellowship's text (above): a job's, whatever "residency" or
    "fellowship" says elsewhere. Asked only once one of the two words has read as no job."""
    return _CLINICAL_PROGRAMME.search(low) is not None and _CLINICAL.search(low) is not None


def _clinical_fellowship_only(book: PhraseBook, low: str) -> bool:
    """The phrase "fellowship interview" the only no-job words of a medical fellowship's text
    (`_medical_training`): the hospital's interview for its fellows is a job's."""
    return (
        "fellowship interview" in low
        and _medical_training(low)
        and "not_a_job" not in book.groups_in(normalise(low.replace("fellowship interview", " ")))
    )


def _not_a_job_interview(low: str) -> bool:
    """Each "interview" is read with the few words around it (most texts have one or two):
    a qualifier among the two words before it, what it is for or about after it, or the
    piece it heads."""
    at = low.find("interview")
    while at != -1:
        before = low[max(0, at - 32) : at].split()[-2:]
        if before and before[-1] == "fellowship" and _medical_training(low):
            pass  # "Cardiology Fellowship Interview": a hospital's fellows are hired
        elif before and (
            (
                before[-1] in _NOT_A_JOB_QUALIFIERS
                and (before[-1] not in _ADJACENT_QUALIFIERS or low[at - 1 : at] == " ")
            )
            or (
                len(before) == 2
                and before[0] in _NOT_A_JOB_QUALIFIERS
                and before[0] not in _ADJACENT_QUALIFIERS
            )
            or before[-1] == "history"
        ):
            return True
        window = low[at : at + 120]
        if (
            " for " in window or " with " in window or " about " in window
        ) and _NOT_A_JOB_AFTER.match(window):
            return True
        head = window[9:22]  # "interview" and its "s request": a heading's mark right after
        if ":" in head or "-" in head or "\u2013" in head or "\u2014" in head:
            piece = _INTERVIEW_FOR_A_PIECE.match(window)
            if piece and _no_job_words(piece.group(1)):
                return True
        at = low.find("interview", at + 9)
    return False


# Rounds said without an interview: "result of the first round" of an audition, "made it to our
# second round" of a festival's selection, a competition's "final round". A job's rounds are
# an employer's, and a job is named with them ("the second round for the Viola position"); a
# selection named and no job is the selection's round.
_ROUND = re.compile(r"\b(?:first|second|third|fourth|next|final)\s+round")
_SELECTION = re.compile(
    r"\b(?:auditions?|festivals?|competitions?|contests?|awards?|prizes?|jury)\b"
    # not an employer praised for one: "our award-winning studio"
    r"(?![\s-]+winning)"
)


def _rounds_of_a_selection(low: str) -> bool:
    """The interview wording is only rounds, of an audition, a festival, a prize (above)."""
    if "interview" in low or not _SELECTION.search(low):
        return False  # an interview said outright is read by `_not_a_job_interview`
    rounds = [low[max(0, m.start() - 60) : m.end() + 60] for m in _ROUND.finditer(low)]
    if not rounds or not all(map(_no_job_words, rounds)):
        return False  # "the final round for the Festival Producer role": a job's
    return "interview" not in BOOK.groups_in(normalise(_ROUND.sub(" ", low)))  # only rounds


# An application, or an offer, whose object is no job: "thank you for applying for the Riverbend
# Bursary", "your application to the Greenway Small Grants Fund", "your Application for
# Naturalization", "we are pleased to offer you a place in the Summer Residency", "your loan
# application". The thing named is what the process is for; a job named on the way ("the
# Scholarship Coordinator position", "the analyst role at Greenway Fund") keeps it a job's.
_OBJECT_NOUNS = (
    r"scholarships?|bursar(?:y|ies)|fellowships?|residency|cohort|accelerator|incubator"
    r"|naturali[sz]ation|citizenship|residence|asylum|grants?|funding|fund|loan|mortgage"
    # a card by its kind or its network ("the Northstar Rewards Visa card"; not a bare
    # "card": a gift card is a study's, an ID card a job's first day)
    r"|membership|(?:credit|debit|charge|store|rewards|visa)\s+cards?"
    r"|mentorship|mentoring|prizes?|awards?|competitions?|festivals?|contests?"
    # a place on a course applied for: "your application for the Wound Care study day",
    # "applied for the Leadership course" (a course a job includes names the job beside it)
    r"|courses?|study\s+days?|workshops?"
    # a place at a school or on a course: "applying for a Year 7 place for Sam" (not "places":
    # a job seeker has "applied to a few places")
    r"|place"
)
# A household's supply is applied for and offered too: "your application for a new electricity
# connection", "New service application received", "your connection offer is ready" (a
# network operator's quote to connect a house), which no employer writes of a job. Read apart,
# behind its own words, so the rest of the mail pays nothing for it.
_SUPPLY_NOUNS = r"connections?|electricity|new\s+(?:electric(?:al)?\s+|gas\s+|water\s+)?service"
_SUPPLY_IN_SUBJECT = ("connection", "electric", "service")


def _applied_for(nouns: str, forms: str) -> re.Pattern[str]:
    """ "applied for / application to / offer of ... <noun> (two words)", or "<noun> <form>"."""
    return re.compile(
        r"\b(?:apply|applying|applied|applications?|submitted|submitting|offer|offered"
        r"|shortlisted|selected|nominated|candidacy|nomination)\s+"
        # a subject's dash joins the two as "for" does: "Shortlisted - Harbour Design Awards"
        r"((?:\S+\s+){0,8}?)(for|to|in|into|on|at|[-\u2013\u2014])\s+"
        r"((?:the|a|an|your|our|this)\s+)?"
        r"((?:\S+\s+){0,4}?)(" + nouns + r")\b((?:\W+\w+){0,2})"
        r"|\b(" + nouns + r")\s+" + forms + r"\b((?:\W+\w+){0,2})"
    )


_APPLIES_FOR = _applied_for(_OBJECT_NOUNS, r"applications?")
_SUPPLY_APPLIED_FOR = _applied_for(_SUPPLY_NOUNS, r"(?:applications?|offers?)")
# Names that are an employer's as often as a funder's ("Grant Thornton", "Evergreen Fund",
# "Rocket Mortgage", "Connections Academy"): an object only after "a", "the", "your" ... ("a
# home improvement loan", "a new electricity connection").
_WEAK_OBJECTS = frozenset({"grant", "fund", "loan", "mortgage", "connection", "place"})
# Words that name a job beside the titles `company.ROLE_WORDS` lists: the job itself and the
# titles a funder's or a school's mail also uses ("a place on our Graduate Trainee Programme").
_JOB_NOUNS = frozenset(
    """position positions role roles job jobs post vacancy vacancies opening openings officers
    advisor adviser counsellor counselor processor teller graduate trainee apprentice
    apprenticeship internships team
    postdoctoral postdoc faculty professorship lectureship tenure""".split()
)  # the academic posts too: "your application to the Eastbrook postdoctoral residency"


# A place offered: "we are pleased to offer Leo a place at Oakridge Preschool", "offer you a
# spot in the Sunflower Room", "Offer of a place". Jobs are offered as positions, roles and
# jobs; a place, spot or seat is a school's, a nursery's, a programme's (unless a job is named
# with it: "a place on our Graduate Trainee Programme as an Analyst").
_OFFERS_A_PLACE = re.compile(
    r"offer(?:ed|ing|s)?\s+((?:\S+\s+){0,3}?)(?:a|your|the)\s+((?:\S+\s+){0,2}?)"
    # and a home's: "the landlord would like to offer you the tenancy" (not "a lease", which
    # an employer's relocation may offer on a company flat)
    r"(?:place|spot|seat|tenancy)\b((?:\W+\w+){0,6})"
)


# A landlord thanking the reader for asking after a home: "thanks for your interest in the
# apartment". A job's title may begin with the same words ("the Apartment Manager position",
# "the Unit Clerk role", "the Room Attendant opening"), so the words after must name no job.
_INTEREST_IN_A_HOME = re.compile(
    r"interest\s+in\s+the\s+(?:apartment|unit|listing|property|house|room|flat|home)\b"
    r"((?:\W+\w+){0,4})"
)


# A home applied for by its address: "your application for 88 Harbour Road", "Application
# received - Unit 4, 17 Lindon Avenue". A job is applied for by its title; an office's address
# comes after "at" ("the Leasing Consultant position at our 12 Birch Lane office"), and
# applications are sent "to" one, which is no object of theirs.
_STREET_TYPES = (
    r"street|st|road|rd|lane|ln|avenue|ave|court|ct|drive|dr|place|pl|crescent|cres|close"
    r"|way|boulevard|blvd|terrace|tce|grove|parade|square|sq|circle|cir|row|mews|gardens"
)
_APPLIES_FOR_AN_ADDRESS = re.compile(
    r"\b(?:applications?|applying|applied|apply)\s+"
    r"(?:for|(?:[a-z]+\s+){0,2}?[-\u2013\u2014:])\s+(?:the\s+)?"
    r"(?:(?:unit|apt|apartment|flat|suite|no)\.?\s*\d+[a-z]?\s*,?\s+)?"
    r"\d+[a-z]?(?:\s*[/-]\s*\d+[a-z]?)?\s+(?:[a-z'.-]+\s+){1,3}?(?:" + _STREET_TYPES + r")\b"
    r"((?:\W+\w+){0,4})"
)


def _applies_for_an_address(low: str) -> bool:
    """A home applied for by its address (above), no job named in the words after it."""
    return any(
        _no_job_words(m.group(1)) for m in matches_from(_APPLIES_FOR_AN_ADDRESS, low, ("appl",))
    )


# Someone writing to the owner for advice, not a job: "I am not seeking a job", "I'm not asking
# about openings at your company" (a student's or a career changer's informational interview).
# Said of the writer only: a recruiter's "even if you're not looking for a job" is outreach, and
# the owner's own "I'm not looking for a job right now, but ..." answers one.
_NOT_SEEKING_A_JOB = re.compile(
    r"\bi(?:['’]m|\s+am)\s+not\s+(?:seeking|looking\s+for|asking\s+(?:you\s+)?(?:for|about))\s+"
    r"(?:a\s+job|a\s+position|employment|an\s+internship|(?:job\s+)?openings)\b"
)


# A seat on a public or a club's body applied for: "your application to serve on the Library
# Advisory Committee", "your interest in serving on the Transit Board". A job is applied for
# to work, not to serve on a board, unless one is named with it ("applying to serve on the
# board as its Executive Director").
_SERVES_ON_A_BODY = re.compile(
    r"\b(?:apply|applying|applied|applications?|interest|interested)\s+"
    # or to stand for one, as its elections say: "your application to stand for the National
    # Council", "interested in running for the Finance Committee"
    r"(?:(?:to\s+serve|in\s+serving|for\s+serving)\s+on|to\s+(?:stand|run)\s+for"
    r"|in\s+(?:standing|running)\s+for)\s+(?:the|a|an|our|this|your)\s+"
    r"((?:[\w&'-]+\s+){0,5}?)(?:board|commission|committee|council|panel)\b((?:\W+\w+){0,4})"
)


# A seat on the writer's own board or committee offered: "the possibility of joining our
# board", "to join our advisory council". A board hires no one by that (a paid seat names the
# post with it: "join our board as a Non-Executive Director").
_JOINS_A_BODY = re.compile(
    r"\b(?:join|joining)\s+our\s+((?:[\w&'-]+\s+){0,3}?)(?:board|commission|committee|council)"
    r"\b((?:\W+\w+){0,4})"
)


def _joins_a_body(low: str) -> bool:
    """`_names_no_job(_JOINS_A_BODY, low)`, the pattern tried only where "join" is ("join our
    team" is in many an employer's mail: no scan of the whole text for it)."""
    return any(
        _no_job_words(" ".join(m.groups()))
        for m in matches_from(_JOINS_A_BODY, low, ("join our", "joining our"))
    )


# A reporter's piece spoken of as the talk's subject, by either side: "happy to talk about the
# story", "a few questions for your article". A job's title may begin so ("questions about the
# Story Artist role"), so the words after must name no job.
_ABOUT_A_PIECE = re.compile(
    r"\b(?:about|for|with)\s+(?:the|your)\s+(?:story|article)\b((?:\W+\w+){0,3})"
)


def _names_no_job(pattern: re.Pattern[str], low: str) -> bool:
    """A match of `pattern` whose groups (the words around its object: "a place at Oakridge
    Preschool", "the Library Advisory Committee") name no job."""
    return any(_no_job_words(" ".join(m.groups())) for m in pattern.finditer(low))


def _no_job_words(text: str) -> bool:
    return not job_words_in(text)


def job_words_in(text: str) -> bool:
    """The lower-cased text holds a word that names a job: a job noun ("position", "vacancy")
    or a role title's word ("assistant", "engineer")."""
    words = set(re.findall(r"[a-z]+", text))
    return bool(words & _JOB_NOUNS or words & company.ROLE_WORDS)


# A candidate's own immigration application is told to an employer only as an answer about
# the right to work ("I applied for permanent residence and won't need sponsorship"); the
# process is then the job's, not the naturalisation's or the residence's.
_WORK_AUTHORISATION = re.compile(
    r"\bsponsorship\b|\bwork\s+authori[sz]ation\b|\bauthori[sz]ed\s+to\s+work\b"
    r"|\bright\s+to\s+work\b|\bwork\s+(?:permit|visa)\b"
)


def _applies_for_no_job(low: str, applied_for: re.Pattern[str] = _APPLIES_FOR) -> bool:
    """An application or offer in the text whose object is no job (see `_APPLIES_FOR`)."""
    if _WORK_AUTHORISATION.search(low):
        return False  # "I applied for citizenship, so I won't need sponsorship": a job's question
    for match in applied_for.finditer(low):
        between, joiner, article, words, noun, after, first_noun, first_after = match.groups()
        if noun is None:  # "your loan application", "a scholarship application"
            if _no_job_words(first_after) and not (
                first_noun in _CLINICAL_NOUNS and _medical_training(low)
            ):  # "Your Nurse Residency application": a hospital's, as below
                return True
            continue
        if noun.rstrip("s") in _WEAK_OBJECTS and noun != "grants" and not article:
            continue
        if joiner in _DASHES and noun in _CLINICAL_NOUNS:
            continue  # "Your application - Pulmonary fellowship": a subject that cannot say
            # whether a hospital's; `_medical_training` reads that in the text
        if noun == "place":
            # what the place is on or at may come later: "a place on our Graduate Trainee
            # Programme", not in the two words read after the noun
            after = f"{after} {' '.join(low[match.end() : match.end() + 80].split()[:6])}"
        if _no_job_words(f"{between} {words} {after}") and not (
            noun in _CLINICAL_NOUNS_AND_INTAKES and _medical_training(low)
        ):
            return True
    return False


_CLINICAL_NOUNS = frozenset({"residency", "fellowship", "fellowships"})
_DASHES = frozenset("-\u2013\u2014")
# A clinical residency takes its new staff in cohorts ("applying to the August cohort of our
# Nurse Residency Program"): the cohort of a hospital's programme is a job's intake too.
_CLINICAL_NOUNS_AND_INTAKES = _CLINICAL_NOUNS | {"cohort"}


# What a process is for, said in common words after the process's own word: "your application
# for a new electricity connection", "thank you for your application to adopt Biscuit", "an
# interview for a school project", "the offer of a nursery place for Isla", "accepted into the
# sailing club". An employer's process is for a job, named as one ("the position", "the Line
# Cook role"), for the employer ("your application to Northwind": a name, capitalised), or
# said with a stage or a time ("selected for the next round", "interview for Tuesday"); any
# other thing, in lower case and with no job named beside it, is what some other process is
# for, whichever domain's word it is (no list of the things: the words that keep a job's are
# listed instead). A positive reading of another process, not the absence of a job's words: a
# job's mail that never names its job ("your interview on Tuesday") says none of these.
_PROCESS_FOR = re.compile(
    r"\b(?:(?:applications?|applying|applied|apply)\s+(?:for|to)|interviews?\s+for"
    r"|offer(?:ed|s)?\s+(?:of|for)|(?:shortlisted|selected|accepted)\s+(?:for|into))\s+"
    r"((?:(?:the|a|an|your|our|this|my|their|his|her|its|these|those|any|some|all|each|new)\s+)*)"
    r"([^.!?;]{1,80})"
)
_PROCESS_FOR_STARTS = ("appl", "interview", "offer", "shortlisted", "selected", "accepted")
# The words after which the thing is a job's, or not yet named (a person, or everyone: "short
# interviews for everyone who passes" the skills test of a hiring event): a job, its stage or
# step, a time or a season, a check every employer runs, a move within the employer (a
# transfer, a promotion), and the words that may name either (a programme's training, a visa, "to
# participate in", "to be"); the role titles of `company.ROLE_WORDS` and `_JOB_NOUNS` besides.
_KEEPS_A_JOB = frozenset(
    """employment work works working career careers company companies organisation
    organization department firm business staff us you it them me him whom which what
    everyone everybody anyone anybody
    interview interviews round rounds stage stages step steps next further consideration
    review call calls chat screen screening assessment assessments test tests meeting
    meetings discussion conversation conversations process selection shortlist
    check checks verification background drug onboarding orientation training induction
    shift shifts sponsorship relocation visa participate participation be become
    transfer promotion secondment summer autumn fall winter spring year years
    appointment appointments engagement terms traineeship locum temp talent scheme schemes
    program programs programme programmes project projects client clients requirement
    store stores shop branch site location locations office offices restaurant depot
    warehouse kitchen hotel clinic hospital school
    contract contracts assignment assignments placement placements opportunity opportunities
    today tomorrow tonight week weeks day days morning afternoon evening hour hours minutes
    time times date dates slot slots monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    more other others another both either future similar same following
    hiring hire candidates candidate applicants applicant""".split()
)


def _for_another_thing(readings: Sequence[Reading]) -> bool:
    """Someone else's letter naming what its process is for, and that thing no job (above)."""
    for r in readings:
        if r.mine or r.automated:
            continue
        low = r.low
        subject_end = low.find("\n")
        said = low if "cue_process_for" in r.groups else low[:subject_end]  # (the book's words)
        for match in matches_from(_PROCESS_FOR, said, _PROCESS_FOR_STARTS):
            article, thing = match.groups()
            if match.start() < subject_end < match.end(2):
                thing = thing[: subject_end - match.start(2)]  # the subject ends its sentence
            if not article and thing.partition(" ")[0].endswith("ing"):
                continue  # "for making the offer"
            # (a title wrapped over a line break, "the line cook\nposition", is one title)
            words = set(re.findall(r"[a-z]+", thing))
            if words & _KEEPS_A_JOB or words & _JOB_NOUNS or words & company.ROLE_WORDS:
                continue
            if words & _CLINICAL_NOUNS and _medical_training(low):
                continue  # "applying for a fellowship in cardiology": a hospital's job
            if not _said_in_lower_case(r, match.start(2), thing):
                continue  # a name or a title: "your application to Northwind"
            if _WORK_AUTHORISATION.search(low):
                continue  # "your application for permanent residence": a job's question
            return True
    return False


def _said_in_lower_case(r: Reading, at: int, thing: str) -> bool:
    """The thing at `at` of `r.low` begins in lower case as written: not a name or a title
    ("your application to Northwind"), nor a number ("an offer for 14 Glenview Road")."""
    subject, text = r.message.subject or "", r.message.text or ""
    if len(subject) + 1 + min(len(text), READ_CHARS) != len(r.low):
        # a letter whose lower case is longer ("İ"): look the thing up as written
        said = f"{subject}\n{text[:READ_CHARS]}"
        found = re.search(re.escape(thing[:24]), said, re.I)
        return found is not None and said[found.start()].islower()
    if at < len(subject):
        return subject[at].islower()
    return at > len(subject) and text[at - len(subject) - 1].islower()


# A work sent in under its own title, in quotation marks: 'Thank you for submitting "Profiling
# pandas pipelines" to PyKansai', 'your application "Repair Cafe Kit"', 'your submission "Low
# Tide"', 'your proposal for "Podcast transcript editing"'. A talk, a film, a project to be
# funded, a gig's brief: the process judges the work, not the reader for a job. An employer's
# template may quote the job's title the same way ('your application "Senior Data Analyst"'):
# a title naming a job (`_no_job_words`) keeps it a job's.
_TITLED_WORK = re.compile(
    r"\b(?:submit(?:ted|ting)?|submissions?|proposals?(?:\s+for)?|entry|application)\s+"
    r"(?:(?:your|the|a|an|our)\s+)*(?:application\s+|proposal\s+)?"
    r"[\"“]([^\"”\n]{2,80})[\"”]"
)
_TITLED_WORK_STARTS = ("submi", "proposal", "entry", "application")


def _submits_a_titled_work(readings: Sequence[Reading]) -> bool:
    """Someone else's letter naming a titled work the process is for (above)."""
    for r in readings:
        if r.mine or r.automated or ('"' not in r.low and "“" not in r.low):
            continue
        for match in matches_from(_TITLED_WORK, r.low, _TITLED_WORK_STARTS):
            title = match.group(1)
            if _no_job_words(title) and not _KEEPS_A_JOB.intersection(re.findall("[a-z]+", title)):
                return True
    return False


# The reader's own people taking part: "an interview with two members of the committee ... All
# adult family members must be present", "we'd like to invite you and your co-founder to a
# video interview", "we look forward to meeting you and your child". A school, a nursery, a
# housing co-op, an accelerator, an immigration office meets the reader's family, partner or
# co-founder; an employer meets the reader alone. Said as the ones met or asked to come, beside
# the meeting itself (a sentence with the interview, visit or call in it): an offer's "our
# health plan covers you and your family" is the job's.
_PARTY = (
    r"(?:family|partner|spouse|husband|wife|child|children|son|daughter|co-?founders?"
    r"|household|kids?|parents?|guardian)"
)
_READERS_PARTY = re.compile(
    r"\b(?:invite|invites|inviting|meet|meeting|see|interview|interviewing)\s+you\s+and"
    r"\s+your\s+" + _PARTY + r"\b"
    r"|\byou\s+and\s+your\s+" + _PARTY + r"\s+(?:must|should|will\s+need\s+to|need\s+to"
    r"|are\s+(?:both\s+)?(?:invited|welcome|asked|required)\s+to)\b"
    r"|\ball\s+(?:adult\s+)?(?:family|household)\s+members\b"
    r"|\bbring\s+your\s+" + _PARTY + r"\b"
    r"|\byour\s+" + _PARTY + r"\s+(?:must|should|will\s+need\s+to|needs?\s+to"
    r"|is\s+(?:also\s+)?(?:invited|welcome)\s+to)\b"
)
_PARTY_MEETS = re.compile(
    r"\b(?:interview|visit|meeting|call|assessment|appointment|present|attend|session)"
)


_SENTENCE_MARKS = (".", ";", "\n\n")


def _the_readers_own_party(readings: Sequence[Reading]) -> bool:
    """Someone else's letter meeting the reader with their own people (above)."""
    for r in readings:
        if r.mine or r.automated or "cue_party" not in r.groups:
            continue  # (the book's words for the reader's people: in every match above)
        low = r.low
        for match in _READERS_PARTY.finditer(low):
            start = max(low.rfind(mark, 0, match.start()) for mark in _SENTENCE_MARKS)
            ends = [low.find(mark, match.end()) for mark in _SENTENCE_MARKS]
            end = min((at for at in ends if at != -1), default=len(low))
            if _PARTY_MEETS.search(low, start + 1, end):
                return True
    return False


# An application with a machine name is software: 'your application "garden-sensor-hub"',
# "application orders-sync-worker has been approved", "Deployed: application shop-frontend-prod".
# Jobs are named by titles ("the Back-End Developer role") and requisitions by codes
# ("REQ-2026-114"); a slug of three or more lower-case word parts joined by - or _ (or two,
# quoted) names an app, a service or a deployment, which no job application is.
_NAMED_SOFTWARE = re.compile(
    r"application\s+(?:[\"'“‘][a-z][a-z0-9]*(?:[-_][a-z0-9]+)+[\"'”’]"
    r"|[a-z]{2,}[0-9]*(?:[-_][a-z]{2,}[0-9]*){2,}\b)"
)


# A club choosing its own officers: its "execs", an "executive application", a "club officer
# position" or "officer positions" (`cue_club_officers`), written by or about a club ("clubs
# week", "Robotics Club", a club's address). The posts are its members' turns at running it,
# not jobs; a club's jobs (a swim club's lifeguard, a golf club's general manager) are named
# as jobs and stay so.
_CLUB = re.compile(r"\bclubs?\b")


def _a_clubs_own_officers(message: Message, text_low: str, subject_low: str) -> bool:
    sender = message.sender
    # the club named in the text or the subject, or writing as one ("Robotics Club",
    # robotics.club@, recruitment@finance-club.example)
    where = (
        f"{text_low} {subject_low} {sender.name.lower()} {re.sub(r'[^a-z]+', ' ', sender.email)}"
    )
    return "club" in where and _CLUB.search(where) is not None


def _names_software(low: str) -> bool:
    """ "your application orders-sync-worker": an "application" that is an app (above)."""
    return _NAMED_SOFTWARE.search(low) is not None


@lru_cache(maxsize=8192)
def _names_a_role(subject: str) -> bool:
    """ "Re: Next step: skills assessment for Operations Analyst" names a job."""
    return company.role_from_subject(subject) is not None


def _names_a_role_in_text(r: Reading) -> bool:
    """ "... even more excited about the Merchandising Lead role" names a job."""
    # a title wrapped over a line break ("the Backend\nDeveloper role") is one title
    return company.role_from_text(" ".join((r.message.text or "")[:READ_CHARS].split())) is not None


def read_thread(messages: Sequence[Message], me: str | Collection[str]) -> list[Reading]:
    """Every message read once, oldest first. Never raises on odd but typed input."""
    return read_messages(messages, candidate_addresses(messages, me))


def _placeholder_or_school(domain: str) -> bool:
    """A placeholder (example.com, mail.example) or a school's domain: no employer's. A
    school's students get its career service's mail, as candidates."""
    return _placeholder(domain) or domain.endswith(".edu") or ".edu." in domain or ".ac." in domain


def _placeholder(domain: str) -> bool:
    """example.com, example.org, mail.example: the documentation domains, a private person's."""
    return domain.partition(".")[0] == "example" or domain == "mail.example"


@lru_cache(maxsize=64)
def _organisation_domains(mine: frozenset[str]) -> tuple[str, ...]:
    """The owner's employer's domains: their addresses' domains that are an organisation's,
    not a mailbox provider's (gmail.com), a placeholder's or a school's."""
    found = []
    for address in mine:
        domain = address.rpartition("@")[2]
        if domain and not _placeholder_or_school(domain):
            if senders.domain_kind(domain).kind == "":
                found.append(domain)
    return tuple(found)


def _own_organisation(message: Message, from_me: bool, domains: tuple[str, ...]) -> bool:
    """The message is between the owner and their own organisation (see `Reading`)."""
    if from_me:
        people = [a.email for a in (*message.to, *message.cc) if a.email]
        if people and all(p.rpartition("@")[2] in domains for p in people):
            return True
    elif message.sender.email.rpartition("@")[2] in domains:
        return True
    squashed = "".join(ch for ch in (message.subject or "").lower() if ch.isalnum())
    return any(
        len(name) >= 5 and name in squashed for name in (d.partition(".")[0] for d in domains)
    )


def _private_person(email: str) -> bool:
    """A person's own address: a mailbox provider's (gmail.com), a placeholder
    (example.com) or a school's. A hiring tool's or a bulk sender's is no person's."""
    domain = email.rpartition("@")[2]
    return _placeholder_or_school(domain) or senders.domain_kind(domain).kind == "personal"


def _with_a_private_person(message: Message, from_me: bool, domains: tuple[str, ...]) -> bool:
    """The owner, writing from their organisation's address, to private people only; or a
    private person writing to the owner's organisation address. Interview mail between an
    organisation and a private person is the organisation's to run: a job seeker answers
    from a private address, employers write from their own (or from their tools')."""
    domains = tuple(d for d in domains if not _named_after_the_owner(d, message, from_me))
    if not domains:
        return False
    if from_me:
        people = [a.email for a in (*message.to, *message.cc) if a.email]
        return (
            message.sender.email.rpartition("@")[2] in domains
            and bool(people)
            and all(_private_person(p) for p in people)
        )
    return _private_person(message.sender.email) and any(
        a.email.rpartition("@")[2] in domains for a in (*message.to, *message.cc)
    )


def _named_after_the_owner(domain: str, message: Message, from_me: bool) -> bool:
    """A domain of the owner's own name ("hannah@hannahprice.dev"): a person's, no employer's."""
    owner = message.sender if from_me else None
    addresses = [owner.email] if owner else []
    addresses += [a.email for a in (*message.to, *message.cc) if a.email.endswith("@" + domain)]
    label = domain.partition(".")[0]
    return any(
        len(part) >= 3 and part in label
        for email in addresses
        for part in re.split(r"[._+-]", email.partition("@")[0])
    )


_READERS_PART_GROUPS = frozenset({"not_your_offer", "duty_debrief", "duty_committee"})
# The writer counting candidates as the one who decides about them: "five candidates got
# through the phone screens", "three finalists for campus interviews" (not "you still have
# two candidates to see", nor "one of three candidates for the role").
_COUNTS_CANDIDATES = re.compile(
    r"(?<!of )\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:candidates|finalists|applicants)\s+(?:for|got|passed|made|are|were|from|who|that"
    r"|on|in|have|did|all)\b"
)


# Feedback on candidates, asked of or told to the reader, is an interviewer's work: "go over
# the interview loop feedback for the two backend candidates", "your feedback on both
# finalists". An employer tells its candidate of feedback to them, never of theirs on others
# ("we are unable to give feedback to candidates" has no "the" before them).
_FEEDBACK_ON_CANDIDATES = re.compile(
    r"\bfeedback\s+(?:for|on|about)\s+(?:the|both|these|those|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:candidates|finalists|applicants)\b"
)


# Candidates counted as someone else's, told to the writer: "there are three candidates in the
# final round", "the other two candidates"; a candidate may write so of her own process.
_TOLD_COUNT = ("there are", "there were", "there're", "there will be", "other")


# The inquiry's own words, which name no job by themselves: "any openings for a haircut"
_ANY_OPENINGS = re.compile(r"\bany\s+(?:openings|vacancies|open\s+positions)\b")


def _counts_candidates(low: str) -> bool:
    """The writer counting candidates as the one deciding (see `_COUNTS_CANDIDATES`)."""
    return any(
        not any(told in low[max(0, m.start() - 16) : m.start()] for told in _TOLD_COUNT)
        for m in _COUNTS_CANDIDATES.finditer(low)
    )


# An interview told by the one who had it: "just got out of the second interview", "I think the
# hiring manager liked me", "they'll let me know by Friday", "they offered me the job", "didn't
# get the job". No
# employer writes so of the reader's interview; a friend, a sister or a client writing to the
# owner from their own address tells of their own search (an agency's recruiter, who may say
# "they'll let me know by Friday" of the reader's, writes from the agency's).
_TELLS_OWN_INTERVIEW = re.compile(
    r"got\s+out\s+of\s+(?:the|my|an?)\s+(?:[\w-]+\s+){0,2}?interview"
    r"|\b(?:manager|interviewers?|panel|they|everyone)\s+(?:\w+\s+)?liked\s+me\b"
    r"|\bthey(?:'ll|\s+will|'d|\s+would)\s+let\s+me\s+know\s+by\b"
    r"|\boffered\s+me\s+the\s+(?:job|position|role|post)\b"
    # "Didn't get the Acme job", "I did not get the role": said by the one turned down (an
    # employer or an agency tells it as "you didn't get ...")
    r"|(?:^|[.!?\n]\s*|\bi\s+)did(?:n't|\s+not)\s+get\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:job|position|role|post|offer)\b"
    # someone close to the writer, their interview or offer told: "my daughter Lily has an
    # interview for a summer internship at your company", "my husband got an offer"
    r"|\bmy\s+(?:daughter|son|husband|wife|partner|brother|sister|friend|niece|nephew|cousin"
    r"|boyfriend|girlfriend|kid|child|flatmate|roommate)\b(?:\s+[\w'-]+){0,2}?\s+"
    r"(?:has|had|got)\s+(?:an?\s+|her\s+|his\s+|their\s+)(?:[\w-]+\s+){0,2}?(?:interview|offer)\b"
)
# A private person suggesting the reader apply for a job they saw ("saw this and thought of
# you - worth applying?"): the reader has no application yet, as with a job board's alert.
_SUGGESTS_APPLYING = re.compile(
    r"\b(?:worth\s+applying|you\s+(?:should|could)\s+(?:totally\s+)?apply"
    r"|why\s+(?:don't\s+you|not)\s+apply)\b"
)


# An independent recruiter writing from a mailbox provider's address says "they'll let me
# know by Friday" too, of the reader's interview: "they really enjoyed meeting you", "I'll
# pass it on", "I'll let you know". A friend telling of her own interview says none of these.
_OF_THE_READERS_INTERVIEW = re.compile(
    r"\b(?:meeting|met|liked|loved|enjoyed)\s+you\b|\byour\s+(?:interview|candidacy|application)\b"
    r"|\blet\s+you\s+know\b|\bpass\s+(?:it|that|this|the\s+news)\s+on\b|\bget\s+back\s+to\s+you\b"
)


def _tells_own_interview(message: Message, text_low: str) -> bool:
    """A private person's own interview, told to the owner (see `_TELLS_OWN_INTERVIEW`)."""
    if message.is_bulk or not _private_person(message.sender.email):
        return False
    told = _TELLS_OWN_INTERVIEW.search(text_low)
    if told is None:
        return False
    if "let me know" in told.group() and _OF_THE_READERS_INTERVIEW.search(text_low):
        return False  # a recruiter relaying the employer's answer to the reader
    return True


# A forward's header line naming whom the forwarded mail was sent to: "To: Lena Ortiz
# <lena.ortiz@example.net>" below "---------- Forwarded message ---------".
_FORWARDED_TO = re.compile(r"^\s*to:\s*(?P<to>[^\n]*)$", re.MULTILINE)


def _forwards_own_mail(message: Message, text_low: str) -> bool:
    """A private person forwarding mail that was sent to themselves ("look what came in
    today - any tips?"): their own search shared with the owner, unless their note speaks of
    the reader's interview, as a recruiter relaying the employer's answer does."""
    if message.is_bulk or not _private_person(message.sender.email):
        return False
    at = text_low.find("forwarded")
    found = _FORWARDED_TO.search(text_low, at)
    if found is None or message.sender.email.lower() not in found["to"]:
        return False
    note = text_low[:at]
    return _OF_THE_READERS_INTERVIEW.search(note) is None and _TO_MEET_YOU.search(note) is None


# A forward's header line naming who wrote the forwarded mail: "From: Jamal Carter
# <jamal.carter@example.org>" below "---------- Forwarded message ---------".
_FORWARDED_FROM = re.compile(r"^\s*from:\s*(?P<from>[^\n]*)$", re.MULTILINE)
# Thanks for an interview the writer had: "thank you and the committee for meeting with me"
_THANKS_FOR_INTERVIEWING_ME = re.compile(
    r"\b(?:meeting|meet|speaking|speak|talking|talk)\s+with\s+me\b|\binterviewing\s+me\b"
    r"|\bthe\s+time\s+to\s+(?:meet|speak|talk)\s+with\s+me\b"
)


def _forwards_a_candidates_thanks(text_low: str, mine: frozenset[str]) -> bool:
    """The owner forwarding someone else's thanks for an interview with them ("FYI - a note
    from Jamal" over his "thank you and the committee for meeting with me"): the owner sat on
    the panel. A job seeker forwarding their own thank-you (to a mentor) forwards their own
    address's mail."""
    at = text_low.find("forwarded")
    found = _FORWARDED_FROM.search(text_low, at)
    if found is None or any(address in found["from"] for address in mine):
        return False
    return _THANKS_FOR_INTERVIEWING_ME.search(text_low, found.end()) is not None


# The relayer's note on the reader's coming meeting: "they'd love to meet you", "the client
# wants to interview you on Friday".
_TO_MEET_YOU = re.compile(
    r"\b(?:meet|see|interview|speak\s+(?:to|with)|talk\s+(?:to|with))\s+you\b"
)


# "your interview on" tells of one held ("the feedback from your interview on May 7") or
# one to come ("I'll be organizing your trip for your interview on Thursday, March 4"): a
# day with its month after the day the message was sent is the second, no interview held.
_YOUR_INTERVIEW_ON = "your interview on"


def _unless_ahead(text_low: str, at: datetime, groups: set[str]) -> None:
    at_phrase = text_low.find(_YOUR_INTERVIEW_ON)
    said = text_low[at_phrase : at_phrase + len(_YOUR_INTERVIEW_ON) + DAY_AFTER_ON_REACH]
    if coming_day_said_lower(said, at) is None:
        return
    if "happened" not in BOOK.groups_in(normalise(text_low.replace(_YOUR_INTERVIEW_ON, " "))):
        groups.discard("happened")


# Availability for the work, not for a meeting: a contract platform's "pay rate, availability
# for the full contract duration, target start date" asks nothing about a time to talk.
_AVAILABLE_FOR_THE_WORK = re.compile(
    r"\bavailability\s+for\s+the\s+(?:full\s+|whole\s+|entire\s+)?"
    r"(?:contract|assignment|engagement|project)(?:\s+(?:duration|period|length|term))?\b"
)


def _unless_the_works(text_low: str, groups: set[str]) -> None:
    rest = _AVAILABLE_FOR_THE_WORK.sub(" ", text_low)
    if rest != text_low and "availability" not in BOOK.groups_in(normalise(rest)):
        groups.discard("availability")


# A work sample set to the reader, a take-home by another name: named by its kind ("our
# technical challenge", "the code challenge", "a take-home exercise"), or an assignment the
# reader is asked to complete or submit in mail that names the job ("Please complete the
# assignment ... and submit it by Friday" under "Assignment for WordPress Engineer role"). A
# course's homework names no job, so the bare "assignment" needs the job beside it.
# (a "technical test", a "coding test" are the interview phrase book's own)
_WORK_SAMPLE = re.compile(
    r"\b(?:technical|coding|code|take[- ]home|home)\s+(?:challenge|assignment|exercise|task)s?\b"
)
_SAMPLE_SET = re.compile(
    r"\b(?:complete|completing|submit|submitting|finish|attempt|take\s+on|work\s+on)\s+"
    r"(?:the|this|our|your|a)\s+(?:[\w-]+\s+){0,2}?(?:assignment|challenge|exercise|task)\b"
)


# The creative trades name the work sample by their craft: a studio's "design challenge" or
# "design exercise", a games studio's "art test", a newsroom's "edit test". A community's
# "weekly design challenge" or a school's art test names no job, so the craft's sample needs
# the job beside it, as the bare "assignment" does.
_CRAFT_SAMPLE = re.compile(
    r"\b(?:design|art|edit|editing|editorial|writing)\s+(?:challenge|exercise|test)s?\b"
)
_SUBJECT_PARTS = re.compile(r"\s[-–—|]\s|:\s")


# The craft's own titles, read only beside its sample ("Art test - Licensing Illustrator"):
# alone, "Featured artist - spring show" is a gallery's, not a job's.
_CRAFT_TITLE = re.compile(
    r"(?:[a-z0-9][\w&/+-]*\s+){0,3}(?:artist|illustrator|animator|copywriter|photographer"
    r"|videographer|curator)s?"
)


def _a_part_names_a_job(subject: str) -> bool:
    """One part of a subject is a job title: "Edit test - Associate Editor", "Character
    Artist - art test brief"."""
    return any(
        _subject_is_a_title(part) or _CRAFT_TITLE.fullmatch(part) is not None
        for part in map(str.strip, _SUBJECT_PARTS.split(subject))
    )


def _sets_a_work_sample(subject: str, text_low: str, groups: set[str]) -> bool:
    """A body whose phrase book found `cue_work_sample` (the subject's own work sample is
    `_subject_groups`' reading)."""
    if _WORK_SAMPLE.search(text_low):
        return True
    if _SAMPLE_SET.search(text_low) is not None:
        return bool(groups & _HIRING_WORDS) or _subject_is_a_job(subject)
    # the craft's sample: the reader's own application names the job too ("Thanks for
    # applying ... the next step is our editing test")
    return _CRAFT_SAMPLE.search(text_low) is not None and (
        bool(groups & _HIRING_OR_APPLYING) or _subject_is_a_job(subject)
    )


# Words of someone hiring ("recruiting", "the role", "your resume"), which a study's screening
# visit named in the same mail does not outweigh (a coordinator's job runs such visits).
_HIRING_WORDS = frozenset({"hiring", "hiring_yours"})
_HIRING_OR_APPLYING = _HIRING_WORDS | {"application"}


_LINK = re.compile(r"\S+/\S*")
_OFFER_OF_ANYTHING = re.compile(
    r"\b(?:(?:pleased|happy|delighted|excited|thrilled) to|(?:would|we'd|we would|i'd|i would)"
    r" like to) offer\b(?!\s+(?:you|your)\b|\s+(?:it|this|that|(?:the|this)\s+\w+)\s+to\s+you\b)"
)
_HIRED_ANYONE = re.compile(
    r"\b(?:we|we've|have|has) hired\b(?!\s+(?:someone|somebody|another|(?:a|an|the|one)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:candidates?|applicants?|person|individual|other|different|internal"
    r"|external|successful|right|best)|for\s+(?:the|this|that)\s+(?:role|position|job|post))\b)"
)
_SINCE_WE_MET = re.compile(
    r"\bsince (?:we (?:last )?(?:met|chatted|talked)|our (?:call|chat|conversation|meeting)"
    r"|meeting you|speaking)\b"
)


# What the team enjoyed when it is what the reader sent ("the team enjoyed your portfolio",
# "everyone enjoyed your showreel", "we really enjoyed reading your application"): read
# before anyone met. Not the reader's company ("the team enjoyed meeting you").
_ENJOYED_THE_PAPERS = re.compile(
    r"\b(?:the\s+(?:\w+\s+)?team|everyone|we|i)\s+(?:all\s+|really\s+|thoroughly\s+)?enjoyed\s+"
    r"(?:reading\s+|reviewing\s+|looking\s+(?:at|through)\s+|going\s+through\s+)?(?:your|the)\s+"
    r"(?:portfolio|application|cv|resume|résumé|cover\s+letter|answers|responses|"
    r"(?:writing|work)\s+samples?|submission|case\s+study|show\s?reel|reel|website)\b"
)


def enjoyed_only_what_was_sent(r: Reading) -> bool:
    """The employer's "the team enjoyed ..." said only of what the reader sent ("The team
    enjoyed your portfolio and we'd like to move you forward to a conversation"): the
    application read, no meeting held. (Detection keeps the words as a sign of the reader's
    process; the timeline does not take them for an interview that took place.)"""
    if "happened" not in r.groups or "enjoyed" not in r.low:
        return False
    return _said_only_in(_ENJOYED_THE_PAPERS, r.low, "happened")


def _said_in(phrases: Iterable[str]) -> re.Pattern[str]:
    """A cue group's phrases as one pattern over lower-cased text (longest first, whole
    words, an apostrophe either way): what `_drop_unless_said_otherwise` reads a text
    without, from the one list the phrase walk finds them by."""
    alternatives = sorted(set(phrases), key=len, reverse=True)
    escaped = (re.escape(phrase).replace("'", "['’]") for phrase in alternatives)
    return re.compile(r"\b(?:" + "|".join(escaped) + r")\b")


# Another sense than the hiring word's: a position held or stood in, a class's take-home
# exam or a pay packet's, the writer's own offer taken
_POSITION_HELD = _said_in(PHRASES["cue_position_held"])
_TAKE_HOME_OTHER = _said_in(PHRASES["cue_take_home_other"])
_OWN_OFFER_NEWS = _said_in(PHRASES["cue_own_offer_news"])


def _drop_unless_said_otherwise(
    groups: set[str],
    group: str,
    cue: str,
    other_sense: re.Pattern[str],
    low: str,
    book: PhraseBook | None = None,
) -> None:
    """Drop `group` from `groups` when its words there are only in `other_sense` (found by
    `cue`)."""
    if group in groups and cue in groups and _said_only_in(other_sense, low, group, book):
        groups.discard(group)


def _said_only_in(
    other_sense: re.Pattern[str], low: str, group: str, book: PhraseBook | None = None
) -> bool:
    """`low` holds `other_sense`, and read again without it no longer says `group`."""
    rest, removed = other_sense.subn(" ", low)
    return bool(removed) and group not in (book or BOOK).groups_in(normalise(rest))


def in_owners_zone(sent_at: datetime, zone: tzinfo) -> datetime:
    """The moment a message was sent, on the owner's zone when its offset is that zone's
    then: the writer is most likely there, and a time said with no zone ("Monday 9 March
    at 10am", sent on 4 March from New York) is that zone's wall clock on its own day, not
    the offset of the day it was written (an hour off across a change of clocks)."""
    return sent_at.astimezone(zone) if sent_at.utcoffset() == zone.utcoffset(sent_at) else sent_at


def read_messages(
    messages: Sequence[Message], mine: frozenset[str], zone: tzinfo | None = None
) -> list[Reading]:
    """`read_thread` given the candidate's addresses as `candidate_addresses` returns them;
    `zone`, the owner's, places the times a message says without a zone (`in_owners_zone`)."""
    dates = [as_aware(m.date) for m in messages]
    if zone is not None:
        dates = [in_owners_zone(d, zone) for d in dates]
    domains = _organisation_domains(mine) if mine else ()
    readings: list[Reading] = []
    referred_subjects: set[str] = set()  # subjects of mail telling the reader she was referred
    job_requests: set[str] = set()  # subjects of a marketplace's interview requests
    programmes_that_employ: set[str] = set()  # subjects of a fellowship said to be a job
    order = range(len(dates))
    if len(dates) > 1:
        order = sorted(order, key=dates.__getitem__)  # stable: ties keep their order
    for index in order:
        message, at = messages[index], dates[index]
        subject_low = (message.subject or "").lower()
        text_low = (message.text or "")[:READ_CHARS].lower()
        subject_key, subject_groups = _read_subject(subject_low)
        padded = normalise(text_low)
        from_me = canonical_address(message.sender.email) in mine
        groups = BOOK.groups_in(padded)
        if ("cue_incentive" in groups or "cue_incentive" in subject_groups) and groups.isdisjoint(
            _A_JOB_NAMED
        ):  # (membership tests, no union made: asked of every message)
            # a gift card, an honorarium, a screener with no job named: a study's
            if "cue_incentive" in groups:
                groups.add("research")
            if "cue_incentive" in subject_groups and not subject_groups & _A_JOB_NAMED:
                subject_groups = subject_groups | {"research"}
        if "cue_tenant" in groups and _a_renter(text_low):
            groups.add("not_a_job")  # a landlord's "we will pick a tenant by Friday"
        # "carried an options position", "a person in your position": no post named; "the
        # take-home exam", "take-home pay": no hiring task
        _drop_unless_said_otherwise(groups, "hiring", "cue_position_held", _POSITION_HELD, text_low)
        _drop_unless_said_otherwise(
            groups, "interview", "cue_take_home_other", _TAKE_HOME_OTHER, text_low
        )
        # "pleased to offer a valuable report", "would like to offer my deepest sympathies":
        # an offer of anything; a job's is made to the reader ("pleased to offer you the role",
        # "pleased to offer it to you")
        _drop_unless_said_otherwise(groups, "offer", "has_to_offer", _OFFER_OF_ANYTHING, text_low)
        # "we hired consultants from CRA", "we have hired one of the top assistant coaches":
        # a hire of anything; a job's rejection hires someone else ("we have hired another
        # candidate", "we've hired someone with more experience")
        _drop_unless_said_otherwise(groups, "rejection", "has_hired", _HIRED_ANYONE, text_low)
        if (
            "has_since" in groups
            and groups.isdisjoint(A_JOB_OR_INTERVIEW_NAMED)
            and subject_groups.isdisjoint(A_JOB_OR_INTERVIEW_NAMED)
        ):
            # "since we last met", said where no job nor interview is named: any meeting's
            _drop_unless_said_otherwise(groups, "happened", "has_since", _SINCE_WE_MET, text_low)
        if not from_me:  # a farewell's "I've accepted a job offer from Globex": the writer's
            _drop_unless_said_otherwise(
                groups, "offer", "cue_own_offer_news", _OWN_OFFER_NEWS, text_low
            )
        if "not_a_job" in groups and _clinical_fellowship_only(BOOK, text_low):
            groups.discard("not_a_job")  # "your Cardiology fellowship interview": a hospital's
        if "cancel_told" in groups:
            groups.discard("cancel_told")
            if not from_me:
                groups.add("cancel")
        if (
            "reschedule" in groups
            and "/resched" in text_low
            and "reschedule" not in (BOOK.groups_in(normalise(_LINK.sub(" ", text_low))))
        ):  # a word in a link is no sentence: a booking notice's ".../booking/reschedule/8f3a"
            groups.discard("reschedule")  # is the page to move it, not the booking moved
        if "scheduling" in groups and "approval" in text_low and _decision_pending_only(text_low):
            groups.discard("scheduling")  # "the selection is still pending approval": the
            # employer's decision awaits sign-off, no time is being arranged
        other_interview = "interview" in groups and (
            ("cue_not_a_job" in groups and _not_a_job_interview(text_low))
            or ("cue_selection" in groups and _rounds_of_a_selection(text_low))
        )
        if other_interview:
            groups.discard("interview")
            subject_groups = subject_groups - {"interview"}  # the subject's is the same one
        elif "other_interview" in subject_groups:
            other_interview = True
        if (
            other_interview
            and "hiring_yours" in groups | subject_groups
            and "hiring" not in groups | subject_groups
            and _no_job_words(f"{subject_low} {text_low}")
        ):  # "your application" beside a membership or a visa interview, no job named: its
            groups.discard("hiring_yours")
            subject_groups = subject_groups - {"hiring_yours"}
        if (
            other_interview
            and "application" in groups | subject_groups
            and "hiring" not in groups | subject_groups
            and not _JOB_NOUNS.intersection(re.findall(r"[a-z]+", f"{subject_low} {text_low}"))
        ):  # "Next steps on your application ... After the membership interview, your name
            # will be posted": the application is the club's (no job, post or role named; "a
            # representative from the membership committee" is no job of the reader's)
            groups.discard("application")
            subject_groups = subject_groups - {"application"}
        if (
            ("cue_other_process" in groups and _applies_for_no_job(text_low))
            or ("offer" in groups and _names_no_job(_OFFERS_A_PLACE, text_low))
            or ("cue_supply" in groups and _applies_for_no_job(text_low, _SUPPLY_APPLIED_FOR))
            or (
                "has_home_or_body_word" in groups
                and "interest in the" in text_low
                and _names_no_job(_INTEREST_IN_A_HOME, text_low)
            )
            or (
                "has_home_or_body_word" in groups
                and holds_any(text_low, _SERVES_ON_WORDS)
                and _names_no_job(_SERVES_ON_A_BODY, text_low)
            )
            or ("cue_joins_ours" in groups and _joins_a_body(text_low))
            or ("appl" in text_low and _applies_for_an_address(text_low))
        ):
            groups.add("not_a_job")  # a scholarship's, a loan's, a nursery's: no job's
        if (
            not from_me
            and "cue_not_seeking" in groups
            and _NOT_SEEKING_A_JOB.search(text_low) is not None
        ):
            groups.add("not_a_job")  # "I am not seeking a job": advice asked of the owner
        if (
            "cue_not_a_job" in groups
            and ("story" in text_low or "article" in text_low)  # the piece, in every match
            and _names_no_job(_ABOUT_A_PIECE, text_low)
        ):
            groups.add("media_either")  # "happy to talk about the story": a reporter's
        if "cue_application" in groups and _names_software(text_low):
            groups.add("not_a_job")  # an app registered, reviewed or deployed: no job's
        if "cue_club_officers" in groups and _a_clubs_own_officers(message, text_low, subject_low):
            groups.add("not_a_job")  # "prospective execs", "Club Officer Position": a club's
        if "cue_interview_request" in groups or "cue_interview_request" in subject_groups:
            if _offers_pay(text_low):
                groups.add("job_interview_request")  # a marketplace's: the employer's ask
                job_requests.add(subject_key)  # its replies ("Re: Interview request from
            elif subject_key not in job_requests:  # Kestrel") are the same job's
                # a reporter's or a producer's
                if "cue_interview_request" in groups:
                    groups.add("media")
                if "cue_interview_request" in subject_groups:
                    subject_groups = subject_groups | {"media"}
        if "cue_study_visit" in groups and not groups & _HIRING_WORDS:
            groups.add("research")  # "your screening visit for the ALPINE study"
        if (
            "cue_thanks" in groups
            # the candidate's "I really enjoyed hearing about ..." beside "thanks for the call
            # today" is the employer's kind of words, not yet the thank-you
            and ("thank_you" not in groups if from_me else not groups & _THANKED)
            and _thanks_for_meeting(text_low)
        ):
            groups.add("thank_you" if from_me else "happened")
        if "reference_asked" in groups or "reference_asked" in subject_groups:
            # "Would you be a reference for me?": the one asking is the applicant. A body says
            # it of its writer; a subject of whoever began the thread, which is the other
            # side when the owner answers under it or someone else writes it first.
            if (not from_me and "reference_asked" in groups) or (
                "reference_asked" in subject_groups
                and from_me == (subject_key != subject_low.strip())
            ):
                groups.add("employer_voice" if from_me else "interviewer_duty")
        if "own_application" in groups and not job_words_in(
            _ANY_OPENINGS.sub(" ", f"{subject_low} {text_low}")
        ):  # "I'd like to apply for the room", "any openings for a haircut": no job's
            groups.discard("own_application")
        if (
            from_me
            and "thank_you" in groups
            and "forwarded" in text_low
            and _forwards_a_candidates_thanks(text_low, mine)
        ):
            groups.add("forwards_thanks_received")  # "FYI - a note from Jamal" above his thanks
        if from_me and "cue_counted" in groups and _counts_candidates(text_low):
            groups.add("employer_voice")  # "five candidates got through the phone screens"
        if (
            not from_me
            and "cue_counted" in groups
            and "feedback" in text_low
            and _FEEDBACK_ON_CANDIDATES.search(text_low)
        ):
            groups.add("interviewer_duty")  # "the interview feedback for the two candidates"
        if (
            "cue_home" in groups
            and (groups | subject_groups) & _BOOKS_AN_INTERVIEW
            and _owner_hosts_at_home(text_low, from_me)
        ):
            groups.add("employer_voice" if from_me else "candidate_voice")
        if not from_me:
            _add_employer_patterns(text_low, groups)
            if "happened" in groups and _YOUR_INTERVIEW_ON in text_low:
                _unless_ahead(text_low, at, groups)
            if "availability" in groups and "availability for the" in text_low:
                _unless_the_works(text_low, groups)
            if (
                "cue_work_sample" in groups
                and "interview" not in groups
                and _sets_a_work_sample(message.subject or "", text_low, groups | subject_groups)
            ):
                groups.add("interview")  # a take-home is a step of the interview process
            if (
                "cue_selection_day" in groups
                and "interview" not in groups
                and _invites_the_reader(text_low)
            ):
                groups.add("interview")  # "we'd like to invite you for a campus visit"
            if (
                "candidate_voice" in groups
                and "accept" in text_low
                and (_accepts_your_ask(padded) or _accepting_said_of_you(padded))
            ):
                groups.difference_update(("candidate_voice", "candidate_decides"))
            if "cue_told_own" in groups and _tells_own_interview(message, text_low):
                groups.add("candidate_voice")  # their interview, told to the owner
            elif (
                "cue_suggests_applying" in groups
                and not message.is_bulk
                and _private_person(message.sender.email)
                and _SUGGESTS_APPLYING.search(text_low)
            ):
                groups.add("job_alert")  # "saw this and thought of you - worth applying?"
            elif (
                "has_forwarded" in groups
                and "forwarded" in text_low
                and _forwards_own_mail(message, text_low)
            ):
                groups.add("candidate_voice")  # their recruiter's mail, shared with the owner
        elif "cue_works" in groups and _time_works(text_low):
            groups.update(_TAKES_A_TIME)
        elif "please" in text_low and _DAY_HOUR_PLEASE.search(text_low):
            groups.update(_TAKES_A_TIME)  # "Wednesday at 10 please": a slot asked for
        elif "has_booking_verb" in groups and _booked_a_time(text_low):
            groups.update(("booked_a_time", *_TAKES_A_TIME))
        if (
            "cue_put_forward" in groups
            and groups & _THANKED
            and _go_betweens_own_talk(message, text_low)
        ):
            # "Thanks for coming in to see me yesterday. I've put your CV forward to my client":
            # the talk was the go-between's, the employer's process is at the application (the
            # reader's "thanks for your time and for sending my details through" likewise)
            groups.difference_update(_THANKED)
            if not from_me:
                groups.add("application")
        # Who the reader is in the hiring, read once every other reading of the message is in:
        # the employer's and the plain readings find an offer ("so I can make the verbal offer
        # on Thursday") and the meeting held ("she enjoyed the conversation") after the
        # phrases, and both decide whose offer or debrief it is.
        if groups & _READERS_PART_GROUPS:
            _read_the_readers_part(groups)
        if "not_your_offer" in subject_groups and "offer" in groups:
            groups.discard("offer")  # "Re: Needs your approval: offer for ...": the same offer
        if "cue_referred_you" in groups and not from_me:
            # "Omar referred you for our Data Engineer opening": the reader is the one
            # referred, so "your referral" and "your resume" are the candidate's, not a
            # referrer's or an interviewer's duties; so is the subject in the replies
            groups.discard("interviewer_duty")
            subject_groups = subject_groups - {"interviewer_duty"}
            referred_subjects.add(subject_key)
        elif subject_key in referred_subjects:
            subject_groups = subject_groups - {"interviewer_duty"}
        if (
            not from_me
            and ("not_a_job" in groups or "not_a_job" in subject_groups)
            and ("job" in text_low or "employ" in text_low or "position" in text_low)
            and _SAID_A_JOB.search(text_low)
        ):
            # "the fellowship is a full-time paid position: fellows are employed by the
            # Institute": the programme is a job, its application and interviews a job's,
            # and so is its subject in the replies
            groups.discard("not_a_job")
            subject_groups = subject_groups - {"not_a_job"}
            programmes_that_employ.add(subject_key)
        elif subject_key in programmes_that_employ:
            subject_groups = subject_groups - {"not_a_job"}
        readings.append(
            Reading(
                message,
                at,
                from_me,
                # Bulk mail in the user's own name is a tool writing (Afterview's weekly
                # summary, a job tracker's digest sent through their Gmail), not the user.
                message.is_auto_reply or message.is_bounce or (from_me and message.is_bulk),
                f"{subject_low}\n{_colon_clocks(text_low) if 'has_hrs' in groups else text_low}",
                subject_key,
                groups,
                subject_groups,
                padded,
                own_organisation=bool(domains) and _own_organisation(message, from_me, domains),
                private_exchange=bool(domains)
                and _with_a_private_person(message, from_me, domains),
                other_interview=other_interview,
            )
        )
    return readings


# A household's hiring (a nanny, a carer, a housekeeper): the interview is held at the
# hirer's home. Said to the owner, "at your house" makes the owner the host; said by the owner,
# "at our home". An employer's "home office" or "home page" is no home, and a video interview
# taken "at your home" is the candidate's own room, not a host's.
_AT_A_HOME = re.compile(
    r"\b(?:at|to|in)\s+(our|my|your)\s+(?:home|house|flat|apartment)\b"
    r"(?!\s+(?:office|page|base|screen|address|country|town|city|state)\b)"
)
_AT_A_DISTANCE = ("video", "online", "virtual", "remote", "zoom", "teams", "link")


# A decision awaiting sign-off: "the selection for the vacancy is still pending approval",
# "the panel's recommendation is awaiting final approval". The "scheduling" phrases' "pending
# approval" is a booking tool's request awaiting its host; said of a selection, a decision, a
# recommendation, an appointment, an offer or a hire, it is the employer's decision not yet made.
_DECISION_PENDING = re.compile(
    r"\b(?:selection|decision|recommendation|appointment|offer|hire|hiring)\b(?:\s+\S+){0,6}?"
    r"\s+(?:is|are|remains|remain)\s+(?:still\s+)?(?:pending|awaiting|waiting\s+for)\s+"
    r"(?:\w+\s+)?approval\b"
)


# A programme its own mail calls employment: "the fellowship is a full-time, paid job",
# "the residency is a paid position", "fellows are employed by their host newsroom", "you will
# be an employee of the news organization". Said outright, and only in the affirmative ("is not
# a job" does not match); a scholarship's or a prize's mail never says so.
_SAID_A_JOB = re.compile(
    r"\b(?:fellowship|residency|programme|program|placement|traineeship)\s+is\s+a\s+"
    r"(?:(?:full[- ]time|part[- ]time|paid|salaried)[,\s]+(?:and\s+)?){1,2}"
    r"(?:job|position|role|post)\b"
    r"|\bfellows\s+(?:are|will\s+be)\s+(?:paid\s+)?(?:employed\s+by|employees\s+of)\b"
    r"|\byou\s+will\s+be\s+an?\s+employee\s+of\b"
)


def _employs_its_fellows(readings: Sequence[Reading]) -> bool:
    """A fellowship office's thread whose own mail says its fellows are employed
    (`_SAID_A_JOB`): a newsroom's or an institute's paid fellowship is a job."""
    return any(
        not r.mine
        and ("employ" in r.low or "job" in r.low or "position" in r.low)
        and _SAID_A_JOB.search(r.low) is not None
        for r in readings
    )


def _decision_pending_only(text_low: str) -> bool:
    """The text's "scheduling" wording is only a decision pending approval (above)."""
    if _DECISION_PENDING.search(text_low) is None:
        return False
    return "scheduling" not in BOOK.groups_in(normalise(_DECISION_PENDING.sub(" ", text_low)))


def _owner_hosts_at_home(text_low: str, from_me: bool) -> bool:
    """The interview is at the owner's home: the owner is the household hiring (above)."""
    hosts = ("our", "my") if from_me else ("your",)
    if not any(m.group(1) in hosts for m in _AT_A_HOME.finditer(text_low)):
        return False
    return not holds_any(text_low, _AT_A_DISTANCE)


_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"  # a weekday's name, in full

# A 24-hour clock without its colon, as Indian, Gulf and services' mail prints it: "at 1430
# hrs", "1000hrs GST". Written with the colon ("14:30 hrs") for when.py, which reads clocks by
# their separator; a number of hours ("1500 hrs of flight time") is left alone.
_HRS_CLOCK = re.compile(
    r"(?<![\d:.,/-])([01]\d|2[0-3])([0-5]\d)\s?(hrs\b\.?)(?!\s+(?:of|total|logged|flying|flight))"
)


def _colon_clocks(low: str) -> str:
    return _HRS_CLOCK.sub(r"\1:\2 \3", low)


# A question: the sentence before a "?". Plain-text mail is often wrapped at 72-78
# characters, so a line break inside a paragraph does not end the sentence; a blank line does.
# Written as four alternatives that each begin with a literal character (not "[.!?]|\n..."):
# the engine then skips along in C to the next of those four characters instead of trying
# the pattern at every character (the same splits, 2x faster).
_SENTENCE_ENDS = re.compile(r"(\.|!|\?|\n\s*\n)")
# Where a question ends, for `questions_in`: as `_SENTENCE_ENDS`, but the dots of "a.m." and
# "p.m." end no sentence when the question goes on after them ("could you do a call on
# Thursday at 10:00 a.m. Central?", "... at 3:30 p.m.?"): the time belongs to the question.
# A new question after the time is its own ("... booked for 9 a.m. Can you send ...?"). The
# dot of a British clock ("Could you come in on Thursday at 5.30pm?") ends nothing either.
# Every alternative opens on its character, the dot's exceptions looked at after it: a
# pattern that opens on a look-around is tried at every character of the text (7x slower).
_QUESTION_ENDS = re.compile(
    r"(\.(?!(?<=\d\.)\d)"  # a clock's or a sum's dot ("at 5.30pm?", "£12.50"): no end
    r"(?!(?<=\b[ap]\.)m\.)"  # the first dot of "a.m."
    r"(?!(?<=\b[ap]\.m\.)(?:[ \t]*\?|[ \t]+(?![ \t])(?!(?:can|could|would|will|do|does|did"
    r"|are|is|please|may|might|should|shall|what|when|where|which|who|how|why|if|and|i|we"
    r"|you|let|thanks|thank)\b)[^.!?\n]{0,30}\?))"  # the second, the question's last words after it
    r"|!|\?|\n\s*\n)"
)


# A labelled details line ("When: Thursday 17 September, 11:00 - 11:45") ends no sentence
# with a full stop, yet no question that follows it is about it: "Need to change it?" under a
# booking notice's details asks nothing of the time.
_DETAILS_LINE = re.compile(r"^[ \t]*[a-z][a-z &/]{0,24}:[^\n]*\n", re.MULTILINE)


def _after_details(part: str) -> str:
    if ":" not in part or "\n" not in part:
        return part
    ends = [m.end() for m in _DETAILS_LINE.finditer(part)]
    return part[ends[-1] :] if ends else part


def questions_in(low: str) -> tuple[str, ...]:
    """The questions of a text, each on one line (linear: split once, keep what ends in ?)."""
    if "?" not in low:
        return ()
    return _questions_in(low)


@lru_cache(maxsize=256)
def _questions_in(low: str) -> tuple[str, ...]:
    # memoised for the thread being read: detection and the timeline ask it of the same
    # texts (a message's, its body's); few, as whole texts are large keys to keep
    # (what follows the last "?" holds no question, and no separator before it looks past
    # that "?": the same parts up to it, the split of a shorter text)
    parts = _QUESTION_ENDS.split(low[: low.rfind("?") + 1])
    questions = []
    for i in range(0, len(parts) - 1, 2):
        if parts[i + 1] == "?":
            question = " ".join(_after_details(parts[i]).split())
            if question:
                questions.append(question + "?")
    return tuple(questions)


# Thanks for a meeting, however it is worded: a thanking word and, in the same sentence, a
# word for meeting someone ("Thank you so much for taking time out of a busy week to meet
# me", "I'm grateful for the conversation with your team"). The phrase lists name the usual
# forms; this catches the rest. Not the thanks that come before a meeting ("thanks - looking
# forward to meeting you on Tuesday") or for an application.
_THANKED = frozenset({"thank_you", "happened"})
_THANKS_FOR_MEETING = re.compile(
    r"\b(?:thank|thanks|grateful|appreciate|appreciated)\b(?P<between>[^.!?;]{0,90}?)"
    # (the meeting words' first letters, looked at before the ~30 words are tried one by one
    # at each of the 90 places the lazy gap may end: the same matches, tried for less)
    r"\b(?=[achijmostvy])(?:meet|meeting|met|speak|speaking|spoke|talk|talking|talked|chat|chatting|chatted"
    r"|interview|interviewing|conversation|conversations|visit|visiting|coming in|came in"
    r"|hosting me|having me|showing me|on the phone|on the call|time you spent|time spent"
    r"|(?:the|our|your)\s+(?:phone\s+|video\s+)?call"
    # "thanks for attending the assessment centre yesterday": what the candidate attended
    r"|joining\s+(?:the|our|us\s+for\s+the)\s+(?:[\w-]+\s+){0,2}?(?:call|interview|panel|video)"
    r"|attending\s+(?:the\s+|your\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:interviews?|assessments?"
    r"|superday|trial\s+(?:day|shift))"
    r")\b"
)
_THANKS_WORDS = ("thank", "grateful", "apprecia")  # how every _THANKS_FOR_MEETING begins
# Between the thanks and the talk, a first contact thanked and a talk still wanted: "thanks
# for reaching out - I'd be happy to chat", "thank you for getting in touch, I would love to
# talk", "thanks for contacting me; glad to speak". Read between the two only: after a real
# thank-you the candidate may well say "I'd love to join the team".
_NOT_MET_YET = re.compile(
    r"\b(?:reach(?:ing|ed)? out|getting in touch|got in touch|contacting me|your (?:note|message)"
    r"|happy to|glad to|love to|keen to|up for)\b"
)
_NOT_YET = re.compile(
    r"look(?:ing)? forward|will\b|'ll\b|upcoming|invitation|invite|schedul|apply|applying"
    r"|application|interest in"
)


# What the phrase lists say in their usual forms, said in any form: the employer enjoying
# meeting the candidate ("we all really enjoyed getting to know you"), a time settled ("your
# interview is now set for"), a candidate spoken of in the third person (the user is on the
# hiring side: "we'd like to bring her back for a second round").
_ENJOYED_MEETING = re.compile(
    r"\b(?:enjoyed|loved|appreciated|great|pleasure|nice|good|wonderful|lovely)\b"
    r"[^.!?;]{0,40}?\b(?:meeting|speaking|talking|chatting|getting to know|interviewing"
    r"|connecting)\b(?:\s+(?:with|to))?\s+you\b"
)
_ENJOYING_WORDS = (
    "enjoyed", "loved", "appreciated", "great", "pleasure", "nice", "good", "wonderful", "lovely",
)  # fmt: skip


def _enjoyed_meeting(text_low: str) -> bool:
    return next(matches_from(_ENJOYED_MEETING, text_low, _ENJOYING_WORDS), None) is not None


# How every _TIME_SETTLED match begins.
_SETTLING_WORDS = (
    "is", "are", "has been", "have been", "'s", "now", "all", "you're", "you are", "i'll",
    "i will", "we'll", "we will", "locked in", "booked", "confirmed",
)  # fmt: skip


def _time_settled(text_low: str) -> bool:
    return next(matches_from(_TIME_SETTLED, text_low, _SETTLING_WORDS), None) is not None


_ENJOYED_OUR_TALK = re.compile(
    r"\b(?:enjoyed|loved|appreciated)\s+(?:the|our|your)\s+(?:conversation|chat|call|interview"
    r"|meeting|time together|visit)\b"
)
_TIME_SETTLED = re.compile(
    r"\b(?:is|are|has been|have been|'s|now|all|you're|you are)\s+(?:now\s+|all\s+)?"
    r"(?:set|scheduled|booked|confirmed|locked in|arranged|lined up|pencil?led in"
    r"|moved|rescheduled|changed)"
    r"(?:\s+in)?\s+(?:for|on|at|to)\b"
    r"|\b(?:i'll|i will|we'll|we will)\s+(?:call|ring|phone)\s+you\s+"
    r"(?:at|on|tomorrow|today|" + _DAY_NAME + r")\b"
    # the settling word as a label before the time: "Booked - Thursday 2:30pm", "Locked in: ..."
    r"|\b(?:locked in|booked|confirmed|all set)\s?[:–—-]\s"
)
_THIRD_PERSON_CANDIDATE = re.compile(
    r"\b(?:bring|invite|move|advance|schedule|send)\s+(?:him|her)\s+(?:back|in|to|for|forward)\b"
    r"|\b(?:his|her)\s+(?:resume|résumé|cv|portfolio|candidacy|application|references"
    r"|interview|scorecard|feedback)\b"
    r"|\b(?:he|she)\s+(?:did|was|is|would be|seems|interviewed|performed)\s+"
    r"(?:great|well|strong|solid|a strong|a great|really)\b"
    r"|\b(?:reach out to|put|screen|interview)\s+(?:him|her)\b"
    # the applicants scored by the panel the reader sits on: "after they leave, each Committee
    # member will give them a numeric score", "please score them on the rubric"
    r"|\b(?:give|score|rate)\s+them\s+(?:(?:a|an|your)\s+)?(?:\w+\s+)?(?:score|rating|mark)s?\b"
    r"|\b(?:score|rate)\s+them\s+(?:on|against|using)\b"
)
# Someone else's application, named: "Sharing Camille Yamamoto's resume", "whether you'd like
# to interview them", "let's bring them in" (a singular "them": the candidate is not the reader),
# or an agency's shortlist for the reader's opening: "CVs for three candidates for your Senior
# Backend Engineer role" (the reader's role is one they hire for).
_NAMED_CANDIDATE = re.compile(
    r"\w's\s+(?:resume|résumé|cv|candidacy)\b"
    r"|\binterview\s+them\b|\bbring\s+them\s+(?:in|back)\b"
    r"|\bcandidates?\s+for\s+your\s+(?:[\w-]+\s+){0,4}?(?:role|position|vacancy|vacancies"
    r"|opening|openings|req|requisition|team|search)\b"
)
# The reader asked whether to move someone on: a hiring tool's prompt after a call ("How did
# your call with Jamie Ortiz go? Would you like to move Jamie forward to next steps?"), a
# colleague's "do you want to advance Priya to the onsite?". Not the reader moved on ("we'd
# like to move you forward"), nor the process ("would you like to move forward?").
_MOVE_SOMEONE_FORWARD = re.compile(
    r"\b(?:would you like to|do you want to|want to|should we|shall we|ready to|okay to|ok to)\s+"
    r"(?:move|advance|progress)\s+(?!you\b|your\b|forward\b|ahead\b|on\b|it\b|this\b|that\b"
    r"|things\b|us\b|me\b|quickly\b|straight\b|to\b)(?:the\s+candidate|[a-z]+)\s+"
    r"(?:forward|ahead|on|to)\b"
)
# how every _MOVE_SOMEONE_FORWARD match begins (and "please" every _ASKED_TO_JUDGE_THEM's):
# a pattern that opens on a word boundary is tried at every character, so it is tried there
_MOVE_SOMEONE_STARTS = (
    "would you like to", "do you want to", "want to", "should we", "shall we", "ready to",
    "okay to", "ok to",
)  # fmt: skip
# A subject naming a candidate rather than writing to one: "Candidate for Data Scientist:
# Camille Yamamoto", "Arjun Schmidt - QA Engineer candidate".
_CANDIDATE_SUBJECT = re.compile(
    r"^(?:new |strong |potential )?candidates?\s*(?:for\b|:)|\w candidate$"
)

# The reader asked to judge the applications or the candidates, as a panel, a governing body or
# a search committee asks its members: "please score each application independently against
# the job specification", "please review the referred applicants", "please rate the
# candidates". An employer tells its candidate it has reviewed every application; it never asks
# the candidate to.
_ASKED_TO_JUDGE_THEM = re.compile(
    r"\bplease\s+(?:\w+\s+)?(?:score|rate|rank|mark|grade|review|assess|evaluate|read|shortlist)\s+"
    r"(?:(?:each|every)\s+(?:[\w-]+\s+)?(?:application|applicant|candidate|cv|resume)\b"
    r"|(?:all|the|these|those|both)\s+(?:[\w-]+\s+)?"
    r"(?:applications|applicants|candidates|cvs|resumes|finalists)\b)(?!['’])"
)  # (not "please read the candidates' guide": a pack for them, the reader among them)
# A subject naming the interviews of a group of people ("Applicant interviews Saturday 11/14",
# "Finalist interviews - Saturday March 28") or the committee or panel that holds them
# ("Campus interview committee - Truman and Goldwater"): mail to those who sit on it. A
# candidate is written of their own interview ("Your interview on Friday", "Panel interview
# - Senior Buyer", "Your interview panel"), never of everyone's.
_PANELS_SUBJECT = re.compile(
    r"\b(?:applicant|candidate|finalist|shortlist|nominee)s?\s+interviews\b"
    r"|(?<!your )\binterview(?:ing)?\s+(?:committee|panel)s?\b(?!\s+(?:for|with)\s+you\b)"
)

# A decline said in a sentence of its own rather than a stock phrase: a negated "move / take
# your application (or you) forward / further" ("we cannot take your application any
# further"), a decision to go ahead with someone else ("we have chosen to proceed with a
# different applicant"), or the post said to be filled ("the vacancy has now been filled").
_DECLINE_SENTENCE = re.compile(
    r"\b(?:unable|not able|cannot|can't|can not|won't|will not|not)\s+(?:be\s+able\s+)?(?:to\s+)?"
    r"(?:move|take|progress|advance|carry|put)\s+"
    r"(?:your\s+(?:application|candidacy|candidature|profile)|you)\s+"
    r"(?:forward|further|any further)\b"
    r"|\b(?:decided|chosen|opted|elected)\s+to\s+(?:go ahead|move forward|move ahead|proceed"
    r"|continue|go forward)\s+with\s+(?:another|other|a different|a more)\b[^.!?;]{0,30}?"
    r"\b(?:candidates?|applicants?|person|people|profiles?)\b"
    r"|\b(?:position|role|vacancy|job|opening|post)\s+(?:has|have)\s+"
    r"(?:now\s+|since\s+|already\s+)?been\s+filled\b"
    # the post given to someone else, said of the post ("the position has been offered and
    # accepted by another candidate", "the role went to an internal candidate") or of the
    # other person ("another applicant has accepted our offer"); never "offered to you"
    r"|\b(?:position|role|vacancy|job|opening|post)\s+(?:(?:has|have|had)\s+"
    r"(?:now\s+|since\s+|already\s+)?been|was|were)\s+(?:offered\s+(?:to\s+)?"
    r"(?:and\s+accepted\s+by\s+)?|given\s+to\s+|awarded\s+to\s+|accepted\s+by\s+)"
    r"(?:another|other|a\s+different|someone|somebody|an?\s+(?:internal|external|other)\b)"
    r"|\b(?:position|role|vacancy|job|opening|post)\s+went\s+to\s+(?:another|a\s+different"
    r"|someone|somebody|an?\s+(?:internal|external|other)\b)"
    r"|\b(?:another|a\s+different|other)\s+(?:candidate|applicant|person)\s+(?:has|have)\s+"
    r"(?:now\s+|since\s+)?accepted\s+(?:our|the|this|an?)\s+(?:offer|position|role|post|job)\b"
    # someone else chosen for the post, told to the reader: "the panel has appointed another
    # applicant", "we have made the final selection of the candidate". One person, not "the
    # candidates for the final round"; a person, not "a time for your interview". "A" or
    # "the" person only as the post's ("a candidate for the analyst opening", "the person
    # whose background ..."): "we have selected one candidate from each region for the final
    # interview, and it's you" is good news.
    r"|\b(?:have|has|had)\s+(?:now\s+|since\s+|already\s+|finally\s+)?"
    r"(?:selected|chosen|appointed|picked|identified|hired)\s+"
    r"(?:(?:another|an?\s+other|a\s+different|the\s+successful|the\s+final)\s+"
    r"(?:candidate|applicant|person|individual)\b(?!s)"
    r"|(?:a|the)\s+(?:candidate|applicant|person|individual)\b(?!s)"
    r"(?=\s*(?:[.;!]|$)|\s+(?:who|whose|whom|that)\b"
    r"|\s+(?:for|to)\s+(?:the|this|our|that)\s+(?:[\w-]+\s+){0,3}"
    r"(?:role|position|post|job|vacancy|opening)\b))"
    r"|\b(?:made|reached|completed|concluded|finished)\s+(?:the|a|our)\s+(?:final\s+)?"
    r"selection\s+of\s+(?:the|a|our)\s+(?:successful\s+)?(?:candidate|applicant|person)\b(?!s)"
)


def said_outright(
    text_low: str,
    pattern: re.Pattern[str],
    conditional: Callable[[str, int], bool],
    starts: Iterable[str] = (),
) -> bool:
    """`pattern` said in `text_low` other than under a condition (`conditional(text, start)`
    judges the words before a match). `starts`: literals every match begins with, where
    alone the pattern is tried (`matches_from`)."""
    found = matches_from(pattern, text_low, starts) if starts else pattern.finditer(text_low)
    return any(not conditional(text_low, m.start()) for m in found)


def _after_a_condition(text_low: str, start: int) -> bool:
    # "if we are unable to move your application forward, we will tell you": not a decline
    # a condition opening a line ("...\n\nIf we have chosen ...") is one too
    before = text_low[max(0, start - _CONDITION_LOOKBACK) : start].replace("\n", " ")
    return any(word in f" {before}" for word in _CONDITION_WORDS)


# A step not taken for want of something the reader can still give: "without it we can not
# move forward", "we cannot proceed until we receive your RTR", "we won't be able to move
# your profile forward unless you confirm the rate". A requirement, not a decision: the
# clause of "without"/"until"/"unless" stands before the refusal (within the lookback) or
# after it in the same sentence.
_WANTING = (" without ", " until ", " unless ")
_WANTING_WORD = re.compile("|".join(_WANTING))


def _for_want_of(text_low: str, start: int) -> bool:
    if _after_a_condition(text_low, start):
        return True
    if not _says_ability(text_low[max(0, start - 4) : start + 16]):
        return False  # "we have decided not to proceed. Unless ...": a decision
    before = _SENTENCE_ENDS.split(text_low[max(0, start - _WANTING_BEFORE) : start])[-1]
    if any(word in f" {before}" for word in _WANTING):
        return True
    after = _SENTENCE_ENDS.split(text_low[start : start + 200], maxsplit=1)[0]
    return holds_any(after, _WANTING)


_WANTING_AFTER = 24  # "... move forward without your signed RTR": the clause right after
_WANTING_BEFORE = 48  # "Without your updated resume we are unable to ...": its clause before


def _wanting_near(padded: str, start: int, end: int) -> bool:
    """`_WANTING`'s clause just before or just after a phrase of a `normalise`d text (whose
    sentence ends are gone: a few words either side stand for the clause)."""
    near = padded[max(0, start - _WANTING_BEFORE) : end + _WANTING_AFTER]
    return _WANTING_WORD.search(near) is not None and _says_ability(
        padded[max(0, start - 4) : end + 1]
    )


# What a requirement's refusal says: the step cannot be taken (yet), not that it was decided.
_ABILITY = re.compile(r"unable|able to|can not|cannot|can't|can ")


def _says_ability(words: str) -> bool:
    return _ABILITY.search(words) is not None


def _declines(text_low: str) -> bool:
    return said_outright(text_low, _DECLINE_SENTENCE, _for_want_of)


# The employer asking the candidate to choose the time again ("please use the portal to choose
# a new time for your interview"): the time that was set no longer stands. Not when offered
# only in case ("if you can't make it, pick a new time here"), the usual line of a confirmation.
_NEW_TIME_ASKED = re.compile(
    r"\b(?:choose|pick|select|book|find)\s+(?:a|another)\s+new\s+(?:time|slot|date|day)\b"
    r"|\bplease\s+reschedule\b"
)
_IN_CASE = (" if ", "need to", "can't", "cannot", "unable", "should ", "in case", "want to")


def _in_case_sentence(text_low: str, start: int) -> bool:
    parts = _SENTENCE_ENDS.split(text_low[:start])
    if any(word in f" {parts[-1]}" for word in _IN_CASE):
        return True
    # the condition asked as a short question just before: "Need to reschedule? Just reply
    # to this email and I'll help you find a new time", "Can't make it? Pick a new time here"
    return (
        len(parts) >= 3
        and parts[-2] == "?"
        and len(parts[-3].strip()) <= _CONDITION_QUESTION_LENGTH
        and any(word in f" {parts[-3].strip()}" for word in _IN_CASE)
    )


_CONDITION_QUESTION_LENGTH = 40


# The interview called off, said of it in its own clause (no dash, comma or stop between, so
# "your interview on Thursday - the parking permit is being cancelled" leaves it standing):
# as its state ("your interview scheduled for October 28 is being canceled because the role
# is on hold", "the interview ... stands canceled for now", "has now been cancelled", "has had
# to be cancelled", "is postponed until further notice", "will no longer go ahead", "is off"),
# or as what we do to it ("we've had to cancel tomorrow's interview", "we're cancelling
# Thursday's interview", "I have to call off ...", "we need to put Thursday's interview on
# hold"). Not said as a condition ("if we need to cancel, we'll let you know").
# The job given, its title between: "the panel has chosen you for the Lab Technician role".
_CHOSEN_YOU = re.compile(
    r"\b(?:chosen|selected)\s+you\s+(?:as\s+our\s+(?:new\s+)?[\w&/-]+"
    r"|for\s+the\s+(?:[\w&/-]+\s+){0,4}(?:role|position|job|post))\b"
)
# The offer named by the job it is for, the title between: "here is our offer for the Field
# Coordinator role", "attached is the formal offer for the Senior Buyer position", "I'm pleased
# to confirm our offer of the Field Engineer position" (not "our offer for the house" nor "our
# offer of a parking permit": no job word ends it).
_OFFER_FOR_A_JOB = re.compile(
    r"\b(?:our|the|this|an?)\s+(?:(?:job|formal|written|final|official|revised)\s+)?offer\s+(?:for|of)"
    r"\s+(?:the\s+|an?\s+|our\s+|your\s+)?(?:[\w&/-]+\s+){0,5}(?:role|position|job|post)\b"
)
_ANSWERED_BEFORE = re.compile(
    r"\b(?:accept|accepted|accepts|accepting|declin\w*|turned\s+down|rejected|signed)\s+$"
)
_INTERVIEW_NOUN = r"(?:interview|call|conversation|meeting|appointment|screen)s?"
_CALLED_OFF = re.compile(
    rf"\b{_INTERVIEW_NOUN}\b[^.!?\n,;:\-–—]{{0,60}}?\b(?:"
    r"(?:is|are|has|have|will|must)\s+(?:now\s+|sadly\s+|unfortunately\s+)?"
    r"(?:been\s+|be\s+|being\s+|had\s+to\s+be\s+|have\s+to\s+be\s+)?"
    r"(?:cancell?ed|called\s+off|postponed)"
    r"|stands?\s+cancell?ed"
    r"|(?:is|are)\s+(?:now\s+)?off(?=\s*(?:[.!;]|,\s+(?:sorry|i'm|i am|we're|sadly)|$)"
    r"|\s+(?:for\s+now|until|as|because|due)\b)"
    r"|(?:will|would|can|could)\s+no\s+longer\s+(?:go\s+ahead|take\s+place|happen|be\s+going\s+ahead)"
    r"|(?:will|would|can)\s+not\s+(?:go\s+ahead|be\s+going\s+ahead)"
    r")\b"
    r"|\b(?:we|i)(?:'ve|'re|'ll|'m|\s+have|\s+are|\s+will|\s+had|\s+am)?"
    r"(?:\s+(?:now|sadly|unfortunately|decided|had|have|need|needed|must|to|will|going|been|forced))*"
    r"\s+(?:cancel|cancelling|canceling|call\s+off|calling\s+off|postpone|postponing"
    r"|put|putting)\b"
    rf"(?:\s+(?:the|your|our|tomorrow's|today's|this|\w+day's|all|both|any)){{0,2}}\s+{_INTERVIEW_NOUN}\b"
    # The set one to be moved, said as a need: "the interview we had scheduled must be
    # rescheduled", "your interview on Thursday needs to be moved", "we have to rearrange your
    # interview", "I'll need to push back our call". Not a move already made with its new time
    # ("has been moved to Friday at 10": stated), nor an offer ("we can reschedule if needed").
    rf"|\b{_INTERVIEW_NOUN}\b(?:[^.!?\n,;:\-–—]|\n(?!\s*\n)){{0,60}}?\b(?:must|will\s+(?:have|need)\s+to|(?:needs?|has|have|had)\s+to)"
    r"\s+be\s+(?:rescheduled|rearranged|moved|pushed\s+back)\b"
    r"|\b(?:we|i)(?:'ll|\s+will|'d|\s+would)?(?:\s+(?:now|sadly|unfortunately|also))?"
    r"\s+(?:need|needed|must|have\s+to|had\s+to|be\s+forced\s+to|are\s+forced\s+to|were\s+forced\s+to"
    r"|'re\s+going\s+to\s+have\s+to|are\s+going\s+to\s+have\s+to)"
    r"\s+(?:to\s+)?(?:reschedule|rearrange|move|push\s+back)"
    rf"(?:\s+(?:the|your|our|tomorrow's|today's|this|\w+day's)){{1,2}}\s+{_INTERVIEW_NOUN}\b"
)
_CALLED_OFF_IF = re.compile(r"\b(?:if|should|whether|in case|unless)\b[^.!?\n]{0,30}$")
_CALLED_OFF_IF_AFTER = re.compile(r"[^.!?\n]{0,30}?\b(?:if|unless|should)\b")


def _called_off(text_low: str) -> bool:
    for m in _CALLED_OFF.finditer(text_low):
        if m.group().startswith(("put ", "putting ", "we put", "i put")) or " put" in m.group():
            # "we need to put Thursday's interview on hold": only with "on hold" after it
            if (
                not text_low.startswith(" on hold", m.end())
                and " on hold" not in text_low[m.end() : m.end() + 30]
            ):
                continue
        if (
            _CALLED_OFF_IF.search(text_low, max(0, m.start() - 40), m.start()) is None
            and _CALLED_OFF_IF_AFTER.match(text_low, m.end()) is None
        ):  # "if we need to cancel ...", "we will cancel your interview if ...": a condition
            return True
    return False


def _asks_for_a_new_time(text_low: str) -> bool:
    return said_outright(text_low, _NEW_TIME_ASKED, _in_case_sentence)


# The employer inviting the reader to take one of its slots, in any words: "choose one of the
# open slots", "select one of the available times", "pick a day and time from ...".
_CHOOSE_A_SLOT = re.compile(
    r"\b(?:choose|select|pick|book|reserve)\s+(?:one\s+of\s+)?(?:the\s+|these\s+|our\s+|an?\s+"
    r"|your\s+)?(?:available\s+|open\s+|free\s+|suitable\s+|convenient\s+)?"
    r"(?:day\s+and\s+time|date\s+and\s+time|time\s*slots?|slots?|times?)\b"
)
# The reader asked to book the interview, whatever kind it is: "book your technical interview",
# "reserve your second-round interview", "book your final interview slot".
_BOOK_YOUR_INTERVIEW = re.compile(r"\b(?:book|reserve)\s+your\s+(?:[a-z-]+\s+){0,2}interview\b")
# "We'd like you to <do something>": a request, whatever the verb (not "... to know that").
_LIKE_YOU_TO = re.compile(
    r"\b(?:we'd|we would|i'd|i would)\s+like\s+you\s+to\s+"
    r"(?!know\b|feel\b|be\s+aware\b|have\b|enjoy\b|meet\b|join\b"
    # where to be, told with the time: "we would like you to present yourself at the company
    # headquarters on Wednesday, October 14 at 8:00 a.m.", "to report to the Training Center",
    # "to attend an interview at our office on ..." (an instruction, not a question)
    r"|present\s+yourself\b|report\s+to\b|attend\b|arrive\b)[a-z]+"
)


# The reader told to get in touch to fix the interview's time, a request of the reader
# ("please call 202-555-0143 or respond to this e-mail to arrange a time", "Please contact
# Lisa Tran at (805) 555-0172 or lisa.tran@county.example for an interview appointment",
# "Kindly ring our office to book an interview slot"): said as a request (please, kindly,
# or the sentence's first word), not the employer's promise ("we will contact you to arrange
# a time"). Dots inside an address or a number do not end the sentence.
_CONTACT_TO_ARRANGE = re.compile(
    r"(?:\b(?:please|kindly)\s+|(?:^|[.!?:]\s+|\n\s*))"
    r"(?:call|phone|ring|contact|e-?mail|text|reply\s+to|respond\s+to|write\s+to"
    r"|get\s+in\s+touch\s+with|reach\s+out\s+to)\b(?:[^.!?\n]|\.(?=\S)|\n(?!\s*\n)){0,140}?"
    r"\b(?:to\s+(?:arrange|schedule|set\s+up|book|fix|agree)\s+(?:an?\s+|your\s+|the\s+)?"
    r"(?:(?:suitable|convenient|mutually\s+convenient)\s+)?(?:interview\s+)?"
    r"(?:time|date|day|appointment|slot)s?"
    r"|for\s+(?:an?\s+|your\s+)interview\s+(?:appointment|time|date|slot)s?)\b"
)


# The employer saying the interviews are over ("we've completed all onsite interviews", "the
# interviews have now concluded", "we have finished the final round of interviews"): to the
# candidate it writes to, theirs took place.
_INTERVIEWS_DONE = re.compile(
    r"\b(?:completed|finished|concluded|wrapped\s+up)\s+(?:all\s+|the\s+|our\s+)*"
    r"(?:(?:final|onsite|on-site|first|second|panel|remaining|last|[a-z]+-round)\s+)*"
    r"(?:round\s+of\s+)?"
    r"interviews\b"
    r"|\binterviews\s+(?:have|are)\s+(?:now\s+)?(?:all\s+)?(?:been\s+)?"
    r"(?:completed|finished|concluded|over|done)\b"
)
_INTERVIEWS_NOT_DONE = re.compile(r"\b(?:once|when|after|until|if|as soon as|before)\b")


def _before_it_happens(text_low: str, start: int) -> bool:
    # "once we have completed the interviews, we will ...": not done yet
    lookback = max(0, start - _CONDITION_LOOKBACK)
    return _INTERVIEWS_NOT_DONE.search(text_low, lookback, start) is not None


# An employer's test, named as one: "Acme has invited you to take the Numerical Reasoning Test".
_INVITED_TO_A_TEST = re.compile(
    r"\binvited\s+you\s+to\s+(?:take|complete|sit|do|attempt)\b[^.!?]{0,60}?"
    r"\b(?:test|assessment|exercise|challenge)\b"
)


# "Your application is now with the hiring team / in review / being reviewed": the employer
# telling where the reader's application stands acknowledges it ("your application has been
# ..." is in the phrase book).
_APPLICATION_IS = re.compile(  # no \b first: a literal first word is searched for fast
    r"your\s+application\s+is\s+(?:now\s+|currently\s+|still\s+)?"
    r"(?:with|in|under|being|on\s+its\s+way|at)\b"
)


# A recruiter putting the reader forward to an employer: "I've submitted your resume to Halden
# Foods", "we have forwarded your profile to the client".
_PUT_FORWARD = re.compile(
    r"\b(?:submitted|sent|forwarded|passed|put)\s+(?:on\s+|forward\s+)?your\s+"
    r"(?:resume|résumé|cv|profile|application|candidacy)\s+(?:on\s+|forward\s+)?(?:to|with)\b"
)


# A go-between putting the reader forward to its client, or thanked for it by the reader: "I've
# put your CV forward to my client", "I have passed your details on to my client", "thanks for
# sending my details through". An employer's own recruiter passing a resume on after its
# screening call ("I've sent your resume to the hiring manager") names no client: not one of
# these. Nor is a search firm asking leave to present the reader ("may I present you?"): dev
# labels the meeting before it both ways (a retained search's own interview of the reader).
_GO_BETWEEN_FORWARDS = re.compile(
    r"\b(?:submitted|sent|forwarded|passed|put)\s+(?:on\s+|forward\s+)?your\s+"
    r"(?:details|resume|résumé|cv|profile|application|candidacy)\b(?=[^.!?\n]{0,60}\bclient)"
    r"|\b(?:sending|passing|putting|submitting|forwarding)\s+(?:on\s+)?my\s+"
    r"(?:details|resume|résumé|cv|profile|application)\s+(?:through|on|forward|over)\b"
    r"|\bputting\s+me\s+forward\b"
    # the reader put forward as a go-between puts a candidate, done or to come: "I will be
    # submitting you for the role with my client", "so I can submit you to Harbor Logistics"
    # (an employer's own recruiter passes a resume on; "present you with an offer" is no
    # forwarding), and the leave a go-between asks to do it ("the right to represent you")
    r"|\b(?:submit(?:ted|ting)?|present(?:ed|ing)?)\s+you\s+(?:to|for)\b"
    r"|\bright\s+to\s+represent\s+you\b"
)
# The employer's interview told beside it: "thanks for interviewing with the client's director
# yesterday", "feedback from your interview" (not "first interviews in the week of 16 March").
_AN_INTERVIEW_TOLD = re.compile(
    r"\binterview(?:ed|ing)\s+with\b|\b(?:your|the|my)\s+interview\b(?!s)"
)


def _go_betweens_own_talk(message: Message, text_low: str) -> bool:
    """The meeting a letter thanks for is the go-between's own: the letter puts the reader
    forward to its client (or the reader thanks for it), or a staffing agency or search firm
    (by its domain: "crownpointsearch") puts the reader forward, client named or not ("Good
    talking with you this morning. As promised, I sent your resume to the hiring manager at
    Bayside Water"); and it tells of no interview with the employer. An employer's own
    recruiter passing the resume on after its screening call is no go-between."""
    return (
        _GO_BETWEEN_FORWARDS.search(text_low) is not None
        or (
            _PUT_FORWARD.search(text_low) is not None
            and company.is_agency_domain(message.sender.domain)
        )
    ) and _AN_INTERVIEW_TOLD.search(text_low) is None


# The employer thanking the reader for time spent with it: "thank you for spending Thursday
# afternoon with us", "thanks so much for spending the morning with us yesterday" (read where a
# job is named: an evening spent with a charity at its open day is no interview).
_SPENT_WITH_US = re.compile(
    r"\bfor\s+spending\s+(?:(?:the|your|some|this|last|[a-z]+day)\s+){0,2}"
    r"(?:morning|afternoon|evening|day|time|hour|hours)\s+with\s+(?:us|me|our\s+team|the\s+team)\b"
)


# An interview the reader records alone (one-way video, "on-demand"): the employer asks them
# to do it by a date ("please record your answers before Monday", "please complete it by
# Friday", "answer the questions by Thursday") or reminds them it is still to do ("you have
# yet to start your recorded interview", "has not been completed yet"). Both ask the reader
# something and arrange the interview; the answers received ("your responses have been
# submitted") mean it took place. Not a form or an application to complete: the object is the
# interview, its questions, the answers, or "it".
_RECORDED_OBJECT = (
    r"(?:(?:your|the|all\s+the)\s+(?:video\s+|recorded\s+|one-way\s+|online\s+)?"
    r"(?:interview|questions|answers|responses)|(?:your\s+)?answers|(?:your\s+)?responses)"
)
_A_DATE = (
    r"\b(?:by|before|no later than)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|tonight|midnight|end\b)"
)
_RECORD_BY_A_DATE = re.compile(
    r"\b(?:complete|record|answer|take|finish|submit)\s+" + _RECORDED_OBJECT + r"\b"
    r"[^.!?\n]{0,80}?"
    + _A_DATE
    # "it" only just after the interview was named: "... a short video interview. Please
    # complete it by Friday" (a coding test's "complete it by" is not one)
    + r"|\binterview\b[^!?]{0,120}?\b(?:complete|record|take|finish|submit)\s+"
    r"(?:it|them)\b"
    r"[^.!?\n]{0,40}?" + _A_DATE
)
_RECORD_STARTS = ("complete", "record", "answer", "take", "finish", "submit", "interview")
_STILL_TO_RECORD = re.compile(
    r"\b(?:yet\s+to\s+(?:start|complete|record|answer|take|finish|submit)"
    r"|not\s+yet\s+(?:started|completed|recorded|answered|taken|finished|submitted))\s+"
    r"(?:your\s+|the\s+)?(?:video\s+|recorded\s+|one-way\s+|online\s+)?"
    r"(?:interview|questions|answers)\b"
    r"|\binterview\b[^.!?]{0,80}?\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+"
    r"(?:started|completed|recorded|submitted|taken|finished)\b"
)
_RECORDING_RECEIVED = re.compile(
    r"\byour\s+(?:video\s+|recorded\s+)?(?:answers|responses|recordings?|video\s+interview"
    r"|recorded\s+interview)\b[^.!?\n]{0,40}?\b(?:have|has)\s+(?:now\s+)?been\s+(?:sent|submitted|received"
    r"|saved)\b"
    r"|\bfor\s+completing\s+(?:your\s+|the\s+)?(?:video\s+|recorded\s+|one-way\s+|online\s+)?"
    r"interview\b"
    r"|\b(?:we've|we\s+have)\s+received\s+your\s+(?:video\s+|recorded\s+)"
    r"(?:interview|answers|responses)\b"
)


# A recruiter's approach saying what drew them to the reader, in a sentence rather than a
# stock phrase: "your profile caught my attention", "your experience with X grabbed my eye",
# "I was impressed by the work you did at Y".
_NOTICED_YOU = re.compile(
    r"\byour\s+(?:linkedin\s+)?(?:profile|background|resume|résumé|cv|experience|portfolio"
    r"|work)\b[^.!?\n]{0,40}?\b(?:caught|grabbed|stood\s+out)\b"
    r"|\bimpressed\s+(?:with|by)\s+(?:the\s+work\s+you|your\s+(?:profile|background|work"
    r"|experience))\b"
)


# A search firm's approach: "I'm leading the CFO search for Northwind", "we are conducting a
# confidential search for a Chief Operating Officer" (a venue's or a home's search names no
# job: "we're running a search for a new office").
_LEADS_A_SEARCH = re.compile(
    r"\b(?:i'm|i\s+am|we're|we\s+are|i've\s+been|we've\s+been)\s+(?:currently\s+|now\s+)?"
    r"(?:leading|running|conducting|handling|managing|retained\s+on)\s+(?:a|an|the|this)\s+"
    r"((?:[\w&/-]+\s+){0,3}?)search\s+for\b([^.!?\n]{0,60})"
)
_EXECUTIVE_TITLES = frozenset({"ceo", "cfo", "coo", "cto", "cmo", "cio", "svp", "evp", "gm"})


def _leads_a_search(low: str) -> bool:
    """The writer leading a search for a job (see `_LEADS_A_SEARCH`)."""
    for m in _LEADS_A_SEARCH.finditer(low):
        said = " ".join(m.groups())
        if job_words_in(said) or _EXECUTIVE_TITLES.intersection(re.findall(r"[a-z]+", said)):
            return True
    return False


def _add_recorded_interview(text_low: str, groups: set[str]) -> None:
    if "cue_record_alone" not in groups or not groups & {"interview", "hiring"}:
        return
    # Each pattern only where the words it cannot match without are ("been", "completing"
    # or "received"; "by", "before" or "no later than"; "yet" or "not"): the cue words are
    # everyday ones, and most messages holding them hold none of these.
    if (
        "been" in text_low or "completing" in text_low or "received" in text_low
    ) and _RECORDING_RECEIVED.search(text_low):
        # it took place, at no time anyone stated and with no one to thank ("recorded")
        groups.update(("happened", "recorded"))
    elif "interview" in groups and (
        (
            ("by" in text_low or "before" in text_low or "no later" in text_low)
            and next(matches_from(_RECORD_BY_A_DATE, text_low, _RECORD_STARTS), None)
        )
        or (
            ("yet" in text_low or "not" in text_low)
            and next(matches_from(_STILL_TO_RECORD, text_low, ("yet", "not", "interview")), None)
        )
    ):
        groups.update(("ask", "scheduling"))


# The employer having reached the reader's references already ("we've heard back from your
# references", "I spoke with both of your references"), or doing so on their own ("we'll
# contact your references"): nothing asked of the reader.
_REFERENCES_USED = re.compile(
    r"\b(?:from|to|with|contacted|contacting|contact|checked|checking|check|called|calling"
    r"|reached|reaching)\s+(?:(?:all|both|each|one|two|three)\s+)?(?:of\s+)?$"
)


_YOUR_REFERENCES = re.compile(r"\byour\s+references\b")


def _asks_references(text_low: str) -> bool:
    """ "your references" said as a request (see `_REFERENCES_USED`), not as a condition."""
    for m in _YOUR_REFERENCES.finditer(text_low):
        before = text_low[max(0, m.start() - 40) : m.start()]
        if _REFERENCES_USED.search(before) is None and not _conditional(
            f" {before} ", len(before) + 1
        ):
            return True
    return False


# The employer accepting what the reader asked for: "we're pleased to accept your
# counter-proposal", "we have reviewed your counteroffer and are happy to accept it". The
# accepting words are the candidate's own when they take an offer; said of the reader's ask
# they are the employer's, and no sign that the reader is the one hiring.
_YOUR_ASK = r"your\s+(?:counter[- ]?(?:offer|proposal)|request|proposal|terms|suggestion)"
_ACCEPTS_YOUR_ASK = re.compile(
    rf"\b(?:happy|pleased|delighted|glad)\s+to\s+accept\s+(?:{_YOUR_ASK}|(?:it|this|that)\b)"
)
_YOUR_ASK_NAMED = re.compile(rf"\b{_YOUR_ASK}\b")
_ACCEPTING_WORDS = frozenset({"happy to accept", "pleased to accept", "delighted to accept"})


# The accepting words said of the reader ("confirm that you are happy to accept our terms of
# offer", "let us know if you'd be pleased to accept"): the employer asking whether the reader
# takes it, so no sign that the reader is the one hiring.
_ACCEPTS_SAID_OF_YOU = re.compile(
    r"\byou(?:'re|'d be|'ll be| are| would be| will be| were)\s+(?:\w+\s+)?"
    r"(?:happy|pleased|delighted)\s+to\s+accept\b"
)


def _accepting_said_of_you(padded: str) -> bool:
    """Every candidate-voice phrase of the text is an accepting word said with "you" as its
    subject: the reader is asked whether they accept (see `_ACCEPTS_SAID_OF_YOU`)."""
    if _ACCEPTS_SAID_OF_YOU.search(padded) is None:
        return False
    rest = _ACCEPTS_SAID_OF_YOU.sub(" ", padded)
    return not any(f" {phrase} " in rest for phrase in PHRASES["candidate_voice"])


def _accepts_your_ask(padded: str) -> bool:
    """Every candidate-voice phrase of the text is an accepting word, and what it accepts is
    the reader's ask (named, or "it" after the ask was named)."""
    m = _ACCEPTS_YOUR_ASK.search(padded)
    if m is None:
        return False
    if " your " not in m.group(0) and not _YOUR_ASK_NAMED.search(padded, 0, m.start()):
        return False
    return all(
        phrase in _ACCEPTING_WORDS or f" {phrase} " not in padded
        for phrase in PHRASES["candidate_voice"]
    )


# What "we regret to inform you that your ..." goes on to name: the reader's interview or
# appointment (a few words before it: "your scheduled phone interview"), not their application.
_REGRET_YOURS = re.compile(r"\bregret\s+to\s+inform\s+you\s+that\s+your\s+")
_REGRETTED_MEETING = re.compile(
    r"(?P<before>(?:[\w'-]+\s+){0,2}?)(?:interview|appointment|meeting|call|session|screening"
    r"|phone\s+screen|visit|booking|time\s+slot|slot)s?\b"
)
_NOT_A_MEETING = ("application", "candida", "profile", "resume", "cv ", "submission")


def _regrets_a_decision(text_low: str) -> bool:
    """ "We regret to inform you that your ..." said of the reader's application, not of the
    reader's interview or appointment being moved or called off."""
    for m in _REGRET_YOURS.finditer(text_low):
        meeting = _REGRETTED_MEETING.match(text_low, m.end())
        if meeting is None or holds_any(meeting["before"], _NOT_A_MEETING):
            return True
    return False


def _add_employer_patterns(text_low: str, groups: set[str]) -> None:
    if "offer" in groups and "offer" in text_low and _offers_only_a_meeting(text_low):
        groups.discard("offer")
    # Each pattern runs only on text holding its cue (a phrase-book group, found in the one
    # pass that found the phrases): these run on every message.
    if "cue_decline" in groups and "rejection" not in groups and _declines(text_low):
        groups.add("rejection")
    if "cue_regret_yours" in groups and "rejection" not in groups and _regrets_a_decision(text_low):
        groups.add("rejection")
    if "cue_new_time" in groups and "cancel" not in groups and _asks_for_a_new_time(text_low):
        groups.update(("cancel", "ask"))  # the time is off, and choosing again is theirs to do
    if "cue_chosen_you" in groups and "offer_plain" not in groups:
        m = _CHOSEN_YOU.search(text_low)
        if m is not None and " if " not in text_low[max(0, m.start() - 30) : m.start()]:
            groups.add("offer_plain")
    if "cue_offer_for" in groups and "offer" not in groups:
        m = _OFFER_FOR_A_JOB.search(text_low)
        if m is not None:
            before = text_low[max(0, m.start() - 30) : m.start()]
            # not "if we make an offer for ...", nor the offer someone has taken or turned
            # down ("Alex Morgan accepted our offer for the Backend Engineer role")
            if " if " not in before and _ANSWERED_BEFORE.search(before) is None:
                groups.add("offer")
    if "cue_called_off" in groups and "cancel" not in groups and _called_off(text_low):
        groups.add("cancel")
    if "cue_slot" in groups and "choose_slot" not in groups and _CHOOSE_A_SLOT.search(text_low):
        groups.add("choose_slot")
    if (
        "scheduling_link" not in groups
        and "interview" in groups
        and "has_book_word" in groups
        and ("book" in text_low or "reserve" in text_low)
        and "your" in text_low
        and _BOOK_YOUR_INTERVIEW.search(text_low) is not None
    ):  # "here's the link to book your technical interview with Lena"
        groups.add("scheduling_link")
    if "cue_like_you_to" in groups and "ask" not in groups and _LIKE_YOU_TO.search(text_low):
        groups.add("ask")
    if "cue_your_references" in groups and "ask" not in groups and _asks_references(text_low):
        groups.add("ask")
    if (
        "cue_arrange" in groups
        and "availability" not in groups
        and "interview" in groups
        and _CONTACT_TO_ARRANGE.search(text_low)
    ):
        groups.add("availability")  # the time is the reader's to come and fix
    _add_recorded_interview(text_low, groups)
    if (
        "cue_noticed" in groups
        and "hiring" in groups
        and _NOTICED_YOU.search(text_low)
        # and names a job: a sales pitch "hiring agencies to resell our CRM" names none
        and not _no_job_words(text_low)
    ):
        groups.add("recruiter_outreach")
    if "search for" in text_low and _leads_a_search(text_low):
        groups.add("recruiter_outreach")  # "I'm leading the CFO search for Northwind"
    if "cue_test" in groups and _INVITED_TO_A_TEST.search(text_low):
        groups.add("hiring")
    if (
        "cue_interviews_done" in groups
        and "happened" not in groups
        and said_outright(text_low, _INTERVIEWS_DONE, _before_it_happens)
    ):
        groups.add("happened")
    if "application" not in groups and (
        ("cue_application_is" in groups and _APPLICATION_IS.search(text_low))
        or ("cue_put_forward" in groups and _PUT_FORWARD.search(text_low))
    ):
        groups.add("application")
    if "happened" not in groups and (
        ("cue_meeting" in groups and _enjoyed_meeting(text_low))
        or ("cue_enjoyed" in groups and _ENJOYED_OUR_TALK.search(text_low))
        or ("thank_you" in groups and "cue_thanks" in groups and _thanks_for_meeting(text_low))
    ):
        groups.add("happened")
    if (
        "happened" not in groups
        and "spending" in text_low
        and groups & A_JOB_OR_INTERVIEW_NAMED
        and _SPENT_WITH_US.search(text_low)
    ):
        groups.add("happened")  # "thank you for spending Thursday afternoon with us"
    if "confirmed" not in groups and (
        ("cue_settled" in groups and _time_settled(text_low))
        or ("cue_works" in groups and _time_works(text_low))
        or (
            "has_it_is" in groups
            and " it is" in text_low
            and _TIME_IT_IS.search(text_low) is not None
        )
    ):
        groups.add("confirmed")
    if "interviewer_duty" not in groups and (
        ("cue_third_person" in groups and _THIRD_PERSON_CANDIDATE.search(text_low))
        or ("cue_named_candidate" in groups and _NAMED_CANDIDATE.search(text_low))
        or (
            "has_moving_verb" in groups
            and ("move " in text_low or "advance " in text_low or "progress " in text_low)
            and next(matches_from(_MOVE_SOMEONE_FORWARD, text_low, _MOVE_SOMEONE_STARTS), None)
            is not None
        )
        or next(matches_from(_ASKED_TO_JUDGE_THEM, text_low, ("please",)), None) is not None
    ):
        groups.add("interviewer_duty")
    _add_plain_readings(text_low, groups)


# ----- plain readings: a refusal, an offer, in the words of writers the phrase lists never
# met. The phrase lists name sentences; these name the parts every such sentence has (a
# lead probe of 67 sentences written afresh after 95 others were fixed read 36 right: each
# new writer brings new sentences, not new parts).

# The reader not taken on: a negation, a verb of going on (move, proceed, progress, take,
# pursue, advance, continue, consider, bring, carry), and the reader or the next step ("your
# application will not be taken forward", "we can't take you to the next stage", "has not
# been progressed to interview", "won't be moving you through to the final stage"). Not a
# time moved ("we are not able to move your interview"), nor a page ("do not proceed with
# your purchase").
_NOT_TAKEN_ON = re.compile(
    r"(?:(?<!may )(?<!might )(?<!could )\bnot|n't|\bno\s+longer|\bunable\s+to|\bcannot)\s+"
    r"(?:[\w']+\s+){0,3}?(?:mov|proceed|progress|tak|pursu|advanc|continu|consider|bring|carr)\w*\s+"
    r"(?:things\s+|this\s+|matters\s+|the\s+(?:recruitment\s+|hiring\s+)?process\s+)?"
    r"(?:(?:forward|ahead)\s+(?=with\s+you))?"
    r"(?:(?:with\s+)?you(?:r\s+(?:application|candidacy|candidature|profile|cv|resume"
    r"|submission))?\b(?!\s+(?:an?\s+|the\s+|another\s+)?(?:slot|time|date|interview|call"
    r"|meeting|appointment|order|purchase|payment)s?\b)"
    r"|forward\b|(?:any\s+)?further\b|through\s+to\b|on\s+to\s+the\s+next\b"
    r"|to\s+(?:the\s+)?(?:next|final|second|third|later)\s+(?:stage|round|step|phase)s?\b"
    r"|to\s+(?:an?\s+)?interview\b)"
)
_NOT_TAKEN_ON_STARTS = ("not", "n't", "no longer", "unable to", "cannot")
# The same refusal with the reader's application first and the verb after it, in the passive,
# nothing following ("your application for the above post was not considered, as it did not
# include certified copies", "your application has not been progressed", "your CV could not be
# considered"): said in the past or as what could not be, not as what would or will happen to
# an application yet to be complete ("if your application is incomplete it will not be
# considered" is a condition; "will", "would" and "may" are left out for it), nor as not done
# yet ("your application has not been considered yet").
_YOURS_NOT_TAKEN_ON = re.compile(
    r"\byour\s+(?:application|candidacy|candidature|cv|resume)\b[^.;:!?\n]{0,60}?"
    r"\b(?:was|has|had|could)\s*(?:not|n't)\s+(?:been\s+|be\s+)?"
    r"(?:considered|progressed|taken\s+(?:forward|further)|carried\s+forward|advanced|pursued)\b"
    r"(?!\s+(?:yet|so\s+far|by\s+the\s+panel\s+yet))"  # not yet: still to come
)
# What every _NOT_TAKEN_ON / _NOT_CHOSEN match holds beside its negation (looked for after it).
_GOING_ON_VERBS = LITERAL_CUES["has_going_on_verb"]  # "mov", "proceed", "tak", ...
_CHOSEN_VERBS = LITERAL_CUES["has_chosen_verb"]  # "chosen", "selected", ...
# The reader not chosen for the next step ("on this occasion you have not been chosen for
# interview", "you weren't picked for the final round").
_NOT_CHOSEN = re.compile(
    r"(?:\bnot|n't)\s+(?:been\s+|be\s+)?(?:chosen|selected|shortlisted|invited|picked)\s+"
    r"(?:for|to)\s+(?:an?\s+)?(?:interview|the\s+(?:next|final|second)|this\s+(?:role|position|post))"
)
# The job a small employer names the person it took on by ("we're going with a more
# experienced cook", "we went with an internal assistant"): titles a shop, kitchen, clinic or
# studio hires, not those a client or seller also chooses (agent, producer, consultant,
# partner, driver: "we went with another agent to sell the house").
_TAKEN_ON_AS = (
    r"(?:associate|assistant|engineer|developer|designer|analyst|cook|chef|nurse|teacher"
    r"|hygienist|technician|coordinator|specialist|bartender|barista|cashier|clerk"
    r"|receptionist|accountant|bookkeeper|mechanic|electrician|apprentice|intern|waiter"
    r"|waitress|dentist)"
)
# Someone else chosen, or the reader found short of them ("the team has decided to go with
# someone with more direct experience", "other candidates are a better match", "wasn't quite
# the right match", "we've made the decision to move in a different direction").
_SOMEONE_ELSE = re.compile(
    r"\b(?:go|going|gone|went|hire|hired|hiring|chose|chosen|choose|offer(?:ed|ing)?\s+(?:it|the\s+"
    r"(?:role|position|job|post))\s+to)\s+(?:with\s+)?(?:someone|somebody)\b"
    # "we're going to proceed with a candidate who has more hands-on experience"
    r"|\b(?:proceed|proceeding|go\s+ahead|going\s+ahead|move\s+forward|moving\s+forward|continue"
    r"|continuing|mov(?:e|ing)\s+ahead)\s+with\s+(?:(?:a|another|one|other)\s+)?"
    r"(?:candidates?|applicants?|profiles?)\s+(?:who|whose|that|with)\b"
    r"|\b(?:go|going|gone|went|move|moving|head|heading)\s+(?:in\s+)?(?:a\s+different|another)\s+"
    r"(?:way|direction)\b"
    # the offer made to someone else, named by kind or by place ("the client made the offer
    # to the other finalist", "they offered it to the second candidate"); not "the successful
    # candidate" or "the final candidate" (the process, told to everyone in it)
    r"|\boffer(?:ed|ing)?\s+(?:it\s+|the\s+(?:role|position|job|post)\s+)?to\s+"
    r"(?:another|a\s+different|an?\s+(?:internal|external|other)"
    r"|the\s+(?:other|first|second|third|fourth|fifth))\s+"
    r"(?:candidate|applicant|finalist|person|individual)\b"
    r"|\b(?:picked|found|selected|appointed)\s+(?:someone|somebody)\b(?!\s+(?:up|to\s+help))"
    # the post filled, named with its adjectives: "we have filled our postdoctoral
    # position(s) for the coming training year", "we've now filled the two Analyst roles"
    r"|\b(?:have|has|had|'ve)\s+(?:now\s+|already\s+)?filled\s+(?:the|our|this|that|all|both)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:positions?|roles?|posts?|vacanc(?:y|ies)|openings?)\b"
    # "we have now appointed to this role" (a British post filled)
    r"|\b(?:have|has)\s+(?:now\s+)?(?:appointed|recruited)\s+to\s+(?:the|this|that)\s+"
    r"(?:role|post|position|vacancy)\b"
    r"|\b(?:go|going|gone|went|hire|hired|hiring|chose|chosen|choose|select\w*|appoint\w*"
    r"|proceed\w*\s+with|continu\w*\s+with)\s+(?:with\s+)?(?:another|other|a\s+different"
    r"|an?\s+(?:internal|external|more\s+experienced|stronger))\s+"
    rf"(?:candidate|applicant|person|individual|hire|profile|{_TAKEN_ON_AS})\b"
    r"|\b(?:other|another)\s+(?:candidates?|applicants?)\s+(?:[\w']+\s+){0,4}?"
    r"(?:better|closer|stronger|more\s+(?:suitable|closely|relevant|aligned))\b"
    r"|(?:\bnot|n't)\s+(?:quite\s+|really\s+|exactly\s+)?the\s+right\s+(?:match|fit)\b"
    r"|\b(?:go|going|gone|move|moving|head|heading)\s+in\s+(?:a\s+different|another)\s+"
    r"direction\b"
)
# How every _SOMEONE_ELSE match begins (its alternatives open on \b-words).
_SOMEONE_ELSE_STARTS = (
    "go", "went", "hir", "cho", "offer", "proceed", "continu", "mov", "head", "picked", "found",
    "select", "appoint", "have", "has", "had", "'ve", "other", "another", "not", "n't",
)  # fmt: skip
# The reader and the job said not to fit, or no longer to ("the specs changed and it is
# unfortunately no longer a fit", "the manager felt you're not a good fit for this team"): a
# decision only where the letter speaks of a job (`_FIT_WORDS`: "it's not a good fit for our
# shelves" is a shop turning down a seller), not under a condition ("if it's not a fit, no
# hard feelings") and not asked ("would that make it not a good fit?").
# The "not" is often raised to a verb of thinking ("we don't feel that our current opening is
# the best match for your experience", "the panel did not think your background was a close
# enough fit"): the same denial, said as an opinion. The fit may be the best, ideal or a close
# one as well as a good one.
_FIT_KIND = (
    r"(?:(?:good|great|strong|right|best|ideal|perfect|close|closer|closest)\s+)?(?:enough\s+)?"
)
_FIT_DENIED = re.compile(
    r"(?:\bnot|n't|\bno\s+longer)\s+(?:"
    rf"(?:quite\s+|really\s+|exactly\s+)?(?:an?|the)\s+{_FIT_KIND}"
    r"|(?:feel|think|believe)\s+(?:that\s+)?[^.!?\n,;]{1,60}?\b(?:is|are|was|were|be|'s|'re)\s+"
    rf"(?:quite\s+|really\s+)?(?:an?|the)\s+{_FIT_KIND}"
    r")(?:match|fit)\b(?![^.!?\n]*\?)"
)
_FIT_WORDS = (
    "role", "position", "job", "candidacy", "candidate", "application", "background",
    "experience", "opening", "vacancy",
)  # fmt: skip


# The employer taking its offer back ("a funding cut means we must revoke the offer of
# employment", "we have had to withdraw the job offer", "the company is retracting this
# offer"): the thread closes. The book's "rescind the offer" phrases, for any verb of taking
# back and any offer of the employer's. Not the reader's own acceptance withdrawn ("withdraw
# your acceptance of the offer": no offer straight after the verb), nor a buyer's offer on a
# home ("they withdrew their offer"), nor the right kept in reserve (`_offer_kept_back_only`).
_OFFER_TAKEN_BACK = re.compile(
    r"\b(?:withdraw(?:ing|n)?|withdrew|revok(?:e|ing|ed)|retract(?:ing|ed)?|rescind(?:ing|ed)?)"
    r"\s+(?:the|our|your|this|its)\s+"
    r"(?:(?:job|employment|conditional|formal|written|verbal)\s+)?offer\b"
)
_OFFER_TAKEN_BACK_STARTS = ("withdr", "revok", "retract", "rescind")
# A power the employer keeps, not used: "we reserve the right to withdraw the offer if ...",
# "the company may revoke this offer should the references ..."
_IN_RESERVE = (" right to ", " may ", " might ", " could ", " can ")


def _offer_kept_back_only(text_low: str, start: int) -> bool:
    before = f" {text_low[max(0, start - _CONDITION_LOOKBACK) : start]}".replace("\n", " ")
    return _after_a_condition(text_low, start) or holds_any(before, _IN_RESERVE)


def _fit_weighed(text_low: str, start: int) -> bool:
    """The fit weighed, not denied: under a condition, or as one of two ("a comment on why
    Marcus is or isn't a good fit for the job", an interviewer's scorecard)."""
    return _after_a_condition(text_low, start) or " or " in text_low[max(0, start - 8) : start]


# The reader's file closed ("we'll be closing out your candidacy"). A role put on hold is
# not: it may open again (dev's hr_toolkit_processes labels it so).
_FILE_CLOSED = re.compile(
    r"\bclos(?:e|ing)\s+(?:out\s+)?your\s+(?:application|candidacy|candidature|file)\b"
    r"|\byour\s+(?:application|candidacy|candidature)\s+(?:is|has\s+been|was|will\s+be)\s+"
    r"(?:now\s+|therefore\s+|hereby\s+)?closed\b"
)
# No post for the reader: a negation and a post "for you" ("at this time we don't have a
# suitable position for you", "there is no suitable vacancy for you at present", "we do not
# currently have a role for you in the team"). Not a desk or a space ("we don't have a
# parking space for you").
_NO_PLACE_FOR_YOU = re.compile(
    r"(?:\bnot|n't|\bno)\s+(?:[\w']+\s+){0,2}?(?:an?\s+|any\s+)?(?:suitable\s+|appropriate\s+"
    r"|right\s+|open\s+|available\s+|other\s+|further\s+)?(?:position|role|job|vacancy|vacancie"
    r"|opening|post|place)s?\s+(?:available\s+|open\s+)?for\s+you\b"
)
# The search itself called off ("I am writing to inform you of the regrettable decision to
# cancel the ongoing recruitment process for the Facilities Coordinator position", "we are
# unable to proceed with filling the aforementioned job vacancy", "the requisition has been
# cancelled"): a decision for every candidate in it. Not a study's recruitment, nor the
# reader's interview cancelled ("we need to cancel your interview"), and not a pause (a
# role put on hold may open again).
_SEARCH_CALLED_OFF = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing)?|halt(?:ed|ing)?|stop(?:ped|ping)?|end(?:ed|ing)?"
    r"|discontinu(?:e|ed|ing)|abandon(?:ed|ing)?|withdr[ae]w(?:n|ing)?|clos(?:e|ed|ing))\s+"
    r"(?:the\s+|this\s+|our\s+)?(?:ongoing\s+|current\s+|external\s+)?(?:recruitment|recruiting"
    r"|hiring|search|selection)(?:\s+(?:process|campaign|drive|exercise))?\s+for\s+(?:the|this|our"
    r"|that)\s+(?:[\w&/-]+\s+){0,4}?(?:role|position|job|post|vacancy|opening)\b"
    r"|(?:\bnot|n't|\bunable\s+to|\bcannot)\s+(?:be\s+able\s+to\s+)?(?:proceed|go\s+ahead|move"
    r"\s+forward|continue)\s+with\s+(?:filling|recruiting\s+(?:for|to)|hiring\s+for)\s+(?:the|this"
    r"|that|our)\s+(?:[\w&/-]+\s+){0,3}?(?:role|position|job|post|vacancy|opening)\b"
    # the search named as such ("we can't continue with the Data Analyst search"); not a
    # pause ("... with the search until the budget is signed off", "for now")
    r"|(?:\bnot|n't|\bunable\s+to|\bcannot)\s+(?:be\s+able\s+to\s+)?(?:proceed|go\s+ahead|move"
    r"\s+forward|continue)\s+with\s+(?:the|this|that|our)\s+(?:[\w&/-]+\s+){0,4}?"
    r"(?:search|(?:hiring|recruitment|recruiting|selection)\s+process)\b"
    r"(?![^.!?\n]{0,60}?\b(?:until|unless|without|for\s+now|at\s+the\s+moment|right\s+now)\b)"
    r"|\b(?:role|position|post|vacancy|opening|requisition)\s+(?:has\s+(?:now\s+)?been|was|is"
    r"|had\s+been)\s+(?:now\s+)?(?:cancell?ed|withdrawn|discontinued|abandoned)\b"
)
# The search itself over, said of it as a search ("The search is closed, and Wednesday's
# presentation is cancelled", "the search has now been closed"): every candidate's decision.
_SEARCH_CLOSED = re.compile(
    r"\bsearch\s+(?:is|has\s+(?:now\s+)?been|was)\s+(?:now\s+)?(?:closed|called\s+off)\b"
)
# How every _SEARCH_CALLED_OFF match begins.
_SEARCH_CALLED_OFF_STARTS = (
    "cancel", "halt", "stop", "end", "discontinu", "abandon", "withdr", "clos", "not", "n't",
    "unable", "cannot", "role", "position", "post", "vacancy", "opening", "requisition",
)  # fmt: skip
# The job offered in plain words ("we are offering you the position", "we can make you an
# offer", "you've got the job!", "you are our preferred candidate", "we'd like you to come
# on board as our next analyst", "please see the attached offer", "your start date is 6
# April"): read for the stage only (`offer_plain`), no detection signal of its own.
_OFFERED_IT = re.compile(
    # "offered you" too: an agency relaying its client's decision ("St. Anselm offered you the
    # ICU contract", "they've offered you the assignment")
    r"\boffer(?:ing|ed)?\s+you\s+(?:the\s+|a\s+|this\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:role|position|job|post|employment|contract|assignment)\b"
    r"|\bmake\s+you\s+(?:an?\s+)?(?:(?:verbal|formal|written|official|job)\s+)?offer\b"
    r"|\b(?:you've|you\s+have)\s+got\s+the\s+(?:job|role|position)\b"
    r"|\bthe\s+(?:job|role|position)\s+is\s+yours\b"
    r"|\byou(?:\s+are|'re)\s+our\s+(?:preferred|chosen|successful|top)\s+candidate\b"
    # the public service's word for it: "you have been identified as the preferred candidate",
    # "you are the preferred applicant for this vacancy" (not "the panel has identified a
    # preferred candidate": someone else)
    r"|\byou\s+(?:have\s+been\s+|'ve\s+been\s+|were\s+)?(?:identified|selected|chosen|named)\s+as\s+"
    r"(?:the|our)\s+preferred\s+(?:applicant|candidate)\b"
    r"|\byou(?:\s+are|'re)\s+the\s+preferred\s+(?:applicant|candidate)\b"
    r"|\b(?:come|coming)\s+on\s*board\s+as\b|\bbring\s+you\s+on\s*board\b"
    r"|\byour\s+appointment\s+(?:as|to\s+the\s+(?:role|post|position))\b"
    r"|\byour\s+(?:job\s+|formal\s+|written\s+)?offer\s+(?:is|has\s+been|will\s+be)\b"
    r"|\b(?:like|want|love)\s+(?:for\s+)?you\s+to\s+start\s+(?:with\s+us\s+)?on\b"
    r"|\b(?:selected|chosen|appointed)\s+as\s+(?:our\s+(?:new|next)|the\s+successful\s+candidate)\b"
    r"|\bhave\s+you\s+join\s+(?:[\w&-]+\s+){0,3}?as\s+(?:a|an|our)\b"
    # "we'd love for you to join us as our new office manager", "like you to join the firm
    # as an associate"
    r"|\b(?:like|love|want)\s+(?:for\s+)?you\s+to\s+join\s+(?:[\w&-]+\s+){0,3}?as\s+(?:a|an|our)\b"
    r"|\b(?:the|your|our)\s+attached\s+offer\b|\boffer\s+(?:letter\s+)?(?:is\s+)?attached\b"
    # an owner's offer in plain words ("we'd love to have you on our summer staff as a
    # lifeguard", "we'd love to have you start Monday", "we'd love for you to join the Gracepoint
    # staff"; not "have you in for a trial shift", "have you on as a guest", "join the team for
    # a working interview"), or its terms set out ("Here is our offer in writing:", "Here's the
    # offer:"), or the paper it sends ("your letter of employment", "... of appointment")
    r"|\b(?:love|like|want)\s+to\s+have\s+you\s+(?:on\s+(?:(?:our|the)\s+(?:[\w&-]+\s+){0,2}?"
    r"(?:team|staff|crew)\s+)?)?as\s+(?:a|an|our)\s+(?!guest|speaker|panel)"
    r"|\b(?:love|like|want)\s+to\s+have\s+you\s+(?:start|begin)\b"
    r"|\b(?:love|like|want)\s+(?:for\s+)?you\s+to\s+join\s+(?:the|our)\s+(?:[\w&-]+\s+){0,2}?"
    r"(?:team|staff|crew)\b(?!\s+(?:for|on)\b)"
    r"|\bhere(?:'s|’s|\s+is)\s+(?:our|the|your)\s+(?:(?:written|formal|official|job)\s+)?offer"
    r"\s*(?::|in\s+writing\b)"
    r"|\byour\s+letter\s+of\s+(?:employment|appointment)\b"
    # an applicant-tracking system's status change that names the offer: "PT Sinar Niaga has
    # changed the status of your application for Digital Marketing Specialist to Offered",
    # "moved your application to the Offer stage"
    r"|\b(?:changed|moved|updated|set)\s+(?:the\s+status\s+of\s+)?your\s+application\b[^.!?]{0,100}?"
    r"\bto\s+(?:the\s+)?[\"'“]?(?:offered|offer|hired)[\"'”]?(?:\s+(?:stage|status|step))?\s*(?:[.!]|$)"
    r"|\byour\s+(?:employment\s+contract|contract\s+of\s+employment)\b"
    # the reader's employment itself made conditional, as districts and counties word the
    # offer: "your employment is contingent upon approval by the Board", "your employment with
    # the county will be conditional on a satisfactory medical" (not "any offer of employment
    # is contingent ...", nor "your employment history")
    r"|\byour\s+employment\s+(?:with\s+(?:us|the\s+[\w-]+)\s+)?(?:is|will\s+be|would\s+be)\s+"
    r"(?:contingent|conditional)\s+(?:up)?on\b"
    r"|\byour\s+(?:proposed\s+|first\s+)?start\s+date\s+(?:is|will\s+be|would\s+be)\b"
    # a hiring verb with the reader as its object and the post named ("we'd like to hire you
    # for the Account Manager position", "we are delighted to appoint you to the post of
    # Deputy Head"): a wish or a decision, never a client booking ("hire you for our wedding")
    r"|\b(?:hire|employ|appoint|engage|recruit)\s+you\s+(?:for|to|in|into|as)\s+(?:the|this|that)\s+"
    r"(?:[\w&/-]+\s+){0,4}?(?:role|position|job|post|vacancy|opening)\b"
    # the reader picked for the post itself ("you have been selected for the position of Site
    # Engineer", "you selected for the post of"): not for a round or an interview
    r"|\byou\s+(?:have\s+|had\s+)?(?:been\s+|were\s+|are\s+|'ve\s+been\s+)?(?:selected|chosen"
    r"|appointed)\s+for\s+the\s+(?:role|position|job|post|vacancy)\b(?!\s+of\s+(?:an?\s+)?interview)"
)


# A time asked of the reader as a question ("When would be convenient?", "Does early next
# week work on your side?", "What's the best time to reach you?", "Are there any days next
# week that you can't do?"), in a message about meeting: the time is being arranged. Not a
# start date, nor a question about the past.
_WHEN_ASKED = re.compile(
    r"\b(?:when|what\s+time|which\s+(?:days?|times?|dates?|slots?)|what\s+(?:days?|dates?)"
    r"|(?:best|good|convenient|suitable|preferred)\s+(?:dates?|times?|days?|slots?)"
    r"|date\s+and\s+time|(?:dates?|times?|days?|slots?)\s+(?:that|which)\s+(?:would\s+)?(?:work|suit)"
    r"|any\s+days?|days?\s+(?:next|this)\s+week|(?:some|any)\s+time\b|coming\s+days"
    r"|next\s+few\s+days"
    r"|(?:early|later|late|next|this)\s+(?:next\s+)?week|(?:mon|tues|wednes|thurs|fri)day"
    r"|tomorrow|morning|afternoon|diary|calendar|availability|available|free)\b"
)
_NOT_A_MEETING_TIME = re.compile(
    r"\b(?:start|starting|did|was|were|hear|heard|receive|notice)\b"
    # a deadline: "could you send your slides by Tuesday, April 21?"
    r"|\bby\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+\d|\d|end|tomorrow|next)"
)
_MEETING_WORDS = (
    "speak", "chat", "call", "interview", "meet", "conversation", "talk", "catch up", "video",
    "zoom", "teams", "see you", "come in", "visit", "session", "round", "panel",
)  # fmt: skip
# A time kept in other words than "confirmed" ("We will expect you at our offices on
# Thursday", "I've put us down for a call on Thursday at 4pm", "Your assessment day takes
# place on Friday 13 March, starting at 9am", "Thursday at 3pm it is.").
_TIME_KEPT = re.compile(
    r"\b(?:expect|expecting)\s+you\s+(?:at|on|in)\b"
    r"|\bput\s+(?:us|you)\s+down\s+for\b"
    r"|\b(?:takes|will\s+take)\s+place\s+(?:on|at)\b"
    r"|\b(?:starting|starts|will\s+start|begins|will\s+begin)\s+at\s+\d"
    # "please arrive at 9.45 for your 10am interview" (when.py keeps the interview's time)
    r"|\barrive\s+(?:at|by)\b"
    # "we will meet you at reception on Thursday at 2pm", "our CEO will join your interview"
    r"|\b(?:will|'ll|shall)\s+(?:be\s+)?(?:join|joining|meet|meeting|call|calling|ring|ringing"
    r"|interview|interviewing)\s+(?:you|your)\b"
    # "we would like to meet you for the Operations Coordinator role on Tuesday, January 12 at
    # 10:00 AM": the wish to meet, with its day in the same sentence
    r"|\b(?:(?:would|'d)\s+(?:like|love)|want)\s+to\s+(?:meet|interview)\s+you\b"
    r"(?:[^.!?\n]|\n(?!\s*\n)){0,60}?"
    r"\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)"
)
# How every _TIME_KEPT match begins (it is tried only there: the cues are everyday words).
_TIME_KEPT_STARTS = (
    "expect", "put", "takes", "will", "starting", "starts", "begins", "arrive", "'ll", "shall",
    "would", "'d", "want",
)  # fmt: skip
# "Thursday at 3pm it is." (looked for only where " it is" ends a sentence)
_IT_IS = re.compile(r"(?:\d|am|pm|noon|day)\s+it\s+is\s*[.!]")
# Times offered as a statement: "I can offer Wednesday at 11 or Thursday at 2".
_TIMES_OFFERED = re.compile(
    r"\b(?:i|we)\s+(?:can|could)\s+(?:offer|do)\s+(?:you\s+)?(?:either\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|\d{1,2}(?::\d{2}|\s*[ap]\.?m\b))"
)
# The pleasure of a meeting with the day it took place ("Good to speak yesterday", "Great
# to meet the team on Monday"). Not "great speaking earlier": an agency's own call the same
# day, before the client's interview (dev's agency threads).
_PAST_DAYS = ("yesterday", "last week", "monday", "tuesday", "wednesday", "thursday", "friday")
_GOOD_WORDS = LITERAL_CUES["has_good_word"]
_GOOD_TO_MEET_THEN = re.compile(
    r"\b(?:great|good|nice|lovely|pleasure|wonderful)\s+(?:to\s+)?(?:meet|meeting|chat|chatting"
    r"|speak|speaking|talk|talking|see|seeing|catch\s+up|catching\s+up|having|hosting)\b"
    r"(?:\s+(?:with\s+)?(?:you|everyone|the\s+team|you\s+all))?"
    r"(?:\s+(?:in|at|over|here)(?:\s+(?:the|our)\s+(?:office|offices|studio))?)?"
    r"\s+(?:yesterday|last\s+week"
    r"|on\s+(?:mon|tues|wednes|thurs|fri)day)\b"
)


def _asks_a_time(text_low: str) -> bool:
    if not holds_any(text_low, _MEETING_WORDS):
        return False
    return any(
        _WHEN_ASKED.search(question) and not _NOT_A_MEETING_TIME.search(question)
        for question in questions_in(text_low.partition("\n")[2] or text_low)
    )


def _time_kept(text_low: str) -> bool:
    if next(matches_from(_TIME_KEPT, text_low, _TIME_KEPT_STARTS), None) is not None:
        return True
    return (" it is." in text_low or " it is!" in text_low) and bool(_IT_IS.search(text_low))


# An interview offered, not a job: "We would like to offer you an interview", "pleased to
# offer you a telephone interview on Thursday" (the offer phrases' "like to offer you").
_OFFERS_A_MEETING = re.compile(
    r"\boffer(?:ing)?\s+you\s+(?:an?\s+|the\s+|one\s+|another\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:interviews?|calls?|meetings?|slots?|chat|conversation|assessments?|appointments?"
    r"|times?|dates?|opportunity\s+to\s+interview)\b"
)


# The reader welcomed in a sentence of its own ("We'd love to have you - three dinner shifts a
# week, $14 an hour plus tips. Can you start Friday?"), with the job's terms beside it: its pay
# by the hour or the year, or when to start. The welcome alone may be to a trial shift or a
# show; with pay and a start it is the job.
_WELCOMED = re.compile(
    r"\b(?:love|like)\s+to\s+have\s+you(?:\s+join\s+us)?\s*(?:[-–—!]|\.(?:\s|$))"
)
_JOB_TERMS = re.compile(
    r"[$€£₹]\s?\d[\d,.]*\s*(?:/\s*(?:h|hr|hour)\b|(?:an?|per)\s+(?:hour|year|week|month|annum)\b)"
    r"|\bcan\s+you\s+start\b|\bstart(?:ing)?\s+date\b"
)


def _welcomed_on_terms(text_low: str) -> bool:
    m = _WELCOMED.search(text_low)
    return (
        m is not None
        and not _after_a_condition(text_low, m.start())
        and _JOB_TERMS.search(text_low) is not None
    )


def _offers_only_a_meeting(text_low: str) -> bool:
    """The text's offer words are all an interview offered: read without them, no offer."""
    if _OFFERS_A_MEETING.search(text_low) is None:
        return False
    return "offer" not in BOOK.groups_in(normalise(_OFFERS_A_MEETING.sub(" ", text_low)))


def _negated(text_low: str) -> bool:
    """One of _NOT_TAKEN_ON_STARTS is in the text ("cannot" holds "not"): four `in`s cost
    less than one search for the five."""
    return (
        "not" in text_low or "n't" in text_low or "no longer" in text_low or "unable to" in text_low
    )


def _add_plain_readings(text_low: str, groups: set[str]) -> None:
    # both refusals need a negation: their verbs are looked for only where it is
    negated = (
        "rejection" not in groups
        and (
            "has_going_on_verb" in groups
            or "has_chosen_verb" in groups
            or "cue_fit_denied" in groups
        )
        and _negated(text_low)
    )  # (asked only where a refusal's verbs or a fit denied may need it)
    if "rejection" not in groups and (
        (
            negated
            and "has_going_on_verb" in groups
            and holds_any(text_low, _GOING_ON_VERBS)
            and said_outright(text_low, _NOT_TAKEN_ON, _for_want_of, _NOT_TAKEN_ON_STARTS)
        )
        or (
            negated
            and "has_going_on_verb" in groups
            and "your " in text_low
            and said_outright(text_low, _YOURS_NOT_TAKEN_ON, _after_a_condition, ("your",))
        )
        or (
            negated
            and "has_chosen_verb" in groups
            and holds_any(text_low, _CHOSEN_VERBS)
            and said_outright(text_low, _NOT_CHOSEN, _after_a_condition, ("not", "n't"))
        )
        or (
            "cue_someone_else" in groups
            and said_outright(text_low, _SOMEONE_ELSE, _after_a_condition, _SOMEONE_ELSE_STARTS)
        )
        or (
            "cue_fit_denied" in groups
            and (negated or "no longer" in text_low)
            and holds_any(text_low, _FIT_WORDS)
            and said_outright(text_low, _FIT_DENIED, _fit_weighed, ("not", "n't", "no longer"))
        )
        or (
            "cue_offer_taken_back" in groups
            and said_outright(
                text_low, _OFFER_TAKEN_BACK, _offer_kept_back_only, _OFFER_TAKEN_BACK_STARTS
            )
        )
        or (
            "cue_file_closed" in groups
            and said_outright(text_low, _FILE_CLOSED, _after_a_condition)
        )
        or (
            "cue_no_place" in groups
            and said_outright(text_low, _NO_PLACE_FOR_YOU, _after_a_condition)
        )
        or (
            "cue_search_called_off" in groups
            and said_outright(
                text_low, _SEARCH_CALLED_OFF, _after_a_condition, _SEARCH_CALLED_OFF_STARTS
            )
        )
        or (
            # "the board appointed its acting CFO; the search is closed": not said to the one
            # it ended in an offer for ("we're delighted to offer you ... the search is closed")
            "cue_search_closed" in groups
            and "offer" not in groups
            and "cue_offered_it" not in groups
            and said_outright(text_low, _SEARCH_CLOSED, _after_a_condition, ("search",))
        )
    ):
        groups.add("rejection")
    if (
        "cue_offered_it" in groups
        and not groups & {"offer", "offer_plain"}
        and (
            said_outright(text_low, _OFFERED_IT, _after_a_condition) or _welcomed_on_terms(text_low)
        )
    ):
        groups.add("offer_plain")
    if "availability" not in groups and "?" in text_low and _asks_a_time(text_low):
        groups.add("availability")
    if "cue_time_kept" in groups and "confirmed" not in groups and _time_kept(text_low):
        groups.add("confirmed")
    if (
        "cue_times_offered" in groups
        and "availability" not in groups
        and _TIMES_OFFERED.search(text_low)
    ):
        groups.add("availability")
    if (
        "happened" not in groups
        and "has_good_word" in groups  # (found by the phrase walk)
        and holds_any(text_low, _GOOD_WORDS)  # rarer than the days
        and holds_any(text_low, _PAST_DAYS)
        and next(matches_from(_GOOD_TO_MEET_THEN, text_low, _GOOD_WORDS), None) is not None
    ):
        groups.add("happened")


# A time said to suit: "Friday, April 17 at 10:00 AM CT works", "Wednesday at 3 works".
_TIME_WORKS = re.compile(
    r"(?:\b(?:at|after)\s+\d{1,2}(?::\d{2})?|\b\d{1,2}:\d{2}|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|\bnoon"
    r"|\b\d{1,2}(?=\s+(?:tomorrow|today|tonight)\b)"  # "11 tomorrow works"
    # an hour alone opening a line of its own: "2 works!", "10 works for me."
    r"|(?<![^\n])(?:1[0-2]|[1-9])(?=\s+works(?:\s+for\s+me|\s*[!.]))"
    # a day agreed to: "Wednesday the 14th works for me", "Friday would suit"
    r"|\b" + _DAY_NAME + r"(?:\s+the\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?=\s+(?:works|would work|suits|would suit|is perfect|is great|is fine)\b))"
    # "2pm ET works", "3:30 tomorrow works": a zone or the day may stand between
    r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s+(?:[a-z]{2,4}|tomorrow|today|tonight))?\s+"
    r"(?:works|would work|is perfect|is great|is fine|suits|would suit|would be ideal"
    r"|would be perfect)\b"
)
# A time agreed in the idiom "<time> it is": "Brilliant - Tuesday 13th at 3pm UK time it is",
# "Thursday 2pm it is then!", "10:30 it is." (a clock time right before it; "Monday it is"
# names no hour to settle).
_TIME_IT_IS = re.compile(
    r"(?:\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:.]\d{2}|\bnoon)"
    r"(?:\s+(?:[a-z]{2,4}|[a-z]+\s+time))?\s+it\s+is(?:\s+then)?\s*(?:[.!,]|$)",
    re.MULTILINE,
)
_TAKES_A_TIME = ("accepts", "time_works")
# how every match begins
_TIME_WORKS_STARTS = (
    "at", "after", "noon", "mon", "tues", "wednes", "thurs", "fri", "satur", "sun",
    *"0123456789",
)  # fmt: skip


def _time_works(text_low: str) -> bool:
    if not text_low.isascii():  # \d is any script's digit: not to be listed
        return _TIME_WORKS.search(text_low) is not None
    return next(matches_from(_TIME_WORKS, text_low, _TIME_WORKS_STARTS), None) is not None


# The candidate telling which of the employer's slots they took: "I've booked Thursday at
# 10:30 through the link", "I have picked the 2 PM slot on Monday".
_BOOKED_A_TIME = re.compile(
    r"\bi(?:'ve|\s+have)?\s+(?:just\s+|now\s+)?(?:booked|picked|chosen|selected|reserved|taken"
    r"|grabbed|re-?booked|rescheduled)"
    # "I've rebooked for Monday, November 9 at 2:00 p.m.", "I've rescheduled it for Tuesday"
    r"\s+(?:(?:a|the|my)\s+(?:new\s+)?(?:slot|time|interview)\s+(?:on|at|for)\s+|the\s+"
    r"|(?:it\s+)?(?:for|to)\s+(?:the\s+)?)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|\d)"
)
# Its verbs: every match holds one. A pattern that begins with \b has no literal start for
# the engine to skip along to, so it is tried at every character of every message the
# candidate writes (about 5 us a message); a few `in`s on the verbs spare most of them.
_BOOKING_VERBS = LITERAL_CUES["has_booking_verb"]  # "booked", "picked", ...


def _booked_a_time(text_low: str) -> bool:
    return holds_any(text_low, _BOOKING_VERBS) and bool(_BOOKED_A_TIME.search(text_low))


# Thanks for taking the time, not for the meeting itself: "Thank you for booking your
# interview", "thanks for confirming your appointment", "thank you for selecting a time to
# speak with us" (said between the thanks and the meeting word, as `_NOT_YET` is).
_THANKS_FOR_BOOKING = re.compile(
    r"\b(?:book|booking|booked|reserv\w*|select|selecting|choos\w*|chose|pick|picking"
    r"|confirm|confirming|accept|accepting|register\w*|sign\w*\s+up)\b"
)


def _thanks_for_meeting(text_low: str) -> bool:
    return any(
        _thanks_for_a_meeting_held(text_low, m)
        for m in matches_from(_THANKS_FOR_MEETING, text_low, _THANKS_WORDS)
    )


def _thanks_for_a_meeting_held(text_low: str, m: re.Match) -> bool:
    """Whether one thanks `_THANKS_FOR_MEETING` found is for a meeting that took place."""
    between = m["between"]
    if _NOT_MET_YET.search(between):
        return False  # "thanks for reaching out - I'd be happy to chat": a talk to come
    if _NOT_YET.search(between) or _THANKS_FOR_BOOKING.search(between):
        return False
    # the rest of its sentence ("thanks for meeting me - I look forward to ..."), not
    # the next one's ("Thanks for attending yesterday. Results will be shared ...")
    after = text_low[m.end() : m.end() + 40]
    stop = _SENTENCE_ENDS.search(after)
    return not _NOT_YET.search(after[: stop.start()] if stop else after)


def says_a_time(r: Reading) -> bool:
    """`mentions_a_time(r.low)`, looked for once per message: detection, the timeline and
    its interview times all ask it of the same text."""
    if r.time_said is None:
        r.time_said = mentions_a_time(r.low)
    return r.time_said


def says_any_time(r: Reading) -> bool:
    """`says_a_time`, or a bare hour the words make a time ("tomorrow at 11", "say 2?") or a
    clock in words: what the timeline reads times from (detection counts clock times only)."""
    return says_a_time(r) or _says_an_hour(r)


def _says_an_hour(r: Reading) -> bool:
    if r.hour_said is None:
        r.hour_said = mentions_an_hour(r.low)
    return r.hour_said


def proposes_any_time(r: Reading) -> bool:
    """`proposes_a_time` with `says_any_time`'s times ("Can you come in Wednesday? Let's say
    2?", "Would Wednesday the 14th at 4 work?"): the timeline's reading of a proposal."""
    if r.proposes_any is None:
        low = r.low
        # only a message with a bare hour or a clock in words can propose more than
        # `proposes_a_time` found (most timed messages have none: one scan, no questions);
        # and only one asking for availability or asking a question: those two set tests
        # come before the hour's four scans, which most messages then never need
        asks = "availability" in r.groups and "confirmed" not in r.groups
        r.proposes_any = proposes_a_time(r) or (
            (asks or "?" in low)
            and _says_an_hour(r)
            and (asks or any(mentions_a_time(q, hours=True) for q in questions_in(low)))
        )
    return r.proposes_any


def _day_settled_for_a_job(r: Reading, subject_groups: frozenset[str]) -> bool:
    """ "See you Thursday" under a subject that is a job and no more ("Sales Analyst - moved
    to Thursday"): the day settled is the job's meeting. Under other subjects a day alone
    settles any appointment (a mentoring session, a lunch)."""
    return (
        "settled_day" in r.groups
        and "interview" not in subject_groups
        and _subject_is_a_title(r.message.subject or "")
    )


def proposes_a_time(r: Reading) -> bool:
    """The message offers a time: asks for availability and names one, or puts a time as a
    question ("would Tuesday, Nov 10 at 10:00 AM PT work for a first interview?")."""
    if r.proposes is None:
        low = r.low
        # the two set tests before the time's scan (`says_a_time`): detection asks this of
        # every employer message, and most ask for no availability and hold no "?"
        asks = "availability" in r.groups and "confirmed" not in r.groups
        r.proposes = (
            (asks or "?" in low)
            and says_a_time(r)
            and (asks or any(mentions_a_time(q) for q in questions_in(low)))
        ) or (offered_stretch(r) is not None and says_any_time(r))
    return r.proposes


# Times offered as a stretch to choose in, said as a statement ("Any time after 2pm works for
# me", "anytime between 1 and 4pm on Friday", "I'm around from 2 to 5", "My calendar is open
# Wednesday 1-5pm", "I'm flexible on Thursday after 3pm", "Any time before noon on Friday"):
# no time is set until the reader takes one in it. Its word says which way an open end goes
# ("before" noon: the day until then; "after" 3pm, "from" 9:30: the day from then on).
_OFFERS_A_STRETCH = re.compile(
    r"\b(?:any\s?time|anywhere|sometime)\s+(?P<way>after|before|between|from)\b"
    r"|\b(?:around|free|available|flexible)\s+(?:on\s+[a-z]+\s+)?(?P<way2>from|after)\s+\d"
    r"|\b(?:my|our)\s+(?:calendar|diary|schedule)\s+is\s+(?:open|free|clear)\b"
    r"|\b(?:i|we)\s+(?:have|'ve\s+got)\s+(?:some\s+)?availability\b"
    r"|\b(?P<way3>from)\s+[\d:.apm ]{1,8}\s+onwards?\b"
)


def offered_stretch(r: Reading) -> str | None:
    """How a message offers a stretch of time to choose in (`_OFFERS_A_STRETCH`): "before"
    (the day until its time), "after" (the day from its time on), or "span" (between two
    times, or a calendar's open hours); None when it offers none."""
    if "has_stretch_word" not in r.groups:  # (every match holds one of its strings)
        return None
    m = _OFFERS_A_STRETCH.search(r.low)
    if m is None:
        return None
    way = m["way"] or m["way2"] or m["way3"]
    if way == "before":
        return "before"
    return "after" if way in ("after", "from") else "span"


# --------------------------------------------------------------------------- detection


# A question put to the reader: "Could you also tell me which address to use?"
_TO_THE_READER = re.compile(
    r"\b(?:could|can|would|will|are|do|did|is there|any chance)\s+(?:you|that work)\b"
)


def _asks_the_reader(low: str) -> bool:
    return "?" in low and any(_TO_THE_READER.search(q) for q in questions_in(low))


# A subject naming someone else as the candidate: the reader is on the hiring side, being
# told of or answering about another person's interview ("Interview booked: Tom Reilly -
# Support Worker", "Rohan Das accepted the interview", "Marco Villanueva - second round",
# "feedback about Lena Fischer"). "Someone else": neither the reader nor anyone the message
# is between (a recruiter's own name, the candidate's name on mail to the candidate), and no
# word of a job title or of hiring ("Business Analyst - Panel Interview").
_NAME = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
# Each with the words every match of it holds, one of which an ASCII subject's lower case must
# have for it to be tried (most subjects that may name a candidate have none): those that can
# start anywhere are otherwise tried at every character. None: tried on every subject.
_SUBJECT_NAMES_A_CANDIDATE: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = (
    # "Interview scheduled: Omar Haddad for Product Designer", "Interview: Rohan Das - QA"
    (
        re.compile(
            r"(?i:interview|screen|panel|debrief)\w*(?:\s+(?i:booked|assigned|scheduled|confirmed))?"
            rf":\s*{_NAME}\s+(?:for\s+\S|[-–|(]\s*\S)"
        ),
        (":",),
    ),
    # "Rohan Das accepted the interview" (not "Acme Cloud - Analyst interview": a company)
    (
        re.compile(
            rf"^{_NAME}\s+(?:has\s+|have\s+)?(?:accepted|declined|confirmed|booked|cancell?ed"
            r"|canceled|rescheduled|completed|submitted)\b"
        ),
        None,
    ),
    (
        re.compile(
            rf"^{_NAME}\s*[-–|:]\s*(?i:(?:first|second|third|final|next)\s+round|debrief)\b"
        ),
        None,
    ),
    (re.compile(rf"\bfeedback\s+(?:about|for|on)\s+{_NAME}"), ("feedback",)),
    # a tool asking the reader to record how someone's interview went: "Update the interview
    # status for Jasmine Carter", "Record the outcome for Daniel Osei - Barista"
    (
        re.compile(rf"\b(?i:status|outcome|attendance|result|results)\s+(?:for|of|on)\s+{_NAME}"),
        ("status", "outcome", "attendance", "result"),
    ),
    # the reader asked to interview someone: "You're invited to interview Chris Dunne for
    # Studio Manager", "Would you interview Marcus Bell for the Line Cook job?" (the verb in
    # lower case, as a sentence has it: "Interview Preparation Guide for ..." is a title)
    (re.compile(rf"(?:to|you|be)\s+interview(?:ing)?\s+{_NAME}\s+for\s+\S"), None),
)
_SUBJECT_PREFIXES = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|wg|sv|tr|accepted|declined|tentative|cancell?ed|canceled"
    r"|updated invitation|invitation|reminder)\s*:\s*)+",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = frozenset(
    """thank thanks you your our the next steps step update follow up new round request
    invitation invite confirmation confirmed reminder schedule scheduled scheduling availability
    meeting call chat offer team hiring job opportunity position role application welcome
    interview interviews phone video final first second third onsite panel technical screen
    screening assessment candidate candidates feedback monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december today tomorrow action required important urgent good great quick
    virtual remote office visit day foods food analytics security labs lab group systems
    solutions health bank capital partners technologies tech media studio studios robotics
    logistics energy consulting software games inc corp ltd llc company services digital
    network networks ventures holdings industries pharma care kitchen market markets""".split()
)


# What one of `_SUBJECT_NAMES_A_CANDIDATE` needs: a head before a colon, or one of the words
# (one search: most subjects have neither).
_NAME_CUE = re.compile(
    r"(?:interview|screen|panel|debrief)[^:]*:|accepted|declined|confirmed|booked|cancel"
    r"|rescheduled|completed|submitted|round|feedback|to interview|you interview|be interview"
    r"|status|outcome|attendance|result",
    re.IGNORECASE,
)


_NAME_CUE_WORDS = (
    "accepted", "declined", "confirmed", "booked", "cancel", "rescheduled", "completed",
    "submitted", "round", "feedback", "to interview", "you interview", "be interview",
    "status", "outcome", "attendance", "result",
)  # fmt: skip
_NAME_CUE_HEADS = ("interview", "screen", "panel", "debrief")  # before a colon
# Every word and head, found in one walk; a value says whether it is a head.
_NAME_CUE_FINDER = literal_finder(
    {word: False for word in _NAME_CUE_WORDS} | {head: True for head in _NAME_CUE_HEADS}
)


def _may_name_a_candidate(subject: str) -> bool:
    """`_NAME_CUE.search(subject)`, asked of an ASCII subject with a few `in`s on its lower
    case (the case-blind alternation is tried at every character: 3-9 us a subject). Beyond
    ASCII the pattern answers: its case folding is not `str.lower`'s ("K", the Kelvin sign)."""
    if not subject.isascii():
        return _NAME_CUE.search(subject) is not None
    low = subject.lower()
    colon = low.rfind(":")  # a head counts with a colon anywhere after it
    for end, head in _NAME_CUE_FINDER(low):  # (a loop: no generator to start and stop)
        if not head or end < colon:
            return True
    return False


@lru_cache(maxsize=8192)
def _candidate_names_in(subject: str) -> tuple[tuple[str, ...], ...]:
    """The person-shaped names a subject gives as a candidate's, lower-cased, as words."""
    if not _may_name_a_candidate(subject):
        return ()  # no pattern can match (most subjects): skip the regular expressions

    stripped = _SUBJECT_PREFIXES.sub("", subject.strip())
    low = stripped.lower() if stripped.isascii() else None  # (?i:) folds beyond ASCII otherwise
    names = []
    for pattern, words in _SUBJECT_NAMES_A_CANDIDATE:
        if words and low is not None and not holds_any(low, words):
            continue
        for m in pattern.finditer(stripped):
            words = tuple(re.split(r"[\s-]+", m.group(1).lower()))
            if not any(w in _NOT_NAME_WORDS or w in company.ROLE_WORDS for w in words):
                names.append(words)
    return tuple(names)


_YOUR_INTERVIEW = re.compile(r"\byour\s+(?:\w+\s+)?interview\b")


def names_someone_else(message: Message) -> bool:
    """The subject names a candidate who is none of the message's correspondents."""
    names = _candidate_names_in(message.subject or "")
    if not names:
        return False
    body = (message.text or "")[:READ_CHARS].lower()
    if _YOUR_INTERVIEW.search(body) and not any(
        all(word in body for word in words) for words in names
    ):
        # "Interview confirmed: Dog Groomer - Maple Pets" / "Your interview is confirmed for
        # ...": the words in the name's place are the role; a notice about a candidate names
        # them in its text too ("Tom Reilly has confirmed your interview with him").
        return False
    known: set[str] = set()
    domains: list[str] = []
    for person in (message.sender, *message.to, *message.cc, *message.reply_to):
        known.update(re.findall(r"[a-z]+", (person.name or "").lower()))
        local, _, domain = person.email.lower().partition("@")
        known.update(re.findall(r"[a-z]+", local))
        domains.append(domain.replace("-", ""))
    # a word of the name in a correspondent's domain is a company's ("Greyhawk Security")
    return any(
        not set(words) <= known and not any(len(w) > 3 and w in d for w in words for d in domains)
        for words in names
    )


# Phrase groups that fire a signal by themselves: wherever they are, from the employer's
# side only, from the candidate only, or in a subject.
_ANY_BODY = {
    "not_a_job": "not_a_job",
    "media_either": "media_interview",
    "interview": "interview_wording_text",
    "hiring": "hiring_context",
    "marketing": "marketing",
}
_EMPLOYER_BODY = {
    "happened": "interview_happened",  # "thanks for meeting with us"
    "decision_context": "decision_timeline",
    "application": "application_confirmation",
    "scheduling_link": "scheduling_link",
    "availability": "availability_request",
    "recruiter_outreach": "recruiter_outreach",
    "interviewer_duty": "interviewer_duty",
    "addressed": "addressed_to_the_candidate",
}
_CANDIDATE_BODY = {
    "thank_you": "candidate_thank_you",
    "follow_up": "candidate_follow_up",
    "candidate_decides": "candidate_decides",
    "candidate_references": "candidate_references",
    "own_process": "candidate_own_process",
    "own_application": "candidate_own_process",
    "after_decision": "candidate_after_decision",
}
_SUBJECT = {
    "interview": "interview_wording_subject",
    "hiring": "hiring_context",
    "hiring_yours": "hiring_context",
    "recruiting_event": "hiring_context",
    "marketing": "marketing",
    "interviewer_duty": "interviewer_duty",
    "media": "media_interview",
    "offer": "offer_wording",
    "rejection": "rejection_wording",
    "not_a_job": "not_a_job",
    "research": "research_interview",
}
_ANY_BODY_KEYS = frozenset(_ANY_BODY)
_EMPLOYER_BODY_KEYS = frozenset(_EMPLOYER_BODY)
_CANDIDATE_BODY_KEYS = frozenset(_CANDIDATE_BODY)
_SUBJECT_KEYS = frozenset(_SUBJECT)
_PROCESS_WORDING = frozenset({"application", "rejection", "offer"})


# The reader's thanks for a meeting looking ahead to being taken on: to the employer's
# decision or next step about them, or to a place in the team ("I'd love to be part of it",
# "I'm ready to become the newest physical therapist on your team", "please let me know if I
# can provide more information that would aid your decision", "I'd love to take the next step
# if you think there's a fit"). A networking coffee's or an admissions interview's thanks
# looks back on advice or a school; a seller's looks to a deal, not to a place in a team.
_HOPES_TO_JOIN = re.compile(
    r"\b(?:be|become|being)\s+(?:a\s+)?part\s+of\s+(?:it|this|your\s+team|the\s+team)\b"
    r"|(?<!\byou\s)(?<!\byou\sto\s)\bjoin(?:ing)?\s+(?:your\s+(?:\w+\s+)?team|the\s+team)\b"
    r"|\b(?:be|become|being|work|working)\b[^.!?\n]{0,40}\bon\s+your\s+team\b"
    r"|\b(?:aid|help|inform|assist)\s+(?:with\s+|in\s+)?your\s+decision\b"
    r"|\b(?:love|like|glad|happy|keen|eager|excited|ready)\s+to\s+take\s+the\s+next\s+step\b"
    # waiting to hear of the next step, not arranging it: a seller looks forward to "next
    # steps" of a deal too
    r"|\bforward\s+to\s+hearing\s+(?:about|of)\s+(?:the\s+)?next\s+steps?\b"
)
# where every match of `_HOPES_TO_JOIN` begins (it is tried there only)
_HOPES_TO_JOIN_STARTS = ("be", "join", "work", "aid", "help", "inform", "assist", "love",
                         "like", "glad", "happy", "keen", "eager", "excited", "ready",
                         "forward")  # fmt: skip
# ... said in the writer's own voice, as a candidate hopes ("I'd love to be part of it"), not
# an employer's ("we'd love you to join the team"): an "I" or "me" at most 60 characters
# before it, in the same sentence
_I_OR_ME = re.compile(r"\b(?:i|me)\b")
_SENTENCE_STOPS = (".", "!", "?", "\n")


def _hopes_to_join(text_low: str) -> bool:
    for m in matches_from(_HOPES_TO_JOIN, text_low, _HOPES_TO_JOIN_STARTS, overlapping=True):
        at = m.start()
        since = max(at - 60, *(text_low.rfind(stop, 0, at) + 1 for stop in _SENTENCE_STOPS))
        for said in _I_OR_ME.finditer(text_low, max(0, since - 2), at):
            if since <= said.end() < at:
                return True
    return False


def _ends_with_a_title(subject: str) -> bool:
    """ "Interview Reschedule Request - Daniel Kim - UX Designer": the part after the last
    dash is a job title."""
    head, dash, tail = subject.rpartition(" - ")
    return bool(dash and head.strip() and _subject_is_a_title(tail))


def _subject_names_its_reader(message: Message) -> bool:
    """The subject names, in full, the one person the message is written to, and not its
    writer: the interview it names is the reader's ("Re: Interview Reschedule Request -
    Daniel Kim - UX Designer", from the employer to Daniel Kim, the subject he wrote). An
    interviewer is written to of someone else's interview; a candidate writing to the
    interviewer is the writer the subject names."""
    if len(message.to) != 1 or not message.subject:
        return False
    name = " ".join(message.to[0].name.split()).lower()
    if name.count(" ") < 1:
        return False  # a full name, not "Dana" or an address
    subject = " ".join(message.subject.split()).lower()
    if name not in subject:
        return False
    writer = " ".join(message.sender.name.split()).lower()
    return not (writer and writer in subject)


def _reader_takes_a_time(readings: Sequence[Reading]) -> bool:
    """Whether the reader, answering someone who wrote in the thread, takes a time ("Thursday
    4pm works, talk then!", "Mon 13/04 at 16:00 hrs works for me"): the reader's own meeting,
    arranged with whoever wrote first."""
    someone_wrote = False
    for r in readings:
        if r.automated:
            continue
        if not r.mine:
            someone_wrote = True
        elif (
            someone_wrote and "accepts" in r.groups and ("time_works" in r.groups or says_a_time(r))
        ):
            return True
    return False


def detect_readings(readings: Sequence[Reading], *, with_model: bool = True) -> Detection:
    """`detect_interview` on a thread already read by `read_thread`.

    `with_model`: the message model's two says (message_model.py): where the rules fall
    short of the threshold on a thread that names a process, it may read one of its messages
    as hiring mail (`_a_message_sure_of_a_process`); where they read one on little evidence,
    it may doubt every message of it (`_every_message_doubted`). False is the rules alone,
    which the model corrects.
    """
    fired: dict[str, str] = {}  # name -> detail ("" when none), first firing kept
    fire = fired.setdefault
    meeting_seen = False
    candidate_wrote = False
    # An interview the thread says is not for a job (a visa interview, an informational one):
    # its other messages' "interview" is the same one ("Fwd: Interview appointment letter").
    other_interview = False
    own_organisation = False
    for r in readings:
        if r.mine and not r.automated:
            candidate_wrote = True
        if r.other_interview:
            other_interview = True
        if r.own_organisation:
            own_organisation = True
    internal_move = own_organisation and any(_INTERNAL_MOVE.search(r.low) for r in readings)

    for r in readings:
        if r.automated:
            continue
        message = r.message
        groups = r.groups
        if other_interview:
            groups = groups - _INTERVIEW_GROUP
        for group in groups & _ANY_BODY_KEYS:
            fire(_ANY_BODY[group], "")
        if "hiring_yours" in groups and not r.mine:
            fire("hiring_context", "")
        subject_groups = r.subject_groups
        if other_interview:
            subject_groups = subject_groups - _INTERVIEW_GROUP
        if subject_groups:
            for group in subject_groups & _SUBJECT_KEYS:
                fire(_SUBJECT[group], "")
            if not r.mine and "application" in subject_groups:
                fire("application_confirmation", "")
        if "offer_wording" not in fired and "offer" in r.subject_key and _offer_subject(r):
            fire("offer_wording", "")  # "Re: Offer - Yard Coordinator": its answers are the offer's
        if "meeting" in groups:
            meeting_seen = True
        if (
            message.subject
            and names_someone_else(message)
            # a scheduling tool's "New Event: Jordan Lee - Recruiter screen" names the booker
            # to whoever holds the calendar, which may be either side
            and senders.domain_kind(message.sender.email).kind != "scheduling"
        ):
            fire("interviewer_duty", "")  # "Interview booked: Tom Reilly - Support Worker"
        if (
            "hiring_context" not in fired
            and not message.is_bulk
            and message.subject
            and _subject_is_a_job(message.subject)
            and not _subject_names_candidates(message.subject)
        ):  # "Senior Data Engineer at Orchard Health": the subject is a job
            fire("hiring_context", "")
        if (
            "job_subject_reply" not in fired
            and not message.is_bulk
            and message.subject
            and (
                # the candidate's own note under the job's title ("Checking in - Brand
                # Designer") or anyone's answer there (not a forward: its words are others')
                (r.mine and not has_reply_prefix(message.subject))
                or (
                    message.subject.lstrip()[:3].lower() in _ANSWER_HEADS
                    and _REPLY_PREFIX.match(message.subject) is not None
                )
            )
            # a job title, or a job's words ("Re: Front desk role at Harbor Dental"), or a job
            # named with its noun ("Re: Quick chat about the Data Analyst role")
            and (
                (
                    _subject_names_a_role_noun(message.subject)
                    and (
                        "hiring" in subject_groups
                        or ("not_a_job" not in subject_groups and _names_a_role(message.subject))
                    )
                )
                or _subject_is_a_title(message.subject)
                # "Re: Dispatcher application": a job's title before its application
                or (
                    "application" in r.subject_key
                    and "not_a_job" not in subject_groups
                    and _names_a_role(message.subject)
                )
                # "Re: Take-home assignment - Junior Developer": a step of the process, then
                # the job's title, last after a dash
                or ("interview" in subject_groups and _ends_with_a_title(message.subject))
            )
            and not _subject_names_candidates(message.subject)
        ):  # "Re: Account Coordinator - next steps", "Re: Checking in - Brand Designer": a
            # person answering in the job's own conversation, however short the answer (not
            # "Re: Dental Nurse - 3 shortlisted CVs": the job's candidates, the hirer's mail)
            fire("job_subject_reply", "")
        if (
            r.own_organisation
            and not internal_move
            and "offer" not in groups  # an offer from the owner's own employer: a move
            and (
                (groups | subject_groups) & _BOOKS_AN_INTERVIEW
                or _subject_is_a_job(message.subject or "")
            )
        ):  # the owner's own employer's interview, not an internal move: theirs to run
            fire("owner_hiring_side", "")
        if r.private_exchange and (
            (groups | subject_groups) & _BOOKS_AN_INTERVIEW
            or _subject_is_a_job(message.subject or "")
            # a private person accepting, declining or withdrawing to the owner's work
            # address ("I'm thrilled to accept the offer!"): the offer is the owner's to make
            or (not r.mine and "candidate_decides" in groups)
        ):  # the owner at work and a private person: a candidate of theirs
            fire("owner_hiring_side", "")
        if "%" in r.low and "% off" in r.low:  # (one character is looked for at memchr speed)
            fire("marketing", "")
        for event in message.events:
            invite_text = f"{event.summary}\n{event.description}"
            invite_groups = _INVITE_BOOK.find(invite_text)
            if "interview" in invite_groups and not (
                # "Exit interview - Sam Rivera": the interview the mail says is no job's
                other_interview or _not_a_job_interview(invite_text.lower())
            ):
                fire("calendar_invite_interview", "")
            if "meeting" in invite_groups:
                meeting_seen = True

        if r.mine:
            for group in groups & _CANDIDATE_BODY_KEYS:
                fire(_CANDIDATE_BODY[group], "")
            if "thank_you" in groups and _hopes_to_join(r.low):
                fire("candidate_hopes_to_join", "")  # a thank-you that looks to the job
            if subject_groups & _PROCESS_SUBJECT or (
                message.subject
                and r.low.startswith(_REPLY_STARTS)
                and (
                    # a one-line answer under "Senior Data Engineer at Orchard Health" (not
                    # under "Referral - Senior Buyer": someone else put forward for it)
                    (
                        _subject_is_a_job(message.subject)
                        and not _subject_names_candidates(message.subject)
                    )
                    # or under "Let's talk about your application!": the owner answering
                    # someone who wrote to them of their application
                    or (
                        "hiring_yours" in subject_groups
                        and "your application" in message.subject.lower()
                    )
                    # or under "Re: Line cook position": a job's words in the subject, or
                    # in the answer ("works for the call with your recruiter")
                    or "hiring" in subject_groups
                    or "hiring" in groups
                    # or of their own process ("I'm not actively looking, but ...")
                    or "own_process" in groups
                    # or sent to a job board's relay ("reply-7731@messages.reed.co.uk"):
                    # an employer's message answered through the board
                    or _to_a_board_relay(message)
                )
            ):  # answering in a hiring process's thread
                fire("candidate_reply", "")
                if (
                    "accepts" in groups
                    and r.low.startswith(_REPLY_STARTS)
                    and (
                        "time_works" in groups
                        or says_a_time(r)
                        # "I'll be there Wednesday at 3": a day's hour, said without am/pm
                        or _DAY_AT_AN_HOUR.search(r.low) is not None
                    )
                ):
                    fire("candidate_takes_time", "")
            if "forwards_thanks_received" in groups:
                fire("owner_hiring_side", "")  # a candidate's thanks to the owner, passed on
            elif (
                "employer_voice" in groups
                and not _FORWARDED.match(message.subject or "")
                # the owner answering an offer in its own words ("I am writing in reference
                # to the job offer for the position of ... I am happy to accept"): a
                # candidate's voice, however the offer is named
                and not {"candidate_voice", "candidate_decides"} <= groups
            ):
                fire("owner_hiring_side", "")
            elif "interview" in groups and _asks_to_interview(r.low):
                fire("owner_hiring_side", "")  # "would you be available for a short interview"
            elif "interview" in groups and _invites_the_reader(r.low):
                # "I am pleased to invite you to campus for an interview": a candidate is the
                # one invited, never the one inviting (a search chair's, a panel's own mail)
                fire("owner_hiring_side", "")
            elif _signed_as_recruiter(r.low, message.sender.email):
                fire("owner_hiring_side", "")  # "Priya Shah / Talent Acquisition, Northwind"
            elif _owner_casts_a_candidate(r):
                fire("owner_hiring_side", "")  # "saw your application", "forward his CV"
            elif groups & _A_DECISION and _owner_sends_a_decision(r):
                fire("owner_hiring_side", "")  # the owner's own letter of refusal or offer
            continue

        kind = senders.domain_kind(message.sender.email)
        if kind.kind not in _TOOL_KINDS:
            for address in message.reply_to:  # recruiter mail relayed through an ATS
                reply_kind = senders.domain_kind(address.email)
                if reply_kind.kind in _TOOL_KINDS:
                    kind = reply_kind
                    break
        tool = (
            kind.kind in _TOOL_KINDS
            and (
                kind.matched not in senders.GENERAL_BOOKING_DOMAINS
                or bool((groups | subject_groups) & _BOOKS_AN_INTERVIEW)
            )
            or (
                kind.kind == "job_board" and _board_acts_for_an_employer(r, groups | subject_groups)
            )
        )
        bulk = (
            not tool
            and "calendar_notice" not in groups
            and (message.is_bulk or ("bulk_wording" in groups and not candidate_wrote))
        )
        if not bulk:  # a newsletter's "after the interview" is advice, not an employer's word
            for group in groups & _EMPLOYER_BODY_KEYS:
                fire(_EMPLOYER_BODY[group], "")
            if "happened" in subject_groups:  # "Thanks for coming in"
                fire("interview_happened", "")
            if "addressed" in subject_groups:  # "You confirmed your interview with ..."
                fire("addressed_to_the_candidate", "")
            if (
                "interview" in subject_groups
                and "addressed_to_the_candidate" not in fired
                and _asks_the_reader(r.low)
            ):  # a short note in an interview thread asking "could you ...?" of the reader
                fire("addressed_to_the_candidate", "")
            if (
                "interview" in subject_groups
                and "addressed_to_the_candidate" not in fired
                and _subject_names_its_reader(message)
            ):  # "Re: Interview Reschedule Request - Daniel Kim - UX Designer", to Daniel Kim
                fire("addressed_to_the_candidate", "")
            if (
                "interview" in groups
                and "addressed_to_the_candidate" not in fired
                and _invites_the_reader(r.low)
            ):  # "we'd like to invite you to a second interview": the reader is the candidate
                fire("addressed_to_the_candidate", "")
                fire("hiring_context", "")
            if "time_proposal" not in fired and proposes_a_time(r):
                fire("time_proposal", "")
            elif (
                "confirmed" in groups
                and "time_confirmed" not in fired
                and (says_a_time(r) or _day_settled_for_a_job(r, subject_groups))
            ):
                fire("time_confirmed", "")
                if "addressed_to_the_candidate" not in fired and _signed_as_recruiter(
                    r.low, message.sender.email
                ):  # "I'll phone you Friday at 9:30 / Lena Brooks, Recruitment Consultant"
                    fire("addressed_to_the_candidate", "")
            if (
                "addressed_to_the_candidate" not in fired
                and message.subject
                and "interview" not in subject_groups  # a subject that is a job, and no more
                and _subject_is_a_title(message.subject)
                and (
                    proposes_a_time(r)
                    or ("confirmed" in groups and (says_a_time(r) or "settled_day" in groups))
                )
            ):  # a time offered or fixed under "Senior Data Engineer at Orchard Health"
                fire("addressed_to_the_candidate", "")
        if _from_a_non_job_office(message.sender.name, message.sender.email) and not (
            _employs_its_fellows(readings)
        ):
            fire("not_a_job", "")  # "MBA Admissions", volunteers@: their interviews are no job's
        if "rejection" in groups:
            fire("rejection_wording", "")
        elif "offer" in groups:
            fire("offer_wording", "")  # "we will not be extending an offer" is a rejection

        if tool:
            fire("ats_sender", kind.matched)
            if kind.kind == "scheduling" and message.sender.email.endswith(kind.matched):
                fire("scheduling_link", "")
            continue

        if bulk:
            fire("bulk_newsletter", "")
        if not groups & _PROCESS_WORDING:
            board = kind.kind == "job_board"
            if "job_alert" in groups or (
                board
                and (message.is_bulk or senders.is_no_reply(message.sender.email))
                and not _board_arranges_an_interview(r)
            ):
                fire("job_alert", kind.matched if board else "")
        if (
            not bulk
            and "recruiter_outreach" not in fired
            and "?" in r.low
            and not r.low.startswith(_REPLY_STARTS)  # outreach opens a conversation
            and groups.isdisjoint(_SAYS_INTERVIEW)  # one that never says it
            and subject_groups.isdisjoint(_SAYS_INTERVIEW)
            and asks_for_a_call(r)
        ):  # "We need a Staff Backend Engineer. Open to a 15-minute call this week?"
            fire("recruiter_outreach", "")
            fire("hiring_context", "")  # the job it names
        if "candidate_voice" in groups and not bulk:
            fire("owner_hiring_side", "")  # a candidate writing to the user about their own
            # application: the user is the one hiring
        elif not bulk and "cue_search_for_yours" in groups and _SEARCH_FOR_YOUR_ROLE.search(r.low):
            fire("owner_hiring_side", "")  # a search firm to its client: "the search for your
            # VP Finance" - the reader is the one hiring
        if "media" in groups:
            fire("media_interview", "")
        if "research" in groups:
            fire("research_interview", "")

    if _PROCESS_EVIDENCE.intersection(fired):
        for name in _VETOES_BUT_JOB_ALERT:  # job alerts are already kept out above
            if name != "interviewer_duty" or _CANDIDATE_EVIDENCE.intersection(fired):
                fired.pop(name, None)
    if meeting_seen and not _MEETING_IS_HIRING.intersection(fired):
        fired["generic_meeting"] = ""

    score = sum(map(_THOUSANDTHS.__getitem__, fired)) / 1000  # 0.4 + 0.1 is 0.5, not 0.4999...
    if (
        score < THRESHOLD
        and "hiring_context" in fired
        and "candidate_takes_time" not in fired
        and _reader_takes_a_time(readings)
    ):  # a job named, and the reader taking a time someone offered in the thread: the meeting
        # is the job's, however the subject is worded (above, the reply's own reading needs a
        # process word in its subject: "Re: coffee?", "Re: New message from Dana Lowe" have
        # none); looked for only where it decides
        fired["candidate_takes_time"] = ""
        score += _THOUSANDTHS["candidate_takes_time"] / 1000
    if (
        _BORDERLINE <= score < THRESHOLD
        and "hiring_context" not in fired
        and any(
            _names_a_role(r.message.subject or "") or _names_a_role_in_text(r)
            for r in readings
            if not r.automated
        )
    ):  # a subject naming a job ("Next step: skills assessment for Operations Analyst"),
        # looked for only where it decides: finding a job title costs more than the rest
        fired["hiring_context"] = ""
        score += _THOUSANDTHS["hiring_context"] / 1000
    if (
        with_model
        and score < THRESHOLD
        and _NAMES_A_PROCESS.intersection(fired)  # else the check below undoes it anyway
        and not HARD_NEGATIVES.intersection(fired)
        and _a_message_sure_of_a_process(
            readings, _one_message_alone(readings, fired, False, min(1.0, max(0.0, score)))
        )
    ):  # the rules saw a process named but too little of it: the wording they have no
        # phrase for ("the team is still deciding on the position") may still say it is one.
        # (The checks below change nothing of a verdict under the threshold: what the rules
        # alone say of a one-message thread is what they have found so far.)
        fired["second_reading"] = ""
        score = max(score, THRESHOLD)
    if (
        score >= THRESHOLD
        and "not_a_job" not in fired
        and (
            _for_another_thing(readings)
            or _submits_a_titled_work(readings)
            or _the_readers_own_party(readings)
        )
    ):  # "your application for a new electricity connection", 'submitting "Low Tide"', "All
        # adult family members must be present at the interview"
        fired["not_a_job"] = ""
    if score >= THRESHOLD and _between_private_people(readings):
        fired["between_private_people"] = ""  # a friend's, a relative's, an applicant's letters
    confidence = min(1.0, max(0.0, score))
    interview = score >= THRESHOLD
    if interview and not _NAMES_A_PROCESS.intersection(fired):
        # Thanks for a meeting, a time proposed and taken: every meeting has those. A hiring
        # process names itself somewhere (an interview, a role, an application, a recruiter).
        interview, confidence = False, min(confidence, THRESHOLD - 0.05)
    if interview and HARD_NEGATIVES.intersection(fired):
        interview, confidence = False, min(confidence, _VETOED_CONFIDENCE)
    if (
        interview
        and with_model
        and score < _DOUBTED_BELOW
        and "second_reading" not in fired
        and _every_message_doubted(readings, _one_message_alone(readings, fired, True, confidence))
    ):  # the rules' "yes" on a few hiring words in everyday mail (an office's meetings and
        # deals): the model, fitted on ordinary mail beside hiring mail, reads none of its
        # messages as hiring mail
        fired["model_doubts"] = ""
        interview, confidence = False, min(confidence, THRESHOLD - 0.05)
    return Detection(interview=interview, confidence=confidence, signals=_signals(fired))


def _signals(fired: dict[str, str]) -> tuple[str, ...]:
    """In the order of WEIGHTS, the same on every run: firing follows the messages and the
    iteration of sets, which Python's per-process string hashing reorders."""
    return tuple(
        [f"{name}:{fired[name]}" if fired[name] else name for name in sorted(fired, key=_RANK.get)]
    )


# The model is asked to doubt the rules' "yes" only below this score: above it the rules
# found more than one kind of evidence (an ATS and an interview said, a time and its
# confirmation), and asking every such thread costs 13 % of a pass for few answers changed
# (none on dev's holdbacks, one of ordinary mail's test split: docs/benchmarks.md,
# "Eighteenth session")
_DOUBTED_BELOW = 1.0


def _one_message_alone(
    readings: Sequence[Reading], fired: dict[str, str], interview: bool, confidence: float
) -> Detection | None:
    """What the rules alone made of a one-message thread, from what `detect_readings` found
    of it (so the model's say does not read the message a second time); None for a longer
    thread, whose messages are each read alone."""
    if len(readings) != 1:
        return None
    return Detection(interview=interview, confidence=confidence, signals=_signals(fired))


def _read_by_the_model(
    readings: Sequence[Reading], alone: Detection | None = None
) -> Iterator[tuple[Detection, float]]:
    """Each message of a thread read alone, as the message model was fitted on them
    (message_model.py): what the rules make of it alone (`alone`, when the thread is the
    one message and the rules have read it already), and the model's odds that it is
    hiring mail. A whole thread's features sum more word weights than any example it
    learnt from. Lazily, so whoever asks stops at the first message that answers."""
    from afterview.message_model import features, shipped_model  # it reads our signals

    model = shipped_model()
    for r in readings:
        if not r.automated:
            rules = alone or detect_readings((r,), with_model=False)
            yield rules, model.probability(features((r,), rules))


def _a_message_sure_of_a_process(
    readings: Sequence[Reading], alone: Detection | None = None
) -> bool:
    """A thread the rules fell short on: one message the model reads as hiring mail at
    odds of 2 to 1 or better, where the rules said no of it alone and nothing vetoes it."""
    from afterview.message_model import SURE

    return any(
        p >= SURE and not rules.interview and not HARD_NEGATIVES.intersection(signal_names(rules))
        for rules, p in _read_by_the_model(readings, alone)
    )


def _every_message_doubted(readings: Sequence[Reading], alone: Detection | None = None) -> bool:
    """A thread the rules read as one: the model gives none of its messages odds better
    than 1 to 9 of being hiring mail (and there was a message to read)."""
    from afterview.message_model import DOUBT

    read = False
    for _rules, p in _read_by_the_model(readings, alone):
        if p >= DOUBT:
            return False
        read = True
    return read


def _a_private_address(email: str) -> bool:
    """A person's own mailbox: a mailbox provider's (gmail.com) or a placeholder's
    (example.com); not a school's, which hires as an employer does."""
    domain = email.rpartition("@")[2]
    return _placeholder(domain) or senders.domain_kind(domain).kind == "personal"


def _between_private_people(readings: Sequence[Reading]) -> bool:
    """Every letter of the thread passes between the owner and private people: the owner's
    own sent only to people's own mailboxes, everyone else's sent from one. Employers write
    from their organisation's domain or through their tools, and a job seeker writes to
    them there; letters among private people alone are a friend's, a relative's, a
    neighbour's, or someone applying to the owner (a nanny, an adopter). Unless a letter says
    a job's own words (`_A_JOBS_OWN_WORDS`), or one of the private people writes as an
    employer to the reader, as a household, a small firm's owner or a recruiter on their own
    mailbox does: holding the interview at their own home, inviting the reader to interview,
    signing with a title and an organisation ("Head of Operations | Halden Foods")."""
    seen = False
    for r in readings:
        if r.automated:
            continue
        message = r.message
        if (
            "cue_home" in r.groups
            and (r.groups | r.subject_groups) & _BOOKS_AN_INTERVIEW
            and _owner_hosts_at_home(r.low, not r.mine)
        ):  # "come for an interview at our home", "at your house works": the other side is
            return False  # the household hiring, the owner its candidate
        if r.mine:
            me = canonical_address(message.sender.email)
            people = [
                a.email for a in (*message.to, *message.cc) if canonical_address(a.email) != me
            ]
            if (
                not people
                or not all(map(_a_private_address, people))
                or r.groups & _A_JOBS_OWN_WORDS
            ):
                return False
        elif not _a_private_address(message.sender.email) or (
            r.groups & _A_JOBS_OWN_WORDS
            or ("interview" in r.groups and _invites_the_reader(r.low))
            or company.signs_for_an_organisation(message)
        ):
            return False
        seen = True
    return seen


# A job's own words in a letter, the employer's or the candidate's: a job named ("the
# office administrator job"), an offer, a refusal, a recruiter's approach, the employer's
# "thanks for applying" or "we enjoyed meeting you", the candidate's thank-you, follow-up,
# decision, references or "my application". Between private people these keep the job.
_A_JOBS_OWN_WORDS = frozenset(
    {"offer", "rejection", "recruiter_outreach", "employer_voice", "hiring", "happened",
     "thank_you", "own_process", "candidate_voice", "follow_up", "candidate_decides",
     "candidate_references"}
)  # fmt: skip


_TOOL_KINDS = frozenset({"ats", "scheduling", "assessment"})

# "internal" said of the owner's move within their employer ("your internal application",
# "the internal posting you applied to"), not of internal candidates or postings in the
# plural: an all-staff list of open roles ("Internal job postings this week", "internal
# candidates are encouraged to apply") is the employer hiring.
_INTERNAL_MOVE = re.compile(
    r"\binternal(?!\s+(?:job\s+)?(?:candidates|applicants|postings|openings|opportunities"
    r"|roles|vacancies|jobs)\b)"
)

# The owner's own signature giving a recruiting job at their own organisation ("Senior
# Recruiter | Northwind" from an address at northwind): they run the hiring. Read on the
# last lines only, each a short line starting with the title (a greeting "Dear Recruitment
# Team," starts otherwise). A recruiter looking for a job writes from a personal address, or
# signs with another organisation's name than the one they write from: still a candidate.
_RECRUITER_TITLE = re.compile(
    r"(?:senior |lead |principal |technical |corporate |global |executive )?"
    r"(?:recruiter|talent acquisition|talent partner|recruitment (?:coordinator|manager|partner"
    r"|consultant|specialist|officer|advisor|lead)|recruiting (?:coordinator|manager|lead"
    r"|partner|specialist)|hr business partner)\b"
)
_SIGNATURE_LINES = 3
_SIGNATURE_LINE_CHARS = 60


def _signed_as_recruiter(low: str, sender: str) -> bool:
    tail = low[-240:]
    if "recruit" not in tail and "talent" not in tail and "partner" not in tail:
        return False  # most messages: no such word near the end
    domains = _organisation_domains(frozenset({sender.lower()}))
    if not domains:
        return False  # a personal or placeholder address: no organisation of theirs
    label = domains[0].partition(".")[0].replace("-", "")
    lines = [line.strip() for line in tail.splitlines() if line.strip()][-_SIGNATURE_LINES:]
    return any(
        len(line) <= _SIGNATURE_LINE_CHARS
        and _RECRUITER_TITLE.match(line)
        and label in re.sub(r"[^a-z0-9]", "", line)
        for line in lines
    )


# An offer named by the subject: "Offer - Yard Coordinator", "Job offer: Site Lead", "Your
# offer from Quayside". A shop's "Special offer: 30% off" is marketing or bulk, and after a
# dash or colon a job's title must follow (a marketplace's "Offer - garden bench" has none).
# A subject that is an offer and nothing more: with a plain offer under it, the offer's.
_AN_OFFER_SUBJECT = frozenset(
    {"job offer", "offer of employment", "employment offer", "your offer", "offer letter",
     "your job offer", "your offer letter", "offer"}
)  # fmt: skip
_OFFER_SUBJECT = re.compile(
    r"(?:your\s+|job\s+|employment\s+)?offer(?:\s+letter)?\s*"
    r"(?:(?P<source>from\s+\S)|(?:[-\u2013\u2014:|]|for\b)\s*(?P<rest>.+))"
)


def _offer_subject(r: Reading) -> bool:
    if r.message.is_bulk or "marketing" in r.groups or "marketing" in r.subject_groups:
        return False
    if "not_your_offer" in r.subject_groups:
        return False  # "Offer for Jonah Wells - your approval needed": the approver's
    if r.subject_key in _AN_OFFER_SUBJECT:
        # "Job offer" over "we'd love for you to join us as our new office manager"
        return "offer_plain" in r.groups and not r.mine

    m = _OFFER_SUBJECT.match(r.subject_key)
    if m is None:
        # the work or the post named before the word: "Co-op offer - Manufacturing
        # Engineering", "Summer 2026 Marketing Internship offer"
        m = _WORK_THEN_OFFER.match(r.subject_key)
        if m is None:
            return False
        if m["kind"]:
            return True
        words = set(re.findall(r"[a-z]+", m["post"]))
        return bool(words & company.ROLE_WORDS or words & _KINDS_OF_WORK)
    if m["source"]:
        return True
    return any(word in company.ROLE_WORDS for word in re.findall(r"[a-z]+", m["rest"]))


# An offer named by the kind of work it is for, or after the post it is for: "Full-time offer -
# Data Analyst, Halvorsen Analytics", "Co-op offer - Spring 2027", "Summer 2026 Marketing
# Internship offer", "Graduate Accountant - offer". Not "Special offer - 20% off" nor "Black
# Friday offer": the words before name no work and no post (and marketing mail is read out
# before this).
_WORK_THEN_OFFER = re.compile(
    r"(?:your\s+)?(?P<kind>(?:full|part)[\s-]?time|internship|co-?op)\s+offer\b"
    r"|(?P<post>.+?)\s*[-\u2013\u2014:|]?\s*offer(?:\s+letter)?\s*$"
)
_KINDS_OF_WORK = frozenset({"internship", "traineeship", "apprenticeship"})


_NON_JOB_OFFICES = ("admission", "volunteer", "scholarship", "fellowship")


@lru_cache(maxsize=8192)  # per sender: a mailbox repeats its senders
def _from_a_non_job_office(name: str, email: str) -> bool:
    """Sent from an admissions, volunteering, scholarship or fellowship office, by its address
    or its display name ("MBA Admissions <mba.admissions@...>", volunteers@, "Fellowships
    Office"): its interviews admit students, take on volunteers or award funding."""
    who = f"{name or ''} {email.partition('@')[0]}".lower()
    return holds_any(who, _NON_JOB_OFFICES) or (
        "program" in who and _DOCTORAL_PROGRAMME.search(who) is not None
    )


# A doctoral programme's own office ("BioSciences PhD Program"): its interview weekends admit
# students. Not a person's degree ("Jane Smith, PhD") nor an employer's recruiting team for
# doctoral graduates ("PhD Programs Recruiting"), which names the programmes in the plural.
_DOCTORAL_PROGRAMME = re.compile(r"\b(?:phd|ph\.d\.|doctoral)\s+program(?:me)?\b(?!s)")


_INTERVIEW_GROUP = frozenset({"interview"})
# A job or the reader's application named in a message: its incentive words (`cue_incentive`)
# are an employer's ("a $500 gift card whether we offer you a position or not", "the results of
# the talent screener" for "your application for competition AD/07/27 - Auditors").
_A_JOB_NAMED = frozenset({"hiring", "hiring_yours", "application"})
_SAYS_INTERVIEW = frozenset({"interview", "application"})
A_JOB_OR_INTERVIEW_NAMED = _A_JOB_NAMED | _SAYS_INTERVIEW

# The reader invited to interview, or chosen for one: "we'd like to invite you in for an
# interview with the team", "invite you to a second interview", "we would like to interview
# you", "you've been shortlisted for an interview". Podcasts, studies and admissions invite
# in the same words; their own readings veto them (media, research, not_a_job).
# What the reader is invited to: an interview, or the day a selection is held as, by the names
# banks, consultancies, graduate schemes and universities give it ("invite you to our Superday",
# "to an Assessment Day at our Manchester office", "for a campus visit").
_SELECTION_DAY = (
    r"(?:interview|super\s?day|assessment\s+(?:day|centre|center)|campus\s+visit"
    r"|on-?site\s+visit)\b"
)
_INVITES_THE_READER = re.compile(
    r"\binvit(?:e|ing)\s+you\s+(?:in\s+|back\s+)?(?:to|for)\s+(?:(?:a|an|the|your|our)\s+)?"
    rf"(?:[a-z-]+\s+){{0,2}}{_SELECTION_DAY}"
    r"|\b(?:like|love|want)\s+to\s+interview\s+you\b"
    # the place named before the interview, as search committees and schools put it: "invite
    # you to campus for an interview", "invite you to the school for a formal interview"
    r"|\binvit(?:e|ing)\s+you\s+(?:back\s+)?to\s+(?:our\s+|the\s+)?(?:campus|school|offices?)"
    r"\s+for\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?interview\b"
    # (not "selected for an interview": a household survey selects its addresses so)
    r"|\bshortlisted\s+(?:you\s+)?for\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?interview\b"
)
_INVITES_CUES = ("invit", "interview you", "shortlisted")
_INVITES_STARTS = ("invit", "like", "love", "want", "shortlisted")  # how every match begins


def _invites_the_reader(low: str) -> bool:
    return (
        holds_any(low, _INVITES_CUES)
        and next(matches_from(_INVITES_THE_READER, low, _INVITES_STARTS), None) is not None
    )


_BOOKS_AN_INTERVIEW = frozenset({"interview", "hiring", "hiring_yours", "application"})
# A meeting the mail names (a sync, a customer's kickoff call) is a hiring one only when
# something names a hiring process: a booking link books any meeting.
_MEETING_IS_HIRING = _HIRING_EVIDENCE - {"scheduling_link"}
# A scheduling link alone books any meeting; the rest of the hiring evidence names a process.
_NAMES_A_PROCESS = (_HIRING_EVIDENCE - {"scheduling_link"}) | frozenset(
    {
        "recruiter_outreach",
        "candidate_decides",
        "candidate_after_decision",
        "candidate_own_process",
        "candidate_hopes_to_join",
        "candidate_references",
        "decision_timeline",  # "we'll be in touch by Friday": a decision about the reader
        "job_subject_reply",
        "candidate_reply",  # answering under "Thanks for coming in", "Data Analyst - next steps"
    }
)
# The owner asking someone else to be interviewed: "would you be available for a 20-minute
# interview", "could I interview you". A candidate is invited to an interview; they do not
# ask others for one.
_ASKS_TO_INTERVIEW = re.compile(
    r"\b(?:would|could|can|are|will)\s+you\b[^?.]{0,80}?\b(?:available|free|open|willing|able"
    r"|have time|up for)\b[^?.]{0,50}?\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?interview\b"
    r"|\binterview\s+you\b"
)


# The owner choosing whom to interview: "I'd like to interview the first two", "let's
# interview both". A candidate interviews with or for someone, never picks among others.
_CHOOSES_WHOM_TO_INTERVIEW = re.compile(
    r"\b(?:i'd|i would|we'd|we would|i want to|we want to|let's|let us)\s+"
    r"(?:(?:like|love)\s+to\s+)?interview\s+(?:the\s+(?:first|second|last|top|other)\b"
    r"|both\b|all\s+(?:two|three|four|five|of\s+them)\b|them\b|him\b|her\b|these\b|those\b)"
)
_CHOOSES_WHOM_STARTS = (
    "i'd",
    "i would",
    "we'd",
    "we would",
    "i want to",
    "we want to",
    "let's",
    "let us",
)  # fmt: skip (how every match begins: it is tried there only)


def _asks_to_interview(low: str) -> bool:
    return (
        any(_ASKS_TO_INTERVIEW.search(q) for q in questions_in(low))
        or ("interview you" in low and _ASKS_TO_INTERVIEW.search(low) is not None)
        or next(matches_from(_CHOOSES_WHOM_TO_INTERVIEW, low, _CHOOSES_WHOM_STARTS), None)
        is not None
    )


# The owner's own words casting someone else as the candidate: the one written to, by the
# things only a candidate has ("saw your application for the support lead role", "rescheduling
# your interview", "we will keep your resume on file"), or a third person ("could you forward
# his CV?", "would the manager like to interview him?", "let's bring her back"). A candidate
# says "my application"; what they call "yours" is the employer's ("your interest in my
# profile", "your interview invitation", "your application portal": the words after the noun
# say so). Read in the body only: a subject is whoever began the thread's (a quoted message
# read as the owner's takes its reply's subject).
_YOUR_CANDIDATE_THINGS = re.compile(
    r"\byour\s+(?:(?:first|second|third|final|next|phone|video|panel|technical|onsite|on-site"
    r"|in-person|upcoming|scheduled|recent|job|internship)\s+)?"
    r"(?:application|candidacy|candidature|resume|résumé|cv|interview|phone\s+screen)\b"
    r"(?!\s+(?:process|form|forms|portal|system|site|page|link|team|panel|questions?|tips"
    r"|advice|guide|style|prep|practice|schedule|invitation|invite|request|email|feedback"
    r"|slots?|times?|availability|details|confirmation|platform|software|tracking|template"
    r"|review|status)\b)"
)
_THANKS_BEFORE = re.compile(r"\b(?:thank\s+you|thanks)\s+(?:so\s+much\s+|again\s+)?for\s+$")
_THIRD_PERSON_CANDIDATE_OF_OWNER = re.compile(
    r"\b(?:bring|invite|move|advance|schedule)\s+(?:him|her)\s+(?:back|in|forward)\b"
    r"|\b(?:his|her)\s+(?:resume|résumé|cv|portfolio|candidacy|application|references"
    r"|scorecard)\b"
    r"|\b(?:screen|interview)\s+(?:him|her|them)\b"
    r"|(?<=\w)'s\s+(?:resume|résumé|cv|candidacy)\b"
    r"|\bbring\s+them\s+(?:in|back)\b"
)
_THIRD_PERSON_CUES = (" him", " her", " his", " them", "'s ")
# where every match of `_THIRD_PERSON_CANDIDATE_OF_OWNER` begins (it is tried there only)
_THIRD_PERSON_STARTS = ("bring", "invite", "move", "advance", "schedule", "his", "her",
                        "screen", "interview", "'s")  # fmt: skip


def _owner_casts_a_candidate(r: Reading) -> bool:
    """The owner's own message speaks to or of someone else as the candidate (above)."""
    if not ("your " in r.low or holds_any(r.low, _THIRD_PERSON_CUES)):
        return False  # (most of the owner's messages: neither is there to read)
    message = r.message
    if _FORWARDED.match(message.subject or ""):
        return False  # the words of whoever wrote what is passed on
    if not _written_to_others(message):
        return False  # a note to herself ("your interview with Acme was on Monday"): hers
    low = r.low.partition("\n")[2]  # the body: a subject may be an earlier writer's
    if "your " in low:
        for m in matches_from(_YOUR_CANDIDATE_THINGS, low, ("your",)):
            # "thank you for your interview" is a candidate's thanks for being interviewed
            if "interview" in m.group() and _THANKS_BEFORE.search(
                low[max(0, m.start() - 30) : m.start()]
            ):
                continue
            return True
    return (
        holds_any(low, _THIRD_PERSON_CUES)
        and next(matches_from(_THIRD_PERSON_CANDIDATE_OF_OWNER, low, _THIRD_PERSON_STARTS), None)
        is not None
    )


# The owner opening a thread with a decision about the one written to, a refusal or an
# offer, and asking nothing: the letter a hiring manager sends. A candidate starts a thread
# about a decision only to decline or withdraw, to chase or to ask about it ("I was told the
# position has been filled - is that right?", "I received the offer letter and have a
# question"): their own words, or a question. A reply carries the decision it answers, and a
# quoted message read as the thread's first (`timeline.with_orphan_quotes`) is no opening.
_A_DECISION = frozenset({"rejection", "offer"})
_A_CANDIDATES_OWN_WORDS = frozenset(
    {"candidate_decides", "candidate_voice", "own_process", "follow_up", "candidate_references",
     "after_decision"}
)  # fmt: skip

# "thank you for the job offer - I've signed it": the candidate's thanks for the offer
_THANKS_FOR_AN_OFFER = re.compile(r"\b(?:thank\s+you|thanks)\b[^.!?\n]{0,40}?\boffer")


def _owner_sends_a_decision(r: Reading) -> bool:
    message = r.message
    return (
        not message.in_reply_to
        and not message.references
        and not has_reply_prefix(message.subject or "")
        and not message.message_id.endswith("#quoted")
        and not r.groups & _A_CANDIDATES_OWN_WORDS
        and "?" not in r.low
        and _THANKS_FOR_AN_OFFER.search(r.low) is None
        and _written_to_others(message)
    )


def _written_to_others(message: Message) -> bool:
    """The owner's message goes to someone besides herself (not a note to self)."""
    return any(a.email != message.sender.email for a in (*message.to, *message.cc))


# A call asked for: "Open to a 15-minute call this week?", "Can I call you tomorrow?"
_CALL_ASKED = re.compile(
    r"\b(?:call|chat|talk|speak|connect|phone|zoom)\b|\b\d+\s*(?:-\s*)?min(?:ute)?s?\b"
)


# ... or asking whether the reader is interested, the call offered beside the question ("Are
# you still interested in the Data Analyst role? If so, I'd love to set up a quick call").
_INTEREST_ASKED = re.compile(r"\b(?:interested|open to)\b")


def asks_for_a_call(r: Reading) -> bool:
    """A note from someone else naming a job and asking the reader for a call: a recruiter's
    one-liner ("We need a Staff Backend Engineer. 15 minutes this week?"), a founder's "We're
    hiring our second game engineer ... Would you be up for a 20-minute call next week?".
    Worked out once a message: detection and the timeline's stage both ask it."""
    if r.call_asked is None:
        r.call_asked = "?" in r.low and _asks_for_a_call(r)
    return r.call_asked


def _asks_for_a_call(r: Reading) -> bool:
    questions = questions_in(r.low)
    if (
        not any(_CALL_ASKED.search(q) for q in questions)
        and not (any(_INTEREST_ASKED.search(q) for q in questions) and _CALL_ASKED.search(r.low))
        # a time asked for, the call said beside it ("What does your week look like? It's a
        # 45-minute video call")
        and not (
            "availability" in r.groups
            and _CALL_ASKED.search(r.low)
            and any("availability" in BOOK.groups_in(normalise(q)) for q in questions)
        )
    ):
        return False

    subject = r.message.subject or ""
    return (
        _subject_is_a_title(subject)
        or company.names_a_job(r.low)
        or _names_a_role(subject)
        # the reader's application answered ("We got your application and would love to talk
        # more with you"): the job they applied for is the one named
        or ("application" in r.low and _ANSWERS_THE_APPLICATION.search(r.low) is not None)
    )


_ANSWERS_THE_APPLICATION = re.compile(
    r"\b(?:got|received|reviewed|read|seen|saw|for)\s+your\s+(?:job\s+)?application\b"
)


def _subject_is_a_job(subject: str) -> bool:
    """The subject is a job title, or names a job the other usual ways."""
    return _subject_is_a_title(subject) or _names_a_role(subject)


def _subject_is_a_title(subject: str) -> bool:
    """`company.subject_is_a_job`, found on first use (company reads addresses with ours)."""
    global _subject_is_a_title
    from afterview.company import subject_is_a_job

    _subject_is_a_title = subject_is_a_job
    return subject_is_a_job(subject)


_PROCESS_SUBJECT = frozenset(
    {"interview", "application", "offer", "rejection", "happened", "recruiting_event"}
)
_REPLY_STARTS = ("re:", "re :", "aw:", "sv:")
_ANSWER_HEADS = frozenset({"re:", "re ", "aw:", "sv:"})  # an answer, not a forward
_ROLE_NOUNS = ("role", "position", "opening", "vacancy")
_A_ROLE_NOUN = re.compile(rf"\b(?:{'|'.join(_ROLE_NOUNS)})\b", re.IGNORECASE)
_CANDIDATES_NOUNS = (
    "cvs", "resumes", "résumés", "candidates", "applicants", "applications", "profiles",
    "shortlist",
    # people put forward for it: "Director of Operations - a recommendation?", "Referral
    # for Backend Engineer position - Elif Demir" (someone else's candidacy, not the reader's)
    "recommendation", "recommendations", "referral", "referrals",
)  # fmt: skip
_THE_JOBS_CANDIDATES = re.compile(rf"\b(?:{'|'.join(_CANDIDATES_NOUNS)})\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _subject_names_candidates(subject: str) -> bool:
    """The subject names the job's candidates (`_THE_JOBS_CANDIDATES`): asked of each message,
    read once for a thread's repeated subject."""
    return _subject_names(subject, _CANDIDATES_NOUNS, _THE_JOBS_CANDIDATES)


@lru_cache(maxsize=8192)
def _subject_names_a_role_noun(subject: str) -> bool:
    """The subject says "role", "position", "opening" or "vacancy" (`_A_ROLE_NOUN`), read once
    for a thread's repeated subject."""
    return _subject_names(subject, _ROLE_NOUNS, _A_ROLE_NOUN)


def _subject_names(subject: str, nouns: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """`pattern.search(subject)` for a case-blind pattern of `nouns` (`_A_ROLE_NOUN`,
    `_THE_JOBS_CANDIDATES`), asked of an ASCII subject's lower case with a few `in`s first: a
    case-blind pattern opening on a word boundary is tried at every character. Beyond ASCII
    the pattern answers (its case folding is not `str.lower`'s)."""
    if subject.isascii() and not holds_any(subject.lower(), nouns):
        return False
    return pattern.search(subject) is not None


# A search or a hire for the reader's own role: "to launch the search for your VP Finance",
# "candidates for your new Head of Sales". The reader is the one hiring (a candidate's own
# role is "your interview for the Data Analyst role", "your application", never a search).
_SEARCH_FOR_YOUR_ROLE = re.compile(
    r"\b(?:search|searches|hire|hiring|recruitment|recruiting|shortlist|candidates|successor"
    r"|replacement)\s+for\s+your\s+(?:new\s+|next\s+)?(?:[a-z][\w&/+-]*\s+){0,3}"
    r"(?:head|director|manager|officer|president|vp|svp|evp|ceo|cfo|coo|cto|cmo|cio|chro|lead"
    r"|controller|counsel|chair|executive|engineer|designer|analyst)\b"
)


def _to_a_board_relay(message: Message) -> bool:
    """Sent to a job board's reply-able address: a board relays only hiring conversations
    (its own no-reply notices cannot be answered)."""
    return any(
        senders.domain_kind(a.email).kind == "job_board" and not senders.is_no_reply(a.email)
        for a in message.to
    )


_DAY_HOUR_PLEASE = re.compile(
    _DAY_NAME + r"\s+at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?"
    r"\s*,?\s+please\b"
)
_DAY_AT_AN_HOUR = re.compile(_DAY_NAME + r"\s+at\s+\d")
_FORWARDED = re.compile(r"\s*(?:fwd?|wg|tr)\s*:", re.IGNORECASE)  # their words, passed on


# Pay offered with a figure, as a hiring marketplace's interview request states it ("Base
# salary: $165,000", "Salary: R55 000 per month", "compensation of £60k"); not a reporter's
# "how startups set salaries".
_PAY_OFFERED = re.compile(
    r"\b(?:salary|compensation|base pay|pay|hourly rate)\b[^.\n]{0,25}?(?:[$€£₹]\s?|\br\s?)\d"
)


def _offers_pay(text_low: str) -> bool:
    return ("salary" in text_low or "pay" in text_low or "compensation" in text_low) and (
        _PAY_OFFERED.search(text_low) is not None
    )


def _board_arranges_an_interview(r: Reading) -> bool:
    """A job board relaying an employer's interview ("Your phone interview with Acme is
    scheduled ... When: Wednesday, July 8 at 3:00 PM"), not an alert: a time confirmed, or
    an employer's interview request with its pay (Hired's "New interview request from
    Lumenstack ... Base salary: $165,000")."""
    if "job_interview_request" in r.groups and not r.message.is_bulk:
        return True
    said = bool(r.groups & _STATES_A_TIME_GROUPS) or "interview" in r.subject_groups
    return said and mentions_a_time(r.low.partition("\n")[2])


_STATES_A_TIME_GROUPS = frozenset({"confirmed", "reminder"})


def _board_acts_for_an_employer(r: Reading, groups: frozenset[str] | set[str]) -> bool:
    """A job board doing an ATS's work, not mailing its audience: a person's message relayed
    to the reader ("Gemma Ward via reed.co.uk" from a reply-able address: LinkedIn's "X via
    LinkedIn" notices come from no-reply ones), or the reader's interview at a stated time
    ("Interview: Data Analyst, Thursday 2:00 PM") in mail that is not list mail."""
    message = r.message
    if message.is_bulk:
        return False
    if _VIA.search(message.sender.name) and not senders.is_no_reply(message.sender.email):
        return True
    return (
        "interview" in groups
        # an event the board hosts (office hours, a webinar) may talk of interviews
        and not groups & _BOARD_EVENT_GROUPS
        and mentions_a_time(r.low.partition("\n")[2])
    )


_BOARD_EVENT_GROUPS = frozenset({"meeting", "marketing"})


_VIA = re.compile(r"\bvia\b", re.IGNORECASE)  # "Dana Lowe via Wellfound", "Acme (via Indeed)"
# The user's own voice outranks any evidence: what looks like a hiring process is theirs
# to run, not to advise on.
_VETOES_BUT_JOB_ALERT = HARD_NEGATIVES - {"job_alert", "owner_hiring_side", "not_a_job"}
_RANK = {name: rank for rank, name in enumerate(WEIGHTS)}
_THOUSANDTHS = {name: round(weight * 1000) for name, weight in WEIGHTS.items()}
_VETOED_CONFIDENCE = 0.25  # a hard negative's verdict: not an interview thread, say so plainly


def detect_interview(messages: Sequence[Message], me: str | Collection[str] = ()) -> Detection:
    """Is this thread part of a hiring process with an employer? See the module docstring."""
    return detect_readings(read_thread(messages, me))


def signal_names(detection: Detection) -> frozenset[str]:
    """The names of the signals that fired, without their details ("ats_sender")."""
    return frozenset(signal.partition(":")[0] for signal in detection.signals)


# Company naming reads addresses with this module's `canonical_address`, so it is imported
# last, once every name here exists, whichever of the two modules is imported first; the
# functions above look its names up as they run (an import statement inside a function costs
# thousands of instructions a call, in the import machinery's checks).
from afterview import company  # noqa: E402
