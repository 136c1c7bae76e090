"""Parties: ISO 3166-1 alpha-3 codes, with the historical states and their successions.

A state is named by its ISO 3166-1 alpha-3 code. States that no longer exist
keep the code ISO 3166-3 gave them (``SUN`` the Soviet Union, ``CSK``
Czechoslovakia, ``DDR`` the German Democratic Republic, ``YUG`` the Socialist
Federal Republic of Yugoslavia, ``SCG`` Serbia and Montenegro, ``YMD``
Democratic Yemen); :data:`HISTORICAL` says when each ceased to exist, which
state continues it, if any, and which states succeeded it, with the source of
the dates (a key in the source registry).
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass

import pycountry

from armscontrol.errors import suggest


@dataclass(frozen=True)
class HistoricalState:
    """A state that ceased to exist, the state that continues it and its successors.

    ``ended`` is the first day on which it no longer existed. ``continued_by`` is
    the state that continues its rights and obligations as the same subject of
    international law (Russia for the Soviet Union, Serbia for Serbia and
    Montenegro), or the state it joined (Germany for the German Democratic
    Republic, Yemen for Democratic Yemen); ``successors`` are the new states
    that could succeed to its treaties.
    """

    code: str
    name: str
    ended: dt.date
    continued_by: str | None
    successors: tuple[str, ...]
    source: str
    note: str
    record_continued: bool = False
    """Whether the continuing state's record (holdings, statements, conditions) runs on from this one's as one
    lineage: so for the Soviet Union, whose forces and treaty statements Russia took over."""


HISTORICAL: dict[str, HistoricalState] = {
    state.code: state
    for state in (
        HistoricalState(
            "SUN",
            "Soviet Union",
            dt.date(1991, 12, 26),
            "RUS",
            ("ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LTU", "LVA", "MDA", "TJK", "TKM", "UKR", "UZB"),
            "ussr-dissolution-1991",
            "Russia continues the Soviet Union's membership and treaty rights and obligations.",
            record_continued=True,
        ),
        HistoricalState(
            "DDR",
            "German Democratic Republic",
            dt.date(1990, 10, 3),
            "DEU",
            (),
            "untc-historical-information",
            "Acceded to the Federal Republic of Germany on 3 October 1990; from then the two form one State.",
        ),
        HistoricalState(
            "CSK",
            "Czechoslovakia",
            dt.date(1993, 1, 1),
            None,
            ("CZE", "SVK"),
            "untc-historical-information",
            "Dissolved at the end of 31 December 1992; the Czech Republic and Slovakia succeeded it from 1 January "
            "1993.",
        ),
        HistoricalState(
            "YUG",
            "Socialist Federal Republic of Yugoslavia",
            dt.date(1992, 4, 27),
            None,
            ("SVN", "HRV", "BIH", "MKD", "SCG"),
            "untc-historical-information",
            "Dissolved; the Federal Republic of Yugoslavia (later Serbia and Montenegro) was proclaimed on 27 April "
            "1992 "
            "and was not accepted as continuing it; it was admitted to the United Nations as a new member in 2000.",
        ),
        HistoricalState(
            "SCG",
            "Serbia and Montenegro",
            dt.date(2006, 6, 3),
            "SRB",
            ("MNE",),
            "untc-historical-information",
            "Serbia continues the State union from 3 June 2006, the day Montenegro declared independence.",
        ),
        HistoricalState(
            "YMD",
            "Democratic Yemen",
            dt.date(1990, 5, 22),
            "YEM",
            (),
            "untc-historical-information",
            "Merged with the Yemen Arab Republic into the Republic of Yemen on 22 May 1990.",
        ),
    )
}


@dataclass(frozen=True)
class StateBeginning:
    """A state that exists from a date, as a successor of a state that ceased to exist."""

    code: str
    date: dt.date
    predecessor: str
    how: str
    source: str


def state_began(code: str) -> StateBeginning | None:
    """When ``code`` came into existence as a successor of a dissolved state, or ``None`` for one the data dates no
    start for.

    Derived from :data:`HISTORICAL`: the state continuing a dissolved one
    (Russia for the Soviet Union) and the successors the data name exist from
    the day the predecessor ceased to exist. Only the Soviet Union's,
    Czechoslovakia's and Serbia and Montenegro's successors are dated so: the
    successors of Yugoslavia became independent on several earlier days that
    the data do not record.
    """
    for state in HISTORICAL.values():
        if state.code not in {"SUN", "CSK", "SCG"}:
            continue
        heirs = {*state.successors, *([state.continued_by] if state.continued_by and state.code != "SCG" else [])}
        if code in heirs and code not in {"EST", "LVA", "LTU"}:
            how = "continuing" if code == state.continued_by else "a successor of"
            return StateBeginning(code, state.ended, state.code, f"{how} the {state.name}", state.source)
    return None


# Names people type that ISO does not spell that way.
COMMON_NAMES = {
    "russia": "RUS",
    "soviet union": "SUN",
    "ussr": "SUN",
    "union of soviet socialist republics": "SUN",
    "us": "USA",
    "u.s.": "USA",
    "usa": "USA",
    "united states": "USA",
    "america": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "united kingdom": "GBR",
    "north korea": "PRK",
    "dprk": "PRK",
    "south korea": "KOR",
    "iran": "IRN",
    "syria": "SYR",
    "laos": "LAO",
    "vietnam": "VNM",
    "viet nam": "VNM",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "moldova": "MDA",
    "congo": "COG",
    "republic of the congo": "COG",
    "congo-brazzaville": "COG",
    "drc": "COD",
    "democratic republic of the congo": "COD",
    "zaire": "COD",
    "turkey": "TUR",
    "turkiye": "TUR",
    "czech republic": "CZE",
    "czechia": "CZE",
    "czechoslovakia": "CSK",
    "east germany": "DDR",
    "gdr": "DDR",
    "german democratic republic": "DDR",
    "west germany": "DEU",
    "federal republic of germany": "DEU",
    "yugoslavia": "YUG",
    "sfry": "YUG",
    "serbia and montenegro": "SCG",
    "south yemen": "YMD",
    "democratic yemen": "YMD",
    "burma": "MMR",
    "swaziland": "SWZ",
    "eswatini": "SWZ",
    "ivory coast": "CIV",
    "cote d'ivoire": "CIV",
    "cape verde": "CPV",
    "cabo verde": "CPV",
    "east timor": "TLS",
    "holy see": "VAT",
    "vatican": "VAT",
    "macedonia": "MKD",
    "north macedonia": "MKD",
    "brunei": "BRN",
    "micronesia": "FSM",
    "palestine": "PSE",
    "state of palestine": "PSE",
    "taiwan": "TWN",
}


def _fold(text: str) -> str:
    """Lower case without accents, so that 'Türkiye' and 'Turkiye' match."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def party_names() -> dict[str, str]:
    """Every known code and the name shown for it (current states, then the historical ones)."""
    names = {c.alpha_3: getattr(c, "common_name", c.name) for c in pycountry.countries}
    names.update({code: state.name for code, state in HISTORICAL.items()})
    return names


@functools.cache
def _names_to_codes() -> dict[str, str]:
    """Every name a user may type (ISO name, official name, common name, aliases), folded, to its code."""
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                table.setdefault(_fold(value), country.alpha_3)
    for code, state in HISTORICAL.items():
        table.setdefault(_fold(state.name), code)
    for name, code in COMMON_NAMES.items():
        table[_fold(name)] = code
    return table


def is_known_party(code: str) -> bool:
    return code in party_names()


def party_name(code: str) -> str:
    return party_names().get(code, code)


def historical(code: str) -> HistoricalState | None:
    """The record of a state that ceased to exist, or ``None`` for a current state."""
    return HISTORICAL.get(code)


def continued(code: str) -> HistoricalState | None:
    """The state that ceased to exist and whose record ``code`` continues as its own (``SUN`` for ``RUS``), if any."""
    return next((state for state in HISTORICAL.values() if state.continued_by == code and state.record_continued), None)


def lineage(code: str) -> tuple[str, ...]:
    """``code`` with the state it continues, or the state that continues it: ``("RUS", "SUN")``, ``("SUN", "RUS")``.

    Russia continues the rights and obligations of the Soviet Union, so its record
    before 1992 is the Soviet Union's; this is the one place that says so
    (:data:`HISTORICAL`, ``record_continued``). A state without a continuation is its own lineage.
    """
    state = HISTORICAL.get(code)
    if state is not None and state.record_continued and state.continued_by is not None:
        return (code, state.continued_by)
    before = continued(code)
    return (code, before.code) if before is not None and before.record_continued else (code,)


def resolve_party(text: str) -> str:
    """A party code from a code or a name, case- and accent-insensitive; unknown ones get a suggestion.

    Full names resolve ("United States of America", "Russian Federation",
    "Iran (Islamic Republic of)" as "Islamic Republic of Iran"), as do the
    historical states ("Soviet Union", "Czechoslovakia").
    """
    key = text.strip()
    names = party_names()
    if key.upper() in names:
        return key.upper()
    folded = _fold(key)
    table = _names_to_codes()
    if folded in table:
        return table[folded]
    if folded.startswith("the ") and folded[4:] in table:
        return table[folded[4:]]
    raise suggest(key, [*names, *COMMON_NAMES], what="party")
