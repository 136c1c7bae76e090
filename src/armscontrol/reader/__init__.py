"""The statement reader: an official letter or statement in, its instruments, figures and claims out.

>>> from armscontrol.reader import read_text
>>> answer = read_text("The Presidents agreed that START II will enter into force.", on="2000-06-04")  # doctest: +SKIP

Deterministic and offline (spaCy's blank English pipeline, no trained model);
every claim is judged by the regime engines as of the statement's date.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections import defaultdict
from typing import Any

from armscontrol.data import registry
from armscontrol.data.parties import party_name
from armscontrol.data.schema import Event, Instrument
from armscontrol.errors import UserError
from armscontrol.limits import (
    READER_MAX_CLAIMS,
    READER_MAX_DATES,
    READER_MAX_FIGURES,
    READER_MAX_MENTIONS,
    READER_MAX_SENTENCE,
    READER_MAX_UNRESOLVED,
)
from armscontrol.reader import lexicon
from armscontrol.reader.claims import (
    LEGISLATURE,
    LIMIT_UNITS,
    Context,
    Mentioned,
    cue_claims,
    defined_groups,
    heading_list_claims,
    judge_limit,
    limit_provisions,
    listed_in_next_sentence,
    says_an_act,
    source_ref,
    state_lists,
    states_value,
)
from armscontrol.reader.dates import (
    ANNIVERSARY,
    DATELINE,
    DAY_WITHOUT_YEAR,
    YEARS_AGO,
    FoundDate,
    anniversary_event,
    anniversary_years,
    day_month,
    find_dates,
    head_end,
    spoken_day,
    statement_date,
    told_event,
    years_back,
)
from armscontrol.reader.descriptions import (
    find_descriptions,
    find_protocol_references,
    find_signed_sets,
    protocols_of,
)
from armscontrol.reader.draft import HIGHEST, LOWEST, MAX_DRAFTS, draft_scenario
from armscontrol.reader.figures import deadline_date, deadline_for, find_figures
from armscontrol.reader.french import FRENCH
from armscontrol.reader.german import GERMAN
from armscontrol.reader.gloss import Gloss, gloss, language_of, note, ordinal, restore
from armscontrol.reader.learned import Statement as LearnedStatement
from armscontrol.reader.learned import learned_claims
from armscontrol.reader.lists import list_claims
from armscontrol.reader.mentions import (
    EVENT_OF,
    MODIFIES_EVENT,
    Found,
    bracket_wins,
    find_anaphora,
    find_articles,
    find_instruments,
    find_misspelt_and_unresolved,
    find_states,
    find_zones,
    pipeline,
)
from armscontrol.reader.models import (
    Claim,
    DateFound,
    Figure,
    InstrumentFound,
    Mention,
    Place,
    ProvisionRef,
    ReadAnswer,
    SourceRef,
    Unresolved,
)
from armscontrol.reader.portuguese import PORTUGUESE
from armscontrol.reader.russian import RUSSIAN
from armscontrol.reader.source import MAX_BYTES, decode, read_source
from armscontrol.reader.spanish import SPANISH
from armscontrol.reader.speaker import speaker_state, speaker_states
from armscontrol.regime.standing import standing_on
from armscontrol.regime.status import status_on

__all__ = ["MAX_BYTES", "ReadAnswer", "read_file", "read_text"]

_PROPOSAL = re.compile(
    r"\b(?:propos\w*|suggest\w*|ready\s+(?:to|for)|objective|will\s+establish|establish\w*|lower\s+aggregate\s+levels?|"
    r"will\s+reduce|reduc\w*\s+(?:\w+\s+){0,6}to|cut\w*\s+(?:\w+\s+){0,6}to|pledg\w*|down\s+to|should\s+be\s+set|consider|ceiling\s+of)\b",
    re.I,
)


_WERE_TO = re.compile(r"\b(?:were|was|had)\s+to\s+(?:\w+\s+)?(?:reduc|cut|limit|lower)\w*\b", re.I)
_COMPARED = re.compile(
    r"\b(?:instead\s+of|rather\s+than|(?<!no more )(?<!not more )than|compared\s+(?:with|to)|down\s+from|from)\s*$",
    re.I,
)
"""The level a proposal is set against ("1500 instead of 2000-2500"), not a ceiling ("to no more than 4250")."""

# What makes a number a limit rather than a count ("eliminating more than 3,000 missiles" is not).
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)
_TO_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+(?:about\s+|around\s+|some\s+)?\d", re.I)
_LIMIT_CONTEXT = re.compile(
    r"\b(?:limit\w*|ceilings?|levels?|cap\w*|no\s+more\s+than|not\s+(?:to\s+)?exceed|at\s+most|up\s+to|maximum|range\s+of|"
    r"reduc\w*\s+(?:\w+\s+){0,6}to|cut\w*\s+(?:\w+\s+){0,6}to|sets?|set\s+at|establish\w*|aggregate)\b",
    re.I,
)


_SET_AGAINST = re.compile(
    # ("compared with the first START (Strategic Arms Reduction Treaty)": its full name in parentheses too)
    r"\b(?:compared\s+(?:to|with)|than|instead\s+of|as\s+against)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:\(\s*)?$",
    re.I,
)


def _limits(instrument, unit: str | None) -> bool:  # noqa: ANN001
    """Whether ``instrument`` has a limit on what a figure in ``unit`` counts."""
    return _limits_cached(instrument.id, unit, id(registry()))


@functools.lru_cache(maxsize=1024)
def _limits_cached(instrument_id: str, unit: str | None, _registry: int) -> bool:
    return bool(limit_provisions(registry().instruments[instrument_id], unit))


def _states_limit(instrument, raw) -> bool:  # noqa: ANN001
    """Whether the figure ``raw`` is one of ``instrument``'s limits on its unit, on some day of the instrument's."""
    high = raw.high if raw.high is not None else raw.value
    if high is None:
        return False
    return any(states_value(v, None, high) for p in limit_provisions(instrument, raw.unit) for v in p.values)


def _sentences(doc, text: str) -> list[tuple[int, int]]:  # noqa: ANN001
    """spaCy's sentences, split again at blank lines: a heading or a dateline is not part of the next sentence. A blank
    line inside a sentence, as a wire copy's broken lines leave it ("Of these, China, Egypt,\n\nIran, Israel ... have
    yet to ratify it", "the 13 countries that\n\nhave not signed"), joins the pieces again: the text before it ends
    with a comma, or with a word and the text after it goes on in lower case."""
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        start = sent.start_char
        for gap in re.finditer(r"\n[ \t]*\n", text[sent.start_char : sent.end_char]):
            end = sent.start_char + gap.start()
            if text[start:end].strip():
                out.append((start, end))
            start = sent.start_char + gap.end()
        if text[start : sent.end_char].strip():
            out.append((start, sent.end_char))
    joined: list[tuple[int, int]] = []
    for a, b in out:
        if joined and _broken_line(text, joined[-1][1], a):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return [piece for a, b in joined for piece in _pieces(text, a, b)]


def _broken_line(text: str, end: int, start: int) -> bool:
    """Whether the blank line between a piece ending at ``end`` and one starting at ``start`` breaks a sentence."""
    gap = text[end:start]
    if "\n" not in gap or gap.strip():
        return False
    before = text[:end].rstrip()
    after = text[start:].lstrip()
    return bool(before) and bool(after) and (before.endswith(",") or (before[-1].isalpha() and after[0].islower()))


_ZONE_AGREEMENT = re.compile(
    r"\b(?:an?|the|this|that)\s+(?P<protocols>(?:[\w-]+\s+){0,2}?protocols?\s+(?:to|of)\s+(?:the\s+)?)?"
    r"(?:[\w-]+\s+){0,3}?(?:treaty|treaties|agreements?|accords?|conventions?)\s+(?:creating|establishing|setting\s+up|"
    r"that\s+(?:creates?|establish(?:es)?|created|established)|to\s+(?:create|establish|set\s+up)|on\s+(?:the\s+)?"
    r"(?:creation|establishment)\s+of|on|for)\s+(?:an?\s+|the\s+)?(?:regional\s+)?$",
    re.I,
)


def _zone_agreements(text: str, zones: list, named: list[Found]) -> list[Found]:
    """An agreement described by the zone it creates: "a UN-sponsored agreement creating a nuclear-weapons-free zone
    in Central Asia"; treaties or their protocols over a list of regions: "the Protocols to the treaties establishing
    regional nuclear weapon free zones in Latin America and the Caribbean, Africa, and the South Pacific" (each
    region's zone protocols), "the four other NWFZ treaties in Africa, Central Asia, ..." (each region's treaty).

    The zone's region resolves to the registry's zone instrument (:func:`find_zones`); the description, from
    the agreement's noun to the region, is a mention of it, where no name already covers it.
    """
    out: list[Found] = []
    for zone in zones:
        if zone.instrument is None:
            continue
        first, last = min(zone.start, zone.region_start), max(zone.end, zone.region_end)
        head = text[max(0, first - 120) : first]
        cut = max(head.rfind(". "), head.rfind(".\n"), head.rfind(";"))
        m = _ZONE_AGREEMENT.search(head[cut + 1 :] if cut >= 0 else head)
        if _TREATIES_IN.search(zone.text):
            start = zone.start  # "NWFZ treaties in Africa, ...": the zone phrase names the treaties
        elif m is None:
            continue
        else:
            start = first - len(head[cut + 1 :] if cut >= 0 else head) + m.start()
        owned = [zone.instrument]
        if m is not None and m.group("protocols"):
            owned = protocols_of().get(zone.instrument, []) or owned
        if not any(f.start < last and start < f.end for f in named):
            out += [Found(i, text[start:last], start, last, "descriptive") for i in owned]
    return out


_TREATIES_IN = re.compile(r"\btreat(?:y|ies)\b", re.I)


# A treaty named before its signature in a passage about its making (or in a text about its making, up to two years
# before it was signed) is the text to come, not an anachronism.
_NEGOTIATED = re.compile(
    r"\b(?:negotiat\w*|draft\w*|talks|ready\s+for\s+signature|to\s+be\s+signed|will\s+be\s+signed|"
    r"complet\w*\s+(?:the\s+)?(?:treaty|text)|final\s+plenary|the\s+Parties\s+agree)\b",
    re.I,
)


# ("-700 deployed ...": a dash right before the item's number, as a page's list writes it)
_LIST_ITEM = re.compile(r"\s*(?:(?:\(?[a-z]\)|\(?[ivx]{1,4}\)|[-–•o*])\s|[-–•](?=\d))", re.I)


def _limited_list_item(text: str, a: int, start: int) -> bool:
    """Whether the figure at ``start`` opens an item of a list, in the sentence from ``a``, whose lead before its colon
    says it is limited ("only a limited number of ...:\n-700 deployed ...\n-1550 warheads")."""
    if not re.search(r"\n[ \t]*[-–•*][ \t]*$", text[a:start]):
        return False
    colon = text.rfind(":", a, start)
    return colon >= 0 and bool(_LIMIT_CONTEXT.search(text[max(a, colon - 200) : colon]))


def _list_lead(text: str, sentences: list[tuple[int, int]], index: int) -> int | None:
    """The sentence that leads into the list item ``index`` ("..., they will: (a) ... (b) ..."), or None.

    A sentence is a list item when it opens with a marker ("(b)", "c)", "-", "•"); the lead is the nearest
    sentence before the run of items, taken when it holds a colon, at most eight sentences back.
    """
    if not sentences or not _LIST_ITEM.match(text[sentences[index][0] : sentences[index][1]]):
        return None
    for back in range(index - 1, max(index - 9, -1), -1):
        a, b = sentences[back]
        if _LIST_ITEM.match(text[a:b]):
            continue
        return back if ":" in text[a:b] else None
    return None


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A sentence longer than READER_MAX_SENTENCE cut at spaces into pieces no longer than that."""
    out = []
    while b - a > READER_MAX_SENTENCE:
        cut = text.rfind(" ", a + READER_MAX_SENTENCE // 2, a + READER_MAX_SENTENCE)
        cut = cut if cut > a else a + READER_MAX_SENTENCE
        out.append((a, cut))
        a = cut
    out.append((a, b))
    return out


def _demonym_actors(text: str) -> list[tuple[str, int, int]]:
    """'the Belarusian parliament', 'the Russian Side': the state acting through its institution (for claims only,
    not places)."""
    spelled = {n: code for n, code in lexicon.DEMONYMS.items()}
    # ("SOVIET RATIFICATION OF PROTOCOL II" in a telegram's capitals)
    spelled.update({n.upper(): code for n, code in lexicon.DEMONYMS.items() if len(n) > 3})
    names = "|".join(re.escape(n) for n in sorted(spelled, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])(?P<name>{names})\s+(?:{lexicon.INSTITUTIONS}\b|(?={_ACT_NOUN}))")
    return [(spelled[m.group("name")], m.start(), m.end()) for m in pattern.finditer(text)]


# "Soviet ratification of Protocol II", "French accession to the NPT": the state whose act the noun names
# ("the suspension of Russian participation in New START": the state whose part the noun names)
_ACT_NOUN = r"(?i:ratification|signature|accession|adherence|withdrawal)\s+(?i:of|to|from)\b|(?i:participation\s+in)\b"


# "Indian Ocean", "Latin American", "French Polynesia": an adjective that names a region or a territory, not the state
_NOT_DEMONYM_PLACE = re.compile(r"(?:Latin|Central|South|North|Meso)[\s-]+$")
_DEMONYM_REGION_AFTER = re.compile(r"\s+(?:Ocean|Polynesia|Guiana|Taipei|Virgin|Antarctic|Subcontinent|Peninsula)\b")


def _demonym_places(text: str) -> list[tuple[str, int, int]]:
    """'the Soviet moratorium', 'my Finnish colleague': a state's adjective before a noun names the state as a place of
    the text (the convention the annotations follow), unless the adjective is part of a region's name ("Latin
    American", "the Indian Ocean")."""
    names = "|".join(re.escape(n) for n in sorted(lexicon.DEMONYMS, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.-])(?P<name>{names})(?=(?:\s+|-)[A-Za-z])")
    return [
        (lexicon.DEMONYMS[m.group("name")], m.start(), m.end())
        for m in pattern.finditer(text)
        if not _NOT_DEMONYM_PLACE.search(text[max(0, m.start() - 12) : m.start()])
        and not _DEMONYM_REGION_AFTER.match(text, m.end())
    ]


_ACTS = (
    r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:withdr(?:ew|awn)|ratif(?:ied|y)|signed|acceded|joined|suspended|announced|declared|decided|notified|evaded|avoided"
    # ("Washington pulled out of the ABM Treaty", "Moscow denounced the treaty", "refuses to sign")
    r"|left|quit|exited|pulled\s+out|denounced|adhered|refuse[sd]?|declined"
    # ("Pyongyang's 2003 withdrawal from the NPT": the capital's act named as a noun)
    r"|(?:withdrawal|exit)\s+from|(?:accession|ratification)\s+(?:to|of)|signature\s+of)\b"
)


def _capital_actors(text: str, on: dt.date) -> list[tuple[str, int, int]]:
    """'Pyongyang withdrew from the treaty': a capital as the subject of an act names its state (claims only, not
    places)."""
    names = "|".join(re.escape(n) for n in sorted(lexicon.CAPITALS, key=len, reverse=True))
    # "Washington, which never ratified the document": a relative clause's act is the capital's too
    pattern = re.compile(
        # ("Washington, under far-fetched pretexts, evaded ratification": a phrase set off by commas between)
        rf"(?<![\w.])(?P<name>{names})(?:['’]s\s+\w+)?(?:,\s+(?:which|who|that)|,\s+(?:under|for|in|after|despite)\s+[^,.;]{{1,40}},)?\s+"
        rf"(?:(?:has|have|had)\s+)?(?:(?:never|not|also|yet\s+to)\s+)?(?={_ACTS})"
    )
    # "the treaty, ratified by Moscow in 2000": a capital as the agent of an act in the passive
    agent = re.compile(rf"\b(?:signed|ratified|denounced|revoked)\s+by\s+(?P<name>{names})\b")
    soviet = on < dt.date(1991, 12, 26)
    return [
        (
            "SUN" if soviet and m.group("name") == "Moscow" else lexicon.CAPITALS[m.group("name")],
            m.start("name"),
            m.end("name"),
        )
        for found in (pattern, agent)
        for m in found.finditer(text)
    ]


# Legislatures named alone: the Duma and the Federation Council are Russia's, the (Verkhovna) Rada Ukraine's;
# "the Senate", "the Congress" or "the parliament" with no state before it is the speaker's own; the Senate's
# Democrats and Republicans are the United States'.
_OWN_LEGISLATURE = {
    r"(?:State\s+)?Duma|Federation\s+Council": "RUS",
    r"(?:Verkhovna\s+)?Rada": "UKR",
    # "Senate Democrats and Republicans": the United States' parties in its Senate
    r"Senate(?=\s+(?:Democrats|Republicans)\b)": "USA",
}
_SPEAKERS_LEGISLATURE = re.compile(
    r"\b[Tt]he\s+(?P<name>Senate|Congress|[Pp]arliament|National\s+Assembly|President(?!\s+of\b))\b"
    # ("awaiting Senate ratification": a legislature as the adjective of its act)
    # ("Senate Democrats and Republicans, working together, have ... by ratifying": its members)
    r"|\b(?P<bare>Senate|Congress|Parliament)(?=\s+(?:ratification|approval|consent|action|vote|Democrats|Republicans"
    r"|leaders|majority)\b)"
)
"""The speaker's own institutions named alone: its legislature, and "the President" (of no state named after it)."""


def _legislature_actors(
    text: str, speaker: str | None, states: list[tuple[str, int, int]] | None = None
) -> list[tuple[str, int, int]]:
    """'the Duma has ratified', 'the Senate gave its consent': the state whose legislature acts (for claims only,
    not places). With no speaker known, a legislature the text ties to one state ("To the Senate of the United
    States:") is that state's wherever it is named alone."""
    out = []
    for pattern, code in _OWN_LEGISLATURE.items():
        out += [(code, m.start(), m.end()) for m in re.finditer(rf"\b(?:{pattern})\b", text)]
    owner = speaker
    if owner is None and states:
        starts = {start: code for code, start, _ in states}
        owners = {
            starts[m.end()]
            for m in re.finditer(r"\b(?:Senate|Congress|[Pp]arliament|National\s+Assembly)\s+of\s+(?:the\s+)?", text)
            if m.end() in starts
        }
        # ("Members of the U.S. Senate have expressed ...": the state named before its legislature)
        ends = {end: code for code, _, end in states}
        owners |= {
            ends[m.start()]
            for m in re.finditer(r"[ \t]+(?:Senate|Congress|[Pp]arliament|National\s+Assembly)\b", text)
            if m.start() in ends
        }
        owner = owners.pop() if len(owners) == 1 else None
    if owner is not None:
        state_starts = {start for _, start, _ in states or []}
        out += [
            (owner, m.start("name") if m.group("name") else m.start(), m.end())
            for m in _SPEAKERS_LEGISLATURE.finditer(text)
            # ("the Senate of the United States" is that state's; "the Senate of the Honorable Congress of the Union",
            # a chamber of the speaker's own legislature, the speaker's)
            if not (
                (of := re.match(r"\s+of\s+(?:the\s+)?", text[m.end() : m.end() + 12]))
                and (m.end() + of.end() in state_starts or states is None)
            )
        ]
    return out


_LEADER = re.compile(
    rf"\b(?P<office>{lexicon.LEADER_OFFICES})\s+"
    # (given names and initials, "Dmitry A.", never a word that ends a sentence: "President Barack Obama. The")
    r"(?:[A-Z](?:[\w-]*[a-z]|(?:\.[A-Z])*\.|[A-Z]*)\s+){0,3}(?P<surname>[A-Z][a-z][\w-]+)\b(?!\s+of\b)(?!['’]s\s+(?:[A-Z]|administration))"
)


def _leader_actors(text: str, speaker: str | None) -> list[tuple[str, int, int]]:
    """'President Nixon and General Secretary Brezhnev signed': a leader named with an office and no state, resolved
    to the
    state the text ties the name to ("Soviet leader Brezhnev", "Brezhnev of the Soviet Union", "Russia's President
    Putin"), else, for a President, to the speaker's (for claims only, not places). No list of people is kept."""
    names = "|".join(re.escape(n) for n in sorted({**lexicon.STATE_NAMES, **lexicon.DEMONYMS}, key=len, reverse=True))
    leaders = []
    for m in _LEADER.finditer(text):
        surname = re.escape(m.group("surname"))
        tie = re.search(
            rf"(?<![\w.])(?P<state>{names})(?:['’]s)?\s+(?:[\w-]+\s+){{0,3}}?{surname}\b"
            rf"|\b{surname}\s+of\s+(?:the\s+)?(?P<after>{names})\b",
            text,
        )
        code = None
        if tie:
            name = tie.group("state") or tie.group("after")
            code = lexicon.STATE_NAMES.get(name) or lexicon.DEMONYMS.get(name)
        leaders.append((m, code))
    # ("President Nursultan Nazarbayev presented ... to U.S. President Bill Clinton": where the speaker's own President
    # is named with his state, a President named without one is another state's)
    own_named = {m.group("surname") for m, code in leaders if code is not None and code == speaker}
    # ("Remarks by President Gorbachev and President Bush": of two Presidents named without a state, which one is the
    # speaker's is not told)
    untied = {
        m.group("surname")
        for m, code in leaders
        if code is None and m.group("office") == "President" and not text[: m.start()].endswith("Vice ")
    }
    out = []
    for m, code in leaders:
        if (
            code is None
            and m.group("office") == "President"
            and not own_named - {m.group("surname")}
            and len(untied) < 2
            # ("President Putin and I signed": a President beside the speaker's "I" is another's)
            and not re.match(r"\s+and\s+I\b", text[m.end() : m.end() + 8])
        ):
            code = speaker
        if code:
            out.append((code, m.start(), m.end()))
    # "The treaty, signed by Obama and Russian President Dmitry Medvedev": a surname said alone after the text tied
    # it to an office and a state is that leader again
    tied: dict[str, tuple[str, int]] = {}
    for m, code in leaders:
        if code and m.group("surname") not in tied:
            tied[m.group("surname")] = (code, m.start())
    taken = [(x[1], x[2]) for x in out]
    for name, (code, first) in tied.items():
        # (not "the Biden administration": a name that qualifies a noun)
        alone = re.compile(
            rf"(?<![\w.-]){re.escape(name)}\b(?!\s+[A-Z])(?!['’]?s?\s+(?:administration|government|era|team|years|doctrine)\b)"
        )
        for bare in alone.finditer(text, first):
            if not any(a < bare.end() and bare.start() < b for a, b in taken):
                out.append((code, bare.start(), bare.end()))
    return out


# What may come before a sentence's subject: a bullet, a number, an article
# ("-Additional Protocol II requires": a word of the name the mention leaves out)
_BEFORE_SUBJECT = re.compile(r"[\s\-–—•*\d.()]*(?:(?:The|the|An|an|A)\s+)?(?:Additional\s+|Optional\s+)?")
_IT_STARTS = re.compile(r"[\s\-–—•*\"“]*It\s")


def _subject_of_it(
    text: str, sentences: list[tuple[int, int]], index: int, mentions_in: dict[int, list]
) -> Mentioned | None:
    """The instrument "It" starting a sentence speaks of where the sentence before began with one as its subject
    ("Additional Protocol II requires the nuclear powers ... the States Parties to the treaty. It ... has been signed
    and ratified by China, ...": the protocol, not the treaty named last); none otherwise."""
    if index == 0 or not _IT_STARTS.match(text, sentences[index][0]):
        return None
    named = sorted((m for m in mentions_in.get(index - 1, []) if m.id is not None), key=lambda m: m.start)
    if not named or not _BEFORE_SUBJECT.fullmatch(text, sentences[index - 1][0], named[0].start):
        return None
    return named[0]


def _lists_before(text: str, states_in: dict[int, list], index: int, back: int = 3) -> tuple[tuple[str, ...], ...]:
    """The lists of two or more states that the ``back`` sentences before sentence ``index`` name, nearest last."""
    return tuple(lst for k in range(max(0, index - back), index) for lst in state_lists(text, states_in.get(k, [])))


def _zone_place(reg, on: dt.date, code: str, text: str, start: int, end: int, region: str | None) -> Place:  # noqa: ANN001
    """A zone instrument as a place, with its standing on the statement's date: named by the ``region`` the text
    gives for it, or else as the zone of its treaty."""
    instrument = reg.instruments[code]
    state = status_on(instrument, on)
    return Place(
        text=text,
        start=start,
        end=end,
        kind="zone",
        code=code,
        name=f"{region} ({instrument.short_title})" if region else f"{instrument.short_title} zone",
        data=f"{instrument.short_title}: {state.state.replace('_', ' ')} on {on}",
    )


def _first_day(instrument_id: str) -> dt.date:
    """The first day an instrument existed as a text: signed, adopted or opened for signature."""
    days = [
        e.date
        for e in registry().instruments[instrument_id].events
        if e.type in {"signed", "opened_for_signature", "adopted", "declaration"}
    ]
    return min(days) if days else dt.date.min


def _coerce_date(on: dt.date | str | None, what: str = "--date") -> dt.date | None:
    if on is None or isinstance(on, dt.date):
        return on
    try:
        return dt.date.fromisoformat(on)
    except ValueError:
        raise UserError(f"{what}: '{on}' is not a date; expected YYYY-MM-DD, for example 2000-06-04") from None


def read_text(
    text: str,
    on: dt.date | str | None = None,
    *,
    title: str | None = None,
    publisher: str | None = None,
    source_date: dt.date | str | None = None,
) -> ReadAnswer:
    """Read one statement.

    Parameters
    ----------
    text : str
        The statement (plain text; use :func:`read_file` for files, HTML and limits).
    on : datetime.date or str, optional
        The statement's date; by default the date its header, dateline or foot gives, else the record's date
        (``source_date``), else not read (``date_source`` ``not_read``; judged as of today).
    title, publisher : str, optional
        Used to cite the statement in a draft scenario.
    source_date : datetime.date or str, optional
        The date of the record the text was taken from (a page's date): its year dates a dateline that gives the
        day without the year ("MOSCOW, April 13. /TASS/."); it is the latest the statement can be, so a speech
        reported "on Tuesday" or "yesterday" is counted back from it, and it dates a text that gives no day.
    """
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise UserError(
            f"statement: more than {MAX_BYTES:,} bytes, the reader's limit; split the statement or keep the passages "
            f"you need"
        )
    if not text.strip():
        raise UserError("statement: empty; give the statement's text")
    # Typographic apostrophes, quotes and hyphens read as the plain ones, character for character, so every span
    # stays where it is; the spans shown are the statement's own.
    # (and a "?" between two letters is an apostrophe an encoding lost: "d?interdiction", "don?t")
    plain = _LOST_APOSTROPHE.sub("'", text.translate(_TYPOGRAPHIC))
    language = language_of(plain, LANGUAGES)
    if language is not None:
        # Read through the English gloss; every span is mapped back to the text as written.
        glossed = dataclasses.replace(gloss(plain, language), original=text)
        answer = _read_dated(glossed.text, on, title=title, publisher=publisher, source_date=source_date)
        update = {"characters": len(text), "language": language.code, "language_note": note(language)}
        return restore(answer, glossed).model_copy(update=update)
    answer = _read_dated(plain, on, title=title, publisher=publisher, source_date=source_date)
    return answer if plain == text else restore(answer, Gloss(original=text, text=plain, pieces=()))


def _contradicted(answer: ReadAnswer) -> set[tuple[str, str | None, str | None]]:
    """The claims an answer judges contradicted, by kind, party and instrument."""
    return {(c.kind, c.party, c.instrument) for c in answer.claims if c.verdict == "contradicted"}


# The data's events that make each kind of claim of a state's act true
_ACT_EVENTS = {
    "signed": {"signed"},
    "ratified": {"ratified", "acceded", "succeeded", "consented"},
    "withdrew": {"withdrawal", "withdrawal_notice"},
    "ratification_revoked": {"ratification_revoked"},
    "suspended": {"suspension"},
}


def _read_dated(
    text: str,
    on: dt.date | str | None,
    *,
    title: str | None,
    publisher: str | None,
    source_date: dt.date | str | None,
) -> ReadAnswer:
    """:func:`_read`, and for a text that gives no date at all, read again as of the latest act it tells as done that
    the data records: a statement is on or after every act it reports ("Guinea-Bissau has ratified the CTBT", a page
    dated only by its address), so its other claims ("the nine States yet to ratify") are judged as of that day rather
    than the day of reading; ``date_source`` ``acts``, with a note that says which act and how the day is bounded."""
    answer = _read(text, on, title=title, publisher=publisher, source_date=source_date)
    if answer.date_source != "not_read":
        return answer
    # the latest act of all, then the latest of those not told of a legislature ("the Duma ratified": a vote the data
    # may record on its day or later, as the deposit; the statement reports it, so it is the nearer day)
    latest: dict[bool, tuple[dt.date, Claim]] = {}
    for claim in answer.claims:
        day = _act_day(claim)
        if day is None:
            continue
        for told_of_legislature in {True, _told_of_legislature(text, claim)}:
            if told_of_legislature not in latest or day > latest[told_of_legislature][0]:
                latest[told_of_legislature] = (day, claim)
    dateline = next(DATELINE.finditer(text), None)
    for act_day, claim in sorted(set(latest.values()), key=lambda x: x[0], reverse=True):
        day = act_day
        if dateline is not None:
            # (a vote told of a legislature comes before the act the data records, the deposit: the dateline's day
            # is the last such day on or before that act; any other act's, the first on or after it)
            day = _same_day_near(act_day, *day_month(dateline), after=not _told_of_legislature(text, claim))
        if day is None:
            continue
        again = _read(text, day, title=title, publisher=publisher, source_date=source_date)
        if _contradicted(again) - _contradicted(answer):
            # ("the NPT, extended indefinitely in 1995" in a text that names its entry into force): a day on which
            # claims true today are false is before the statement; the act does not bound it
            continue
        title = registry().instruments[str(claim.instrument)].short_title
        act = f"{title} {claim.kind.replace('_', ' ')}" + (f" by {party_name(claim.party)}" if claim.party else "")
        said = (
            f"the latest act it tells as done ({act}) is dated {act_day} by the data: judged as of that day, the "
            f"earliest the statement can be"
        )
        if dateline is not None:
            bound = (
                "the last such day on or before it (a legislature's vote comes before the act the data records)"
                if day < act_day
                else "the first such day on or after it, the earliest the statement can be"
            )
            said = (
                f"the dateline gives {dateline.group(0).strip()} without its year; the latest act the text tells as "
                f"done ({act}) is dated {act_day} by the data: judged as of {bound}"
            )
        return again.model_copy(update={"date_source": "acts", "date_note": said, "date_ref": claim.source})
    return answer


def _told_of_legislature(text: str, claim: Claim) -> bool:
    """Whether a ratification is told of a legislature ("the Duma ratified"): its vote, which the data may record
    later, as the deposit."""
    return claim.kind == "ratified" and bool(LEGISLATURE.search(text, max(0, claim.start - 120), claim.end + 60))


def _same_day_near(day: dt.date, day_of_month: int, month: int, *, after: bool) -> dt.date | None:
    """The first ``day_of_month`` of ``month`` on or after ``day`` (within five years), or with ``after`` false the
    last on or before it (within the year before); ``None`` where none falls there (29 February)."""
    years = range(day.year, day.year + 5) if after else (day.year, day.year - 1)
    for year in years:
        try:
            candidate = dt.date(year, month, day_of_month)
        except ValueError:
            continue
        if (candidate >= day) if after else (candidate <= day):
            return candidate
    return None


def _act_day(claim: Claim) -> dt.date | None:
    """The day the data records for the act a claim judged consistent tells as done (a state's signature,
    ratification, withdrawal ...; an entry into force); ``None`` for any other claim."""
    if claim.verdict != "consistent" or claim.instrument is None:
        return None
    instrument = registry().instruments[claim.instrument]
    days: list[dt.date] = []
    if claim.party is not None and claim.kind in _ACT_EVENTS:
        record = next((r for r in instrument.parties if r.party == claim.party), None)
        days = [e.date for e in (record.events if record else []) if e.type in _ACT_EVENTS[claim.kind]]
    elif claim.party is None and claim.kind == "in_force":
        days = [e.date for e in instrument.events if e.type == "entry_into_force"]
    return min(days) if days else None


LANGUAGES = (FRENCH, SPANISH, GERMAN, PORTUGUESE, RUSSIAN)
"""The languages read through a gloss besides English (:mod:`armscontrol.reader.gloss`)."""
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\?(?=[^\W\d_])")
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-"})


def _read(
    text: str,
    on: dt.date | str | None,
    *,
    title: str | None,
    publisher: str | None,
    source_date: dt.date | str | None,
) -> ReadAnswer:
    reg = registry()
    nlp = pipeline()
    doc = nlp(text)
    sentences = _sentences(doc, text)
    dates = find_dates(text)
    given = _coerce_date(on)
    source = _coerce_date(source_date, "--source-date")
    found_date = statement_date(text, dates, source)
    date_note: str | None = None
    date_ref: SourceRef | None = None
    if found_date is None and given is None and (ago := _years_ago_of_instrument(text)) is not None:
        found_date, date_note, date_ref = ago
    if found_date is None and given is None and (derived := _anniversary_of_instrument(text)) is not None:
        found_date, date_note, date_ref = derived
    if found_date is None and given is None and (today := _event_of_today(text)) is not None:
        found_date, date_note, date_ref = today
    if found_date is None and given is None and (told := _told_event_days(text)):
        # "said on March 31 ... which came into force on March 21": the event's year, from the data, dates the day
        found_date = statement_date(text, sorted([*dates, *(t[0] for t in told)], key=lambda d: d.start), source)
        if found_date is not None:
            _, date_note, date_ref = told[0]
    if found_date is None and given is None and (dateline := _dateline_of_event(text)) is not None:
        found_date, date_note, date_ref = dateline
    if given is not None:
        date, date_source = given, "option"
    elif found_date is not None:
        date, date_source = found_date.date, "text" if found_date.text else "source"
    else:
        date, date_source = dt.date.today(), "not_read"  # judged as of today, and said so

    named = find_instruments(text, date, dated=date_source != "not_read")
    starts_of_sentences = [a for a, _ in sentences]

    def sentence_bounds(pos: int) -> tuple[int, int]:
        return sentences[max(bisect.bisect_right(starts_of_sentences, pos) - 1, 0)] if sentences else (0, len(text))

    zones = find_zones(text)
    named += _zone_agreements(text, zones, named)
    taken = [(f.start, f.end) for f in named]
    named += [Found(i, text[a:b], a, b, "descriptive") for i, a, b in find_descriptions(text, date, taken)]
    named.sort(key=lambda f: f.start)
    named += [
        Found(i, text[a:b], a, b, "descriptive")
        for i, a, b in find_protocol_references(text, sentence_bounds, named)
        if not any(f.start < b and a < f.end for f in named)
    ]
    named += [
        Found(i, text[a:b], a, b, "descriptive") for i, a, b in find_signed_sets(text, sentence_bounds, named, date)
    ]
    misspelt, unresolved_raw = find_misspelt_and_unresolved(text, named)
    named = bracket_wins(text, sorted(named + misspelt, key=lambda f: (f.start, -f.end)), date)
    kinds = {i.id: i.kind for i in reg.instruments.values()}
    anaphora = find_anaphora(text, named, kinds)
    mentions = sorted(named + anaphora, key=lambda f: f.start)
    # A zone named as a place ("a Middle East zone free of nuclear weapons") is a place, not a mention of the
    # instrument by name.
    mentions = [
        f
        for f in mentions
        if not any(
            f.instrument == z.instrument
            and f.start < max(z.end, z.region_end)
            and min(z.start, z.region_start) < f.end
            and not re.search(r"treat(?:y|ies)|agreement|accord|protocol|declaration|convention|status", f.text, re.I)
            for z in zones
        )
    ]
    mentions = _territorial_protocols_left_out(text, mentions, find_states(doc), sentence_bounds)
    articles = find_articles(text, mentions)

    instruments: list[InstrumentFound] = []
    omitted: dict[str, int] = {}
    by_instrument: dict[str, list] = defaultdict(list)
    for f in mentions:
        by_instrument[f.instrument].append(f)
    for instrument_id, own in by_instrument.items():
        if len(own) > READER_MAX_MENTIONS:
            omitted["mentions"] = omitted.get("mentions", 0) + len(own) - READER_MAX_MENTIONS
        instrument = reg.instruments[instrument_id]
        state = status_on(instrument, date)
        note = None
        if state.state == "ended":
            note = f"ended {state.ended_on} ({state.end_reason})"
        elif state.state == "in_force" and state.entered_into_force:
            note = f"in force since {state.entered_into_force}"
        elif (
            state.state == "not_yet_signed"
            and _first_day(instrument_id) > date
            and (
                any(_NEGOTIATED.search(text[slice(*sentence_bounds(f.start))]) for f in own)
                or ((_first_day(instrument_id) - date).days <= 730 and _NEGOTIATED.search(text))
            )
        ):
            note = (
                f"under negotiation on {date}: first signed, adopted or opened for signature on "
                f"{_first_day(instrument_id)}; "
                "named here as the text to come, never used to judge"
            )
        elif state.state == "not_yet_signed" and _first_day(instrument_id) > date:
            note = (
                f"anachronism: did not exist on {date} (first signed, adopted or opened for signature on "
                f"{_first_day(instrument_id)}); "
                "named here, never used to judge"
            )
        provisions = []
        for owner, article, start, end in articles:
            if owner != instrument_id:
                continue
            for provision in instrument.provisions:
                if re.match(rf"^{re.escape(article)}(?![IVXLC\d])", provision.article):
                    provisions.append(
                        ProvisionRef(
                            id=provision.id,
                            article=provision.article,
                            title=provision.title,
                            mention=Mention(text=text[start:end], start=start, end=end, how="article"),
                        )
                    )
        instruments.append(
            InstrumentFound(
                id=instrument_id,
                short_title=instrument.short_title,
                kind=instrument.kind,
                mentions=[Mention(text=f.text, start=f.start, end=f.end, how=f.how) for f in own[:READER_MAX_MENTIONS]],
                status_on_date=standing_on(instrument, date).category,
                status_note=note,
                provisions=provisions,
                source=source_ref(state.source),
            )
        )
    # One row per name: a name repeated is still one name the registry lacks (the first place it appears).
    # ("the Strategic Arms Limitation and Reduction Treaty II (START II)": a name the registry lacks, with the
    # instrument's own name in the bracket after it, is that instrument, named already)
    unresolved_raw = [
        u
        for u in unresolved_raw
        if not any(
            re.fullmatch(r"\s*(?:[IVX]{1,4}|\d)?\s*\(\s*", text[u[2] : f.start]) for f in mentions if f.start >= u[2]
        )
    ]
    first_of = {t: (t, s, e, n) for t, s, e, n in reversed(unresolved_raw)}
    unresolved = [
        Unresolved(text=t, start=s, end=e, nearest=n) for t, s, e, n in sorted(first_of.values(), key=lambda u: u[1])
    ]

    sentence_starts = [a for a, _ in sentences]

    def sentence_index(pos: int) -> int:
        return max(bisect.bisect_right(sentence_starts, pos) - 1, 0)

    def sentence_of(pos: int) -> tuple[int, int]:
        return sentences[sentence_index(pos)] if sentences else (0, len(text))

    mentions_in: dict[int, list] = defaultdict(list)
    for found in mentions:
        mentions_in[sentence_index(found.start)].append(found)
    dates_in: dict[int, list] = defaultdict(list)
    for found_date in dates:
        dates_in[sentence_index(found_date.start)].append(found_date)

    figures: list[Figure] = []
    claims: list[Claim] = []
    anachronisms = frozenset(
        i.id for i in instruments if i.status_on_date == "not_yet_signed" and _first_day(i.id) > date
    )
    for raw in find_figures(text, dates, sentences):
        if len(figures) >= READER_MAX_FIGURES:
            omitted["figures"] = omitted.get("figures", 0) + 1
            continue
        index = sentence_index(raw.start)
        a, b = sentence_of(raw.start)
        # "compared to the levels provided by the START Treaty": the instrument a figure is set against is not its own
        same = [f for f in mentions_in.get(index, []) if not _SET_AGAINST.search(text[max(a, f.start - 60) : f.start])]
        if not same and index > 0:
            # "The Treaty ... . Russia and the US pledged to cut ... to 1700-2200": the previous sentence names it.
            before = [f for f in mentions_in.get(index - 1, []) if _limits(reg.instruments[f.instrument], raw.unit)]
            same = [f for f in before if _states_limit(reg.instruments[f.instrument], raw)][-1:]
            if not same and raw.unit in LIMIT_UNITS and _LIMIT_CONTEXT.search(text[max(a, raw.start - 80) : raw.start]):
                # "The treaty's main provisions are as follows: ... Launchers: up to 800 deployed and non-deployed
                # launchers": a limit stated sentences after the instrument is named, tied to the last one named in
                # the ten sentences before whose limit on the unit the number is (on any of its days)
                same = [
                    f
                    for i in range(index - 2, max(index - 11, -1), -1)
                    for f in reversed(mentions_in.get(i, []))
                    if _states_limit(reg.instruments[f.instrument], raw)  # (a limit on the unit, of that number)
                ][:1]
            # (else the last one the previous sentence names that limits the unit, whatever the number: a limit told
            # wrong is judged against it)
            same = same or before[-1:]
        limiting = [f for f in same if _limits(reg.instruments[f.instrument], raw.unit)]
        # ("The START III Treaty ... limits ... to ... 1 550 warheads": of two instruments that limit warheads, the
        # one whose limit the number is)
        exact = [f for f in limiting if _states_limit(reg.instruments[f.instrument], raw)]
        pool = exact or limiting or same
        tied = min(pool, key=lambda f: abs(f.start - raw.start)).instrument if pool else None
        deadline = deadline_for(raw, text, dates_in.get(index, []), (a, b))
        # A level proposed, not the one it is set against ("to 1500 nuclear warheads instead of 2000-2500").
        proposal = (
            bool(_PROPOSAL.search(text[max(a, raw.start - 300) : min(b, raw.end + 100)]))
            and raw.unit == "warheads"
            and not _COMPARED.search(text[max(a, raw.start - 30) : raw.start])
            # ("According to it, the parties were to reduce ... nuclear warheads to 1,550 units": a treaty's
            # obligation told, not a level proposed)
            and not _WERE_TO.search(text, max(a, raw.start - 160), raw.start)
        )
        lead = _list_lead(text, sentences, index)
        if lead is not None:  # "they will reduce ... to no more than: (a) ... (b) 1200 MIRVed ICBM warheads."
            la, lb = sentences[lead]
            deadline = deadline or deadline_for(raw, text, dates_in.get(lead, []), (la, lb))
            proposal = proposal or (raw.unit == "warheads" and bool(_PROPOSAL.search(text[max(la, lb - 300) : lb])))
        figure = Figure(
            text=raw.text,
            start=raw.start,
            end=raw.end,
            value=raw.value,
            low=raw.low,
            high=raw.high,
            unit=raw.unit,
            deadline=deadline_date(deadline) if deadline else None,
            deadline_text=deadline.text if deadline else None,
            instrument=tied,
            proposal=proposal,
            sentence_start=a + len(text[a:b]) - len(text[a:b].lstrip()),
            sentence_end=b - (len(text[a:b]) - len(text[a:b].rstrip())),
        )
        figures.append(figure)
        if (
            tied is not None
            and tied not in anachronisms
            and raw.unit in LIMIT_UNITS
            and (
                _LIMIT_CONTEXT.search(text[max(a, raw.start - 80) : raw.start])
                # ("The Agreement allows each of the countries only a limited number of ...:\n-700 deployed ...\n-1550
                # warheads": an item of a list its lead says is limited)
                or (lead is not None and _LIMIT_CONTEXT.search(text[sentences[lead][0] : sentences[lead][1]]))
                or _limited_list_item(text, a, raw.start)
            )
            # "will lower the limit on ... warheads from 2,200 to 1,550": the level left behind is not the one set
            and not (_FROM_BEFORE.search(text[max(a, raw.start - 20) : raw.start]) and _TO_AFTER.match(text, raw.end))
        ):
            high = raw.high if raw.high is not None else raw.value
            judged = judge_limit(reg.instruments[tied], raw.low, high, raw.unit, figure.deadline, date)  # type: ignore[arg-type]
            # A proposed level that no instrument sets is a proposal, not a false statement of a limit.
            if judged is not None and not (proposal and judged[0] == "contradicted"):
                verdict, evidence, src = judged
                claims.append(
                    Claim(
                        text=raw.text,
                        start=raw.start,
                        end=raw.end,
                        party=None,
                        instrument=tied,
                        kind="limit",
                        verdict=verdict,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
                        evidence=evidence,
                        source=src,
                    )
                )

    states = find_states(doc)
    state_spans = [(s.code, s.start, s.end) for s in states]
    claim_mentions = [Mentioned(f.instrument, f.text, f.start, f.end) for f in mentions]
    claim_mentions += [Mentioned(None, u.text, u.start, u.end) for u in unresolved]
    claim_mentions.sort(key=lambda m: m.start)
    claim_mentions_in: dict[int, list] = defaultdict(list)
    for mentioned in claim_mentions:
        claim_mentions_in[sentence_index(mentioned.start)].append(mentioned)
    states_in: dict[int, list] = defaultdict(list)
    speaker = speaker_state(text, publisher)
    speakers = tuple(speaker_states(text, publisher))
    speaker = speakers[0] if speakers else speaker
    actors = _demonym_actors(text) + _capital_actors(text, date)
    covered_by = [(x[1], x[2]) for x in state_spans + actors]
    actors += [
        x
        for x in _legislature_actors(text, speaker, state_spans)
        if not any(a <= x[1] < b or x[1] <= a < x[2] for a, b in covered_by)
    ]
    covered_by = [(x[1], x[2]) for x in state_spans + actors]
    actors += [x for x in _leader_actors(text, speaker) if not any(a < x[2] and x[1] < b for a, b in covered_by)]
    for state_span in sorted(state_spans + actors, key=lambda x: x[1]):
        states_in[sentence_index(state_span[1])].append(state_span)
    last_instrument: Mentioned | None = None
    last_state: str | None = None
    ordered = sorted(
        [(m.start, "i", m) for m in claim_mentions] + [(sp[1], "s", sp) for sp in state_spans], key=lambda x: x[0]
    )
    cursor = 0
    last_instruments: tuple[Mentioned, ...] = ()
    groups = defined_groups(text, sorted(state_spans, key=lambda x: x[1]))
    passage: dict[int, Mentioned | None] = {}
    for index, sentence in enumerate(sentences):
        while cursor < len(ordered) and ordered[cursor][0] < sentence[0]:
            _, what, item = ordered[cursor]
            if isinstance(item, tuple):
                last_state = str(item[0])
            elif (
                item.id is not None
                and not MODIFIES_EVENT.match(text, item.end)
                and not EVENT_OF.search(text, max(0, item.start - 60), item.start)
            ):
                # "the NPT Review Conference", "the 2020 Review Conference of the Nuclear Non-Proliferation Treaty": a
                # name that names a meeting is not what "it" speaks of after
                last_instrument = item
            cursor += 1
        passage[index] = last_instrument
        if index > 0 and claim_mentions_in.get(index - 1):
            named_before = [m for m in claim_mentions_in[index - 1] if m.id is not None]
            if named_before:
                last_instruments = tuple({m.id: m for m in named_before}.values())
        if claim_mentions_in.get(index) or (last_instrument is not None and index > 0):
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            next_listed = (
                tuple(listed_in_next_sentence(text, states_in.get(index + 1, []), *following)) if following else ()
            )
            if following and next_listed and says_an_act(text, following[0], next_listed[0][1]):
                # "191 countries have signed the NPT. The countries that have not signed are: A, B": the next
                # sentence's list belongs to its own group, not to this one
                next_listed = ()
            context = Context(
                previous_lists=_lists_before(text, states_in, index),
                groups=groups,
                speaker=speaker,
                speakers=speakers,
                previous_state=last_state,
                previous_instrument=_subject_of_it(text, sentences, index, claim_mentions_in) or last_instrument,
                previous_instruments=last_instruments,
                anachronisms=anachronisms,
                next_listed=next_listed,
            )
            claims.extend(
                cue_claims(
                    text,
                    sentence,
                    claim_mentions_in.get(index, []),
                    states_in.get(index, []),
                    dates_in.get(index, []),
                    date,
                    context,
                )
            )
    claims.extend(heading_list_claims(text, claim_mentions, state_spans, date, anachronisms))
    claims.extend(list_claims(text, sentences, states_in, claim_mentions_in, passage, claims, date, anachronisms))
    claims.extend(
        learned_claims(
            LearnedStatement(text, sentences, states_in, claim_mentions_in, passage, speaker),
            date,
            claims,
            anachronisms,
        )
    )
    claims.sort(key=lambda c: c.start)
    seen: set[tuple] = set()
    unique = []
    for claim in claims:
        key = (
            claim.kind,
            claim.party,
            claim.instrument,
            claim.verdict,
            claim.text if claim.instrument is None else None,
            # (each limit the text states is a claim of its own: "no more than 1,550 deployed nuclear warheads, 700
            # deployed launchers, and 800 deployed and non-deployed launchers" states three of the treaty's articles)
            claim.evidence if claim.kind == "limit" else None,
        )
        if key not in seen:
            seen.add(key)
            unique.append(claim)
    claims = unique
    if len(claims) > READER_MAX_CLAIMS:
        omitted["claims"] = len(claims) - READER_MAX_CLAIMS
        claims = claims[:READER_MAX_CLAIMS]

    places: list[Place] = []
    state_places: list[tuple[str, str, int, int]] = [(s.code, s.text, s.start, s.end) for s in states]
    state_codes = {s.code for s in states}
    state_places += sorted(
        ((code, text[a:b], a, b) for code, a, b in _demonym_places(text) if code not in state_codes),
        key=lambda x: x[2],
    )
    for code in dict.fromkeys(x[0] for x in state_places):
        _, first_text, first_start, first_end = next(x for x in state_places if x[0] == code)
        standings = []
        for named_instrument in instruments:
            record = next(
                (p for p in status_on(reg.instruments[named_instrument.id], date).parties if p.party == code), None
            )
            if record is not None:
                standings.append(f"{named_instrument.id}: {record.status.replace('_', ' ')}")
        data = "; ".join(standings) if standings else "not recorded in the instruments this text names"
        places.append(
            Place(
                text=first_text,
                start=first_start,
                end=first_end,
                kind="state",
                code=code,
                name=party_name(code),
                data=data,
            )
        )
    for zone in zones:
        if any(
            f.how in {"name", "title", "misspelt"}
            and f.instrument == zone.instrument
            and f.start <= zone.start
            and zone.end <= f.end
            for f in mentions
        ):
            # "the Central Asia Nuclear-Weapon-Free Zone Treaty": the zone is a word of the treaty's name, placed once
            # below as the named treaty's zone; inside a protocol's name ("the Protocol to the Treaty on a
            # Nuclear-Weapon-Free Zone in Central Asia") it is the zone the protocol assures
            continue
        if zone.instrument is not None:
            places.append(_zone_place(reg, date, zone.instrument, zone.text, zone.start, zone.end, zone.region))
        else:
            places.append(
                Place(
                    text=zone.text,
                    start=zone.start,
                    end=zone.end,
                    kind="proposed_zone",
                    name=zone.region,
                    data="no instrument for this zone in the data: a proposed zone",
                )
            )

    zone_treaties = set(lexicon.ZONES_IN_DATA.values())
    placed = {p.code for p in places if p.kind == "zone"}
    for named_instrument in instruments:
        if named_instrument.id in zone_treaties and named_instrument.id not in placed:
            first_name = next((m for m in named_instrument.mentions if m.how in {"name", "title", "misspelt"}), None)
            if first_name is None:
                continue
            # "the Treaty of Pelindaba": a zone treaty named is its zone too, a place with its standing
            places.append(
                _zone_place(reg, date, named_instrument.id, first_name.text, first_name.start, first_name.end, None)
            )
            placed.add(named_instrument.id)

    scenarios = draft_scenarios(figures, text=text, title=title, publisher=publisher, date=date)
    scenario, scenario_note = None, None
    if scenarios:
        drafted = max((s for s in scenarios if s["_figure"] == scenarios[0]["_figure"]), key=lambda s: s["_level"])
        scenario = drafted["scenario"]
        scenario_note = f"scenario at {drafted['_level']:,} warheads each, from '{drafted['_figure'].text}'"

    if len(dates) > READER_MAX_DATES:
        omitted["dates"] = len(dates) - READER_MAX_DATES
    if len(unresolved) > READER_MAX_UNRESOLVED:
        omitted["unresolved"] = len(unresolved) - READER_MAX_UNRESOLVED
    return ReadAnswer(
        date=date,
        date_source=date_source,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
        date_note=date_note,
        date_ref=date_ref,
        characters=len(text),
        instruments=instruments,
        unresolved=unresolved[:READER_MAX_UNRESOLVED],
        figures=figures,
        dates=[
            DateFound(text=d.text, start=d.start, end=d.end, date=d.date, precision=d.precision)  # type: ignore[arg-type]  # checked against the Literal's values where it is built
            for d in dates[:READER_MAX_DATES]
        ],
        claims=claims,
        places=places,
        scenario=scenario,
        scenario_note=scenario_note,
        omitted=omitted,
        scenarios=[s["scenario"] for s in scenarios],
        scenario_levels=[s["_level"] for s in scenarios],
    )


_SUBLIMIT = re.compile(
    r"\b(?:ICBM|SLBM|MIRV\w*|heavy|bomber|ALCM|SLCM|SSBN|submarine|air-launched|sea-launched|land-based)s?\b", re.I
)
"""Words that make a warhead figure a part of the forces ("1200 MIRVed ICBM warheads"), not a level for every leg."""


def draft_scenarios(
    figures: list[Figure], *, text: str, title: str | None, publisher: str | None, date: dt.date
) -> list[dict[str, Any]]:
    """A draft scenario for each proposed level of strategic warheads: a range gives two, one at each end.

    Returns records ``{"scenario", "_level", "_figure"}`` in the order of the text,
    each level once, at most :data:`armscontrol.reader.draft.MAX_DRAFTS`.
    """
    drafts: list[dict[str, Any]] = []
    seen: set[int] = set()
    for figure in figures:
        if not figure.proposal or figure.unit != "warheads" or _SUBLIMIT.search(figure.text):
            continue
        ends = [figure.low, figure.high] if figure.low is not None and figure.high is not None else [figure.value]
        for end in ends:
            if end is None or not LOWEST <= end <= HIGHEST or int(end) in seen or len(drafts) >= MAX_DRAFTS:
                continue
            level = int(end)
            seen.add(level)
            if figure.low is not None and figure.high is not None:
                which = "lower" if end == figure.low else "upper"
                assumption = (
                    f"The statement proposes {figure.text}; this draft takes the {which} end, {level:,}, for each side."
                )
            else:
                assumption = f"The statement proposes {figure.text} for each side."
            name = f"{title or f'Statement of {date}'}: {level:,} strategic warheads each"
            scenario = draft_scenario(
                level,
                name=name,
                quote=text[figure.sentence_start : figure.sentence_end][:300],
                publisher=publisher,
                date=date.isoformat(),
                assumption=assumption,
            )
            drafts.append({"scenario": scenario, "_level": level, "_figure": figure})
    return drafts


def _anniversary_of_instrument(text: str) -> tuple[FoundDate, str, SourceRef | None] | None:
    """ "Today marks the 51st anniversary of the opening for signature of the Treaty of Tlatelolco", where the text
    gives no day for it: the day the registry dates that event, so many years on (at the head of the statement only),
    with the note that says so and the event's source."""
    for m in ANNIVERSARY.finditer(text, 0, head_end(text)):
        found = anniversary_event(text, m)
        if found is None:
            continue
        event, name_at = found
        # the instrument's name right after the event's words
        named = _instrument_named_at(text, name_at, 12)
        if named is None:
            continue
        instrument = named
        recorded = [e for e in instrument.events if e.type == event.type]
        which = "which the data dates"
        if not recorded and event.type == "signed":
            # "the second anniversary of the signing of the CTBT": a treaty many sign is signed first on the day it
            # opens for signature, which the data records
            recorded = [e for e in instrument.events if e.type == "opened_for_signature"]
            which = "signed first on the day it opened for signature, which the data dates"
        if not recorded:
            continue
        which = f"{which} {recorded[0].date}"
        years = anniversary_years(m)
        try:
            day = recorded[0].date.replace(year=recorded[0].date.year + years)
        except ValueError:
            continue
        ref = source_ref(recorded[0].source)
        note = (
            f"the text gives the {ordinal(years)} anniversary of the {event.wording} of the "
            f"{instrument.short_title}, {which}"
        )
        return FoundDate(m.group(0), m.start(), m.end(), day, "day"), note, ref
    return None


# The event an instrument named after "N years ago" is told with ("Twenty-five years ago, the Comprehensive
# Nuclear-Test Ban Treaty (CTBT) was opened for signing")
_EVENT_TOLD = re.compile(
    r"[^.;]{0,120}?\b(?:was|were)\s+(?:(?P<opened_for_signature>opened\s+for\s+(?:signature|signing))|(?P<signed>signed)"
    r"|(?P<adopted>adopted))\b|[^.;]{0,120}?\b(?P<entry_into_force>entered\s+into\s+force)\b"
)


def _years_ago_of_instrument(text: str) -> tuple[FoundDate, str, SourceRef | None] | None:
    """ "Twenty-five years ago, the CTBT was opened for signing", where the text gives no day for it: the day the
    registry dates that event, so many years on, then the weekday the report gives ("said on Thursday") on or before
    it; with the note that says so and the event's source."""
    for m in YEARS_AGO.finditer(text, 0, head_end(text)):
        years = years_back(m)
        instrument = _instrument_named_at(text, m.end(), 12) if years else None
        told = _EVENT_TOLD.match(text, m.end()) if instrument is not None else None
        if instrument is None or told is None or years is None:
            continue
        kind = next(k for k, v in told.groupdict().items() if v)
        recorded = [e for e in instrument.events if e.type == kind]
        if not recorded:
            continue
        try:
            day = recorded[0].date.replace(year=recorded[0].date.year + years)
        except ValueError:
            continue
        day = spoken_day(text, day, head_end(text)) or day
        note = (
            f"the text gives the {told.group(kind)} of the {instrument.short_title} as {years} years ago, which "
            f"the data dates {recorded[0].date}"
        )
        return _dated_by_event(
            m.group(0).strip(), m.start(), m.end(), recorded[0].model_copy(update={"date": day}), note
        )
    return None


# The nuclear-weapon states as a group: each of the five ("All five Nuclear Weapon States have ratified the relevant
# protocols")
_NUCLEAR_WEAPON_STATES = re.compile(r"\bnuclear[- ]weapons?[- ]states\b|\bnuclear\s+powers\b|\bP-?5\b", re.I)
_FIVE = ("CHN", "FRA", "RUS", "GBR", "USA")


def _territorial_protocols_left_out(text: str, mentions: list, states: list, sentence_bounds) -> list:  # noqa: ANN001
    """'All five Nuclear Weapon States have ratified the relevant protocols to the Treaty of Tlatelolco': of the
    protocols one plural names, those open only to certain states (``party_list.open_to``: the states responsible for
    territories in the zone) are not meant where the sentence speaks of the nuclear-weapon states as a group and names
    no state."""
    reg = registry()
    spans: dict[tuple[int, int], int] = defaultdict(int)
    for f in mentions:
        spans[(f.start, f.end)] += 1
    out = []
    for f in mentions:
        plist = reg.instruments[f.instrument].party_list
        open_to = set(plist.open_to or ()) if plist is not None and plist.open_to else None
        if open_to is not None and spans[(f.start, f.end)] > 1:
            a, b = sentence_bounds(f.start)
            if (
                _NUCLEAR_WEAPON_STATES.search(text, a, b)
                and not any(a <= s.start < b for s in states)
                # ("have subscribed to the respective Protocols": each to those open to it, the territorial too)
                and not re.search(r"\brespective\s+$", text[max(a, f.start - 12) : f.start])
            ):
                if set(_FIVE) - open_to:
                    continue
        out.append(f)
    return out


# "welcomes the adoption today of the Treaty on the Prohibition of Nuclear Weapons", "today's entry into force of the
# TPNW": an instrument's event the text says happens on its own day
_TODAY_EVENT = re.compile(
    r"\b(?:today['’]s\s+(?P<a>adoption|entry\s+into\s+force|opening\s+for\s+signature)\s+of"
    r"|(?P<b>adoption|entry\s+into\s+force|opening\s+for\s+signature)\s+(?:today|this\s+day)\s+of)\s+",
    re.I,
)
_TODAY_EVENT_TYPES = {
    "adoption": "adopted",
    "entry into force": "entry_into_force",
    "opening for signature": "opened_for_signature",
}


def _instrument_named_at(text: str, at: int, slack: int) -> Instrument | None:
    """The registry instrument whose name starts within ``slack`` characters after ``at`` (after an event's words:
    "the opening for signature of | the Treaty of Tlatelolco"), else ``None``."""
    named = [f for f in find_instruments(text[: at + 400], dt.date.today()) if at <= f.start <= at + slack]
    return registry().instruments[named[0].instrument] if named else None


def _event_of_today(text: str) -> tuple[FoundDate, str, SourceRef | None] | None:
    """The day of an instrument's event the head of the text says happens today ("the adoption today of the Treaty
    on the Prohibition of Nuclear Weapons"): the day the registry dates that event, with the note that says so and
    the event's source."""
    for m in _TODAY_EVENT.finditer(text, 0, head_end(text)):
        wording = re.sub(r"\s+", " ", (m.group("a") or m.group("b")).lower())
        instrument = _instrument_named_at(text, m.end(), 6)
        if instrument is None:
            continue
        recorded = [e for e in instrument.events if e.type == _TODAY_EVENT_TYPES[wording]]
        if not recorded:
            continue
        note = (
            f"the text gives the {wording} of the {instrument.short_title} as today's, which the data dates "
            f"{recorded[0].date}"
        )
        return _dated_by_event(m.group(0).strip(), m.start(), m.end(), recorded[0], note)
    return None


def _dated_by_event(
    said: str, start: int, end: int, event: Event, note: str
) -> tuple[FoundDate, str, SourceRef | None]:
    """A statement's day taken from a registry event's (``event``), found at
    ``[start, end)`` as ``said``, with the note that says so and the event's source."""
    return FoundDate(said, start, end, event.date, "day"), note, source_ref(event.source)


def _told_event_days(text: str) -> list[tuple[FoundDate, str, SourceRef | None]]:
    """Days the text gives without their year for an instrument's event ("the treaty on a nuclear-weapon-free zone in
    Central Asia, which came into force on March 21"), put in the year the registry dates that event on that day, with
    the note that says so and the event's source."""
    out = []
    named = find_instruments(text, dt.date.today())
    for m in DAY_WITHOUT_YEAR.finditer(text):
        event = told_event(text, m.start())
        if event is None:
            continue
        day, month = day_month(m)
        before = [f for f in named if m.start() - 300 <= f.end <= m.start() and "." not in text[f.end : m.start()]]
        for found in reversed(before):
            instrument = registry().instruments[found.instrument]
            recorded = [
                e for e in instrument.events if e.type == event.type and (e.date.month, e.date.day) == (month, day)
            ]
            if recorded:
                note = (
                    f"the text gives {m.group(0)} for the {event.wording} of the {instrument.short_title}, which the "
                    f"data dates {recorded[0].date}"
                )
                out.append(_dated_by_event(m.group(0), m.start(), m.end(), recorded[0], note))
                break
    return out


# An instrument's event a dateline's day may be the day of ("welcomes the signing of the ... Treaty")
_EVENT_WORDS = re.compile(
    r"\b(?:(?P<signed>signing|signature|signed)|(?P<entry_into_force>entry\s+into\s+force|entered\s+into\s+force)"
    r"|(?P<opened_for_signature>opening\s+for\s+signature)|(?P<adopted>adoption|adopted))\s+(?:of\s+)?(?:the\s+)?$",
    re.I,
)


def _dateline_of_event(text: str) -> tuple[FoundDate, str, SourceRef | None] | None:
    """The year of a dateline that gives no year ("MINSK, 8 April (BelTA) – The Belarusian side welcomes the signing
    of the Russia-US new Strategic Arms Reduction Treaty"), where the head of the text names an instrument's event
    the registry dates on that day and month: that day, with the note that says so and the event's source."""
    m = next(DATELINE.finditer(text, 0, head_end(text)), None)
    if m is None:
        return None
    day, month = day_month(m)
    for found in find_instruments(text, dt.date.today()):
        if found.start >= head_end(text):
            continue
        words = _EVENT_WORDS.search(text, max(0, found.start - 60), found.start)
        if words is None:
            # ("the signing of the Russia-US new ... Treaty": the treaty's parties named before its name)
            words = _EVENT_WORDS.search(text, max(0, found.start - 60), text.rfind(" the ", 0, found.start) + 5)
        if words is None:
            continue
        kind = next(k for k, v in words.groupdict().items() if v)
        instrument = registry().instruments[found.instrument]
        recorded = [e for e in instrument.events if e.type == kind and (e.date.month, e.date.day) == (month, day)]
        if recorded:
            note = (
                f"the dateline gives {m.group(0).strip()} without its year; the text speaks of the "
                f"{words.group(0).strip()} {instrument.short_title}, which the data dates {recorded[0].date}"
            )
            return _dated_by_event(m.group(0).strip(), m.start(), m.end(), recorded[0], note)
    return None


def read_file(path: str, on: dt.date | str | None = None, *, source_date: dt.date | str | None = None) -> ReadAnswer:
    """Read the statement in ``path`` (``-``: standard input); see :func:`read_text`."""
    text, _ = read_source(path)
    return read_text(text, on, source_date=source_date)


def read_bytes(data: bytes, on: dt.date | str | None = None, *, where: str = "statement") -> ReadAnswer:
    """Read a statement given as bytes (an upload); binary, empty or oversize input is a clear error."""
    return read_text(decode(data, where=where), on)
