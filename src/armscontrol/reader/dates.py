"""Dates in a statement: full dates, months and years, with their precision.

Matches are found by pattern (month names, ISO dates, years after a
preposition) and each matched string is parsed by ``dateparser`` with the
day, month and year required where the pattern says the text gives them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MON = rf"(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
YEAR = r"(?:19|20)\d\d"

# ("14-Apr-2000": hyphens between)
DAY_FIRST = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)({_MON})(?:\s*(?:,|/)?\s*|-)({YEAR})\b", re.I)
DOTTED = re.compile(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.({YEAR})\b")
# "Berlin, 21.10.18 – Außenminister Heiko Maas sagte heute": a dateline's day with a two-digit year
# ("... lors de la dernière session plénière de la Conférence d'examen du TNP (28.05.10)": a heading's own day)
DOTTED_DATELINE = re.compile(
    r"(?:^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?,[ \t]+|\()(?P<all>(\d{1,2})\.(\d{1,2})\.(\d{2}))(?!\d|\.\d)",
    re.M,
)
MONTH_FIRST = re.compile(
    rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,\s*|\s+)({YEAR})\b"
)  # "September 9,1996" too
# The Russian Foreign Ministry's statement number and its day, month and year heading the page: "136-04-02-2026".
NUMBERED_DAY = re.compile(rf"^[ \t]*\d{{1,4}}-(\d{{2}})-(\d{{2}})-({YEAR})\b", re.M)
_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ISO = re.compile(rf"\b({YEAR})-(\d\d)-(\d\d)(?:\b|(?=T\d\d:\d\d))")  # "2025-06-25T03:17+0000" too
# A day with a Russian month in its short form, as agencies of the region stamp their pages in any language ("30 сен
# 2021, 13:55")
_RUSSIAN_MONTHS = {
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "мая": 5,
    "май": 5,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
}
RUSSIAN_SHORT_DAY = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(_RUSSIAN_MONTHS)})[а-я]{{0,5}}\.?\s+({YEAR})\b", re.I)
# A stored record's stamp of its month ("date 2021-01" at the head of a line): the year and month of the statement.
STAMP_MONTH = re.compile(rf"^[ \t]*[Dd]ate:?[ \t]+((?P<year>{YEAR})-(?P<month>\d\d))(?![-\d])", re.M)
# "2001/11/12": year, month, day, as some conference papers head their statements.
SLASHED_ISO = re.compile(rf"(?<![\d/])({YEAR})/(\d{{1,2}})/(\d{{1,2}})(?![\d/])")
MONTH_YEAR = re.compile(rf"\b({_MON})\s+({YEAR})\b")
# A telegram's date-time group: "O P 012125Z DEC 78" (day, hour and minute in UTC, month, two-digit year).
DATE_TIME_GROUP = re.compile(
    r"(?<![\w])(\d{2})(?:[01]\d|2[0-3])[0-5]\dZ\s+(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(\d{2})(?!\w)"
)
END_OF_YEAR = re.compile(rf"\b(?:the\s+)?end\s+of\s+(?:the\s+year\s+)?({YEAR})\b", re.I)
# "5/15/2023", "08/24/92": month, day and year as US releases write them (day first where the first number exceeds 12).
NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\d/])")
# A dateline at the head of a line or paragraph that gives the day without the year: "NEW YORK, 8 September (UN
# Headquarters) --", "Washington, June 1": the place (one to four capitalised words), a comma, the day.
DATELINE = re.compile(
    # (after a stamp of the record on the same line: "date 2026-02-04 WASHINGTON, February 5. /TASS/.")
    rf"^[ \t]*(?:(?:[Dd]ate:?[ \t]+)?{YEAR}-\d\d-\d\d[ \t]+)?"
    # ("VIENNA. June 18 —": a place in capitals and a full stop, as newspapers of the 1970s set it)
    rf"(?:[A-Z][\w.'’-]*(?:[ \t]+|,[ \t]*)){{0,3}}[A-Z][\w.'’-]*"
    r"(?:,|(?<=[A-Z]{3})\.(?=[ \t]+\w+[ \t]+\d+[ \t]*[-–—]))[ \t]+"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<m1>{_MON})"
    rf"|(?P<m2>{_MON})[ \t]+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\w,]*[ \t]*,?[ \t]*\d)",
    re.M,
)
# A release's number and its day: "United Nations Press Release SG/SM/6326, 15 September".
RELEASE_DAY = re.compile(
    rf"\b(?:Press\s+Release|Release)\s+[A-Z][\w/.-]*\d[\w/.-]*,\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MON})|(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}}))(?![\w]*,?\s*\d)"
)
# An event told in prose with its day ("Ghana signed the CTBT on 3 October 1996", "signed in Moscow on May 24, 2002"):
# the event's date, not the statement's.
_EVENT_BEFORE = re.compile(
    r"\b(?:signed|ratified|deposited|adopted|concluded|opened\s+for\s+signature|entered\s+into\s+force|acceded|established|held"
    r"|expired|ended|began|met|took\s+place|came\s+into\s+force)\b"
    r"[^.;\n]{0,60}$",
    re.I,
)
# A day whose sentence goes on in the future ("On January 22, 2021, the ban will come into force") or in the past
# where the text then speaks of its own "today" ("On April 5, 2009, in Prague, President Obama presented ... Today, the
# G8 leaders endorsed"): an event's day.
_FUTURE_AFTER = re.compile(r"[^.;\n]{0,80}?\b(?:will|shall)\b", re.I)
_PAST_AFTER = re.compile(r",[^.;\n]{0,80}?\b[a-z]+ed\b")
# A day announced ahead ("the ban will come into force on January 22, 2021"): not the statement's.
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+to|to\s+be)\b[^.;\n]{0,60}$", re.I)
# The end of a range or of a pair of days: "14-16 September 1997", "on 24 and 25 September 2009".
_RANGE_BEFORE = re.compile(r"\d\s*(?:[-‐‑‒–—]|\s(?:and|&|to)\s)\s*$")
# A statement reported with its day but no year ("said Mr. Ryabkov ... at the session in Astana, on August 30"):
# the statement's day, in the year of the report.
SAID_ON = re.compile(
    # (not the day of what was said: "said earlier this week that the New START treaty expires on February 5")
    rf"\b(?:said|stated|declared|told|noted|remarked|emphasi[sz]ed|announced)\b"
    rf"(?:(?!\bthat\b)[^.\n]|(?<=Mr)\.|(?<=Ms)\.|(?<=Dr)\.|(?<=Mrs)\.){{0,160}}?\bon\s+"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MON})|(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\w]*,?\s*\d)"
)
# "The corresponding document was published today, February 28, on the legal information portal": the day a report
# gives as today's, without its year
TODAY_DAY = re.compile(
    rf"\b[Tt]oday,\s+(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MON})|(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?![\w]*,?\s*\d)"
)
# A day given as this weekday and no year, as French reports give the day of a speech ("a-t-elle fait savoir ce
# lundi 25 janvier", glossed "this Monday 25 January"; "set to begin on Monday 24 April" is an event's day, not read)
WEEKDAY_DAY = re.compile(
    r"\b(?:this|This)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<m1>{_MON})|(?P<m2>{_MON})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r"(?![\w]*,?\s*\d)"
)
# A quotation's attribution with its full date ("... has signed it," said Retno, Tuesday, July 11, 2023): the day the
# words were said, wherever it stands.
ATTRIBUTED = re.compile(
    r"\b(?:said|stated|told|added|declared|noted|stressed|emphasi[sz]ed|announced)\s+(?:[A-Z][\w.'’-]*\s+){0,3}?"
    r"[A-Z][\w.'’-]*,?\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$"
)
YEAR_AFTER = re.compile(
    rf"\b(?:in|by|of|since|until|from|to|before|after)\s+(?:the\s+year\s+)?({YEAR})\b(?![,.]?\d)(?!\s*[-‐‑‒–—]\s*\d)",
    re.I,
)


@dataclass(frozen=True)
class FoundDate:
    text: str
    start: int
    end: int
    date: dt.date
    precision: str  # "day", "month" or "year"


@cache
def _dateparser():
    import dateparser  # on first use: heavy (dateparser and its locale data)

    return dateparser


@functools.lru_cache(maxsize=4096)
def parse_day(text: str) -> dt.date | None:
    """A full date (day, month and year) from ``text``; ``None`` if it is not one."""
    parsed = _dateparser().parse(
        text,
        languages=["en"],
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
        first, second = int(m.group(1)), int(m.group(2))
        if second > 12 >= first:
            first, second = second, first  # "05.20.2024, 22:59": month first, as the day cannot be the second
        try:
            add(m, dt.date(int(m.group(3)), second, first), "day")  # 14.04.2000: day, month, year
        except ValueError:
            continue
    for m in DOTTED_DATELINE.finditer(text):
        try:
            add(m, dt.date(_full_year(int(m.group(4))), int(m.group(3)), int(m.group(2))), "day", group=1)
        except ValueError:
            continue
    for m in ISO.finditer(text):
        try:
            add(m, dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
        except ValueError:
            continue
    for m in RUSSIAN_SHORT_DAY.finditer(text):
        try:
            add(m, dt.date(int(m.group(3)), _RUSSIAN_MONTHS[m.group(2).lower()], int(m.group(1))), "day")
        except ValueError:
            continue
    for m in STAMP_MONTH.finditer(text):
        if 1 <= int(m.group("month")) <= 12:
            add(m, dt.date(int(m.group("year")), int(m.group("month")), 1), "month", group=1)
    for m in NUMBERED_DAY.finditer(text):
        try:
            numbered = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        found.append(FoundDate(text[start : m.end(3)], start, m.end(3), numbered, "day"))  # the number with its day
        taken.append((start, m.end(3)))
    for m in SLASHED_ISO.finditer(text):
        try:
            add(m, dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
        except ValueError:
            continue
    for m in NUMERIC.finditer(text):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if len(m.group(3)) == 2:
            year = _full_year(year)
        month, day = (second, first) if first > 12 else (first, second)
        try:
            add(m, dt.date(year, month, day), "day")
        except ValueError:
            continue
    for m in DATE_TIME_GROUP.finditer(text):
        try:
            add(m, dt.date(_full_year(int(m.group(3))), _month_number(m.group(2)), int(m.group(1))), "day")
        except ValueError:
            continue
    for m in MONTH_YEAR.finditer(text):
        add(m, dt.date(int(m.group(2)), _month_number(m.group(1)), 1), "month")
    for m in END_OF_YEAR.finditer(text):
        add(m, dt.date(int(m.group(1)), 12, 31), "year")
    for m in YEAR_AFTER.finditer(text):
        add(m, dt.date(int(m.group(1)), 1, 1), "year", 1)
    return sorted(found, key=lambda d: d.start)


def _full_year(two_digits: int) -> int:
    """A two-digit year in this century up to this year, else in the last ("78": 1978, "09": 2009)."""
    return two_digits + (2000 if two_digits <= dt.date.today().year % 100 else 1900)


def _day_month(match: re.Match) -> tuple[int, int]:
    day = match.group("d1") or match.group("d2")
    month = match.group("m1") or match.group("m2")
    return int(day), _month_number(month)


def _is_prose(line: str) -> bool:
    """A line of prose: twenty words or more ending as a sentence or a lead-in ends, or forty-five words or more (a
    heading, a title in brackets or a stamp is none)."""
    words = len(line.split())
    return words >= 45 or (words >= 20 and re.search(r"[.!?:;]['\"”’]?\s*$", line) is not None)


def header_end(text: str) -> tuple[int, int]:
    """Where a statement's header ends and where its first line of prose ends: the header is the title, the stamps
    and the lines above the first line of prose (:func:`_is_prose`)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if _is_prose(line):
            return pos, pos + len(line)
        pos += len(line)
    return len(text), len(text)


# What may stand before a date on its line for the date to head the statement: nothing, a place with its comma or dash
# ("WASHINGTON, June 4, 2000", "MOSCOW — 4 June 2000"), a weekday, or a stamp's word ("Published 5 March 2015").
_DATELINE_BEFORE = re.compile(
    r"[ \t•*]*(?:\([^()\n]{1,40}\)[ \t]*)?"
    # ("Rarotonga, Cook Islands, 6 September 2023 -": a place and its country)
    r"(?:(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*(?:,|[-–—]|\([^()\n]{0,40}?[-–—,])[ \t]*){0,2}"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?$"
)
STAMP = re.compile(
    r"(?:Published|Posted|Updated|Last\s+(?:updated|modified)|Issued|Released|Date|Dated|Press\s+Statement)\b\s*(?:on\b\s*)?[:.,-]?\s*"
    r"(?:[-–—]\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$",
    re.I,
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The day a report gives its speech by weekday or as yesterday or today, in a sentence with a verb of saying ("said on
# Wednesday", "India on Tuesday said", "told the Assembly yesterday", "reported Saturday").
_SPOKEN = (
    r"(?:said|says|stated|told|reiterated|announced|declared|noted|added|emphasi[sz]ed|stressed|explained|reported"
    r"|warned|urged|insisted|confirmed|affirmed|underlined|remarked|asserted)"
)
SPOKEN_DAY = re.compile(
    rf"\b{_SPOKEN}\b[^.!?\n]{{0,120}}?\b(?:on\s+)?(?P<a>{'|'.join(WEEKDAYS)}|yesterday)\b"
    rf"|\b(?:on\s+)?(?P<b>{'|'.join(WEEKDAYS)}|yesterday)\b,?\s+(?:\w+\s+){{0,2}}?{_SPOKEN}\b"
)
# "Today marks the 46th anniversary of the ... opening for signature on February 14, 1967": that day, N years on.
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINALS = {word: n for n, word in enumerate(_UNITS, 1)} | {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
for _tens, _word in ((20, "twent"), (30, "thirt"), (40, "fort"), (50, "fift"), (60, "sixt"), (70, "sevent")):
    _ORDINALS[_word + "ieth"] = _tens
    for _n, _unit in enumerate(_UNITS, 1):
        _ORDINALS[f"{_word}y-{_unit}"] = _tens + _n  # "fifty-first"
_ORDINAL_WORD = "|".join(sorted(_ORDINALS, key=len, reverse=True))
ANNIVERSARY = re.compile(
    r"(?:\b(?:Today|This\s+day|today)\s+(?:marks|is|we\s+(?:mark|celebrate|commemorate))"
    # "on the occasion of the fiftieth anniversary of the entry into force of the NPT": a statement of the day
    r"|\b(?:[Oo]n\s+)?the\s+occasion\s+of)"
    rf"\s+the\s+(?:(\d{{1,3}})(?:st|nd|rd|th)?|({_ORDINAL_WORD}))\s+anniversary\b[^.!?\n]*",
    re.I,
)
"""A statement of an anniversary's day ("Today marks the eighth anniversary of ..."): group 1 or 2 the years."""
# What the anniversary is of, when the text gives no day for it: an instrument's event the data dates.
ANNIVERSARY_OF = re.compile(
    r"anniversary\s+of\s+(?:the\s+)?(?P<event>opening\s+for\s+signature|signing|signature|entry\s+into\s+force|adoption)"
    r"\s+of\b",
    re.I,
)


@dataclass(frozen=True)
class AnniversaryEvent:
    """An instrument's event an anniversary names: the registry's event type and how a text tells its day."""

    wording: str
    type: str
    told: re.Pattern


ANNIVERSARY_EVENTS = {
    e.wording: e
    for e in (
        AnniversaryEvent(
            "opening for signature",
            "opened_for_signature",
            re.compile(r"\bopen(?:ed|s)?\s+for\s+signature\b[^.;]{0,20}$", re.I),
        ),
        AnniversaryEvent("signing", "signed", re.compile(r"\bsigned\b[^.;]{0,30}$", re.I)),
        AnniversaryEvent("signature", "signed", re.compile(r"\bsigned\b[^.;]{0,30}$", re.I)),
        AnniversaryEvent(
            "entry into force",
            "entry_into_force",
            re.compile(r"\b(?:entered|came)\s+into\s+force\b[^.;]{0,20}$", re.I),
        ),
        AnniversaryEvent("adoption", "adopted", re.compile(r"\badopted\b[^.;]{0,40}$", re.I)),
    )
}
"""Each wording of an anniversary's event ("the opening for signature of"), by its words."""


# A day told without its year ("which came into force on March 21", "signed on 8 September"): its day and month.
DAY_WITHOUT_YEAR = re.compile(
    rf"\b(?:(?P<m1>{_MON})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MON}))"
    r"(?![\w]*,?\s*\d)"
)


def told_event(text: str, at: int) -> AnniversaryEvent | None:
    """The registry event a day at ``at`` is told as ("which came into force on", "was signed on"), if any."""
    before = text[max(0, at - 60) : at]
    return next((e for e in ANNIVERSARY_EVENTS.values() if e.told.search(before)), None)


def day_month(match: re.Match) -> tuple[int, int]:
    """The day and month of a :data:`DATELINE`, :data:`SAID_ON` or :data:`DAY_WITHOUT_YEAR` match."""
    return _day_month(match)


def anniversary_event(text: str, m: re.Match) -> tuple[AnniversaryEvent, int] | None:
    """The event an :data:`ANNIVERSARY` match in ``text`` is of, and where the instrument's name may start ("the 51st
    anniversary of the opening for signature of | the Treaty of Tlatelolco"); ``None`` where it names none."""
    of = ANNIVERSARY_OF.search(text, m.start(), m.end())
    if of is None:
        return None
    return ANNIVERSARY_EVENTS[re.sub(r"\s+", " ", of.group("event").lower())], of.end()


def anniversary_years(m: re.Match) -> int:
    """The number of years an :data:`ANNIVERSARY` match names."""
    return int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2).lower()]


def spoken_day(text: str, latest: dt.date, end: int | None = None) -> dt.date | None:
    """The day of a speech a report gives by its weekday or as "yesterday" ("said on Wednesday"), counted back from
    ``latest`` (the report's stamp or the record's date: the most recent such day on or before it), in the text up to
    ``end``; ``None`` where the report gives no such day."""
    m = SPOKEN_DAY.search(text, 0, len(text) if end is None else end)
    if m is None:
        return None
    word = m.group("a") or m.group("b")
    if word == "yesterday":
        return latest - dt.timedelta(days=1)
    return latest - dt.timedelta(days=(latest.weekday() - WEEKDAYS.index(word)) % 7)


def _anniversary(text: str, dates: list[FoundDate], end: int) -> FoundDate | None:
    """ "Today marks the Nth anniversary of" the day its sentence gives, else the next day the text gives within 600
    characters: that day N years on."""
    for m in ANNIVERSARY.finditer(text, 0, end):
        event = anniversary_event(text, m)
        told = event[0].told if event else None

        def rank(d: FoundDate, m: re.Match = m, told: re.Pattern | None = told) -> tuple[bool, bool]:
            # "the eighth anniversary of the opening for signature ... adopted ... on 10 September 1996, and opened
            # for signature on 24 September 1996": the day told with the event named
            told_here = told is not None and bool(told.search(text[max(0, d.start - 40) : d.start]))
            return (not told_here, not m.start() <= d.start < m.end())

        for found in sorted(dates, key=rank):
            if found.precision == "day" and m.start() <= found.start < m.end() + 600:
                try:
                    day = found.date.replace(year=found.date.year + anniversary_years(m))
                except ValueError:
                    continue
                return FoundDate(m.group(0), m.start(), m.end(), day, "day")
    return None


# "20 years ago, on July 22, 1993 the Republic of Belarus joined": the statement's day, that many years on
YEARS_AGO = re.compile(r"\b(?P<n>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+years\s+ago,?\s+(?:on\s+|in\s+)?(?:the\s+)?", re.I)
# "The statement was issued to mark the 20th anniversary of Kazakhstan's accession ... It was ... on Feb. 14, 1994":
# an anniversary the text marks, whatever its words for "today"
MARKS_ANNIVERSARY = re.compile(
    rf"\bthe\s+(?:(\d{{1,3}})(?:st|nd|rd|th)?|({_ORDINAL_WORD}))\s+anniversary\s+of\b[^.!?\n]*", re.I
)


def years_back(m: re.Match) -> int | None:
    """The number of years a :data:`YEARS_AGO` match counts back ("20", "Twenty-five"); ``None`` where its word is no
    number."""
    from armscontrol.reader.figures import words_to_number  # on first use: circular (figures imports this module)

    n = m.group("n")
    years = int(n) if n.isdigit() else words_to_number(n.lower())
    return int(years) if years else None


def _years_ago(text: str, dates: list[FoundDate], end: int) -> FoundDate | None:
    """ "N years ago, on <day>" in the head of a text: that day N years on."""
    for m in YEARS_AGO.finditer(text, 0, end):
        years = years_back(m)
        if years is None:
            continue
        found = next((d for d in dates if d.start == m.end() and d.precision == "day"), None)
        if found is None:
            continue
        try:
            day = found.date.replace(year=found.date.year + years)
        except ValueError:
            continue
        return FoundDate(text[m.start() : found.end], m.start(), found.end, day, "day")
    return None


def _marked_year(text: str, dates: list[FoundDate], end: int) -> int | None:
    """The year of an anniversary the head of a text marks ("to mark the 20th anniversary of ..."): the first day the
    text gives within 600 characters after it, that many years on; ``None`` where it marks none."""
    for m in MARKS_ANNIVERSARY.finditer(text, 0, end):
        found = next((d for d in dates if d.precision == "day" and m.start() <= d.start < m.end() + 600), None)
        if found is not None:
            return found.date.year + anniversary_years(m)
    return None


def head_end(text: str) -> int:
    """Where a statement's opening ends, for the rules that read only its head: after its first fifteen lines, or its
    first 600 characters where those are shorter."""
    return max(len("\n".join(text.splitlines()[:15])), 600)


def statement_date(text: str, dates: list[FoundDate] | None = None, source: dt.date | None = None) -> FoundDate | None:
    """The date a statement gives itself, from its header, its dateline or its foot.

    In order: a dateline or a release's number with the day but no year ("NEW YORK, 8 September (UN
    Headquarters) --", "Press Release SG/SM/6326, 15 September", "MOSCOW, April 13. /TASS/."), in the year of
    ``source`` (the date of the record the text was taken from: a page's date) where it is given, else with the year of
    the nearest date in the header or at the foot (the release's); else a quotation's attribution with its full date
    ("said Retno, Tuesday, July 11, 2023"); else the first full date in the header (the lines above the first line of
    prose), at the head of a line or after a dateline's place, that is not the end of a range ("14-16 September 1997")
    nor the day of an event told in prose ("Ghana signed the CTBT on 3 October 1996"); else "Today marks the Nth
    anniversary" of a day in the text; else a date alone, after its place or after a stamp's word ("Published 5 March
    2015") on the last line; else ``source``. A report stamp found so, or ``source``, is the latest the statement can
    be: a speech the report gives by weekday or as "yesterday" ("said on Wednesday") is the most recent such day on or
    before it. ``None`` where none of these dates the text: the caller says so.
    """
    dates = find_dates(text) if dates is None else dates
    head = head_end(text)
    top, first_prose = header_end(text)
    foot = _foot_date(text, dates)
    framing = [d for d in dates if d.start < top] + ([foot] if foot is not None and foot.start >= first_prose else [])
    # (a lead that gives its own day is dated by it, the stamp under it bounding it)
    lead_dated = any(d.precision == "day" and top <= d.start < first_prose for d in dates)
    # ("date 2021-01": a stored record's stamp of its month, which gives the year of a day in that month)
    stamped = [d for d in dates if d.precision == "month" and STAMP_MONTH.match(text, text.rfind("\n", 0, d.start) + 1)]
    marked = _marked_year(text, dates, head)
    for pattern in (DATELINE, RELEASE_DAY, SAID_ON, WEEKDAY_DAY, TODAY_DAY):
        for m in pattern.finditer(text, 0, head):
            coming = frozenset(d for d in dates if _COMING_BEFORE.search(text, max(0, d.start - 40), d.start))
            years = sorted(framing + _recent(dates, m, framing, coming), key=lambda d: abs(d.start - m.start()))
            years = [d for d in stamped if d.date.month == _day_month(m)[1]] or years
            if not years and source is None:
                continue
            day, month = _day_month(m)
            year = source.year if source is not None else years[0].date.year
            if source is None and marked is not None and years[0] not in framing:
                year = marked  # "said in a statement on Feb. 17" to mark the 20th anniversary of a day of 1994
            try:
                day_of = dt.date(year, month, day)
                if (
                    pattern is SAID_ON
                    and years
                    and years[0] in framing  # a stamp of the report, not an event it tells
                    and years[0].precision == "day"
                    and day_of > years[0].date
                ):
                    day_of = dt.date(day_of.year - 1, month, day)  # reported in January of a speech in December
                if (
                    pattern is SAID_ON
                    and years
                    and years[0] in framing
                    and years[0].precision == "day"
                    and (years[0].date - day_of).days > 31
                ):
                    # "Created July 23, 1993 ... its approval of the NPT, announced on February 4": an announcement
                    # the text tells months before its own stamp, not the day it was said
                    continue
                if source is None:
                    day_of = _after_told_events(text, dates, day_of)
            except ValueError:
                continue
            return FoundDate(m.group(0).strip(), m.start(), m.end(), day_of, "day")
    for found in dates:
        if found.precision == "day" and ATTRIBUTED.search(text[max(0, found.start - 80) : found.start]):
            return found
    for found in dates:
        # a written answer is dated by its answer, not by the question's tabling ("tabled on 13 June 2022 ...
        # Answered on 27 June 2022")
        if (
            found.precision == "day"
            and found.start < head
            and _ANSWERED.search(text[max(0, found.start - 30) : found.start])
        ):
            return found
    # A date in the header, or heading its line as a dateline or a stamp does; then one at the foot; then one in the
    # first line of prose ("The following statement was issued ... on 21 April 2000:"); a date further in the prose
    # is an event's, not the statement's.
    found_day = (
        # a dateline that gives its full day ("Washington, D.C., July 1, 2008 - Near the end ..."), before any date
        # a caption or a headline above it gives ("... prepares to sign the NPT, 1 July 1968. (Photo: ...)")
        _first_day(
            text,
            dates,
            head,
            lambda found, before: (
                # (a place and its comma before the day: "Washington, D.C., ", "Rarotonga, Cook Islands, ")
                _DATELINE_BEFORE.fullmatch(before) is not None
                and before.rstrip().endswith(",")
                and re.match(r"[ \t]*[-–—][ \t]", text[found.end : found.end + 3]) is not None
                and not _told_event(text, found, before)
            ),
        )
        or _first_day(
            text,
            dates,
            head,
            lambda found, before: (
                (
                    found.start < top
                    or (found.start < first_prose and _heads_line(before))
                    # (a dateline that opens the line after the lead: "Rarotonga, Cook Islands, 6 September 2023 - ...")
                    or (
                        first_prose <= found.start - len(before)
                        and not text[first_prose : found.start - len(before)].strip()
                        and before.strip()
                        and _heads_line(before)
                        and re.match(r"[ \t]*[-–—][ \t]", text[found.end : found.end + 4])
                    )
                    or (_stamp_line(text, found, first_prose) and not lead_dated)
                    or (_bracket_line(text, found) and found.start < head)
                )
                and not _told_event(text, found, before)
                # ("Current as of: May 20, 1996 / Created July 23, 1993": the page's revision, not the statement's)
                and not _REVISED_BEFORE.search(before)
            ),
        )
        or _first_day(
            text,
            dates,
            head,
            lambda found, before: (
                found.start < first_prose
                and (foot is None or found.date <= foot.date)  # a page's stamp is the latest the statement can be
                and not _told_event(text, found, before)
                # ("12 June 1968 it was approved by the General Assembly ... entered into force 5 March 1970": a text
                # that tells a later day as past is not of the day its first line gives)
                and not _later_told(text, dates, found)
            ),
        )
        or foot
    )
    if found_day is None:
        found_day = _under_place_line(text, dates) or _signed_off(text, dates)
    if found_day is not None and found_day.start < first_prose:
        # "September 5, 2006 / Update: September 8, 2006": a report updated within the month tells what it reports as
        # of its update (a page revised years later is no update of its report: _REVISED_BEFORE)
        found_day = next(
            (
                d
                for d in dates
                if d.precision == "day"
                and found_day.end <= d.start < first_prose
                and 0 < (d.date - found_day.date).days <= 31
                and _UPDATE_BEFORE.search(text, max(0, d.start - 12), d.start)
            ),
            found_day,
        )
    ago = _years_ago(text, dates, head)
    if ago is not None and (found_day is None or found_day.end == ago.end):
        # "20 years ago, on July 22, 1993 the Republic of Belarus joined": the day found is the one the text says is
        # twenty years back, and the statement's is twenty years on (a byline's own day comes first)
        return ago
    if found_day is not None:
        return _spoken(text, found_day, head)
    found_day = _anniversary(text, dates, head)
    if found_day is not None:
        return found_day
    if source is not None:
        return _spoken(text, FoundDate("", 0, 0, source, "day"), head)
    return None


_UPDATE_BEFORE = re.compile(r"\bUpdated?\s*:?\s*$", re.I)
_REVISED_BEFORE = re.compile(
    r"\b(?:current\s+as\s+of|last\s+(?:updated|modified|revised|reviewed)|updated|modified|revised)\s*(?:on\s*)?:?\s*$",
    re.I,
)
_WEEKDAY_SAID = re.compile(rf"\b(?:on\s+)(?P<day>{'|'.join(WEEKDAYS)})\b")


_TIME = re.compile(r"T?\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:[+-]\d{2}:?\d{2}|Z|UTC|GMT))?")


# A line that names a place and nothing else ("Washington, DC", "Mexico City, Mexico", "NEW YORK")
_PLACE_LINE = re.compile(
    r"^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}(?:,[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?[ \t]*$"
)


def _under_place_line(text: str, dates: list[FoundDate], lines: int = 30) -> FoundDate | None:
    """A full date alone on its line right under a line that names a place, in the opening lines: a release's byline
    block ("Press Statement / Mark C. Toner / Acting Spokesperson / Washington, DC / February 13, 2017"), which a
    page's furniture above it (a banner in sentences) may push below what :func:`header_end` takes as the header."""
    limit = len("\n".join(text.splitlines()[:lines]))
    for found in dates:
        if found.precision != "day" or found.start > limit:
            continue
        if not _alone_on_line(text, found, with_time=False):
            continue
        start = text.rfind("\n", 0, found.start) + 1
        above = text[: max(0, start - 1)].rstrip("\n").rsplit("\n", 1)[-1]
        if _PLACE_LINE.match(above) and len(above.strip()) <= 40:
            return found
    return None


def _stamp_line(text: str, found: FoundDate, first_prose: int) -> bool:
    """A date alone on its line, with at most its time ("2025-06-25T03:17+0000"), on the line right after the first
    line of prose (a page's stamp under its lead; one further down stamps the page, not the statement), where the lead
    gives no day of its own."""
    start = text.rfind("\n", 0, found.start) + 1
    return not text[first_prose:start].strip() and _alone_on_line(text, found)


# "(Unofficial translation from Ukrainian, November 19, 1993)": a line that is one bracket, ending with its date
_BRACKET_LINE = re.compile(r"[ \t]*\([^()\n]{0,80}$")


def _bracket_line(text: str, found: FoundDate) -> bool:
    """Whether ``found`` closes a line that is one bracket (a translation's or a record's note of its own day) right
    under the statement's heading."""
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    return bool(_BRACKET_LINE.fullmatch(text, start, found.start)) and not text[
        found.end : len(text) if end < 0 else end
    ].strip(" \t.)")


def _alone_on_line(text: str, found: FoundDate, *, with_time: bool = True) -> bool:
    """Whether ``found`` stands alone on its line of ``text``, but for separators and (``with_time``) its time of
    day ("30 сен 2021, 13:55", "2025-06-25T03:17+0000")."""
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    rest = text[start : len(text) if end < 0 else end].replace(found.text, "", 1)
    return not (_TIME.sub("", rest) if with_time else rest).strip(" \t|,.")


def _after_told_events(text: str, dates: list[FoundDate], day_of: dt.date) -> dt.date:
    """A dateline's day with no year, put in the year of a date the text tells as past ("MOSCOW, March 12. ...
    Russia signed the Protocol on May 6, 2014"), cannot come before that event: the report is of a later year, the
    first whose day falls on the weekday the report names ("on Thursday"), within seven years, else the next year."""
    told = [d.date for d in _events_told_after(text, dates, day_of)]
    if not told or max(told).year != day_of.year:
        return day_of
    weekday = _WEEKDAY_SAID.search(text)
    for year in range(day_of.year + 1, day_of.year + 8):
        try:
            later = day_of.replace(year=year)
        except ValueError:
            continue
        if weekday is None or later.strftime("%A") == weekday.group("day"):
            return later
    return day_of.replace(year=day_of.year + 1) if (day_of.month, day_of.day) != (2, 29) else day_of


def _events_told_after(text: str, dates: list[FoundDate], day: dt.date) -> list[FoundDate]:
    """The full days after ``day`` that ``text`` gives as an event's ("Russia signed the Protocol on May 6, 2014")."""
    return [
        d
        for d in dates
        if d.precision == "day" and d.date > day and _EVENT_BEFORE.search(text[max(0, d.start - 80) : d.start])
    ]


def _later_told(text: str, dates: list[FoundDate], found: FoundDate) -> bool:
    """Whether ``text`` tells an event (a signature, an entry into force) on a full day more than a month after
    ``found``, as past (not as one to come)."""
    return any(
        (d.date - found.date).days > 31
        and not _COMING_BEFORE.search(text, max(0, d.start - 40), d.start)
        and not _FUTURE_BEFORE.search(text[max(0, d.start - 40) : d.start])
        for d in _events_told_after(text, dates, found.date)
    )


# A day told as one to come ("The document expires on February 5, 2026", "is scheduled for")
_COMING_BEFORE = re.compile(r"\b(?:expires|will|shall|is\s+to|are\s+to|scheduled|due)\b[^.;\n]{0,30}$")


def _recent(
    dates: list[FoundDate], m: re.Match, framing: list[FoundDate], coming: frozenset[FoundDate] = frozenset()
) -> list[FoundDate]:
    """Full dates in the text up to a month before a dateline's day in their year ("NEW DELHI, July 26. ... deposited
    ... on July 25, 2023"): a report tells recent events, so they lend it their year."""
    day, month = _day_month(m)
    gaps = [
        (found, gap)
        for found in dates
        if found.precision == "day" and found not in framing and (gap := _gap_days(found, day, month)) is not None
    ]
    recent = [found for found, gap in gaps if 0 <= gap <= 31]
    if not recent:
        # "MOSCOW, January 26 ... The document expires on February 5, 2026": a day the report tells as coming within
        # the month after lends its year as well
        recent = [found for found, gap in gaps if -31 <= gap < 0 and found in coming]
    if not recent:
        # "MOSCOW, August 2 ... On February 1, 2019, ... announced the suspension": the latest day the report tells
        # within the year before, of all it tells (not the nearest: "took effect on June 1, 1988" is history)
        within_year = [found for found, gap in gaps if 0 <= gap <= 366]
        if within_year:
            recent.append(max(within_year, key=lambda f: f.date))
    return recent


def _gap_days(found: FoundDate, day: int, month: int) -> int | None:
    """Days from ``found`` to the day and month given, in ``found``'s year (``None`` where that day does not exist)."""
    try:
        return (dt.date(found.date.year, month, day) - found.date).days
    except ValueError:
        return None


_ANSWERED = re.compile(r"\bAnswered(?:\s+on)?:?\s*$", re.I)
# A sentence that opens on its day and goes on in the past ("On 30 January 2015 the Protocol ... entered into force"):
# an event's day, unless its verb is one of saying.
_ON_EVENT = re.compile(r"(?:^|[.!?]\s+)On\s+$")
_PAST_VERB = re.compile(rf"[^.;\n]{{0,100}}?\b(?!(?:{_SPOKEN})\b)[a-z]{{3,}}ed\b")


def _told_event(text: str, found: FoundDate, before: str) -> bool:
    return bool(_ON_EVENT.search(before) and _PAST_VERB.match(text, found.end))


def _heads_line(before: str) -> bool:
    return bool(_DATELINE_BEFORE.fullmatch(before) or STAMP.fullmatch(before.strip()))


# "Week Ending Friday, July 4, 2008": a weekly compilation's stamp above the statements it holds
# ("<dateIssued>2010-07-01</dateIssued>": the metadata's day of the volume a record of remarks is bound in)
_COMPILATION = re.compile(r"\bWeek\s+Ending\s+(?:\w+day,?\s+)?$|<dateIssued>\s*$", re.I)
# "'SUBMITTED RESOLUTIONS' ... was published in the Senate section on pages S3809 on March 17, 2003": a record's day
# ("Foreign Office ... published this content on 04 January 2022": a syndicated page's own line)
_PUBLISHED_ON = re.compile(r"\bpublished\b[^.\n]{0,80}?\bon\s+$")


def _first_day(
    text: str, dates: list[FoundDate], head: int, where: Callable[[FoundDate, str], bool]
) -> FoundDate | None:
    """The first full date in the opening lines that ``where`` accepts and that is neither the end of a range nor the
    day of an event told in prose, announced or earlier than the text's own "Today"."""
    for found in dates:
        if found.precision != "day" or found.start > head:
            continue
        line_start = text.rfind("\n", 0, found.start) + 1
        before = text[line_start : found.start]
        if _COMPILATION.search(before):
            continue  # "Week Ending Friday, July 4, 2008": the compilation's week, not the statement's day
        if not (where(found, before) or _PUBLISHED_ON.search(before)):
            continue
        if _RANGE_BEFORE.search(before) or _EVENT_BEFORE.search(before) or _FUTURE_BEFORE.search(before):
            continue
        if _FUTURE_AFTER.match(text, found.end) or (
            _PAST_AFTER.match(text, found.end) and re.search(r"(?:^|[.\n]\s*)Today\b", text[found.end : head])
        ):
            continue
        return found
    return None


def _spoken(text: str, stamp: FoundDate, end: int) -> FoundDate:
    day = spoken_day(text, stamp.date, end)
    return stamp if day is None or day == stamp.date else FoundDate(stamp.text, stamp.start, stamp.end, day, "day")


_PLACE = re.compile(r"(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},?)?")


# Page furniture after a page's last line of its own: a link to the top, to share or print.
_FURNITURE_TAIL = re.compile(
    r"(?:\n[ \t]*(?:(?:Back\s+to\s+)?top(?:\s+of\s+(?:the\s+)?page)?|Haut\s+(?:de|of)\s+(?:la\s+|the\s+)?page"
    r"|Share|Print|Partager|Imprimer)[ \t]*)+\s*$",
    re.I,
)


def _signed_off(text: str, dates: list[FoundDate]) -> FoundDate | None:
    """A letter's place and day on a line of their own where it signs off, above whatever a record prints after it
    ("                The White House, May 2, 2011."): the last such line of the text."""
    found_last = None
    for found in dates:
        if found.precision != "day":
            continue
        start = text.rfind("\n", 0, found.start) + 1
        end = text.find("\n", found.end)
        line = text[start : len(text) if end < 0 else end]
        rest = line.replace(found.text, "", 1).strip(" \t.,")
        if (
            len(line.strip()) <= 60
            and rest
            and _PLACE.fullmatch(rest)
            and line.strip().endswith((found.text, found.text + "."))
        ):
            found_last = found
    return found_last


# An agency's credit before the day it closes the text with: "(epd/ ", "(dpa, ", "(KNA/epd/ "
_CREDIT_BEFORE = re.compile(r"\(\s*[A-Za-z][\w.-]{1,15}(?:\s*/\s*[A-Za-z][\w.-]{1,15})*\s*[/,]\s*$")


def _foot_date(text: str, dates: list[FoundDate]) -> FoundDate | None:
    """A date alone on the last line, or after its place, where a page signs off with its day ("24 Sep 2009", "March 5,
    2005", "New Delhi, May 30, 1998"); a link to the page's top or to share it after that line is no line of its own."""
    last = _FURNITURE_TAIL.sub("", text.rstrip()).rstrip()
    line_start = last.rfind("\n") + 1
    for found in dates:
        if (
            found.precision == "day"
            and found.start >= line_start
            # the date alone, after its place ("New Delhi, May 30, 1998"), after a stamp's word ("Published ...") or
            # closing a reference ("..., UN Doc. A/C.1/51/PV.6, 17 October 1996, p. 3.")
            and (
                _PLACE.fullmatch(last[line_start:].replace(found.text, "").strip(" .,"))
                or STAMP.fullmatch(last[line_start : found.start].strip())
                or (
                    last[line_start : found.start].rstrip().endswith(",")
                    and re.fullmatch(r"(?:,\s*pp?\.\s*[\d-]+)?\W*", last[found.end :])
                )
                # an agency's credit that closes the text ("... lagern US-Atomsprengköpfe. (epd/ 27.06.2018)")
                or (
                    _CREDIT_BEFORE.search(last, line_start, found.start) is not None
                    and re.fullmatch(r"\s*\)\W*", last[found.end :]) is not None
                )
            )
        ):
            return found
    return _stamp_above_tags(text, dates)


# A page's last lines below its stamp that are no prose: a caption's label, a tag ("Photo source:", "страны
# центральной азии")
_TAG_LINE = re.compile(r"[^.!?\n]{0,40}")


def _stamp_above_tags(text: str, dates: list[FoundDate], lines: int = 3) -> FoundDate | None:
    """A date alone on its line, with at most its time ("30 сен 2021, 13:55"), among the page's last ``lines`` lines,
    where only short lines of no prose (a caption's label, a tag) follow it."""
    tail = text.rstrip()
    for _ in range(lines + 1):
        line_start = tail.rfind("\n") + 1
        line = tail[line_start:]
        alone = [
            d
            for d in dates
            if d.precision == "day" and line_start <= d.start < line_start + len(line) and _alone_on_line(text, d)
        ]
        if alone:
            return alone[0]
        if not _TAG_LINE.fullmatch(line.strip()) or line_start == 0:
            return None
        tail = tail[:line_start].rstrip()
    return None
