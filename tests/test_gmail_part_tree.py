"""A thread read through Gmail's API (the sandbox and the unmodified client, `format=full`,
the part tree read directly) gives the same facts as the same thread read from its .mbox.

Generated threads (every calendar style, HTML-only ATS mail, forwards, bounces) and a few
threads of the real-wording corpus are loaded into the sandbox; each thread the API
returns is matched to its file by its messages' Message-IDs.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.model import ThreadFacts
from afterview.parse import read_thread
from afterview.timeline import thread_facts
from gmail.message import attachment_bytes, calendar_attachments, thread_messages
from gmail_sandbox.generator import write_mailbox
from gmail_sandbox.loading import load_path
from gmail_sandbox.serve import running_sandbox
from tests.conftest import ROOT

ME = "alex.morgan@example.com"
NOW = datetime(2026, 3, 16, 15, 0, tzinfo=UTC)
CORPUS = ROOT / "tests" / "corpus" / "real" / "dev"
CORPUS_THREADS = [
    "greenhouse/onsite_availability_confirmation_thank_you.mbox",
    "glassdoor_advice/thank_you_cc_bounce.mbox",
    "goodtime/availability_confirm_reschedule.mbox",
    "interview_email_templates/reschedule_decision_date_follow_up.mbox",
    "meeting_invites/roadmap_review_new_time_proposed.mbox",
]


def _threads_through_the_api(running, address: str) -> dict[frozenset[str], list]:
    """Every thread of the mailbox as the worker reads it, keyed by its Message-IDs."""
    users = running.gmail(address).users()
    found = {}
    listing = users.threads().list(userId="me", maxResults=500).execute()
    for summary in listing.get("threads", []):
        thread = users.threads().get(userId="me", id=summary["id"], format="full").execute()
        invites = {
            attachment_id: users.messages()
            .attachments()
            .get(userId="me", messageId=message_id, id=attachment_id)
            .execute()
            for message_id, attachment_id in calendar_attachments(thread)
        }
        messages = thread_messages(
            thread, {key: attachment_bytes(answer) for key, answer in invites.items()}
        )
        found[frozenset(m.message_id for m in messages)] = messages
    return found


def _same_facts(path: Path, api_threads: dict, me: str) -> tuple[ThreadFacts, ThreadFacts]:
    from_file = read_thread(path)
    from_api = api_threads[frozenset(m.message_id for m in from_file)]
    # Every field compared: detection, stage, times, messages by side, contacts.
    return thread_facts(from_file, me), thread_facts(from_api, me)


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    directory = tmp_path_factory.mktemp("generated")
    write_mailbox(directory, ME, threads=40, seed=11, now=NOW)
    with running_sandbox(admin=True, units_per_second=None, me=ME) as running:
        load_path(running.sandbox.mailbox(), directory, now_ms=int(NOW.timestamp() * 1000))
        yield directory, _threads_through_the_api(running, ME)


def test_generated_threads_read_through_the_api_give_the_facts_of_their_mbox(generated):
    directory, api_threads = generated
    paths = sorted(directory.glob("*.mbox"))
    assert len(paths) == 40 and len(api_threads) == 40
    differing = {}
    for path in paths:
        from_file, from_api = _same_facts(path, api_threads, ME)
        if from_api != from_file:
            differing[path.name] = (from_file, from_api)
    assert not differing
    interviews = [
        path for path in paths if thread_facts(read_thread(path), ME).interview_start is not None
    ]
    assert len(interviews) >= 5  # invites and stated times were read, not only headers


def _corpus_me(relative: str) -> str:
    for line in (CORPUS / "labels.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if row["path"] == relative:
            return row["me"]
    raise LookupError(relative)


@pytest.mark.parametrize("relative", CORPUS_THREADS)
def test_a_corpus_thread_read_through_the_api_gives_the_facts_of_its_mbox(relative):
    me = _corpus_me(relative)
    with running_sandbox(admin=True, units_per_second=None, me=me) as running:
        load_path(running.sandbox.mailbox(), CORPUS / relative, now_ms=int(NOW.timestamp() * 1000))
        api_threads = _threads_through_the_api(running, me)
    from_file, from_api = _same_facts(CORPUS / relative, api_threads, me)
    assert from_api == from_file
    assert from_file.interview or relative.startswith("meeting_invites/")
