"""Properties of `advise` over arbitrary threads: it always answers, `until` is a real
future moment at which the advice changes, and nothing but its arguments matters."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.model import (
    Action,
    Address,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Stage,
    ThreadFacts,
)
from afterview.policy import CONSERVATIVE, STANDARD, Policy, advise
from tests.builders.facts import an_interview_thread

ZONES = [
    UTC,
    ZoneInfo("America/New_York"),
    ZoneInfo("Pacific/Auckland"),
    ZoneInfo("Europe/London"),
    timezone(timedelta(hours=5, minutes=30)),
]
ADDRESSES = st.sampled_from(
    [
        Address("jane@acme.example", "Jane Doe"),
        Address("bob@acme.example"),
        Address("no-reply@greenhouse.example"),
        Address("notifications@lever.example"),
        Address(""),
        Address("not an address"),
    ]
)
POLICIES = st.one_of(
    st.sampled_from([STANDARD, CONSERVATIVE]),
    st.builds(
        Policy,
        follow_up_allowed=st.booleans(),
        decision_grace_business_days=st.integers(0, 60),
        default_wait_business_days=st.integers(1, 260),
        after_follow_up_business_days=st.integers(1, 260),
        give_up_days=st.integers(1, 366),
        applied_give_up_days=st.integers(1, 366),
        timezone=st.sampled_from(["UTC", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"]),
        country=st.sampled_from([None, "US", "GB", "NZ", "IN"]),
    ),
)


def rarely() -> st.SearchStrategy[bool]:
    return st.integers(0, 29).map(lambda n: n == 17)  # not an end: hypothesis favours those


def thread_facts(
    moments: st.SearchStrategy[datetime], flag: st.SearchStrategy[bool]
) -> st.SearchStrategy[ThreadFacts]:
    """Threads whose events come from `moments`; `flag` sets the decisive flags (rejection,
    offer, a question, a cancelled interview, not an interview at all)."""
    maybe = st.none() | moments
    return st.builds(
        ThreadFacts,
        detection=st.builds(
            Detection, interview=flag.map(lambda f: not f), confidence=st.just(0.9)
        ),
        stage=flag.flatmap(
            lambda f: (
                st.sampled_from(Stage)
                if f
                else st.sampled_from([Stage.INTERVIEWED, Stage.SCHEDULED, Stage.SCHEDULING])
            )
        ),
        company=st.none() | st.sampled_from(["Acme", "", "  ", "Zoë & Söhne GmbH"]),
        first_message_at=maybe,
        last_message_at=maybe,
        interview_start=maybe,
        interview_end=maybe,
        interview_cancelled=flag,
        employer_messages=st.lists(
            st.builds(
                EmployerMessage,
                at=moments,
                sender=ADDRESSES,
                asks_candidate=flag,
                decision_by=maybe,
                is_scheduling=st.booleans(),
                is_rejection=flag,
                is_offer=flag,
            ),
            max_size=5,
        ).map(tuple),
        candidate_messages=st.lists(
            st.builds(
                CandidateMessage,
                at=moments,
                is_thank_you=st.booleans(),
                is_follow_up=flag,
            ),
            max_size=3,
        ).map(tuple),
        employer_contacts=st.lists(ADDRESSES, max_size=3).map(tuple),
    )


# Realistic threads: everything within a few months of one clock, in assorted zones.
CLOCK = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@st.composite
def realistic(draw: st.DrawFn) -> tuple[ThreadFacts, datetime]:
    """A thread around one clock: mostly an interview some weeks back, a few messages."""
    now = draw(CLOCK)
    minutes = st.integers(-70 * 24 * 60, 10 * 24 * 60)
    moments = st.builds(
        lambda offset, zone: (now + timedelta(minutes=offset)).astimezone(zone),
        minutes,
        st.sampled_from(ZONES),
    )
    facts = draw(thread_facts(moments, rarely()))
    if facts.interview_start is not None and draw(st.booleans()):
        length = timedelta(minutes=draw(st.sampled_from([30, 45, 60, 90])))
        facts = replace(facts, interview_end=facts.interview_start + length)
    return facts, now


@st.composite
def storylike(draw: st.DrawFn) -> tuple[ThreadFacts, datetime]:
    """A thread told with the builder: an interview, then some of the usual events."""
    now = draw(CLOCK)
    hours = st.integers(-60 * 24, 0).map(lambda h: now + timedelta(hours=h))
    interview = draw(hours)
    thread = an_interview_thread(
        company=draw(st.sampled_from(["Acme", None])),
        recruiter=draw(st.sampled_from(["jane@{domain}", None])),
    ).interviewed(at=interview, minutes=draw(st.sampled_from([30, 60])))
    later = st.integers(0, 50 * 24).map(lambda h: interview + timedelta(hours=h))
    if draw(st.booleans()):
        thread = thread.thank_you(at=interview + timedelta(hours=draw(st.integers(1, 60))))
    for _ in range(draw(st.integers(0, 2))):
        thread = thread.employer_said(at=draw(later), decision_by=draw(st.none() | later))
    if draw(st.booleans()):
        thread = thread.follow_up(at=draw(later))
    if draw(rarely()):
        thread = thread.employer_asked(at=draw(later))
    if draw(rarely()):
        thread = thread.rejected(at=draw(later))
    return thread.build(), now


REALISTIC = realistic() | storylike()


# Anything the types allow, naive datetimes and the ends of the calendar included.
ANY_MOMENT = st.datetimes() | st.datetimes(timezones=st.sampled_from(ZONES))
ANY_NOW = st.datetimes(timezones=st.sampled_from(ZONES))


@settings(max_examples=300)
@given(facts=thread_facts(ANY_MOMENT, st.booleans()), now=ANY_NOW, policy=POLICIES)
def test_advise_answers_anything_and_never_hands_out_a_past_until(facts, now, policy):
    advice = advise(facts, now, policy)

    assert isinstance(advice.action, Action)
    assert advice.reason.endswith(".") and "\n" not in advice.reason
    assert advice.until is None or advice.until > now


@settings(max_examples=300)
@given(case=REALISTIC, policy=POLICIES)
def test_until_is_the_moment_the_advice_changes(case, policy):
    facts, now = case
    advice = advise(facts, now, policy)

    if advice.until is not None:
        assert advice.until > now
        just_before = advise(facts, advice.until - timedelta(microseconds=1), policy)
        at_until = advise(facts, advice.until, policy)
        assert just_before.action is advice.action
        assert (at_until.action, at_until.reason) != (advice.action, advice.reason)


@given(case=REALISTIC, other=REALISTIC, policy=POLICIES, zone=st.sampled_from(ZONES))
def test_advice_depends_on_facts_now_and_policy_only(case, other, policy, zone):
    facts, now = case
    first = advise(facts, now, policy)

    advise(other[0], other[1], policy)  # no state carried from one call to the next
    assert advise(facts, now, policy) == first
    assert advise(facts, now.astimezone(zone), policy) == first  # the same instant


@settings(max_examples=300)
@given(case=REALISTIC, policy=POLICIES)
def test_a_follow_up_is_only_advised_once_to_a_person_and_never_after_a_rejection(case, policy):
    facts, now = case
    advice = advise(facts, now, policy)

    if advice.action is Action.FOLLOW_UP:
        assert policy.follow_up_allowed
        assert facts.stage is not Stage.REJECTED
        assert not any(message.is_rejection for message in facts.employer_messages)
        assert advice.contact and "reply" not in advice.contact
        assert "notification" not in advice.contact
        assert advice.contact in {address.email for address in facts.employer_contacts}
        assert not any(
            message.is_follow_up
            for message in facts.candidate_messages
            if (facts.interview_end is None or message.at >= facts.interview_end)
        )
