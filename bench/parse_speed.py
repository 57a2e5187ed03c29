"""How fast parse_message is: `.venv/bin/python bench/parse_speed.py` from the repo root.

Not a test (timed tests flake); the figures go in reports. Messages per second on one core
for a typical 10 KB multipart/alternative reply, an HTML-only message of the same size, and
the whole corpus of tests/data/messages.
"""

from __future__ import annotations

import time
from email.message import EmailMessage
from pathlib import Path

from afterview.parse import parse_message

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

PARAGRAPH = (
    "Hi Sam, thank you for your time on the phone yesterday. We would like to invite you to a "
    "panel interview with the platform team next week; it takes about 45 minutes. "
)


def typical_reply(*, with_plain: bool = True) -> bytes:
    message = EmailMessage()
    message["From"] = "Jane Recruiter <jane.recruiter@acme.example>"
    message["To"] = 'Sam Seeker <sam@example.com>, "Lee, Hiring Manager" <lee@acme.example>'
    message["Subject"] = "Re: Interview availability"
    message["Date"] = "Tue, 02 Jun 2026 10:00:00 -0700"
    message["Message-ID"] = "<CAF1234.reply@mail.acme.example>"
    message["In-Reply-To"] = "<sam-1@mail.example.com>"
    message["References"] = "<jane-0@mail.acme.example> <sam-1@mail.example.com>"
    message["Received"] = "from mail.acme.example by mx.example.com; Tue, 2 Jun 2026 17:00:05 +0000"
    paragraphs = [PARAGRAPH * 2] * 14
    quote = "On Mon, Jun 1, 2026 at 9:12 AM Sam <sam@example.com> wrote:\n> Hi Jane,\n> Sam\n"
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    if with_plain:
        message.set_content("\n\n".join(paragraphs) + "\n\nBest,\nJane\n\n" + quote)
        message.add_alternative(html, subtype="html")
    else:
        message.set_content(html * 2, subtype="html")
    return message.as_bytes()


def rate(messages: list[bytes], seconds: float = 3.0) -> float:
    for raw in messages:  # warm caches (codecs, regexes) before timing
        parse_message(raw)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for raw in messages:
            parse_message(raw)
        done += len(messages)
    return done / (time.perf_counter() - start)


def main() -> None:
    corpus = [p.read_bytes() for p in sorted((DATA / "messages").glob("*.eml"))]
    corpus = [raw for raw in corpus if raw.strip()]
    for label, messages in [
        ("multipart/alternative reply", [typical_reply()]),
        ("HTML-only message", [typical_reply(with_plain=False)]),
        ("corpus (tests/data/messages)", corpus),
    ]:
        size = sum(map(len, messages)) // len(messages)
        print(f"{label:32s} {size / 1024:5.1f} KB  {rate(messages):7.0f} messages/s")


if __name__ == "__main__":
    main()
