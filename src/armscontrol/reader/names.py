"""Instrument names matched on word boundaries, longest first, in every spelling the registry implies.

Every name comes from the registry (short title, title, aliases, and the title
without its parties) or from :mod:`armscontrol.reader.lexicon`; this module
only decides when two spellings are the same name. Text and names are reduced
to the same word sequence:

- words are runs of letters or digits in any script, lower-cased; hyphens and
  spaces between words are the same ("Test-Ban" = "Test Ban");
- "the", "a", "an", "their" are skipped; "on" and "of" are one word; a plural
  of a treaty word is its singular ("agreements" = "agreement");
- roman numerals II-X and digits are one ("START II" = "START 2"); "Non" and
  "Anti" glued to the next word are split ("NonProliferation" = "Non-Proliferation").

A name matches only where the words follow each other with nothing but spaces
or hyphens between them (no sentence break, comma or bracket), the longest
name at each place wins, and a name that continues a longer title ("Ban
Treaty" inside "Nuclear Test Ban Treaty") is not a match. An acronym
("START", "INF") matches only in capitals. A name shared by two instruments
("Nuclear Test Ban Treaty": the 1963 treaty or the CTBT) resolves to the one
that existed on the statement's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from armscontrol.data import registry
from armscontrol.reader import lexicon
from armscontrol.reader.descriptions import glued_prefix, protocol_number, protocols_of

_WORD = re.compile(r"[^\W_]+")
_GAP_OK = re.compile(r"^(?:['’][ \t])?[ \t]*(?:\n[ \t]*)?(?:[-‐‑‒–—][ \t]*(?:\n[ \t]*)?)?$")
_HYPHEN_ONLY = re.compile(r"^[-‐‑‒–—]$")
SKIPPED = frozenset({"the", "a", "an", "their"})
_SAME = {
    "on": "of",
    "treaties": "treaty",
    # ("the nonproliferation pact", "the SALT accords": a treaty and an agreement by the press's words)
    "pact": "treaty",
    "pacts": "treaty",
    "accord": "agreement",
    "accords": "agreement",
    "agreements": "agreement",
    "protocols": "protocol",
    "understandings": "understanding",
    "declarations": "declaration",
    "statements": "statement",
    "defense": "defence",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "weapons": "weapon",
    "tests": "test",
    "v": "5",
    "vi": "6",
    "vii": "7",
    "viii": "8",
    "ix": "9",
    "x": "10",
    "i": "1",
}


@dataclass(frozen=True)
class Word:
    norm: str
    raw: str
    start: int
    end: int


def _split(raw: str) -> list[tuple[str, int]]:
    """A raw word as normalised parts with their offsets inside it ("NonProliferation" -> non, proliferation)."""
    parts = (
        [(m.group(0), m.start()) for m in re.finditer(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W_]+", raw)]
        if raw.isascii()
        else [(raw, 0)]
    )
    out = []
    for part, at in parts:
        low = part.lower()
        prefix = glued_prefix(low)
        if prefix is not None:
            out.append((prefix, at))
            low, at = low[len(prefix) :], at + len(prefix)
        out.append((low, at))
    return out


def words(text: str) -> list[Word]:
    """The words of ``text``, normalised, with their offsets (skipped words included, marked by their norm)."""
    out = []
    for m in _WORD.finditer(text):
        raw = m.group(0)
        parts = _split(raw)
        for i, (low, at) in enumerate(parts):
            start = m.start() + at
            end = m.start() + parts[i + 1][1] if i + 1 < len(parts) else m.end()
            norm = _SAME.get(low, low)
            if low == "s" and m.start() > 0 and text[m.start() - 1] in "'’":
                norm = "the"  # a possessive is its word: "Mongolia's NWFS" is "Mongolia NWFS"
            out.append(Word(norm, text[start:end], start, end))
    return _weapon_free(out)


def _weapon_free(found: list[Word]) -> list[Word]:
    """ "Nuclear Free Zone" and "Nuclear-Weapon-Free Zone" are one name, as texts write both for every zone: the
    "weapon" between "nuclear" and "free" is skipped (marked by a skipped norm)."""
    out = list(found)
    for i in range(1, len(out) - 1):
        if out[i].norm == "weapon" and out[i - 1].norm == "nuclear" and out[i + 1].norm == "free":
            out[i] = Word("the", out[i].raw, out[i].start, out[i].end)
    return out


def _drop_with_protocol(found: list[Word]) -> list[Word]:
    """ "Treaty and Protocol on ...", a treaty named with its protocol, is matched by the treaty's title: the words
    "and protocol" after a treaty word are skipped (marked by a skipped norm)."""
    out = list(found)
    for i in range(len(out) - 2):
        if out[i].norm == "treaty" and out[i + 1].norm == "and" and out[i + 2].norm == "protocol":
            out[i + 1] = Word("the", out[i + 1].raw, out[i + 1].start, out[i + 1].end)
            out[i + 2] = Word("the", out[i + 2].raw, out[i + 2].start, out[i + 2].end)
    return out


def normalise(name: str) -> tuple[str, ...]:
    """A name as the word sequence it is matched by."""
    return tuple(w.norm for w in words(name) if w.norm not in SKIPPED)


def _acronyms(name: str) -> frozenset[int]:
    """Positions (in the normalised sequence) of words written in capitals: they match only in capitals."""
    kept = [w for w in words(name) if w.norm not in SKIPPED]
    return frozenset(i for i, w in enumerate(kept) if len(w.raw) >= 2 and w.raw.isupper() and w.raw.isalpha())


@dataclass(frozen=True)
class Entry:
    ids: tuple[str, ...]
    how: str  # name, title, descriptive
    capitals: frozenset[int]
    ambiguous: bool = False


@dataclass(frozen=True)
class NameMatch:
    ids: tuple[str, ...]
    how: str
    start: int
    end: int
    first: int  # index of the first word in the word list
    last: int


def title_without_parties(title: str) -> str:
    return re.sub(
        r"^(Treaty|Protocol to the Treaty|Interim Agreement|Agreement|Memorandum of Understanding) between the United "
        r"States of America and the "
        r"(?:Union of Soviet Socialist Republics|Russian Federation) ",
        r"\1 ",
        title,
    )


_TITLE_IN_REGION = re.compile(
    r"^(?P<kind>Treaty|Agreement|Convention)\s+(?:on|for)\s+(?:a|an|the)\s+(?P<thing>.+?)\s+in\s+(?:the\s+)?(?P<region>.+)$"
)


# "Treaty on the Non-Proliferation of Nuclear Weapons": an act and what it is of, nothing after
_TITLE_OF_ACT = re.compile(
    r"^(?P<kind>Treaty|Agreement|Convention)\s+on\s+the\s+(?P<act>[\w-]+(?:\s+and\s+[\w-]+)?)\s+of\s+"
    r"(?P<thing>(?:[\w-]+\s+){0,3}[\w-]+)$"
)


_BETWEEN_PARTIES = re.compile(
    r"^(?P<head>.+?)\s+between\s+(?P<a>the\s+(?:[A-Z][\w-]*\s+|of\s+)+?[A-Z][\w-]*)\s+and\s+"
    r"(?P<b>the\s+(?:[A-Z][\w-]*\s+|of\s+)+?[A-Z][\w-]*)\s+(?P<tail>(?:on|for|concerning|of)\s.+)$"
)


def _word_order_variants(title: str) -> list[str]:
    """ "Treaty on a Nuclear-Weapon-Free Zone in Central Asia" is also the "Central Asia Nuclear-Weapon-Free Zone
    Treaty"; "Treaty on the Non-Proliferation of Nuclear Weapons" is also the "Nuclear Weapons Non-Proliferation
    Treaty", as translations from Russian order it ("Договор о нераспространении ядерного оружия")."""
    out = []
    m = _TITLE_IN_REGION.match(title)
    if m is not None:
        out.append(f"{m.group('region')} {m.group('thing')} {m.group('kind')}")
    m = _BETWEEN_PARTIES.match(title)
    if m is not None:
        # "the Treaty between the Union of Soviet Socialist Republics and the United States of America on ...": the
        # parties in the other's order, as each side's own texts put itself first
        out.append(f"{m.group('head')} between {m.group('b')} and {m.group('a')} {m.group('tail')}")
    m = _TITLE_OF_ACT.match(title)
    if m is not None and not re.search(r"\b(?:of|in|on|between|and|the)\b", m.group("thing")):
        out.append(f"{m.group('thing')} {m.group('act')} {m.group('kind')}")
    return out


def _possessive_variants(name: str) -> list[str]:
    """ "Mongolia's nuclear-weapon-free status" is also "the nuclear-weapon-free status of Mongolia": a name with its
    owner before it is also written with the owner after "of"."""
    m = re.fullmatch(r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?P<thing>[^()]+)", name)
    return [f"{m.group('thing')} of {m.group('owner')}"] if m else []


def _region_variants(name: str) -> list[str]:
    """A region's noun and its adjective name one zone ("Central Asia" and "Central Asian", "Africa" and "African").

    The pairs are the zone regions of :data:`armscontrol.reader.lexicon.ZONES_IN_DATA` that resolve to one instrument
    and of which one is the other with a suffix.
    """
    regions = lexicon.ZONES_IN_DATA
    out = []
    for noun, owner in regions.items():
        for adjective, other in regions.items():
            if (
                owner == other
                and adjective != noun
                and adjective.startswith(noun)
                and re.search(rf"\b{re.escape(noun)}\b", name)
                and not re.search(rf"\b{re.escape(adjective)}\b", name)
            ):
                out.append(re.sub(rf"\b{re.escape(noun)}\b", adjective, name))
            elif (
                owner == other
                and adjective != noun
                and adjective.startswith(noun)
                and re.search(rf"\b{re.escape(adjective)}\b", name)
            ):
                out.append(re.sub(rf"\b{re.escape(adjective)}\b", noun, name))
    return out


def _region_forms(region: str) -> list[str]:
    """A region and its adjective where the adjective adds an "n" ("Southeast Asia", "Southeast Asian")."""
    return [region, region + "n"] if region.endswith("a") else [region]


def zone_regions() -> dict[str, list[str]]:
    """Each zone instrument's regions (:data:`armscontrol.reader.lexicon.ZONES_IN_DATA`), nouns and adjectives."""
    out: dict[str, list[str]] = {}
    for region, owner in lexicon.ZONES_IN_DATA.items():
        forms = out.setdefault(owner, [])
        forms += [f for f in _region_forms(region) if f not in forms]
    return out


def _zone_treaty_names(treaty_id: str) -> list[str]:
    """A zone treaty named by its region: "the Treaty on a Nuclear Free Zone in South East Asia", "the Central Asia
    Nuclear-Weapon-Free Zone Treaty" (the regions are the zone's in :func:`zone_regions`; "Nuclear Free" and
    "Nuclear-Weapon-Free" are one spelling, see :func:`words`)."""
    # ("Agreement on Nuclear Free Zone in Central Asia": a treaty called an agreement, as agencies write)
    out = []
    for region in zone_regions().get(treaty_id, []):
        for word in ("Treaty", "Agreement"):
            out += [f"{word} on a Nuclear-Weapon-Free Zone in {region}", f"{region} Nuclear-Weapon-Free Zone {word}"]
    return out


def _zone_names(treaty_id: str) -> list[str]:
    """The zone a treaty creates, named by its region, as the parent in a protocol's name ("the Protocol to the
    Nuclear-Weapon-Free Zone in Central Asia"); alone it is a place, not the treaty."""
    out = []
    for region in zone_regions().get(treaty_id, []):
        out += [f"Nuclear-Weapon-Free Zone in {region}", f"{region} Nuclear-Weapon-Free Zone"]
    return out


def _protocols_by_parent() -> dict[str, list[str]]:
    """Each treaty's protocols (registry kind ``protocol``) through the ``protocol_to`` and ``amends`` linkages."""
    reg = registry()
    out: dict[str, list[str]] = {}
    for parent, children in protocols_of().items():
        if parent.startswith("^"):
            continue
        protocols = sorted(c for c in children if reg.instruments[c].kind == "protocol")
        if protocols:
            out[parent] = protocols
    return out


_PROTOCOL_WORDS = ("Protocol", "Additional Protocol", "revised Protocol", "Protocol on Security Assurances")
"""How texts call a protocol before "to" and its treaty's name; "Protocols" is the plural of each (see
:func:`words`)."""


def protocol_names(parent: str, protocols: list[str], parent_names: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """Every name of ``parent``'s protocols its texts use, generated from the parent's names and its zone's regions,
    each with "to" or "of" before the treaty's name.

    A treaty with one protocol: "Protocol to <any name of the treaty>", "Additional Protocol to ...", "the revised
    Protocol to ...", "the Protocol on Security Assurances to ...", "<name> Protocol" ("SEANWFZ Treaty Protocol").
    A treaty with numbered protocols: "Protocol I to <name>", "<name> Protocol 2", each numbered protocol alone;
    "Protocols I and II to <name>", "Protocols 1, 2 and 3 of <name>", the protocols numbered; and the unnumbered
    forms, which name them all ("the Protocols to the African Nuclear Weapon Free Zone Treaty").
    """
    numbers = {p: number for p in protocols if (number := protocol_number(p))}
    names = [*parent_names, *_zone_names(parent)]
    everyone = tuple(protocols)
    out: list[tuple[str, tuple[str, ...]]] = []
    # ("Protocols I and II of the Treaty of Pelindaba": "of" as often as "to")
    for name, to in ((name, to) for name in names for to in ("to", "of")):
        for word in _PROTOCOL_WORDS:
            out.append((f"{word} {to} {name}", everyone))
        if to == "to":
            out.append((f"{name} Protocol", everyone))
        for protocol, number in numbers.items():
            for word in ("Protocol", "Additional Protocol"):
                out.append((f"{word} {number} {to} {name}", (protocol,)))
            if to == "to":
                out.append((f"{name} Protocol {number}", (protocol,)))
        ordered = sorted(numbers.items(), key=lambda item: normalise(item[1]))
        for size in range(2, len(ordered) + 1):
            for first in range(len(ordered) - size + 1):
                run = ordered[first : first + size]
                listed = ", ".join(n for _, n in run[:-1]) + f" and {run[-1][1]}"
                for word in ("Protocols", "Additional Protocols"):
                    out.append((f"{word} {listed} {to} {name}", tuple(p for p, _ in run)))
    return out


def name_table() -> tuple[dict, frozenset[str]]:
    """The trie of every name (word -> subtree; ``None`` key -> entry) and the words names use (built once per
    registry)."""
    return _name_table(id(registry()))


@lru_cache(maxsize=4)
def _name_table(_registry: int) -> tuple[dict, frozenset[str]]:
    reg = registry()
    entries: dict[tuple[str, ...], Entry] = {}

    def add(name: str, ids: tuple[str, ...], how: str, ambiguous: bool = False) -> None:
        key = normalise(name)
        if not key or (len(key) == 1 and len(key[0]) < 3):
            return
        caps = _acronyms(name)
        if len(key) == 1 and not caps and not any(c.isdigit() for c in name) and name.isascii():
            return  # one ordinary word ("Interim") is no name
        if key in entries and not ambiguous:
            old = entries[key]
            if set(ids) - set(old.ids) and old.how != "title":
                entries[key] = Entry(tuple(dict.fromkeys(old.ids + ids)), old.how, old.capitals & caps, True)
            elif caps != old.capitals:
                entries[key] = Entry(old.ids, old.how, old.capitals & caps, old.ambiguous)
            return
        entries[key] = Entry(ids, how, caps, ambiguous)

    names_of: dict[str, list[str]] = {}
    for instrument in reg.instruments.values():
        own = names_of.setdefault(instrument.id, [])

        def add_own(name: str, how: str, instrument_id: str = instrument.id, own: list[str] = own) -> None:
            add(name, (instrument_id,), how)
            own.append(name)

        add_own(instrument.title, "title")
        add_own(title_without_parties(instrument.title), "title")
        for alias in [instrument.short_title, *instrument.aliases]:
            add_own(alias, "name")
            stripped = re.sub(r"\s*\([^)]*\)", "", alias).strip()
            if stripped != alias:
                add_own(stripped, "name")
            for inner in re.findall(r"\(([^)]*)\)", alias):
                if re.search(r"[A-Za-z]", inner) and not re.fullmatch(r"(?:19|20)\d\d|proposed", inner):
                    add_own(inner, "name")
        for variant in _word_order_variants(instrument.title):
            add_own(variant, "title")
        for alias in [instrument.title, instrument.short_title, *instrument.aliases]:
            for variant in _region_variants(alias):
                add_own(variant, "name")
            for variant in _possessive_variants(alias):
                add_own(variant, "name")
        if instrument.kind == "treaty":
            for variant in _zone_treaty_names(instrument.id):
                add_own(variant, "name")
    for parent, protocols in _protocols_by_parent().items():
        for name, ids in protocol_names(parent, protocols, names_of.get(parent, [])):
            if normalise(name) not in entries:
                add(name, ids, "name")
    for phrase, ids in lexicon.DESCRIPTIVE.items():
        add(phrase, ids, "descriptive")
    for phrase, ids in lexicon.SHARED_NAMES.items():
        add(phrase, ids, "name", ambiguous=True)
    trie: dict = {}
    vocabulary: set[str] = set()
    for key, entry in entries.items():
        node = trie
        for word in key:
            node = node.setdefault(word, {})
            vocabulary.add(word)
        node[None] = entry
    return trie, frozenset(vocabulary)


def _existing_on(ids: tuple[str, ...], on: dt.date) -> str:
    """Of instruments sharing a name, the latest one signed or opened by ``on``; else the earliest."""
    reg = registry()

    def first_day(instrument_id: str) -> dt.date:
        events = [
            e.date
            for e in reg.instruments[instrument_id].events
            if e.type in {"signed", "opened_for_signature", "adopted"}
        ]
        return min(events) if events else dt.date.max

    existing = [i for i in ids if first_day(i) <= on]
    if existing:
        return max(existing, key=first_day)
    return min(ids, key=first_day)


_NEAR_YEAR = re.compile(r"(?<![\d-])(?:19[4-9]\d|20\d\d)(?![\d-])")


def _signed_in_year_near(text: str, ids: tuple[str, ...], at: int) -> str | None:
    """Of instruments sharing a name, the one signed in a year the text gives within 300 characters of the name ("the
    Nuclear Test Ban Treaty ... signed in Moscow on August 5, 1963": the 1963 treaty, even in 2007), where exactly one
    was."""
    reg = registry()
    years = {int(y) for y in _NEAR_YEAR.findall(text[max(0, at - 300) : at + 300])}
    signed = [i for i in ids if any(e.type == "signed" and e.date.year in years for e in reg.instruments[i].events)]
    return signed[0] if len(signed) == 1 else None


def _one_swap(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two neighbouring letters swapped ("seanfwz", "seanwfz")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@lru_cache(maxsize=4)
def _registry_acronyms(_registry: int) -> tuple[str, ...]:
    """The acronyms (words of five letters or more written in capitals) of the registry's names, normalised."""
    reg = registry()
    found: set[str] = set()
    for instrument in reg.instruments.values():
        for name in [instrument.title, instrument.short_title, *instrument.aliases]:
            found.update(w.norm for w in words(name) if len(w.raw) >= 5 and w.raw.isupper() and w.raw.isalpha())
    return tuple(sorted(found))


def _misspelt_acronyms(found: list[Word], vocabulary: frozenset[str]) -> list[Word]:
    """An acronym in capitals that the registry spells with two neighbouring letters the other way round ("SEANFWZ"
    for "SEANWFZ", as texts misspell it) is the registry's, when exactly one registry acronym is that close."""
    acronyms = _registry_acronyms(id(registry()))
    out = list(found)
    for i, w in enumerate(out):
        if len(w.raw) < 5 or not w.raw.isupper() or not w.raw.isalpha() or w.norm in vocabulary:
            continue
        close = [a for a in acronyms if _one_swap(w.norm, a)]
        if len(close) == 1:
            out[i] = Word(close[0], w.raw, w.start, w.end)
    return out


def find_names(text: str, on: dt.date, found_words: list[Word] | None = None) -> list[NameMatch]:
    """Every registry name in ``text``, longest first, on word boundaries (see the module docstring)."""
    trie, vocabulary = name_table()
    given = words(text) if found_words is None else found_words
    all_words = _drop_with_protocol(_misspelt_acronyms(given, vocabulary))
    kept = [i for i, w in enumerate(all_words) if w.norm not in SKIPPED]
    out: list[NameMatch] = []
    k = 0
    while k < len(kept):
        node: dict[Any, Any] | None = trie
        best, j = None, k
        while j < len(kept):
            word = all_words[kept[j]]
            if j > k and not _GAP_OK.match(_gap(text, all_words, kept[j - 1], kept[j])):
                break
            node = node.get(word.norm) if node is not None else None
            if node is None:
                break
            entry = node.get(None)
            if entry is not None:
                best = (j, entry)
            j += 1
        if best is None:
            k += 1
            continue
        last, entry = best
        span = [all_words[kept[i]] for i in range(k, last + 1)]
        if (
            any(not span[i].raw.isupper() for i in entry.capitals if i < len(span))
            or (not entry.capitals and _continues_a_title(text, all_words, kept, k, vocabulary))
            or _longer_phrase(text, all_words, kept, last, span)
        ):
            k += 1
            continue
        ids = (
            (_signed_in_year_near(text, entry.ids, span[0].start) or _existing_on(entry.ids, on),)
            if entry.ambiguous
            else entry.ids
        )
        how = "misspelt" if any(w.norm != given[kept[i]].norm for i, w in zip(range(k, last + 1), span)) else entry.how
        out.append(NameMatch(ids, how, span[0].start, span[-1].end, kept[k], kept[last]))
        k = last + 1
    return out


# The nouns a name written in small letters with no treaty word at its end may not run on into: "the treaty banning
# nuclear weapons tests" is the test ban, not the prohibition
_RUNS_ON = frozenset({"test", "tests", "testing", "explosion", "explosions", "material", "materials", "free", "zone"})


def _longer_phrase(text: str, all_words: list[Word], kept: list[int], last: int, span: list[Word]) -> bool:
    """Whether a name with no treaty word at its end ("treaty banning nuclear weapons") runs on into a longer phrase."""
    if last + 1 >= len(kept) or kept[last + 1] - kept[last] != 1:
        return False
    after = all_words[kept[last + 1]]
    return not text[span[-1].end : after.start].strip() and after.norm in _RUNS_ON


def _gap(text: str, all_words: list[Word], a: int, b: int) -> str:
    """The text between word ``a`` and word ``b``, skipped words removed."""
    gap = text[all_words[a].end : all_words[b].start]
    for i in range(a + 1, b):
        gap = gap.replace(all_words[i].raw, " ", 1)
    # "Nuclear-Weapon-Free", the skipped word between hyphens: one hyphen
    return re.sub(r"[-‐‑‒–—][ \t]+(?=[-‐‑‒–—])", "", gap) if gap.count(" ") else gap


_ENDS_WITH_STATE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(n) for n in sorted({*lexicon.STATE_NAMES, *lexicon.DEMONYMS}, key=len, reverse=True))
    + r")[\s-]*$"
)


def _continues_a_title(text: str, all_words: list[Word], kept: list[int], k: int, vocabulary: frozenset[str]) -> bool:
    """Whether the name at kept word ``k`` is the tail of a longer title ("Test-Ban" + "Treaty", "Nuclear Test" +
    "Ban Treaty")."""
    if k == 0:
        return False
    here, before = all_words[kept[k]], all_words[kept[k - 1]]
    if kept[k] - kept[k - 1] != 1:
        return False  # a skipped word ("the") between: a new name starts
    gap = text[before.end : here.start].strip()
    if gap and not _HYPHEN_ONLY.match(gap):
        return False
    if gap and before.raw[:1].isalpha():
        return True  # "test-ban Treaty": the hyphen joins the word before to the name
    titled = before.raw[:1].isupper() and not before.raw.isupper()
    if titled and _ENDS_WITH_STATE.search(text[max(0, here.start - 60) : here.start]):
        # "the Soviet-United States Intermediate-Range Nuclear Forces Treaty": the states say whose, not a longer title
        return False
    return titled and before.norm in vocabulary
