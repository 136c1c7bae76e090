"""Instruments referred to by what they do, by their year, or as "the Protocol to the Treaty".

Nothing here is a list of instruments: every word an instrument is known by
comes from the registry (its title, short title, aliases and the titles of its
provisions), and protocols are found through the registry's ``protocol_to``
linkages.

- A description is an article and a treaty word followed by what the treaty
  does: "a treaty to ban all nuclear tests in the atmosphere, in outer space,
  and under water", "the package agreements on antimissile defence of 1997".
  Its content words are weighed against each instrument's words (a word few
  instruments use weighs more); a year in it must be a year of the
  instrument's signature. The best instrument that existed by the statement's
  date wins if it clearly leads; a plural ("agreements") takes every
  instrument close to the best.
- "The Protocol to the Treaty" after a named treaty is that treaty's protocol
  (the one whose name or year the sentence carries, when it has several).
- "The Treaty" after a protocol is the treaty the protocol belongs to.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from functools import lru_cache

from armscontrol.data import registry
from armscontrol.reader.lexicon import PAIR_OF_PARTIES

_STOP = frozenset(
    "the a an of on in and or to for by with from as at its their all any other that which this these those be is are "
    "was were been "
    "between united states america union soviet socialist republics russian federation treaty treaties agreement "
    "agreements "
    "protocol protocols memorandum understanding statement statements declaration limitation relating concerning also "
    "not no".split()
)
_DESCRIPTION = re.compile(
    r"\b(?:a|an|the|this)\s+(?:number\s+of\s+|(?:important|major|new|historic|bold|landmark)\s+)?"
    # ("a historic U.S.-Russia treaty that requires ...": its parties before the treaty word)
    rf"(?:{PAIR_OF_PARTIES}\s+)?"
    r"(?P<head>(?:package\s+)?(?:treaty|treaties|agreements?|accord|pact|convention|initiatives?))\s+"
    # "the Treaty to enter into force", "the treaty to be ratified": how a treaty takes effect describes no treaty
    r"(?!(?:to|will|which\s+will|that\s+will)\s+(?:(?:enter|come)\s+into\s+(?:force|effect)|take\s+effect|be\s+(?:signed|ratified)|the\s+)\b)"
    # ("the treaty with the United States to eliminate land-based intermediate-range missiles": its other party first)
    r"(?:with\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4})?"
    r"(?P<body>(?:to|on|that|which|for|creating|establishing|banning|limiting|prohibiting|reducing|of|will|affecting|covering|concerning|regarding)\b[^.;:!?]{5,160})",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SUFFIXES = ("ations", "ation", "tions", "tion", "ings", "ing", "ments", "ment", "ed", "es", "e", "s")
_SAME = {"antimissile": "antiballistic", "ballistic": "antiballistic", "defense": "defence"}


def _stem(word: str) -> str:
    """A crude stem, the same for text and registry ("reductions", "reduce" -> "reduc")."""
    word = _SAME.get(word.lower(), word.lower())
    if word.endswith("s") and not word.endswith("ss") and len(word) > 5:
        word = word[:-1]  # (a plural first, so "seabeds" and "seabed" meet)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if suffix in ("ing", "ed") and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
                stem = stem[:-1]  # ("banning" is "ban", "committed" "commit")
            return stem
    return word


_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
PREFIXES = ("non", "anti")


def glued_prefix(word: str) -> str | None:
    """The prefix glued to a word that names and descriptions read apart ("nonproliferation": "non"), or ``None``."""
    low = word.lower()
    return next(
        (p for p in PREFIXES if low.startswith(p) and len(low) >= len(p) + 5 and low[len(p)] not in "aeiou-"), None
    )


def _content(text: str, joined: bool = False) -> list[str]:
    """The content words of ``text``, stemmed. A word glued to "non" or "anti" counts as its parts too
    ("nonproliferation" meets "Non-Proliferation"); with ``joined`` (an instrument's own words), a compound counts as
    one word too ("Sea-Bed" meets "seabeds"), so a text's compound is never two clues."""
    words = re.findall(r"[^\W\d_]+", text.replace("-", " "))
    if joined:
        words += [m.group(0).replace("-", "") for m in _COMPOUND.finditer(text)]
    words += [part for w in words if (p := glued_prefix(w)) for part in (p, w[len(p) :])]
    return [_stem(w) for w in words if w.lower() not in _STOP and len(w) > 2]


def _bags() -> tuple[dict[str, Counter], dict[str, float]]:
    """Each instrument's content words, and each word's weight (rarer among instruments, heavier); once per registry."""
    return _bags_of(id(registry()))


@lru_cache(maxsize=4)
def _bags_of(_registry: int) -> tuple[dict[str, Counter], dict[str, float]]:
    reg = registry()
    bags: dict[str, Counter] = {}
    for instrument in reg.instruments.values():
        parts = [
            instrument.title,
            instrument.short_title,
            *instrument.aliases,
            *(p.title for p in instrument.provisions),
        ]
        bags[instrument.id] = Counter(set(_content(" ".join(parts), joined=True)))
    df: Counter = Counter()
    for bag in bags.values():
        df.update(bag.keys())
    n = len(bags)
    idf = {w: math.log(n / c) for w, c in df.items()}
    return bags, idf


# How an instrument comes to exist: signed, opened for signature or adopted, or announced (the 1991 initiatives were
# proposed and
# declared, never signed).
_MADE = frozenset({"signed", "opened_for_signature", "adopted", "proposed"})


def _signed_years(instrument_id: str) -> set[int]:
    events = registry().instruments[instrument_id].events
    return {e.date.year for e in events if e.type in _MADE}


def _first_day(instrument_id: str) -> dt.date:
    days = [e.date for e in registry().instruments[instrument_id].events if e.type in _MADE]
    return min(days) if days else dt.date.max


def made_on(instrument_id: str) -> dt.date:
    """The first day the instrument existed: signed, opened for signature, adopted or announced (``date.max`` if
    never)."""
    return _first_day(instrument_id)


def _limit_numbers(instrument_id: str) -> frozenset[int]:
    """Every number the instrument's limits set (ceilings and the ends of ranges)."""
    return _limit_numbers_of(instrument_id, id(registry()))


@lru_cache(maxsize=512)
def _limit_numbers_of(instrument_id: str, _registry: int) -> frozenset[int]:
    out: set[int] = set()
    for provision in registry().instruments[instrument_id].provisions:
        for value in getattr(provision, "values", None) or []:
            if value.ceiling is not None:
                out.add(int(value.ceiling))
            if value.range is not None:
                out.update(int(v) for v in value.range)
    return frozenset(out)


_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,6}\b")


def _name_words() -> dict[str, frozenset[str]]:
    """Each instrument's defining words: the content words of its title, short title and aliases (not of its
    provisions' titles)."""
    return _name_words_of(id(registry()))


@lru_cache(maxsize=4)
def _name_words_of(_registry: int) -> dict[str, frozenset[str]]:
    return {
        i.id: frozenset(_content(" ".join([i.title, i.short_title, *i.aliases]), joined=True))
        for i in registry().instruments.values()
    }


# What a head word can describe, by the registry's kinds: "the treaty for one year after its expiration" is no
# pledge, "the Treaty to ... elect the members of the Commission" no joint declaration.
_HEAD_KINDS = {
    "treaty": {"treaty", "protocol"},
    "convention": {"treaty", "protocol"},
    "pact": {"treaty", "protocol"},
    "agreement": {"treaty", "protocol", "agreement", "memorandum", "framework"},
    "accord": {"treaty", "protocol", "agreement", "memorandum", "framework"},
}
# From its provisions' titles alone, a description needs this many clues ("a treaty on general and complete
# disarmament under strict and effective international control", the NPT's Article VI).
_PROVISION_CLUES = 4


def describe(body: str, on: dt.date, plural: bool, recent_counts: bool = False, head: str | None = None) -> list[str]:
    """The instruments a description's words point to (empty when none clearly leads).

    ``recent_counts``: an instrument first made within 90 days of ``on`` counts as one of the two clues a description
    needs (an initiative announced or answered in the season it was made). ``head``: the treaty word the description
    hangs on ("treaty", "agreements"), which limits the kinds of instrument it can describe. A description needs a
    word of the instrument's name, or four clues from its provisions' titles."""
    bags, idf = _bags()
    names = _name_words()
    kinds = _HEAD_KINDS.get(re.sub(r"(?:ies|s)$", lambda m: "y" if m.group(0) == "ies" else "", head or ""))
    words = set(_content(body))
    years = {int(y) for y in _YEAR.findall(body)}
    numbers = {int(n.replace(",", "")) for n in _NUMBER.findall(body)} - years
    scores = []
    recent_ones: set[str] = set()
    for instrument_id, bag in bags.items():
        if years and not (years & _signed_years(instrument_id)):
            continue
        if _first_day(instrument_id) > on + dt.timedelta(days=90):
            continue  # a treaty still to come a season later is not what a description of that day means
        matched = [w for w in words if w in bag]
        recent = recent_counts and abs((_first_day(instrument_id) - on).days) <= 90
        clues = sum(1 for w in matched if idf.get(w, 0.0) >= 1.0) + bool(years) + recent
        if clues < 2 and not (numbers & _limit_numbers(instrument_id)):
            continue  # "nuclear weapons" alone describes nothing
        named = sum(1 for w in matched if idf.get(w, 0.0) >= 1.0 and w in names[instrument_id])
        if not named and not years and not recent and clues < _PROVISION_CLUES:
            continue  # "made ... declared ... Tests": words of its articles' titles, none of its name
        score = sum(idf.get(w, 0.0) for w in matched)
        score += 3.0 * len(numbers & _limit_numbers(instrument_id))
        if years:
            score += 1.5
        if on - dt.timedelta(days=730) <= _first_day(instrument_id) <= on + dt.timedelta(days=90):
            score += 1.0  # a description in a statement usually means a recent instrument
            recent_ones.add(instrument_id)
        scores.append((score, instrument_id))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < 4.0:
        return []

    def named_words(instrument_id: str) -> int:
        return sum(
            1 for w in words if idf.get(w, 0.0) >= 1.0 and w in bags[instrument_id] and w in names[instrument_id]
        )

    if scores[0][1] in recent_ones and any(
        score >= scores[0][0] - 1.0 and named_words(other) > named_words(scores[0][1]) for score, other in scores[1:]
    ):
        # ("a treaty banning nuclear tests", in 2018: the TPNW's articles ban testing, but "test" is in the test-ban
        # treaties' names and not in its own; being recent decides nothing where another's name says more of it)
        return []

    best = scores[0][0]
    if plural:
        return [i for s, i in scores if s >= 0.5 * best and _kind_fits(i, kinds)]
    if (
        len(scores) > 1
        and scores[1][0] > 0.8 * best
        # ("a U.S.-Russia treaty that requires both nations to reduce ... strategic nuclear weapons", in December
        # 2010: the words fit every START treaty alike, and only one of them was made in the two years before)
        and not (scores[0][1] in recent_ones and scores[1][1] not in recent_ones and scores[1][0] <= best - 1.0)
    ):
        return []
    return [scores[0][1]] if _kind_fits(scores[0][1], kinds) else []


def _kind_fits(instrument_id: str, kinds: set[str] | None) -> bool:
    return kinds is None or registry().instruments[instrument_id].kind in kinds


# Where a description ends: a conjunction, or the verb the described treaty is the subject of ("..., was signed in
# Moscow by").
_VERB_AFTER = re.compile(
    # ("the treaty banning nuclear weapons, which Ireland ratified in 2020, entered into force": a relative clause of
    # another act, whose year is not the treaty's)
    r",\s*(?:which|that)\s+(?:(?-i:[A-Z])[\w.]*\s+){1,3}(?:\w+ly\s+)?(?:signed|ratified|joined|acceded|adopted)\b"
    r"|,\s*(?:entered|came)\s+into\s+force\b"
    r"|\b(?:but|while|whereas|because)\b|,?\s*\b(?:was|were|is|are|has|have|had|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:signed|ratified|concluded|adopted|opened|agreed|negotiated|initialled|reached|extended|suspended|terminated|in\s+force)\b",
    re.I,
)


# A predicate before "a treaty ...": the description says what the sentence's subject is, not another instrument
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|remains|remained|became|becomes)\s+(?:also\s+|still\s+)?$", re.I)


def find_descriptions(text: str, on: dt.date, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """(instrument, start, end) for every description that does not overlap a name already found."""
    out = []
    for m in _DESCRIPTION.finditer(text):
        start, end = m.start("head"), m.end()
        if any(a < end and start < b for a, b in taken):
            continue
        if re.match(r"an?\b", m.group(0), re.I) and _PREDICATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "The PTBT ... is a treaty prohibiting all test detonations": what the subject named is
        body = _VERB_AFTER.split(m.group("body"))[0]
        if m.group("head")[:1].isupper() and re.match(r"will\b", body):
            continue  # "their ratification of the Treaty will bring to 153 the number ...": the Treaty named before
        head = m.group("head").lower()
        if _own_acronym(body, head):
            continue  # "the Convention on the Prohibition of ... Toxin Weapons ... (BTWC)": named, and not ours
        plural = head.rstrip().endswith(("agreements", "treaties"))
        # A head word that is no generic treaty word ("initiatives") describes too: "a number of initiatives affecting
        # ...
        # US nuclear weapons" is the Presidential Nuclear Initiatives of its year.
        own_head = head if head.startswith("initiative") else ""
        plural = plural or head == "initiatives"
        for instrument_id in describe(
            f"{own_head} {body}", on, plural, recent_counts=bool(own_head), head=head.split()[-1]
        ):
            out.append((instrument_id, start, m.start("head") + len(m.group("head")) + 1 + len(body.rstrip())))
    return out


_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{3,8})\)")


def _own_acronym(body: str, head: str) -> bool:
    """Whether the description gives its own acronym, one the registry does not know: a title, not a description.

    The acronym is the described instrument's when it ends with the head word's initial ("Convention ... (BTWC)",
    "Treaty ... (FMCT)"); "the Treaty on Nuclear-Weapon-Free Zone (NWFZ) in Central Asia" gives a zone's acronym.
    """
    known = _registry_acronyms()
    initial = head.split()[-1][:1].upper()
    return any(
        m.group("acronym").endswith(initial) and m.group("acronym") not in known for m in _ACRONYM.finditer(body)
    )


def _registry_acronyms() -> frozenset[str]:
    return _registry_acronyms_of(id(registry()))


@lru_cache(maxsize=4)
def _registry_acronyms_of(_registry: int) -> frozenset[str]:
    out: set[str] = set()
    for i in registry().instruments.values():
        for name in (i.short_title, *i.aliases):
            out.update(re.findall(r"\b[A-Z]{3,8}\b", name))
    return frozenset(out)


def protocols_of() -> dict[str, list[str]]:
    """Each instrument's protocols (``protocol_to`` linkages), and each protocol's parent under the key ``^id``."""
    return _protocols_of(id(registry()))


@lru_cache(maxsize=4)
def _protocols_of(_registry: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    reg = registry()
    for link in reg.linkages:
        # a protocol that amends a treaty is a protocol to it too (the 1997 protocol to START II)
        amending = (
            link.type == "amends" and link.from_ in reg.instruments and reg.instruments[link.from_].kind == "protocol"
        )
        if link.type == "protocol_to" or amending:
            out.setdefault(link.to, []).append(link.from_)
            out.setdefault("^" + link.from_, []).append(link.to)
    return out


def parent_of(instrument_id: str) -> str | None:
    parents = protocols_of().get("^" + instrument_id, [])
    return parents[0] if len(parents) == 1 else None


_PROTOCOL_TO = re.compile(
    r"\b(?:the|this|its|a)\s+(?:Additional\s+|(?-i:additional)\s+)?(?:Protocol|(?-i:protocol))\s+to\s+(?:the|this)\s+"
    r"(?:Treaty|(?-i:treaty))\b(?!\s+(?:on|of|between|for)\b)",
    re.I,
)


_PROTOCOLS = re.compile(
    r"\b(?:the|its|their|both|all(?:\s+the)?(?=\s+(?:two|three|four)\s))\s+(?:two\s+|three\s+|four\s+|additional\s+)*(?:Additional\s+)?Protocols\b(?:\s+(?:to|of)\s+(?:the|this)\s+Treaty\b(?!\s+(?:on|of|between|for)\b))?"
)


# "the relevant protocols to the Treaty", "the Treaty's relevant protocols": every protocol of the treaty named last.
_PROTOCOLS_LOWER = re.compile(
    # ("signed and ratified both the additional protocols to the treaty")
    r"\b(?:both\s+)?the\s+(?:(?:two|three|four|additional|relevant|related|respective)\s+)*protocols\s+(?:to|of)\s+(?:the|this)\s+(?:Treaty|treaty)\b"
    r"(?!\s+(?:on|of|between|for)\b)|\b(?:the\s+)?Treaty['’]s\s+(?:(?:two|three|four|additional|relevant|related)\s+)*[Pp]rotocols\b"
)


# "Protocols 2 and 3", "Protocol I", after a treaty with numbered protocols is named: those of its protocols
# ("Protocol 1 to <name>" is a name of the registry's; this is the number alone)
_NUMBERED_ALONE = re.compile(
    # ("PROTOCOL II" in a telegram's capitals)
    # ("signed protocols 2 and 3 to the Treaty": lower case before a number)
    r"\b(?:Protocols?|PROTOCOLS?|protocols?(?=\s+(?:[IV]{1,3}|[1-4])\s*(?:,|and|&|to\b|of\b)))\s+"
    r"(?P<numbers>(?:[IV]{1,3}|[1-4])(?:\s*(?:,|(?i:and)|&)\s*(?:[IV]{1,3}|[1-4]))*)\b"
    r"(?!\s+(?i:to|of)\s+(?!(?:the|this|THE|THIS)\s+(?:Treaty|treaty|TREATY)\b))"
)
_PROTOCOL_NUMBER = re.compile(r"\bProtocol\s+(?P<number>[IVX]+|\d+)\b")
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def protocol_number(protocol_id: str) -> str | None:
    """The number a protocol's title gives it, as written ("II" in "Additional Protocol II to ..."), else ``None``."""
    m = _PROTOCOL_NUMBER.search(registry().instruments[protocol_id].title)
    return m.group("number") if m else None


# ("the additional protocols of the treaty for the prohibition of nuclear weapons in Latin America")
_PROTOCOLS_OF = re.compile(r"\b(?P<word>Protocols|(?<=\badditional\s)protocols|those)\s+(?:of|to)\s+(?:the\s+)?")


def find_protocol_references(text: str, sentences_of, named: list) -> list[tuple[str, int, int]]:  # noqa: ANN001
    """'the Protocol to the Treaty' after a named treaty: its protocol (by the sentence's words or year when it has
    several);
    'the Additional Protocols': every protocol of the treaty named last."""
    reg = registry()
    out = []
    for m in _PROTOCOLS_OF.finditer(text):
        if m.group("word") == "those" and not re.search(
            r"\bprotocols\b", text[sentences_of(m.start())[0] : m.start()], re.I
        ):
            continue  # "ratified the relevant protocols to the Treaty of Tlatelolco and signed those to ...": only so
        after = [f for f in named if f.start == m.end() and protocols_of().get(f.instrument)]
        if after:  # "the three Protocols of the South Pacific Nuclear Free Zone Treaty"
            out += [(protocol, m.start("word"), m.end("word")) for protocol in protocols_of()[after[0].instrument]]
    for m in [*_PROTOCOLS.finditer(text), *_PROTOCOLS_LOWER.finditer(text)]:
        before = [
            f for f in named if f.end <= m.start() and m.start() - f.end < 1500 and protocols_of().get(f.instrument)
        ]
        if before:
            start = m.start() + len(m.group(0).split()[0]) + 1
            treaties = [before[-1].instrument]
            if m.group(0).startswith("their"):
                # "the treaties establishing zones in Southeast and Central Asia ... their Protocols": the protocols of
                # each treaty the sentence names
                opening = sentences_of(m.start())[0]
                treaties = list(dict.fromkeys(f.instrument for f in before if f.start >= opening)) or treaties
            out += [(protocol, start, m.end()) for treaty in treaties for protocol in protocols_of()[treaty]]
    for m in _NUMBERED_ALONE.finditer(text):
        # the treaty named last, or the treaty of the protocol named last ("the Protocols to the Treaty of Pelindaba")
        treaties = [
            treaty
            for f in named
            if f.end <= m.start() and m.start() - f.end < 1500
            for treaty in [f.instrument if protocols_of().get(f.instrument) else parent_of(f.instrument)]
            if treaty is not None
        ]
        if not treaties:
            continue
        wanted = {_ROMAN.get(n, n) for n in re.findall(r"[IV]+|\d", m.group("numbers"))}
        for protocol in protocols_of()[treaties[-1]]:
            number = protocol_number(protocol)
            if number and _ROMAN.get(number, number) in wanted:
                out.append((protocol, m.start(), m.end()))
    for m in _PROTOCOL_TO.finditer(text):
        before = [
            f
            for f in named
            if f.end <= m.start()
            and m.start() - f.end < 1500
            and (protocols_of().get(f.instrument) or parent_of(f.instrument))
        ]
        if not before:
            continue
        if parent_of(before[-1].instrument):
            # "the protocol to the treaty" after the protocol is named: that protocol, the treaty only its complement
            out.append((before[-1].instrument, m.start() + len(m.group(0).split()[0]) + 1, m.end()))
            continue
        treaty = before[-1].instrument
        candidates = protocols_of()[treaty]
        a, b = sentences_of(m.start())
        sentence = text[a:b]
        if len(candidates) > 1:
            words = set(_content(sentence))
            years = {int(y) for y in _YEAR.findall(sentence)}

            def fit(protocol_id: str, words: set[str] = words, years: set[int] = years) -> float:
                instrument = reg.instruments[protocol_id]
                names = set(_content(" ".join([instrument.short_title, *instrument.aliases])))
                return len(words & names) + (1 if years & _signed_years(protocol_id) else 0)

            ranked = sorted(candidates, key=fit, reverse=True)
            if fit(ranked[0]) == 0 or fit(ranked[0]) == fit(ranked[1]):
                continue
            candidates = ranked[:1]
        out.append((candidates[0], m.start() + len(m.group(0).split()[0]) + 1, m.end()))
    return out


_SIGNED_SET = re.compile(
    r"\b(?:sets?\s+of\s+(?:[\w-]+\s+){0,4}?)?(?:agreements|documents|accords|instruments|package(?:\s+of\s+\w+)?)"
    r"(?=\s*,\s*signed\b)",
    re.I,
)


def children_signed_on(named: set[str], on: dt.date) -> list[str]:
    """The instruments that belong to one of ``named`` (``protocol_to``, or a protocol amending it), signed on
    ``on``."""
    reg = registry()
    out = []
    for parent in sorted(named):
        for child in protocols_of().get(parent, []):
            if child not in out and any(e.type == "signed" and e.date == on for e in reg.instruments[child].events):
                out.append(child)
    return out


def find_signed_sets(text: str, sentences_of, named: list, on: dt.date) -> list[tuple[str, int, int]]:  # noqa: ANN001
    """'The second set of agreements, signed by ..., preserve the viability of the ABM Treaty': the instruments of the
    statement's day that belong to an instrument the sentence names (each its own mention at the noun)."""
    out = []
    for m in _SIGNED_SET.finditer(text):
        a, b = sentences_of(m.start())
        parents = {f.instrument for f in named if a <= f.start < b}
        out += [(child, m.start(), m.end()) for child in children_signed_on(parents, on)]
    return out
