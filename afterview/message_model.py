"""A small logistic regression beside the rules: is this mail part of a hiring process?

The rules (`detect.py`) were written family by family on the real-wording corpus's `dev/`
split, and on wording they were not written for they miss hiring mail they have no phrase
for ("Tuesday at 3 suits, see you then"). This model reads the same mail as the rules do
(the `Reading`s: the trimmed subject and text, lower-cased and normalised once) as
features: the rule signals that fired and the rules' verdict, the phrase groups found, who
wrote (the candidate, a person, an ATS, a job board), and the words and word pairs of the
subject and of the text's opening.

It has two says (`detect.detect_readings`). A thread the rules scored short of the
threshold, but in which they found a process named and nothing that vetoes one, is a
hiring process when the model reads one of its messages, alone, as hiring mail at odds of
2 to 1 or better (`SURE`); every check the rules make on a thread they read as one then
applies to it too. A thread the rules read as one on little evidence (a score under
`detect._DOUBTED_BELOW`) is not one when the model gives none of its messages odds better
than 1 to 9 (`DOUBT`): fitted on ordinary mail beside hiring mail, it knows an office's
meeting notes that say "interviewed" and "candidates". Each message is read alone because
that is how the model was fitted: a whole thread's features sum more word weights than any
example it learnt from, and read so (7 December, fifteenth session) it added a false
thread on the held-out split, and doubting the rules' "yes" on a thread's features
together dropped real interviews worded briefly. Fitted (`bench/train_message_model.py
--write`) on the corpus's `dev/` messages less its `*_holdback` families (kept to judge
it), a generated mailbox weighted low, and the ordinary mail of
`tests/corpus/ordinary/dev` (the Enron corpus: without it, a model fitted on mail chosen
for hiring read six times more of a real mailbox's everyday mail as interviews). Figures
in docs/benchmarks.md ("Eighteenth session"). Inference is a dictionary look-up per
feature: only the standard library.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from afterview import senders
from afterview.detect import normalise, signal_names
from afterview.model import Detection

if TYPE_CHECKING:
    from afterview.detect import Reading

SHIPPED = "message_model.json"  # beside this module; bench/train_message_model.py writes it
# A rule "no" becomes "yes" only at odds of 2 to 1: the model's look-alikes (a quiz's
# "technical round", a coach's "practice interview") come out between 1/2 and 2/3.
SURE = 2 / 3
# A rule "yes" becomes "no" only at odds of 9 to 1 against, on every message of the thread:
# at 1 to 4 a campus board's "You are signed up for your interview" and an agency's "if you
# are selected for an interview" were doubted (tests/test_real_wording_*)
DOUBT = 0.1
BODY_WORDS = 200  # the opening of a mail says what it is; the rest costs time, not accuracy


def _words(padded: str, limit: int) -> list[str]:
    # "14:00", "2026", "3pm": a number's value says nothing of what the mail is
    return ["0" if t[0].isdigit() else t for t in padded.split()[:limit]]


def features(readings: Sequence[Reading], rules: Detection) -> set[str]:
    """The features of one thread (or one message read alone) as the model reads them:
    `rules` is what the rules made of it (`detect.detect_readings`)."""
    found = {f"s:{name}" for name in signal_names(rules)}
    # the rules' verdict and how sure they were, in tenths: the words correct it, mostly
    found.add(f"r:{'yes' if rules.interview else 'no'}:{min(9, int(rules.confidence * 10))}")
    for r in readings:
        message = r.message
        if r.automated:
            found.add("auto")
            continue
        found.add("mine" if r.mine else "theirs")
        if message.is_bulk:
            found.add("bulk")
        if message.events:
            found.add("invite")
        if not r.mine:
            found.add(f"k:{senders.domain_kind(message.sender.email).kind or 'unlisted'}")
        found.update(f"g:{group}" for group in r.groups)
        found.update(f"t:{group}" for group in r.subject_groups)
        subject = _words(normalise(r.subject_key), 20)
        found.update(map("u:".__add__, subject))
        found.update(map("uu:{}_{}".format, subject, subject[1:]))
        body = _words(r.padded, BODY_WORDS)
        found.update(map("w:".__add__, body))
        found.update(map("ww:{}_{}".format, body, body[1:]))
    return found


RULE_PREFIXES = ("s:", "r:", "g:", "t:")  # what the rules read: signals, verdict, phrases


def without_rules(found: Iterable[str]) -> frozenset[str]:
    """Only what any reader sees (who wrote, the words): the rules were written on `dev/`,
    so a model that reads them is judged there on the rules' own families."""
    return frozenset(name for name in found if not name.startswith(RULE_PREFIXES))


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # never exp of a large positive number
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class MessageModel:
    """A logistic regression: P(hiring process) = sigmoid(bias + sum of present weights)."""

    bias: float
    weights: dict[str, float]

    def score(self, found: Iterable[str]) -> float:
        # the features the model never weighed give None: dropped, as a weight of 0 would be
        return self.bias + sum(filter(None, map(self.weights.get, found)))

    def probability(self, found: Iterable[str]) -> float:
        return sigmoid(self.score(found))

    def as_json(self) -> dict:
        return {
            "format": 1,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items())),
        }

    @classmethod
    def from_json(cls, data: dict) -> MessageModel:
        if data.get("format") != 1:
            raise ValueError(f"message model format {data.get('format')!r}, expected 1")
        return cls(float(data["bias"]), {k: float(w) for k, w in data["weights"].items()})


@lru_cache(maxsize=1)  # a resource read once, not a memo (memos.py empties those)
def shipped_model() -> MessageModel:
    """The model the package ships, read once per process."""
    text = resources.files("afterview").joinpath(SHIPPED).read_text(encoding="utf-8")
    return MessageModel.from_json(json.loads(text))
