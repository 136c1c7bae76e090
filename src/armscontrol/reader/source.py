"""Reading a statement: bytes in, plain text out, within a bounded size.

A statement is plain text, Markdown or HTML, encoded as UTF-8 (with or without
a byte-order mark) or UTF-16 with a byte-order mark. Anything else (a PDF, an
image, a word-processor file) is refused with a one-line error, as is an empty
file and a file over :data:`MAX_BYTES`.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from armscontrol import limits
from armscontrol.errors import UserError

MAX_BYTES = limits.READER_MAX_BYTES
"""Largest statement read, in bytes (about 30,000 words: a long speech). Larger input is refused."""

_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "title",
    "section",
    "article",
    "blockquote",
    "pre",
}
_SKIP_TAGS = {"script", "style", "head"}


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skipping:
            self.skipping -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or len(re.findall(r"</?(p|div|br|body|span|li)\b", head)) >= 2


def html_to_text(text: str) -> str:
    """The readable text of an HTML page, one line per block."""
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    joined = "".join(parser.parts)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", joined).strip()


def decode(data: bytes, *, where: str) -> str:
    """Text from ``data``; binary or empty input is a :class:`UserError` naming ``where``."""
    if len(data) > MAX_BYTES:
        raise UserError(
            f"{where}: more than {MAX_BYTES:,} bytes, the reader's limit; split the statement or keep the passages "
            f"you need"
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise UserError(f"{where}: not readable as UTF-16 text despite its byte-order mark") from None
    else:
        if b"\x00" in data:
            raise UserError(
                f"{where}: binary data, not text; give a text, Markdown or HTML file (for a PDF, copy its text first)"
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise UserError(
                f"{where}: not UTF-8 text (byte {exc.start} cannot be decoded); save the statement as UTF-8 text, "
                f"Markdown or HTML"
            ) from None
    controls = sum(1 for c in text[:4000] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 8:
        raise UserError(f"{where}: binary data, not text; give a text, Markdown or HTML file")
    if looks_like_html(text):
        text = html_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UserError(
            f"{where}: empty statement; give a file with the statement's text, or '-' to read standard input"
        )
    return text


def read_source(path: str) -> tuple[str, str]:
    """The text of the file at ``path`` (``-``: standard input) and the name to cite it by."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return decode(data, where="standard input"), "standard input"
    file = Path(path)
    if not file.exists():
        raise UserError(f"{path}: no such file")
    if file.is_dir():
        raise UserError(f"{path}: is a folder; give a text, Markdown or HTML file")
    with file.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    return decode(data, where=path), path
