"""`afterview serve`: the API under gunicorn (or, with --debug, Flask's dev server)."""

from __future__ import annotations

import argparse
import os
from typing import Any

import afterview_config
from afterview_config import logs
from server.logs import install_log_redaction, request_fields


def default_workers() -> int:
    """Gunicorn's rule of thumb: 2 x cores + 1 (the cores this process may use)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 2 * cores + 1


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve the Afterview API. Settings come from AFTERVIEW_* variables "
        "(the README's configuration table); off the loopback address, PUBLIC_URL must be "
        "https and the sign-in settings set, or it does not start.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help=f"gunicorn worker processes (default 2 x cores + 1 = {default_workers()})",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="threads per worker; above 1 uses gunicorn's gthread workers (keep-alive)",
    )
    parser.add_argument("--timeout", type=int, default=30, help="worker timeout in seconds")
    parser.add_argument(
        "--access-log", action="store_true", help="log each request (secrets redacted)"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="Flask's development server with the debugger and reloader (never in production)",
    )
    return parser


def _gunicorn_application(options: dict[str, Any]) -> Any:
    from gunicorn.app.base import BaseApplication

    class AfterviewApplication(BaseApplication):  # type: ignore[misc]
        """Gunicorn configured from code: no config file, no command-line parsing."""

        def __init__(self) -> None:
            self.options = options
            super().__init__()

        def load_config(self) -> None:
            for key, value in self.options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            # In each worker (no preloading): every process opens its own connections.
            from server import create_app

            return create_app()

    return AfterviewApplication()


def run(command: str, argv: list[str]) -> int:
    args = _parser(f"afterview {command}").parse_args(argv)
    # Off the loopback interface this is a deployment: every sign-in setting, https.
    config = afterview_config.startup(afterview_config.API, command, bind_host=args.host)
    logs.configure(
        (config.get("LOG_LEVEL") or "WARNING").upper(),
        config.get("LOG_FORMAT") or logs.TEXT,
        providers=(request_fields,),
    )
    if args.debug:
        from server import create_app

        create_app().run(host=args.host, port=args.port, debug=True)
        return 0
    install_log_redaction()
    options: dict[str, Any] = {
        "bind": f"{args.host}:{args.port}",
        "workers": args.workers or default_workers(),
        "timeout": args.timeout,
        "graceful_timeout": 10,
        "keepalive": 5,
        # gunicorn's own sync and gthread workers, answering their 414/431 in JSON.
        "worker_class": "server.gunicorn_workers."
        + ("JsonErrorsThreadWorker" if args.threads > 1 else "JsonErrorsSyncWorker"),
        "threads": args.threads,
        "accesslog": "-" if args.access_log else None,
        "errorlog": "-",
        "logger_class": "server.gunicorn_workers.AfterviewLogger",
        "proc_name": "afterview-server",
    }
    _gunicorn_application(options).run()
    return 0
