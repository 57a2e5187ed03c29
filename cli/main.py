"""The `afterview` command: a table of subcommands, each living in the module that owns it.

A command's module is imported only when that command runs, so `afterview classify` loads
the domain alone (no Flask, Redis or Google clients), and the commands that need the
sandbox Gmail (`sandbox`, `generate`, `demo`, `eval` on a generated mailbox) say so
plainly in an installation without it (the production image, `infra/Dockerfile`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

SANDBOX_PACKAGE = "gmail_sandbox"


def _mail() -> ModuleType:
    from cli import mail

    return mail


def _evaluate() -> ModuleType:
    from cli import evaluate

    return evaluate


def _sandbox() -> ModuleType:
    from cli import sandbox

    return sandbox


def _generate() -> ModuleType:
    from cli import generate

    return generate


def _db() -> ModuleType:
    from cli import db

    return db


def _serve() -> ModuleType:
    from cli import serve

    return serve


def _sync() -> ModuleType:
    from cli import sync

    return sync


def _queues() -> ModuleType:
    from cli import queues

    return queues


def _summary() -> ModuleType:
    from cli import summary

    return summary


def _demo() -> ModuleType:
    from gmail_sandbox import demo

    return demo


# name -> (the module with `run(command, argv) -> int`, loaded on use; one-line description)
COMMANDS: dict[str, tuple[Callable[[], ModuleType], str]] = {
    "classify": (_mail, "is each .eml/.mbox an interview thread, at which stage"),
    "advise": (_mail, "what to do now for each .eml/.mbox thread, why, until when"),
    "eval": (_evaluate, "score detection, stage and advice: real wording, generated truth"),
    "sandbox": (_sandbox, "run the local Gmail API emulator, with a generated mailbox"),
    "generate": (_generate, "write a generated mailbox (.mbox files + truth)"),
    "db": (_db, "create or upgrade the database schema; encryption keys"),
    "serve": (_serve, "run the API the extension calls (gunicorn; --debug: Flask's server)"),
    "sync": (_sync, "sync one mailbox now (a sandbox one: connected without a browser)"),
    "worker": (_sync, "run the job worker with its schedulers, until stopped"),
    "scheduler": (_sync, "run only the periodic jobs' scheduler (workers: --no-cron)"),
    "queues": (_queues, "the job queues: waiting, running, failed; list and requeue failures"),
    "summary": (_summary, "the weekly summary email one user would get now (--preview)"),
    "demo": (_demo, "sync a generated sandbox mailbox, label it, print the advice"),
}


def usage() -> str:
    width = max(len(name) for name in COMMANDS)
    lines = ["usage: afterview COMMAND [ARGS...]", "", "commands:"]
    lines += [f"  {name:<{width}}  {about}" for name, (_, about) in COMMANDS.items()]
    lines += ["", "`afterview COMMAND --help` describes each command's arguments."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help", "help"}:
        print(usage())
        return 0
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"afterview: unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    try:
        return int(COMMANDS[name][0]().run(name, rest) or 0)
    except ModuleNotFoundError as exc:
        if (exc.name or "").partition(".")[0] != SANDBOX_PACKAGE:
            raise
        print(
            f"afterview {name}: needs the sandbox Gmail ({SANDBOX_PACKAGE}), which this "
            "installation leaves out (install from a checkout: pip install .)",
            file=sys.stderr,
        )
        return 2
    except BrokenPipeError:
        # The reader went away (`afterview classify big.mbox | head`): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a command cut short by a closed pipe
