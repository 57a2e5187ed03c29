"""Ordinary mail (tests/corpus/ordinary, afterview/ordinary_mail.py): everyday messages of
138 people's mailboxes, read alone as one-message threads of their owners'."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterview.ordinary_mail import false_alarms, ordinary_messages

ORDINARY = Path(__file__).resolve().parent / "corpus" / "ordinary"


def test_each_split_reads_whole_and_no_owner_is_on_both_sides():
    owners = {}
    for split, expected in (("dev", 4702), ("test", 2281)):
        read = list(ordinary_messages(ORDINARY, split))
        assert len(read) == expected
        assert all(message.sender.email for _, message in read)  # every message parsed
        owners[split] = {label["mailbox"] for label, _ in read}
    assert not owners["dev"] & owners["test"]


def test_every_message_names_its_source():
    for line in (ORDINARY / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        assert label["source"].startswith("github.com/")
        assert label["job"] in (None, "candidate", "hiring")


def test_an_unknown_split_is_refused():
    with pytest.raises(ValueError, match="expected one of dev, test"):
        next(ordinary_messages(ORDINARY, "train"))


def test_dev_ordinary_mail_is_rarely_read_as_an_interview():
    # a floor, like the real corpus's dev floors: 11 false alarms (6.5 per 1,000) when the
    # corpus joined, 6 after readings of hiring words in other senses
    # (test_words_in_other_senses.py) and of HTML labelled plain text; 40 (8.5 per 1,000)
    # since the split grew by 3,000 harder messages, two thirds with hiring words
    # (SOURCES.md), 28 since a careers office's interviewing workshop, offers of anything
    # ("pleased to offer a report"), hires of anyone ("we hired consultants"), news since
    # any meeting ("since we last met") and the reader's duty as an interviewer are read so;
    # a change that reads more everyday mail as interviews must say why
    found = false_alarms(ORDINARY, "dev")
    assert found.read == 4702
    assert len(found.alarms) <= 28
    assert round(found.per_thousand, 1) <= 6.0
