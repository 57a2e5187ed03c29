"""HTML email bodies as plain text, without a browser.

The text is what a reader would see: no markup, no script or style content, entities
unescaped, one line per block element or <br>, table cells separated by a space.
Text inside <blockquote> comes out with "> " in front of each line, the way plain-text
mail quotes, so `afterview.trim` removes quoted replies from HTML and plain mail alike.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Elements whose content is never shown to a reader of the mail.
_HIDDEN = frozenset(
    {"script", "style", "head", "title", "template", "svg", "math", "xml", "iframe", "object"}
)
# Elements that start and end a line of their own.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr"})
_CELLS = frozenset({"td", "th"})
# HTML whitespace plus the invisible characters newsletters pad their preheaders with.
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u034f\u00ad\x00-\x08\x0b\x0e-\x1f\x7f]")
_BLANK_RUNS = re.compile(r"\n{3,}")
_LINE_SEPARATOR = "\ue000"  # private use: in neither _SPACES nor _INVISIBLE
# Used only when HTMLParser itself gives up.
_FALLBACK_HIDDEN = re.compile(
    r"<(script|style|head|title|template)\b.*?(?:</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_FALLBACK_BREAKS = re.compile(r"<(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|hr)\b[^>]*>", re.IGNORECASE)
_FALLBACK_TAGS = re.compile(r"<[^>]*>|<[^>]*\Z")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, list[str]]] = [(0, [])]  # (quote depth, pieces)
        self.hidden: list[str] = []
        self.quote_depth = 0
        self.pre_depth = 0

    def _new_line(self) -> None:
        depth, pieces = self.lines[-1]
        if pieces or depth != self.quote_depth:
            self.lines.append((self.quote_depth, []))

    def _break(self, tag: str) -> None:
        self._new_line()
        if tag in _PARAGRAPHS:  # an empty line around paragraphs; runs collapse later
            self.lines.append((self.quote_depth, []))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden.append(tag)
            return
        if tag == "body":  # a <head> nobody closed ends where the body begins
            self.hidden = [t for t in self.hidden if t not in ("head", "title")]
        if self.hidden:
            return
        if tag == "br":
            self.lines.append((self.quote_depth, []))
        elif tag in _CELLS:
            self.lines[-1][1].append(" ")
        elif tag in _BLOCKS:
            if tag == "blockquote":
                self._new_line()
                self.quote_depth += 1
            elif tag == "pre":
                self.pre_depth += 1
            self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <img .../>: no content, so no end tag to wait for.
        if tag not in _HIDDEN:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            if tag in self.hidden:
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        if self.hidden:
            return
        if tag in _BLOCKS:
            if tag == "blockquote" and self.quote_depth:
                self._new_line()
                self.quote_depth -= 1
            elif tag == "pre" and self.pre_depth:
                self.pre_depth -= 1
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.pre_depth:
            first, *rest = data.replace("\r\n", "\n").split("\n")
            self.lines[-1][1].append(first)
            for line in rest:
                self.lines.append((self.quote_depth, [line]))
        else:
            self.lines[-1][1].append(data)

    def text(self) -> str:
        # One pass of each pattern over all the lines (joined by a character neither pattern
        # touches), not two per line: an HTML mail has hundreds of lines.
        joined = _LINE_SEPARATOR.join(
            "".join(pieces).replace(_LINE_SEPARATOR, "") for _, pieces in self.lines
        )
        cleaned = _SPACES.sub(" ", _INVISIBLE.sub("", joined)).split(_LINE_SEPARATOR)
        out: list[str] = []
        for (depth, _), line in zip(self.lines, cleaned, strict=True):
            line = line.strip()
            if depth and line:
                line = "> " * depth + line
            out.append(line)
        return _BLANK_RUNS.sub("\n\n", "\n".join(out)).strip()


def html_to_text(markup: str) -> str:
    """The readable text of an HTML document or fragment; never raises."""
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
        return collector.text()
    except Exception:  # HTMLParser is tolerant, but not promised to be total
        return _strip_tags(markup)


def _strip_tags(markup: str) -> str:
    text = _FALLBACK_HIDDEN.sub(" ", markup)
    text = _FALLBACK_BREAKS.sub("\n", text)
    text = html.unescape(_FALLBACK_TAGS.sub(" ", text))
    lines = (_SPACES.sub(" ", _INVISIBLE.sub("", line)).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()
