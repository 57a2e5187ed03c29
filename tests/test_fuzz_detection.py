"""Detection and the thread's facts over malformed mail: threads of mutated messages from
the malformed-mail corpus never make `detect_interview` or `thread_facts` raise, and what
they give back keeps its invariants (a confidence in 0..1, aware dates, facts that agree
with the detection, the same answer twice, and facts that survive a round trip through
their stored form). Bounded in the suite; `HYPOTHESIS_PROFILE=long` hunts longer."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.detect import detect_interview
from afterview.facts_io import facts_from_dict, facts_to_dict
from afterview.parse import parse_message
from afterview.timeline import thread_facts, with_orphan_quotes
from tests.builders.malformed_mail import CORPUS, mutated_corpus_message

FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
ME = "me@example.com"
MESSAGE = st.one_of(mutated_corpus_message(), st.sampled_from(sorted(CORPUS.values())))


def _aware(moment) -> bool:
    return moment is None or moment.utcoffset() is not None


@FUZZ
@given(st.lists(MESSAGE, min_size=1, max_size=4), st.sampled_from([ME, "", "x@y"]))
def test_threads_of_malformed_mail_are_read_without_raising(raws: list[bytes], me: str):
    messages = [parse_message(raw) for raw in raws]

    # The thread as read: an orphan reply's quoted message counts as an earlier message.
    detection = detect_interview(with_orphan_quotes(messages), me)
    facts = thread_facts(messages, me)

    assert 0.0 <= detection.confidence <= 1.0
    assert all(isinstance(signal, str) and signal for signal in detection.signals)
    assert facts.detection == detection
    assert detect_interview(with_orphan_quotes(messages), me) == detection  # no hidden state
    for moment in (
        facts.first_message_at,
        facts.last_message_at,
        facts.interview_start,
        facts.interview_end,
        *(m.at for m in facts.employer_messages),
        *(m.at for m in facts.candidate_messages),
    ):
        assert _aware(moment)
    if facts.first_message_at and facts.last_message_at:
        assert facts.first_message_at <= facts.last_message_at
    assert facts_from_dict(facts_to_dict(facts)) == facts
