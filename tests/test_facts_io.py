from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.facts_io import facts_from_dict, facts_to_dict
from afterview.model import (
    Address,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Stage,
    ThreadFacts,
)

aware = st.datetimes(
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))])
)
maybe_aware = st.none() | aware
addresses = st.builds(Address, st.emails(), st.text(max_size=20))

facts_strategy = st.builds(
    ThreadFacts,
    detection=st.builds(
        Detection, st.booleans(), st.floats(0, 1), st.lists(st.text(max_size=10)).map(tuple)
    ),
    stage=st.sampled_from(list(Stage)),
    company=st.none() | st.text(max_size=20),
    role=st.none() | st.text(max_size=20),
    subject=st.text(max_size=40),
    first_message_at=maybe_aware,
    last_message_at=maybe_aware,
    interview_start=maybe_aware,
    interview_end=maybe_aware,
    interview_cancelled=st.booleans(),
    employer_messages=st.lists(
        st.builds(
            EmployerMessage,
            at=aware,
            sender=addresses,
            asks_candidate=st.booleans(),
            decision_by=maybe_aware,
            is_scheduling=st.booleans(),
            is_rejection=st.booleans(),
            is_offer=st.booleans(),
        ),
        max_size=3,
    ).map(tuple),
    candidate_messages=st.lists(
        st.builds(
            CandidateMessage,
            at=aware,
            to=st.lists(addresses, max_size=2).map(tuple),
            is_thank_you=st.booleans(),
            is_follow_up=st.booleans(),
            withdraws=st.booleans(),
            accepts_offer=st.booleans(),
        ),
        max_size=3,
    ).map(tuple),
    employer_contacts=st.lists(addresses, max_size=3).map(tuple),
    automated_messages=st.integers(0, 5),
)


@given(facts_strategy)
def test_facts_survive_a_round_trip_through_json(facts):
    import json

    assert facts_from_dict(json.loads(json.dumps(facts_to_dict(facts)))) == facts


def test_unknown_format_version_is_refused():
    with pytest.raises(ValueError, match="version"):
        facts_from_dict({"v": 99})


def test_missing_field_is_a_clear_error():
    with pytest.raises(ValueError, match="malformed facts"):
        facts_from_dict({"v": 1, "interview": True})


@pytest.mark.parametrize("field", ["withdraws", "accepts_offer"])
def test_facts_stored_before_a_candidate_reading_existed_say_none(field):
    import json

    facts = CandidateMessage(at=datetime(2026, 3, 4, tzinfo=UTC), **{field: True})
    stored = json.loads(json.dumps(facts_to_dict(_with_candidate(facts))))
    for message in stored["candidate_messages"]:
        del message[field]  # as a row written by an earlier release holds it
    assert not getattr(facts_from_dict(stored).candidate_messages[0], field)


def _with_candidate(message: CandidateMessage) -> ThreadFacts:
    return ThreadFacts(
        detection=Detection(interview=True, confidence=1.0),
        stage=Stage.INTERVIEWED,
        candidate_messages=(message,),
    )
