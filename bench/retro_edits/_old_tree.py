"""What the retro edit scripts (`bench/retro_first_look.py --edit`) share: a text edit of an
exported old tree's file, and a file's text as it stood when a shape landed."""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def replace_once(source: str, old: str, new: str) -> str:
    """`source` with `old`, found exactly once, replaced by `new`; otherwise the change does
    not apply to this tree (the script exits non-zero and the batch is skipped)."""
    if source.count(old) != 1:
        raise SystemExit(f"anchor not found once: {old[:60]!r}")
    return source.replace(old, new)


def landed(commit: str, name: str) -> str:
    """`name` (e.g. "afterview/timeline.py") as it stood at `commit`: a shape's own text, so
    later edits of today's tree do not move a baseline built on it."""
    return subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{commit}:{name}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
