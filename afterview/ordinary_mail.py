"""False alarms on ordinary mail: how often a mailbox's everyday mail is read as an interview.

The real-wording corpus (`corpus_eval`) is mostly hiring mail and its look-alikes, chosen
one by one; a person's mailbox is mostly everything else. `tests/corpus/ordinary/` holds
6,983 messages of the Enron corpus (public FERC release) drawn from 138 people's folders:
meetings, announcements, newsletters, trades, banter, and (most of dev's growth) mail with
hiring words that is no hiring of its owner's. Each is read alone, as the worker reads a
one-message thread, for its owner; nothing there is a hiring process for its owner except
the few messages `labels.jsonl` marks ("job": "candidate"; "hiring" marks the owner hiring,
which is not an interview for us either). Split by owner into `dev.mbox.xz` and
`test.mbox.xz`, like the real corpus.
"""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from afterview.model import Message
from afterview.parse import parse_message
from afterview.timeline import thread_facts

SPLITS = ("dev", "test")
_SEPARATOR = b"From afterview-ordinary-sample "  # each message's mbox "From " line starts so


def ordinary_messages(directory: Path, split: str) -> Iterator[tuple[dict[str, Any], Message]]:
    """(label, message) for each message of one split, in file order."""
    if split not in SPLITS:
        raise ValueError(f"ordinary mail split {split!r}: expected one of {', '.join(SPLITS)}")
    labels = [
        label
        for line in (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and (label := json.loads(line))["split"] == split
    ]
    owners = json.loads((directory / "owners.json").read_text(encoding="utf-8"))
    data = lzma.decompress((directory / f"{split}.mbox.xz").read_bytes())
    chunks = [chunk for chunk in data.split(b"\n" + _SEPARATOR) if chunk]
    if len(chunks) != len(labels):
        raise ValueError(
            f"{split}.mbox.xz holds {len(chunks)} messages, labels.jsonl {len(labels)}"
        )
    for label, chunk in zip(labels, chunks, strict=True):
        raw = chunk.split(b"\n", 1)[1]  # past the "From " line
        raw = b"\n".join(  # mboxrd: ">From " in a body was "From "
            line[1:] if line.startswith(b">") and line.lstrip(b">").startswith(b"From ") else line
            for line in raw.split(b"\n")
        )
        yield (
            {**label, "me": owners[label["mailbox"]]},
            parse_message(raw, thread_id=f"ordinary-{split}-{label['index']}"),
        )


@dataclass(slots=True)
class FalseAlarms:
    """What one split's messages were read as."""

    read: int = 0
    jobs: int = 0  # labelled a hiring process for their owner (as candidate)
    jobs_found: int = 0
    alarms: list[str] = field(default_factory=list)  # readable lines: the false alarms

    @property
    def per_thousand(self) -> float:
        return 1000 * len(self.alarms) / max(1, self.read - self.jobs)


def false_alarms(directory: Path, split: str) -> FalseAlarms:
    """Each message of `split` read alone, as a one-message thread of its owner's."""
    found = FalseAlarms()
    for label, message in ordinary_messages(directory, split):
        found.read += 1
        interview = thread_facts([message], label["me"]).interview
        if label["job"] == "candidate":
            found.jobs += 1
            found.jobs_found += interview
        elif interview:
            found.alarms.append(f"{split} #{label['index']} {label['source']}: {message.subject!r}")
    return found
