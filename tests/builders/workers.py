"""An RQ worker for running queued jobs inside a test."""

from __future__ import annotations

from rq import SimpleWorker


class BurstWorker(SimpleWorker):
    """RQ's worker without its command channel (stop or kill a job from afar): nothing
    sends it one in a test, and closing it can wait out its 60-second read (seen: a
    minute lost on one run in two, more under load)."""

    def subscribe(self) -> None:
        pass
