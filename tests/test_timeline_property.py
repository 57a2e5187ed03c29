"""thread_facts never raises and keeps its invariants, whatever thread the builders make."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.detect import detect_interview
from afterview.model import Stage
from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

# 300 keeps the suite fast; AFTERVIEW_PROPERTY_EXAMPLES=5000 for a deeper run (passes).
EXAMPLES = int(os.environ.get("AFTERVIEW_PROPERTY_EXAMPLES", "300"))

SENDERS = [
    "Ana Lopez <ana@acme.com>",
    "Acme Hiring Team <no-reply@greenhouse.io>",
    "LinkedIn <jobalerts-noreply@linkedin.com>",
    "friend@gmail.com",
    "weird",
    "",
    "<>",
    "Ümlaut Ünternehmen <jobs@bücher.de>",
]
PHRASES = [
    "Could you share your availability?",
    "Your interview is confirmed for Tuesday, March 11 at 2:00 PM ET.",
    "Thu 3/12 10:30am PST",
    "on the 31st at 25:00",
    "February 30 at 2pm",
    "2-3pm tomorrow utc+14",
    "We'll get back to you within 5-7 business days.",
    "by the end of next month",
    "Unfortunately we will not be moving forward.",
    "We are pleased to offer you the role.",
    "Thank you for your time today!",
    "Just following up - any update?",
    "Jobs you may like. Unsubscribe.",
    "podcast journalist gift card usability 1:1 sync",
    "Thank you for applying to Acme for the Senior Engineer position.",
    "?" * 3,
    "",
]
TIMEZONES = [UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))]

EXTREMES = [
    datetime.min,
    datetime.max,
    datetime.min.replace(tzinfo=UTC),
    datetime.max.replace(tzinfo=UTC),
]
moments = st.one_of(
    st.none(),
    st.sampled_from(EXTREMES),
    st.datetimes(timezones=st.sampled_from(TIMEZONES)),
    st.datetimes(),  # naive: the domain must cope
    st.timedeltas(min_value=timedelta(days=-400), max_value=timedelta(days=400)),
)
texts = st.one_of(
    st.sampled_from(PHRASES),
    st.text(max_size=200),
    st.lists(st.sampled_from(PHRASES), max_size=4).map(" ".join),
)

message_step = st.tuples(
    st.sampled_from(["recruiter", "ats", "me", "auto_reply", "bounce"]),
    st.sampled_from(SENDERS),
    texts,
    moments,
    st.sampled_from(["", "Interview", "Re: Interview: Product Designer", "Weekly sync"]),
)
change_step = st.tuples(
    st.sampled_from(["invite", "cancel", "bulk", "cc"]),
    st.one_of(st.datetimes(timezones=st.sampled_from(TIMEZONES)), st.sampled_from(EXTREMES)),
    st.one_of(
        st.none(), st.timedeltas(min_value=timedelta(hours=-3), max_value=timedelta(hours=5))
    ),
    st.sampled_from(["REQUEST", "CANCEL", "PUBLISH", "REPLY", ""]),
    st.sampled_from(SENDERS),
)


def build(first, steps):
    thread = a_thread(ME, subject=first)
    for step in steps:
        kind = step[0]
        if kind in {"recruiter", "ats", "me", "auto_reply", "bounce"}:
            _, sender, text, at, subject = step
            options = {"at": at, "subject": subject or None}
            try:
                if kind == "recruiter":
                    thread.from_recruiter(sender, text, **options)
                elif kind == "ats":
                    thread.from_ats(text, **options)
                elif kind == "me":
                    thread.from_me(text, **options)
                elif kind == "auto_reply":
                    thread.auto_reply(sender or None, text, **options)
                else:
                    thread.bounce(text, **options)
            except OverflowError:  # the builder's date arithmetic past year 9999, not ours
                continue
        elif len(thread):
            _, start, length, method, sender = step
            end = None
            if length is not None:
                try:
                    end = start + length
                except OverflowError:
                    end = None
            if kind == "invite":
                thread.with_invite(start, end, method=method, organizer=sender.lower())
            elif kind == "cancel":
                thread.with_cancellation()
            elif kind == "bulk":
                thread.bulk()
            else:
                thread.with_fields(cc=(thread.build()[-1].sender,))
    return thread.build()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.sampled_from(["Interview", "", "Thank you for applying"]),
    steps=st.lists(st.one_of(message_step, change_step), max_size=8),
    me=st.sampled_from([ME, "", ["me@example.com", "other@example.com"], "ME+tag@Example.com"]),
)
def test_thread_facts_never_raises(first, steps, me):
    messages = build(first, steps)
    facts = thread_facts(messages, me)

    assert isinstance(facts.stage, Stage)
    assert facts.detection == detect_interview(messages, me)
    if not facts.interview:
        assert facts.stage is Stage.NONE and facts.employer_messages == ()
    else:
        assert facts.stage is not Stage.NONE
        counted = len(facts.employer_messages) + len(facts.candidate_messages)
        assert counted + facts.automated_messages == len(messages)
    if facts.interview_start is not None:
        assert facts.interview_end is not None and facts.interview_end >= facts.interview_start
    if facts.stage is Stage.SCHEDULED:
        assert facts.interview_start is not None and not facts.interview_cancelled
    for moment in (facts.first_message_at, facts.last_message_at, facts.interview_start):
        assert moment is None or moment.tzinfo is not None
    for message in facts.employer_messages:
        assert message.decision_by is None or message.decision_by.tzinfo is not None
    assert all(contact.email and "@" in contact.email for contact in facts.employer_contacts)
    if messages:
        assert facts.first_message_at <= facts.last_message_at


def test_a_thread_dated_at_the_end_of_time_does_not_overflow():
    end = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    messages = (
        a_thread(ME, subject="Interview", start=end)
        .from_recruiter(text="We'll get back to you within two weeks, by next Friday.")
        .with_invite(start=end)
        .from_me("Thank you for your time!", at=end)
        .build()
    )
    assert thread_facts(messages, ME).interview
