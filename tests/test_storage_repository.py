"""The shared queries: upserts that are safe to repeat, the popup list, user deletion."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from afterview.model import (
    Action,
    Address,
    Advice,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Stage,
    ThreadFacts,
)
from storage import repository as repo
from storage.api_tokens import issue_api_token
from storage.models import (
    Application,
    Base,
    DraftKind,
    DraftStatus,
    Feedback,
    FeedbackKind,
    GmailAccount,
    LabelMapping,
    SummarySent,
    ThreadRecord,
    User,
)
from tests.storage_builders import NOW, a_box, a_thread, a_user, an_account


def row_counts(session) -> dict[str, int]:
    return {
        table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
    }


def a_whole_world(session, email: str) -> User:
    """A user with a row in every table that can belong to them."""
    user = a_user(session, email)
    for address in (email, "second-" + email):
        account = an_account(session, user, address)
        account.labels.append(LabelMapping(purpose="wait", label_id="Label_1", label_name="W"))
        thread = a_thread(session, account)
        thread.application = repo.application_for(session, user.id, "Acme", "Engineer")
        repo.add_feedback(session, user.id, "snoozed", thread_id=thread.id, until=NOW)
        repo.request_draft(session, user.id, thread.id, DraftKind.THANK_YOU)
    repo.add_feedback(session, user.id, "not_interview", sender_address="jobs@spam.example")
    issue_api_token(session, user)
    repo.claim_summary(session, user.id, "2026-W48")
    session.flush()
    return user


def test_deleting_a_user_removes_every_row_of_theirs_and_nothing_else(db):
    with db.session() as session:
        a_whole_world(session, "bob@example.com")
        only_bob = row_counts(session)
        alice_id = a_whole_world(session, "alice@example.com").id
        assert all(count > 0 for count in row_counts(session).values())
    with db.session() as session:
        assert repo.delete_user(session, alice_id) is True
    with db.session() as session:
        assert row_counts(session) == only_bob
        assert repo.delete_user(session, alice_id) is False


def test_upserting_a_thread_twice_updates_the_one_record(db):
    with db.session() as session:
        account = an_account(session, a_user(session))
        first = repo.upsert_thread(
            session,
            account.id,
            "t1",
            subject="Interview",
            stage=Stage.SCHEDULED,
            facts={"interview_start": "2026-12-01T10:00:00+00:00"},
            until=NOW,
        )
        again = repo.upsert_thread(
            session, account.id, "t1", stage="interviewed", action=Action.SEND_THANK_YOU
        )
        assert again.id == first.id
        assert (again.stage, again.action, again.subject) == (
            Stage.INTERVIEWED,
            Action.SEND_THANK_YOU,
            "Interview",
        )
        assert again.facts == {"interview_start": "2026-12-01T10:00:00+00:00"}
        assert again.until == NOW
        other = repo.upsert_thread(session, an_account(session, a_user(session)).id, "t1")
        assert other.id != first.id
        assert session.scalar(select(func.count()).select_from(ThreadRecord)) == 2
        with pytest.raises(TypeError, match="not ThreadRecord fields: body"):
            repo.upsert_thread(session, account.id, "t2", body="message text")


def test_one_record_per_thread_and_account(db):
    with pytest.raises(IntegrityError, match="(?i)unique"), db.session() as session:
        account = an_account(session, a_user(session))
        a_thread(session, account, gmail_thread_id="same")
        a_thread(session, account, gmail_thread_id="same")


def test_one_summary_per_user_and_week(db):
    with db.session() as session:
        user_id = a_user(session).id
        claim = repo.claim_summary(session, user_id, repo.iso_week(date(2026, 11, 25)))
        assert claim is not None and claim.week == "2026-W48" and claim.sent_at is None
    with db.session() as session:
        assert repo.claim_summary(session, user_id, "2026-W48") is None
        assert repo.claim_summary(session, user_id, "2026-W49") is not None
    with pytest.raises(IntegrityError, match="(?i)unique"), db.session() as session:
        session.add(SummarySent(user_id=user_id, week="2026-W48"))


def test_the_popup_lists_interviews_minus_dismissed_snoozed_and_not_interview(db):
    with db.session() as session:
        user = a_user(session)
        account = an_account(session, user)
        shown = {
            "waiting": a_thread(session, account),
            "snooze over": a_thread(session, account),
            "confirmed by the user": a_thread(session, account, interview=False),
        }
        hidden = {
            "not detected": a_thread(session, account, interview=False),
            "dismissed": a_thread(session, account),
            "snoozed": a_thread(session, account),
            "not an interview": a_thread(session, account),
            "someone else's": a_thread(session, an_account(session, a_user(session))),
        }
        feedback = [
            ("dismissed", "dismissed", None),
            ("snoozed", "snoozed", NOW + timedelta(hours=1)),
            ("snooze over", "snoozed", NOW - timedelta(hours=1)),
            ("not an interview", "not_interview", None),
            ("confirmed by the user", "is_interview", None),
        ]
        threads = shown | hidden
        for name, kind, until in feedback:
            repo.add_feedback(session, user.id, kind, thread_id=threads[name].id, until=until)
        expected = {thread.id for thread in shown.values()}

    with db.session() as session:
        listed = repo.popup_threads(session, user.id, NOW)
    assert {row.id for row in listed} == expected
    assert {row.account_address for row in listed} == {user.email}


def test_a_dismissed_thread_comes_back_when_newer_mail_arrives(db):
    with db.session() as session:
        user = a_user(session)
        thread = a_thread(
            session, an_account(session, user), last_message_at=NOW - timedelta(days=2)
        )
        dismissal = repo.add_feedback(session, user.id, "dismissed", thread_id=thread.id)
        dismissal.created_at = NOW - timedelta(days=1)
    with db.session() as session:
        assert repo.popup_threads(session, user.id, NOW) == []
        # a message as old as the dismissal does not undo it; a newer one does
        session.get(ThreadRecord, thread.id).last_message_at = NOW - timedelta(days=1)
    with db.session() as session:
        assert repo.popup_threads(session, user.id, NOW) == []
        session.get(ThreadRecord, thread.id).last_message_at = NOW
    with db.session() as session:
        assert [row.id for row in repo.popup_threads(session, user.id, NOW)] == [thread.id]


def test_popup_rows_carry_the_application_and_facts_only_where_advice_expired(db):
    with db.session() as session:
        user = a_user(session)
        account = an_account(session, user)
        fresh = a_thread(session, account, until=NOW + timedelta(days=1), last_message_at=NOW)
        expired = a_thread(session, account, until=NOW - timedelta(seconds=1))
        expired.application = repo.application_for(session, user.id, "Acme", "Engineer")
        session.flush()
    with db.session() as session:
        rows = repo.popup_threads(session, user.id, NOW)
    assert [row.id for row in rows] == [fresh.id, expired.id]  # newest message first
    assert rows[0].facts is None and rows[0].application_company is None
    assert rows[1].facts == expired.facts
    assert (rows[1].application_company, rows[1].application_role) == ("Acme", "Engineer")
    assert (rows[1].stage, rows[1].action, rows[1].until) == (
        Stage.INTERVIEWED,
        Action.WAIT,
        NOW - timedelta(seconds=1),
    )

    with db.session() as session:
        assert repo.expire_advice(session, user.id, NOW) == 2
    with db.session() as session:
        assert all(row.facts is not None for row in repo.popup_threads(session, user.id, NOW))


def test_threads_of_one_company_and_role_share_an_application(db):
    with db.session() as session:
        user = a_user(session)
        first = repo.application_for(session, user.id, "ACME, Inc.", "Sr. Engineer")
        same = repo.application_for(session, user.id, "Acme", "sr engineer")
        other_role = repo.application_for(session, user.id, "Acme", "Designer")
        assert same.id == first.id and other_role.id != first.id
        assert first.company == "ACME, Inc."
        assert repo.application_for(session, user.id, None, "Engineer") is None
        assert repo.application_for(session, user.id, " ,. ", "Engineer") is None
        assert repo.application_for(session, a_user(session).id, "Acme", "Designer").id not in {
            first.id,
            other_role.id,
        }
        assert session.scalar(select(func.count()).select_from(Application)) == 3


def test_threads_due_are_those_whose_advice_expired(db):
    with db.session() as session:
        account = an_account(session, a_user(session))
        expired = a_thread(session, account, until=NOW - timedelta(minutes=1))
        exactly_now = a_thread(session, account, until=NOW)
        a_thread(session, account, until=NOW + timedelta(minutes=1))
        a_thread(session, account, until=None)
    with db.session() as session:
        due = repo.threads_due(session, NOW)
        assert [thread.id for thread in due] == [expired.id, exactly_now.id]
        assert due[0].account.user.timezone == "UTC"
        assert len(repo.threads_due(session, NOW, limit=1)) == 1


def test_a_thread_is_found_only_for_its_owner(db):
    with db.session() as session:
        owner, stranger = a_user(session), a_user(session)
        thread = a_thread(session, an_account(session, owner))
        assert repo.thread_for_user(session, owner.id, thread.id).id == thread.id
        assert repo.thread_for_user(session, stranger.id, thread.id) is None
        assert repo.thread_for_user(session, owner.id, thread.id + 1000) is None


def test_newer_feedback_replaces_what_it_contradicts(db):
    with db.session() as session:
        user = a_user(session)
        thread = a_thread(session, an_account(session, user))
        repo.add_feedback(session, user.id, "not_interview", thread_id=thread.id)
        repo.add_feedback(session, user.id, "is_interview", thread_id=thread.id)
        repo.add_feedback(session, user.id, "snoozed", thread_id=thread.id, until=NOW)
        repo.add_feedback(
            session, user.id, "snoozed", thread_id=thread.id, until=NOW.replace(year=2027)
        )
        kinds = session.execute(select(Feedback.kind, Feedback.until)).all()
        assert sorted(kinds) == [
            (FeedbackKind.IS_INTERVIEW, None),
            (FeedbackKind.SNOOZED, NOW.replace(year=2027)),
        ]


def test_a_sender_marked_not_an_interview_is_remembered(db):
    with db.session() as session:
        user = a_user(session)
        repo.add_feedback(session, user.id, "not_interview", sender_address=" Jobs@Spam.example")
        repo.add_feedback(session, a_user(session).id, "not_interview", sender_address="x@y.z")
        assert repo.senders_marked_not_interview(session, user.id) == {"jobs@spam.example"}


@pytest.mark.parametrize(
    ("kind", "target", "message"),
    [
        ("snoozed", {"thread_id": 1}, "a snooze needs `until`"),
        ("dismissed", {"sender_address": "a@b.c"}, "needs a thread"),
        ("dismissed", {}, "exactly one thread or one sender"),
        ("shrugged", {"thread_id": 1}, "'shrugged' is not a valid FeedbackKind"),
    ],
)
def test_malformed_feedback_is_refused(db, kind, target, message):
    with db.session() as session, pytest.raises(ValueError, match=message):
        repo.add_feedback(session, a_user(session).id, kind, **target)


def test_asking_for_a_draft_twice_while_pending_is_one_request(db):
    with db.session() as session:
        user = a_user(session)
        thread = a_thread(session, an_account(session, user))
        first = repo.request_draft(session, user.id, thread.id, "thank_you")
        assert repo.request_draft(session, user.id, thread.id, DraftKind.THANK_YOU).id == first.id
        assert repo.request_draft(session, user.id, thread.id, "follow_up").id != first.id
        first.status = DraftStatus.CREATED
        session.flush()
        assert repo.request_draft(session, user.id, thread.id, "thank_you").id != first.id


def test_connecting_an_account_again_keeps_the_token_and_clears_reauth(db):
    box = a_box()
    with db.session() as session:
        user = repo.get_or_create_user(session, "Seeker@Example.com")
        assert repo.get_or_create_user(session, "seeker@example.com").id == user.id
        account = repo.connect_gmail_account(
            session, user, "Seeker@Example.com", box, "1//first", ["gmail.modify"], "sub-1"
        )
        assert account.sync_state is not None and account.address == "seeker@example.com"
        account.needs_reauth, account.reauth_reason = True, "refresh token revoked"
        assert repo.syncable_account_ids(session) == []
    with db.session() as session:
        again = repo.connect_gmail_account(session, user, "seeker@example.com", box, None)
        assert again.id == account.id
        assert (again.needs_reauth, again.reauth_reason) == (False, None)
        assert again.refresh_token(box) == "1//first"
        assert again.scopes == ["gmail.modify"]
        assert repo.syncable_account_ids(session) == [again.id]
        assert session.scalar(select(func.count()).select_from(GmailAccount)) == 1


def test_two_workers_claiming_one_week_at_once_get_one_claim(db):
    from concurrent.futures import ThreadPoolExecutor

    with db.session() as session:
        user_id = a_user(session).id
    first = db.sessions()
    try:
        assert repo.claim_summary(first, user_id, "2026-W48") is not None  # not yet committed
        with ThreadPoolExecutor(max_workers=1) as pool:
            # The second insert waits on the first transaction's lock, then sees its row.
            second = pool.submit(lambda: _claim_in_own_session(db, user_id, "2026-W48"))
            first.commit()
            assert second.result(timeout=10) is False
    finally:
        first.close()


def _claim_in_own_session(db, user_id: int, week: str) -> bool:
    with db.session() as session:
        return repo.claim_summary(session, user_id, week) is not None


def test_facts_and_advice_round_trip_through_a_thread_record(db):
    employer = Address("recruiter@acme.example", "Rita Recruiter")
    facts = ThreadFacts(
        detection=Detection(interview=True, confidence=0.93, signals=("ats_sender:lever.co",)),
        stage=Stage.INTERVIEWED,
        company="Acme",
        role="Engineer",
        subject="Your interview with Acme",
        first_message_at=NOW - timedelta(days=5),
        last_message_at=NOW - timedelta(days=1),
        interview_start=NOW - timedelta(days=1, hours=2),
        employer_messages=(EmployerMessage(at=NOW - timedelta(days=5), sender=employer),),
        candidate_messages=(CandidateMessage(at=NOW - timedelta(days=1), to=(employer,)),),
        employer_contacts=(employer,),
    )
    advice = Advice(Action.SEND_THANK_YOU, "Thank Rita today.", until=NOW, due=NOW)
    with db.session() as session:
        account = an_account(session, a_user(session))
        record = repo.upsert_thread(
            session,
            account.id,
            "t-facts",
            **repo.facts_columns(facts),
            **repo.advice_columns(advice, advised_at=NOW),
            message_count=2,
        )
        record_id = record.id
    with db.session() as session:
        stored = session.get(ThreadRecord, record_id)
        assert stored.read_facts() == facts
        assert (stored.company, stored.stage, stored.interview, stored.signals) == (
            "Acme",
            Stage.INTERVIEWED,
            True,
            ["ats_sender:lever.co"],
        )
        assert (stored.action, stored.reason, stored.until, stored.due, stored.advised_at) == (
            Action.SEND_THANK_YOU,
            "Thank Rita today.",
            NOW,
            NOW,
            NOW,
        )
