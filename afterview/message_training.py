"""Training and judging the message model (message_model.py), at build time only.

Nothing at run time imports this: `bench/train_message_model.py` writes the shipped model
with it and measures, by leaving one template family of the corpus out at a time, how the
rules and the model read wording neither was fitted on. Pure Python and deterministic: the
same examples and seed give the same weights, bit for bit, on every run.

A logistic regression over sparse binary features, fitted by AdaGrad with an L2 penalty:
a few thousand examples and some tens of thousands of features train in seconds, and
the result is a bias and one weight per feature, which is all run time needs.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from afterview.corpus_eval import Binary, labels_of
from afterview.detect import (
    HARD_NEGATIVES,
    candidate_addresses,
    detect_readings,
    read_messages,
    signal_names,
)
from afterview.message_model import MessageModel, features, sigmoid, without_rules
from afterview.model import Message
from afterview.ordinary_mail import ordinary_messages
from afterview.parse import read_thread
from afterview.timeline import with_orphan_quotes


@dataclass(frozen=True, slots=True)
class Example:
    """One message read alone (or one whole thread), with what the rules made of it."""

    group: str  # the template family (a top-level directory of the corpus), or "generated"
    features: frozenset[str]
    label: bool
    weight: float
    rule_interview: bool
    rule_confidence: float
    vetoed: bool  # a hard negative fired: the model never decides those


def read_example(
    messages: Sequence[Message], me: str | Collection[str], group: str, label: bool, weight: float
) -> Example:
    """`messages` read as `timeline.thread_facts` reads them, by the rules alone."""
    messages = with_orphan_quotes(messages)
    readings = read_messages(messages, candidate_addresses(messages, me))
    detection = detect_readings(readings, with_model=False)  # what the model corrects
    names = signal_names(detection)
    return Example(
        group,
        frozenset(features(readings, detection)),
        label,
        weight,
        detection.interview,
        detection.confidence,
        bool(HARD_NEGATIVES.intersection(names)),
    )


def ordinary_examples(directory: Path, split: str, weight: float) -> list[Example]:
    """The ordinary mail of one split (`ordinary_mail.py`), each message read alone by its
    owner: almost all of it no hiring process, as most of a mailbox is not."""
    return [
        read_example([message], label["me"], "ordinary", label["job"] == "candidate", weight)
        for label, message in ordinary_messages(directory, split)
    ]


def corpus_examples(directory: Path) -> tuple[list[Example], list[Example]]:
    """(messages, threads) of one corpus split, as `corpus_eval.evaluate_corpus` reads them:
    each message alone, oldest first, with its `messages` flag; each thread whole."""
    messages: list[Example] = []
    threads: list[Example] = []
    for label in labels_of(directory):
        path, me = label["path"], label["me"]
        family = path.split("/", 1)[0]
        thread = read_thread(directory / path)
        threads.append(read_example(thread, me, family, bool(label["interview"]), 1.0))
        flags = label.get("messages") or []
        ordered = sorted(thread, key=lambda m: m.date)
        if len(flags) == len(ordered):
            for flag, message in zip(flags, ordered, strict=True):
                messages.append(read_example([message], me, family, bool(flag), 1.0))
    return messages, threads


def fit(
    examples: Sequence[Example],
    *,
    epochs: int = 10,
    rate: float = 0.2,
    l2: float = 1e-3,
    min_count: int = 2,
    word_scale: float = 1.0,
    seed: int = 0,
) -> tuple[float, dict[str, float]]:
    """(bias, weights): the logistic regression of `label` on `features`, examples weighted.

    Features seen in fewer than `min_count` examples get no weight: a word one template
    used once is that template, not a kind of mail. Word features enter the fit with the
    value `word_scale` instead of 1: under the same penalty a word then needs more evidence
    to move the score than a rule signal does (the returned weights are per present
    feature, the scale folded in, so reading the model needs no scale).
    """
    counts = Counter(name for example in examples for name in example.features)
    names = sorted(name for name, n in counts.items() if n >= min_count)
    index = {name: i for i, name in enumerate(names)}
    values = [word_scale if _is_word(name) else 1.0 for name in names]
    rows = [
        (sorted(index[f] for f in e.features if f in index), 1.0 if e.label else 0.0, e.weight)
        for e in examples
    ]
    weights = [0.0] * len(names)
    squares = [1e-8] * len(names)
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            row, target, weight = rows[i]
            z = bias + sum(weights[j] * values[j] for j in row)
            g = (sigmoid(z) - target) * weight
            for j in row:
                gj = g * values[j] + l2 * weights[j]
                squares[j] += gj * gj
                weights[j] -= rate * gj / math.sqrt(squares[j])
            bias_square += g * g
            bias -= rate * g / math.sqrt(bias_square)
    return bias, {name: w * v for name, w, v in zip(names, weights, values, strict=True) if w}


def _is_word(name: str) -> bool:
    return name.startswith(("w:", "ww:", "u:", "uu:"))


def rounded(bias: float, weights: dict[str, float]) -> MessageModel:
    """The model as a file holds it: weights to three decimals, those that round to 0 left out."""
    kept = {name: round(w, 3) for name, w in weights.items() if round(w, 3)}
    return MessageModel(round(bias, 3), kept)


def words_only(examples: Iterable[Example]) -> list[Example]:
    """The examples without the rules' features (`message_model.without_rules`)."""
    return [replace(e, features=without_rules(e.features)) for e in examples]


# ------------------------------------------------------------------ leave one family out


@dataclass(frozen=True, slots=True)
class Held:
    """A held-out example and the probability a model fitted without its family gave it."""

    example: Example
    probability: float


@dataclass(frozen=True, slots=True)
class Combination:
    """How the rules and the model make one decision. The rules decide, except: the model
    decides where the rule confidence is in `unsure` (lowest inclusive, highest exclusive),
    and elsewhere it overturns a rule "yes" when its probability is below `yes_below` and a
    rule "no" when its probability is above `no_above`. A hard negative is always the
    rules' to say (a podcast, a job alert, the user's own hiring), and a rule "yes" at a
    confidence of `sure_from` or more is never overturned.
    """

    name: str
    unsure: tuple[float, float] = (0.0, 0.0)
    yes_below: float = 0.0
    no_above: float = 1.0
    sure_from: float = 2.0  # a rule "yes" this confident is never overturned

    def decide(self, held: Held) -> bool:
        e, p = held.example, held.probability
        if e.vetoed:
            return e.rule_interview
        if self.unsure[0] <= e.rule_confidence < self.unsure[1]:
            return p >= 0.5
        if e.rule_interview:
            return e.rule_confidence >= self.sure_from or p >= self.yes_below
        return p > self.no_above


RULES_ALONE = Combination("rules alone")
MODEL_EVERYWHERE = Combination("model everywhere", unsure=(0.0, 2.0))


def leave_one_family_out(
    messages: Sequence[Example],
    threads: Sequence[Example],
    extra: Sequence[Example] = (),
    **fitting,
) -> tuple[list[Held], list[Held]]:
    """Each family's messages and threads scored by a model fitted on every other family's
    messages (and `extra`, e.g. generated mail), never on its own."""
    families = sorted({e.group for e in messages} | {e.group for e in threads})
    held_messages: list[Held] = []
    held_threads: list[Held] = []
    for family in families:
        train = [e for e in messages if e.group != family] + list(extra)
        bias, weights = fit(train, **fitting)
        model = MessageModel(bias, weights)
        for source, sink in ((messages, held_messages), (threads, held_threads)):
            sink.extend(Held(e, model.probability(e.features)) for e in source if e.group == family)
    return held_messages, held_threads


def leave_families_out(
    messages: Sequence[Example],
    threads: Sequence[Example],
    families: frozenset[str],
    extra: Sequence[Example] = (),
    **fitting,
) -> tuple[list[Held], list[Held]]:
    """The messages and threads of `families` scored by one model fitted on every other
    family's messages (and `extra`), none of theirs: wording the model never saw, as a
    growth's families are unseen to rules older than it."""
    train = [e for e in messages if e.group not in families] + list(extra)
    model = MessageModel(*fit(train, **fitting))
    return tuple(  # type: ignore[return-value]
        [Held(e, model.probability(e.features)) for e in source if e.group in families]
        for source in (messages, threads)
    )


def score(held: Iterable[Held], combination: Combination) -> Binary:
    """Precision and recall of `combination`'s decisions on held-out examples."""
    counts = Binary()
    for h in held:
        counts.add(h.example.label, combination.decide(h))
    return counts
