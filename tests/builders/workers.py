"""An RQ worker for running queued jobs inside a test."""

from __future__ import annotations

from rq import SimpleWorker


class BurstWorker(SimpleWorker):
    """RQ's worker without its command channel (stop or kill a job from afar): nothing
    sends it one in a test, and closing it can wait out its 60-second read (seen: a
    minute lost on one run in two, more under load)."""

    def subscribe(self) -> None:
        pass


ORDER_KEY = "afterview-test:order"


def note_order(name: str) -> None:
    """A job that writes down that it ran (in Redis, under ORDER_KEY): which went first."""
    from rq import get_current_job

    get_current_job().connection.rpush(ORDER_KEY, name)


def fail_on_purpose(detail: str) -> None:
    """A job that fails, its error quoting `detail` (a secret, in the log tests)."""
    raise RuntimeError(f"failed on purpose: {detail}")
