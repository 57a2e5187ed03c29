"""The message model (afterview/message_model.py), its trainer and the leave-one-family-out
measure (bench/train_message_model.py). The model is not shipped (measured twice on
6 December, docs/benchmarks.md): these check the parts the measurement rests on."""

from __future__ import annotations

import importlib.util
import io
import json
import math
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.corpus_eval import evaluate_corpus, labels_of
from afterview.detect import detect_readings, read_thread
from afterview.message_model import MessageModel, features, sigmoid, without_rules
from afterview.message_training import (
    MODEL_EVERYWHERE,
    RULES_ALONE,
    Combination,
    Example,
    Held,
    fit,
    leave_families_out,
    leave_one_family_out,
    rounded,
)
from afterview.model import Address, Message

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "real" / "dev"
ME = "sam.seeker@example.com"


def _bench_script():
    spec = importlib.util.spec_from_file_location(
        "train_message_model", ROOT / "bench" / "train_message_model.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _greenhouse_invite() -> Message:
    return Message(
        message_id="<1@greenhouse>",
        date=datetime(2026, 3, 2, 15, 0, tzinfo=UTC),
        sender=Address("no-reply@us.greenhouse-mail.io", "Orchard Health"),
        subject="Interview invitation: Data Analyst",
        text="Hi Sam, we would like to invite you to a phone screen on March 4 at 2 pm.",
        to=(Address(ME),),
    )


def test_features_are_the_rules_verdict_the_sender_and_the_words():
    readings = read_thread([_greenhouse_invite()], ME)
    rules = detect_readings(readings)
    found = features(readings, rules)

    assert rules.interview
    assert {
        "s:ats_sender",
        "theirs",
        "k:ats",
        "u:interview",
        "w:invite",
        "ww:phone_screen",
    } <= found
    assert f"r:yes:{min(9, int(rules.confidence * 10))}" in found
    assert "w:0" in found and "w:4" not in found  # numbers read as one word: "0"
    assert any(name.startswith("g:") for name in found)  # the phrase groups found
    words = without_rules(found)
    assert not any(name.startswith(("s:", "r:", "g:", "t:")) for name in words)
    assert {"k:ats", "u:interview", "w:invite"} <= words


def test_the_candidates_own_message_reads_as_mine_without_a_sender_kind():
    note = Message(
        message_id="<2@me>",
        date=datetime(2026, 3, 5, 9, 0, tzinfo=UTC),
        sender=Address(ME),
        subject="Thank you",
        text="Thank you for your time yesterday.",
        to=(Address("jo@orchard.example"),),
    )
    readings = read_thread([note], ME)
    found = features(readings, detect_readings(readings))
    assert "mine" in found and "theirs" not in found
    assert not any(name.startswith("k:") for name in found)


def test_probability_is_the_logistic_of_the_bias_and_the_present_weights():
    model = MessageModel(0.5, {"a": 1.0, "b": -2.0})
    assert model.probability({"a", "unknown"}) == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert model.probability({"a", "b"}) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert sigmoid(-800.0) == 0.0 and sigmoid(800.0) == 1.0  # no overflow either way
    again = MessageModel.from_json(json.loads(json.dumps(model.as_json())))
    assert again == model
    with pytest.raises(ValueError, match="format"):
        MessageModel.from_json({"format": 2, "bias": 0, "weights": {}})


def _example(names: set[str], label: bool, group: str = "f", weight: float = 1.0) -> Example:
    return Example(group, frozenset(names), label, weight, False, 0.0, False)


def test_fit_learns_what_separates_the_labels_the_same_every_time():
    examples = [_example({"x", "both"}, True) for _ in range(5)]
    examples += [_example({"y", "both"}, False) for _ in range(5)]
    examples.append(_example({"once"}, True))
    bias, weights = fit(examples)
    assert weights["x"] > 0 > weights["y"]
    assert "once" not in weights  # seen in one example only: no weight
    assert fit(examples) == (bias, weights)
    model = rounded(bias, weights)
    assert model.probability({"x", "both"}) > 0.5 > model.probability({"y", "both"})


def test_a_family_is_scored_by_a_model_that_never_saw_it():
    # the same word means opposite things in the two families: each held-out family is
    # read by the other's lesson, so it comes out wrong, which it would not if it were seen
    one = [_example({"w", "a"}, True, "one") for _ in range(4)]
    two = [_example({"w", "b"}, False, "two") for _ in range(4)]
    messages, threads = leave_one_family_out(one + two, [])
    assert len(messages) == 8 and not threads
    for held in messages:
        if held.example.group == "one":
            assert held.probability < 0.5
        else:
            assert held.probability > 0.5


def test_families_scored_together_are_unseen_by_the_one_model_that_reads_them():
    # "one" and "two" share a lesson that "three" contradicts: left out one at a time, each
    # would learn it from the other; left out together, both are read by "three"'s lesson
    one = [_example({"w", "a"}, True, "one") for _ in range(4)]
    two = [_example({"w", "b"}, True, "two") for _ in range(4)]
    three = [_example({"w", "c"}, False, "three") for _ in range(4)]
    alone, _ = leave_one_family_out(one + two + three, [])
    assert all(h.probability > 0.5 for h in alone if h.example.group != "three")
    messages, threads = leave_families_out(one + two + three, one[:1], frozenset({"one", "two"}))
    assert len(messages) == 8 and len(threads) == 1
    assert all(h.probability < 0.5 for h in messages + threads)


def test_a_confident_rule_yes_is_never_overturned_when_asked():
    def held(confidence: float, p: float) -> Held:
        return Held(Example("f", frozenset(), True, 1.0, True, confidence, False), p)

    careful = Combination("careful", yes_below=0.2, sure_from=0.7)
    assert careful.decide(held(0.7, 0.01)) and careful.decide(held(0.95, 0.0))
    assert not careful.decide(held(0.6, 0.1)) and careful.decide(held(0.6, 0.3))


def test_rules_at_passes_the_other_options_on():
    rest, values = _bench_script()._without_options(
        ["--rules-at", "abc", "--families=x,y", "--together"], ("--rules-at", "--families")
    )
    assert rest == ["--together"] and values == {"--rules-at": "abc", "--families": "x,y"}


def test_a_combination_leaves_hard_negatives_and_sure_rules_alone():
    def held(rule: bool, confidence: float, p: float, vetoed: bool = False) -> Held:
        return Held(Example("f", frozenset(), True, 1.0, rule, confidence, vetoed), p)

    band = Combination("unsure", unsure=(0.2, 0.8))
    overturn = Combination("overturn", yes_below=0.1, no_above=0.9)
    assert band.decide(held(False, 0.3, 0.9)) and not band.decide(held(True, 0.6, 0.2))
    assert band.decide(held(True, 0.9, 0.0)) and not band.decide(held(False, 0.1, 1.0))
    assert not MODEL_EVERYWHERE.decide(held(False, 0.25, 0.99, vetoed=True))
    assert MODEL_EVERYWHERE.decide(held(False, 0.0, 0.6))
    assert overturn.decide(held(False, 0.0, 0.95)) and not overturn.decide(held(False, 0.0, 0.85))
    assert not overturn.decide(held(True, 1.0, 0.05)) and overturn.decide(held(True, 1.0, 0.15))
    assert RULES_ALONE.decide(held(True, 0.5, 0.0)) and not RULES_ALONE.decide(held(False, 0, 1))


FIXTURE_FAMILIES = ("auto_replies", "bamboohr", "candidate_short_replies")


def test_leave_one_family_out_on_a_small_corpus(tmp_path):
    lines = [
        json.dumps(label)
        for label in labels_of(DEV)
        if label["path"].split("/", 1)[0] in FIXTURE_FAMILIES
    ]
    (tmp_path / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for family in FIXTURE_FAMILIES:
        shutil.copytree(DEV / family, tmp_path / family)
    out = io.StringIO()

    _bench_script().lofo_report(tmp_path, threads=0, out=out)

    text = out.getvalue()
    assert "3 families" in text and f"{len(lines)} threads" in text
    rows = {
        name: figures.split()
        for name, figures in (
            re.split(r"\s{2,}(?=\d)", line.strip(), maxsplit=1)
            for line in text.splitlines()[2:]
            if re.search(r"\d / \d", line)
        )
    }
    # the rules alone need no fitting: their row is what `afterview eval --corpus` says
    scores = evaluate_corpus(tmp_path)
    m, t = scores.messages, scores.threads
    assert rows["rules alone"] == [
        f"{m.precision:.3f}",
        "/",
        f"{m.recall:.3f}",
        f"{t.precision:.3f}",
        "/",
        f"{t.recall:.3f}",
    ]
    assert "rules + model everywhere" in rows and "words-only model everywhere" in rows
