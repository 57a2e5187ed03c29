"""Single-message precision and recall on a real-wording split, by where each message's
wording comes from: a published text, or the corpus's engineers ("written for the corpus"
in its `X-Corpus-Note`, where a vendor describes its mail without printing it, or for the
short messages that link a thread).

    .venv/bin/python bench/corpus_provenance.py tests/corpus/real/test
    .venv/bin/python bench/corpus_provenance.py tests/corpus/real/test --families aira,varbi

Each message is read alone, as `afterview eval` reads it (`thread_facts([message], me)`),
and scored against its hand label. Prints figures only: no message, thread or family.
"""

from __future__ import annotations

import argparse
import mailbox
from pathlib import Path

from afterview.corpus_eval import Binary, labels_of
from afterview.parse import read_thread
from afterview.timeline import thread_facts

OWN_WORDING = "written for the corpus"


def provenance_by_message_id(path: Path) -> dict[str, str]:
    """Message-ID -> "own" or "published", from the `X-Corpus-Note` the parser ignores."""
    kinds = {}
    for raw in mailbox.mbox(path, create=False):
        note = str(raw.get("X-Corpus-Note", "")).lower()
        message_id = str(raw.get("Message-ID", "")).strip().strip("<>")
        kinds[message_id] = "own" if OWN_WORDING in note else "published"
    return kinds


def score(directory: Path, families: set[str] | None) -> dict[str, Binary]:
    counts = {"published": Binary(), "own": Binary(), "all": Binary()}
    for label in labels_of(directory):
        if families and label["family"] not in families:
            continue
        path = directory / label["path"]
        kinds = provenance_by_message_id(path)
        ordered = sorted(read_thread(path), key=lambda m: m.date)  # labels are oldest first
        for flag, message in zip(label["messages"], ordered, strict=True):
            got = thread_facts([message], label["me"]).detection.interview
            kind = kinds.get(message.message_id.strip("<>"), "published")
            counts[kind].add(bool(flag), got)
            counts["all"].add(bool(flag), got)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a split: tests/corpus/real/test")
    parser.add_argument("--families", default="", help="comma-separated: only these families")
    args = parser.parse_args()
    families = {f for f in args.families.split(",") if f} or None
    for kind, c in score(args.corpus, families).items():
        labelled = c.true_positive + c.false_negative
        print(
            f"{kind:9} messages {c.total:4d} (labelled interview {labelled:3d})"
            f"  precision {c.precision:.3f}  recall {c.recall:.3f}"
        )


if __name__ == "__main__":
    main()
