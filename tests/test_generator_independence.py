"""The generator writes its own words and computes its own truth: no module of
`gmail_sandbox` imports the detector's phrase lists, time reading or the policy under test.

Checked statically (every `import` and `from ... import`, at any depth of the module, with
the `afterview` modules they pull in followed), so a lazy import inside a function counts.
"""

from __future__ import annotations

import ast
from pathlib import Path

import gmail_sandbox
from tests.conftest import ROOT

# The afterview modules the sandbox may use: the plain model, its JSON form, Gmail's quota
# table, and the message parser and mbox reader with their helpers (they read MIME and
# files, not meaning).
ALLOWED = frozenset(
    {
        "afterview.model",
        "afterview.facts_io",
        "afterview.parse",
        "afterview.invites",
        "afterview.html_text",
        "afterview.trim",
        "afterview.mail_files",  # splitting mbox files into messages and threads
    }
)
# The two sandbox modules that drive the product against the generator: they score or run
# the detector and the policy, so they may import them; no other sandbox module may import
# them (that would be a path from the truth to the code under test).
DRIVERS = frozenset({"gmail_sandbox.evaluation", "gmail_sandbox.demo"})
FOLLOWED = ("afterview", "gmail_sandbox")


def _followed_imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name.partition(".")[0] in FOLLOWED:
                found.add(name)
    return found


def _module_path(name: str) -> Path | None:
    base = ROOT / Path(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.exists():
            return candidate
    return None  # a name imported from a module, not a module


def offenders(path: Path) -> list[str]:
    """Each forbidden afterview module `path` reaches, as 'chain -> module'."""
    bad: list[str] = []
    seen: set[str] = set()
    todo = [(name, name) for name in _followed_imports(path)]
    while todo:
        name, chain = todo.pop()
        module = _module_path(name)
        if module is None or name in seen:
            continue
        seen.add(name)
        if name in DRIVERS or (name.startswith("afterview.") and name not in ALLOWED):
            bad.append(chain)
            continue
        todo += [(inner, f"{chain} -> {inner}") for inner in _followed_imports(module)]
    return sorted(bad)


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def test_no_generator_module_imports_the_detector_or_the_policy():
    package = Path(gmail_sandbox.__file__).parent
    found = {
        str(path.relative_to(ROOT)): offenders(path)
        for path in sorted(package.rglob("*.py"))
        if _module_name(path) not in DRIVERS and offenders(path)
    }
    assert not found, f"gmail_sandbox modules importing detector/policy code: {found}"


def test_the_check_names_an_offender(tmp_path):
    module = tmp_path / "lazy.py"
    module.write_text(
        "def later():\n    from afterview.detect import PHRASES\n    return PHRASES\n"
        "import afterview.model\n",
        "utf-8",
    )
    assert offenders(module) == ["afterview.detect"]


def test_the_check_follows_sandbox_modules_to_a_driver(tmp_path):
    module = tmp_path / "truth.py"
    module.write_text("from gmail_sandbox.evaluation import judge\n", "utf-8")
    assert offenders(module) == ["gmail_sandbox.evaluation"]
