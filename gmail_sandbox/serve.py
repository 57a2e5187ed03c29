"""Running a sandbox on a real socket: in a background thread (tests, benchmarks) or in the
foreground (the CLI)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

from gmail_sandbox.app import create_app
from gmail_sandbox.sandbox import Sandbox


class QuietRequestHandler(WSGIRequestHandler):
    """No access log line per request (errors are still logged)."""

    def log_request(self, *args: Any, **kwargs: Any) -> None:
        pass


def start_server(
    sandbox: Sandbox,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    admin: bool = False,
    log_requests: bool = False,
) -> BaseWSGIServer:
    """A threaded werkzeug server bound to (host, port); port 0 picks a free one.
    Raises OSError when the address cannot be bound."""
    handler = WSGIRequestHandler if log_requests else QuietRequestHandler
    return make_server(
        host, port, create_app(sandbox, admin=admin), threaded=True, request_handler=handler
    )


def base_url(server: BaseWSGIServer) -> str:
    host = server.server_address[0]
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    elif ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{server.server_port}"


@dataclass
class RunningSandbox:
    url: str
    sandbox: Sandbox
    server: BaseWSGIServer

    @property
    def batch_url(self) -> str:
        return self.url + "/batch/gmail/v1"

    def token_for(self, address: str | None = None, **options: Any) -> str:
        """A fresh access token for `address` (default: the sandbox's `me`)."""
        return self.sandbox.issue_token(address, **options).access_token

    def gmail(self, address: str | None = None, *, credentials: Any = None) -> Any:
        """The unmodified googleapiclient Gmail service, pointed at this sandbox."""
        from google.oauth2.credentials import Credentials
        from googleapiclient.discovery import build

        if credentials is None:
            credentials = Credentials(token=self.token_for(address))
        return build(
            "gmail",
            "v1",
            credentials=credentials,
            static_discovery=True,
            cache_discovery=False,
            client_options={"api_endpoint": self.url},
        )

    def new_batch(self, callback: Any = None) -> Any:
        """A BatchHttpRequest aimed at this sandbox (the service's own would go to Google)."""
        from googleapiclient.http import BatchHttpRequest

        return BatchHttpRequest(callback=callback, batch_uri=self.batch_url)


@contextmanager
def running_sandbox(
    sandbox: Sandbox | None = None,
    *,
    admin: bool = True,
    host: str = "127.0.0.1",
    port: int = 0,
    **sandbox_options: Any,
) -> Iterator[RunningSandbox]:
    """Serve `sandbox` (or a new `Sandbox(**sandbox_options)`) on a free port in a daemon
    thread until the block ends."""
    sandbox = sandbox if sandbox is not None else Sandbox(**sandbox_options)
    server = start_server(sandbox, host=host, port=port, admin=admin)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield RunningSandbox(base_url(server), sandbox, server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        sandbox.close()
