"""The domain package stays pure: it imports the standard library, itself and its declared
parsing libraries, and nothing else, at any depth.

Checked statically with `ast` over every module of `afterview/` (an import inside a
function counts as much as one at the top), so a lazy import of a sibling package or a
framework cannot hide; each offence names the module, the line and the import. Because
every domain module is checked and only the standard library and the declared libraries
may be reached, the whole import graph of the domain is covered.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import afterview
from tests.conftest import ROOT

DOMAIN = "afterview"
# The domain's own third-party packages (pyproject.toml, under "# domain"), by import name.
DECLARED = frozenset({"icalendar", "dateutil", "ahocorasick", "holidays", "tldextract"})
# Named so the failure says why, though anything not allowed above is refused anyway.
SIBLINGS = frozenset(
    {"cli", "gmail", "gmail_sandbox", "server", "storage", "summary_email", "worker"}
)


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module]
    return []  # a relative import stays inside the package


def _verdict(name: str) -> str | None:
    top = name.partition(".")[0]
    if top == DOMAIN or top in DECLARED or top in sys.stdlib_module_names:
        return None
    if top in SIBLINGS:
        return "a sibling package"
    return "not the standard library nor a declared domain package"


def impure_imports(package: Path) -> list[str]:
    """Every import in `package` (a copy of the domain, or the domain) that is not allowed,
    as 'path:line: import NAME (why)'."""
    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            for name in _imported(node):
                why = _verdict(name)
                if why:
                    where = path.relative_to(package.parent).as_posix()
                    found.append(f"{where}:{node.lineno}: import {name} ({why})")
    return found


def test_the_domain_imports_only_the_stdlib_itself_and_its_parsing_libraries():
    package = Path(afterview.__file__).parent
    assert impure_imports(package) == []


def test_the_declared_packages_are_the_domain_dependencies_in_pyproject():
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    domain_block = text.split("# domain", 1)[1].split("# sandbox Gmail", 1)[0]
    distributions = {"python-dateutil": "dateutil", "pyahocorasick": "ahocorasick"}
    declared = set()
    for line in domain_block.splitlines():
        line = line.strip()
        if line.startswith('"'):
            name = line.split('"')[1].split(">")[0].split("=")[0].split("[")[0]
            declared.add(distributions.get(name, name))
    assert declared == DECLARED


def test_a_planted_import_is_named_with_its_module_and_line(tmp_path):
    package = tmp_path / DOMAIN
    shutil.copytree(Path(afterview.__file__).parent, package)
    (package / "planted.py").write_text(
        '"""A domain module that reaches out."""\n\n'
        "import re\n\n\n"
        "def later():\n"
        "    from server.popup import current_threads  # lazy: still an import\n\n"
        "    import flask\n\n"
        "    return current_threads, flask, re\n",
        "utf-8",
    )
    assert impure_imports(package) == [
        "afterview/planted.py:7: import server.popup (a sibling package)",
        "afterview/planted.py:9: import flask (not the standard library nor a declared "
        "domain package)",
    ]


def test_importing_every_domain_module_loads_no_framework():
    # The static check above trusts the declared libraries; this proves they, too, pull in
    # nothing heavy when the whole domain is imported.
    forbidden = {"flask", "redis", "rq", "googleapiclient", "google", "sqlalchemy", "werkzeug"}
    code = (
        "import pkgutil, importlib, sys, afterview\n"
        "for m in pkgutil.walk_packages(afterview.__path__, 'afterview.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    loaded = sorted(name for name in out if name.partition(".")[0] in forbidden | SIBLINGS)
    assert not loaded, f"the domain imported {loaded}"


def server_imports_of_the_worker(package: Path) -> list[str]:
    """Every import of a `worker` module by the server other than its enqueueing names."""
    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            names = _imported(node)
            if isinstance(node, ast.ImportFrom) and node.module == "worker":
                names = [f"worker.{alias.name}" for alias in node.names]
            for name in names:
                if name.partition(".")[0] == "worker" and name != "worker.queueing":
                    found.append(
                        f"{path.relative_to(package.parent).as_posix()}:{node.lineno}: {name}"
                    )
    return found


def test_the_server_reaches_the_worker_only_to_enqueue(tmp_path):
    # DESIGN: the server imports the domain, storage and the enqueueing of jobs; what both
    # need (the summary's rendering) lives in a package of its own.
    assert server_imports_of_the_worker(ROOT / "server") == []
    planted = tmp_path / "server"
    planted.mkdir()
    (planted / "preview.py").write_text("from worker import summary\nimport worker.jobs\n")
    assert server_imports_of_the_worker(planted) == [
        "server/preview.py:1: worker.summary",
        "server/preview.py:2: worker.jobs",
    ]
