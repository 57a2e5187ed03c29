"""How fast detection and thread facts are: `.venv/bin/python bench/detect_speed.py` from the root.

Not a test (timed tests flake); the figures go in reports. Threads per second on one core
for 10,000 builder-made threads of 3-6 messages: interview threads at every stage and the
look-alikes (job alerts, newsletters, research and media requests, meetings, personal mail).
Every thread has its own company and people, so per-address caches do not flatter the rate.
`--long` pads every body to about 1.4 KB; `--generated` times the sandbox generator's
realistic mailbox instead (parsed first, parsing not timed).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from afterview.detect import detect_interview  # noqa: E402
from afterview.timeline import thread_facts  # noqa: E402
from tests.builders import a_thread  # noqa: E402

ME = "jordan@example.com"
FILLER = (
    " Our team works on the data platform that powers search and recommendations; the role "
    "partners closely with product and design, and the process is designed to be respectful "
    "of your time. We value curiosity, ownership and clear writing."
)


def interview_loop(i: int, pad: str):
    co, rec = f"Acme{i}", f"Ana Lopez <ana{i}@acme{i}.com>"
    return (
        a_thread(ME, subject=f"Interview for Senior Data Engineer at {co}", tz="America/New_York",
                 thread_id=f"loop{i}")
        .from_recruiter(rec, "Hi Jordan, thanks for applying! I'd love to set up a 30 minute "
                        "phone screen. Could you share your availability for next week?" + pad,
                        at="2025-03-03 10:00")
        .from_me("Hi Ana, thanks for reaching out! Tuesday or Wednesday afternoon works.",
                 at="2025-03-03 12:30")
        .from_recruiter(rec, "Great, you're confirmed for Tuesday, March 11 at 2:00 PM ET. A "
                        "calendar invite is on its way. Let me know if you have any questions."
                        + pad, at="2025-03-03 15:00")
        .with_invite(start="2025-03-11 14:00", end="2025-03-11 14:45")
        .from_me("Thank you for your time today, it was great speaking with you about the role.",
                 at="2025-03-11 16:00")
        .from_recruiter(rec, "Thanks for meeting with us! We'll get back to you by Friday with "
                        "next steps." + pad, at="2025-03-12 09:00")
    )  # fmt: skip


def rejection(i: int, pad: str):
    return (
        a_thread(ME, subject=f"Your application to Globex{i}", thread_id=f"rej{i}")
        .from_ats(f"Thank you for applying to Globex{i}! We received your application for the "
                  "Backend Engineer position." + pad,
                  sender=f"Globex{i} Recruiting <no-reply@greenhouse.io>")
        .from_ats("We'd like to invite you to a technical interview. Please use the link below "
                  "to schedule: https://calendly.com/globex/interview" + pad,
                  sender=f"Globex{i} Recruiting <no-reply@greenhouse.io>")
        .from_me("Done - booked for Thursday. Looking forward to it!")
        .from_ats("Unfortunately, we have decided to move forward with other candidates." + pad,
                  sender=f"Globex{i} Recruiting <no-reply@greenhouse.io>", at=timedelta(days=9))
    )  # fmt: skip


def offer(i: int, pad: str):
    rec = f"Sam Park <sam@initech{i}.io>"
    return (
        a_thread(ME, subject="Final round", thread_id=f"offer{i}")
        .from_recruiter(rec, "Your final interview is confirmed for Monday, March 10 at 10am."
                        + pad)
        .with_invite(start="2025-03-10 10:00", end="2025-03-10 13:00", summary="Final interview")
        .from_me("Thank you for having me today!", at="2025-03-10 15:00")
        .from_recruiter(rec, "We are pleased to offer you the position! The offer letter is "
                        "attached; please review and sign by Friday." + pad)
    )  # fmt: skip


def job_alert(i: int, pad: str):
    thread = a_thread(ME, subject="Interviewing now: 25 new jobs for you", thread_id=f"alert{i}")
    text = "Jobs you may like: Senior Engineer at Acme, interviewing now. Easy Apply. " + pad
    for _ in range(3):
        thread.from_recruiter("LinkedIn <jobalerts-noreply@linkedin.com>", text).bulk()
    return thread


def meeting(i: int, pad: str):
    boss = f"Bob <bob@work{i}.com>"
    return (
        a_thread(ME, subject="Weekly sync", thread_id=f"sync{i}")
        .from_recruiter(boss, "Moving our weekly sync to 3pm Thursday. Agenda in the doc." + pad)
        .with_invite(start="2025-03-06 15:00", summary="Weekly sync")
        .from_me("Sounds good, see you then.")
        .from_recruiter(boss, "Also, can you bring the Q1 numbers?" + pad)
    )


def research(i: int, pad: str):
    return (
        a_thread(ME, subject="Share your thoughts: a 30-minute interview", thread_id=f"ux{i}")
        .from_recruiter(f"Research <research@shop{i}.com>", "We're doing user research and would "
                        "like to interview you. Participants receive a $50 gift card." + pad)
        .from_me("Sure, happy to help.")
        .from_recruiter(f"Research <research@shop{i}.com>", "Great! Pick a time here." + pad)
    )  # fmt: skip


def personal(i: int, pad: str):
    return (
        a_thread(ME, subject="Dinner Friday?", thread_id=f"friend{i}")
        .from_recruiter(
            f"Kim <kim{i}@gmail.com>", "Are you free for dinner on Friday at 7pm?" + pad
        )
        .from_me("Yes! Where?")
        .from_recruiter(f"Kim <kim{i}@gmail.com>", "The usual place. See you then." + pad)
    )


KINDS = (interview_loop, rejection, offer, job_alert, meeting, research, personal)


def generated_threads(count: int) -> list:
    """The sandbox generator's mailbox, parsed (parsing is not timed): realistic mix and text."""
    from datetime import UTC, datetime

    from afterview.parse import parse_message
    from gmail_sandbox.generator import generate_mailbox

    now = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
    return [
        [parse_message(raw) for raw in thread.messages]
        for thread in generate_mailbox(ME, count, 1, now)
    ]


def threads(count: int, long_bodies: bool) -> list:
    pad = FILLER * 8 if long_bodies else FILLER
    return [KINDS[i % len(KINDS)](i, pad).build() for i in range(count)]


def rate(function, corpus, repeats: int) -> tuple[float, float]:
    """Threads per second by the wall clock and by this process's CPU time (best run each).

    On a shared machine the CPU-time figure is the one-core rate; the wall-clock figure
    also counts time spent waiting for a core.
    """
    for messages in corpus[:100]:
        function(messages, ME)  # warm regex and lookup caches
    wall = cpu = float("inf")
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        for messages in corpus:
            function(messages, ME)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return len(corpus) / wall, len(corpus) / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--long", action="store_true", help="about 2 KB per message body")
    parser.add_argument(
        "--generated", action="store_true", help="the sandbox generator's mailbox, parsed"
    )
    args = parser.parse_args()
    corpus = generated_threads(args.threads) if args.generated else threads(args.threads, args.long)
    messages = sum(len(t) for t in corpus) / len(corpus)
    chars = sum(len(m.text) for t in corpus for m in t) / sum(len(t) for t in corpus)
    print(f"{len(corpus):,} threads, {messages:.1f} messages each, {chars:,.0f} body chars each")
    for function in (detect_interview, thread_facts):
        wall, cpu = rate(function, corpus, args.repeats)
        print(f"{function.__name__:>17}: {cpu:>8,.0f} threads/s CPU time, {wall:>8,.0f} wall clock")


if __name__ == "__main__":
    main()
