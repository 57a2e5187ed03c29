"""The lock files cover pyproject.toml: every dependency (and, in the dev lock, every dev
extra) is pinned to a version its requirement allows, and every pin carries hashes, so
`pip install --require-hashes` (the image, scripts/_bootstrap.sh) can install them."""

from __future__ import annotations

import re
import tomllib

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def pins(lock: str) -> dict[str, tuple[str, str]]:
    """name -> (version, the pin's whole entry: its line and its hash lines)."""
    text = (ROOT / lock).read_text("utf-8")
    found = {}
    for entry in re.split(r"\n(?=\S)", text):
        match = PIN.match(entry)
        if match:
            found[canonicalize_name(match.group(1))] = (match.group(2), entry)
    return found


LOCKS = {
    "requirements.lock": PROJECT["dependencies"],
    "requirements-dev.lock": PROJECT["dependencies"] + PROJECT["optional-dependencies"]["dev"],
}


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_dependency_is_pinned_to_an_allowed_version(lock):
    pinned = pins(lock)
    wrong = []
    for line in LOCKS[lock]:
        requirement = Requirement(line)
        if requirement.marker and not requirement.marker.evaluate(default_environment()):
            continue
        name = canonicalize_name(requirement.name)
        if name not in pinned:
            wrong.append(f"{name}: not in {lock}")
        elif not requirement.specifier.contains(pinned[name][0], prereleases=True):
            wrong.append(f"{name}: {pinned[name][0]} is outside {requirement.specifier}")
    assert wrong == [], "run scripts/lock (README, Dependencies)"


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_pin_carries_its_hashes(lock):
    pinned = pins(lock)
    assert len(pinned) > len(LOCKS[lock])  # what they need is pinned too
    unhashed = [name for name, (_, entry) in pinned.items() if "--hash=sha256:" not in entry]
    assert unhashed == []


def test_the_app_lock_is_the_dev_lock_without_the_dev_tools():
    app, dev = pins("requirements.lock"), pins("requirements-dev.lock")
    assert {name: version for name, (version, _) in app.items()} == {
        name: dev[name][0] for name in app
    }
    for tool in ("pytest", "hypothesis", "ruff", "schemathesis"):
        assert tool in dev and tool not in app
