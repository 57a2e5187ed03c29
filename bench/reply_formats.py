"""How well `split_reply` splits replies written by other people's mail clients.

The fixtures (tests/fixtures/reply_formats/, sources in its SOURCES.md) are copied from the
test suites of public reply parsers: one or more per client and language. Each has its
expected split in expected.json. For each fixture:

- text: the new text `split_reply` returns is the expected one (whitespace aside; the
  fixture's `signature`, when given, may be cut or kept);
- quote: a quote is found exactly when one follows;
- sender: the quote's name and address are the attribution's (those it gives);
- date: the quote's date is the attribution's, as written.

    .venv/bin/python bench/reply_formats.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from afterview.trim import Quote, split_reply  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "reply_formats"


@dataclass(frozen=True, slots=True)
class Outcome:
    file: str
    format: str
    text: bool
    quote: bool
    sender: bool | None  # None: the fixture names no sender
    date: bool | None

    @property
    def right(self) -> bool:
        return self.text and self.quote and self.sender is not False


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def score(case: dict, text: str, quote: Quote | None) -> Outcome:
    """One fixture's outcome for `split_reply`'s answer (`text`, `quote`)."""
    allowed = {_flat(case["text"])}
    if case["signature"]:
        allowed.add(_flat(f"{case['text']}\n{case['signature']}"))
    sender = date = None
    if case["quote"] and (case["name"] or case["email"]):
        sender = quote is not None and all(
            _flat(got) == _flat(want)
            for got, want in ((quote.name, case["name"]), (quote.email, case["email"]))
            if want
        )
    if case["quote"] and case["when"]:
        date = quote is not None and _flat(quote.when) == _flat(case["when"])
    return Outcome(
        file=case["file"],
        format=case["format"],
        text=_flat(text) in allowed,
        quote=(quote is not None) == case["quote"],
        sender=sender,
        date=date,
    )


def outcomes(fixtures: Path = FIXTURES) -> list[Outcome]:
    cases = json.loads((fixtures / "expected.json").read_text(encoding="utf-8"))
    found = []
    for case in cases:
        body = (fixtures / case["file"]).read_text(encoding="utf-8")
        found.append(score(case, *split_reply(body.replace("\r\n", "\n"))))
    return found


def _rate(values: list[bool | None]) -> str:
    counted = [v for v in values if v is not None]
    return f"{sum(counted)}/{len(counted)} ({sum(counted) / len(counted):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list each fixture missed")
    args = parser.parse_args()
    found = outcomes()
    print(f"reply-format fixtures: {len(found)}")
    print(f"  new text right:      {_rate([o.text for o in found])}")
    print(f"  quote found/absent:  {_rate([o.quote for o in found])}")
    print(f"  quoted sender right: {_rate([o.sender for o in found])}")
    print(f"  quoted date right:   {_rate([o.date for o in found])}")
    print(f"  all right:           {_rate([o.right for o in found])}")
    if args.verbose:
        for o in found:
            if not (o.right and o.date is not False):
                wrong = [k for k in ("text", "quote", "sender", "date") if getattr(o, k) is False]
                print(f"  - {o.file} ({o.format}): {', '.join(wrong)}")


if __name__ == "__main__":
    main()
