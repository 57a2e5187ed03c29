"""The worker and the API give one thread the same advice at every moment: both call the one
advice service. Each scenario stores a thread as the worker's sync does, then at moments
before, at and after each `until` (the clock pinned with time-machine) reads it through
GET /api/threads and through the worker's `reevaluate_due`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

import pytest
import time_machine

from afterview.model import Action, Detection, FeedbackKind, ThreadFacts
from afterview.policy import advise
from storage.api_tokens import issue_api_token
from storage.models import GmailAccount, ThreadRecord, User
from storage.repository import add_feedback, upsert_thread
from tests.server_builders import a_signed_in_user, interview_facts
from tests.storage_builders import NOW
from worker.advising import advised_columns, owner_of, reevaluate_due

INTERVIEW = NOW  # Wednesday 25 November 2026, 12:00 UTC; Thanksgiving (US) is the day after
ADVISED_AT = INTERVIEW - timedelta(days=1)
RECRUITER = "rita@acme.example"


def undetected(facts: ThreadFacts) -> ThreadFacts:
    """The same thread as the domain might miss it: no interview detected."""
    return replace(facts, detection=Detection(False, 0.4, ()))


@dataclass(frozen=True)
class Scenario:
    facts: ThreadFacts
    feedback: tuple[FeedbackKind, ...] = ()
    policy: str = "standard"
    timezone: str = "UTC"
    country: str | None = None
    sender_not_interview: bool = False
    snoozed_until: datetime | None = None

    def hidden_at(self, moment: datetime) -> bool:
        """The list leaves the thread out (its advice still kept current by the worker)."""
        if FeedbackKind.DISMISSED in self.feedback or self.sender_not_interview:
            return True
        return self.snoozed_until is not None and moment < self.snoozed_until


DETECTED = interview_facts(company="Acme", start=INTERVIEW, recruiter=RECRUITER)
SCENARIOS = {
    "detected": Scenario(DETECTED),
    "marked_interview": Scenario(undetected(DETECTED), (FeedbackKind.IS_INTERVIEW,)),
    "marked_interview_conservative_us": Scenario(
        undetected(DETECTED),
        (FeedbackKind.IS_INTERVIEW,),
        policy="conservative",
        timezone="America/New_York",
        country="US",
    ),
    "detected_us": Scenario(DETECTED, timezone="America/New_York", country="US"),
    "snoozed": Scenario(
        DETECTED, (FeedbackKind.SNOOZED,), snoozed_until=INTERVIEW + timedelta(days=2)
    ),
    "dismissed": Scenario(DETECTED, (FeedbackKind.DISMISSED,)),
    "sender_not_interview": Scenario(DETECTED, sender_not_interview=True),
}


@pytest.fixture
def app(sqlite_db, make_server_app):
    return make_server_app(sqlite_db, RATELIMIT_ENABLED=False)


def _store_as_the_sync_does(database, account_id: int, facts: ThreadFacts, now: datetime) -> None:
    with database.session() as session:
        account = session.get(GmailAccount, account_id)
        record = session.query(ThreadRecord).filter_by(account_id=account_id).one_or_none()
        said = {feedback.kind for feedback in record.feedback} if record is not None else set()
        columns = advised_columns(session, owner_of(session, account), facts, said, now)
        upsert_thread(session, account_id, "thread-1", **columns, message_count=2, synced_at=now)


def _set_up(database, box, scenario: Scenario):
    user = a_signed_in_user(database, box)
    with database.session() as session:
        person = session.get(User, user.user_id)
        person.policy, person.timezone, person.country = (
            scenario.policy,
            scenario.timezone,
            scenario.country,
        )
    with time_machine.travel(ADVISED_AT, tick=False):
        _store_as_the_sync_does(database, user.account_id, scenario.facts, ADVISED_AT)
        with database.session() as session:
            thread_id = session.query(ThreadRecord.id).one()[0]
            for kind in scenario.feedback:
                until = scenario.snoozed_until if kind is FeedbackKind.SNOOZED else None
                add_feedback(session, user.user_id, kind, thread_id=thread_id, until=until)
            if scenario.sender_not_interview:
                add_feedback(
                    session, user.user_id, FeedbackKind.NOT_INTERVIEW, sender_address=RECRUITER
                )
        _store_as_the_sync_does(database, user.account_id, scenario.facts, ADVISED_AT)
    return user


def _moments(database, account_id: int, facts: ThreadFacts) -> list[datetime]:
    """Just before, at and just after every `until` the advice passes through (as if the
    thread were an interview: a set-aside one is checked at the same moments)."""
    untils, moment = [], ADVISED_AT
    with database.session() as session:
        owner = owner_of(session, session.get(GmailAccount, account_id))
        advisor = replace(owner.advisor, not_interview_senders=frozenset())
        said = {FeedbackKind.IS_INTERVIEW}
        while (until := advisor.advise(facts, said, moment).until) is not None:
            untils.append(until)
            moment = until
    second = timedelta(seconds=1)
    around = [m for until in untils for m in (until - second, until, until + second)]
    return [ADVISED_AT, *around, untils[-1] + timedelta(days=40)]


def _shown(client, database, user) -> dict | None:
    # A token issued at this moment: the moments span longer than a token lives unused.
    with database.session() as session:
        token = issue_api_token(session, session.get(User, user.user_id), name="this moment")
    headers = {"Authorization": f"Bearer {token}"}
    listing = client.get("/api/threads", headers=headers).json
    found = [thread for group in listing["groups"] for thread in group["threads"]]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.mark.parametrize("name", SCENARIOS)
def test_worker_and_api_agree_before_at_and_after_every_until(app, sqlite_db, name):
    scenario = SCENARIOS[name]
    user = _set_up(sqlite_db, app.extensions["afterview.secrets"], scenario)
    client = app.test_client()
    moments = _moments(sqlite_db, user.account_id, scenario.facts)
    assert len(moments) >= 5  # prepare, under way, thank-you, wait, ... each has an end
    actions_seen = set()
    for moment in moments:
        with time_machine.travel(moment, tick=False):
            # The stored row as the sync left it; then the API reads, then the worker runs.
            _store_as_the_sync_does(sqlite_db, user.account_id, scenario.facts, ADVISED_AT)
            shown = _shown(client, sqlite_db, user)
            with sqlite_db.session() as session:
                reevaluate_due(session, moment)
            with sqlite_db.session() as session:
                record = session.query(ThreadRecord).one()
                stored = {
                    "action": record.action.value,
                    "reason": record.reason,
                    "until": None if record.until is None else record.until.isoformat(),
                    "stage": record.stage.value,
                }
                interview = record.interview
        actions_seen.add(stored["action"])
        if scenario.hidden_at(moment):
            assert shown is None, f"{name} at {moment}: listed while set aside"
            continue
        assert interview, f"{name} at {moment}: the worker no longer sees an interview"
        assert shown is not None, f"{name} at {moment}: not listed"
        got = {key: shown[key] for key in stored}
        assert got == stored, f"{name} at {moment}"
    if scenario.sender_not_interview:
        assert actions_seen == {"none"}
    else:
        assert "none" not in actions_seen
        assert {"prepare", "send_thank_you", "wait"} <= actions_seen
        assert ("follow_up" in actions_seen) == (scenario.policy == "standard")


def test_a_thread_marked_as_an_interview_keeps_its_advice_once_it_expires(app, sqlite_db):
    """The old disagreement: the list re-advised expired rows from the raw facts, which
    see no interview, and said `none` where the worker said `follow_up`."""
    scenario = SCENARIOS["marked_interview"]
    user = _set_up(sqlite_db, app.extensions["afterview.secrets"], scenario)
    moment = INTERVIEW + timedelta(days=16)
    assert advise(scenario.facts, moment).action is Action.NONE  # what the list used to say

    with time_machine.travel(moment, tick=False):
        shown = _shown(app.test_client(), sqlite_db, user)
        with sqlite_db.session() as session:
            reevaluate_due(session, moment)
        with sqlite_db.session() as session:
            record = session.query(ThreadRecord).one()
            assert record.action is Action.FOLLOW_UP
            assert shown["action"] == "follow_up"
            assert shown["reason"] == record.reason
            assert shown["contact"] == RECRUITER


def test_a_draft_for_a_marked_thread_follows_the_same_advice(app, sqlite_db):
    """The draft route decides the default kind with the same service: a follow-up, where
    the raw facts would have said there is nothing to draft."""
    user = _set_up(sqlite_db, app.extensions["afterview.secrets"], SCENARIOS["marked_interview"])
    with sqlite_db.session() as session:
        thread_id = session.query(ThreadRecord.id).one()[0]
    with time_machine.travel(INTERVIEW + timedelta(days=16), tick=False):
        answer = app.test_client().post(f"/api/threads/{thread_id}/draft", headers=user.headers)
    assert answer.status_code == 202, answer.json
    assert answer.json["draft"]["kind"] == "follow_up"


def test_a_sender_marked_since_the_last_sync_leaves_the_list_when_the_advice_expires(
    app, sqlite_db
):
    """Marked after the worker stored the thread: the list keeps the stored advice while it
    holds, and once it expires decides as the worker does (no longer an interview)."""
    user = _set_up(sqlite_db, app.extensions["afterview.secrets"], SCENARIOS["detected"])
    with sqlite_db.session() as session:
        add_feedback(session, user.user_id, FeedbackKind.NOT_INTERVIEW, sender_address=RECRUITER)
    client = app.test_client()
    with time_machine.travel(ADVISED_AT + timedelta(hours=1), tick=False):
        assert _shown(client, sqlite_db, user)["action"] == "prepare"  # stored advice, still valid
    after = INTERVIEW + timedelta(hours=2)
    with time_machine.travel(after, tick=False):
        assert _shown(client, sqlite_db, user) is None
        with sqlite_db.session() as session:
            reevaluate_due(session, after)
        with sqlite_db.session() as session:
            record = session.query(ThreadRecord).one()
            assert not record.interview and record.action is Action.NONE
