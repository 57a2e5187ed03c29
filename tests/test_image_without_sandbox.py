"""The production image (infra/Dockerfile) leaves the sandbox Gmail out: its entrypoints
(`afterview serve`, `worker`, `scheduler`, `db upgrade`, as in infra/compose.yaml, the
Procfile and the systemd units) run
without `gmail_sandbox`, and the commands that need it say so."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import ROOT

SANDBOX = "gmail_sandbox"
SHIPPED = (
    "afterview",
    "afterview_config",
    "cli",
    "gmail",
    "server",
    "storage",
    "summary_email",
    "worker",
)
# Modules of the shipped packages that run only with the sandbox present (on purpose).
NEEDS_SANDBOX = frozenset({"cli/sandbox.py", "cli/generate.py"})
# Modules that import it only inside the function of a command that needs it.
LAZY = frozenset({"cli/main.py", "cli/evaluate.py"})

# Run the command line with `gmail_sandbox` unimportable, as in the image.
WITHOUT_SANDBOX = f"""
import sys
class NoSandbox:
    def find_spec(self, name, path=None, target=None):
        if name == {SANDBOX!r} or name.startswith({SANDBOX!r} + "."):
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, NoSandbox())
from cli.main import main
raise SystemExit(main(sys.argv[1:]))
"""


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_SANDBOX, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_no_shipped_module_imports_the_sandbox():
    found = []
    for package in SHIPPED:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative in NEEDS_SANDBOX:
                continue
            tree = ast.parse(path.read_text("utf-8"), relative)
            nodes = tree.body if relative in LAZY else ast.walk(tree)
            for node in nodes:
                names = (
                    [a.name for a in node.names]
                    if isinstance(node, ast.Import)
                    else [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else []
                )
                found += [f"{relative}:{node.lineno}" for n in names if n.startswith(SANDBOX)]
    assert found == []


def test_the_dockerfile_copies_every_shipped_package_and_not_the_sandbox():
    dockerfile = (ROOT / "infra" / "Dockerfile").read_text("utf-8")
    copied = {line.split()[1] for line in dockerfile.splitlines() if line.startswith("COPY ")}
    assert set(SHIPPED) <= copied
    assert SANDBOX not in copied


def test_the_image_entrypoints_run_without_the_sandbox(tmp_path):
    import os

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'image.sqlite3'}"}
    upgraded = _run("db", "upgrade", env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert (tmp_path / "image.sqlite3").exists()
    for command in ("serve", "worker", "scheduler", "sync"):
        helped = _run(command, "--help")
        assert helped.returncode == 0, helped.stderr
        assert f"afterview {command}" in helped.stdout


def test_a_command_that_needs_the_sandbox_says_so():
    for args in (("sandbox", "--port", "0"), ("demo",), ("eval", "--threads", "3")):
        result = _run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "needs the sandbox Gmail (gmail_sandbox)" in result.stderr


def test_the_compose_files_commands_run_as_plain_commands(tmp_path):
    """Each afterview role of infra/compose.yaml, run as its plain command without the
    sandbox: the migration for real, the long-running ones as far as their --help."""
    import os
    import re

    import yaml

    compose = yaml.safe_load((ROOT / "infra" / "compose.yaml").read_text("utf-8"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'roles.sqlite3'}"}
    ran = []
    for name, service in compose["services"].items():
        text = " ".join(service.get("command") or [])
        found = re.search(r"\bafterview ([a-z]+(?: upgrade)?)", text)
        if not found:
            continue  # caddy, redis, postgres
        args = found.group(1).split()
        result = _run(*args, env=env) if args == ["db", "upgrade"] else _run(*args, "--help")
        assert result.returncode == 0, (name, result.stderr)
        ran.append(name)
    assert sorted(ran) == ["api", "migrate", "scheduler", "worker"]
    assert (tmp_path / "roles.sqlite3").exists()
