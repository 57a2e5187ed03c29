"""Letters the candidate writes (helper notes batch), in invented wording: each reads right."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from afterview.model import Action, Stage
from afterview.policy import Policy, advise
from afterview.timeline import stage_at, thread_facts
from tests.builders import a_thread

TZ = "America/Denver"
MOUNTAIN = ZoneInfo(TZ)
ME = "robin.ayala@example.com"
POLICY = Policy(timezone=TZ)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=MOUNTAIN)


def application_then_follow_up():
    return (
        a_thread(ME, subject="Inventory Planner application", tz=TZ, start="2026-05-04 08:00")
        .from_ats(
            "Hi Robin,\n\nThanks for applying for the Inventory Planner role at Tamarack "
            "Supply. We have your application and will reach out if there's a match.\n\n"
            "Tamarack Supply Talent Team"
        )
        .from_me(
            "Hello,\n\nI sent in my application for the Inventory Planner opening on May 4 and "
            "am writing to follow up on it. I'm still very keen on the role, and my two years "
            "running cycle counts at a regional warehouse fit it well.\n\nThank you for your "
            "time and consideration.\n\nRobin Ayala",
            at="2026-05-18 09:00",
        )
    )


def test_thanks_closing_a_follow_up_on_an_application_is_no_interview_thanked_for():
    facts = thread_facts(application_then_follow_up().build(), ME)
    moment = at("2026-05-20 12:00")
    assert facts.interview
    assert stage_at(facts, moment) is Stage.APPLIED
    assert advise(facts, moment, POLICY).action is Action.WAIT


def test_thanks_for_an_interview_in_a_follow_up_still_marks_it_interviewed():
    thread = application_then_follow_up().from_me(
        "Hello again,\n\nThank you for speaking with me on Tuesday about the Inventory Planner "
        "role. I enjoyed our conversation about the new warehouse.\n\nRobin",
        at="2026-05-28 17:00",
    )
    facts = thread_facts(thread.build(), ME)
    assert stage_at(facts, at("2026-05-29 12:00")) is Stage.INTERVIEWED
