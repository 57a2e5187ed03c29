"""The generator's own wording: several templates per situation of a hiring process.

Written for the generator, independently of the detector's phrase lists (a test checks
that no module of `gmail_sandbox` imports them). Each table is a paraphrase modelled on
the shape of public recruiting mail from these families only (the others are kept for a
held-out test corpus):

- ATS and scheduler default templates: Greenhouse (Thanks For Applying, Candidate
  Availability Request, Candidate Interview Confirmation with its 24 h reminder, Candidate
  Rejection, Extending Offer; support.greenhouse.io), Workable (default email templates,
  interview events; help.workable.com), Workday, GoodTime (Request Availability,
  Confirmation, reschedule requests; support.goodtime.io, goodtime.io/blog), Prelude
  (availability and booking requests, candidate reminders; prelude.co, help.interviewschedule.com).
- Recruiters' template collections: workable.com, greenhouse.com, recruitee.com,
  goodtime.io, prelude.co (interview confirmation: calendar date, time zone, length),
  taptalent.ai (interview confirmation: date and time, place or link, interviewer,
  duration), gethirex.com, prescreen.io, indeed.com/hire.
- Candidate-side examples: interview-email-templates.pages.dev (accept, move the time,
  clarify details, follow up), indeed.com career guide, glassdoor.com, biginterview.com,
  careerbuilder.com, linkedin.com (thank-you notes within a day; one check-in after the
  stated date has passed).

Placeholders are filled by `fill`: {first} the candidate's first name, {company},
{role}, {kind} (phone screen, onsite ...), {phrase} an interview time in words,
{timeline} a stated decision timeline ("by Friday"), {when} a past day ("today",
"yesterday", "on Monday"), {who} an interviewer, {date} a written date.
"""

from __future__ import annotations

from random import Random

from gmail_sandbox.wording import pick


def fill(rng: Random, templates: tuple[str, ...], **values: str) -> str:
    return pick(rng, templates).format_map(values)


# --- the application (Greenhouse "Thanks For Applying", Workable's default) ---------------

APPLICATION_SUBJECTS = (
    "Thank you for applying to {company}",
    "Your application to {company}",
    "{company} | Application received: {role}",
    "We've got your application, {first}",
    "{role} at {company}: thanks for applying",
    "Thanks for your interest in {company}, {first}!",
    "Application update: {role}",
)
APPLICATION_THANKS = (
    "Thanks for applying to the {role} role at {company}. We're glad you're interested in "
    "joining us, and we wanted to let you know your application arrived safely.",
    "This is a quick note to say we have your application for {role}. Thank you for the time "
    "you put into it.",
    "We appreciate your interest in {company} and the {role} opening. Your application is now "
    "with our hiring team.",
    "Your application for the {role} position is in! Thanks for thinking of {company}.",
)
APPLICATION_NEXT = (
    "Our team reads every application, and if your experience lines up with what the role "
    "needs, someone will contact you about next steps.",
    "We'll look over your background carefully. If there is a match, a recruiter will reach "
    "out to set up a first conversation.",
    "Because we receive a large number of applications, we may not be able to reply to each "
    "one personally, but we will be in touch if we'd like to take things further.",
    "You don't need to do anything else for now. We'll contact you if your profile fits.",
)
APPLICATION_TIMELINE = (
    "We aim to review applications and get back to you {timeline}.",
    "You can expect to hear about next steps {timeline}.",
    "We plan to finish reviewing applications {timeline}.",
)
STATUS_UPDATE = (
    "Thank you for your patience. We're still reviewing applications for the {role} role and "
    "expect to share an update {timeline}.",
    "A quick update on your application for {role}: the hiring team is still reviewing "
    "candidates, and we'll be back in touch {timeline}.",
    "We haven't forgotten about you! Reviews for {role} are taking a little longer than "
    "planned; we'll have news for you {timeline}.",
)

# --- arranging an interview (Greenhouse availability request, GoodTime, Prelude) ----------

OUTREACH_FIRST = (
    "Thanks for applying for the {role} role at {company}! I've looked through your "
    "background and I'd like to set up a {kind} so we can get to know each other.",
    "I'm {recruiter}, on the recruiting team at {company}. Your experience caught my eye and "
    "I think you could be a strong match for our {role} opening.",
    "Thank you for your interest in {company}. We'd like to invite you to a {kind} for the "
    "{role} position.",
    "We've reviewed your application for {role} and would love to move forward with a {kind}.",
    "I came across your profile and wanted to reach out about our {role} opening at {company}. "
    "Would you be open to a quick {kind}?",
)
OUTREACH_AGENCY = (
    "I'm a recruiter with {agency}, working with my client {company} on their {role} search. "
    "Your background looks like a really good match.",
    "I'm reaching out from {agency}: we're helping {company} hire a {role}, and I think you'd "
    "be a great fit.",
)
OUTREACH_NEXT = (
    "Great news: the team enjoyed meeting you and would like to invite you to the next step, "
    "a {kind}.",
    "Thanks again for your time. We'd like to move you forward to a {kind} with the team.",
    "The feedback from your last conversation was very positive, and we'd love to have you "
    "back for a {kind}.",
    "We'd like to continue the process with a {kind}.",
)
ASK_AVAILABILITY = (
    "Would you be available for a 30-minute {kind} sometime next week? Please send me a few "
    "times that work for you.",
    "Could you share your availability over the next few days for a {kind}?",
    "What does your week look like? Let me know a few windows that suit you for a 45-minute "
    "{kind}.",
    "Please reply with some times you're free over the next week and I'll get the {kind} on "
    "the calendar.",
    "When would be a good time for a {kind}? Send over a few options and I'll make it work.",
)
ASK_SLOTS = (
    "Do any of the following times work for you?",
    "Would any of these work for you?",
    "Here are a few options; let me know which one suits you best:",
    "I have the following openings for the {kind}:",
    "Please reply with the slot that works best:",
    "Which of these would you prefer?",
)
ASK_LINK = (
    "Please use the link below to pick a time that works for you:\n\n{link}",
    "You can book a 30-minute slot directly on my calendar here: {link}",
    "Choose whichever time is most convenient for you using this scheduling page: {link}",
    "To grab a time for the {kind}, head to {link}; the available times are shown in your "
    "time zone.",
)
# A time proposed in a sentence, with no invitation ("Would Tuesday at 2pm PT work?").
PROPOSE_TIME = (
    "Would {phrase} work for you?",
    "How does {phrase} look on your end?",
    "Are you free {phrase}? If so, I'll send the details over.",
    "Could we do {phrase}? Let me know if that's a problem.",
    "I'd like to suggest {phrase} for the {kind}. Does that suit you?",
)
OUTREACH_SUBJECTS = (
    "{company} - {role} interview",
    "Next steps: {role} at {company}",
    "Interview availability - {company}",
    "{role} opportunity at {company}",
    "{company} | {kind_title} for {role}",
    "Let's talk: {role} at {company}",
    "Your {role} application - scheduling",
)

# --- the candidate arranging (interview-email-templates.pages.dev, indeed career guide) ----

ACCEPT_SLOT = (
    "Thanks for reaching out! {phrase} works great for me.",
    "Thank you! I'll take {phrase}.",
    "{phrase} would be perfect, thanks.",
    "Thanks so much for the options. Let's go with {phrase}.",
)
ACCEPT_ANY_SLOT = (
    "Any of those times work for me, whichever is easiest for the team.",
    "I'm flexible: all of those options work on my side.",
)
ACCEPT_PROPOSAL = (
    "That works for me. Looking forward to it!",
    "Yes, {phrase} works perfectly. See you then.",
    "Sounds good, {phrase} is great for me.",
    "Thank you, that time suits me well. I'll be there.",
    "Perfect, I've put {phrase} in my calendar.",
)
BOOKED_LINK = (
    "Thanks! I just booked a time through the link. Looking forward to it.",
    "Thank you, I've grabbed a slot on your calendar.",
    "Done: I picked a time on the scheduling page. Thanks for making it easy.",
)
AVAILABILITY_INTRO = (
    "Thanks for reaching out! I'd love to chat. I'm available:",
    "Thank you for getting back to me. Here's when I'm free:",
    "Great to hear from you. These windows work on my end:",
)
MOVE_ACCEPTED = (
    "No problem at all, {phrase} works for me.",
    "Of course, that's fine. {phrase} is good for me.",
    "Thanks for letting me know. {phrase} works on my side.",
)

# --- the interview fixed (Greenhouse confirmation, GoodTime, Prelude, taptalent) ----------

CONFIRM_TEXT = (
    "Great, you're confirmed for {phrase}. You'll be speaking with {who}.",
    "Perfect - let's lock in {phrase} for your {kind} with {who}.",
    "Thanks! I've scheduled your {kind} for {phrase}.",
    "This confirms your {kind} on {phrase} with {who}. It should take about an hour.",
    "Your {kind} is set for {phrase}. {who} will be your interviewer.",
    "We look forward to speaking with you {phrase}. {who} from the team will join.",
)
CONFIRM_ATTACHED = (
    "You're all set for {phrase}. I've attached a calendar invite with the video link.",
    "Attached is the invitation for {phrase}; the joining details are inside.",
    "Confirming {phrase} - the calendar file is attached so you can add it to your calendar.",
)
CONFIRM_ATS = (
    "Your {kind} for {role} at {company} is confirmed for {phrase}.",
    "We're writing to confirm the details of your upcoming {kind} ({role}): {phrase}.",
    "Here are the details for your {kind} with {company}, scheduled for {phrase}.",
)
CONFIRM_SUBJECTS_ATS = (
    "Interview Confirmation: {role} at {company}",
    "Confirmed: your {kind} with {company}",
    "Your upcoming {kind} - {company}",
)
REMINDER = (
    "This is a friendly reminder of your interview with {company} {phrase}.",
    "Just a reminder that your {kind} with {company} is {phrase}.",
    "Looking forward to seeing you {phrase}! Here are the details again for your {kind}.",
)
REMINDER_SUBJECTS = (
    "Reminder: Interview with {company}",
    "Your {kind} with {company} is coming up",
    "See you soon: {company} {kind}",
)
CANCEL_TO_RESCHEDULE = (
    "I'm so sorry, but {other} has had a conflict come up and we need to cancel the interview "
    "on {phrase}. I'll be in touch shortly to find a new time.",
    "Unfortunately we have to call off {phrase}; something urgent came up on our side. I'll "
    "send new options soon, apologies for the trouble.",
)
MOVE_REQUEST = (
    "Apologies, but we need to move your interview. Would {phrase} work instead?",
    "Something came up on the interviewer's side. Could we shift your {kind} to {phrase}?",
    "Would it be possible to move our conversation to {phrase}? Sorry for the change.",
)

# --- after the interview: the candidate (indeed, glassdoor, biginterview, careerbuilder) --

THANK_YOU = (
    "Thank you for taking the time to speak with me {when} about the {role} position. I "
    "enjoyed learning more about the team and I'm excited about the chance to join {company}.",
    "Thanks so much for the conversation {when}. I really appreciated hearing how the team "
    "works, and it made me even more enthusiastic about the {role} role.",
    "I wanted to say thank you for the {kind} {when}. It was great to meet you and learn about "
    "{company}'s plans for the year.",
    "It was great to meet you in person {when}. Thank you for your time and insights; I left "
    "even more excited about {company}.",
    "I appreciated the opportunity to talk with you {when} about the {role} opening. The "
    "challenges you described are exactly the kind of work I want to be doing.",
    "Thank you again for meeting with me {when}. I enjoyed our discussion and I'm confident I "
    "could contribute to the team from day one.",
)
THANK_YOU_CLOSE = (
    "Please let me know if there's anything else I can provide.",
    "I look forward to hearing about next steps.",
    "Don't hesitate to reach out if you have any other questions for me.",
    "",
)
THANK_YOU_SUBJECTS = (
    "Thank you - {role} interview",
    "Thank you!",
    "Thanks from {me_first}",
    "Great speaking with you",
    "Thank you for your time",
)
FOLLOW_UP_EARLY = (
    "Just wanted to check in on next steps after our conversation!",
    "Following up to see if there is any update on my candidacy.",
)
FOLLOW_UP = (
    "I hope you're doing well. I wanted to follow up on my interview for the {role} position "
    "on {date}. I remain very interested in the role and would appreciate any update on the "
    "timeline.",
    "I'm following up regarding the {role} role. Is there any update you can share on next steps?",
    "Just checking in to see if there are any updates on the hiring decision.",
    "I hope your week is going well. I'm writing to ask about the status of the {role} "
    "position; I'm still very excited about the opportunity.",
    "I wanted to touch base on my application for {role}. If there is anything more you need "
    "from me, I'm happy to send it.",
)
FOLLOW_UP_WITH_THANKS = (
    "Thanks again for your time last week. I wanted to follow up and see whether there's any "
    "update on the process.",
)
FOLLOW_UP_AGAIN = (
    "Checking in again on my application. I'd really appreciate any update.",
    "Sorry to bother you again - I wanted to follow up on my previous email about the status "
    "of my application.",
    "Following up once more. Please let me know if you need anything else from me.",
)

# --- after the interview: the employer -----------------------------------------------------

INTERVIEWER_ACK = (
    "Thanks {first}, it was great meeting you too! {recruiter} will be in touch about next steps.",
    "Thank you for the note, {first}. Enjoyed our conversation.",
    "Appreciate it, {first}! Good luck with the rest of the process.",
)
# Sent the same day as the interview ({when} is then "today").
TIMELINE_SAME_DAY = (
    "Thanks for coming in today. The team is meeting with a few more candidates and we expect "
    "to decide {timeline}.",
    "Thank you for your time with us today! We'll be in touch {timeline} with next steps.",
    "It was a pleasure having you in today. You can expect to hear from us {timeline}.",
)
TIMELINE_LATER = (
    "Thanks again for interviewing with us {when}. The team is meeting with a few more "
    "candidates and we expect to make a decision {timeline}.",
    "Thank you for your time with the team {when}. We'll be in touch {timeline} with next steps.",
    "Thanks for meeting with us {when}. We're wrapping up interviews and plan to have an "
    "answer for you {timeline}.",
    "The team really enjoyed your {kind} {when}. We're collecting feedback now and you'll "
    "hear back {timeline}.",
)
TIMELINE_DELAYED = (
    "Apologies for the delay. The team is still finalizing and we expect to have an update for "
    "you {timeline}.",
    "Thanks for your patience - we've had a few more candidates in the pipeline and now expect "
    "to make a decision {timeline}.",
    "I'm sorry this is taking longer than planned. We should have a decision {timeline}.",
)
REJECTION = (
    "Thank you for your interest in the {role} position and for the time you invested in our "
    "process. Unfortunately, we have decided to move forward with other candidates whose "
    "experience more closely matches our needs.",
    "After careful consideration, we will not be moving forward with your application for "
    "{role} at this time. We truly appreciate the time you spent with us.",
    "We regret to inform you that the position has been filled. We enjoyed getting to know you "
    "and wish you the best in your search.",
    "I wanted to let you know that the team has decided to pursue other candidates for the "
    "{role} role. This was a difficult decision.",
    "Unfortunately we won't be proceeding with your candidacy. We'll keep your resume on file "
    "and may reach out about future openings that fit your background.",
    "We've now completed our interviews for {role}, and I'm sorry to say we won't be offering "
    "you the position. Thank you for the thought you put into each conversation.",
    "The hiring team has chosen to continue with applicants whose experience is a closer match "
    "for this role, so we won't be taking your application further.",
)
REJECTION_SUBJECTS = (
    "Your application to {company}",
    "Update on your {role} application",
    "{company}: an update on the {role} role",
)
OFFER = (
    "I'm thrilled to let you know that we'd like to offer you the {role} position at "
    "{company}! Congratulations! Your offer letter is attached with the details of "
    "compensation and benefits.",
    "We are pleased to extend you an offer to join {company} as {role}. The team was really "
    "impressed, and the formal offer letter will follow from our HR system shortly.",
    "Congratulations! On behalf of the whole team, I'm delighted to offer you the role of "
    "{role}. Your written offer, including salary and start date, is attached.",
    "I have great news: we'd love to bring you on board as our new {role}. I've attached your "
    "offer letter; let's find a time to walk through it together.",
)
ACCEPT_GOOD_NEWS = (
    "Wow, this is wonderful news! I'm excited to review the offer details.",
    "Thank you so much! I'm thrilled and will read through the offer today.",
)
ACCEPT_BAD_NEWS = (
    "I appreciate you letting me know. Best of luck with the search, and please keep me in "
    "mind for future roles.",
    "Thank you for the update and for the time the team spent with me. I hope our paths cross "
    "again.",
)

# --- the user on the hiring side (look-alikes: no advice for a hiring manager) -------------

HIRING_SIDE_SUBJECTS = (
    "{candidate} - {role} candidate",
    "Candidate for {role}: {candidate}",
    "Scheduling {candidate} ({role})",
    "Feedback needed: {candidate}",
)
HIRING_SIDE_ASKS = (
    "Sharing {candidate}'s resume for the {role} opening. Could you take a look and let me "
    "know whether you'd like to interview them?",
    "{candidate} can do {phrase} for the hiring manager interview. Does that work for you? "
    "I'll send the invite once you confirm.",
    "Thanks for interviewing {candidate} today! Please leave your feedback in the ATS by end "
    "of day tomorrow so we can make a decision by Friday.",
    "Would you be available to meet {candidate}, our final-round candidate for {role}, {phrase}?",
)
HIRING_SIDE_REPLIES = (
    "Looks promising, let's bring them in.",
    "That works for me, please send the invite.",
    "Done, my feedback is in: a strong yes from me.",
    "I can't make that one, could you find another slot with the panel?",
)
