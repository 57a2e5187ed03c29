"""A private person forwarding mail addressed to themselves shares their own search.

A friend, a sibling or a partner forwards the recruiter's mail they received ("look what came
in today, any tips?"): the forwarded header's "To:" is their own address, and their note
speaks of nothing of the owner's. The process is theirs, not the owner's. A recruiter relaying
the employer's mail about the owner ("they'd love to meet you") stays the owner's.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from afterview.timeline import thread_facts
from tests.builders import ME, a_thread

ZONE = ZoneInfo("Europe/Dublin")
FORWARDED = (
    "---------- Forwarded message ---------\n"
    "From: Cian Walsh <cian.walsh@brambleworks.example>\n"
    "Date: Tue, Mar 2, 2027 at 4:10 PM\n"
    "Subject: Your interview with Brambleworks\n"
    "To: {to}\n\n"
    "Hi {name},\n\nThanks for your application for the Data Analyst role. We'd like to invite "
    "you to a video interview on Friday, March 5 at 11:00 with our analytics lead. Please "
    "confirm that this time suits.\n\nCian"
)


def forward(sender: str, note: str, to: str, name: str):
    text = note + "\n\n" + FORWARDED.format(to=to, name=name)
    builder = a_thread(subject="Fwd: Your interview with Brambleworks", tz="Europe/Dublin")
    return thread_facts(builder.message(sender, text, at="2027-03-02 19:00").build(), ME, ZONE)


def test_a_friend_forwarding_her_own_invitation_is_not_the_owners_process():
    facts = forward(
        "Aoife Byrne <aoife.byrne@example.net>",
        "Eek, my first interview in ages! You did analyst interviews last year - what did they "
        "ask you?",
        "Aoife Byrne <aoife.byrne@example.net>",
        "Aoife",
    )
    assert not facts.interview


def test_a_recruiter_relaying_the_employers_mail_about_the_owner_stays_the_owners():
    facts = forward(
        "Declan Shaw <declan.shaw@example.net>",
        "Great news - they'd love to meet you! See the client's note below; can you do Friday?",
        "Declan Shaw <declan.shaw@example.net>",
        "Declan",
    )
    assert facts.interview
