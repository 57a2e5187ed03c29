"""`afterview sandbox`: serve the Gmail emulator until stopped.

Prints the base URL on the first line of stdout and a ready (long-lived) access token for
`--me` on the second, then serves. Load problems go to stderr.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from gmail.quota import DEFAULT_TABLE, TABLES
from gmail_sandbox.loading import GeneratorMissing, LoadReport, load_generated, load_path
from gmail_sandbox.push import TOPIC_NAME
from gmail_sandbox.sandbox import DEFAULT_ME, TABLE_RATE, Sandbox


def _units(text: str) -> float:
    if text.lower() in ("off", "none"):
        return 0.0
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of units per second: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("units per second must be >= 0 (0 or 'off': no limit)")
    return value


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, not {value}")
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, not {value}")
    return value


def _port(text: str) -> int:
    value = _count(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"not a TCP port: {value}")
    return value


def _address(text: str) -> str:
    if "@" not in text or text.startswith("@") or text.endswith("@"):
        raise argparse.ArgumentTypeError(f"not an email address: {text!r}")
    return text.lower()


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date-time: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _push_topic(text: str) -> tuple[str, str | None]:
    topic, _, endpoint = text.partition("=")
    if not TOPIC_NAME.fullmatch(topic):
        raise argparse.ArgumentTypeError(
            f"not a Pub/Sub topic (projects/PROJECT/topics/TOPIC[=PUSH_URL]): {text!r}"
        )
    if endpoint and not endpoint.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"the push endpoint is not an http(s) URL: {endpoint!r}")
    return topic, endpoint or None


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="afterview sandbox",
        description="Serve a local Gmail v1 API (with OAuth) for tests and the demo. "
        "Prints the base URL, then an access token for --me, then serves until stopped.",
    )
    p.add_argument("--port", type=_port, required=True, help="TCP port; 0 picks a free one")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument("--me", type=_address, default=DEFAULT_ME, help=f"owner ({DEFAULT_ME})")
    p.add_argument("--threads", type=_count, help="generate a mailbox of N threads")
    p.add_argument("--seed", type=int, default=0, help="generator seed (0)")
    p.add_argument("--now", type=_instant, help="the generator's 'now' (ISO 8601; default now)")
    p.add_argument(
        "--mailbox",
        type=Path,
        help="load this mbox (a Gmail Takeout export: threads by X-GM-THRID, labels by "
        "X-Gmail-Labels) or every .eml/.mbox under this directory",
    )
    p.add_argument(
        "--quota",
        type=_units,
        metavar="UNITS_PER_SECOND",
        help="per-user units per second (default: the table's; 0 or 'off': no limit)",
    )
    p.add_argument(
        "--quota-table",
        choices=sorted(TABLES),
        default=None,
        help=f"cost table and window ({DEFAULT_TABLE.name}; google-2023 for older projects)",
    )
    p.add_argument(
        "--over-limit-status", type=int, choices=(429, 403), default=429, help="429 or 403"
    )
    p.add_argument("--fault-rate", type=_fraction, default=0.0, help="fraction of calls to fail")
    p.add_argument("--fault-seed", type=int, default=0, help="seed of the fault sequence")
    p.add_argument("--history-retention", type=_count, help="history records kept per mailbox")
    p.add_argument(
        "--push-topic",
        type=_push_topic,
        action="append",
        default=[],
        metavar="TOPIC[=PUSH_URL]",
        help="a Pub/Sub topic users.watch may name (projects/P/topics/T), pushing to "
        "PUSH_URL (e.g. http://127.0.0.1:5000/hooks/gmail) when mail changes; repeatable",
    )
    p.add_argument(
        "--push-audience", help="the pushes' OIDC token audience (default: the push URL)"
    )
    p.add_argument(
        "--push-service-account",
        help="the pushes' OIDC token email claim (the push subscription's service account)",
    )
    p.add_argument("--admin", action="store_true", help="enable the /_admin/ endpoints")
    p.add_argument("--log-requests", action="store_true", help="log every request to stderr")
    return p


def _report(source: str, report: LoadReport, seconds: float) -> None:
    print(
        f"sandbox: loaded {report.messages} messages in {report.threads} threads "
        f"from {source} in {seconds:.1f}s",
        file=sys.stderr,
    )
    for path, problem in report.errors:
        print(f"sandbox: skipped {path}: {problem}", file=sys.stderr)


def run(command: str, argv: list[str]) -> int:
    args = parser().parse_args(argv)
    if args.seed != 0 and args.threads is None:
        parser().error("--seed needs --threads")
    if args.mailbox is not None and not args.mailbox.exists():
        parser().error(f"--mailbox {args.mailbox}: no such file or directory")
    sandbox = Sandbox(
        me=args.me,
        quota_table=args.quota_table or DEFAULT_TABLE.name,
        units_per_second=TABLE_RATE if args.quota is None else (args.quota or None),
        over_limit_status=args.over_limit_status,
        fault_rate=args.fault_rate,
        fault_seed=args.fault_seed,
        history_retention=args.history_retention,
    )
    for topic, endpoint in args.push_topic:
        sandbox.pubsub.configure_topic(
            topic,
            endpoint,
            audience=args.push_audience,
            service_account=args.push_service_account,
        )
    mailbox = sandbox.mailbox()
    if args.threads:
        started = time.perf_counter()
        try:
            report = load_generated(
                mailbox,
                threads=args.threads,
                seed=args.seed,
                now=args.now or datetime.now(UTC),
                now_ms=sandbox.now_ms(),
            )
        except GeneratorMissing as exc:
            print(f"afterview sandbox: --threads: {exc}", file=sys.stderr)
            return 2
        _report(
            f"the generator (seed {args.seed}; generating included)",
            report,
            time.perf_counter() - started,
        )
    if args.mailbox is not None:
        started = time.perf_counter()
        report = load_path(mailbox, args.mailbox, now_ms=sandbox.now_ms())
        _report(str(args.mailbox), report, time.perf_counter() - started)
    from gmail_sandbox.serve import base_url, start_server  # Flask, only once arguments are good

    try:
        server = start_server(
            sandbox,
            host=args.host,
            port=args.port,
            admin=args.admin,
            log_requests=args.log_requests,
        )
    except OSError as exc:
        print(
            f"afterview sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr
        )
        return 1
    print(base_url(server))
    print(sandbox.long_lived_token())
    sys.stdout.flush()

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
