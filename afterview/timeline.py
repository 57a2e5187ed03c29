"""From a thread's messages to its facts: stage, interview time, who said what and when.

`thread_facts` reads each message once (detect.read_thread), decides whether the thread is
an interview thread (detect.detect_readings), and only then extracts the timeline.

The stage never depends on the clock. It follows the thread's latest decisive event:

* a rejection or an offer from the employer wins (the later of the two when both appear);
* otherwise the messages are walked in order: an application confirmation -> `applied`;
  the employer arranging a time (availability, scheduling links, reschedules) ->
  `scheduling`; an interview time becoming known (invite, or an employer message
  confirming a time) -> `scheduled`; evidence the interview took place -> `interviewed`;
* `interviewed` needs the thread to SHOW the interview happened: a message dated after the
  interview's end, the candidate's thank-you dated after its start, or the employer's
  "thanks for meeting with us" / "following your interview". A time in the past with no
  such message stays `scheduled`: whether it is past is the policy's call, made with `now`.
  An employer message after the interview that arranges another round -> `scheduling`;
  logistics and reminders before a known interview keep it `scheduled`.

Interview time, walking the thread in order: a calendar REQUEST (or PUBLISH) sets it (the
latest open invite when there are several rounds); a CANCEL for its UID (a CANCEL without
UID cancels all) or the employer writing "we need to cancel / move your interview" marks it
`interview_cancelled`, keeping its start and end so the policy can say which interview was
called off. A time confirmed in words ("you're confirmed for Tuesday, March 10 at 2pm ET",
a reminder, "your video interview ... is tomorrow at 8:15") sets it when no invite does, or
when the invited interview is already over (a later round); a message offering several times
is a proposal, not a confirmation. A proposal is settled by the candidate taking one of its
times, or a time of their own inside a window it offered ("between 1 and 4pm" -> "2:30 works
for me"), or in words when its time could not be read ("1 PM works for me"); an employer
moving the interview and offering the new time in the same message ("could you do Friday at
11:30 instead?") is such a proposal. When the candidate asks for another time (or says they
cannot attend the one named), the employer's next message naming one occasion settles it, and
its plain agreement ("Sure, that works") settles the one time the candidate asked for. With
no clock time known, a day is the interview's over that working day (`interview_time_inferred`):
the one coming day an employer's message states for it ("your interview will take place on
Thursday, 4 March"), or the one of the days an employer's message named that the candidate
takes ("February 8-9 would be ideal for me"); a clock time stated for it later replaces it. An
interview message naming one coming time that is no deadline ("please hold Thursday, 1-2pm
ET for your interview") states it too, whatever its confirmation wording. The
candidate's own "I confirm I will attend on ... at ..." dates an interview no employer
message gave a readable time for. A new invite or confirmed time after a cancellation clears
the flag. The end is the invite's end,
the stated end ("2-3pm"), else start + 1 hour.

Employer messages are every message not from the candidate and not an auto-reply or bounce
(those are only counted). A message asks the candidate something when it asks for
availability, documents, references or a booking, says "please let me know ..." (but not
the sign-off "let me know if you have any questions"), or puts a question to them ("...
you?", "would 2pm work?"). Employer contacts are the people seen on the employer's side:
senders, reply-to, To and Cc of employer messages, whom the candidate wrote to, invite
organisers; never the candidate, robots (no-reply, ATS relays, job boards, bulk mailers)
or an address a bounce in the thread reports as undeliverable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parseaddr

from afterview import senders, when
from afterview.company import (
    employer_company,
    role_from_subject,
    role_from_text,
    without_company_prefix,
    written_to_company,
)
from afterview.detect import (
    A_JOB_OR_INTERVIEW_NAMED,
    LITERAL_CUES,
    Reading,
    as_aware,
    asks_for_a_call,
    candidate_addresses,
    canonical_address,
    detect_readings,
    enjoyed_only_what_was_sent,
    has_reply_prefix,
    job_words_in,
    may_hold,
    offered_stretch,
    proposes_any_time,
    questions_in,
    read_messages,
    said_outright,
    says_any_time,
    strip_reply_prefix,
)
from afterview.literals import holds_any, matches_from
from afterview.model import (
    Address,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Message,
    QuotedMessage,
    Stage,
    ThreadFacts,
)
from afterview.trim import EMAIL_IN_TEXT

DEFAULT_INTERVIEW_LENGTH = timedelta(hours=1)

# A hiring marketplace's interview request (Hired, OfferZen: "New interview request from
# Lumenstack ... Base salary: $165,000", accept or decline) invites to an interview and asks
# for the answer, as a request for availability does.
_SCHEDULING_GROUPS = frozenset(
    {
        "availability",
        "scheduling_link",
        "choose_slot",
        "scheduling",
        "reschedule",
        "cancel",
        "job_interview_request",
    }
)
# "reschedule" alone is often an offer ("if you need to reschedule, let me know"), so it
# does not count; the employer moving the interview is in the "cancel" wording.
_FIRM_SCHEDULING_GROUPS = _SCHEDULING_GROUPS - {"scheduling", "reschedule"}
_STATES_A_TIME = frozenset({"confirmed", "confirmed_word", "reminder"})
# An offer: in the employer's usual words, or in plain ones ("you got the job!") that are no
# detection signal of their own (`offer_plain`).
_OFFERS = frozenset({"offer", "offer_plain"})
_CONFIRMS = frozenset({"confirmed", "confirmed_word"})


def _arranges(groups: set[str]) -> bool:
    """The message arranges an interview time. An application confirmation's "a recruiter will
    reach out to schedule an interview" promises scheduling, it does not do it."""
    if groups & _FIRM_SCHEDULING_GROUPS:
        return True
    return "scheduling" in groups and "application" not in groups


_ASK_GROUPS = frozenset(
    {"ask", "availability", "scheduling_link", "choose_slot", "job_interview_request"}
)
_INVITE_METHODS = frozenset({"REQUEST", "PUBLISH", ""})
_INVITE_OR_CANCEL = _INVITE_METHODS | {"CANCEL"}

# "If you can no longer attend, please let us know": asked only if something happens.
_CONDITION_BEFORE = re.compile(r"\bif you (?:can no longer|cannot|can't|need to|are unable)\b")
# What may follow "let me know" in a sign-off that asks nothing.
_SOFT_ASK_BOILERPLATE = (
    "if ",  # "let me know if you receive other offers": only if something happens
    "should ",
    "in case",
    "whenever",
    "with any questions",
    "of any questions",
    "any questions",
)
# "Let me know if Tuesday works / you're still interested" asks; "let me know if you
# receive other offers" only asks to hear if something happens.
_ASKS_WHETHER = (
    " work",
    " suit",
    "interested",
    "available",
    " free ",
    "convenient",
    "you'd like",
    "you would like",
    "you can make",
    # "let me know if you are able to attend" (not "if you are unable to": only if it happens)
    " able to",
    "you can attend",
    "you can come",
    "you could",
    " ok ",
    " okay ",
    "acceptable",
)
# Someone who will let the writer know ("they'll let me know by Friday", "the manager will
# let us know"): the writer is told, the reader is asked nothing.
_SOMEONE_WILL = re.compile(r"(?:'ll|\bwill|\bwould|'d)$")
# A copy of the candidate's own form answers ("Are you able to work weekends? Yes"): the
# answer is the word alone, not a sentence going on after the question ("Would you be up for
# a call next week? No pressure if the timing isn't right", "... this week? No rush").
_ECHOED_ANSWER = re.compile(r"[^.!?\n]*\?[ \t]*(?:yes|no|n/a)\b(?![ \t]+[a-z])")
_ECHOED_ANSWER_END = re.compile(r"\?[ \t]*(?:yes|no|n/a)\b(?![ \t]+[a-z])")
_QUESTION_BOILERPLATE = ("any questions", "any other questions", "anything else")
# A question to the candidate: about them ("you"), or a time put to them ("would 2pm work?",
# "how about Tuesday 27th at 14:00 instead?", "how does Thursday at 2 sound?", "is 2pm ok?").
_QUESTION_TO_CANDIDATE = (
    "you",
    " work",
    " suit",
    "convenient",
    "how about",
    " instead",
    " sound",
    " ok",
    " okay",
    " better",  # "would Friday at 9:30 AM or Monday at 1 PM be better?"
    " preferable",
    # how the interview went, asked of the one who was there (an agency recruiter's "How
    # did it go??", "how was the interview?", "how'd it go with Rosa?")
    " how did ",
    " how was ",
    " how'd ",
)

# A question whose clause opens with "we" asking leave is put to the reader too ("Could we do
# a short call on Tuesday at 3:30 p.m.?", "Thanks, shall we say Friday at 10?").
_WE_PROPOSE = re.compile(r"(?:[^?]*[,;:])?\s*(?:could|can|shall|may)\s+we\b")


# A scheduling tool's notice of a time booked (Calendly's "Your Phone Screen with Dana at
# 9:00am ... is scheduled", "New Event: ..."): its link is there to cancel or move the
# booking, not to pick a time, and the time it names is settled.
_BOOKED = re.compile(
    r"\b(?:is|has been|have been|you are|you're)\s+(?:now\s+)?(?:scheduled|booked|confirmed)\b"
    r"|\bnew event\b"
)
_CHANGE_LINK = re.compile(
    r"\b(?:cancel or reschedule|reschedule or cancel|make changes to this (?:event|booking))\b"
    r"|^[ \t]*(?:cancel|reschedule)[ \t]*:"
    # "Need a different time? Reschedule here: <link>", "to reschedule, use the link below",
    # "you can cancel using this link": the page to change it, offered in passing
    r"|\b(?:cancel|reschedule|change|move)\s+(?:it\s+|this\s+|your\s+\w+\s+)?"
    r"(?:here|below|using|via|with\s+the\s+link|at\s+the\s+link)\b"
    r"|\bto\s+(?:cancel|reschedule|change)\b[^.!?\n]{0,30}\b(?:link|here|below|button)\b",
    re.MULTILINE,
)


def _one_time_to_confirm(r: Reading) -> bool:
    """An invitation that states its one time and asks only that the candidate confirm it
    ("We are pleased to invite you to an interview on Tuesday, 10 March at 14:30. Kindly
    reply to confirm your attendance"): the employer set the time, so it is stated, not
    offered; the reply it asks for is the candidate's confirmation. A time put as a
    question ("would Tuesday at 2pm work?"), a choice of times or a link to pick one is an
    offer."""
    # "availability" or not: "We'd like to have a video interview with you on Thursday,
    # September 10 at 4:00 PM. Please confirm that works." asks for no time at all, yet puts
    # its one time to the reader the same way; a link to pick one is an offer
    if "scheduling_link" in r.groups:
        return False
    if r.groups & _CONFIRMS and "availability" in r.groups:
        return not proposes_any_time(r) and len(_stated_times(r)) == 1
    if (
        (
            (
                holds_any(r.low, _SUITS_WORDS)
                and next(matches_from(_CONFIRM_IT_SUITS, r.low, _CONFIRM_STARTS), None) is not None
            )
            or (
                "confirm" in r.low
                and ("availab" in r.low or " free" in r.low)
                and _CONFIRM_YOU_ARE_FREE.search(r.low) is not None
            )
        )
        and not questions_in(r.low.partition("\n")[2])
        and len(_stated_times(r)) == 1
    ):
        # the one time stated, and the reader asked in a statement to confirm that it suits:
        # "... on Monday, 11 January at 10:00 at our Hamburg office. Please confirm whether
        # this suits you.", "Kindly confirm that this date and time works for you."
        return True
    questions = questions_in(r.low.partition("\n")[2])
    if questions:
        # the one time stated, and every question only asks the reader to confirm it: "...
        # a trial shift this Friday, 23 October, 5pm to 9pm. Can you confirm you can make
        # it?", "We'd have you in Tuesday and Wednesday from 8:00 to 12:00 ... Can you let me
        # know if those two mornings work for you?" (not "... if Thursday at 11 works?": the
        # time itself put as the question)
        return all(_CONFIRMS_IT.search(q) for q in questions) and len(_stated_times(r)) == 1
    # one time the employer states and puts to the reader only to confirm, moved or not:
    # "We can move your interview to Tuesday, September 1 at 9:30 a.m. Please confirm that
    # this works for you.", "Please come in Wednesday 10/14 at 2:30 PM ... Please reply to
    # confirm." (not "... would Tuesday at 2pm work?", nor two times to choose from)
    return (
        "confirm" in r.low
        and _PLEASE_CONFIRM.search(r.low) is not None
        and len(_stated_times(r)) == 1
    )


# A question asking the reader only to confirm the time stated before it: that they can make
# it ("Can you confirm you can make it?", "could you confirm you can attend?"), or that it
# suits, the time named by a word that points back ("Can you let me know if that morning
# works for you?", "would you confirm this suits?")
_CONFIRMS_IT = re.compile(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:"
    r"confirm\s+(?:that\s+)?you\s+(?:can|could|will\s+be\s+able\s+to|'ll\s+be\s+able\s+to"
    r"|are\s+able\s+to)\s+(?:make|attend|come|be\s+there)\b"
    r"|(?:confirm|let\s+(?:me|us)\s+know)\s+(?:if|whether|that)\s+(?:this|that|it|these|those)"
    r"\b(?:\s+[\w-]+){0,2}?\s+(?:still\s+)?(?:works?|suits?)\b)"
)


# A statement asking the reader to confirm that the time suits: a verb of telling (confirm,
# let us know, advise), whether/if/that, the time (or "this", "it"), and a verb of suiting.
_CONFIRM_IT_SUITS = re.compile(
    r"\b(?:confirm|let\s+(?:me|us)\s+know|advise(?:\s+(?:me|us))?|tell\s+(?:me|us))\s+"
    r"(?:whether|if|that)\s+(?:this|that|it|the|these)?\s*(?:proposed\s+|suggested\s+)?"
    r"(?:(?:date|time|day|slot|appointment|arrangement)s?(?:\s+and\s+(?:date|time))?\s+)?"
    r"(?:still\s+)?(?:suits?|works?|is\s+(?:convenient|suitable|ok|okay|fine)"
    r"|would\s+(?:suit|work|be\s+(?:convenient|suitable|ok|okay|fine)))\b"
)
# ... or that the reader is free then, "that" left out as many write it: "Kindly confirm you
# are available.", "kindly confirm your availability ASAP so I can block the slot"
_CONFIRM_YOU_ARE_FREE = re.compile(
    r"\b(?:confirm|let\s+(?:me|us)\s+know)\s+(?:(?:whether|if|that)\s+)?"
    r"(?:you\s+(?:are|'re|will\s+be)\s+(?:available|free)\b|your\s+availability\b(?!\s+for\s+"
    r"(?:one|any|either|some|the\s+following|these|those)\b))"
)
_SUITS_WORDS = ("suit", "work", "convenient", "fine", " ok")
_CONFIRM_STARTS = ("confirm", "let", "advise", "tell")  # how every _CONFIRM_IT_SUITS begins
_PLEASE_CONFIRM = re.compile(
    r"\b(?:please|kindly)\s+(?:reply\s+to\s+|let\s+(?:me|us)\s+know\s+to\s+)?confirm\b"
)


def _booking_notice(r: Reading) -> bool:
    return (
        "scheduling_link" in r.groups
        # what `_CHANGE_LINK` cannot match without, looked for first: most links are to book
        and ("cancel" in r.low or "reschedule" in r.low or "make changes" in r.low)
        and _CHANGE_LINK.search(r.low) is not None
        and _BOOKED.search(r.low) is not None
    )


# A task handed to the reader: a test, challenge or take-home ("Skills test ... Take it here:
# <link>", "Please upload your solution within 5 days", "here's the take-home assignment ...
# the due date is Monday morning", a one-way video interview's "Please complete your interview
# by 11:59 PM on Friday", "Start your interview: <link>"). The reader owes the work, as they
# owe an answer to a question; a notice that the work came in ("was uploaded successfully",
# "thanks for submitting the challenge") asks nothing more.
_TASK_WORDS = LITERAL_CUES["has_task_word"]  # " test", "assessment", "take-home", ...
_HANDS_A_TASK = re.compile(
    r"\b(?:take|start|complete|begin)\s+(?:it|(?:the|your)\s+\w+(?:\s+\w+)?)"
    r"(?:\s+(?:here|below|at|via|by|within)\b|\s*:)"
    r"|\b(?:upload|submit|send\s+(?:us|me))\s+(?:your|a|the)\s+(?:[\w.-]+\s+){0,4}?"
    r"(?:solution|submission|answers?)\b"
    r"|\bdue\s+(?:date|by|on)\b"
    # the work to be handed back by a date: "Please return it by Tuesday", "submit your files
    # by Wednesday", "send us your Figma link by Monday", "They'd like it back by the 21st"
    # (not the employer's own promise: "we'll return your results by Friday")
    r"|(?<!will\s)(?<!'ll\s)(?<!’ll\s)\b(?:return|submit|send)\s+"
    r"(?:it|them|(?:us\s+)?(?:your|the)\s+(?:[\w.-]+\s+){0,2}?[\w.-]+)"
    r"\s+(?:back\s+)?(?:to\s+(?:us|me)\s+)?by\b"
    r"|\b(?:like|need)\s+(?:it|them)\s+back\s+by\b"
)
_TASK_DONE = re.compile(
    r"\b(?:has|have|was|were)\s+(?:been\s+)?(?:received|uploaded|submitted|completed)\b"
    r"|\bthanks?\s+(?:you\s+)?for\s+(?:submitting|completing|taking|sending|doing)\b"
    r"|\bsubmission\s+(?:received|confirmed)\b"
)


# where every match of `_HANDS_A_TASK` begins (it is tried there only)
_HANDS_A_TASK_STARTS = (
    "take", "start", "complete", "begin", "upload", "submit", "send", "due", "return", "like",
    "need",
)  # fmt: skip


def _hands_a_task(r: Reading) -> bool:
    low = r.low
    return (
        may_hold(r, "has_task_word")
        and holds_any(low, _TASK_WORDS)
        and next(matches_from(_HANDS_A_TASK, low, _HANDS_A_TASK_STARTS), None) is not None
        and _TASK_DONE.search(low) is None
    )


def _asks_candidate(r: Reading) -> bool:
    groups = r.groups
    if groups & _ASK_GROUPS and not (
        groups & _ASK_GROUPS == {"scheduling_link"} and _booking_notice(r)
    ):
        return True
    if _hands_a_task(r) or _asks_how_it_went(r) or _asks_to_be_called(r):
        return True  # (after the sets: they read the text)
    if "ask_soft" in groups:
        padded = r.padded
        for phrase in (" let me know ", " let us know "):
            start = padded.find(phrase)
            while start != -1:
                after = padded[start + len(phrase) : start + len(phrase) + 40]
                before = padded[max(0, start - 60) : start]
                if _SOMEONE_WILL.search(before):
                    pass  # "they'll let me know by Friday": told, not asked
                elif (
                    not after.startswith(_SOFT_ASK_BOILERPLATE)
                    and not _CONDITION_BEFORE.search(before)
                ) or (after.startswith("if ") and holds_any(after, _ASKS_WHETHER)):
                    return True
                start = padded.find(phrase, start + 1)
    body = r.low.partition("\n")[2]  # the text after the subject line
    if "?" in body:
        if _ECHOED_ANSWER_END.search(body):  # what every echoed answer ends with
            body = _ECHOED_ANSWER.sub("", body)  # (the whole pattern is tried at every character)
        for question in questions_in(body):
            # from a word's start: " work" is no "homework", and "sound?" alone has " sound"
            question = " " + question
            if (
                holds_any(question, _QUESTION_TO_CANDIDATE) or _WE_PROPOSE.match(question)
            ) and not holds_any(question, _QUESTION_BOILERPLATE):
                return True
    return False


def _asks_to_be_called(r: Reading) -> bool:
    low = r.low
    return any(
        not _CALL_ME_HEDGED(low, m.start()) and _CALL_ME_LATER.match(low, m.end()) is None
        for m in matches_from(_CALL_ME, low, _CALL_ME_STARTS)
    )


def _employer_message(
    r: Reading, no_overtaken: bool = False, awaits_answer: bool = False, taken_on: bool = False
) -> EmployerMessage:
    groups = r.groups
    rejection = _says_no(r)
    decision = None
    if "decision_context" in groups or "decision_context_weak" in groups:
        decision = when.decision_by_lower(r.low, r.at, lambda: _time_ahead(r))
    events = r.message.events
    invites = bool(events) and any(
        (event.method or "").upper() in _INVITE_OR_CANCEL for event in events
    )
    return EmployerMessage(
        at=r.at,
        sender=r.message.sender,
        asks_candidate=awaits_answer or _asks_candidate(r),
        decision_by=decision,
        is_scheduling=_arranges(groups)
        or invites
        or proposes_any_time(r)
        or (bool(groups & _CONFIRMS) and says_any_time(r))
        or (senders.is_scheduling_tool(r.message.sender.domain) and "reminder" not in groups),
        is_rejection=rejection and not no_overtaken,
        is_offer=(taken_on or bool(groups & _OFFERS)) and not rejection,
    )


def _candidate_message(r: Reading) -> CandidateMessage:
    return CandidateMessage(
        at=r.at,
        to=r.message.to,
        is_thank_you="thank_you" in r.groups,
        is_follow_up="follow_up" in r.groups,
        withdraws=bool(r.groups & _STEPS_OUT) and _withdraws(r.low),
        accepts_offer=bool(r.groups & _TAKES_THE_JOB) and _accepts_offer(r.low),
    )


# The candidate stepping out: withdrawing the application, or declining the offer ("I have
# accepted another offer and would like to withdraw my application", "I must decline the
# offer"). Not asked or said as a condition ("if I withdraw my application, ...", "I do not
# wish to withdraw"), nor accepting ("I am delighted to accept the offer").
_WITHDRAWS = re.compile(
    r"\bwithdraw(?:ing)?\s+(?:my\s+(?:application|candidacy|acceptance)|from\s+(?:consideration"
    r"|the\s+(?:process|running)))\b"
    r"|\b(?:decline|declining|turn(?:ing)?\s+down)\s+(?:the|your)\s+(?:kind\s+|generous\s+)?"
    r"(?:job\s+|employment\s+)?offer\b"
    r"|\bunable\s+to\s+accept\s+(?:the|your)\s+(?:job\s+|employment\s+)?offer\b"
    # turned down in other words: "I have decided not to accept it", "I'm afraid I'll have
    # to pass on the offer", "I'm no longer interested in pursuing the role and would like
    # to remove myself from the process"
    r"|\bdecided\s+not\s+to\s+accept\b"
    r"|\b(?:have\s+to|going\s+to|must|decided\s+to|need\s+to)\s+pass\s+on\s+(?:the|your)\s+"
    r"(?:kind\s+|generous\s+)?(?:job\s+|employment\s+)?offer\b"
    r"|\bremove\s+myself\s+from\s+(?:the\s+process|consideration|the\s+running)\b"
    r"|\bno\s+longer\s+interested\s+in\s+(?:pursuing\s+)?(?:the|this|your)\s+"
    r"(?:role|position|job|opportunity)\b"
    # another job taken: "I've decided to accept a position with another company"
    r"|\baccept(?:ed|ing)?\s+(?:a\s+(?:position|role|job)\s+(?:with|at)\s+another"
    r"|another\s+(?:offer|position|role|job)|an?\s+(?:offer|position|role|job)\s+elsewhere)\b"
    # the interview declined, another path taken, the process left: "so I'll have to decline
    # the interview", "I must respectfully decline", "I've decided to pursue another
    # opportunity", "I've taken another job", "I won't be moving forward with the process"
    r"|\b(?:decline|declining)\s+(?:the|your|this)\s+(?:kind\s+)?(?:interview"
    r"|invitation\s+to\s+(?:an?\s+|the\s+)?interview)\b"
    r"|\b(?:respectfully|politely)\s+decline\b"
    r"|\bpursu(?:e|ing)\s+(?:another|a\s+different)\s+(?:opportunity|role|position|offer)\b"
    r"|\b(?:taken|took)\s+(?:another|a\s+new)\s+(?:job|position|role)\b"
    r"|\b(?:taken|took|accepted)\s+an?\s+(?:job|position|role|offer)\s+elsewhere\b"
    r"|\b(?:won['’]t|will\s+not)\s+be\s+(?:moving\s+forward|proceeding|continuing)\s+with\s+"
    r"(?:the|my|this)\s+(?:process|application|candidacy)\b"
)
# (any "n't": "I haven't accepted another offer yet")
_NOT_STEPPING_OUT = re.compile(r"\b(?:if|whether|not|never|how|\w+n['\u2019]t)\b")


_STEPS_OUT = frozenset({"candidate_decides", "cue_steps_out"})


def _hedged_by(hedges: re.Pattern[str]) -> Callable[[str, int], bool]:
    """A `said_outright` judge: the match's clause, up to 40 characters back, holds a hedge."""

    def hedged(low: str, start: int) -> bool:
        return hedges.search(low[max(0, start - 40) : start].rsplit(".", 1)[-1]) is not None

    return hedged


_STEPPING_OUT_HEDGED = _hedged_by(_NOT_STEPPING_OUT)


# The employer asking the reader to ring them ("Give me a ring Monday morning on 07700 900321
# and we'll have a chat", "give me a call when you have a moment", "please call me back on
# ..."): the call is the reader's to make, the answer theirs to give. Not the usual offer to
# help, said under a condition or as a courtesy ("if you have any questions, give me a call",
# "feel free to call me", "don't hesitate to ring us"), ...
_CALL_ME = re.compile(
    r"\bgive\s+(?:me|us)\s+a\s+(?:call|ring|bell)\b|\b(?:call|ring|phone)\s+(?:me|us)\b"
)
_CALL_ME_STARTS = ("give", "call", "ring", "phone")
# ... nor a call for later, after the interview or should something come up ("give me a call
# straight after so I can hear how it went", "call me if anything comes up").
_CALL_ME_LATER = re.compile(
    r"\s*(?:back\s+)?(?:straight\s+|right\s+|just\s+)?(?:if|after|afterwards|once|should)\b"
)
_CALL_ME_HEDGED = _hedged_by(
    re.compile(
        r"\b(?:if|should|question|questions|free|hesitate|whenever|anytime|any\s+time|can|could"
        r"|may|happy\s+to|welcome\s+to|also)\b"
    )
)


def _withdraws(low: str) -> bool:
    return said_outright(low, _WITHDRAWS, _STEPPING_OUT_HEDGED)


# The candidate taking the offer: "I'm thrilled to accept the offer", "I've signed the offer
# letter", "please accept this as my formal acceptance". Not asked, weighed or put off
# ("before I accept the offer, could we talk about the start date?", "I'd like a few days
# before I accept"), and not the offer declined (read first, `_WITHDRAWS`).
_ACCEPTS_OFFER = re.compile(
    r"\b(?:accept|accepting)\s+(?:the|your|this|that)\s+(?:kind\s+|generous\s+)?(?:job\s+"
    r"|employment\s+)?(?:offer|position|role|job)\b(?!\s+(?:of|for)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:interview|call|meeting|chat|assessment))"
    r"|\bsigned\s+(?:the\s+|my\s+)?offer\b|\bsigned\s+(?:and\s+(?:returned|attached)\s+)?the\s+"
    r"(?:offer\s+)?letter\b"
    r"|\b(?:my|formal)\s+acceptance\s+of\b|\bconfirm\s+my\s+acceptance\b"
)
_NOT_TAKING_IT = re.compile(
    r"\b(?:if|whether|not|never|how|before|until|unable|when)\b"
    r"|\w+n['\u2019]t\b"
)


_TAKING_IT_HEDGED = _hedged_by(_NOT_TAKING_IT)


_TAKES_THE_JOB = frozenset({"candidate_decides", "cue_accepts"})


def _accepts_offer(low: str) -> bool:
    return not _withdraws(low) and said_outright(low, _ACCEPTS_OFFER, _TAKING_IT_HEDGED)


def _time_ahead(r: Reading) -> datetime | None:
    """The first time the message states after it was sent (its interview, in a confirmation
    that says "we'll be in touch within 10 business days of your interview")."""
    ahead = [span.start for span in _text_times(r) if span.start > r.at]
    return min(ahead) if ahead else None


# Office or phone-line hours ("our lines are open Monday to Friday 9am-5pm", "office hours
# are Tuesday to Friday, 10:00 AM - 4:00 PM"): when to reach them, never the interview.
_OFFICE_HOURS_CUES = LITERAL_CUES["has_office_hours_cue"]  # "hours", "open "
_OFFICE_HOURS = re.compile(
    r"\b(?:office|opening|business|working|support|phone|call\s+centre|call\s+center)\s+hours"
    r"\b[^.\n]*"
    r"|\b(?:lines|phones|offices?|we|reception|the\s+office)\s+(?:are|is)\s+(?:open|staffed)\b[^.\n]*"
)


def _without_office_hours(r: Reading) -> str:
    """`r.low` without its office hours, a social evening before and a journey's times.
    While the text is still `r.low` the phrase walk's groups say which lists it may hold
    (`may_hold`); a text with a part taken out may join new strings across the gap."""
    low = r.low
    if may_hold(r, "has_office_hours_cue") and holds_any(low, _OFFICE_HOURS_CUES):
        low = _OFFICE_HOURS.sub(" ", low)
    if (
        (low is not r.low or may_hold(r, "has_eve_cue"))
        and holds_any(low, _EVE_CUES)
        and holds_any(low, _SOCIAL_WORDS)
    ):
        low = _SENTENCE.sub(_unless_eve_social, low)
    if (low is not r.low or may_hold(r, "has_travel_word")) and (
        "flight" in low
        or "airport" in low
        or "driver" in low
        or "shuttle" in low
        or "pick you up" in low
        or "pickup" in low
        or "pick-up" in low
    ):
        low = _SENTENCE.sub(_unless_travel, low)
    return low


# The journey to a visit, with its own times ("I've booked you on the flight arriving Sunday,
# February 7 at 6:15 pm; a driver will meet you at arrivals", "the shuttle leaves the hotel
# at 7:40 am"): a campus visit's or a superday's travel, never the interview; its sentence is
# read as no time at all, unless it names the interview itself ("the driver will bring you
# to your interview at 9:00").
# The airport as a place one travels through ("pick you up at the airport"), not an address
# ("the company headquarters, 4100 Airport Parkway").
_TRAVEL = re.compile(
    r"\b(?:flights?|driver|shuttle|pick\s+you\s+up|pick-?up|(?:at|from|to)\s+the\s+airport)\b"
)
# What the journey's sentence may name that makes its time the occasion's own (a pilot's
# "simulator evaluation", "a short written test").
_THE_OCCASION_ITSELF = re.compile(
    r"\b(?:interview|job\s+talk|presentation|seminar|assessment|superday|test|evaluation"
    r"|simulator|check\s?ride)\b"
)


# The journey and the meeting told in one sentence, as clauses ("You're booked on the 7:10 AM
# flight out of O'Hare on Tuesday, May 5, and we'll meet at our office at 11:00 AM"; "your
# flight lands at 8:05 AM on Thursday; I'll meet you at the office at 10:30 for the interview"):
# the clause that names the meeting or the occasion, not the journey, keeps its clock time;
# the others lose theirs, and the day said with the journey stays.
_CLAUSE_BREAK = re.compile(r"(;|,\s+(?:and|then)\s+|\s+-\s+|\s+and\s+then\s+)")
_MEETING = re.compile(r"\bmeet\b|\bsee\s+you\b")
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|\b\d{1,2}:\d{2}\b")


def _unless_travel(sentence: re.Match[str]) -> str:
    text = sentence.group(0)
    if _TRAVEL.search(text) is None:
        return text
    occasion = _THE_OCCASION_ITSELF.search(text) is not None
    if ";" in text or "," in text or " - " in text or " then " in text:
        parts = _CLAUSE_BREAK.split(text)
        if len(parts) > 1:
            kept = False
            for i in range(0, len(parts), 2):  # the clauses, between their breaks
                clause = parts[i]
                if _THE_OCCASION_ITSELF.search(clause) or (
                    _MEETING.search(clause)
                    and _TRAVEL.search(clause) is None
                    and _SOCIAL.search(clause) is None  # "we'll see you at dinner at 7"
                ):
                    kept = kept or _CLOCK.search(clause) is not None
                else:
                    parts[i] = _CLOCK.sub(" ", clause)
            if kept:
                return "".join(parts)
    return text if occasion else " "


# The social hour the evening before, with its own time ("Our residents will host a dinner the
# night before, Wednesday, December 9, at 6:30 p.m.", "a virtual happy hour the evening before
# your interview, Sunday, November 8, from 7:00 to 8:00 p.m.", "a networking dinner the evening
# before", "the cocktail reception on the previous evening"): a residency's, a bank's or a law
# firm's welcome, never the interview; its sentence is read as no time at all. A sentence here
# runs to a full stop or a blank line, over a wrapped line's break; "p.m." ends one unless the
# sentence goes on ("6:30 p.m. at Marlowe's", "8:00 p.m. Eastern").
_EVE_CUES = LITERAL_CUES["has_eve_cue"]  # "before", "previous", "eve of", ...
_SOCIAL_WORDS = ("dinner", "happy hour", "reception", "social", "mixer", "drinks", "cocktail")
_IN_SENTENCE = (
    r"(?:[^.!?\n]|\n(?![ \t]*\n)|\.(?!\s)"
    r"|(?<=[ap]\.m)\.(?=\s+(?:at|on|in|to|with|and|for|eastern|central"
    r"|pacific|mountain|[ecmp][sd]?t|gmt|bst|local)\b))"
)
_SENTENCE = re.compile(rf"{_IN_SENTENCE}+")
_SOCIAL = re.compile(r"\b(?:dinner|happy\s+hour|reception|social|mixer|drinks|cocktails?)\b")
# ... or the evening named by its weekday ("an informal networking dinner on Thursday evening
# at 6:30 pm" beside "Friday, January 29, 9:00 am to 3:00 pm")
_EVE = re.compile(
    r"\b(?:(?:night|evening|day)\s+before|previous\s+(?:night|evening)|eve\s+of"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:evening|night))\b"
)


def _unless_eve_social(sentence: re.Match[str]) -> str:
    text = sentence.group(0)
    return " " if _SOCIAL.search(text) and _EVE.search(text) else text


def _text_times(r: Reading) -> list[when.TimeSpan]:
    if r.times is None:
        # no clock time said, none to find: the same cues as `find_times_lower` begins with
        if says_any_time(r):
            r.times = when.find_times_lower(_without_office_hours(r), r.at)
        else:
            r.times = []
    return r.times


_REPLY_SUBJECT_STARTS = ("re:", "re :", "aw:", "sv:")


def _own_times(r: Reading) -> list[when.TimeSpan]:
    """The times the message's own words offer or take. A reply's subject ("Re: interview on
    the 12th of March at 2pm") repeats the thread's first message, not what this one says."""
    if r.own_times is None:  # once per message: a proposal's reply asks it again and again
        spans = _text_times(r)
        if spans and r.low.startswith(_REPLY_SUBJECT_STARTS):
            subject, _, body = r.low.partition("\n")
            if when.mentions_a_time(subject):
                spans = when.find_times_lower(body, r.at)
        r.own_times = spans
    return r.own_times


# "11 works!", "2 is fine": the hour alone answering a proposal, taken as the offered slot
# at that hour (the proposal gave the day).
_HOUR_TAKEN = re.compile(
    r"(?:^|\n|[.!] )[ \t]*(?:at\s+)?(?P<h>1[0-2]|[1-9])(?::(?P<m>[0-5]\d))?\s*(?:[ap]\.?m\.?\s*)?"
    # "11 tomorrow works": the day the proposal gave, said again
    r"(?:(?:tomorrow|today|on\s+[a-z]+day|[a-z]+day)\s+)?"
    r"(?:works|would work|is fine|is perfect|is great|suits|sounds good|it is)\b"
)


def _said_hour(r: Reading) -> tuple[int, int] | None:
    """The hour (1-12) and minute of "11 works!", "2:30 is fine", "11 tomorrow works"."""
    body = r.low.partition("\n")[2]
    if not holds_any(body, ("work", "fine", "perfect", "great", "suit", "good", "it is")):
        return None
    m = _HOUR_TAKEN.search(body)
    return (int(m["h"]), int(m["m"] or 0)) if m is not None else None


def _inside_offered(slot: when.TimeSpan, moment: datetime, way: str | None) -> bool:
    """Whether `moment` lies in an offered slot: inside its span, or, for a stretch offered
    with one end open (`way`, `offered_stretch`: "any time after 2pm", "any time before
    noon"), in the rest of its day that way (`when` reads the one time alone)."""
    if slot.end is not None:
        return slot.start <= moment < slot.end
    if slot.start.date() != moment.date():
        return False
    return (way == "after" and slot.start <= moment) or (way == "before" and moment < slot.start)


def _hour_in_stretch(r: Reading, slot: when.TimeSpan, way: str | None) -> when.TimeSpan | None:
    """The hour the reader said inside the one stretch offered ("Are you free tomorrow between
    10 and 12?" - "11 tomorrow works for me": 11:00), as the time taken."""
    said = _said_hour(r)
    if said is None:
        return None
    hour, minute = said
    for h in (hour % 12, hour % 12 + 12):
        start = slot.start.replace(hour=h, minute=minute)
        if _inside_offered(slot, start, way):
            return when.TimeSpan(start, None)
    return None


def _hour_taken(r: Reading, proposed: list[when.TimeSpan]) -> when.TimeSpan | None:
    said = _said_hour(r)
    if said is None:
        return None
    hour, minute = said
    taken = {
        slot.start: slot
        for slot in proposed
        if (slot.start.hour % 12 or 12) == hour and slot.start.minute == minute
    }
    return next(iter(taken.values())) if len(taken) == 1 else None


# A new clock time for the interview already known, with no date ("the interview will now
# start at 2:30 PM instead of 2:00 PM", "we've had to change your interview time to 3:00 PM on
# the same day"): the same day at the new time.
_NEW_CLOCK_CUES = (
    "now start",
    "now begin",
    "now be at",
    "instead of",
    "time to",
    "moved to",
    "move it to",
    "push it",
    "pushed to",
    "forward to",
    "back to",
)
_NEW_CLOCK = re.compile(
    r"\b(?:(?:will\s+)?now\s+(?:start|begin|be)\s+at|instead\s+of"
    r"|change[ds]?\s+(?:your\s+|the\s+)?(?:interview\s+)?(?:start\s+)?time\s+to"
    r"|(?:moved?|moving|pushed?|pushing)\s+(?:it\s+|your\s+interview\s+|the\s+interview\s+)?"
    r"(?:back\s+|forward\s+)?to"
    r"|bring(?:ing)?\s+(?:it|your\s+interview|the\s+interview)\s+forward\s+to)\b"
)


_THE_INTERVIEW_BEFORE = re.compile(
    r"\b(?:interview|your\s+(?:time|slot)|start\s+time|it)\b[^.!?\n,;:]{0,40}$"
)


def _new_clock_same_day(r: Reading, start: datetime) -> datetime | None:
    """The new clock time the message gives the interview, on its day: the time right after
    the cue when the interview is what it is said of ("the interview will now start at 2:30
    PM", "change your interview time to 3:00 PM"; not "the lab tour has moved to 4:00 PM"),
    or a time right before "instead of" the interview's own ("2:30 PM instead of 2:00 PM")."""
    local = start.astimezone(start.tzinfo)
    own = local.time().replace(tzinfo=None)
    new = set()
    for m in _NEW_CLOCK.finditer(r.low):
        if m.group().startswith("instead"):
            if when.clock_times_lower(r.low[m.end() : m.end() + 14])[:1] != [own]:
                continue  # "instead of going straight to the lab": not the interview's time
            window = r.low[max(0, m.start() - 16) : m.start()]
        elif (
            "interview" not in m.group()
            and _THE_INTERVIEW_BEFORE.search(r.low, max(0, m.start() - 60), m.start()) is None
        ):
            continue
        else:
            window = r.low[m.end() : m.end() + 24]
        new.update(c for c in when.clock_times_lower(window) if c != own)
    if len(new) != 1:
        return None
    clock = new.pop()
    return local.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)


def _default_end(start: datetime) -> datetime:
    try:
        return start + DEFAULT_INTERVIEW_LENGTH
    except OverflowError:  # an interview at the end of year 9999 ends when time does
        return datetime.max.replace(tzinfo=start.tzinfo)


class _Interview:
    """The interview time the thread settles on, and the message that settled it."""

    __slots__ = ("start", "end", "index", "cancelled", "inferred", "day_only")

    def __init__(self) -> None:
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.index = -1
        self.cancelled = False
        self.inferred = False  # no clock time known: the times are Afterview's, not the thread's
        self.day_only = False  # ... and the day was fixed ahead (not read from "it took place")


# An interview fixed to a day with no clock time ("your interview will take place on Thursday,
# 4 March") is placed over that day's working hours in the owner's zone: advice to prepare
# holds until the day begins, and the thank-you comes once a working day's interview, at any
# usual hour, is over. The hours are Afterview's guess, flagged `interview_time_inferred`,
# and the wording names the day only.
_WORKING_DAY = (time(9, 0), time(17, 0))


def _working_day(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    begins, ends = _WORKING_DAY
    return datetime.combine(day, begins, tzinfo=zone), datetime.combine(day, ends, tzinfo=zone)


# Asking the reader to pick the time on a day named ("selected to interview on Wednesday,
# October 14 ... sign up for a slot here", "tomorrow morning for an interview. Can I put you
# in for 11:00 am?"): the day is offered with its times, nothing is fixed yet.
_TIME_TO_PICK = frozenset({"scheduling_link", "availability", "choose_slot"})
# a turn-down, or the interview called off or put off ("we have to postpone tomorrow's
# interview"), fixes no day (and is not read)
_NO_DAY_FIXED = _TIME_TO_PICK | {"rejection", "cancel"}
_SLOT_TO_PICK = re.compile(
    r"\bsign\s+up\b|\bslots?\b|\b(?:book|choose|select|pick)\s+(?:a|your)\s+(?:time|slot)\b"
)


def _set_day(chosen: _Interview, index: int, day: date, zone: tzinfo) -> datetime:
    """The interview fixed to `day` by message `index`; its start, which marks it."""
    chosen.start, chosen.end = _working_day(day, zone)
    chosen.index, chosen.cancelled = index, False
    return chosen.start


# When to be there, said apart from the day ("Friday the 29th it is. Please plan to arrive at
# the department by 9:30 am", "Kofi will meet you in the lobby at 8:45"): the clock time
# right after a word of getting there is the start on the day the message fixes. Only one.
_ARRIVAL_CUES = ("arriv", "report to", "meet you", "pick you up")
_ARRIVAL = re.compile(
    r"\b(?:arrive|arrival|report\s+to|meet\s+you|pick\s+you\s+up)\b[^.!?\n;]{0,60}?"
    r"\b(?:at|by)\s+(?=\d)"
)


def _arrival_clock(r: Reading, day: date) -> time | None:
    if not holds_any(r.low, _ARRIVAL_CUES) or _ARRIVAL.search(r.low) is None:
        return None
    stated, offered = when.interview_days_lower(r.low, r.at)
    if not {*stated, *offered} <= {day}:
        return None  # another day named: the clock may be that day's
    clocks = set()
    for m in _ARRIVAL.finditer(r.low):
        clocks.update(when.clock_times_lower(r.low[m.end() : m.end() + 12])[:1])
    return clocks.pop() if len(clocks) == 1 else None


def _stated_day(r: Reading) -> date | None:
    """The one coming day an employer's message states for the interview, no clock time
    said with it (`when.interview_days_lower`); None when it offers days or names none, or
    says a clock time on that day that was not read as the interview's (the words are
    unsure of it, and Afterview does not put a working day in its place)."""
    if r.groups & _NO_DAY_FIXED:
        return None
    stated, offered = when.interview_days_lower(r.low, r.at)
    days = set(stated)
    if len(days) != 1 or not days.issuperset(offered):
        return None
    day = days.pop()
    if (
        _SLOT_TO_PICK.search(r.low)
        or proposes_any_time(r)
        or (says_any_time(r) and any(span.start.date() == day for span in _text_times(r)))
    ):
        return None
    return day


# The candidate's words taking a day: "February 8-9 would be ideal for me", "January 21-22
# works well for me", "I will attend on Thursday, December 10".
_TAKES_A_DAY = re.compile(
    r"\b(?:works?|suits?|ideal|perfect|fine|prefer|happy\s+to|look(?:ing)?\s+forward"
    r"|i(?:'ll|\s+will)\s+(?:arrive|attend|be\s+there|come)|see\s+you)\b"
)


def _day_taken(r: Reading, named_by: Reading) -> date | None:
    """The day of those the employer's message named that the candidate's message takes:
    the one day it names ("January 21-22" is read as its first), with words that take it,
    no clock time of its own and no other time asked for."""
    if says_any_time(r) or _TAKES_A_DAY.search(r.low) is None or _asks_another_time(r):
        return None  # a clock time of the candidate's own settles nothing until it is taken
    # the candidate's own "I will call Campus Travel tomorrow" takes no interview day
    named = set(when.days_said_lower(r.low, r.at, tomorrow=False))
    if len(named) != 1:
        return None  # none, or several put forward ("Monday, August 24 or Tuesday")
    (day,) = named
    return day if day in when.days_said_lower(named_by.low, named_by.at) else None


def _find_interview(readings: Sequence[Reading], zone: tzinfo | None = None) -> _Interview:
    """Walk the thread in order; invites outrank times confirmed in words (module docstring).
    `zone`, the owner's, places an interview fixed to a day with no clock time."""
    chosen = _Interview()
    # the start of the interview fixed to a day with no clock time (it is the chosen one while
    # nothing replaced it: `chosen.start is day_start`); the latest employer message that
    # may have named days for the candidate to take
    day_start: datetime | None = None
    days_named_by: Reading | None = None

    active: dict[str, tuple[int, datetime, datetime]] = {}  # open invites by UID
    from_invite = False
    proposed: list[when.TimeSpan] = []  # times the employer's latest proposal offered
    # the employer's latest message put a time to the candidate, read or not ("could we start
    # at 1:00 PM instead of 11 tomorrow?"); the candidate asked for another time since
    proposal_open = countered = False
    counter: Reading | None = None  # the candidate's message asking for another time
    # the employer's message that offered `proposed`: how long it said the occasion lasts
    # ("Could you do Thursday at 11am for a 20-minute call?") is the length of the slot taken
    proposed_by: Reading | None = None
    for index, r in enumerate(readings):
        invited = cancelled = False
        for event in r.message.events:
            method = (event.method or "").upper()
            if method in _INVITE_METHODS and event.start is not None:
                start = as_aware(event.start)
                end = as_aware(event.end) if event.end is not None else None
                if end is None or end <= start:
                    end = _default_end(start)
                active[event.uid or f"#{index}"] = (index, start, end)
                invited = True
            elif method == "CANCEL":
                if event.uid:
                    active.pop(event.uid, None)
                else:
                    active.clear()
                cancelled = True
        if active and (invited or (cancelled and from_invite)):
            # the latest open invite (a CANCEL of one round leaves the other standing)
            chosen.index, chosen.start, chosen.end = max(
                active.values(), key=lambda v: (v[0], v[1])
            )
            chosen.cancelled, from_invite = False, True
            proposed, proposal_open, countered = [], False, False
            continue
        if cancelled:  # the interview stays known, marked cancelled (the policy reads both)
            chosen.cancelled, from_invite = True, False
            continue
        if r.automated:
            continue
        if r.mine:
            settled = None
            if (proposed or proposal_open) and not from_invite:
                taken = _taken_slot(r, proposed, proposed_by)
                if taken is not None:  # the candidate took one of the times offered
                    settled = taken.start, taken.end or _default_end(taken.start)
                    if proposed_by is not None:
                        settled = _with_stated_length(settled, proposed_by)
            elif "booked_a_time" in r.groups and not from_invite:
                # "I've booked Thursday at 10:30 through the link": the slot the tool took
                settled = _one_occasion(_text_times(r))
            elif (chosen.start is None or chosen.start is day_start) and _confirms_attending(r):
                # "I confirm I will attend on Thursday, March 13 at 11:00 AM": the time the
                # employer gave in words Afterview could not read ("2:00 in the afternoon")
                settled = _one_occasion(_text_times(r))
            elif (
                (chosen.start is None or chosen.start is day_start)
                and r.groups & _AGREES
                and not _asks_another_time(r)
            ):
                # "Yes, Monday 3 August at 9.30am suits me": the time the employer named in
                # a statement ("we'd like you to come in on Monday 3 August at 9.30am; let me
                # know if that suits"), not offered as a question; a time of the candidate's
                # own settles nothing until the employer takes it
                settled = _echoed_time(r, readings[:index])
            if (
                settled is None
                and days_named_by is not None
                and (chosen.start is None or chosen.cancelled or chosen.start is day_start)
            ):
                # "February 8-9 would be ideal for me": the one day of those the employer
                # named that the candidate takes
                day = _day_taken(r, days_named_by)
                if day is not None:
                    day_start = _set_day(chosen, index, day, zone or r.at.tzinfo or UTC)
                    days_named_by = None
                    proposed, proposal_open, countered = [], False, False
                    continue
            if settled is not None:
                chosen.start, chosen.end = settled
                chosen.index, chosen.cancelled = index, False
                proposed, proposal_open, countered = [], False, False
            elif _asks_another_time(r):
                countered = True  # "could we start at 4:30 instead?": the employer's answer settles
                counter = r
                if (
                    chosen.start is not None
                    and chosen.end is not None
                    and r.at < chosen.end
                    and (
                        r.groups & _MOVES_IT
                        or _asks_for_another_slot(r)
                        # "Unfortunately I can't make Tuesday morning - could we do Wednesday
                        # instead?", "I won't be able to attend on Thursday": the time does not
                        # suit, said without "reschedule"; on the day itself not a delay ("my
                        # train is late, I can't make it by 10; 10:20 instead?": it still
                        # takes place)
                        or (
                            (_cannot_attend_it(r) or ("instead" in r.low and proposes_any_time(r)))
                            and (
                                r.at < chosen.start - _NOTICE_TO_MOVE
                                or _RUNNING_LATE.search(r.low) is None
                            )
                        )
                    )
                ):
                    # "I will need to reschedule our interview", "could we push to Friday?":
                    # the coming interview no longer holds until the employer names a new time
                    chosen.cancelled, from_invite = True, False
                    active.clear()
            continue
        if (
            chosen.start is not None
            and chosen.end is not None
            and not chosen.cancelled
            and r.at < chosen.end
            and " instead" in r.low
            and "cancel" not in r.groups
            and _another_day_instead(r)
        ):
            # "Dan had to leave on an emergency - would you be able to come back tomorrow
            # instead?": another day asked for in place of the set one, with no time yet (a
            # time with it is a proposal, read below); the set time no longer holds
            chosen.cancelled, from_invite = True, False
            active.clear()
            days_named_by = r
            continue
        if "cancel" in r.groups and chosen.start is not None:
            # "we need to cancel / move your interview"; "... could you do Friday at 11:30
            # instead?" offers the new time in the same breath
            moved_from = chosen.start
            chosen.cancelled, from_invite = True, False
            active.clear()
            if proposes_any_time(r):
                proposed = [span for span in _text_times(r) if span.start != moved_from]
                proposed_by, proposal_open, countered = r, True, False
            elif not r.groups & _ASK_GROUPS:
                # "we have to move your interview to Friday at 11:30": the one new time stated,
                # not asked; the candidate agreeing to it settles it
                moved_to = [span for span in _own_times(r) if span.start != moved_from]
                if _one_occasion(moved_to) is not None and len(moved_to) == 1:
                    proposed, proposal_open, countered = moved_to, True, False
                    proposed_by = r
                elif not moved_to:
                    # "your interview date has been moved to October 27": the new day alone
                    day = _stated_day(r)
                    if day is not None and day != moved_from.date():
                        day_start = _set_day(chosen, index, day, zone or r.at.tzinfo or UTC)
                        days_named_by = None
                        continue
            days_named_by = r
            continue
        if r.groups & _OFFERS and "interview" not in r.groups:
            # an offer's dates are the job's ("we would like you to start work on 04-05-2026 at
            # 09:30. If this date is not acceptable, please contact me"), not an interview's:
            # the candidate's "04-05-2026 works for me" takes no interview slot
            proposed, proposal_open, days_named_by = [], False, None
            continue
        if _booking_notice(r) and not from_invite:
            booked = _with_stated_length(_one_occasion(_stated_times(r)), r)
            if booked is not None:
                chosen.start, chosen.end = booked
                chosen.index, chosen.cancelled = index, False
                proposed, proposal_open, countered = [], False, False
                continue
        if (
            (r.groups & _PROPOSES or proposes_any_time(r))
            and not _one_time_to_confirm(r)
            # its start and its end, set out as labelled lines, are no choice of two times
            and _labelled_span(r) is None
        ):
            spans = _own_times(r)
            proposal_open, countered = proposes_any_time(r), False
            if spans:
                proposed, proposed_by = spans, r
                if (
                    chosen.start is not None
                    and chosen.end is not None
                    and r.at < chosen.end
                    and (" instead" in r.low or _a_choice_of_times(spans, r.at))
                    and all(span.start != chosen.start for span in spans)
                ):
                    # "the panel is no longer available on Friday. Could you do Monday 12th
                    # at 11:00 or Tuesday 13th at 15:00 instead?": other times offered in
                    # place of the coming one, which no longer holds until one is taken; so
                    # too a choice of other times without "instead" ("We'd love to
                    # reschedule and suggest: Wednesday 3 June, 15:00; Thursday 4 June,
                    # 13:00", or after the reader asked to move it: "Could you do Friday at
                    # 9:00 or Monday at 1:30?"): a time set is not offered again as a choice
                    chosen.cancelled, from_invite = True, False
                    active.clear()
                continue
            if "scheduling_link" in r.groups:
                continue
        elif countered:
            # the candidate asked for another time; the employer's answer naming one settles it
            # ("Of course. Thursday, March 13 at 3:45 PM ET.", "4:30 PM MT on Monday works")
            stated = _stated_times(r)
            settled = _with_stated_length(_one_occasion(stated), r)
            if settled is not None and counter is not None and _by_weekday_only(r, settled[0]):
                settled = _counter_date(settled, counter)
            if settled is None and not stated and r.groups & _AGREES and counter is not None:
                # "Sure, that works - see you then!": the one new time the candidate asked for
                asked = [s for s in _text_times(counter) if s.start != chosen.start]
                settled = _one_occasion(asked)
            if settled is not None:
                chosen.start, chosen.end = settled
                chosen.index = index
                chosen.cancelled, from_invite = False, False
                proposed, proposal_open, countered = [], False, False
                continue
        if (
            chosen.start is not None
            and not chosen.cancelled
            and not from_invite  # the invite outranks words about the same interview
            and r.at < chosen.start
            and holds_any(r.low, _NEW_CLOCK_CUES)
            and _NEW_CLOCK.search(r.low)
            and not _stated_times(r)
        ):
            moved = _new_clock_same_day(r, chosen.start)
            if moved is not None:
                length = (chosen.end or _default_end(chosen.start)) - chosen.start
                chosen.start, chosen.end = moved, moved + length
                chosen.index = index
                from_invite = False
                continue
        if _awaits_the_employer(r):
            continue  # a time asked for, not given: "still needs to confirm or reject the booking"
        if not says_any_time(r) or (
            not r.groups & _STATES_A_TIME
            and not _lists_details(r)
            and not _states_the_occasion(r)
            and not _names_a_coming_interview(r)
            and not _one_time_to_confirm(r)  # the one time put to the reader to confirm
        ):
            settled = None  # no clock time said (nothing to settle), or none stated as the occasion
        elif from_invite and chosen.end is not None and r.at < chosen.end:
            continue  # the invite outranks words about the same interview; a later round's wins
        else:
            stated = _stated_times(r)
            settled = _with_stated_length(_one_occasion(stated), r)
            if settled is None and len(stated) > 1:
                settled = _agenda_over_days(r, stated) or _labelled_span(r)
        if settled is not None:
            chosen.start, chosen.end = settled
            chosen.index = index
            chosen.cancelled, from_invite = False, False
            proposed, proposal_open, countered = [], False, False
            days_named_by = None
        elif not from_invite and (
            chosen.start is None or chosen.cancelled or chosen.start is day_start
        ):
            # no clock time for it, known or said here: the one day the message states
            # ("your interview on Thursday, March 4"), else the days it names, to be taken
            day = _stated_day(r)
            if day is not None:
                day_start = _set_day(chosen, index, day, zone or r.at.tzinfo or UTC)
                days_named_by = None
                proposed, proposal_open, countered = [], False, False
            else:
                days_named_by = r
            if day_start is not None and chosen.start is day_start:
                # the day fixed (here or before), and when to be there said apart from it
                arrival = _arrival_clock(r, day_start.date())
                if arrival is not None:
                    chosen.start = day_start.replace(hour=arrival.hour, minute=arrival.minute)
                    chosen.end, chosen.index = _default_end(chosen.start), index
                    days_named_by = None
    if chosen.start is None and not chosen.cancelled:
        _infer_past_interview(readings, chosen)
    elif day_start is not None and chosen.start is day_start:
        chosen.inferred = chosen.day_only = True
        _held_sooner(readings[chosen.index + 1 :], chosen)
    _moved_by_a_later_notice(readings, chosen)
    _settled_by_a_later_exchange(readings, chosen)
    return chosen


# A move after the time was set: a message with a word that moves it ("rescheduled", "we need
# to move your interview", "has been postponed") and one new occasion. Told by the employer's
# side, asking nothing ("Sunnyside Market rescheduled your interview. New time: Thursday, July
# 9 at 11:00 AM"), it holds as the old time did; asked ("we need to move your interview. Would
# 27 Nov, 15:15 work instead?"), or put by the candidate ("I had to move my interview to
# Thursday 18 June at 10:00 - I hope that is still fine for the panel"), it holds once the
# other side's next message agrees. Either way the old time, now passed, is no interview held.
_MOVES_THE_TIME = frozenset({"reschedule", "cancel"})
_AGREES_TO_IT = frozenset({"accepts", "time_works"})


def _moved_by_a_later_notice(readings: Sequence[Reading], chosen: _Interview) -> None:
    """Moves `chosen` to the one new time a later message moves it to (see above): a shape of
    the thread read after the walk, from the readings the walk made."""
    for index in range(chosen.index + 1, len(readings)):
        r = readings[index]
        if (
            chosen.start is None
            or r.automated
            or not r.groups & _MOVES_THE_TIME
            or "rejection" in r.groups
        ):
            continue
        new = [s for s in _text_times(r) if s.start > r.at and s.start != chosen.start]
        occasion = _one_occasion(new)
        if occasion is None:
            continue
        settled_by = index
        if r.mine or r.groups & _ASK_GROUPS or proposes_any_time(r):
            # asked, or the candidate's: the other side's next message must take it
            settled_by = next(
                (i for i in range(index + 1, len(readings)) if _answers(readings[i], r)), -1
            )
            if settled_by < 0 or not _agrees_to(readings[settled_by], occasion[0]):
                continue
        length = (chosen.end or _default_end(chosen.start)) - chosen.start
        chosen.start, chosen.end = occasion
        if not any(s.end for s in new):
            chosen.end = chosen.start + length  # the move keeps the interview's length
        chosen.index, chosen.cancelled = settled_by, False
        chosen.inferred = False


def _answers(r: Reading, put: Reading) -> bool:
    """Whether `r` is written by the other side than `put` (auto-replies answer nothing)."""
    return not r.automated and r.mine != put.mine


def _agrees_to(r: Reading, start: datetime) -> bool:
    """Whether `r` agrees to the time starting at `start`, naming no other coming time and
    moving nothing itself."""
    return (
        bool(r.groups & _AGREES_TO_IT)
        and not r.groups & _MOVES_THE_TIME
        and all(s.start == start for s in _text_times(r) if s.start > r.at)
    )


# A time put by one side and taken by the other's next message, after the walk's settled time
# (or with none): the employer names one time ("could you come in on Monday, February 9 at
# 10:00 AM?") and the candidate's answer agrees ("Monday the 9th at 10:00 works perfectly"),
# naming no other; or the candidate puts times forward ("I could do Tuesday 13 October after
# 2pm") and the employer's answer names one, asking nothing ("Tuesday 13th at 3pm UK time it
# is"). A choice of times, a new time asked for, a move or a decision is not taken; a reply's
# subject restates the thread's first time, not what the message puts (`_own_times`).
_OFFERS_A_CHOICE = frozenset({"availability", "scheduling_link", "choose_slot"})
_ENDS_OR_MOVES = frozenset({"rejection", "offer", "offer_plain", "reschedule", "cancel"})


def _one_time_put(r: Reading) -> tuple[datetime, datetime] | None:
    """The one coming occasion the message's own words name; None for none or a choice."""
    coming = [s for s in _own_times(r) if s.start > r.at]
    if len({s.start for s in coming}) != 1:
        return None
    return _one_occasion(coming)


def _is_coming(chosen: _Interview, at: datetime) -> bool:
    return chosen.start is not None and chosen.start > at


def _time_taken(put: Reading, answer: Reading) -> tuple[datetime, datetime] | None:
    """The one time `put` names that `answer`, the other side's next message, takes."""
    if (put.groups | answer.groups) & _ENDS_OR_MOVES:
        return None
    if answer.mine:
        occasion = _one_time_put(put)
        if (
            occasion is None
            or not answer.groups & _AGREES_TO_IT
            or any(s.start != occasion[0] for s in _own_times(answer) if s.start > answer.at)
        ):
            return None
        return occasion
    occasion = _one_time_put(answer)
    if occasion is None or answer.groups & (_OFFERS_A_CHOICE | _ASK_GROUPS):
        return None
    if not (_own_times(put) or put.groups & (_AGREES_TO_IT | _OFFERS_A_CHOICE)):
        return None  # nothing of the candidate's about a time for the employer to answer
    return occasion


def _settled_by_a_later_exchange(readings: Sequence[Reading], chosen: _Interview) -> None:
    """Settles `chosen` at the time the latest exchange after it puts and takes (see above):
    a shape of the thread read after the walk, from the readings the walk made."""
    spoken = [i for i, r in enumerate(readings) if not r.automated]
    for put_at, answer_at in zip(spoken, spoken[1:], strict=False):
        put, answer = readings[put_at], readings[answer_at]
        if (
            put.mine == answer.mine
            or chosen.index > put_at
            # the walk read a coming time from the message that put it
            or (chosen.index == put_at and not chosen.inferred and _is_coming(chosen, put.at))
        ):
            continue
        if (
            "happened" in answer.groups
            and chosen.end is not None
            and not chosen.cancelled
            and answer.at >= chosen.end
        ):
            # the employer's word after the interview that it took place ("Thanks again for
            # coming in. We're seeing one more candidate on Friday at 2pm"): its times are of
            # the process after it, not the reader's interview taken
            continue
        occasion = _time_taken(put, answer)
        if occasion is None or (
            chosen.start == occasion[0] and not chosen.cancelled and chosen.index >= put_at
        ):
            continue
        chosen.start, chosen.end = occasion
        chosen.index, chosen.cancelled = answer_at, False
        chosen.inferred = False


def _held_sooner(later: Sequence[Reading], chosen: _Interview) -> None:
    """An interview fixed to a day ends, at the latest, when a message on that day says it
    took place ("thank you for meeting me today", written at 13:00): the thank-you is due
    from then, not from the working day's end."""
    said = _Interview()
    _infer_past_interview(later, said)
    if said.end is None or chosen.start is None or chosen.end is None:
        return
    on_the_day = said.end.astimezone(chosen.start.tzinfo).date() == chosen.start.date()
    if said.end < chosen.end and on_the_day:
        chosen.start, chosen.end = min(chosen.start, said.end - DEFAULT_INTERVIEW_LENGTH), said.end


# A booking tool's notice of a time the candidate asked for, still to be accepted or turned
# down by the employer ("Your booking has been submitted. Marc Dubois still needs to confirm
# or reject the booking.", "awaiting approval"), or turned down ("Your event request has been
# declined"): the time it names is no interview set.
_AWAITS_THE_EMPLOYER = re.compile(
    r"\bstill needs? to (?:confirm|approve|accept)\b"
    r"|\b(?:awaiting|pending|waiting for) (?:the )?"
    r"(?:organi[sz]er's |host's |employer's )?approval\b"
    r"|\b(?:request|booking) (?:has been|was) (?:declined|rejected)\b"
)


def _awaits_the_employer(r: Reading) -> bool:
    low = r.low
    return (
        may_hold(r, "has_awaiting_word")
        and ("still need" in low or "approval" in low or "declined" in low or "rejected" in low)
    ) and _AWAITS_THE_EMPLOYER.search(low) is not None


# An interview's details set out as labelled lines ("Date: Monday 9 November", "Time: 15:30",
# "When: ..."): a notice stating the occasion, whatever its words around them say. Not in an
# application receipt, whose "Date:" is when the application was sent.
_DETAILS_LINE = re.compile(
    r"^[ \t]*(?:date|day|when|time|date and time|date & time|new date|new time"
    # an occasion over a day or two set out by its ends ("Starts: Wednesday 17 February,
    # 9.00am", "Start: ..."); not "Start date:", a job's first day
    r"|starts?|begins?)[ \t]*:[^\n]*\d",
    re.MULTILINE,
)
# A moved interview's notice keeps the old time for reference ("Previous time: Thursday 12
# November at 09:00"): that line states no occasion.
# It names the old time in a sentence too ("The time you booked before (Thursday, October 8,
# 10:00 AM) has been released", "your original slot on Tuesday at 9 is no longer held", "the
# appointment you had previously booked for Monday at 3pm has been cancelled").
_FORMER_TIME_LINE = re.compile(
    r"^[ \t]*(?:previous|original|old|former|earlier)\b[^:\n]{0,24}:[^\n]*$"
    r"|[^.!?\n]*\b(?:previous|original|old|former|earlier)\s+(?:interview\s+)?"
    r"(?:time|slot|date|booking|appointment|reservation)\b[^.!?\n]*"
    r"|[^.!?\n]*\b(?:booked|chose|selected|picked|reserved)\s+(?:before|previously|earlier)\b"
    r"[^.!?\n]*"
    r"|[^.!?\n]*\bpreviously\s+(?:booked|chose|chosen|selected|picked|reserved)\b[^.!?\n]*",
    re.MULTILINE,
)
_FORMER_CUES = LITERAL_CUES["has_former_cue"]  # "previous", "original", "old ", ...


def _lists_details(r: Reading) -> bool:
    if ":" not in r.low:
        return False
    if (
        "application" in r.groups
        and "interview" not in r.groups
        # the letter that shortlists the reader now for a test or a day at a set time speaks
        # of their application too ("Thank you for your application ... you have been
        # shortlisted and are invited to a written assessment. Date: ... Time: ...")
        and not _shortlisted_now(r.low)
    ):
        return False
    return _DETAILS_LINE.search(r.low) is not None


# An occasion set out by its two ends on labelled lines ("Starts: Wednesday 17 February 2027,
# 9.00am / Finishes: Thursday 18 February 2027, 1.00pm"): one occasion from the first to the
# second, where `_one_occasion` would read two days as a choice.
_START_LINE = re.compile(r"^[ \t]*(?:starts?|begins?)[ \t]*:([^\n]*)", re.MULTILINE)
_END_LINE = re.compile(r"^[ \t]*(?:finish(?:es)?|ends?|closes?)[ \t]*:([^\n]*)", re.MULTILINE)
_SPAN_REACH = timedelta(days=5)


def _labelled_span(r: Reading) -> tuple[datetime, datetime] | None:
    low = r.low
    if not may_hold(r, "has_start_word") or ("start" not in low and "begin" not in low):
        return None
    starts, ends = _START_LINE.findall(low), _END_LINE.findall(low)
    if len(starts) != 1 or len(ends) != 1:
        return None  # none, or a choice of sittings
    first = when.find_times_lower(starts[0], r.at)
    last = when.find_times_lower(ends[0], r.at)
    if len(first) != 1 or len(last) != 1:
        return None
    start, end = first[0].start, last[0].start
    if not r.at < start < end <= start + _SPAN_REACH:
        return None
    return start, end


# "Your video interview for Barista with Acme is tomorrow at 8:15 AM": a notice stating the
# occasion in other words than "your interview is" ("confirmed" wording in detect.py).
_THE_OCCASION_IS = re.compile(
    r"\byour\b[^.!?\n]{0,60}?\b(?:interview|call|screen|screening|meeting|assessment)\b"
    r"[^.!?\n]{0,60}?\b(?:is|will be)\s+(?:on|at|tomorrow|today|this|next|set|booked)\b"
)


# An invitation naming the occasion as British, Irish, Indian, Gulf and New Zealand HR letters
# put it ("you are invited to attend an interview on Tuesday 14th of April at 10:15", "we would
# like to invite you for an interview on 17-03-2026 at 14:30", "you are requested to appear for
# an interview on Sunday, 17 May at 11:00 AM (GST)", "we'd love to have you in for an
# interview on Monday 18 May at 1.30pm"): the one time it gives is the interview's, even when
# the letter also says "you have been shortlisted" or "your application" (application wording).
_INVITED_TO_THE_OCCASION = re.compile(
    r"\b(?:attend|appear\s+for|report\s+for|come\s+in\s+for|(?:have|see)\s+you\s+in\s+for"
    r"|invit(?:e|ed|ing)\s+(?:you\s+)?(?:to|for))\s+(?:attend\s+)?(?:an?|your|the)\s+"
    r"(?:[\w-]+\s+){0,2}?interview\s+(?:on|at)\b"
)


# Said of whoever gets through, not to the reader: "shortlisted candidates will be invited to
# attend an interview on Monday 18 May at 10:00", "if you are invited for an interview on ...".
_NOT_THE_READER_YET = re.compile(r"\b(?:will|may|might|would|if|candidates|applicants)\b")


def _invited_now(m: re.Match) -> bool:
    return _NOT_THE_READER_YET.search(m.string, max(0, m.start() - 32), m.start()) is None


def _states_the_occasion(r: Reading) -> bool:
    low = r.low
    if (
        "attend" in low
        or "invit" in low
        or " for an interview" in low
        or " for the interview" in low
    ) and any(map(_invited_now, _INVITED_TO_THE_OCCASION.finditer(low))):
        return True
    return "your" in low and _THE_OCCASION_IS.search(low) is not None


# An interview message naming one coming time in other words than the confirmation wording
# detect.py knows ("Please hold Thursday, 1-2pm ET for your interview", "our hiring manager
# will call you on Thursday at 1:00 PM"): the time is the interview's unless it is a deadline.
_NOT_NAMING_THE_INTERVIEW = frozenset(
    {"application", "happened", "rejection", "offer", "availability", "scheduling_link",
     "choose_slot", "cancel", "reschedule"}
)  # fmt: skip
_DEADLINE_BEFORE_A_TIME = re.compile(
    r"\b(?:by|before|until|no later than|deadline|due|expires?|closes?|closing)\b"
    r"[^.!?\n]{0,40}?\d"
)


# The reader shortlisted now ("you are shortlisted to meet ...", "your profile has been
# shortlisted"), not maybe ("if you are shortlisted, interviews will be on ..."): application
# wording that invites, not an application's receipt.
_SHORTLISTED = re.compile(
    r"\b(?:(if|whether|once|when|until|unless)\s+)?(?:you|your\s+\w+)\s+(?:\w+\s+){0,2}?shortlisted\b"
)


def _shortlisted_now(low: str) -> bool:
    return "shortlisted" in low and any(not m[1] for m in _SHORTLISTED.finditer(low))


# The next round named in a message about the last one ("thanks for coming in yesterday ...
# the next step of the interview process: a working interview on Saturday at 4"): the time it
# states ahead is that round's, though the message also says an interview happened.
_NEXT_ROUND = re.compile(
    r"\bnext\s+(?:step|round|stage)\b|\bsecond\s+(?:round|interview)\b|\binvit(?:e|ed|ing)\s+you\b"
)


def _names_a_coming_interview(r: Reading) -> bool:
    # the interview named in the text, or in the subject of a letter that is no reply ("Subject:
    # Interview - Production Manager": "I'd like to have you in to talk on Wednesday, October
    # 14 at 1:00 pm"); a reply's subject only repeats what the thread began with
    if "interview" not in r.groups and not (
        "interview" in r.subject_groups and not has_reply_prefix(r.message.subject)
    ):
        return False
    blocked = r.groups & _NOT_NAMING_THE_INTERVIEW
    if blocked == {"happened"} and _NEXT_ROUND.search(r.low) is not None:
        blocked = set()
    if blocked and not (
        blocked == {"application"} and (_shortlisted_now(r.low) or "interview" not in r.groups)
    ):
        return False
    occasion = _one_occasion(_text_times(r))
    # read as `_text_times` reads it: the social evening before ("a dinner the night before
    # (Thursday, February 4, 7:00 pm)") is no time, so its "before" is no deadline either
    said = _without_office_hours(r) if occasion is not None else r.low
    if occasion is not None and occasion[0] > r.at and _DEADLINE_BEFORE_A_TIME.search(said) is None:
        return True
    if not holds_any(said, _DEADLINE_CUES):
        return False
    # A reply-by deadline beside the interview's time ("shortlisted for an interview on
    # Thursday 07/05 at 2.30pm ... revert on this by 5pm tomorrow", "confirm your attendance
    # by Friday 29th May"): read without the deadline clauses, the time left is the interview's
    low = _DEADLINE_CLAUSE.sub(_unless_the_hour_of_the_day, said)
    if low == said or _DEADLINE_BEFORE_A_TIME.search(low) is not None:
        return False
    occasion = _one_occasion(when.find_times_lower(low, r.at))
    return occasion is not None and occasion[0] > r.at


# The candidate confirming they will attend ("I confirm that I will attend", "writing to
# confirm my attendance"), not asking the employer to confirm.
_CONFIRMS_ATTENDING = re.compile(
    r"\b(?:i|i'm|i am|i'd like to|writing to|happy to|pleased to)\s+(?:\w+\s+){0,2}?confirm"
)


def _confirms_attending(r: Reading) -> bool:
    if "confirm" not in r.low or _asks_another_time(r) or proposes_any_time(r):
        return False
    return _CONFIRMS_ATTENDING.search(r.low) is not None


# A candidate asking to move the interview or putting another time forward.
_ANOTHER_TIME = frozenset({"reschedule", "cancel", "availability"})
# ... and of those, the words that move the one set ("reschedule", "push to Friday"), not a
# mere "my availability" in passing
_MOVES_IT = frozenset({"reschedule", "cancel"})
# "I will not be able to attend the interview scheduled for Thursday at 09:00": the time
# named is the one that does not suit.
_CANNOT_ATTEND = re.compile(
    r"\b(?:not be able to|unable to|cannot|can't|can not|won't be able to|couldn't"
    r"|(?:can|could) no longer)"
    r"\s+(?:attend|make)\b"
)
# ... or says the time does not suit in other words: "I'm not available during the time you
# proposed", "I am unavailable on Wednesday", "I won't be free at 2:00 pm on the 10th"
_NOT_AVAILABLE = re.compile(
    r"\b(?:i'm|i am|i'll be|i will be)\s+(?:not\s+available|unavailable|not\s+free)\b"
    r"|\bi\s+(?:won't|will\s+not)\s+be\s+(?:available|free)\b"
)


# How long before an interview a "can't make it" asks to move it whatever it says; nearer,
# a delay ("running late", "I can't make it by 10", "be there by 10:20") keeps it standing
_NOTICE_TO_MOVE = timedelta(hours=12)
_RUNNING_LATE = re.compile(
    r"\brunning\s+(?:a\s+(?:little|bit)\s+)?late\b|\bmake\s+it\s+(?:by|until|for)\b"
    r"|\bbe\s+there\s+by\b|\bminutes\s+late\b|\bdelayed\b"
)


def _cannot_attend(r: Reading) -> bool:
    low = r.low
    if ("attend" in low or "make" in low) and _CANNOT_ATTEND.search(low) is not None:
        return True
    return ("available" in low or " free" in low) and _NOT_AVAILABLE.search(low) is not None


# What the candidate cannot attend is the interview: said with nothing after it ("I won't be
# able to attend."), or of the interview, its day or its time ("make Thursday at 2pm", "attend
# on Thursday", "make it"), not of another occasion ("attend the open evening next month").
_CANNOT_ATTEND_IT = re.compile(
    r"\s*(?:[.,;!?]|$|-|\b(?:it|that|this|then|the\s+interview|our\s+interview|my\s+interview"
    r"|during|for\s+(?:the|that|this|our|my)\b"
    r"|the\s+(?:call|meeting|slot|time|appointment)|on\b|at\b|tomorrow|today"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
)


def _cannot_attend_it(r: Reading) -> bool:
    if not _cannot_attend(r):
        return False
    return any(
        _CANNOT_ATTEND_IT.match(r.low, m.end())
        for pattern in (_CANNOT_ATTEND, _NOT_AVAILABLE)
        for m in pattern.finditer(r.low)
    )


# Another day put to the reader in place of the set one, in a question: "would you be able to
# come back tomorrow instead?", "could you come in on Monday instead?", "can we do it next
# week instead?". A coming to meet, not another errand ("could you bring your portfolio
# tomorrow instead of emailing it?").
_ANOTHER_DAY_INSTEAD = re.compile(
    r"\b(?:come|meet|do\s+it|do\s+this|do|move\s+it|push\s+it|make\s+it|switch\s+to|interview)"
    r"\b[^.!?\n]{0,40}?\b(?:tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+week"
    r"|later\s+this\s+week|another\s+day|a\s+different\s+day)\b[^.!?\n]{0,20}?\binstead\b"
)


def _another_day_instead(r: Reading) -> bool:
    if _own_times(r):
        return False  # a time with it: a proposal (`_find_interview`'s own branch)
    return any(
        "instead" in question and _ANOTHER_DAY_INSTEAD.search(question)
        for question in questions_in(r.low)
    )


def _asks_another_time(r: Reading) -> bool:
    return (
        bool(r.groups & _ANOTHER_TIME)
        or proposes_any_time(r)
        or _cannot_attend(r)
        or _asks_for_another_slot(r)
    )


# Another day or time asked for in a question of the candidate's ("Is it possible to interview
# on a different day?", "Could we find another day for the interview?", "Would there be any
# other date available?"): the time named no longer stands until the employer names one.
_ANOTHER_SLOT_WORDS = ("different", "another", "other", "alternat")
_ANOTHER_SLOT = re.compile(
    r"\b(?:different|another|other|alternative|alternate)\s+"
    # the occasion may be named between: "a different assessment centre date", "another
    # interview slot", "other available days" (not "other questions at this time")
    r"(?:(?!(?:for|at|in|on|to|of|with|about|the|this|that|a|an|my|your|our)\b)[\w-]+\s+){0,2}"
    r"(?:day|date|time|slot)s?\b"
)


def _asks_for_another_slot(r: Reading) -> bool:
    if not r.mine or "?" not in r.low or not holds_any(r.low, _ANOTHER_SLOT_WORDS):
        return False
    return any(_ANOTHER_SLOT.search(q) for q in questions_in(r.low.partition("\n")[2]))


# A time the reader must act by is no occasion: "please complete your video interview by
# 11:59 PM IST on Friday, February 6", "the form is due by 5pm Thursday". Only the date and
# time words after the cue go with it ("arrive by 9:45 for your 10:00 interview" keeps the
# 10:00; "confirm by Friday whether Monday at 10 works" keeps Monday).
_ZONE = r"(?:[ecmpa][sd]?t|ist|bst|cest|cet|gmt|utc|aest|sgt|jst|hkt|sast)"
_DAY_OR_HOUR = (
    r"(?:\d{1,4}(?:[:./]\d{1,2})*(?:st|nd|rd|th|\s?[ap]\.?m\b\.?)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri"
    r"|sat(?:ur)?|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
    r"|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|tomorrow|tonight|today|noon|midnight|end of)"
)
_DEADLINE_CLAUSE = re.compile(
    r"\b(?:by|no later than|due(?:\s+(?:by|on))?|deadline(?:\s+is)?|expires?(?:\s+(?:on|at))?"
    r"|closes?(?:\s+(?:on|at))?"
    # the answer asked for before a time: "Please confirm your attendance by replying to this
    # email before 17:00 on 16/03/2027" (not "please arrive before 9:45")
    r"|(?:confirm|reply|replying|respond|responding|revert)\b[^.!?\n]{0,40}?\bbefore)\s*:?\s+"
    + _DAY_OR_HOUR
    + r"\b(?:[\s,]+(?:"
    + _DAY_OR_HOUR
    + r"|a\.?m\.?|p\.?m\.?|"
    + _ZONE
    + r"|on|at|the|of|day)\b)*"
)
_DEADLINE_CUES = ("by ", "no later", "due", "deadline", "expire", "close", "before")
# The hour to be there by, said right after the occasion's day, as West African and South
# Asian invitations put it ("scheduled for an interview ... on Wednesday, 10th February 2027 by
# 10:00am", "report at our office on 14th October, 2027 by 9am"): the occasion's time, not a
# deadline; a day that is itself a deadline's ("no later than Friday 8th October by 4pm") or
# an answer's ("confirm by Friday 8 October by noon") keeps its "by" a deadline.
_BY_THE_HOUR = re.compile(
    r"by\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)?(?!\s*(?:st|nd|rd|th)\b)"
)
_DAY_JUST_SAID = re.compile(
    r"(?:\b(?:19|20)\d{2}|\b\d{1,2}(?:st|nd|rd|th)?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\s*,?\s*$"
)
_DAY_OF_A_DEADLINE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|deadline|due|latest|confirm|reply|respond|revert"
    r"|acknowledge|submit|send|return|let\s+us\s+know|complete[ds]?|finish|upload)\b"
)
# ... in a sentence that speaks of coming to the occasion
_COMING_TO_IT = re.compile(r"\b(?:interview|report|attend|appear|come|scheduled|venue)")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n\s*\n")


def _unless_the_hour_of_the_day(m: re.Match[str]) -> str:
    text = m.group(0)
    if text.startswith("by") and _BY_THE_HOUR.fullmatch(text.rstrip()):
        before = m.string[max(0, m.start() - 200) : m.start()]
        sentence = _SENTENCE_BREAK.split(before)[-1]
        if (
            _DAY_JUST_SAID.search(sentence)
            and _COMING_TO_IT.search(sentence)
            and _DAY_OF_A_DEADLINE.search(sentence) is None
        ):
            return "at" + text[2:]  # read as the time it is, no deadline left in the text
    return " "


# The header lines a forwarded letter opens with ("From: ...", "Date: 20 April 2026 at
# 11:02:14 BST", "To: ...", "Subject: ..."), three or more together, "Date:" or "Sent:" among
# them: not an interview's labelled "Date:" field, which stands without "From:" above it.
_FORWARDED_HEADERS = re.compile(
    r"^[ \t>]*from:[^\n]*\n(?:[ \t>]*(?:to|cc|subject):[^\n]*\n)*"
    r"[ \t>]*(?:date|sent):[^\n]*\n(?:[ \t>]*(?:to|cc|subject):[^\n]*\n?)+",
    re.MULTILINE,
)


def _stated_times(r: Reading) -> list[when.TimeSpan]:
    """The times a message states, without the lines that give a moved interview's old time
    and without the times the reader must do something by."""
    low = _without_office_hours(r)
    if "from:" in low and "date:" in low:
        # a forwarded letter's own headers: when it was sent is no time it states
        low = _FORWARDED_HEADERS.sub("", low)
    if (
        (low is not r.low or may_hold(r, "has_former_cue"))
        and holds_any(low, _FORMER_CUES)
        and _FORMER_TIME_LINE.search(low)
    ):
        low = _FORMER_TIME_LINE.sub("", low)
    if holds_any(low, _DEADLINE_CUES):
        low = _DEADLINE_CLAUSE.sub(_unless_the_hour_of_the_day, low)
    if low is r.low:
        return _text_times(r)
    return when.find_times_lower(low, r.at)


# How long the interview is said to last, in the message that states its time ("the
# interview should last up to two hours", "will last approximately 45 minutes", "a 90-minute
# panel"): its end, where the time has none of its own (a range or an invite's end wins).
_LENGTH_NUMBER = r"(?P<n{k}>\d{{1,3}}(?:\.5)?|an?|one|two|three|four|five|six|half an?)"
_LENGTH_UNIT = r"(?P<u{k}>minutes?|mins?|hours?|hrs?)\b(?P<half{k}>\s+and\s+a\s+half)?"
# Said of the occasion ("the interview ... will last", "it should take"), and not of getting
# there ("it takes about two hours to drive from the city", "an hour by train").
_ABOUT = r"(?:(?:approximately|approx\.?|about|around|roughly|up\s+to|no\s+more\s+than)\s+)?"
_STATED_LENGTH = re.compile(
    r"\b(?:interview|call|conversation|meeting|session|panel|round|visit|it|this|which"
    # a whole day's: "the callback will last about three hours", "The day lasts about five
    # hours", "the assessment runs for around six hours"
    r"|callback|day|assessment)\b"
    r"[^.!?\n]{0,80}?\b(?:last|lasts|take|takes|run|runs)\s+(?:for\s+)?"
    + _ABOUT
    + _LENGTH_NUMBER.format(k="a")
    + r"[\s-]?"
    + _LENGTH_UNIT.format(k="a")
    # the time to set aside: "please allow about four hours" (not the drive: `_GETTING_THERE`)
    + r"|\ballow\s+(?:for\s+)?"
    + _ABOUT
    + _LENGTH_NUMBER.format(k="c")
    + r"[\s-]?"
    + _LENGTH_UNIT.format(k="c")
    + r"|\b"
    + _LENGTH_NUMBER.format(k="b")
    + r"[\s-]"
    + _LENGTH_UNIT.format(k="b")
    + r"\s+(?:long\s+)?(?:(?:phone|video|telephone|zoom|teams|virtual|technical|panel|intro"
    r"|introductory|screening)\s+)?(?:interview|call|conversation|meeting|session|panel|chat|screen)"
)
_GETTING_THERE = re.compile(
    r"\s*(?:to\s+(?:get|drive|travel|walk|reach|arrive|park|commute)|by\s+(?:car|train|bus|road"
    r"|air|plane)|on\s+foot|drive|walk|away|from\b)"
)
_LENGTH_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_LONGEST_STATED = timedelta(hours=8)


def _stated_length(low: str) -> timedelta | None:
    """The interview's length said in words, or None. Read only for a message that settles
    the interview's time, and only where a unit's letters are ("min", "hour", "hrs")."""
    if "min" not in low and "hour" not in low and "hrs" not in low:
        return None
    lengths = []
    for m in _STATED_LENGTH.finditer(low):
        if _GETTING_THERE.match(low, m.end()):
            continue
        k = "a" if m["na"] else "c" if m["nc"] else "b"
        number, unit = m["n" + k], m["u" + k]
        amount = 0.5 if number.startswith("half") else _LENGTH_WORDS.get(number) or float(number)
        if m["half" + k]:
            amount += 0.5
        length = timedelta(hours=amount) if unit.startswith("h") else timedelta(minutes=amount)
        if timedelta(minutes=10) <= length <= _LONGEST_STATED:
            lengths.append(length)
    # the whole visit where its parts are said too ("back-to-back 30-minute interviews ...
    # please allow about four hours"): the longest
    return max(lengths, default=None)


# When the day is said to end, in the message that states its start ("your day begins at
# 8:00 AM ...; we expect to wrap up by 3:00 PM", "you should be finished by 3pm", "the visit
# will end at about 3:00 p.m."): the verb of ending right before its clock, so a task's
# deadline ("please finish the online form by 3pm") is not read as the interview's end.
_END_WORDS = LITERAL_CUES["has_end_word"]  # "wrap", "finish", " end at", ...
_STATED_END = re.compile(
    r"\b(?:wrap(?:s|ping)?\s+up|finish(?:es|ed)?|ends?|be\s+done|conclude[sd]?|be\s+over)"
    r"\s+(?:by|at|around)\s+(?:about\s+|around\s+|approximately\s+)?"
    r"(?P<clock>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?[ap]\.?m\b\.?)"
)


def _stated_end(r: Reading, start: datetime) -> datetime | None:
    """The end the message says the interview's day comes to, on the start's day, or None."""
    low = r.low
    if not may_hold(r, "has_end_word") or not holds_any(low, _END_WORDS):
        return None
    ends = set()
    for m in _STATED_END.finditer(low):
        for clock in when.clock_times_lower(m["clock"]):
            end = start.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)
            if start < end <= start + _LONGEST_STATED:
                ends.add(end)
    return ends.pop() if len(ends) == 1 else None


def _with_stated_length(
    settled: tuple[datetime, datetime] | None, r: Reading
) -> tuple[datetime, datetime] | None:
    """`settled` ending when the message says the interview lasts, or when it says the day
    ends, where it had no end of its own (the default hour)."""
    if settled is None or settled[1] != _default_end(settled[0]):
        return settled
    length = _stated_length(r.low)
    if length is not None:
        return settled[0], settled[0] + length
    end = _stated_end(r, settled[0])
    return settled if end is None else (settled[0], end)


def _one_occasion(spans: list[when.TimeSpan]) -> tuple[datetime, datetime] | None:
    """The interview a confirmation states: its one time, or an agenda of times on one day
    (10:00-10:45 with the recruiter, 10:45-11:45 with the manager ...) taken whole. Times on
    different days are a choice, not a confirmation."""
    if not spans:
        return None
    days = {span.start.date() for span in spans}
    if len(days) > 1:
        return None
    start = min(span.start for span in spans)
    end = max((span.end or span.start) for span in spans)
    return start, end if end > start else _default_end(start)


# A loop confirmed over several days (a virtual onsite split because its interviewers sit in
# other zones: "Your interviews are confirmed as follows: Tuesday, October 20, 10:00 - 11:00
# AM - System design with ...; Wednesday, October 21, 1:00 - 2:00 PM - Coding with ..."). Put
# as a confirmation that asks nothing, its times on different days are the sessions of one
# occasion, from the first to the end of the last, where `_one_occasion` would read a choice.
_LOOP_DAYS = 5
_LOOP_REACH = timedelta(days=14)


def _agenda_over_days(r: Reading, spans: list[when.TimeSpan]) -> tuple[datetime, datetime] | None:
    """The whole loop a confirmation lists over a few days, or None."""
    if not r.groups & _CONFIRMS or r.groups & _PROPOSES:
        return None
    if any(span.start <= r.at for span in spans):
        return None  # a past time among them: a record or a move, not the coming loop
    if not 1 < len({span.start.date() for span in spans}) <= _LOOP_DAYS:
        return None
    start = min(span.start for span in spans)
    end = max(span.end or _default_end(span.start) for span in spans)
    if end - start > _LOOP_REACH or _asks_candidate(r):
        return None  # "... or Wednesday at 11:00 - which would you prefer?": still a choice
    return start, end


# An employer message offering times ("Would Tuesday at 2pm PT work?", a list of slots)
# proposes them; the candidate's answer taking one settles it.
_PROPOSES = frozenset({"availability", "scheduling_link"})


def _a_choice_of_times(spans: list[when.TimeSpan], at: datetime) -> bool:
    """Two coming times or more, to choose from."""
    return len({span.start for span in spans if span.start > at}) > 1


def _taken_slot(
    r: Reading, proposed: list[when.TimeSpan], proposed_by: Reading | None = None
) -> when.TimeSpan | None:
    """The offered time the candidate's message takes, or None (a counter-proposal, a
    refusal or a message about something else takes none). `proposed_by`: the employer's
    message that offered them."""
    if _cannot_attend(r):
        return None
    spans = _own_times(r)
    if spans:
        for span in spans:
            for slot in proposed:
                if slot.start == span.start or _same_weekday_and_clock(slot.start, span.start):
                    return slot
        for span in spans:
            # "Wednesday 6:30 works" for "Wed at 6:30am": the hour said back without its am/pm,
            # which `when` reads as working hours (6:30 in the afternoon); the offered one it is
            same = [
                slot for slot in proposed if _same_clock_on_twelve_hours(slot.start, span.start)
            ]
            if len(same) == 1:
                return same[0]
        return _own_time_taken(r, spans, proposed, proposed_by)
    distinct = {slot.start: slot for slot in proposed}
    if len(distinct) == 1 and _answers_yes(r):
        # "Are you available Thursday at 11am?" - "Yes, I am. Thanks!": the one time put
        return next(iter(distinct.values()))
    if "accepts" not in r.groups:
        # "Wednesday at 10 please": one offered slot named by its day and its hour
        named = [slot for slot in distinct.values() if _weekday_named(r.low, slot.start)]
        if len(named) == 1 and _hour_named(r.low, named[0].start):
            return named[0]
        return _hour_taken(r, proposed)  # "11 works!": the one offered slot at that hour
    if len(distinct) == 1:
        slot = next(iter(distinct.values()))
        way = offered_stretch(proposed_by) if proposed_by is not None else None
        return _hour_in_stretch(r, slot, way) or slot
    named = [slot for slot in distinct.values() if _weekday_named(r.low, slot.start)]
    return named[0] if len(named) == 1 else None


def _own_time_taken(
    r: Reading,
    spans: list[when.TimeSpan],
    proposed: list[when.TimeSpan],
    proposed_by: Reading | None = None,
) -> when.TimeSpan | None:
    """The candidate's own time, agreeing to the employer's proposal in words: "2:30pm on
    Thursday works for me" for "anytime between 1:00 and 4:00 pm" (or for "Thursday, any
    time after 2pm": the rest of that day), or "1 PM works for me" for a proposal whose time
    could not be read ("at 1:00 PM instead of 11 tomorrow?")."""
    if not r.groups & _AGREES or _asks_another_time(r):
        return None
    own = _one_occasion(spans)
    if own is None:
        return None
    start, end = own
    way = offered_stretch(proposed_by) if proposed_by is not None else None
    if proposed and not any(_inside_offered(slot, start, way) for slot in proposed):
        return None  # a time of the candidate's own, not one of those offered
    return when.TimeSpan(start, end)


_AGREES = frozenset({"accepts", "time_works"})
# A reply whose first word, after any greeting, is a yes.
_OPENS_WITH_YES = re.compile(
    r"(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\b[^\n,.!]{0,40}[,.!]?\s*)?"
    r"(?:yes|yep|yeah|yup|absolutely|definitely|certainly|sure"
    # "I am - see you Friday!", "I can, thanks": the question's own verb said back
    r"|i\s+(?:am|can|will)(?!\s+(?:not|afraid|unable|unavailable|sorry|away|out|busy|travel))"
    r"|i'm(?!\s+(?:not|afraid|unable|unavailable|sorry|away|out|busy|travel)))"
    r"\b(?!\s*,?\s*but\b)"
)


def _answers_yes(r: Reading) -> bool:
    body = r.low.partition("\n")[2].lstrip()
    return _OPENS_WITH_YES.match(body) is not None


_AT_AN_HOUR = re.compile(r"\bat\s+(\d{1,2})\b(?![:.]\d)")


def _hour_named(low: str, start: datetime) -> bool:
    """ "at 10" for a slot starting at 10:00 or 22:00 (the hour said without am/pm)."""
    return any(
        int(m[1]) % 12 == start.hour % 12 and start.minute == 0 for m in _AT_AN_HOUR.finditer(low)
    )


def _echoed_time(r: Reading, earlier: Sequence[Reading]) -> tuple[datetime, datetime] | None:
    """The one time the candidate's message names, when an earlier message of the employer's
    named the same start."""
    own = _one_occasion(_text_times(r))
    if own is None:
        return None
    for e in earlier:
        if not e.mine and not e.automated and any(s.start == own[0] for s in _text_times(e)):
            return own
    return None


def _by_weekday_only(r: Reading, start: datetime) -> bool:
    """The time named by its weekday and no month ("Friday at 2:00 PM it is"): its date may be
    the candidate's, not the nearest (looked for first: reading the counter's times costs)."""
    return _weekday_named(r.low, start) and when.MONTH_STEMS[start.month - 1] not in r.low


def _counter_date(
    settled: tuple[datetime, datetime], counter: Reading
) -> tuple[datetime, datetime]:
    """The employer's answer to the candidate's counter-times naming one by its weekday and
    clock ("Friday at 2:00 PM it is") means the candidate's Friday at 2:00 PM, the date they
    gave ("Friday, January 15 at 2:00 PM"), not the nearest Friday."""
    start, end = settled
    for span in _text_times(counter):
        if start < span.start <= start + timedelta(days=21) and _same_weekday_and_clock(
            span.start, start
        ):
            return span.start, span.start + (end - start)
    return settled


def _same_weekday_and_clock(offered: datetime, said: datetime) -> bool:
    """ "Wednesday at 1 PM" said of a slot offered as "Wed, Nov 11, 1:00-2:00 PM PT"."""
    wanted = (offered.weekday(), offered.hour, offered.minute)
    local = said.astimezone(offered.tzinfo)
    if (local.weekday(), local.hour, local.minute) == wanted:
        return True
    # A time said with no zone takes its message's UTC offset, the offset of the day it was
    # sent: "Monday at 10 works", written on 4 March about Monday 9 March after the clocks
    # went forward, means the 10 o'clock offered, which that offset puts an hour off.
    return isinstance(said.tzinfo, timezone) and (said.weekday(), said.hour, said.minute) == wanted


def _same_clock_on_twelve_hours(offered: datetime, said: datetime) -> bool:
    """The same day and the same clock read on a twelve-hour dial (06:30 and 18:30)."""
    local = said.astimezone(offered.tzinfo)
    return (
        local.date() == offered.date()
        and local.minute == offered.minute
        and local.hour % 12 == offered.hour % 12
    )


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_named(low: str, moment: datetime) -> bool:
    name = _WEEKDAY_NAMES[moment.weekday()]
    return re.search(rf"\b(?:{name}|{name[:3]})\b", low) is not None


# "Thanks for coming in today", "for interviewing with us on Monday", the candidate's own
# "it was great to meet you yesterday": the interview took place, on the day they say.
_PAST_DAY = re.compile(
    r"\b(?P<today>today|this morning|this afternoon|earlier)\b"
    r"|\b(?P<yesterday>yesterday|last night)\b"
    r"|\b(?:on|last)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?P<last_week>last\s+week)\b"
)
_PAST_EVENING = 17  # an interview dated only by its day ended by the end of its working day


def _infer_past_interview(readings: Sequence[Reading], chosen: _Interview) -> None:
    """With no time stated, the first message saying the interview happened dates it."""
    for index, r in enumerate(readings):
        if r.automated:
            continue
        if r.mine:
            if not (_thanks_for_an_interview(r) or _names_a_past_interview(r)):
                continue
        elif "happened" not in r.groups or r.groups & _DECISIVE:
            continue
        elif enjoyed_only_what_was_sent(r):
            continue  # "the team enjoyed your portfolio": the application read, no meeting
        elif "recorded" in r.groups:
            # answers recorded alone and received: it took place, but neither its time nor
            # an interviewer to thank is known, so the wait runs from the employer's mail
            continue
        elif _arranges(r.groups) or proposes_any_time(r):
            continue  # "the team enjoyed your phone screen; let's set up the onsite"
        try:
            end = _day_said(r)
            chosen.start = end - DEFAULT_INTERVIEW_LENGTH
        except OverflowError:  # a message dated at the first day of year 1: leave it undated
            return
        chosen.end, chosen.index, chosen.inferred = end, index, True
        return


_DECISIVE = frozenset({"rejection", "offer"})
_ARRANGING = frozenset({"reschedule", "scheduling", "availability", "accepts", "cancel"})


# The candidate naming an interview that already took place ("since my interview", "the
# interview I had with Ivan", "my interview last Tuesday", "the Data Analyst interview from 7
# September"): past-tense markers only, never "my interview on Friday" nor "after my
# interview with the team", which may be ahead.
_PAST_INTERVIEW = re.compile(
    r"\b(?:since|following)\s+(?:my|our|the)\s+(?:[\w-]+\s+){0,3}interviews?\b"
    r"|\binterviews?\s+(?:(?:that\s+)?(?:i|we)\s+had|from\s+(?:last|\d|mon|tue|wed|thu|fri"
    r"|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|last\s+(?:week|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|month)|yesterday|earlier\s+this\s+week)"
    # "the position I interviewed for on September 28", "since we interviewed with Maria"
    r"|\b(?:i|we)\s+(?:recently\s+|just\s+)?interviewed\s+(?:for|with)\b"
    # a conversation named with its past day: "following up on our conversation last
    # Thursday", "since our call yesterday" (not "our call on Thursday", which may be ahead)
    r"|\b(?:our|my|the)\s+(?:conversation|call|chat|meeting|interview)s?\s+(?:last\s+(?:week"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|earlier\s+this\s+week)"
    # the people met named between: "after my interview with Dr. Halvorsen and Janet yesterday",
    # "our interview with the clinic's two partners last Thursday"
    r"|\b(?:our|my|the)\s+interview\s+with\s+(?:[\w&'.-]+\s+){1,6}?(?:last\s+(?:week|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|earlier\s+this\s+week)\b"
)
# Words a past meeting is named by (`_names_a_past_interview` looks for one first).
_PAST_MEETING_WORDS = (" interview", " conversation", " call", " chat", " meeting")


# The interview named, then its day with the month within a few words: "after my interview
# on May 7", "the interview I attended for the Trainee Surveyor post on Tuesday 3 March",
# "our interview with the team on 12 June" (the day itself is read by `when`).
_INTERVIEW_THEN_ON = re.compile(
    r"\b(?:my|our|the)\s+(?:[\w-]+\s+){0,3}?interviews?\b(?:\s+[\w&'-]+){0,8}?\s+on\s"
)


def _names_a_past_interview(r: Reading) -> bool:
    """The candidate's own message telling of an interview that took place (a check-in
    after it), not one arranging a time."""
    if not holds_any(r.low, _PAST_MEETING_WORDS) or (r.groups & _ARRANGING or proposes_any_time(r)):
        return False
    if _PAST_INTERVIEW.search(r.low) is not None:
        return True
    # "my interview on May 7" written on 21 May: a day with its month before the message's
    # own day has passed ("my interview on Friday" may be ahead, and stays unread)
    if " interview" not in r.low or _cannot_attend(r):
        return False
    return any(
        when.past_day_said_lower(r.low[m.start() : m.end() + when.DAY_AFTER_ON_REACH], r.at)
        for m in _INTERVIEW_THEN_ON.finditer(r.low)
    )


def _thanks_for_an_interview(r: Reading) -> bool:
    """The candidate's thank-you after an interview, not for an invitation to one ("thank
    you for the interview invitation ... could we move it to Friday?", "thank you for
    inviting me to interview. Unfortunately I am unavailable on Wednesday")."""
    return "thank_you" in r.groups and not (
        r.groups & _ARRANGING
        or proposes_any_time(r)
        or _cannot_attend(r)
        or _thanks_for_an_event(r)
        or _follows_up_an_application(r)
    )


# The candidate following up on an application no one has met them about yet ("I applied for
# the Inventory Planner role on May 4 and wanted to follow up on my application ... Thank you
# for your time and consideration"): the thanks closes the letter, it thanks for no interview.
# Only while the letter names no meeting of any kind (a call, a conversation, an interview).
_FOLLOWS_UP_AN_APPLICATION = re.compile(
    r"\b(?:i|i've|i\s+have)\s+(?:recently\s+)?(?:applied\s+for|(?:sent\s+in|submitted)\s+my"
    r"\s+application)\b"
)
_A_MEETING_SAID = re.compile(
    r"\b(?:interview\w*|spoke|speak(?:ing)?\s+with|conversation|meeting|met|call|chat"
    r"|talk(?:ed|ing)\s+(?:with|to))\b"
)


def _follows_up_an_application(r: Reading) -> bool:
    return (
        "follow" in r.low
        and _FOLLOWS_UP_AN_APPLICATION.search(r.low) is not None
        and _A_MEETING_SAID.search(r.low) is None
    )


# A talk at a recruiting event thanked for, not an interview: "thank you for speaking with me
# at the Engineering Career Fair today", "great meeting you at your booth", "at the information
# session last night". The fair's conversation is no interview unless one is said of it ("for
# interviewing me at the career fair", "our interview at the job fair").
_EVENT_WORDS = LITERAL_CUES["has_event_word"]  # "fair", "expo", "booth", "session", ...
_AT_AN_EVENT = re.compile(
    r"\b(?:at|during)\s+(?:the|your|our|this|today's|yesterday's)\s+(?:[\w&'-]+\s+){0,3}?"
    r"(?:fair|expo|booth|(?:information|info)\s+session|networking\s+(?:event|night|evening"
    r"|reception)|open\s+house|meet[\s-]and[\s-]greet)\b"
)
_INTERVIEW_SAID_OF_IT = re.compile(
    r"\binterview(?:ed|ing)\s+(?:me|with)\b|\b(?:the|our|my|your)\s+(?:[\w-]+\s+)?interview\b"
)


def _thanks_for_an_event(r: Reading) -> bool:
    return (
        may_hold(r, "has_event_word")
        and holds_any(r.low, _EVENT_WORDS)
        and _AT_AN_EVENT.search(r.low) is not None
        and _INTERVIEW_SAID_OF_IT.search(r.low) is None
    )


def _day_said(r: Reading) -> datetime:
    """When the interview the message mentions ended, at the latest: the message itself
    ("today", or no day said), or the end of the working day it names ("yesterday", "on
    Tuesday", "last week", "on February 24")."""
    m = _PAST_DAY.search(r.low)
    sent = r.at
    if m is None:
        # "thank you for interviewing with us on February 24": the day with its month
        said = when.past_day_said_lower(r.low, sent)
        if said is None:
            return sent
        day = datetime.combine(said, sent.timetz())
    elif m["today"]:
        return sent
    elif m["yesterday"]:
        day = sent - timedelta(days=1)
    elif m["last_week"]:  # at the latest the Friday before this week's Monday
        day = sent - timedelta(days=sent.weekday() + 3)
    else:
        day = sent - timedelta(days=(sent.weekday() - _WEEKDAY_NAMES.index(m["weekday"])) % 7 or 7)
    return day.replace(hour=_PAST_EVENING, minute=0, second=0, microsecond=0)


def _stage(
    readings: Sequence[Reading], interview: _Interview, reopened: frozenset[int]
) -> tuple[Stage, frozenset[int]]:
    """The thread's stage, and the employer's letters it read as taking the reader on (an
    offer in other words: `_takes_the_reader_on`, which needs the stage reached before
    them), for those letters' records to say they offer. `reopened`: the "no" letters the
    process went past (`_nos_reopened`)."""
    stage: Stage | None = None
    decisive: Stage | None = None
    taken_on: set[int] = set()
    start, end = interview.start, interview.end
    if interview.cancelled:
        start = end = None  # a called-off interview neither is scheduled nor took place
    for index, r in enumerate(readings):
        if r.automated:
            continue
        groups = r.groups
        after_end = end is not None and index > interview.index and r.at >= end
        if r.mine:
            if groups & _TAKES_THE_JOB and _accepts_offer(r.low):
                # the reader taking the job: an offer was made, in the thread or not
                decisive = Stage.OFFER
            elif index == interview.index:
                stage = _stage_settled_by(interview)
            elif (_thanks_for_an_interview(r) or _names_a_past_interview(r)) and (
                start is None or (index > interview.index and r.at >= start)
            ):
                stage = Stage.INTERVIEWED
            elif after_end and stage is Stage.SCHEDULED:
                stage = Stage.INTERVIEWED
            continue
        if _says_no(r):
            if not _no_overtaken(readings, interview, index, r.at) and index not in reopened:
                decisive = Stage.REJECTED
                continue
            if not _asks_times_anew(r):
                continue
            # a "no" the process went past that itself arranges anew: read as it arranges
        if groups & _OFFERS:
            decisive = Stage.OFFER
            continue
        if _takes_the_reader_on(
            r, stage is Stage.INTERVIEWED or (after_end and stage is Stage.SCHEDULED)
        ):
            decisive = Stage.OFFER
            taken_on.add(index)
            continue
        scheduling = (
            _arranges(groups)
            or (
                bool(r.message.events)  # (most have none: no generator to start)
                and any((e.method or "").upper() == "CANCEL" for e in r.message.events)
            )
            or proposes_any_time(r)
            # the first word about a job asking the reader for a call ("We're hiring our
            # second game engineer ... up for a 20-minute call next week?"): a screening
            # call being arranged; later, a call asked for is about something else (the
            # feedback, the offer)
            or (
                stage in _BEFORE_ANYTHING
                and not r.message.is_bulk
                and (
                    _invites_to_a_call(r)
                    or _invites_to_interview(r)
                    or _interview_letter(r)
                    or _selected_for_interview(r)
                    or _asks_to_arrange(r)
                    # the first answer asking the reader to ring: a call being arranged
                    or _asks_to_be_called(r)
                )
            )
        )
        if index == interview.index:
            stage = _stage_settled_by(interview)
        elif after_end or (
            (("happened" in groups and not enjoyed_only_what_was_sent(r)) or _hears_how_it_went(r))
            and (start is None or r.at >= start)
        ):
            stage = Stage.SCHEDULING if scheduling else Stage.INTERVIEWED
        elif scheduling:
            before_known_interview = start is not None and index > interview.index and r.at < start
            if not before_known_interview or "cancel" in groups:
                stage = Stage.SCHEDULING
        elif ("application" in groups or "application" in r.subject_groups) and stage is None:
            stage = Stage.APPLIED
    if decisive is not None:
        return decisive, frozenset(taken_on)
    return stage or Stage.APPLIED, frozenset(taken_on)


_BEFORE_ANYTHING = frozenset({None, Stage.APPLIED})


def _nos_reopened(readings: Sequence[Reading]) -> frozenset[int]:
    """The employer's "no" letters a later letter of theirs reopened by arranging a call or an
    interview with the reader again (`_arranges_again`): a new opening months on, the same
    recruiter asking for times. The process went on, so those "no"s did not end it."""
    nos = [i for i, r in enumerate(readings) if not r.mine and not r.automated and _says_no(r)]
    if not nos:
        return frozenset()
    # the "no" of an earlier round in a letter that itself arranges a new one ("we went in a
    # different direction at the time, but a senior post has just opened ... let me know a
    # couple of times that work for you"): the process goes on from that letter
    reopened: set[int] = {i for i in nos if _asks_times_anew(readings[i])}
    for j in range(nos[0] + 1, len(readings)):
        r = readings[j]
        if r.mine or r.automated or j in nos or not _arranges_again(r):
            continue
        if _feedback_call(readings, max(i for i in nos if i < j), j):
            continue
        reopened.update(i for i in nos if i < j)
    return frozenset(reopened)


def _asks_times_anew(r: Reading) -> bool:
    """A "no" letter that itself asks the reader for times or puts one to them, for a new
    conversation ("we went in a different direction at the time, but a senior post has just
    opened ... let me know a couple of times that work for you"): not one calling the
    interview off, nor one that offers to go over the feedback, nor one that only says it may
    be in touch ("we will contact you to see if you are available")."""
    return (
        not r.message.is_bulk
        and ("availability" in r.groups or proposes_any_time(r))
        and "cancel" not in r.groups
        and not _goes_over_the_decision(r)
        # asked in the reader's direction, as a question or a "let me know" (an availability
        # word alone may be the letter's "to see if you are available" should it reopen)
        and ("ask_soft" in r.groups or bool(questions_in(r.low.partition("\n")[2])))
        and _asks_candidate(r)
    )


def _arranges_again(r: Reading) -> bool:
    """After a "no", the employer's later letter arranging a conversation with the reader by
    asking for times or proposing them ("a new post has opened ... send me two or three times
    that suit you"): not one to go over the feedback on the decision, which the "no" stands
    by."""
    return (
        not r.message.is_bulk
        and (_arranges(r.groups) or proposes_any_time(r))
        # a new step of a process names a job or an interview ("a new post has opened"), a
        # catch-up to keep in touch neither
        and (bool(r.groups & A_JOB_OR_INTERVIEW_NAMED) or job_words_in(r.low.partition("\n")[2]))
        and not _goes_over_the_decision(r)
    )


def _goes_over_the_decision(r: Reading) -> bool:
    """A call asked for to go over the "no" ("happy to share feedback", "I'd welcome a proper
    debrief - are you free on Monday?"): a search firm's debrief with its candidate is one."""
    return "feedback" in r.low or "debrief" in r.low


# A call with the reader asked for in a question: "up for a 20-minute call next week?", "can
# I call you tomorrow?", "open to a quick chat?"; not "two former managers we could speak
# to?" (references asked for).
_CALL_WITH_THE_READER = re.compile(
    r"\b(?:call|ring|phone)\s+you\b|\b(?:call|chat|talk|speak)\s+(?:with\s+)?(?:you|me|us)\b"
    r"|\b\d+\s*-?\s*min(?:ute)?s?\b|\ba\s+(?:quick\s+|short\s+|brief\s+|phone\s+|video\s+)?"
    r"(?:call|chat)\b"
)


def _invites_to_a_call(r: Reading) -> bool:
    return asks_for_a_call(r) and any(_CALL_WITH_THE_READER.search(q) for q in questions_in(r.low))


# The employer saying it wants to interview the reader and asking them something ("We'd love
# to interview you! Are you still interested? Reply Y or N."): the arranging has begun, its
# times to come with the answer; not said as a condition ("if we would like to interview you,
# we will contact you").
_WANTS_TO_INTERVIEW = re.compile(
    r"\b(?:love|like|want|glad|happy)\s+to\s+interview\s+you\b"
    r"|\binvit(?:e|ing)\s+you\s+(?:to|for)\s+(?:an?\s+)?interview\b"
)
_AS_A_CONDITION = (" if ", " once ", " should ", " when ", " whether ")


def _invites_to_interview(r: Reading) -> bool:
    low = r.low
    if "to interview" not in low and "interview you" not in low and "interview\nyou" not in low:
        return False
    body = r.low.partition("\n")[2]
    for m in _WANTS_TO_INTERVIEW.finditer(body):
        before = f" {body[max(0, m.start() - 24) : m.start()]}"
        if not holds_any(before, _AS_A_CONDITION):
            return bool(questions_in(body))
    return False


# What the employer's letter about the reader's interview is not when it only names it: a
# decision, a word that it took place, answers recorded, a call-off.
_NOT_BEFORE_IT = _DECISIVE | {"offer_plain", "happened", "recorded", "cancel"}


def _interview_letter(r: Reading) -> bool:
    """The employer's letter about the reader's interview, in its subject and its text
    ("Invitation to interview - Project Officer", "Referral for Selection Interview", "You've
    been selected to interview with Larkspur Foods", "Calder Pharma: invitation to a video
    interview"), in a thread that had reached no further than the application: the interview
    is being arranged, whatever words invite to it, ask a time or hand a link. Not one telling
    of a decision or of an interview that took place, nor a test or a take-home handed (read as
    interview wording, "Koru Payments invites you to a coding test": no interview yet)."""
    if not (
        "interview" in r.subject_groups
        and "interview" in r.groups
        and "interview" in r.message.subject.lower()
        and not r.groups & _NOT_BEFORE_IT
    ):
        return False
    return _names_the_readers_interview(r)


def _names_the_readers_interview(r: Reading) -> bool:
    """The text names the reader's interview, not one said as a condition or of others ("if
    you are selected for interview, we will contact you", "shortlisted candidates will be
    invited to interview in April")."""
    body = r.low.partition("\n")[2]
    for m in matches_from(_AN_INTERVIEW, body, ("interview",)):
        said_before = body[
            max(body.rfind(".", 0, m.start()), body.rfind("\n\n", 0, m.start())) + 1 : m.start()
        ]
        if _NOT_THE_READERS_YET.search(said_before) is None:
            return True
    return False


def _asks_to_arrange(r: Reading) -> bool:
    """The first letter asking the reader something that arranges a meeting, whatever the
    subject: a time for the reader's interview ("We would like to get to know you in a short
    telephone interview. Please let us know when you can be reached on Thursday or Friday"),
    their interest in one the letter gives ("If you are interested in interviewing for the 6th
    grade ELA position, interviews will be taking place on Friday, July 17th. Please reply"),
    or a number where they can be reached ("kindly provide us with a telephone number where
    you can be reached in the coming days"). Not a letter of a decision, of an interview that
    took place or called off."""
    if r.groups & _NOT_BEFORE_IT:
        return False
    low = r.low
    arranges = (
        "interview" in r.groups
        and (
            (
                _ASKS_WHEN.search(low) is not None
                and not _hears_how_it_went(r)
                and _names_the_readers_interview(r)
            )
            or next(matches_from(_INTERESTED_IN_INTERVIEWING, low, ("if",)), None) is not None
        )
    ) or (" reached" in low and _WHERE_TO_REACH.search(low) is not None)
    return arranges and _asks_candidate(r)


# "a telephone number where you can be reached", "when you could be reached", "the best number
# to reach you on"
_WHERE_TO_REACH = re.compile(
    r"\b(?:number|numbers|where|when|times?)\s+(?:where\s+|at\s+which\s+|on\s+which\s+)?you\s+"
    r"(?:can|could|may|will)\s+(?:best\s+)?be\s+reached\b"
)


# A time asked for, in whatever words: "when you can be reached", "a convenient time", "your
# availability"; not "send me a few lines when you are home".
_ASKS_WHEN = re.compile(
    r"\bwhen\s+(?:you\s+(?:can|could|would|are\s+(?:free|available))|(?:would|will)\s+"
    r"(?:you|it)\s+(?:be|suit|work)|is\s+(?:best|good|convenient))\b|\btimes?\s+(?:that\s+)?"
    r"(?:suit|work|would|that|to|for|when)\b|\b(?:good|convenient|suitable|best|preferred)\s+"
    r"(?:date|day|time)s?\b|\bavailab(?:le|ility)\b"
)


_AN_INTERVIEW = re.compile(r"\binterview\b")


# The reader's own interest asked for an interview the letter goes on to give ("If you are
# interested in interviewing for the 6th grade ELA position, interviews will be taking place on
# Friday, July 17th. Please reply to me"): an invitation, the "if" the reader's to answer, not
# a condition on being chosen ("if you are shortlisted, ...").
_INTERESTED_IN_INTERVIEWING = re.compile(
    r"\bif\s+you(?:\s+are|'re)\s+(?:still\s+)?interested\s+in\s+(?:an?\s+)?interview(?:ing)?\b"
    r"|\bif\s+you(?:\s+would|'d)\s+(?:still\s+)?like\s+to\s+(?:come\s+(?:in\s+)?for\s+an?\s+)?"
    r"interview\b"
)


# The reader told, as done, that they are through to an interview ("you've been selected for
# an interview - they're working out the logistics", "you have been shortlisted for interview
# with the client"), whatever the subject: the interview is being arranged, its time to come.
# Not said as a condition ("if you are selected for an interview, we will contact you") nor
# denied ("you have not been selected for an interview").
_SELECTED_FOR_INTERVIEW = re.compile(
    r"\b(?:you|you've|you're)\s+(?:have\s+|are\s+)?(?:now\s+)?(?:been\s+)?"
    r"(?:selected|shortlisted|short-listed|chosen|invited)\s+(?:for|to)\s+"
    r"(?:(?:an?|the|a\s+\w+|an\s+\w+)\s+)?interviews?\b"
)
_SELECTION_HEDGED = _hedged_by(
    re.compile(r"\b(?:if|once|when|whether|should|unless|until|not|n't|never)\b")
)


def _selected_for_interview(r: Reading) -> bool:
    low = r.low
    if "interview" not in low or r.groups & _NOT_BEFORE_IT:
        return False
    return said_outright(low, _SELECTED_FOR_INTERVIEW, _SELECTION_HEDGED)


def _awaits_answer(r: Reading) -> bool:
    """The letter about the reader's interview handing a link to act on (book a slot, sign up,
    start it: "Sign up for one of the open sessions through the candidate portal: <link>"):
    the reader owes the answer, whatever words ask for it (`thread_facts` reads it so while
    the interview's time is not known). Not a scheduling tool's notice, a confirmation or a
    reminder, a move, a booking awaiting the employer's approval, nor a notice that the
    reader's own act came in ("Your response ... has been submitted")."""
    return (
        may_hold(r, "has_link")
        and ("http://" in r.low or "https://" in r.low)
        # a calendar invitation, or a letter putting the time: the time is the employer's
        # to set, and set (an earlier round's, in a thread whose interview is a later one)
        and not r.message.events
        and not r.groups & _NO_ANSWER_OWED
        and _interview_letter(r)
        and not says_any_time(r)
        and not senders.is_scheduling_tool(r.message.sender.domain)
        and not _awaits_the_employer(r)
        and _TASK_DONE.search(r.low) is None
    )


_NO_ANSWER_OWED = _STATES_A_TIME | {"reschedule"}
_NOT_THE_READERS_YET = re.compile(
    r"\b(?:if|once|before|should|whether|unless|until|may|might|candidates|applicants|anyone|those)\b"
)


# The person between the reader and the employer (an agency's recruiter, a coordinator) asking
# how the interview went ("How did it go?? Rosa said she'd answer by Friday", "How did the
# interview go? Please share what they asked", "Hope this morning went well! Send me your
# impressions"): it took place, and the reader owes them an answer before anything else. Not
# a hiring tool's survey ("How was your interview with Crestview? Rate your experience"), sent
# from an address no one reads.
_HOW_IT_WENT = re.compile(
    r"\bhow\s+(?:did|was)\s+(?:it|everything|today|(?:the|your)\s+(?:interview|call|meeting"
    r"|chat|conversation|visit))\b(?:\s+go\b)?[^.!?\n]{0,40}\?"
)
_HOPE_IT_WENT = re.compile(
    r"\bhope\s+(?:it|everything|today|this\s+(?:morning|afternoon)|(?:the|your)\s+(?:interview"
    r"|call|meeting|chat|conversation))\s+went\s+(?:well|ok|okay|great|smoothly)\b"
)
_TELL_ME = ("let me know", "send me", "call me", "give me a call", "give me a ring", "share",
            "your thoughts", "your impressions", "your take", "debrief")  # fmt: skip


def _hears_how_it_went(r: Reading) -> bool:
    low = r.low
    if (
        not may_hold(r, "has_how_or_hope")
        or not ("how " in low or "hope " in low)
        or senders.is_robot(r.message.sender.email)
    ):
        return False
    return (
        _asked_how_it_went(low)
        or next(matches_from(_HOPE_IT_WENT, low, ("hope",)), None) is not None
    )


def _asked_how_it_went(low: str) -> bool:
    return next(matches_from(_HOW_IT_WENT, low, ("how",)), None) is not None


def _asks_how_it_went(r: Reading) -> bool:
    return _hears_how_it_went(r) and (_asked_how_it_went(r.low) or holds_any(r.low, _TELL_ME))


def _takes_the_reader_on(r: Reading, met: bool) -> bool:
    """The employer telling the reader they are taken on, in whatever words, with the meeting
    behind them (`met`, or the letter looking back on it) or congratulations: "you have been
    selected to serve as a volunteer", "you have been accepted for a probationary
    apprenticeship", "we'd like to hire you", "Clearwater wants you!", "we'd love to have you
    on as a production assistant"; not chosen for a step of the process ("selected for the
    next round", "accepted into our talent community"), nor under a condition ("if you are
    selected ..."); a letter that says no is read as one before this is asked."""
    low = r.low
    if not may_hold(r, "has_taken_on_word") or not holds_any(low, _TAKEN_ON_WORDS):
        # most letters: none of these
        return False
    if (
        not met
        and "congratulat" not in low
        and next(matches_from(_AFTER_THE_MEETING, low, _AFTER_THE_MEETING_STARTS), None) is None
    ):
        return False
    body = low.partition("\n")[2]
    for m in matches_from(_TAKEN_ON, body, _TAKEN_ON_STARTS):
        start = body.rfind("\n\n", 0, m.start()) + 1  # its paragraph
        sentence = " ".join(_SENTENCE_END.split(body[start : m.start()])[-1].split())
        if _A_STEP_NAMED.search(m["rest"]) is None and not holds_any(
            f" {sentence} ", _AS_A_CONDITION + (" unless ",)
        ):
            return True
    return False


# The letter looking back on the meeting: "following your interview", "thank you for meeting
# with us"
_AFTER_THE_MEETING = re.compile(
    r"\b(?:following|after|since)\s+(?:your|the|our)\s+(?:[\w-]+\s+)?(?:interview|meeting"
    r"|conversation|call)|\bfor\s+(?:meeting|interviewing|speaking|talking)\s+with\b"
    # "thanks for coming in last week", "great meeting you yesterday"
    r"|\bfor\s+coming\s+(?:in|by|over)\b"
    r"|\b(?:great|good|nice|lovely|wonderful)\s+(?:meeting|to\s+meet|talking\s+(?:with|to)"
    r"|speaking\s+(?:with|to))\s+you\b"
)
# where every match of `_AFTER_THE_MEETING` and of `_TAKEN_ON` begins (tried there only)
_AFTER_THE_MEETING_STARTS = ("following", "after", "since", "for", "great", "good", "nice",
    "lovely", "wonderful")  # fmt: skip
_TAKEN_ON_STARTS = ("you", "hire", "appoint", "want", "have")
_TAKEN_ON_WORDS = LITERAL_CUES["has_taken_on_word"]  # "selected", "hire you", ...
_TAKEN_ON = re.compile(
    r"\b(?:you(?:'ve|\s+have|\s+had)?\s+(?:been|were|are)\s+(?:selected|chosen|accepted"
    # "you have been successful in your application for the post of ...": British and Irish
    # letters' word for it
    r"|appointed|successful)"
    # "you selected for the post of Operations Manager" (the auxiliary left out)
    r"|you\s+(?:selected|chosen)(?=\s+(?:for|as)\s+(?:the\s+|an?\s+)?(?:post|position|role"
    r"|job))"
    r"|(?:hire|appoint)\s+you|wants?\s+you(?=\s*[!.])"
    # "we'd love to have you on as a production assistant", "... have you join the crew"
    r"|(?<=love to |like to )have\s+you\s+(?:on|join|aboard))\b(?P<rest>[^.!?\n]{0,60})"
)
# What else the reader is chosen or let in for: a step of the process, a pool, a list
_A_STEP_NAMED = re.compile(
    r"\b(?:interview|shortlist|round|stage|assessment|call|test|screen|next\s+(?:step|phase"
    r"|level)|further|meet|visit|talent|pool|community|network|database|register|newsletter"
    r"|list|webinar|event|survey|waitlist|reserve\s+list|exercise|task|challenge|take-home"
    r"|presentation|trial|panel|sift|review|consideration|refer|advance|proceed|progress"
    r"|continue|move)"
)


def _says_no(r: Reading) -> bool:
    """The employer's "no" to the reader: in the words the phrase books know, or in the shape
    of a letter that ends the process, whatever its wording: good wishes for what comes
    after it ("we wish you every success in your job search", "best of luck in your future
    endeavours") in a letter that neither offers, nor puts or keeps a time; or a letter that
    looks back on the meeting and closes (`_closes_after_the_meeting`). Read once a message:
    both the employer's messages and the stage ask it."""
    if "rejection" in r.groups:
        return True
    if r.says_no is None:
        low = r.low
        r.says_no = (
            may_hold(r, "has_wishing_word")
            and holds_any(low, _WISHING_WORDS)
            and not r.groups & _NOT_AN_END
            and next(matches_from(_WISHES_BEYOND, low, _WISHES_START), None) is not None
        ) or _closes_after_the_meeting(r)
    return r.says_no


def _closes_after_the_meeting(r: Reading) -> bool:
    """A letter that looks back on the meeting ("thank you for meeting us last week") and
    closes: it turns the reader to other jobs than this one ("we'll keep your profile in our
    talent community", "please continue to review our current job postings") or ends on good
    wishes ("We wish you every success."), asking nothing, neither offering nor putting or
    keeping a time: the door on this one is shut, whatever the words of the "no". Not a
    question ("would you be open to other roles?"): a recruiter's pitch; not an
    acknowledgement ("thank you for applying ... we'll keep your CV on file"): it looks at the
    application, not back on a meeting."""
    low = r.low
    if not may_hold(r, "has_closing_word") or not holds_any(low, _CLOSING_WORDS):
        # most letters: none of these
        return False
    if r.groups & _NOT_AN_END or "?" in low.partition("\n")[2]:
        return False
    if holds_any(low, _MORE_TO_COME):
        return False
    if next(matches_from(_THANKS_FOR_THE_MEETING, low, ("for", "after")), None) is None:
        return False
    return _OTHER_JOBS.search(low) is not None or _wishes_at_the_end(low)


def _wishes_at_the_end(low: str) -> bool:
    """Good wishes among the letter's last three sentences, whatever they wish for."""
    if "wish" not in low and "luck" not in low:
        return False
    sentences = _SENTENCE_END.split(low.partition("\n")[2].strip())
    return _WISHES.search(" ".join(sentences[-3:])) is not None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WISHES = re.compile(
    r"\bwish(?:ing)?\s+you\s+(?:every|much|continued|all\s+the|the\s+(?:very\s+)?best|success"
    r"|well)\b|\b(?:best\s+of|good)\s+luck\b"
)
_CLOSING_WORDS = LITERAL_CUES["has_closing_word"]  # "future", "other", "on file", ...


# Thanks for a meeting that took place ("thank you for meeting us last week", "for taking
# the time to interview"): the letter looks back on the interview, not at an application
_THANKS_FOR_THE_MEETING = re.compile(
    r"\b(?:for|after)\s+(?:taking\s+the\s+time\s+to\s+(?:meet|interview|speak|talk)\b"
    r"|meeting|interviewing|speaking|talking|(?:meet|interview|speak|talk)\s+with"
    r"|(?:the|your)\s+(?:interview|meeting|call|conversation))\b"
)
# Jobs other than the one applied for, offered to the reader's view
_OTHER_JOBS = re.compile(
    r"\b(?:future|other|similar|upcoming)\s+(?:suitable\s+|relevant\s+|job\s+)?"
    r"(?:roles?|opportunit(?:y|ies)|openings?|positions?|vacanc(?:y|ies)|jobs?|posts?)\b"
    r"|\bsomething\s+(?:similar|suitable|else)\s+(?:opens|comes|becomes)\b"
    r"|\b(?:keep|retain|hold|have)\s+your\s+(?:cv|resume|r\u00e9sum\u00e9|profile|details"
    r"|application|information)\s+(?:on\s+file|in\s+(?:our|mind)|for\s+future)"
    r"|\btalent\s+(?:community|pool|network)\b"
    r"|\bcurrent\s+(?:job\s+)?(?:postings|openings|vacancies)\b"
)


# Good wishes for what comes after the process, not for a step of it ("good luck with your
# interview on Tuesday", "all the best for your first day").
_WISHES_BEYOND = re.compile(
    r"\b(?:wish(?:ing)?\s+you|best\s+of\s+luck|good\s+luck|all\s+the\s+(?:very\s+)?best"
    r"|every\s+success)\b[^.!?\n]{0,60}?\b(?:in|with|for|on)\s+(?:all\s+)?(?:of\s+)?(?:your|the)"
    r"\s+(?:(?:continued|current|ongoing|future|next|job|career|professional|employment)\s+)*"
    r"(?:future|search|job\s+search|career|endeavou?rs?|pursuits?|journey|job\s+hunt)\b"
)
# a word every match holds, and where every match begins (the pattern is tried there only)
_WISHING_WORDS = LITERAL_CUES["has_wishing_word"]  # "wish", "luck", "best", "success"
_WISHES_START = ("wish", "best", "good", "all", "every")
# A letter that offers, or puts, asks or keeps a time, goes on whatever it wishes
_NOT_AN_END = _OFFERS | _CONFIRMS | _TIME_TO_PICK
# A letter that looks back on the meeting and closes (`_closes_after_the_meeting`) does not
# end the process when it says more is to come ("we are seeing a few more candidates this week
# and will update you soon", "we'll be in touch by Friday with next steps")
_MORE_TO_COME = (
    "update you", "be in touch", "let you know our", "let you know the", "let you know by",
    "get back to you", "hear from us", "next step", "circle back", "follow up with you",
)  # fmt: skip


def _no_overtaken(
    readings: Sequence[Reading], interview: _Interview, index: int, at: datetime
) -> bool:
    """Whether a message read as a "no" was overtaken by an interview set after it, for a
    time after it ("we will not be moving forward with your application for the analyst
    role ... we would like to invite you to interview for the associate role on Tuesday at
    10:00", or a recruiter's call called off, then booked again): the process went on, so
    the "no" did not end it. An interview only looked back on later does not overtake it."""
    return (
        interview.index > index
        and interview.start is not None
        and interview.start > at
        and _stage_settled_by(interview) is Stage.SCHEDULED
        and not _feedback_call(readings, index, interview.index)
    )


def _feedback_call(readings: Sequence[Reading], no: int, settled: int) -> bool:
    """The time settled after a "no" is the call to go over it: the letter setting it offers
    feedback, or the reader asked for it since ("Yes please, I would like some feedback") and
    the letter names no interview ("I'll ring you on Wednesday at 4pm"). The "no" stands."""
    letter = readings[settled]
    if _goes_over_the_decision(letter):
        return True
    return "interview" not in letter.groups and any(
        r.mine and _goes_over_the_decision(r) for r in readings[no + 1 : settled]
    )


def _stage_settled_by(interview: _Interview) -> Stage:
    """The stage at the message that settled the interview's time."""
    if interview.inferred and not interview.day_only:
        return Stage.INTERVIEWED  # the message says it took place
    return Stage.SCHEDULING if interview.cancelled else Stage.SCHEDULED


def _plain_address(text: str) -> str:
    """An organiser as written ("Ana <ana@acme.com>" or "mailto:ana@acme.com") -> the address."""
    text = text.strip().lower()
    if "<" in text:
        text = parseaddr(text)[1]
    return text.removeprefix("mailto:")


def _contacts(readings: Sequence[Reading], mine: frozenset[str]) -> tuple[Address, ...]:
    """People on the employer's side, first seen first: who wrote (sender, reply-to), who was
    copied, who the candidate wrote to, who organised an invite. Robots, the candidate and
    addresses a bounce says do not exist are left out."""
    bounced: set[str] = set()
    for r in readings:  # (a loop: most threads hold no bounce, and no comprehension runs)
        if r.message.is_bounce:
            found = EMAIL_IN_TEXT.findall(r.message.text or "")
            bounced.update(email.lower().rstrip(".") for email in found)
    seen: set[str] = set()
    contacts: list[Address] = []
    for address in _people_in(readings):
        email = address.email.strip().lower()
        if not email or "@" not in email or email in seen:
            continue
        seen.add(email)
        if email in bounced or canonical_address(email) in mine:
            continue
        if senders.is_robot(email) and not _relayed_person(address):
            continue
        contacts.append(address)
    return tuple(contacts)


_VIA = re.compile(r"\bvia\b", re.IGNORECASE)


def _relayed_person(address: Address) -> bool:
    """A person a job marketplace relays, whose answer the relay carries back ("Dana Whitfield
    (Lumenstack) via Hired" <messages@hired.com>, "Gemma Ward via reed.co.uk"): someone to
    write to. A board's no-reply notice ("Ana Smith via LinkedIn" <no-reply@...>) is not."""
    name = address.name or ""
    return (
        "via" in name.lower()
        and _VIA.search(name) is not None
        and not senders.is_no_reply(address.email)
        and senders.domain_kind(address.email).kind == "job_board"
    )


def _people_in(readings: Sequence[Reading]) -> list[Address]:
    """Every address a person of the thread wrote from, to or as an organiser, in order."""
    found: list[Address] = []
    for r in readings:
        if r.automated:
            continue
        message = r.message
        if r.mine:
            found += message.to
            found += message.cc
        else:
            found.append(message.sender)
            found += message.reply_to
            found += message.to
            found += message.cc
        for event in message.events:
            if event.organizer:
                found.append(Address(_plain_address(event.organizer)))
    return found


def _role(readings: Sequence[Reading], company: str | None) -> str | None:
    seen: set[str] = set()
    for r in readings:
        if r.subject_key in seen:
            continue
        seen.add(r.subject_key)
        role = role_from_subject(r.message.subject or "", company)
        if role:
            return role
    for r in readings:
        role = role_from_text(r.message.text or "")
        if role:
            return without_company_prefix(role, company)
    return None


def thread_facts(
    messages: Sequence[Message], me: str | Collection[str] = (), zone: tzinfo | None = None
) -> ThreadFacts:
    """What the thread says: detection, stage, interview time, messages by side, contacts.

    `me` is the candidate's address (or addresses); messages from it are the candidate's,
    everything else that is not an auto-reply or bounce is the employer's side. A reply
    whose original is not in `messages` is read with the message it quotes as an earlier
    message (`with_orphan_quotes`). `zone`, the owner's, places times said without a zone in
    mail written from it (`detect.in_owners_zone`); without it they take the message's offset.
    """
    messages = with_orphan_quotes(messages)
    mine = candidate_addresses(messages, me)
    readings = read_messages(messages, mine, zone)
    if not readings:
        return ThreadFacts(detection=Detection(interview=False, confidence=0.0), stage=Stage.NONE)
    detection = detect_readings(readings)
    subject = ""
    for r in readings:  # the first message that has a subject names the thread
        if r.message.subject:
            subject = strip_reply_prefix(r.message.subject)
            break
    first_at, last_at = readings[0].at, readings[-1].at
    if not detection.interview:
        return ThreadFacts(
            detection=detection,
            stage=Stage.NONE,
            subject=subject,
            first_message_at=first_at,
            last_message_at=last_at,
            automated_messages=len([r for r in readings if r.automated]),
        )

    interview = _find_interview(readings, zone)
    reopened = _nos_reopened(readings)
    stage, taken_on = _stage(readings, interview, reopened)
    employer: list[EmployerMessage] = []
    employer_sent: list[Message] = []
    own_sent: list[Message] = []
    candidate: list[CandidateMessage] = []
    automated = 0
    for index, r in enumerate(readings):
        if r.automated:
            automated += 1
        elif r.mine:
            candidate.append(_candidate_message(r))
            own_sent.append(r.message)
        else:
            # an invitation handed before the interview's time is known awaits the answer
            awaits = _awaits_answer(r) and (interview.start is None or index < interview.index)
            employer.append(
                _employer_message(
                    r,
                    _no_overtaken(readings, interview, index, r.at) or index in reopened,
                    awaits,
                    index in taken_on,
                )
            )
            employer_sent.append(r.message)

    company = employer_company(employer_sent, mine, own_sent)
    if company is None and not employer_sent:
        # only the candidate has written: the employer is the one they write to
        company = written_to_company(own_sent, mine)
    return ThreadFacts(
        detection=detection,
        stage=stage,
        company=company,
        role=_role(readings, company),
        subject=subject,
        first_message_at=first_at,
        last_message_at=last_at,
        interview_start=interview.start,
        interview_end=interview.end,
        interview_cancelled=interview.cancelled,
        interview_time_inferred=interview.inferred,
        employer_messages=tuple(employer),
        candidate_messages=tuple(candidate),
        employer_contacts=_contacts(readings, mine),
        automated_messages=automated,
    )


# An orphan quote with no readable date is read as written just before the reply.
_QUOTE_BEFORE_REPLY = timedelta(minutes=1)


def with_orphan_quotes(messages: Sequence[Message]) -> Sequence[Message]:
    """The thread with each orphan reply's quoted message read as an earlier message.

    A reply is an orphan when the message it answers is not in the thread: its In-Reply-To
    and References name no message of the thread, or (with neither header) the thread holds
    no message before it. A lone .eml, a Takeout without the original, a Gmail thread whose
    first messages were deleted: a person reading the reply reads the quote below it. When
    the original is in the thread its quote is not read again (it would count twice).
    """
    for m in messages:  # a loop, not a generator to start: asked of every thread
        if m.quoted is not None:
            break
    else:
        return messages
    ids = {m.message_id for m in messages}
    expanded: list[Message] = []
    read: set[tuple[str, str]] = set()  # two replies to one missing original read it once
    for message in messages:
        quoted = message.quoted
        # An auto-reply's or a bounce's quote is the message it answers echoed back by a
        # machine: no one in the thread said it again, so it is not read as a message.
        automated = message.is_auto_reply or message.is_bounce
        if quoted is not None and not automated and _is_orphan(message, messages, ids):
            key = (canonical_address(quoted.sender.email), quoted.text)
            if key not in read:
                read.add(key)
                expanded.append(_quoted_as_message(message, quoted))
        expanded.append(message)
    return expanded


def _is_orphan(reply: Message, messages: Sequence[Message], ids: set[str]) -> bool:
    # what it answers (In-Reply-To, References), looked up in the thread as met: one loop,
    # no list and generator made for every reply
    answers = False
    for i in (reply.in_reply_to, *reply.references):
        if i and i != reply.message_id:
            if i in ids:
                return False
            answers = True
    if answers:
        return True
    at = as_aware(reply.date)
    return not any(m is not reply and as_aware(m.date) <= at for m in messages)


def _quoted_as_message(reply: Message, quoted: QuotedMessage) -> Message:
    """The quoted message as the thread's earlier message: its sender (else whom the reply
    went to, the person it answers), its date (else just before the reply), the reply's
    subject without "Re:", written to the replier (or, quoting the replier, to whom the
    reply goes)."""
    at = as_aware(reply.date)
    sender = quoted.sender
    if not sender.email:
        sender = _addressee_named(reply.to, sender.name) or sender
    date = as_aware(quoted.date) if quoted.date is not None else None
    if date is None or date >= at:
        try:
            date = at - _QUOTE_BEFORE_REPLY
        except OverflowError:  # a reply dated at the first minute of year 1
            date = at
    return Message(
        message_id=f"{reply.message_id}#quoted",
        date=date,
        sender=sender,
        subject=strip_reply_prefix(reply.subject),
        text=quoted.text,
        # a follow-up quoting the replier's own note went where the reply goes
        to=reply.to if _same_address(sender, reply.sender) else (reply.sender,),
        thread_id=reply.thread_id,
    )


def _same_address(a: Address, b: Address) -> bool:
    return bool(a.email) and canonical_address(a.email) == canonical_address(b.email)


def _addressee_named(to: Sequence[Address], name: str) -> Address | None:
    """The reply's addressee the quote's name is (or its only addressee)."""
    if name:
        key = name.casefold()
        for address in to:
            if address.name.casefold() == key:
                return address
    return to[0] if len(to) == 1 else None


def stage_at(facts: ThreadFacts, now: datetime) -> Stage:
    """The stage as a person reads it at `now`: a scheduled interview whose end has passed
    is `interviewed`, even when the thread shows nothing after it yet. (`thread_facts`
    never reads the clock; whoever shows a stage does, through this.)"""
    if (
        facts.stage is Stage.SCHEDULED
        and not facts.interview_cancelled
        and facts.interview_end is not None
        and facts.interview_end <= now
    ):
        return Stage.INTERVIEWED
    return facts.stage
