"""The real-wording corpus: well-formed, split once by source family, and read accurately.

The accuracy targets are checked on `test/` only (tuning happens on `dev/`); see
tests/corpus/real/README.md for the format and the labelling rules.
"""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest

from afterview.corpus_eval import TARGETS, CorpusScores, evaluate_corpus, labels_of

CORPUS = Path(__file__).resolve().parent / "corpus" / "real"
SPLITS = ("dev", "test")
STAGES = {"none", "applied", "scheduling", "scheduled", "interviewed", "rejected", "offer"}
ACTIONS = {
    "none",
    "prepare",
    "reply",
    "send_thank_you",
    "wait",
    "follow_up",
    "move_on",
    "closed",
    "offer",
}


def families(split: str) -> set[str]:
    return {label["family"] for label in labels_of(CORPUS / split)}


def test_no_source_family_is_on_both_sides_of_the_split():
    assert families("dev").isdisjoint(families("test")), families("dev") & families("test")


def test_the_corpus_is_as_large_as_the_issue_asks():
    threads = messages = 0
    for split in SPLITS:
        for label in labels_of(CORPUS / split):
            count = len(label["messages"])
            messages += count
            threads += count > 1
    assert messages >= 300
    assert threads >= 60


@pytest.mark.parametrize("split", SPLITS)
def test_every_thread_is_labelled_completely_and_every_message_names_its_source(split):
    for label in labels_of(CORPUS / split):
        where = f"{split}/{label['path']}"
        assert label["side"] in {"candidate", "hiring", "other"}, where
        assert label["interview"] == (label["interview"] and label["side"] == "candidate"), where
        assert label["checks"], where
        for check in label["checks"]:
            assert check["stage"] in STAGES and check["action"] in ACTIONS, where
            if not label["interview"]:
                assert (check["stage"], check["action"]) == ("none", "none"), where
        box = mailbox.mbox(CORPUS / split / label["path"], create=False)
        try:
            found = list(box)
        finally:
            box.close()
        assert len(found) == len(label["messages"]), where
        for message in found:
            assert message["X-Corpus-Source"], f"{where}: {message['Subject']!r} has no source"


def test_the_dev_split_stays_read_as_well_as_it_was_tuned():
    # Regression floors for the split the rules were tuned on (a little under what was
    # measured when they were set, after the fourth growth, on 223 threads / 620 messages:
    # threads 0.989 / 1.000, messages 0.962 / 0.968, stage 0.966, action 0.966; the 185
    # threads of the third growth read messages 0.983 / 0.986 then, 0.957 / 0.990 before;
    # the one thread still misread is a pet's rehoming read as a job application). The fifth
    # growth (38 candidate-side ATS / recruiter threads, 99 messages) pulled messages to
    # 0.975 / 0.951 and stage / action to 0.922 / 0.927 before its rules; after them, on 261
    # threads / 719 messages: threads 0.992 / 1.000, messages 0.975 / 0.963, stage 0.968,
    # action 0.965; the 223 threads before it read as they did). The sixth growth (34 threads,
    # 80 messages of interview-time wording, `interview_time_wording`) read, before any rule
    # change, on 295 threads / 799 messages: messages 0.979 / 0.953, stage 0.938, action 0.934,
    # interview time 0.908 (108/119; the family alone 0.765, 26/34); after the time rules
    # (when.py, timeline.py): stage 0.966, action 0.963, interview time 0.983 (117/119; the
    # family 0.971, 33/34), messages unchanged (0.979 / 0.953: the family's misses are which
    # single messages belong, not times), hence the messages-recall floor of 0.95. Rules for
    # single messages read alone (branch msgs): threads 0.994 / 1.000, messages 0.989 /
    # 0.967, stage 0.970, action 0.968, interview time 0.992 (118/119). The seventh growth
    # (46 candidate-side threads, 112 messages, branch corpus7a) read on 341 threads / 911
    # messages before its rules: threads 0.990 / 0.995, messages 0.984 / 0.946, stage 0.947,
    # action 0.949 (the families alone: messages 0.956 / 0.843); after them: threads 0.995 /
    # 1.000, messages 0.986 / 0.966, stage 0.968, action 0.970 (the families 0.970 / 0.961).
    # The seventh growth, times (16 threads, 44 messages, `scheduling_time_wording`, branch
    # times2), before any rule, on 311 threads / 843 messages: messages 0.990 / 0.949, stage
    # 0.923, action 0.917, interview time 0.896 (120/134; the family 0.133, 2/15); after the
    # time rules: stage 0.968, action 0.966, interview time 0.985 (132/134; the family 0.933,
    # 14/15); messages unchanged at 0.990 / 0.949: eleven of the family's short text-style
    # replies ("2 works!", "Great, see you then!") under job-title subjects are not flagged
    # read alone, which is detection's to take up, hence the messages-recall floor of 0.94.
    # The eighth growth (31 look-alike threads / 57 messages, branch corpus7d) read on 427
    # threads before its rules: threads 0.981 / 0.995, messages 0.977 / 0.964; after them,
    # with 4 threads / 8 messages of an untuned second look, on 431 threads / 1,083 messages:
    # threads 0.991 / 1.000, messages 0.981 / 0.965, stage 0.963, action 0.963.
    # The eighth growth, candidate side (31 threads, 65 messages from job boards, agencies,
    # hiring managers writing directly and other mail clients' quotes, branch corpus7c) read
    # on 427 threads /
    # 1083 messages before its rules: threads 0.983 / 0.978, messages 0.979 / 0.930, stage
    # 0.923, action 0.930 (the families alone: messages 0.912 / 0.544); after them: threads
    # 0.983 / 1.000, messages 0.980 / 0.959, stage 0.960, action 0.964 (the families 0.943 /
    # 0.877; the 396 older threads' miss lists unchanged but three stage moments fewer). Its
    # remaining misses are mostly one-line answers with no job word in them ("Thanks Tara,
    # keep me posted on the others"), hence the messages-recall floor of 0.955; three of its
    # mirror images (a candidate's "Wednesday at 9:30 works" to an owner who hires reads as
    # an employer's yes to a candidate's time) hold messages precision at 0.9797 (0.980 as
    # printed), hence 0.975. All four merged (478 threads, 1,192 messages): threads 0.984 /
    # 1.000, messages 0.979 / 0.944, stage 0.958, action 0.961, no miss that none of the four
    # branches had: the times family's short replies and the boards' one-liners together
    # hold messages recall at 0.944 and stage at 0.958, hence a stage floor of 0.955. Then
    # on main: private exchanges, subjects naming a job, a day or an hour alone agreed to:
    # threads 0.992 / 1.000, messages 0.990 / 0.949 (docs/benchmarks.md), hence 0.985 / 0.945.
    # The ninth growth (the hiring side from inside, branch corpus9a: 47 threads / 84
    # messages, 9 / 15 of them an untuned look) read on 525 threads / 1,276 messages before
    # its rules: threads 0.966 / 0.992, messages 0.971 / 0.944, stage 0.950, action 0.955;
    # after them: threads 0.988 / 0.996, messages 0.987 / 0.948, stage 0.954, action 0.958,
    # the 478 older threads' miss list unchanged. What holds the figures under the old floors
    # is the untuned look (a panel chair forwarding a candidate's thank-you, a candidate told a
    # trainee interviewer will shadow her interview) and one status update whose "we've
    # completed all onsite interviews" is read as an application only, hence threads
    # precision 0.985, stage 0.95 and action 0.955.
    # The tenth growth (someone else's search and selections that are no job, branch
    # corpus10: 47 threads / 81 messages, 12 / 17 of them an untuned look) read on 617 threads
    # / 1,427 messages before its rules: threads 0.935 / 0.996, messages 0.956 / 0.948; after
    # them: threads 0.981 / 0.996, messages 0.976 / 0.948, stage 0.954, action 0.959, the 570
    # older threads' miss list unchanged. What holds it under the old floors is the untuned
    # look (a student council's candidate interviews and a club's membership interview, 2
    # threads and 3 messages, read as main reads them) and four answers under a subject
    # that says someone else's interview or round ("Re: ... my interview Thursday?", "Re:
    # Desert Shorts 2026 - second round"), hence threads and messages precision 0.975.
    # The eleventh growth (vendors' printed templates, branch dev11a: 24 threads / 91
    # messages, 5 / 16 of them an untuned look) read on 641 threads / 1,518 messages before
    # its rules: threads 0.979 / 0.996, messages 0.975 / 0.935, stage 0.939, action 0.948;
    # after them: messages 0.977 / 0.942, stage 0.956, action 0.959, no older line worse.
    # What holds message recall under the old floor is short replies written without the
    # quoted history a real reply carries (an agency recruiter's "Great - I'll call you
    # Thursday", a candidate's "Perfect, see you on the 20th") and the untuned look, hence 0.94.
    # The creative growth (design, games, newsroom and arts hiring, branch creative: 26
    # threads / 66 messages, 10 / 27 of them a held-back look) took dev's messages recall to
    # 0.936 before its readings; after them (work samples named by their craft, work handed
    # back by a date, creative trades' domains and titles) dev reads threads 0.996 / 0.991,
    # messages 0.991 / 0.941, stage 0.964, action 0.963, the older threads' miss list unchanged.
    # The small-business growth (shops, practices, churches and family firms hiring in the
    # owner's own words, branch smallbiz: 29 threads / 111 messages, 10 / 39 of them a
    # held-back look) read, after its two readings (an owner's "the job is yours", hours said
    # loosely beside the day), on 1,124 threads / 3,105 messages: threads 0.994 / 0.984,
    # messages 0.990 / 0.920, stage 0.954, action 0.955 (0.955 / 0.955 once a check placed before
    # the message it judges was moved after it), the older threads' miss list
    # unchanged. What holds it under the old floors is the family's owners' own ways of
    # inviting and hiring that nothing reads yet (a tryout put as "come in Saturday and work
    # the store", "swing by Saturday around 2", a nursery's "come out to the farm") and their
    # candidates' short answers, hence threads recall 0.98, messages recall 0.915, action 0.95.
    # With all nine fresh batches of the thirteenth session merged (loop, abroad, forum,
    # campus, europe, letters, creative, exec, smallbiz: 241 threads, 886 messages, each with
    # a held-back third; docs/benchmarks.md) dev reads 1,153 threads / 3,221 messages:
    # threads 0.992 / 0.985, messages 0.988 / 0.921, stage 0.954, action 0.954; the 912
    # threads dev held before them read as they did or better (five miss lines fewer; one
    # moment now has its stage right and its action still wrong).
    # Three more fresh batches late in the session (remote-first, laboratory and seasonal
    # hiring: 60 threads / 189 messages, each with a held-back third), whose readings mostly
    # moved no holdback and were dropped, take dev to 1,213 threads / 3,410 messages: threads
    # 0.993 / 0.980, messages 0.989 / 0.913, stage 0.941, action 0.946. What holds it under the
    # floors above is their untuned wording (a paid trial or test job, a camp's "hire you for
    # the season", a lifeguard hiring event, a one-way screener), hence threads recall 0.975,
    # messages recall 0.905, stage 0.935, action 0.94.
    # The fourteenth session's nine fresh batches (candidate-written letters, open-source ATS
    # templates, status updates, public-sector and academic hiring, selections that are no
    # job, one-liners, informal hiring, health and care, East Asia and Latin America: 235
    # threads / 816 messages, each with a held-back third) take dev to 1,448 threads / 4,226
    # messages: threads 0.982 / 0.979, messages 0.983 / 0.902, stage 0.928, action 0.936; the
    # 1,213 threads before them read as they did or better (two miss lines fewer). What holds
    # it under the floors above is their untuned wording, most of it informal hiring's (a
    # coffee with a founder, "swing by Wednesday", a paid trial, an offer put as "can you
    # start Friday?": first look stage 0.439), hence messages recall 0.895, stage 0.92,
    # action 0.93.
    # The fifteenth session's two wholly held-back judges (everyday hiring and whole-thread
    # look-alikes, 59 threads / 216 messages) take dev to 1,507 threads / 4,442 messages:
    # threads 0.986 / 0.985, messages 0.983 / 0.904, stage 0.933, action 0.940.
    # The sixteenth session's nos (how employers say no, and what follows it, 29 threads / 97
    # messages, a third held back) take it to 1,536 threads / 4,539 messages: threads 0.985 /
    # 0.984, messages 0.982 / 0.904, stage 0.933, action 0.940.
    # With the sixteenth session's happened (30 threads) and arrange (first letters arranging
    # an interview, their look-alikes and a held-back third, 33 threads / 91 messages)
    # families, dev holds 1,599 threads (figures in docs/benchmarks.md, sixteenth session).
    scores = evaluate_corpus(CORPUS / "dev")
    assert not scores.errors
    assert scores.threads.precision >= 0.975 and scores.threads.recall >= 0.975
    assert scores.messages.precision >= 0.975 and scores.messages.recall >= 0.895
    assert scores.stage_accuracy >= 0.92
    assert scores.action_accuracy >= 0.93


def assert_thread_stage_and_action_targets(scores: CorpusScores) -> None:
    assert scores.threads.precision >= TARGETS["precision"]
    assert scores.threads.recall >= TARGETS["recall"]
    assert scores.stage_accuracy >= TARGETS["stage"]
    assert scores.action_accuracy >= TARGETS["action"]


# The families the second fresh batch brought to `test/` (eighth session, blind3a and blind3b):
# the threads before them keep their own guard below.
SECOND_FRESH_BATCH = frozenset(
    """emacromall_withdrawals interview_prep_io_thank_you interviewprotips_examples
    ioneks_reschedules jspiveycpa_follow_ups lettersmax_withdrawals odoo_recruitment
    opencats_status_emails proformablog_follow_ups recruiterly_rejections sfa_career_letters
    wayup_follow_ups wordsatease_withdrawals writecv_candidate_emails club_membership_decisions
    event_registration_templates founder_user_interview_requests hosting_autoresponders
    hr_university_appointment_letters naturalization_reinterview_letters
    offer_approval_comments panel_thank_you_notes press_interview_letters
    scholarship_decision_letters search_committee_letters tenancy_application_letters
    volunteer_leader_letters writecrafted_schedule_letters""".split()
)


def test_the_held_out_threads_before_the_second_batch_still_meet_their_targets(tmp_path):
    # The first 56 threads and the first fresh batch (116 threads), where threads, stage and
    # action met their targets before the second batch joined: 0.965 / 0.982, stage 0.907,
    # action 0.926 at its measurement. A guard against reading worse where the reader did
    # well; the grown split's targets are the expected failure below.
    test = CORPUS / "test"
    kept = [label for label in labels_of(test) if label["family"] not in SECOND_FRESH_BATCH]
    assert {label["family"] for label in labels_of(test)} >= SECOND_FRESH_BATCH
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(label) + "\n" for label in kept))
    for family in {label["family"] for label in kept}:
        (tmp_path / family).symlink_to(test / family, target_is_directory=True)
    scores = evaluate_corpus(tmp_path)
    assert not scores.errors and len(kept) == 116
    assert_thread_stage_and_action_targets(scores)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "issue 9 open: a second fresh blind batch in published wording only (65 threads, 150 "
        "messages) joined the held-out split on 6 December 2026 (eighth session); on the grown "
        "split (181 threads) threads read 0.966 / 0.955 and action 0.908 (targets met), stage "
        "0.843 (target 0.90); the batch alone 0.938 / 0.909, stage 0.653, action 0.843, while "
        "the earlier 116 threads read 0.965 / 0.982, stage 0.949, action 0.944 (thirteenth "
        "session, 7 December: fresh dev batches read first with their held-back thirds moved "
        "the split from threads 0.944 / 0.955, stage 0.825, action 0.896; fourteenth session: "
        "nine more such batches and readings designed across them moved nothing; fifteenth "
        "session: a message model's second reading failed the guard below and was withdrawn, "
        "readings of everyday mail moved nothing; sixteenth and seventeenth sessions: readings "
        "from three fresh batches, the design part and stretches of time offered moved "
        "nothing; eighteenth: the message model read message by message passed that guard "
        "and moved messages and thread precision, not stage; threads were 0.955 / 0.955). "
        "Strict: this fails the suite once the targets are met, so the marker comes off then."
    ),
)
def test_the_held_out_split_meets_the_thread_stage_and_action_targets():
    # Targets, not the figures. Until the eighth session this was a plain test: on the 116
    # threads of the first split and the first fresh batch, threads, stage and action met
    # their targets (stage only with the one reading docs/benchmarks.md names). The second
    # fresh batch, in published wording only and measured once, says the reader does not
    # yet generalise to processes it never saw; nothing was tuned in response.
    scores = evaluate_corpus(CORPUS / "test")
    assert not scores.errors
    assert_thread_stage_and_action_targets(scores)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "issue 9 open: on the held-out split (181 threads, 456 messages since two fresh blind "
        "batches joined it) messages read 0.945 / 0.956 (precision / recall, target 0.95 each: "
        "recall met since the eighteenth session's second reading by the message model, "
        "message by message, 0.938 / 0.949 before it, and its doubt of the rules' yes; the "
        "second batch, all published, 0.920 / 0.900 before them; thirteenth session: 0.931 / "
        "0.941) with afterview eval --corpus "
        "tests/corpus/real/test: which single messages are not the reader's own process does "
        "not yet generalise. "
        "Strict: this fails the suite once the targets are met, so the marker comes off then."
    ),
)
def test_the_held_out_split_reads_single_messages_as_accurately_as_the_targets():
    scores = evaluate_corpus(CORPUS / "test")
    assert not scores.errors
    assert scores.messages.precision >= TARGETS["precision"]
    assert scores.messages.recall >= TARGETS["recall"]
