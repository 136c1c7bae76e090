"""Dates in a statement: full dates, months and years, with their precision.

Matches are found by pattern (month names, ISO dates, years after a
preposition) and each matched string is parsed by ``dateparser`` with the
day, month and year required where the pattern says the text gives them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from functools import cache

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = rf"(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
YEAR = r"(?:19|20)\d\d"

DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\s*(?:,|/)?\s*({YEAR})\b", re.I)
DOTTED = re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.({YEAR})\b")
MONTH_FIRST = re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)({YEAR})\b")  # "September 9,1996" too
_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ISO = re.compile(rf"\b({YEAR})-(\d\d)-(\d\d)\b")
MONTH_YEAR = re.compile(rf"\b({_MON})\s+({YEAR})\b")
END_OF_YEAR = re.compile(rf"\b(?:the\s+)?end\s+of\s+(?:the\s+year\s+)?({YEAR})\b", re.I)
YEAR_AFTER = re.compile(rf"\b(?:in|by|of|since|until|from|to|before|after)\s+(?:the\s+year\s+)?({YEAR})\b(?![,.]?\d)(?!\s*[-‐‑‒–—]\s*\d)", re.I)


@dataclass(frozen=True)
class FoundDate:
    text: str
    start: int
    end: int
    date: dt.date
    precision: str  # "day", "month" or "year"


@cache
def _dateparser():
    import dateparser

    return dateparser


@functools.lru_cache(maxsize=4096)
def parse_day(text: str) -> dt.date | None:
    """A full date (day, month and year) from ``text``; ``None`` if it is not one."""
    parsed = _dateparser().parse(
        text, languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"},
    )
    return parsed.date() if parsed is not None else None


def _month_number(name: str) -> int:
    name = name.rstrip(".")[:3].lower()
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].index(name) + 1


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text``, most precise first where spans overlap, in text order."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(match: re.Match, day: dt.date | None, precision: str, group: int = 0) -> None:
        start, end = match.span(group)
        if day is not None and free(start, end):
            found.append(FoundDate(match.group(group), start, end, day, precision))
            taken.append((start, end))

    for m in DAY_FIRST.finditer(text):
        if m.group(2)[:1].islower() and not m.group(2).lower().startswith(tuple(_MONTH_NAMES)):
            continue
        if m.group(2) == "may":
            continue  # "2 may 2000" is rare, "we may" is not: lower-case "may" is no month
        try:
            add(m, dt.date(int(m.group(3)), _month_number(m.group(2)), int(m.group(1))), "day")
        except ValueError:
            continue
    for m in MONTH_FIRST.finditer(text):
        add(m, parse_day(m.group(0)), "day")
    for m in DOTTED.finditer(text):
        try:
            add(m, dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), "day")  # 14.04.2000: day, month, year
        except ValueError:
            continue
    for m in ISO.finditer(text):
        try:
            add(m, dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
        except ValueError:
            continue
    for m in MONTH_YEAR.finditer(text):
        add(m, dt.date(int(m.group(2)), _month_number(m.group(1)), 1), "month")
    for m in END_OF_YEAR.finditer(text):
        add(m, dt.date(int(m.group(1)), 12, 31), "year")
    for m in YEAR_AFTER.finditer(text):
        add(m, dt.date(int(m.group(1)), 1, 1), "year", 1)
    return sorted(found, key=lambda d: d.start)


def statement_date(text: str, dates: list[FoundDate] | None = None) -> FoundDate | None:
    """The date a statement gives itself: the first full date in its opening lines."""
    dates = find_dates(text) if dates is None else dates
    head = len("\n".join(text.splitlines()[:15]))
    for found in dates:
        if found.precision == "day" and found.start <= max(head, 600):
            return found
    return None
