"""The lead's sentence sets of the ninth session (docs/benchmarks.md, "Ninth session"): each
sentence one employer message (or a candidate's reply) in a small application thread, the
careful stage decided before running, written afresh in many writers' styles, never from a
corpus thread. Each set was written after the previous set's fixes and measured once before
any fix from it, so the first look at each set is a figure of how far earlier readings
reach wording they were not written for. They are the engineers' own wording: not an
accuracy figure on real mail (that is `afterview eval --corpus`), and never held out.

    python bench/lead_sentence_sets.py            # every set, misses listed
    python bench/lead_sentence_sets.py --set 3    # one set
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.model import Message, ThreadFacts
from afterview.parse import parse_message
from afterview.timeline import stage_at, thread_facts

SETS = Path(__file__).with_name("lead_sentence_sets.json")
ZONE = ZoneInfo("America/New_York")
ME = "alex.morgan@example.com"
OWNER = f"Alex Morgan <{ME}>"
RECRUITER = "Priya Shah <priya.shah@northwind-labs.com>"
OTHER_SENDER = "Jo Green <jo.green@elm-lettings.example>"
SUBJECT = "Data Analyst - Northwind Labs"
SENT = datetime(2026, 3, 10, 9, 30, tzinfo=ZONE)  # a Tuesday
NOW = datetime(2026, 3, 10, 16, 0, tzinfo=ZONE)


def _mail(number: int, sender: str, to: str, at: datetime, subject: str, body: str) -> Message:
    raw = (
        f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {format_datetime(at)}\r\n"
        f"Message-ID: <{number}@sets.example>\r\n"
        + (f"In-Reply-To: <{number - 1}@sets.example>\r\n" if number > 1 else "")
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body.replace("\n", "\r\n")
        + "\r\n"
    ).encode()
    return parse_message(raw)


def _thread(case: dict) -> tuple[ThreadFacts, datetime]:
    subject = case.get("subject", SUBJECT)
    sender = case.get("sender") or (RECRUITER if subject == SUBJECT else OTHER_SENDER)
    now = datetime.fromisoformat(case["now"]) if "now" in case else NOW
    if case.get("bare"):  # a letter alone in its thread
        body = case["body"] + "\n\nMaria Lopez\nHR Manager"
        return thread_facts([_mail(1, sender, OWNER, SENT, subject, body)], ME, ZONE), now
    messages, number = [], 1
    if case.get("first"):
        messages.append(_mail(1, OWNER, sender, SENT - timedelta(days=6), subject, case["first"]))
        number = 2
    signature = (
        "Best regards,\nPriya Shah\nTalent Acquisition, Northwind Labs"
        if sender == RECRUITER
        else f"Best wishes,\n{sender.split('<')[0].strip()}"
    )
    reply_subject = ("Re: " if case.get("first") else "") + subject
    body = f"Hi Alex,\n\n{case['body']}\n\n{signature}"
    messages.append(_mail(number, sender, OWNER, SENT, reply_subject, body))
    if case.get("reply"):
        after = timedelta(**case["reply_after"]) if "reply_after" in case else timedelta(hours=2)
        answer = f"Hi Priya,\n\n{case['reply']}\n\nBest,\nAlex"
        messages.append(_mail(number + 1, OWNER, sender, SENT + after, "Re: " + subject, answer))
    return thread_facts(messages, ME, ZONE), now


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=int, help="one set only")
    parser.add_argument("--quiet", action="store_true", help="figures only, no misses")
    args = parser.parse_args()
    every = json.loads(SETS.read_text(encoding="utf-8"))
    cases = [case for case in every if args.set in (None, case["set"])]
    by_set: dict[int, list[tuple[dict, str]]] = defaultdict(list)
    for case in cases:
        facts, now = _thread(case)
        by_set[case["set"]].append((case, stage_at(facts, now).value))
    for number, results in sorted(by_set.items()):
        right = sum(case["stage"] == got for case, got in results)
        print(f"set {number}: {right}/{len(results)}")
        if not args.quiet:
            for case, got in results:
                if case["stage"] != got:
                    said = case.get("reply") or case["body"]
                    print(f"  {case['stage']} -> {got}: {said[:110]!r}")


if __name__ == "__main__":
    main()
