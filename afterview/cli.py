"""The `afterview` command: a table of subcommands, each living in the module that owns it.

Subcommands are imported only when invoked, so the domain package never pulls in the
server, the worker or the sandbox (and their Flask, Redis or Google imports).
"""

from __future__ import annotations

import importlib
import os
import sys

# name -> (module with `run(command, argv) -> int`, one-line description)
COMMANDS: dict[str, tuple[str, str]] = {
    "classify": ("afterview.commands", "is each .eml/.mbox an interview thread, at which stage"),
    "advise": ("afterview.commands", "what to do now for each .eml/.mbox thread, why, until when"),
    "eval": ("afterview.evaluation", "score detection, stage and advice against a generated truth"),
    "sandbox": ("gmail_sandbox.cli", "run the local Gmail API emulator, with a generated mailbox"),
    "generate": ("gmail_sandbox.generate_cli", "write a generated mailbox (.mbox files + truth)"),
    "db": ("storage.cli", "create or upgrade the database schema; encryption keys"),
    "serve": ("server.cli", "run the API the extension calls (gunicorn; --debug: Flask's server)"),
    "sync": ("worker.cli", "sync one mailbox now (a sandbox one: connected without a browser)"),
    "worker": ("worker.cli", "run the job worker with its schedulers, until stopped"),
    "demo": ("worker.demo", "sync a generated sandbox mailbox, label it, print the advice"),
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
    module = importlib.import_module(COMMANDS[name][0])
    try:
        return int(module.run(name, rest) or 0)
    except BrokenPipeError:
        # The reader went away (`afterview classify big.mbox | head`): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as a shell reports a command cut short by a closed pipe
