"""A thank-you that looks ahead to being taken on, read alone (shapes_message_recall).

The reader's thanks for a meeting is any meeting's (a coffee, a mentor's advice, a seller's
call) until it looks ahead to the employer's choice of them or to a place in their team: "I'd
love to be part of it", "anything that would help your decision", "I'd be glad to take the
next step". Read alone (`afterview eval` scores every message so), such a note carried only
the thanks (0.35); the look ahead (`candidate_hopes_to_join`) names the process. Judged by the
retro first looks (bench/retro_edits/hopes_to_join.py).
"""

from __future__ import annotations

import pytest

from afterview.detect import detect_interview, signal_names
from tests.builders import ME, a_thread, read_alone


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Thank you",
            "Hi Marta,\n\nThanks again for your time this morning and the walk round the workshop. "
            "Hearing how the studio plans a season made me sure I'd love to be part of it.\n\nLeo",
        ),
        (
            "Re: Our chat on Tuesday",
            "Dear Mr. Okonjo,\n\nThank you for taking the time to speak with me on Tuesday. "
            "Do tell me if there is anything else I can send that would help your decision.",
        ),
        (
            "Thank you for the tour",
            "Thank you for meeting with me this afternoon. Seeing the ward at handover, I'm "
            "keen to join your nursing team.",
        ),
        (
            "Re: Coffee on Friday",
            "Great meeting you on Friday, Sanjay. I'd be glad to take the next step whenever "
            "it suits you.",
        ),
        (
            "Following our call",
            "Thanks for your time on Wednesday - I enjoyed hearing about the spring catalogue. "
            "I look forward to hearing about the next steps.",
        ),
        (
            "Thank you",
            "Thank you for having me in today. I'd be proud to become the next apprentice "
            "working on your team.",
        ),
    ],
)
def test_a_thank_you_looking_to_the_job_is_the_jobs(subject, text):
    assert read_alone(ME, text, subject=subject)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a networking coffee: the thanks looks back on advice; the next step is the advice's
        (
            "Thank you for your time",
            "Thank you for meeting with me and for the advice on portfolios. I'll take the next "
            "step you suggested and write to Dana.",
        ),
        # a seller after a discovery call: the next steps are the deal's, arranged by them
        (
            "Great speaking today",
            "Thanks for your time today. Looking forward to next steps on the pilot; I'll send "
            "the proposal by Friday.",
        ),
        # the thanks alone, as before
        (
            "Thank you",
            "Thank you for taking the time to meet me on Monday. I enjoyed our conversation.",
        ),
        # someone else's team, said of them
        (
            "Great to meet you",
            "Great to meet you at the meetup! Say hello to everyone on your team for me.",
        ),
    ],
)
def test_a_thank_you_that_does_not_look_to_a_job_stays_a_thank_you(subject, text):
    assert not read_alone(ME, text, subject=subject)


def test_the_employer_hoping_the_reader_joins_is_not_the_readers_hope():
    # the owner hiring: "we'd love you to join the team" is the employer's voice
    thread = a_thread(ME, subject="Thanks for coming in").from_me(
        "Thank you for taking the time to meet us yesterday. We'd love you to join the team.",
        to=("Jo Park <jo.park@example.net>",),
    )
    detection = detect_interview(thread.build(), ME)
    assert "candidate_hopes_to_join" not in signal_names(detection)


def test_an_admissions_interview_thanks_stays_another_process():
    assert not read_alone(
        ME,
        "Dear Dr. Reyes,\n\nThank you for interviewing me for the MBA programme this morning. "
        "I'd love to be part of it.",
        subject="Thank you - MBA admissions interview",
    )
