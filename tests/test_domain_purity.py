"""The domain package stays pure: importing every module of it pulls in no framework."""

import subprocess
import sys

from tests.conftest import ROOT

FORBIDDEN = ("flask", "redis", "rq", "googleapiclient", "google.auth", "sqlalchemy", "werkzeug")


def test_domain_imports_no_framework():
    code = (
        "import pkgutil, importlib, sys, afterview\n"
        "for m in pkgutil.walk_packages(afterview.__path__, 'afterview.'):\n"
        "    if m.name not in ('afterview.__main__',):\n"
        "        importlib.import_module(m.name)\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    loaded = {name for name in out if name.split(".")[0] in {f.split(".")[0] for f in FORBIDDEN}}
    assert not loaded, f"the domain imported {sorted(loaded)}"
