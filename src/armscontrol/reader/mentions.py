"""Finding instruments, states and zones in a statement.

No trained model is loaded: spaCy's blank English pipeline splits sentences
and an entity ruler built from ISO 3166 names finds states; instrument names
are matched by :mod:`armscontrol.reader.names` (word boundaries, longest
first, every spelling the registry implies). What the registry lacks is reported as
unresolved, with the nearest known name, never guessed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from armscontrol.data import registry
from armscontrol.data.schema import Instrument
from armscontrol.reader import lexicon
from armscontrol.reader.dates import MONTHS
from armscontrol.reader.descriptions import made_on, parent_of, protocols_of
from armscontrol.reader.names import find_names, words


@dataclass(frozen=True)
class Found:
    """A mention of an instrument in the text."""

    instrument: str
    text: str
    start: int
    end: int
    how: str  # name, title, descriptive, anaphora, article, misspelt


@dataclass(frozen=True)
class StateFound:
    code: str
    text: str
    start: int
    end: int


def _variants(name: str) -> set[str]:
    names = {name, name.replace("-", " "), re.sub(r"(?<=\w) (?=[IVX\d]+\b)", "-", name)}
    stripped = re.sub(r"\s*\([^)]*\)", "", name).strip()
    names.add(stripped)
    names.update(
        re.sub(r"\bTreaty$", "treaties", n) for n in list(names) if n.endswith(" Treaty") and len(n.split()) <= 3
    )
    names.update(p for p in re.findall(r"\(([^)]*)\)", name) if re.search(r"[A-Za-z]", p))
    return {n for n in names if len(n) >= 3}


def instrument_names(instrument: Instrument) -> dict[str, str]:
    """Every name of ``instrument`` to match, with how it names it (name or title)."""
    names: dict[str, str] = {}
    for alias in [instrument.short_title, *instrument.aliases]:
        for variant in _variants(alias):
            names.setdefault(variant, "name")
    names[instrument.title] = "title"
    short = re.sub(
        r"^(Treaty|Protocol to the Treaty|Interim Agreement) between the United States of America and the (?:Union of "
        r"Soviet Socialist Republics|Russian Federation) ",
        r"\1 ",
        instrument.title,
    )
    if short != instrument.title:
        names.setdefault(short, "title")
    return names


@cache
def pipeline():
    """The blank English pipeline: a sentencizer and an entity ruler of state names (built once per process).

    Instrument names are matched by :mod:`armscontrol.reader.names`, not by spaCy.
    """
    # on first use: heavy (spaCy)
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    # "U.S.-Russia relations": a hyphen between a name ending in a full stop and a capital splits.
    infixes = [*nlp.Defaults.infixes, r"(?<=[.A-Za-z])-(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    patterns = []
    for name, code in _state_names().items():
        for spelled in {name, name.upper(), *_lower_case(name)}:
            patterns.append({"label": "GPE", "pattern": spelled, "id": code})
    ruler.add_patterns(patterns)
    return nlp


# Names that are also common words in lower case: a state only when capitalised ("réunion": a meeting in French).
_WORDS_IN_LOWER_CASE = frozenset(
    {"chad", "china", "guinea", "jersey", "jordan", "niger", "turkey", "georgia", "man", "réunion"}
)


def _lower_case(name: str) -> set[str]:
    """A state's name as some texts write it in lower case ("the russian federation", "russia"), where that is no
    common word ("turkey", "china") and no abbreviation ("US" is "us")."""
    lowered = name.lower()
    if len(lowered) < 5 or not name[:1].isupper() or lowered in _WORDS_IN_LOWER_CASE or name.isupper():
        return set()
    return {lowered}


@cache
def _state_names() -> dict[str, str]:
    import pycountry  # on first use: heavy (pycountry's ISO 3166 database)

    names: dict[str, str] = {}
    inverted: dict[str, set[str]] = {}  # "Micronesia" -> {"FSM"}, from ISO's "Micronesia, Federated States of"
    natural_names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value or country.alpha_3 in lexicon.NOT_STATES:
                continue
            if "," in value:
                head, tail = (part.strip() for part in value.split(",", 1))
                inverted.setdefault(head, set()).add(country.alpha_3)
                # the United Nations' lists write it "Micronesia (Federated States of)", "Congo (Republic of)"
                names.setdefault(f"{head} ({tail})", country.alpha_3)
                # and prose in its natural order: "the Democratic Republic of the Congo", "the Republic of Korea"
                natural = re.sub(r"^(?:The|the)\s+", "", f"{tail} {head}")
                natural_names.setdefault(natural, country.alpha_3)
                continue
            names[value] = country.alpha_3
            if "-" in value:
                names.setdefault(value.replace("-", " "), country.alpha_3)  # "Guinea Bissau", "Timor Leste"
    for natural, code in natural_names.items():
        names.setdefault(natural, code)
    for head, codes in inverted.items():
        if len(codes) == 1 and head not in names:
            names[head] = next(iter(codes))  # "Micronesia"; not "Korea", which names two states
    # states that ceased to exist, by the data's names for them ("Serbia and Montenegro", "Czechoslovakia")
    from armscontrol.data.parties import HISTORICAL  # on first use: heavy (pycountry's ISO 3166 database)

    for code, state in HISTORICAL.items():
        names.setdefault(state.name, code)
    names.update(lexicon.STATE_NAMES)
    for name, code in list(names.items()):
        # "Cote d'Ivoire", "Curacao": a name with its accents left off, as many stored pages write it
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if plain != name and len(plain) == len(name):  # each accented letter kept as its base letter
            names.setdefault(plain, code)
    return {name: code for name, code in names.items()}


def _state_name_map() -> dict[str, str]:
    return _state_names()


def state_name_map() -> dict[str, str]:
    """Every name of a state the reader knows (ISO 3166's, the United Nations' and the usual ones), with its code."""
    return _state_names()


def _generic_new(doc, start: int, end: int) -> bool:  # noqa: ANN001
    """'a new strategic arms reduction treaty': a descriptive title after 'new' names a treaty still to come."""
    words = [t.text for t in doc[start:end]]
    descriptive = len(words) >= 3 and all(w.isalpha() and not w.isupper() for w in words)
    before = doc[start - 1].text if start > 0 else ""
    return descriptive and before in {"new", "another", "future", "subsequent"}


_INSTRUMENT_WORD = re.compile(
    r"\b(?:Treaty|Treaties|Agreements?|Protocols?|Conventions?|Accords?|Memorandum|Declaration|Framework|Statements?|"
    r"Initiatives?|Understanding|status|Zone)\b",
    re.I,
)


# The word before a series' name that picks another of its members, the parties between: an ordinal ("the second
# U.S.-Russian Strategic Arms Reduction Treaty") or a word of the newest ("the recently signed Russian-US strategic arms
# reduction treaty")
_ORDINAL_BEFORE = re.compile(
    rf"\b(?P<ordinal>first|second|third)\s+(?:{lexicon.PAIR_OF_PARTIES}\s+|(?:bilateral|nuclear)\s+)?$", re.I
)
_NEWEST_BEFORE = re.compile(
    rf"\b(?:(?:recently|newly|just)\s+(?:signed|concluded|agreed)|new|latest)\s+(?:{lexicon.PAIR_OF_PARTIES}\s+)?$",
    re.I,
)
_NUMERALS = {"first": "I", "second": "II", "third": "III"}


def _series_member(text: str, start: int, instrument: str, on: dt.date) -> str:
    """The member of a series that the word before its name picks, the name being another member's: an ordinal picks
    the registry's instrument whose short title is the named one's with the ordinal's numeral ("the second Strategic
    Arms Reduction Treaty" is START II); then "new" or "recently signed" picks the one that has the name with "New"
    before it among its names and existed by ``on`` or within the season after it ("the recently signed Russian-US
    strategic arms reduction treaty" in May 2010 is New START). Else ``instrument``."""
    reg = registry()
    window = max(0, start - 40)
    ordinal = _ORDINAL_BEFORE.search(text, window, start)
    named = reg.instruments.get(instrument)
    series = re.fullmatch(r"(?P<base>.+?)\s+(?:I|II|III|1|2|3)", named.short_title) if named and ordinal else None
    if ordinal and series:
        wanted = f"{series.group('base')} {_NUMERALS[ordinal.group('ordinal').lower()]}"
        instrument = next((i.id for i in reg.instruments.values() if i.short_title == wanted), instrument)
        named = reg.instruments.get(instrument)
    if named is None or not _NEWEST_BEFORE.search(text, window, start):
        return instrument
    own = {n.lower() for n in (named.title, named.short_title, *named.aliases)}
    for other in reg.instruments.values():
        names = {n.lower() for n in (other.title, other.short_title, *other.aliases)}
        if (
            other.id != instrument
            and any(f"new {n}" in names for n in own)
            and made_on(other.id) <= on + dt.timedelta(days=90)
        ):
            return other.id
    return instrument


def find_instruments(text: str, on, *, dated: bool = False) -> list[Found]:  # noqa: ANN001
    """Named mentions (see :mod:`armscontrol.reader.names`), with an acronym used as a modifier ("ABM systems") left
    out. ``dated``: ``on`` is the statement's own date, not a stand-in (names that depend on the date are read by it
    only then)."""

    all_words = words(text)
    found: list[Found] = []
    for match in find_names(text, on, all_words):
        following = all_words[match.last + 1] if match.last + 1 < len(all_words) else None
        single = match.first == match.last
        if (
            single
            and match.how != "descriptive"
            and text[match.start : match.end] in lexicon.GENERIC_ACRONYMS
            and following is not None
            and following.raw.lower() in lexicon.MODIFIER_NEXT_WORDS
            and not text[match.end : following.start].strip()
        ):
            continue
        if match.how != "descriptive" and _generic_new_text(text, all_words, match):
            continue
        name = text[match.start : match.end]
        bare = not _INSTRUMENT_WORD.search(name) and not re.search(r"\b(?:[A-Z]{2,}|[IVX]+|\d+)\b", name)
        if (
            bare
            and not _INSTRUMENT_WORD.match(text[match.end : match.end + 30].lstrip(" -"))
            and _KIND_BEFORE.search(text[max(0, match.start - 60) : match.start])
        ):
            # "the Ad Hoc Committee on a Nuclear Test Ban", "negotiations on a total nuclear test ban": a subject of
            # talks, not a name, where no treaty word says so
            continue
        if (
            bare
            and following is not None
            and following.raw in lexicon.MODIFIER_NEXT_WORDS
            and not text[match.end : following.start].strip()
        ):
            continue  # "the nuclear test ban issue": the name modifies a noun of its own
        if _a_kind_of(text, match.start, name, on, match.ids):
            continue
        end = match.end
        if (
            following is not None
            and following.raw.lower() in {"treaty", "treaties"}
            and not text[match.end : following.start].strip(" -")
            and not text[match.start : match.end].lower().endswith(("treaty", "treaties"))
        ):
            end = following.end
        if (
            found
            and name[:1].islower()
            and found[-1].end <= match.start
            and not text[found[-1].end : match.start].strip()
            and found[-1].instrument not in match.ids
        ):
            # "the New START strategic arms reduction treaty": a lower-case title right after a name describes it
            continue
        for instrument in match.ids:
            instrument = _series_member(text, match.start, instrument, on)
            found.append(Found(instrument, text[match.start : end], match.start, end, match.how))
    found += _treaties_of_places(text, found, on)
    found = _the_protocol_to(text, found)
    found = _start_after_new_start(text, found, on if dated else None)
    return _defined_abbreviations(text, found, on)


_NEW_START_SIGNED = dt.date(2010, 4, 8)  # its signature: "START" before the Senate in 2010 is New START
# "START" alone (START I's acronym) and the words that may follow it as its name
# ("The Strategic Arms Reduction Treaty is a document signed on April 8, 2010", a report of 2023: START I's
# English name without its numeral, as the later treaty's translations give it)
_BARE_START = re.compile(
    r"START(?:\s+(?:Treaty|treaty|agreement|Agreement|accord))?|(?:the\s+)?Strategic\s+Arms\s+Reduction\s+Treaty"
)
# A year of START I's time, or its own numeral, near a bare "START": the first treaty meant
# ("The previous START pact has lapsed")
_START_I_NEAR = re.compile(
    r"\b(?:19[89]\d|200\d)\b|\bSTART[\s-]*(?:I|1)\b(?!I)|\b(?:first|previous|original|earlier|former)\b"
    # ("Under the Lisbon Protocol, Belarus, Kazakhstan and Ukraine became parties to START": START I's own protocol)
    r"|\bLisbon\s+Protocol\b"
)


def _start_after_new_start(text: str, found: list[Found], on: dt.date | None) -> list[Found]:
    """ "START" alone, in a statement made after New START was signed (8 April 2010), is New START, as Russian
    statements and their translations call it ("the extension of the START agreement", 2021), unless a year of START
    I's time or "START I" stands near it."""
    if (on is not None and on < _NEW_START_SIGNED) or "new-start" not in registry().instruments:
        return found
    out = []
    for f in found:
        if (
            f.instrument == "start-i"
            and _BARE_START.fullmatch(f.text)
            and (
                # ("новый российско-американский Договор о СНВ": the new treaty, whatever stands near, and in a text
                # with no date too)
                _NEW_BEFORE.search(text, max(0, f.start - 50), f.start)
                or (on is not None and not _START_I_NEAR.search(text, max(0, f.start - 80), min(len(text), f.end + 80)))
            )
        ):
            f = Found("new-start", f.text, f.start, f.end, f.how)
        out.append(f)
    return out


# "the new Russian-American START Treaty", "новый российско-американский Договор о СНВ" (as the gloss leaves it)
_NEW_BEFORE = re.compile(r"(?:[Nn]ew|(?<![\w])нов(?:ый|ого|ому|ым|ом))\s+(?:[\w-]+\s+){0,2}(?:the\s+)?$")


# "the Protocol on Negative Security Assurances to the Treaty on the Nuclear-Weapon-Free Zone in Central Asia": a
# protocol named by what it is on, then the treaty it is to
_PROTOCOL_TO = re.compile(r"\b(?-i:Protocol)\s+(?:(?:on|of|for)\s+[^.;,()]{1,60}?\s+)?to\s+(?:the\s+)?$")


def _the_protocol_to(text: str, found: list[Found], pattern: re.Pattern[str] = _PROTOCOL_TO) -> list[Found]:
    """A protocol named before "to" a treaty that has exactly one protocol is that protocol: the treaty's mention
    becomes the protocol's, over the whole name."""
    out = []
    for f in found:
        one = protocols_of().get(f.instrument, [])
        before = pattern.search(text, max(0, f.start - 90), f.start) if len(one) == 1 else None
        if before is not None and not any(g.start < f.start and g.end > before.start() for g in found if g is not f):
            out.append(Found(one[0], text[before.start() : f.end], before.start(), f.end, f.how))
        else:
            out.append(f)
    return out


_TREATIES_OF = re.compile(
    r"\b(?-i:Treaties|treaties)\s+of\s+(?P<places>(?-i:[A-Z])[\w-]+(?:\s*,\s*(?:of\s+)?(?-i:[A-Z])[\w-]+)*"
    r"(?:,?\s+and\s+(?:of\s+)?(?-i:[A-Z])[\w-]+))"
)


def _treaties_of_places(text: str, found: list[Found], on: dt.date) -> list[Found]:
    """ "the Treaties of Tlatelolco, Rarotonga and Pelindaba" (in French "traités de Tlatelolco, de Rarotonga et de
    Pelindaba"): each place under the plural head names its "Treaty of <place>", where the registry holds one."""
    out = []
    for m in _TREATIES_OF.finditer(text):
        for place in re.finditer(r"(?-i:[A-Z])[\w-]+", m.group("places")):
            start, end = m.start("places") + place.start(), m.start("places") + place.end()
            if any(f.start <= start < f.end for f in found):
                continue
            name = f"Treaty of {place.group(0)}"
            matches = [n for n in find_names(name, on) if n.start == 0 and n.end == len(name)]
            for instrument in matches[0].ids if matches else ():
                out.append(Found(instrument, place.group(0), start, end, "name"))
    return out


_ABBREVIATION = re.compile(r"\s*\(\s*(?:the\s+)?(?P<short>[A-Z][A-Za-z0-9.\- ]{0,20}?)\s*\)")


def _abbreviates_parent(instrument: str, short: str, on: dt.date | None) -> bool:
    """Whether a protocol's title ends in a bracket that is the registry's own name for the treaty it belongs to: the
    bracket abbreviates the treaty (or its zone) the title names last, not the protocol."""
    parent = parent_of(instrument)
    return parent is not None and any(parent in m.ids for m in find_names(short, on or dt.date.today()))


def _defined_abbreviations(text: str, found: list[Found], on: dt.date | None = None) -> list[Found]:
    """A name followed by its abbreviation in parentheses defines it for the text.

    "the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (START)", as
    Russian texts call New START: that "START", and every later one, is New START, not the registry's START I.
    """
    ordered = bracket_wins(text, sorted(found, key=lambda f: (f.start, -f.end)), on)
    defined: dict[str, tuple[str, int]] = {}  # abbreviation -> (instrument, where its definition ends)
    for f in ordered:
        if f.how in ("name", "title") and (m := _ABBREVIATION.match(text, f.end)) and m.group("short") != f.text:
            short = re.sub(r"\s+Treaty$", "", m.group("short"))
            if _abbreviates_parent(f.instrument, short, on):
                continue  # "the protocol to the treaty on the Southeast Asia Nuclear Weapon-Free Zone (SEANWFZ)"
            defined.setdefault(short, (f.instrument, f.start))
    if not defined:
        return found
    # A defined abbreviation the registry does not spell ("... on Strategic Offensive Reductions (SOR Treaty)") names
    # the
    # instrument too, in the parentheses and after them.
    spans = [(f.start, f.end) for f in ordered]
    for short, (instrument, at) in defined.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?:\s+Treaty)?(?![\w-])", text[at:]):
            a, b = at + m.start(), at + m.end()
            if not any(x < b and a < y for x, y in spans):
                ordered.append(Found(instrument, m.group(0), a, b, "name"))
                spans.append((a, b))
    ordered.sort(key=lambda f: (f.start, -f.end))
    out: list[Found] = []
    seen: set[tuple[str, int, int]] = set()
    for f in ordered:
        short = re.sub(r"\s+Treaty$", "", f.text)
        if short in defined and f.how == "name" and f.start > defined[short][1]:
            f = Found(defined[short][0], f.text, f.start, f.end, f.how)
        if (f.instrument, f.start, f.end) not in seen:
            seen.add((f.instrument, f.start, f.end))
            out.append(f)
    return out


# An indefinite article, or "on"/"for", and up to three words that are no determiner before a name: a kind of treaty.
_KIND_BEFORE = re.compile(r"\b(?:a|an|on|for)\s+(?:(?!(?:the|this|that|its|their|our)\b)[A-Za-z-]+\s+){0,3}$", re.I)
_INDEFINITE_BEFORE = re.compile(
    r"\b(?P<article>a|an)\s+(?P<words>(?:(?!(?:the|this|that|its|their|our)\b)[A-Za-z-]+\s+){0,4})$", re.I
)


def _a_kind_of(text: str, start: int, name: str, on: dt.date, ids: tuple[str, ...]) -> bool:
    """Whether a name after an indefinite article is a kind of treaty, not the instrument.

    "a Regional Test Ban Treaty with India", "a universal and verifiable comprehensive nuclear test ban treaty no later
    than 1996": a name two instruments share, or a name in lower case, after "a" and words that qualify it (or with
    none, before the instrument existed) is a treaty of that kind still to be made. "a CTBT" and "an INF Treaty"
    (acronyms) stay names.
    """
    m = _INDEFINITE_BEFORE.search(text[max(0, start - 60) : start])
    if m is None or re.search(r"\b[A-Z]{2,}\b", name):
        return False
    shared = any(name.lower() == phrase.lower() for phrase in lexicon.SHARED_NAMES)
    lower = name == name.lower()
    if not (shared or lower):
        return False
    if m.group("words").strip():
        return True
    return all(made_on(i) > on for i in ids)


def _existed(instrument_id: str, on: dt.date) -> bool:
    """Whether an instrument existed as a text on a day (any event of it on or before)."""
    return any(e.date <= on for e in registry().instruments[instrument_id].events)


def bracket_wins(text: str, ordered: list[Found], on: dt.date | None = None) -> list[Found]:
    """A name followed by another instrument's own name in parentheses is that instrument.

    "the Strategic Arms Reduction Treaty (New START)", "the New Strategic Arms Reduction Treaty (New START)": the
    bracket says which treaty the writer means, so the name before it (an alias START I shares, a misspelling) is
    read as the bracket's instrument, and the bracket defines nothing new. An official title is not overruled: in
    "the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms (START)" the title
    defines the bracket, unless the title's instrument did not exist yet on the statement's date and the bracket's
    did: "traité sur l'interdiction des armes nucléaires (CTBT)" in 1996 is the CTBT misnamed, not the TPNW.
    """
    by_start = {f.start: f for f in ordered if f.how == "name"}
    out = []
    for f in ordered:
        misnamed = (
            f.how == "title"
            and on is not None
            and (m := _ABBREVIATION.match(text, f.end)) is not None
            and (bracket := by_start.get(m.start("short"))) is not None
            and not _existed(f.instrument, on)
            and _existed(bracket.instrument, on)
        )
        m = _ABBREVIATION.match(text, f.end) if f.how in ("name", "misspelt") or misnamed else None
        inner = by_start.get(m.start("short")) if m else None
        if (
            m
            and inner is not None
            and inner.end == m.end("short")
            and inner.instrument != f.instrument
            # ("the New Strategic Arms Reduction Treaty (START)": a word of the name's own short names, New START's)
            and not _word_of_own_names(f.instrument, m.group("short"))
        ):
            f = Found(inner.instrument, f.text, f.start, f.end, f.how)
        out.append(f)
    return out


def _word_of_own_names(instrument: str, short: str) -> bool:
    """Whether ``short`` is a word of the instrument's short title or one of its aliases ("START" of "New START")."""
    record = registry().instruments.get(instrument)
    if record is None:
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
    return any(word.search(name) for name in [record.short_title, *record.aliases] if name != short)


def _generic_new_text(text: str, all_words, match) -> bool:  # noqa: ANN001
    """'a new strategic arms reduction treaty': a descriptive title after 'new' names a treaty still to come."""
    span = all_words[match.first : match.last + 1]
    descriptive = len(span) >= 3 and all(w.raw.isalpha() and not w.raw.isupper() for w in span)
    before = all_words[match.first - 1].raw if match.first > 0 else ""
    return descriptive and before in {"new", "another", "future", "subsequent"}


_ANAPHORA = re.compile(
    r"\b(?:(?:[Tt]hat|[Tt]his|[Tt]he|[Ss]aid)\s+(?P<head>Treaty|treaty|Agreement|agreement|Protocol|protocol|Accord|accord|Pact|pact"
    # "Документ не подписан Индией": "the document", as Russian texts call the treaty they speak of
    r"|document"
    # "of being a party to this instrument": the instrument the passage is about ("the instrument of ratification" has
    # its "of" after it, and is no anaphor)
    r"|instrument)"
    # "signed a protocol with the five countries", after the protocol (or the treaty that has one) is named: that
    # protocol
    # ("The treaty also includes a protocol which ...", "has a protocol, which is open for signature")
    r"|\ba\s+(?P<indefinite>protocol)(?=\s+(?:with|in|on|at)\b|,?\s+(?:which|that)\b(?!\s+(?:would|could|might)\b)))\b"
    # ("the Protocol to it": the one protocol of the treaty just named)
    r"(?!\s+(?:and\s+(?:its\s+)?Protocols?\s+)?(?:of|between|banning|to(?!\s+it\b))\b)(?!'s)"
    # ("the Protocol on Prohibitions ...", "the Treaty for the Prohibition": a title; "signed the Protocol on May 6",
    # "on behalf of", "ratify the Treaty for nearly 30 years": no title, whose next word is "the" or a capital)
    rf"(?!\s+(?:and\s+(?:its\s+)?Protocols?\s+)?(?:on|for)\s+(?=the\b|[A-Z])(?!\d|(?:{MONTHS}|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)\b))"
)
# What each head word may refer back to, by the registry's kinds (a protocol also to a treaty that has one protocol
# only: that protocol).
_ANAPHORA_KINDS = {
    "treaty": {"treaty", "protocol"},
    "agreement": {"agreement", "memorandum", "framework", "treaty"},
    "accord": {"agreement", "memorandum", "framework", "treaty"},
    "pact": {"agreement", "treaty"},
    "document": {"agreement", "treaty", "protocol"},
    "instrument": {"agreement", "treaty", "protocol"},
    "protocol": {"protocol", "treaty"},
}
_CANDIDATE = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|on|of|the|and|for|to|in|a)\s+){0,8}"
    r"(?:Treaty|Treaties|Traety|Treay|Tready|Agreement|Convention|Protocol|Accord)\b"
    # ("ratification of the Treaty on Tuesday, December 6": a day, no title)
    r"|\b(?:Treaty|Agreement|Convention|Protocol)\s+(?:of|on|for|banning)\s+"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\b)(?:(?:[A-Z][\w'’-]*|the|of|on|and|in|a)\s+){0,8}[A-Z][\w'’-]*"
)
_SKIP_CANDIDATE = re.compile(
    r"^(?:The|This|That|A|Our|Their|Its|These|Those|Such|Each|Any|New|Both|Russia's|America's)\s+(?:Treaty|Agreement|Convention|Protocol|Accord)$"
    # ("Obwohl the Treaty", a word the gloss left before "the Treaty": no title is a word and "the Treaty")
    r"|^[A-Z][\w'’-]*\s+the\s+(?:Treaty|Agreement|Convention|Protocol|Accord)$"
)


_GENERIC_WORDS = {
    "Treaty",
    "Treaties",
    "Protocol",
    "Protocols",
    "Agreement",
    "Agreements",
    "Convention",
    "Accord",
    "Additional",
    "Joint",
    "Statement",
    "The",
    # "States Parties to the Treaty": who is bound, not an agreement's name
    "States",
    "State",
    "Parties",
    "Party",
}
_NOT_A_NAME_START = {
    "Since",
    "When",
    "Once",
    "Under",
    "With",
    "Within",
    "Without",
    "After",
    "Before",
    "Article",
    "Articles",
    "In",
    "Of",
    "On",
    "For",
    "To",
    "By",
    "As",
    "If",
    "Unless",
    "While",
    "Until",
    "All",
    "Any",
    "Each",
    "Every",
    "Both",
    "We",
    "They",
    "It",
}


def _near(found: list[Found], ends: list[int], lo: int, hi: int) -> list[Found]:
    """The mentions (sorted by end, with ``ends`` their ends) that end within [lo, hi]."""
    return found[bisect.bisect_left(ends, lo) : bisect.bisect_right(ends, hi)]


def _overlaps(found: list[Found], starts: list[int], start: int, end: int) -> bool:
    """Whether a mention (sorted by start, at most ~200 characters long) overlaps [start, end)."""
    i = bisect.bisect_left(starts, start - 200)
    while i < len(found) and found[i].start < end:
        if found[i].end > start:
            return True
        i += 1
    return False


MODIFIES_EVENT = re.compile(
    # ("the Nuclear Non-Proliferation Treaty (NPT) Review and Extension Conference"; an organisation named for its
    # treaty, "the Comprehensive Nuclear-Test-Ban Treaty Organisation", may be all a text names of the treaty)
    r"\s+(?:\([A-Z]{2,8}\)\s+)?(?:Review\s+(?:and\s+Extension\s+)?)?"
    r"(?:Conference|conference|Summit|summit|meeting|Meeting|session|Session)\b"
)


# "the 2020 Review Conference of the Nuclear Non-Proliferation Treaty": a meeting named for the treaty after it
EVENT_OF = re.compile(
    r"\b(?:Review\s+(?:and\s+Extension\s+)?Conference|Conference|Meeting|Summit)\s+of\s+(?:the\s+)?"
    r"(?:(?:States\s+)?Parties\s+to\s+(?:the\s+)?)?$"
)


# "Protocol to the Treaty signed in Lisbon", the Treaty an anaphor: a protocol named right before it, no title between
_PROTOCOL_TO_ANAPHOR = re.compile(r"\b(?-i:Protocol)\s+to\s+$")


def find_anaphora(text: str, named: list[Found], kinds: Mapping[str, str]) -> list[Found]:
    """'That Treaty', 'this agreement', 'the Protocol' after a named instrument of that kind: the nearest before,
    within 1,500 characters."""

    out = []
    by_kind = {
        head: sorted((f for f in named if kinds.get(f.instrument) in allowed), key=lambda f: f.end)
        for head, allowed in _ANAPHORA_KINDS.items()
    }
    ends = {head: [f.end for f in found] for head, found in by_kind.items()}
    by_start = sorted(named, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    for m in _ANAPHORA.finditer(text):
        if _overlaps(by_start, starts, m.start(), m.start() + 1):
            continue
        head = (m.group("head") or m.group("indefinite")).lower()
        # "the NPT conference": a name that modifies a meeting is not what "the treaty" refers back to
        before = [
            f
            for f in _near(by_kind[head], ends[head], m.start() - 1499, m.start())
            if not MODIFIES_EVENT.match(text, f.end) and not EVENT_OF.search(text, max(0, f.start - 60), f.start)
        ]
        if before:
            last = _passage_instrument(text, before, m.start(), head, kinds)
            if head == "protocol" and kinds.get(last) != "protocol":
                one = protocols_of().get(last, [])
                if len(one) != 1:
                    continue  # "the protocol" after a treaty with none or several: not told which
                last = one[0]
            if head == "treaty" and kinds.get(last) != "treaty":
                last = (
                    parent_of(last) or last
                )  # "the Treaty" after "the Protocol to the Treaty ...": the treaty it belongs to
            out.append(Found(last, m.group(0), m.start(), m.end(), "anaphora"))
        elif (
            head in {"treaty", "agreement", "pact", "accord"}
            and m.group(0)[:1].lower() == "t"
            # ("a protocol to the agreement for creating a zone": another instrument's; "The treaty signed in Moscow
            # by ...": one the words after describe, not one named before)
            and not re.search(
                r"\b(?:protocols?|annex(?:es)?|amendments?)\s+to\s+$", text[max(0, m.start() - 20) : m.start()], re.I
            )
            and not re.match(
                r"\s+(?:signed|concluded|agreed|negotiated|reached|initialled|which|that)\b",
                text[m.end() : m.end() + 20],
            )
        ):
            # "Germany works for the entry into force of the Treaty ... The CTBT ...": named only after, the one
            # instrument of that kind the text names (none before it; with two or more, not told which)
            after = {f.instrument for f in by_kind[head] if m.end() <= f.start <= m.end() + 1500}
            if len(after) == 1 and len({f.instrument for f in by_kind[head]}) == 1:
                out.append(Found(after.pop(), m.group(0), m.start(), m.end(), "anaphora"))
    return _the_protocol_to(text, out, _PROTOCOL_TO_ANAPHOR)


# Words that set an instrument beside another for comparison ("compared with the Moscow Treaty", Russian "по сравнению
# с московским договором", "than under START I", "replaced the INF Treaty")
_COMPARED_WITH = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bthan(?:\s+under)?|по\s+сравнению\s+с|\bin\s+comparison\s+with)\s+(?:the\s+)?$",
    re.I,
)


def _passage_instrument(text: str, before: list[Found], at: int, head: str, kinds: Mapping[str, str]) -> str:
    """The instrument an anaphor at ``at`` speaks of, among those named before it (nearest last): the nearest, unless
    it was named once, in an earlier sentence, in a passage that names another at least three times ("Myanmar ...
    ratified the CTBT ... by ratifying in 1996 the Southeast Asia Nuclear Weapon-Free Zone Treaty. Adherence to the
    Treaty is nearly universal": the CTBT, the passage's subject). "This protocol" after "Additional Protocol I" in a
    passage about the Treaty of Tlatelolco is that protocol: the passage's instrument wins only where it is one the
    anaphor's head can name (a protocol, or a treaty with one protocol)."""
    compared = [f for f in before if _COMPARED_WITH.search(text, max(0, f.start - 30), f.start)]
    if compared and compared[-1] is before[-1] and len(before) > 1 and before[-2].instrument != before[-1].instrument:
        # "cut by a third compared with the Moscow Treaty of 2002 ... The Treaty was approved": the instrument set
        # beside the passage's for comparison is not what the passage goes on about
        before = [f for f in before if f.instrument != before[-1].instrument] or before
    last = before[-1]
    counts: dict[str, int] = {}
    for found in before:
        counts[found.instrument] = counts.get(found.instrument, 0) + 1
    if counts[last.instrument] > 1 or not re.search(r"[.!?]\s", text[last.end : at]):
        return last.instrument
    main = max(counts, key=lambda i: (counts[i], max(f.end for f in before if f.instrument == i)))
    if head == "protocol" and kinds.get(main) != "protocol" and len(protocols_of().get(main, [])) != 1:
        return last.instrument
    return main if counts[main] >= 3 else last.instrument


def _fold(name: str) -> str:
    return re.sub(r"[\s\-_.'’]+", " ", name.lower()).strip()


def _word_dropped(folded: str, name: str) -> bool:
    """Whether ``folded`` is the registry's ``name`` with whole words left out: "Nuclear Weapon Free Zone Treaty" is
    no misspelling of "African Nuclear Weapon Free Zone Treaty" but a zone treaty of no region; a misspelling changes
    letters, not the words that say which instrument."""
    mine, theirs = folded.split(), name.split()
    return len(mine) < len(theirs) and set(mine) <= set(theirs)


MAX_FUZZY_LOOKUPS = 300
"""Agreement-like names compared with the registry's, at most, per statement; later ones are listed unresolved with no
hint."""


@lru_cache(maxsize=4096)
def _closest(folded: str, choices: tuple[str, ...]) -> tuple[list[str], float]:
    close = difflib.get_close_matches(folded, choices, n=1, cutoff=0.6)
    return close, (difflib.SequenceMatcher(None, folded, close[0]).ratio() if close else 0.0)


def find_misspelt_and_unresolved(
    text: str, named: list[Found]
) -> tuple[list[Found], list[tuple[str, int, int, str | None]]]:
    """Agreement-like names the matchers missed: a close misspelling of a registry name, or unresolved."""
    reg = registry()
    names: dict[str, str] = {}
    for instrument in reg.instruments.values():
        for name in instrument_names(instrument):
            names[_fold(name)] = instrument.id
    for phrase, ids in lexicon.DESCRIPTIVE.items():
        names.setdefault(_fold(phrase), ids[0])
    misspelt: list[Found] = []
    unresolved: list[tuple[str, int, int, str | None]] = []
    by_start = sorted(named, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    choices = tuple(names)
    lookups = 0
    for m in _CANDIDATE.finditer(text):
        start, end = m.span()
        phrase = m.group(0)
        lead = re.match(r"(?:The|the|This|That|Our|Their|Its)\s+", phrase)
        if lead:
            start += lead.end()
            phrase = phrase[lead.end() :]
        words = phrase.split()
        if _SKIP_CANDIDATE.match(m.group(0)) or len(words) < 2 or words[0] in _NOT_A_NAME_START:
            continue
        if _overlaps(by_start, starts, start, end):
            continue
        if all(w in _GENERIC_WORDS for w in words if w[0].isupper()):
            continue  # "Protocol to the Treaty": a description, not a name
        if re.search(r"\b(?:new|another|future|subsequent)\s+$", text[max(0, start - 12) : start]):
            continue  # a treaty still to come, not a name
        folded = _fold(phrase)
        if lookups >= MAX_FUZZY_LOOKUPS:
            unresolved.append((phrase, start, end, None))
            continue
        lookups += 1
        close, ratio = _closest(folded, choices)
        if close and ratio >= 0.88 and not _word_dropped(folded, close[0]):
            misspelt.append(Found(names[close[0]], phrase, start, end, "misspelt"))
        else:
            nearest = names[close[0]] if close else None
            unresolved.append((phrase, start, end, nearest))
    return misspelt, unresolved


_ARTICLE = re.compile(r"\bArticle\s+([IVXLC]+|\d+)(?:\.\d+)?\b(?:\s+(?:of|to)\s+(?:the\s+)?)?")


def find_articles(text: str, found: list[Found]) -> list[tuple[str, str, int, int]]:
    """'Article VI' tied to a named instrument: the one named right after ('of the NPT'), else the nearest before."""
    out = []
    by_start = sorted(found, key=lambda f: f.start)
    starts = [f.start for f in by_start]
    by_end = sorted(found, key=lambda f: f.end)
    ends = [f.end for f in by_end]
    for m in _ARTICLE.finditer(text):
        after = by_start[bisect.bisect_left(starts, m.end()) : bisect.bisect_right(starts, m.end() + 3)]
        before = _near(by_end, ends, m.start() - 299, m.start())
        owner = after[0] if after else (before[-1] if before else None)
        if owner is not None:
            out.append((owner.instrument, f"Article {m.group(1)}", m.start(), m.start() + len(f"Article {m.group(1)}")))
    return out


_CONTINENT_BEFORE = re.compile(r"\b(?:Latin|Central|South|North|Middle)\s+$")


def find_states(doc) -> list[StateFound]:  # noqa: ANN001
    """States named in ``doc``; "America" in "Latin America" or "Central America" is a region, not the United States."""
    text = doc.text
    found = [
        StateFound(ent.ent_id_, ent.text, ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ == "GPE"
        and ent.ent_id_
        and not (ent.text == "America" and _CONTINENT_BEFORE.search(text[max(0, ent.start_char - 10) : ent.start_char]))
    ]
    if _WRAPPED.search(text):
        # "PEOPLE'S REPUBLIC\nOF CHINA" in a hard-wrapped telegram: a name across a line's end, found in the text with
        # each single line break read as a space (same offsets), in place of the parts found on either line
        unwrapped = pipeline().get_pipe("entity_ruler")(pipeline().make_doc(_WRAPPED.sub(" ", text)))
        across = [
            StateFound(ent.ent_id_, text[ent.start_char : ent.end_char], ent.start_char, ent.end_char)
            for ent in unwrapped.ents
            if ent.label_ == "GPE" and ent.ent_id_ and "\n" in text[ent.start_char : ent.end_char]
        ]
        if across:
            found = sorted(
                [*across, *(f for f in found if not any(a.start <= f.start and f.end <= a.end for a in across))],
                key=lambda f: f.start,
            )
    return _misspelt_in_lists(text, found)


# A single line break inside a paragraph, between two words.
_WRAPPED = re.compile(r"(?<=\w)\n(?=\w)")
# The next item of a list after a state: ", the Gambia and Tuvulu" (a capitalised word or three, no more)
_NEXT_ITEM = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<name>[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+){0,2})\b"
)
_PREVIOUS_ITEM = re.compile(r"\b(?P<name>[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]+){0,2})\s*,\s*(?:the\s+)?$")


@cache
def _names_by_initial() -> dict[str, tuple[str, ...]]:
    by_initial: dict[str, list[str]] = {}
    for name in _state_names():
        if name[:1].isupper() and name.replace(" ", "").isalpha():
            by_initial.setdefault(name[0], []).append(name)
    return {k: tuple(v) for k, v in by_initial.items()}


def _misspelt_state(name: str) -> str | None:
    """The state a capitalised word in a list of states misspells ("Tuvulu", "Tailanda"): the one name of the same
    initial within a small edit ratio (0.8), where exactly one is that close."""
    close = difflib.get_close_matches(name, _names_by_initial().get(name[0], ()), n=2, cutoff=0.8)
    if len(close) != 1 or abs(len(close[0]) - len(name)) > 2 or close[0].startswith(name):
        return None  # (a name cut short where a page's excerpt ends, "Portug", is no misspelling to read)
    return _state_names()[close[0]]


def _misspelt_in_lists(text: str, found: list[StateFound]) -> list[StateFound]:
    """A list of two or more states named right, with an item next to them that the names miss by a letter or two
    ("Samoa, Dominica, the Gambia and Tuvulu"): that item is the state it misspells. Only next to a list, so that a
    word alone that resembles a name is never read as a state."""
    if len(found) < 2:
        return found
    added: list[StateFound] = []
    starts = {f.start for f in found}
    for i, state in enumerate(found):
        in_list = (i > 0 and _JOINED_STATES.fullmatch(text, found[i - 1].end, state.start)) or (
            i + 1 < len(found) and _JOINED_STATES.fullmatch(text, state.end, found[i + 1].start)
        )
        if not in_list:
            continue
        after = _NEXT_ITEM.match(text, state.end)
        if after and after.start("name") not in starts and (i + 1 == len(found) or found[i + 1].start > after.end()):
            code = _misspelt_state(after.group("name"))
            if code is not None:
                added.append(StateFound(code, after.group("name"), after.start("name"), after.end("name")))
        before = _PREVIOUS_ITEM.search(text, max(0, state.start - 40), state.start)
        if before and (i == 0 or found[i - 1].end <= before.start()):
            code = _misspelt_state(before.group("name"))
            if code is not None and before.start("name") not in starts:
                added.append(StateFound(code, before.group("name"), before.start("name"), before.end("name")))
    if not added:
        return found
    unique = {f.start: f for f in added}
    return sorted([*found, *unique.values()], key=lambda f: f.start)


_JOINED_STATES = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+)?")


_ZONE = re.compile(
    r"(?:(?:NWFZ|nuclear[- ](?:weapons?[- ])?free[- ]zone)s?\s+treat(?:y|ies)(?=\s+in\b)"
    r"|nuclear[- ](?:weapons?[- ])?free[- "
    r"](?:zones?|status|space)|zones?\s+free\s+(?:of|from)\s+(?:nuclear\s+weapons|weapons\s+of\s+mass\s+destruction)"
    r"(?:\s+and\s+(?:their\s+)?(?:delivery\s+systems|(?:all\s+)?other\s+weapons\s+of\s+mass\s+destruction))?|(?:de|non-?)nucleari[sz]ation\s+of|denucleari[sz]ed?\s+zone|(?:such|these|those|similar)\s+zones)",
    re.I,
)
# between two regions of one list: "in the South Pacific, Southeast Asia and Africa", "in Africa and in Central Asia"
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:in\s+)?(?:the\s+)?$", re.I)


@dataclass(frozen=True)
class ZoneFound:
    region: str
    instrument: str | None
    text: str
    start: int
    end: int
    region_start: int
    region_end: int


# "Southeast and Central Asia": two regions whose shared noun is said once, after the second
_ELIDED_REGION = re.compile(
    r"\b(?P<first>(?:North|South|East|West|Central|Southern|Northern|Eastern|Western)(?:[ -]?(?:east|west|East|West))?)"
    r"\s+(?:and|or)\s+(?-i:[A-Z])[a-z]+(?:[ -]?(?:east|west|East|West))?\s+(?P<noun>Asia|Africa|America|Europe)\b"
)


def find_zones(text: str) -> list[ZoneFound]:
    """Zones named as places: a zone phrase and the region (or list of regions) it is for, nearest first.

    A region with an instrument in the data (in force or proposed) resolves to it; one without is a proposed zone.
    """
    names = sorted([*lexicon.ZONES_IN_DATA, *lexicon.PROPOSED_ZONES], key=len, reverse=True)
    region_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I)
    lookup = {n.lower(): n for n in names}
    out: list[ZoneFound] = []
    seen: set[tuple[int, int]] = set()
    for m in _ZONE.finditer(text):
        window_start = max(0, m.start() - 60)
        stop = re.search(r"[.;:!?]\s", text[m.end() : m.end() + 160])
        window_end = m.end() + (stop.start() if stop else 160)
        hits = [(h.start(), h.end()) for h in region_re.finditer(text, window_start, min(len(text), window_end))]
        # ("zones in Southeast and Central Asia": the first region's noun said once, for both)
        elided = {
            (e.start("first"), e.end("first")): lookup[f"{e.group('first')} {e.group('noun')}".lower()]
            for e in _ELIDED_REGION.finditer(text, window_start, min(len(text), window_end))
            if f"{e.group('first')} {e.group('noun')}".lower() in lookup
        }
        hits = sorted(set(hits) | set(elided))
        if not hits:
            continue
        after = [h for h in hits if h[0] >= m.end()]
        chosen: list[tuple[int, int]] = []
        if after:
            chosen = [after[0]]
            for h in after[1:]:
                if _LIST_GAP.match(text[chosen[-1][1] : h[0]]):
                    chosen.append(h)
                else:
                    break
        near = min(hits, key=lambda h: h[0] - m.end() if h[0] >= m.end() else m.start() - h[1])
        if not after or (near[0] < m.start() and m.start() - near[1] < after[0][0] - m.end()):
            chosen = [near]
        for a, b in chosen:
            if (a, b) in seen:
                continue
            seen.add((a, b))
            region = elided.get((a, b)) or lookup[text[a:b].lower()]
            out.append(ZoneFound(region, lexicon.ZONES_IN_DATA.get(region), m.group(0), m.start(), m.end(), a, b))
    return out
