"""Numbers and ranges in a statement, with what they count and by when.

Handles thousands separators (``2,000``), decimals, number words ("one
thousand five hundred", "fifteen hundred", "five"), and ranges in the common
notations: ``2,000–2,500``, ``2000-2500``, ``2,000 to 2,500``, ``between 2,000
and 2,500``, ``from 2,000 to 2,500``. Years, day numbers of dates, article and
paragraph numbers are not figures.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from armscontrol.reader.dates import FoundDate

_UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_WORD = "|".join(sorted([*_UNITS_WORDS, *_SCALES], key=len, reverse=True))
WORDS = rf"(?:{_WORD})(?:(?:\s+and\s+|\s+|-)(?:{_WORD}))*"
# ("15 thousand", "1,55 thousand" as a Russian text writes 1.55 thousand, "2.5 million": digits and a scale)
SCALED = r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s+(?:thousand|million)\b"
# ("15 000 nuclear weapons": a space between thousands, as Spanish, French and Russian texts write it)
SPACED = r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d,.]?\d)"
DIGITS = rf"{SCALED}|{SPACED}|\d{{1,3}}(?:[,\u202f\u00a0]\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
NUMBER = rf"(?:{DIGITS}|\b{WORDS}\b)"
DASH = r"\s*[-‐‑‒–—]\s*"

RANGE = re.compile(
    # ("20 or 25 countries": a range told as a choice)
    # ("from 500 until 5,000 km": a range after "from", as a gloss of "от ... до" writes it)
    rf"(?:\b(?P<lead>between|from)\s+)?(?P<low>{NUMBER})(?P<sep>{DASH}|\s+(?:to|and|or)\s+|(?<=\d)\s+until\s+(?=\d))"
    rf"(?P<high>{NUMBER})",
    re.I,
)
SINGLE = re.compile(rf"(?P<value>{NUMBER})", re.I)

# What a figure counts: the first of these within a few words after it.
UNITS: list[tuple[str, str]] = [
    (r"strategic\s+nuclear\s+(?:warheads|weapons)", "warheads"),
    (r"(?:nuclear\s+)?warheads?", "warheads"),
    (r"nuclear\s+weapons", "warheads"),
    # ("700 missile and bomber delivery platforms", "485 deployed delivery systems": the vehicles by other names)
    (
        r"(?:strategic\s+)?(?:nuclear\s+)?(?:missile\s+and\s+bomber\s+)?(?:delivery|launch)\s+(?:vehicles|systems|platforms)",
        "delivery vehicles",
    ),
    (r"launchers?", "launchers"),
    (r"ICBMs?|SLBMs?|missiles?", "missiles"),
    (r"(?:heavy\s+)?bombers?", "bombers"),
    (r"interceptors?", "interceptors"),
    (r"(?:atomic\s+|nuclear\s+|ballistic[- ]missile\s+)?submarines", "submarines"),
    (r"per\s*cent|percent|%", "percent"),
    (r"years?|yrs?", "years"),
    (r"months?", "months"),
    (r"weeks?", "weeks"),
    (r"days?", "days"),
    (
        # ("172 signatures and 117 ratifications": the states that signed and ratified, counted by their acts)
        r"(?:member\s+states|states\s+parties|(?<!United\s)states|countries|nations|members\s+of\s+the\s+United\s+Nations|parties|signatories"
        r"|signatures|ratifications|accessions"
        # "five nuclear powers", "the five official nuclear powers": states
        r"|(?:nuclear(?:[- ]weapons?)?\s+)powers"
        # "five republics", "the eight major industrialized democracies": states by another name
        r"|republics|democracies|monarchies"
        # "the 48-nation group": states counted in a compound ("the 18-nation Disarmament Committee" is a name)
        r"|(?<=-)nation\b(?!\s+(?:Disarmament|Committee|Conference)\b)"
        # "13 Forum members": members of a body of states (not of a legislature, a committee or a delegation)
        r"|members(?!\s+of\s+(?:the\s+)?(?:Congress|Parliament|Senate|Duma|House|Committee|staff|delegations?|public|"
        r"families|the\s+public)\b))",
        "states",
    ),
    (r"(?:nuclear\s+)?(?:units|charges|potentials)", "warhead-synonym"),
    (r"hours?|minutes?|o'clock|kilotons?|megatons?|kt|Mt", "not-a-count"),
    (r"(?:nuclear\s+)?(?:explosions|tests)", "tests"),
    (r"kilometers|kilometres|km", "km"),
    # ("more than 300 monitoring stations", "16 stations on its territory": the verification network's stations)
    (
        r"(?:(?:international\s+)?(?:monitoring|seismic|IMS|radionuclide|infrasound|hydroacoustic)\s+)?stations",
        "stations",
    ),
]
_FILLER = (
    r"(?:(?:annex\s+(?:2|II)|further|number|strategic|nuclear|deployed|operationally|non-deployed|accountable|total|more|fewer|additional|such|of|their|its|our|the|each|for|"
    r"intercontinental|ballistic|cruise|submarine[- ]launched|sea[- ]launched|air[- ]launched|ground[- "
    r"]launched|land[- ]based|sea[- ]based|long[- ]range|atomic|[-–])\s+){0,5}"
)
# Any other words between a number and its unit ("all six DPRK declared nuclear tests", "1200 MIRVed ICBM warheads"),
# at most three,
# none of them a word that ends the noun phrase.
_ANY_WORDS = (
    # ("16 independent and self-governing states": two adjectives joined)
    r"(?:[a-z][\w-]*\s+and\s+(?=[a-z][\w-]*\s+[a-z]))?"
    r"(?:(?!(?:and|or|but|to|by|in|on|at|from|with|than|per|which|that|who|have|has|had|are|is|was|were|be|will|would|"
    r"within|after|before|under|over|out|since|until|each|of)\b)[\"“‘']?[A-Za-z][\w'-]*[\"”’']?\s+){0,3}"
)
# An instrument's name and its acronym in parentheses between a number and its noun: "The five Nuclear
# Non-Proliferation Treaty (NPT) nuclear-weapon states".
_NAMED_BETWEEN = r"(?:(?:\s+(?-i:[A-Z])[\w-]*){1,5}\s+\((?-i:[A-Z]{2,8})\))?"
_UNIT_END = r"(?:\b|(?<=%))"  # ("90%": the sign ends the unit where no word boundary follows it)
_UNIT_AFTER = [
    (re.compile(rf"(?:\s*\(\d+\))?{_NAMED_BETWEEN}(?:\s*|-){_FILLER}{_ANY_WORDS}(?:{pattern}){_UNIT_END}", re.I), unit)
    for pattern, unit in UNITS
]
_UNIT_AFTER_STRICT = [
    (re.compile(rf"(?:\s*|-){_FILLER}(?:{pattern}){_UNIT_END}", re.I), unit) for pattern, unit in UNITS
]
_MODEL_BEFORE = re.compile(r"\b(?:Mk|Mark|Mod|Block|Type|Model|SS|SSC|RS|DF|KN|Kh|Tu|B|F|MX|R)[-‐‑ ]?$")
# A weapon system's name before its number: "Pershing 2 missiles", "Minuteman III", "Trident II", "Hwasong-15"
_SYSTEM_BEFORE = re.compile(
    r"\b(?:Pershing|Minuteman|Trident|Titan|Polaris|Poseidon|Topol|Hwasong|Agni|Shaheen|Ghauri|Jericho|Taepodong|Nodong"
    r"|Dongfeng|Tomahawk)[-‐‑ ]?$"
)
_LIST_ITEM = re.compile(r"(?:^|\n)\s*(?:\(?[a-z]\)|\(?\d{1,2}[.)])\s*$")
_NOT_A_FIGURE_BEFORE = re.compile(
    # ("the protocol. Five countries": a full stop after a word ends its sentence; only an abbreviation takes one)
    r"(?:\b(?:article|articles|paragraph|section|protocol|number|resolution|rule|step|phase|chapter|annex|part|page)"
    r"[ \t]*[-‐‑]?[ \t]*|\b(?:para|no|p|g|pp)\.?\s*[-‐‑]?\s*|[A-Za-z][-‐‑]|\d[-‐‑]?)$",
    re.I,
)
# A unit named just before the number: "their strategic delivery vehicles to a range of 500-1100",
# "the maximum allowable levels of warheads is 2200".
_UNIT_BEFORE = re.compile(
    r"\b(?P<unit>(?:strategic\s+)?(?:nuclear\s+)?(?:warheads|delivery\s+vehicles|launch\s+vehicles|launchers|interceptors))"
    r"\s+(?:(?:is|are|was|were|to|of|at|a|an|the|range|level|levels|ceiling|limit|total|number|reduced|cut|capped|set|down)\s+){1,6}$",
    re.I,
)
# The unit a little before the number with no other number between: "the number of warheads for each between 3800 and
# 4250".
_UNIT_NEAR_BEFORE = re.compile(
    r"\b(?P<unit>(?:strategic\s+)?(?:nuclear\s+)?(?:warheads|delivery\s+vehicles|launch\s+vehicles|launchers|interceptors))\b[^\d.;:()]{0,40}$",
    re.I,
)
# The unit, then a ceiling's words, then the number: "heavy bombers not to exceed 100", "missiles numbering up to 700".
_UNIT_CAPPED = re.compile(
    r"\b(?P<unit>(?:strategic\s+)?(?:nuclear\s+)?(?:warheads|delivery\s+vehicles|launch\s+vehicles|launchers|interceptors|"
    r"(?:heavy\s+)?bombers|missiles|ICBMs|SLBMs|submarines))\s+(?:(?:in\s+number\s+)?(?:not\s+to\s+exceed|not\s+exceeding|"
    r"numbering(?:\s+up\s+to)?|totall?ing|of\s+up\s+to|of\s+no\s+more\s+than|limited\s+to|capped\s+at))\s+$",
    re.I,
)
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_OF_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:{_MONTH_NAMES})\b")
_MONTH_BEFORE = re.compile(rf"\b(?-i:{_MONTH_NAMES})\s+$")
# A count of states "standing at" or "reaching" a number: "the total number of ratifying States will stand at 156".
_STANDS_AT = re.compile(
    r"\b(?P<unit>States|countries|nations|warheads|launchers|signatures|ratifications)\s+(?:[\w-]+\s+){0,6}?(?:stand|stands|stood|reach|reached|reaches|"
    r"rise|rises|rose|total|totals|totalled)\s+(?:at\s+|to\s+)?$"
    # "the number of ratifying states is now 32 and the number of signatory States to 79"
    r"|\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?P<counted>States|countries|nations|signatories|parties)\s+"
    r"(?:is\s+(?:now\s+)?|(?:has\s+)?(?:now\s+)?(?:increased|grown|risen|climbed)\s+to\s+|to\s+)$",
    re.I,
)
_UNIT_WORDS = r"(?:States|countries|nations|warheads|launchers|missiles|bombers)"
# The rest of a list of delivery vehicles that ends in bombers, after a count of missiles
_AND_BOMBERS = re.compile(
    r"(?:\s*\([A-Z]{3,5}s?\))?(?:\s*,\s*(?:[\w-]+\s+){0,3}(?:missiles|ICBMs|SLBMs)(?:\s*\([A-Z]{3,5}s?\))?)*,?\s+and\s+"
    r"(?:deployed\s+)?(?:heavy\s+|strategic\s+)?bombers\b"
    # ("700 deployed intercontinental ballistic missiles/submarine-launched ballistic missiles/strategic bombers")
    r"|(?:\s*/\s*(?:[\w-]+\s+){0,3}(?:missiles|ICBMs|SLBMs))*\s*/\s*(?:deployed\s+)?(?:heavy\s+|strategic\s+)?bombers\b",
    re.I,
)
_LEVEL_CUE = re.compile(
    r"\b(?:to|of|at|consider|level|levels|ceiling|limit|below|under|than|about|some|around)\s*$", re.I
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_ARMS = re.compile(
    r"warheads?|nuclear\s+(?:weapons|arsenals?|charges|potentials?)|"
    r"strategic\s+(?:nuclear\s+)?(?:offensive\s+)?(?:arms|forces|weapons|potentials?|charges|arsenals?)",
    re.I,
)


def words_to_number(text: str) -> float | None:
    """The value of a number in words ("one thousand five hundred" -> 1500); ``None`` if not one."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if not tokens or not all(t in _UNITS_WORDS or t in _SCALES for t in tokens):
        return None
    total, current = 0, 0
    for token in tokens:
        if token in _UNITS_WORDS:
            current += _UNITS_WORDS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * _SCALES[token]
            current = 0
    return float(total + current)


def parse_number(text: str) -> float | None:
    """The value of a number in digits (thousands separators allowed) or in words."""
    scaled = re.fullmatch(r"(\d+)(?:[.,](\d{1,2}))?\s+(thousand|million)", text.strip(), re.I)
    if scaled:
        whole, fraction, scale = scaled.groups()
        return float(f"{whole}.{fraction or 0}") * _SCALES[scale.lower()]
    cleaned = re.sub(r"[, \u202f\u00a0]", "", text.strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return float(cleaned)
    return words_to_number(text)


@dataclass(frozen=True)
class RawFigure:
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    unit_inferred: bool


# A second count of the same noun after the first, the noun said once after it ("signed by 183 and ratified by 158
# States", "подписали 183 и ратифицировали 158 государств" glossed "signed 183 and ratified 158 States")
# Another number after "and" or "or" that the same noun counts ("1846 Soviet and 846 American missiles", "from 500 to
# 1,000 and 1,000 to 5,500 kilometres": the noun said once, after the second)
_SHARED_AHEAD = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:and|or)\s+(?=(?:from\s+)?\d)")
_COUNT_AHEAD = re.compile(
    r"\s+(?:and|but|while|whereas)\s+(?:(?:has|have|had|been|was|were|it|only|so\s+far)\s+){0,3}"
    r"(?:signed|ratified|acceded\s+to|joined)\s+(?:it\s+)?(?:by\s+)?(?:only\s+|some\s+|about\s+)?\d[\d,]*"
)


def _unit_after(text: str, end: int, strict: bool = False) -> tuple[str | None, int]:
    tail = text[end : end + 80]
    if re.match(r"-\w+-old\b", tail):
        return None, end  # "a 30-year-old treaty": an age, not a figure of the text
    found = sorted(
        {
            (m.end(), unit)
            for pattern, unit in (_UNIT_AFTER_STRICT if strict else _UNIT_AFTER)
            if (m := pattern.match(tail))
        }
    )
    if not found:
        return None, end
    # The nearest plural noun heads the phrase ("1,500 units last year" counts units); a singular one is a modifier
    # ("1200 MIRVed ICBM warheads" counts warheads).
    for at, unit in found:
        if re.match(r"[- ](?:States?|powers)\b", tail[at:], re.I) and any(a > at for a, _ in found):
            continue  # "five nuclear weapons states": "weapons" modifies the states counted
        if tail[:at].rstrip().endswith(("s", "%")) or len(found) == 1:
            return unit, end + at
    return found[-1][1], end + found[-1][0]


def _unit_of(words: str) -> str | None:
    for pattern, unit in _UNIT_AFTER:
        if pattern.fullmatch(" " + words):
            return unit
    return None


COUNTED = frozenset({"warheads", "launchers", "delivery vehicles", "missiles", "interceptors"})
"""Units that make a year-like number a quantity ("1900-1901 strategic warheads")."""


def _is_year(token: str) -> bool:
    return bool(_YEAR.match(token.strip()))


# "bringing the total to 155", "raising the number to": the total of what the sentence counted before
_TOTAL_TO = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took)\s+(?:the|their|its)\s+(?:total|number)"
    r"(?:\s+number)?(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?P<noun>ratifications|signatures|accessions|States|parties|countries))?"
    r"\s+to\s+$",
    re.I,
)


# A list of missiles and bombers right before the number of "units" it is brought to
_BOMBERS_TO = re.compile(r"\bmissiles\b[^.;]{0,80}?\band\s+(?:heavy\s+|strategic\s+)?bombers\s+(?:to|at|of)\s+$", re.I)


def find_figures(text: str, dates: list[FoundDate], sentences: list[tuple[int, int]]) -> list[RawFigure]:
    """Numbers and ranges in ``text`` that state a quantity (see the module docstring)."""
    masked = list(text)
    for d in dates:
        masked[d.start : d.end] = " " * (d.end - d.start)
    plain = "".join(masked)
    out: list[RawFigure] = []
    covered = bytearray(len(text) + 1)
    sentence_starts = [a for a, _ in sentences]

    def context_unit(pos: int) -> str | None:
        i = bisect.bisect_right(sentence_starts, pos) - 1
        a = sentences[i - 1][0] if i >= 1 else 0
        b = sentences[i][1] if i >= 0 else len(text)
        return "warheads" if _ARMS.search(text[a:b]) else None

    def keep(
        start: int, end: int, low: float | None, high: float | None, value: float | None, first: str, last: str
    ) -> None:
        if re.match(r"(?:st|nd|rd|th)\b", plain[end : end + 3]) and re.search(r"\d$", plain[start:end]):
            return  # "the 166th day", "the 50th country": an ordinal, a rank not a count
        if re.match(r":\d\d\b", plain[end : end + 3]) or re.search(r"\b\d{1,2}:$", plain[max(0, start - 3) : start]):
            return  # "Updated: 2009-09-25 14:47": a time of day, not a count
        before = plain[max(0, start - 14) : start]
        if (
            _NOT_A_FIGURE_BEFORE.search(before)
            or _MODEL_BEFORE.search(plain[max(0, start - 6) : start])
            or _SYSTEM_BEFORE.search(before)
        ):
            return  # an article or paragraph number, a model number (Mk 41, SS-18, Pershing 2)
        if re.match(
            r"[-\s]?(?:thirds?|quarters?|fifths?|halves|tenths?)\b|-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
            plain[end : end + 8],
            re.I,
        ):
            return  # "two-thirds of the arsenal" (a share), "twenty-fifth anniversary" (a rank): not a count
        if re.match(r"\(\d+\)", plain[start - 1 : end + 1]) and re.search(
            rf"\b(?:{WORDS})\s*$", plain[max(0, start - 40) : start - 1], re.I
        ):
            return  # "one (1) month": the digits repeat the words
        if (
            _LIST_ITEM.search(plain[max(0, start - 8) : start]) is None
            and plain[end : end + 1] in {".", ")"}
            and re.match(r"(?:^|\n)\s*$", plain[max(0, start - 4) : start])
        ):
            return  # "1." or "2)" opening a numbered paragraph
        if re.fullmatch(r"\d{1,2}", plain[start:end]) and (
            _DAY_OF_MONTH_AFTER.match(plain, end) or _MONTH_BEFORE.search(plain[max(0, start - 12) : start])
        ):
            return  # "On 11 May", "July 2": a day without its year, not a count
        unit, unit_end = _unit_after(plain, end, strict=_is_year(first) or _is_year(last))
        if unit == "not-a-count":
            return
        if unit == "missiles" and _AND_BOMBERS.match(plain, unit_end):
            # "700 deployed intercontinental ballistic missiles (ICBM), submarine-launched ballistic missiles (SLBM) and
            # strategic bombers": missiles and bombers counted together, the launchers
            unit = "launchers"
        if unit == "warhead-synonym" and _BOMBERS_TO.search(plain, max(0, start - 160), start):
            # "intercontinental ballistic missiles, submarine-launched ballistic missiles and heavy bombers to 700
            # units": the missiles and bombers counted together, the launchers
            unit = "launchers"
        if unit == "warhead-synonym":
            unit = context_unit(start)  # "units", "charges": warheads where the passage is about strategic forces
            if unit is None:
                return
        inferred = False
        years = _is_year(first) and _is_year(last)
        if unit is None and not years and not _is_year(first if value is not None else last):
            named = (
                _UNIT_BEFORE.search(plain[max(0, start - 80) : start])
                or _UNIT_CAPPED.search(plain[max(0, start - 80) : start])
                or _UNIT_NEAR_BEFORE.search(plain[max(0, start - 60) : start])
            )
            if named:
                unit = _unit_of(named.group("unit"))
        of_total = re.match(
            rf"\s+(?:out\s+)?of\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w]+['’]s\s+)?(?:{DIGITS}|\b{WORDS}\b)\b",
            plain[end : end + 50],
            re.I,
        )
        if (
            unit is None and of_total
        ):  # "only 26 of the 44 countries ... have ratified": the part counts what the whole does
            unit = _unit_after(plain, end + of_total.end())[0]
            unit = unit if unit not in {"not-a-count", "warhead-synonym"} else None
        part = of_total is not None and unit is not None  # the whole is a figure of its own ("47 of the 53 States")
        if (
            unit is None
            and out
            and out[-1].unit == "states"
            and re.fullmatch(r"\s+(?:out\s+)?of\s+(?:the|these|those|all)\s+", plain[out[-1].end : start])
        ):
            unit = out[-1].unit  # "31 States of those 44": the whole counts what its part does
        if (
            unit is None
            and out
            and out[-1].unit == "states"
            and start - out[-1].end < 300
            and re.match(r"\s+of\s+(?:them|these|those)\b", plain[end : end + 12])
        ):
            unit = "states"  # "ratified by 170 of them", "Four of them (Austria, ...)": the states counted before
        if (
            unit is None
            and out
            and out[-1].unit is not None
            and re.fullmatch(
                r"\s*,?\s*(?:of\s+(?:which|whom)|among\s+(?:which|whom|them))\s+", plain[out[-1].end : start]
            )
        ):
            # "signed by 168 countries, of which 104 ratified it": the part counts what the whole does
            unit = out[-1].unit
        if unit is None and (ahead := _COUNT_AHEAD.match(plain, end)) is not None:
            later, _ = _unit_after(plain, ahead.end())
            if later == "states":
                unit = later  # "signed by 183 and ratified by 158 States": the noun said once, after the second
        if unit is None and not _is_year(first) and (shared := _SHARED_AHEAD.match(plain, end)) is not None:
            second = RANGE.match(plain, shared.end()) or SINGLE.match(plain, shared.end())
            later = _unit_after(plain, second.end())[0] if second is not None else None
            if later in COUNTED or later == "km":
                unit = later
        if unit is None and out and re.match(r"\s+ones\b", plain[end : end + 6]):
            unit = out[-1].unit  # "signed by 182 states and ratified in 153 ones": the noun the one before counts
        if (
            unit is None
            and out
            and out[-1].unit is not None
            and 0 <= start - out[-1].end < 80
            and re.fullmatch(
                r"\s+(?:having|have|has|had)\s+\w+\s+(?:and|but|while|whereas)\s+", plain[out[-1].end : start]
            )
            and re.match(r"\s+(?:having|have|has|had)\b", plain[end : end + 10])
        ):
            unit = out[-1].unit  # "183 States having signed and 166 having ratified": the noun left out
        if (
            unit is None
            and out
            and out[-1].unit is not None
            and 0 <= start - out[-1].end < 80
            and re.fullmatch(
                rf"\s+(?:{_UNIT_WORDS}\s+)?(?:and|but|while|whereas)\s+(?:\w+\s+){{0,2}}(?:by|to|at)\s+",
                plain[out[-1].end : start],
            )
            and not re.match(r"\s+[A-Za-z]", plain[end : end + 2])
        ):
            unit = out[-1].unit  # "signed by 181 States and ratified by 150": the noun left out is the one before
        if (
            unit is None
            and out
            and out[-1].unit is not None
            and 0 <= start - out[-1].end < 200
            and not re.search(r"[.;]", plain[out[-1].end : start])
            and _TOTAL_TO.search(plain[max(0, start - 60) : start])
        ):
            unit = out[-1].unit  # "Ten states have become parties in 1992, bringing the total to 155": states
        if unit is None and (total := _TOTAL_TO.search(plain[max(0, start - 90) : start])) and total.group("noun"):
            unit = "states"  # "This brings the total number of Treaty ratifications to 145": ratifying states
        if unit is None:
            stands = _STANDS_AT.search(plain[max(0, start - 90) : start])
            if stands and stands.group("counted"):
                unit = "states"  # "the number of signatory States to 79": a count of states
            elif stands:
                unit = _unit_of(stands.group("unit"))  # "the number of ratifying States will stand at 156"
        if (
            unit is None
            and out
            and re.match(r"\s+(?:have|has|had|are|were)\b", plain[end : end + 8])
            and out[-1].unit == "states"
            and start - out[-1].end < 200
            and (
                not re.search(r"[.;]", plain[out[-1].end : start])
                or re.fullmatch(r"[^.;]*[.;]\s+Of\s+(?:these|them|those),?\s+", plain[out[-1].end : start])
            )
        ):
            unit = "states"  # "Of the 44 States ..., 41 have signed and 28 have ratified"
        if unit is None:
            if years or _is_year(first if value is not None else last):
                return
            number = value if value is not None else high
            if number is None or number < 100 or not _LEVEL_CUE.search(plain[max(0, start - 30) : start]):
                return
            unit, inferred = context_unit(start), True
            if unit is None or re.match(r"\s+(?:[A-Za-z-]+\s+)?[a-z]+s\b", plain[end : end + 40]):
                return  # "some 100 foreign ministers": a count of another noun, not a level of arms
        elif years and unit not in COUNTED:
            return
        pair = value == 2 and re.search(r"\b(?:our|the|these|those|both)\s+$", plain[max(0, start - 8) : start], re.I)
        if unit == "states" and ((value if value is not None else high or 0) < 2 or pair):
            return  # "one State"; "our two countries", "the two nations": the pair of parties, not a count
        if unit not in COUNTED and any(o.unit == unit and (o.value, o.low, o.high) == (value, low, high) for o in out):
            # "five nuclear powers ... the five nuclear powers", "ten years" twice: the same count said again, one
            # figure (a level of arms said again may be proposed anew, with a deadline of its own)
            return
        span_end = unit_end if not (inferred or part) else end
        if any(covered[start:span_end]):
            return
        covered[start:span_end] = b"\x01" * (span_end - start)
        out.append(RawFigure(text[start:span_end], start, span_end, value, low, high, unit, inferred))

    for m in RANGE.finditer(plain):
        low, high = parse_number(m.group("low")), parse_number(m.group("high"))
        sep = m.group("sep").strip().lower()
        if low is None or high is None or low >= high:
            continue
        if sep in ("and", "until") and not m.group("lead"):
            continue
        if _is_year(m.group("low")) and _is_year(m.group("high")) and _unit_after(plain, m.end())[0] not in COUNTED:
            continue  # 1997-1999: a period, not a quantity; "1,900-2,000 warheads" is a quantity
        keep(m.start(), m.end(), low, high, None, m.group("low"), m.group("high"))
    for m in re.finditer(r"\b(?:a\s+)?(?P<part>quarter|half)\s+(?:of\s+)?a\s+century\b", plain, re.I):
        # "a quarter of a century ago", "over half a century": 25 and 50 years
        years = 25.0 if m.group("part").lower() == "quarter" else 50.0
        if not any(covered[m.start() : m.end()]):
            covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            out.append(RawFigure(text[m.start() : m.end()], m.start(), m.end(), years, None, None, "years", False))
    for m in re.finditer(r"\b(?:a|an|one)\s+(?=(?:week|month|year|day)s?\s+ago\b)", plain, re.I):
        keep(m.start(), m.start() + len(m.group(0).rstrip()), None, None, 1.0, "1", "1")  # "A week ago": one week
    for m in re.finditer(r"(?<!\byet\s)\b(?:another|a\s+further)\s+(?=(?:week|month|year|day)\b)", plain, re.I):
        # "extending the treaty's validity for another year": one year more ("for yet another year": once more, an
        # idiom rather than a term)
        keep(m.start(), m.start() + len(m.group(0).rstrip()), None, None, 1.0, "1", "1")
    for m in SINGLE.finditer(plain):
        value = parse_number(m.group("value"))
        if value is None:
            continue
        keep(m.start(), m.end(), None, None, value, m.group("value"), m.group("value"))
    return sorted(out, key=lambda f: f.start)


_DEADLINE_CUE = re.compile(
    r"\b(?:by|until|before|through|no\s+later\s+than|to)\s+(?:the\s+)?(?:end\s+of\s+)?(?:the\s+year\s+)?$", re.I
)


def deadline_for(figure: RawFigure, text: str, dates: list[FoundDate], sentence: tuple[int, int]) -> FoundDate | None:
    """The date the text sets for ``figure``: a 'by', 'until' or 'end of' date in its sentence, nearest first."""
    a, b = sentence
    candidates = []
    for d in dates:
        if not (a <= d.start < b):
            continue
        lead = text[max(a, d.start - 30) : d.start]
        if d.text.lower().startswith(("end of", "the end of")) or _DEADLINE_CUE.search(lead):
            candidates.append(d)
    if not candidates:
        return None
    # An alternative in parentheses ("By the year 2003 (or by the end of the year 2000 if ...)") yields to the
    # deadline outside them, unless the figure stands in the parentheses too.
    outside = [d for d in candidates if _in_parentheses(text, a, d.start) == _in_parentheses(text, a, figure.start)]
    return min(outside or candidates, key=lambda d: abs(d.start - figure.start))


def _in_parentheses(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside an open parenthesis of ``text[start:pos]`` (closed ones, "(a)", are passed)."""
    before = text[start:pos]
    return before.rfind("(") > before.rfind(")")


def deadline_date(found: FoundDate) -> dt.date:
    """A 'by 2008' deadline is the end of that year; a day is itself."""
    if found.precision == "year":
        return dt.date(found.date.year, 12, 31)
    return found.date
