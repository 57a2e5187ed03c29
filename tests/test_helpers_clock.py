"""The helpers that build generated mailboxes for tests do not read the machine's clock:
run at 23:35 UTC or on 29 February, they give the same mailbox, byte for byte.

(The suite once failed between 23:30 and 23:37 UTC because a helper's "now" came from the
wall clock and fed the generator.)
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
import time_machine

from tests.generator_builders import mailbox as generated_threads
from tests.sync_helpers import generated_sandbox, mailbox_state, recruiter_mail

MACHINE_CLOCKS = {
    "23:35 UTC": datetime(2026, 7, 14, 23, 35, tzinfo=UTC),
    "29 February": datetime(2028, 2, 29, 9, 10, tzinfo=UTC),
}


def _everything_the_helpers_build() -> dict[str, object]:
    threads = generated_threads(60, seed=5)
    with generated_sandbox(60, seed=5) as running:
        loaded = mailbox_state(running)
    return {
        "generated": hashlib.sha256(
            b"".join(raw for thread in threads for raw in thread.messages)
        ).hexdigest(),
        "truth": [thread.truth for thread in threads],
        "sandbox": loaded,
        "recruiter_mail": recruiter_mail("Hello", "A plain note", message_id="<fixed@x>"),
    }


@pytest.fixture(scope="module")
def built_at():
    built = {}
    for name, moment in MACHINE_CLOCKS.items():
        with time_machine.travel(moment, tick=True):
            assert datetime.now(UTC).date() == moment.date()  # the clock really moved
            built[name] = _everything_the_helpers_build()
    return built


@pytest.mark.parametrize("part", ["generated", "truth", "sandbox", "recruiter_mail"])
def test_the_same_mailbox_whatever_the_machine_clock(built_at, part):
    first, second = (built_at[name][part] for name in MACHINE_CLOCKS)
    assert first == second
