"""The RQ worker classes `afterview worker` runs: RQ's own, stopping promptly.

RQ's worker listens for remote commands (stop, kill a job) on a pub/sub channel, in a
thread whose every read blocks up to 60 s; stopping the worker closes that connection
under the read, and the process could take a minute to exit (seen: one `--burst` exit in
two, and every few SIGTERMs of an idle worker). Reads of a second cost nothing and let
it stop at once.
"""

from __future__ import annotations

from rq import SimpleWorker, Worker

COMMAND_READ_SECONDS = 1


class PromptExit:
    """Mixed in before an RQ worker class: RQ's `subscribe`, with short reads."""

    def subscribe(self) -> None:
        self.log.info(  # type: ignore[attr-defined]
            "Worker %s: subscribing to channel %s",
            self.name,  # type: ignore[attr-defined]
            self.pubsub_channel_name,  # type: ignore[attr-defined]
        )
        self.pubsub = self.connection.pubsub()  # type: ignore[attr-defined]
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})  # type: ignore[attr-defined]
        self.pubsub_thread = self.pubsub.run_in_thread(
            sleep_time=COMMAND_READ_SECONDS,
            daemon=True,
            exception_handler=self._pubsub_exception_handler,  # type: ignore[attr-defined]
        )


class ForkingWorker(PromptExit, Worker):
    """A job per forked process (RQ's default)."""


class InProcessWorker(PromptExit, SimpleWorker):
    """Jobs in the worker's own process (`--simple`)."""
