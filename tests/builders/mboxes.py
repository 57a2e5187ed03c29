"""Builders of mail files as people have them: mbox files holding one thread or many
(a Gmail Takeout, with X-GM-THRID and X-Gmail-Labels), `.eml` files, directories of both.

    takeout = (
        an_mbox()
        .message(thread="1001", sender=RECRUITER, subject="Interview", body="...", at=...)
        .message(thread="2002", sender=NEWSLETTER, subject="Tips", body="...", at=...)
        .message(thread="1001", sender=ME, subject="Re: Interview", body="...", at=...)
        .write(tmp_path / "All mail Including Spam and Trash.mbox")
    )

Messages are written in the order given (a Takeout interleaves its threads). `thread`
sets X-GM-THRID; `labels` sets X-Gmail-Labels; replies name what they answer with
`in_reply_to` (References is filled in the same).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from gmail_sandbox.rawmail import compose

_BODY_FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)


def mbox_bytes(*raws: bytes, at: datetime = datetime(2026, 1, 1, tzinfo=UTC)) -> bytes:
    """Raw messages as one mbox (mboxo: body lines starting "From " escaped)."""
    envelope = f"From 1234567890123456789@xxx {format_datetime(at)}\n".encode()
    return b"".join(envelope + _BODY_FROM_LINE.sub(rb">\1", raw) + b"\n" for raw in raws)


class MboxBuilder:
    def __init__(self) -> None:
        self.raws: list[bytes] = []

    def message(
        self,
        *,
        sender: str,
        to: str,
        subject: str,
        body: str,
        at: datetime,
        thread: str | None = None,
        labels: str | None = None,
        message_id: str | None = None,
        in_reply_to: str | None = None,
        references: tuple[str, ...] = (),
    ) -> MboxBuilder:
        headers = {}
        if thread is not None:
            headers["X-GM-THRID"] = thread
        if labels is not None:
            headers["X-Gmail-Labels"] = labels
        self.raws.append(
            compose(
                sender=sender,
                to=to,
                subject=subject,
                body=body,
                date=at,
                message_id=message_id or f"<m{len(self.raws) + 1}.{at:%Y%m%d%H%M}@mail.example>",
                in_reply_to=in_reply_to,
                references=references or ((in_reply_to,) if in_reply_to else ()),
                extra_headers=headers,
            )
        )
        return self

    def raw(self, raw: bytes) -> MboxBuilder:
        """Any bytes as the next message (broken mail, for instance)."""
        self.raws.append(raw)
        return self

    def bytes(self) -> bytes:
        return mbox_bytes(*self.raws)

    def write(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.bytes())
        return path


def an_mbox() -> MboxBuilder:
    return MboxBuilder()
