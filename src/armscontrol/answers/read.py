"""The statement reader's answer: instruments, figures, claims judged by the regime engines, places, a draft scenario."""

from __future__ import annotations

import datetime as dt

from armscontrol.reader.models import ReadAnswer

__all__ = ["ReadAnswer", "read"]


def read(data: str | bytes, on: str | dt.date | None = None, *, where: str = "statement") -> ReadAnswer:
    """Read a statement (text, Markdown or HTML; bytes are decoded as UTF-8) as of a date (default: found in it, else today)."""
    from armscontrol.reader import read_bytes, read_text

    if isinstance(data, bytes):
        return read_bytes(data, on, where=where)
    return read_text(data, on)
