"""A retro first look: how a change to the reading does on wording the code had not seen.

    .venv/bin/python bench/retro_first_look.py                    # the first looks alone
    .venv/bin/python bench/retro_first_look.py --edit EDIT.py     # ... and with a change
    .venv/bin/python bench/retro_first_look.py --patch CHANGE.diff [--from-batch 10]

Every family of `tests/corpus/real/dev` landed on main in some commit. The code just before
that commit (its first parent) had never read the family's wording: evaluating the family
with it is a first look, as the held-out split is for today's code. This script replays
main's first-parent history: for each batch of families that landed together it exports the
code before the batch (`git archive`), evaluates the batch with that code's own `afterview
eval` and, given a change, again with the change applied to that old code. A change that
fixes first-look moments across batches, and breaks none, is one that reaches wording it was
not written from; one that only helps today's dev (already read to 0.97) shows nothing here.

The change is a diff of `afterview/` (`--patch`, applied with `patch -p1`) or, since old code
differs from today's, a Python script given the exported tree's path that edits it
(`--edit`); a batch the change cannot be applied to is skipped and said so. Labels and mail
are today's (the figures use the current labels throughout). Prints per batch the moments,
stage and action accuracy before -> after, the moments fixed and broken, and the totals.
Needs git history (a clone, not an export) and takes about a minute per ten batches.

`--batches even` / `odd` keeps half the batches: look at one half's misses to design a
change, and judge it on the other half with `--figures-only` (counts, no miss lines), so the
judging half stays unread. `--residual` adds the misses still left (after the change, if
one is given): the list to design the next change from, on the design half only.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = "tests/corpus/real/dev/labels.jsonl"
DEV = ROOT / "tests" / "corpus" / "real" / "dev"
FIGURES = re.compile(
    r"stage accuracy\s+([\d.]+).*?action accuracy\s+([\d.]+).*?\((\d+) labelled moments\)",
    re.S,
)


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True
    ).stdout


def families_at(commit: str) -> set[str]:
    try:
        text = git("show", f"{commit}:{LABELS}")
    except subprocess.CalledProcessError:
        return set()
    return {json.loads(line)["family"] for line in text.splitlines() if line.strip()}


def batches() -> list[tuple[str, list[str]]]:
    """(the commit before, the families that landed with the next) along main, oldest first;
    the first batch is left out (no code read mail before it)."""
    commits = git("log", "--first-parent", "--reverse", "--format=%H", "--", LABELS).split()
    present = {json.loads(line)["family"] for line in (DEV / "labels.jsonl").open()}
    seen: set[str] = set()
    found = []
    for index, commit in enumerate(commits):
        new = families_at(commit) - seen
        seen |= new
        landed = sorted(new & present)
        if index and landed:
            found.append((git("rev-parse", f"{commit}^1").strip(), landed))
    return found


def evaluate(tree: Path, corpus: Path) -> str:
    command = [sys.executable, "-m", "cli", "eval", "--corpus", str(corpus), "--no-generated"]
    done = subprocess.run(
        [*command, "--worst", "100000"],
        capture_output=True,
        text=True,
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )
    return done.stdout


def misses(report: str) -> set[str]:
    return {line.strip() for line in report.splitlines() if line.startswith("  miss")}


def thread_misses(report: str) -> tuple[int, int]:
    """(threads read as a job's that are not, job threads read as none): counts only."""
    lines = misses(report)
    return (
        sum(line.endswith("interview False -> True") for line in lines),
        sum(line.endswith("interview True -> False") for line in lines),
    )


def apply_change(tree: Path, edit: str | None, patch: str | None) -> str | None:
    """None when applied, else why not."""
    if edit:
        done = subprocess.run([sys.executable, edit, str(tree)], capture_output=True, text=True)
    else:
        command = ["patch", "-p1", "-s", "--no-backup-if-mismatch", "-d", str(tree), "-i"]
        done = subprocess.run([*command, str(patch)], capture_output=True, text=True)
    return None if done.returncode == 0 else (done.stdout + done.stderr).strip()[-200:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edit", help="a Python script editing the exported tree given")
    parser.add_argument("--patch", help="a diff of afterview/ (patch -p1)")
    parser.add_argument("--from-batch", type=int, default=0)
    parser.add_argument(
        "--batches",
        choices=("all", "even", "odd"),
        default="all",
        help="half of the batches: design a change on one half, judge it on the other",
    )
    parser.add_argument(
        "--figures-only",
        action="store_true",
        help="counts only, no miss lines (for the half a change is judged on)",
    )
    parser.add_argument(
        "--residual",
        action="store_true",
        help="also print the misses left after the change (or the first looks' own misses)",
    )
    args = parser.parse_args()
    if args.residual and args.figures_only:
        parser.error("--residual prints miss lines; it cannot go with --figures-only")
    change = args.edit or args.patch
    labels = collections.defaultdict(list)
    for line in (DEV / "labels.jsonl").open():
        labels[json.loads(line)["family"]].append(line)
    totals = collections.Counter()
    parity = 0 if args.batches == "even" else 1
    for number, (before, families) in enumerate(batches()):
        if number < args.from_batch or (args.batches != "all" and number % 2 != parity):
            continue
        with tempfile.TemporaryDirectory() as work:
            tree, corpus = Path(work, "tree"), Path(work, "corpus")
            tree.mkdir()
            corpus.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", before], capture_output=True, check=True
            )
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
            with (corpus / "labels.jsonl").open("w") as out:
                for family in families:
                    out.writelines(labels[family])
                    (corpus / family).symlink_to(DEV / family)
            first = evaluate(tree, corpus)
            seen = FIGURES.search(first)
            if seen is None:
                print(f"{number:3d} {before[:8]}: its eval printed no figures; skipped")
                continue
            stage, action, moments = float(seen[1]), float(seen[2]), int(seen[3])
            line = f"{number:3d} {before[:8]} {len(families):2d} families {moments:4d} moments"
            if not change:
                print(f"{line}  stage {stage:.3f}  action {action:.3f}")
                if args.residual:
                    for left in sorted(misses(first)):
                        print(f"      left   {left[:240]}")
                totals.update(moments=moments, stage=stage * moments, action=action * moments)
                continue
            why_not = apply_change(tree, args.edit, args.patch)
            if why_not:
                print(f"{line}: the change does not apply ({why_not}); skipped")
                continue
            second = evaluate(tree, corpus)
            after = FIGURES.search(second)
            print(
                f"{line}  stage {stage:.3f} -> {float(after[1]):.3f}"
                f"  action {action:.3f} -> {float(after[2]):.3f}"
            )
            fixed = sorted(misses(first) - misses(second))
            broken = sorted(misses(second) - misses(first))
            false_pos, false_neg = thread_misses(first)
            false_pos_after, false_neg_after = thread_misses(second)
            if (false_pos, false_neg) != (false_pos_after, false_neg_after):
                print(
                    f"      threads: read as a job's wrongly {false_pos} -> {false_pos_after},"
                    f" a job's missed {false_neg} -> {false_neg_after}"
                )
            if args.figures_only:
                print(f"      {len(fixed)} miss lines gone, {len(broken)} new")
            else:
                for line in fixed:
                    print(f"      fixed  {line[:200]}")
                for line in broken:
                    print(f"      BROKEN {line[:200]}")
            if args.residual:
                for left in sorted(misses(second)):
                    print(f"      left   {left[:240]}")
            totals.update(
                false_pos=false_pos,
                false_neg=false_neg,
                false_pos_after=false_pos_after,
                false_neg_after=false_neg_after,
                moments=moments,
                stage=stage * moments,
                action=action * moments,
                stage_after=float(after[1]) * moments,
                action_after=float(after[2]) * moments,
            )
    n = totals["moments"]
    if not n:
        raise SystemExit("no batch was evaluated")
    summary = f"first looks: {n} moments, stage {totals['stage'] / n:.4f}"
    if change:
        summary += f" -> {totals['stage_after'] / n:.4f}"
    summary += f", action {totals['action'] / n:.4f}"
    if change:
        summary += f" -> {totals['action_after'] / n:.4f}"
    print(summary)
    if change:
        print(
            f"first looks: threads read as a job's wrongly {totals['false_pos']} ->"
            f" {totals['false_pos_after']}, job threads missed {totals['false_neg']} ->"
            f" {totals['false_neg_after']}"
        )


if __name__ == "__main__":
    main()
