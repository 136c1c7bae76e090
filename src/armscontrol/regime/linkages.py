"""Linkages as a graph: what an instrument rests on, what rests on it, and the cycles.

A linkage reads "``from`` <type> ``to``". For every type but ``supersedes`` the
``from`` instrument is the *dependent* and ``to`` its *basis*: a protocol rests on
its treaty, START II's entry into force rests on START I, and a framework's aim
(the NPT's 1995 call for a test ban) rests on the instrument meant to carry it
out (the CTBT). ``supersedes`` is the exception: it is no dependency but a
replacement (when ``from`` enters into force, ``to`` ends), so it is listed apart.

A linkage from an instrument to itself is a party's stated condition that names
no other instrument (Russia's 2010 statement on missile defence); it is shown as
a stated condition and never travelled by a cascade.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from armscontrol.data import Registry, registry
from armscontrol.data.schema import Linkage
from armscontrol.regime.catalogue import list_instruments

TYPE_LABEL: dict[str, str] = {
    "protocol_to": "is a protocol to",
    "amends": "amends",
    "supersedes": "supersedes",
    "framework_for": "sets the aim to be carried out by",
    "entry_into_force_conditioned_on": "cannot enter into force before",
    "continued_observance_conditioned_on": "is observed only while this holds:",
    "verification_shared_with": "relies on the verification regime of",
    "requires_adherence_to": "obliges some of its parties to join",
}
"""How each type reads between ``from`` and ``to`` ("PTBT sets the aim to be carried out by CTBT").

Kept for renderers that join ``from``, label and ``to``; :func:`describe` reads
every type from either end and is the one to use."""

REVERSE_LABEL: dict[str, str] = {
    "protocol_to": "has as a protocol",
    "amends": "is amended by",
    "supersedes": "is superseded by",
    "framework_for": "carries out the aim set by",
    "entry_into_force_conditioned_on": "must be in force before the entry into force of",
    "continued_observance_conditioned_on": "must hold for the continued observance of",
    "verification_shared_with": "lends its verification regime to",
    "requires_adherence_to": "is to be joined under an obligation of",
}
"""How each type reads from the ``to`` end ("CTBT carries out the aim set by PTBT")."""

_FROM_SIDE: dict[str, str] = {
    "protocol_to": "is a protocol to {other}",
    "amends": "amends {other}",
    "supersedes": "supersedes {other}, which ends when it enters into force",
    "framework_for": "sets the aim that {other} is to carry out",
    "entry_into_force_conditioned_on": "cannot enter into force before {other} is in force",
    "continued_observance_conditioned_on": "stays observed{by} only while {other} holds",
    "verification_shared_with": "relies on the verification regime of {other}",
    "requires_adherence_to": "obliges some of its parties to join {other}",
}
_FROM_SIDE_NOT_BINDING = {
    "entry_into_force_conditioned_on": "is to be carried out only with {other} in force",
}
_TO_SIDE: dict[str, str] = {
    "protocol_to": "has {other} as a protocol",
    "amends": "is amended by {other}",
    "supersedes": "is superseded by {other}: it ends when {other} enters into force",
    "framework_for": "is to carry out the aim that {other} sets",
    "entry_into_force_conditioned_on": "must be in force before {other} can enter into force",
    "continued_observance_conditioned_on": "must hold for {other} to stay observed{by}",
    "verification_shared_with": "lends its verification regime to {other}",
    "requires_adherence_to": "is to be joined by the parties that {other} obliges to join it",
}
_TO_SIDE_NOT_BINDING = {
    "entry_into_force_conditioned_on": "must be in force for {other} to be carried out",
}
_NOT_BINDING_KINDS = {"framework", "proposal", "declaration"}


def describe(link: Linkage, seen_from: str, reg: Registry | None = None) -> str:
    """A linkage as it reads after the name of ``seen_from``, one of its two ends.

    The one phrasing every renderer uses, for every type in both directions:
    "Partial Test Ban Treaty" + ``describe(ptbt_ctbt, "ptbt")`` reads "sets the
    aim that CTBT is to carry out"; from the CTBT's end, "is to carry out the
    aim that Partial Test Ban Treaty sets". A party's statement says whose it
    is ("stated by RUS, 2000-05-04"). A link from an instrument to itself is a
    party's stated condition: "RUS states a condition: ...".

    Parameters
    ----------
    link : Linkage
        The linkage.
    seen_from : str
        The instrument id whose name the phrase follows: ``link.from_`` or ``link.to``.
    reg : Registry, optional
        The data, for the other end's short title; default the data in use.

    Raises
    ------
    ValueError
        ``seen_from`` is neither end of ``link``.
    """
    if seen_from not in (link.from_, link.to):
        raise ValueError(f"{seen_from} is neither end of linkage {link.id}")
    reg = reg or registry()
    if is_stated_condition(link):
        when = f" ({link.stated_on.isoformat()})" if link.stated_on else ""
        return f"is observed by {link.party} only on a condition it stated{when}: {link.condition}"
    from_side = seen_from == link.from_
    other_id = link.to if from_side else link.from_
    other = reg.instruments[other_id].short_title if other_id in reg.instruments else other_id
    dependent = reg.instruments.get(link.from_)
    not_binding = dependent is not None and dependent.kind in _NOT_BINDING_KINDS
    if from_side:
        template = (_FROM_SIDE_NOT_BINDING if not_binding else {}).get(link.type, _FROM_SIDE[link.type])
    else:
        template = (_TO_SIDE_NOT_BINDING if not_binding else {}).get(link.type, _TO_SIDE[link.type])
    embeds_party = "{by}" in template
    text = template.format(other=other, by=f" by {link.party}" if link.party else "")
    if link.party and not embeds_party:
        when = f", {link.stated_on.isoformat()}" if link.stated_on else ""
        text += f" (stated by {link.party}{when})"
    elif link.party and link.stated_on:
        text += f" (stated {link.stated_on.isoformat()})"
    return text


def sentence(link: Linkage, seen_from: str, reg: Registry | None = None) -> str:
    """:func:`describe` with the short title of ``seen_from`` in front: a sentence without its full stop."""
    reg = reg or registry()
    name = reg.instruments[seen_from].short_title if seen_from in reg.instruments else seen_from
    return f"{name} {describe(link, seen_from, reg)}"


def is_stated_condition(link: Linkage) -> bool:
    """True for a party's condition that names no other instrument (a self-link)."""
    return link.from_ == link.to


def is_dependency(link: Linkage) -> bool:
    """True when ``from`` rests on ``to`` (every type but ``supersedes``; no self-links)."""
    return link.type != "supersedes" and not is_stated_condition(link)


@dataclass(frozen=True)
class Links:
    """Everything linked to one instrument, split by direction."""

    instrument: str
    rests_on: list[Linkage] = field(default_factory=list)
    rests_on_it: list[Linkage] = field(default_factory=list)
    supersedes: list[Linkage] = field(default_factory=list)
    superseded_by: list[Linkage] = field(default_factory=list)
    stated_conditions: list[Linkage] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.rests_on or self.rests_on_it or self.supersedes or self.superseded_by or self.stated_conditions
        )

    def groups(self) -> list[LinkGroup]:
        """The linkages as people read them, in groups with their headings; empty groups left out.

        ``rests_on`` and ``rests_on_it`` hold every dependency in the cascade's
        sense, where a framework's aim rests on the instrument that carries it
        out; for display a framework is no foundation, so its linkages get
        their own groups ("Sets the aim for", "Carries out the aim of").
        """

        def split(links: list[Linkage], framework: bool) -> list[Linkage]:
            return [k for k in links if (k.type == "framework_for") == framework]

        me = self.instrument
        groups = [
            LinkGroup("rests_on", "Rests on", me, split(self.rests_on, False)),
            LinkGroup("rests_on_it", "Rests on it", me, split(self.rests_on_it, False)),
            LinkGroup("sets_aim_for", "Sets the aim for", me, split(self.rests_on, True)),
            LinkGroup("carries_out_aim_of", "Carries out the aim of", me, split(self.rests_on_it, True)),
            LinkGroup("supersedes", "Supersedes", me, self.supersedes),
            LinkGroup("superseded_by", "Superseded by", me, self.superseded_by),
            LinkGroup("stated_conditions", "Stated conditions naming no other instrument", me, self.stated_conditions),
        ]
        return [g for g in groups if g.links]


@dataclass(frozen=True)
class LinkGroup:
    """Linkages of one instrument that read alike, under a heading, each read from ``seen_from``."""

    key: str
    heading: str
    seen_from: str
    links: list[Linkage]

    def readings(self, reg: Registry | None = None) -> list[str]:
        """Each linkage as :func:`describe` reads it from ``seen_from``."""
        return [describe(link, self.seen_from, reg) for link in self.links]

    @staticmethod
    def other_end(link: Linkage, seen_from: str) -> str:
        """The id at the other end of ``link`` from ``seen_from`` (itself for a stated condition)."""
        return link.to if link.from_ == seen_from else link.from_


def links_of(instrument_id: str, reg: Registry | None = None) -> Links:
    """The linkages of one instrument, by direction, in file order.

    Parameters
    ----------
    instrument_id : str
        A resolved instrument id (see :func:`armscontrol.regime.catalogue.resolve_instrument`).
    reg : Registry, optional
        The data to read; default the data in use.
    """
    reg = reg or registry()
    out = Links(instrument_id)
    for link in reg.linkages:
        if is_stated_condition(link):
            if link.from_ == instrument_id:
                out.stated_conditions.append(link)
        elif link.type == "supersedes":
            if link.from_ == instrument_id:
                out.supersedes.append(link)
            if link.to == instrument_id:
                out.superseded_by.append(link)
        else:
            if link.from_ == instrument_id:
                out.rests_on.append(link)
            if link.to == instrument_id:
                out.rests_on_it.append(link)
    return out


def dependents(basis_id: str, reg: Registry) -> list[Linkage]:
    """Dependency linkages whose basis is ``basis_id``: the edges a cascade travels."""
    return [link for link in reg.linkages if is_dependency(link) and link.to == basis_id]


def superseded_by_entry_of(instrument_id: str, reg: Registry) -> list[Linkage]:
    """``supersedes`` linkages that fire when ``instrument_id`` enters into force."""
    return [link for link in reg.linkages if link.type == "supersedes" and link.from_ == instrument_id]


def find_cycles(reg: Registry | None = None) -> list[list[str]]:
    """Every elementary cycle of dependencies, each as instrument ids, smallest id first.

    Cycles are real (START II's entry into force waits on the 1997 Protocol that
    amends it) and harmless: a cascade visits each instrument and effect once.
    """
    reg = reg or registry()
    graph: dict[str, set[str]] = {}
    for link in reg.linkages:
        if is_dependency(link):
            graph.setdefault(link.from_, set()).add(link.to)
    cycles: set[tuple[str, ...]] = set()

    def walk(start: str, node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                cycles.add(tuple(path))
            elif nxt not in path and nxt > start:  # each cycle once, from its smallest id
                walk(start, nxt, [*path, nxt])

    for start in sorted(graph):
        walk(start, start, [start])
    return [list(c) for c in sorted(cycles)]


# --------------------------------------------------------------------------- the brief


@dataclass(frozen=True)
class BriefRow:
    """One line of "what rests on what" for an instrument in force, each linkage read by :func:`describe`.

    ``rests_on`` and ``rests_on_it`` are foundations (protocols, conditions,
    verification); a framework's linkages are in ``sets_aim_for`` and
    ``carries_out_aim_of``, never shown as something the instrument rests on.
    """

    instrument: str
    title: str
    rests_on: list[str]
    rests_on_it: list[str]
    stated_conditions: list[str]
    sets_aim_for: list[str] = field(default_factory=list)
    carries_out_aim_of: list[str] = field(default_factory=list)


def brief_rows(on: dt.date, reg: Registry | None = None) -> list[BriefRow]:
    """For each instrument in force on ``on`` that has linkages: what it rests on and what rests on it.

    Only linkages whose other end had been signed, adopted or proposed by ``on``
    are shown, so a briefing on 2001 does not mention New START.
    """
    from armscontrol.regime.status import instrument_state  # on first use: keeps `links` quick

    reg = reg or registry()

    def existed(instrument_id: str) -> bool:
        return instrument_state(reg.instruments[instrument_id], on)[0] != "not_yet_signed"

    def live(instrument_id: str) -> bool:
        return instrument_state(reg.instruments[instrument_id], on)[0] != "ended"

    rows: list[BriefRow] = []
    for instrument in list_instruments(reg=reg):
        if instrument_state(instrument, on)[0] != "in_force":
            continue
        me = instrument.id
        links = links_of(me, reg)
        basis = [k for k in links.rests_on if existed(k.to)]
        resting = [k for k in links.rests_on_it if existed(k.from_) and live(k.from_)]
        rests_on = [describe(k, me, reg) for k in basis if k.type != "framework_for"]
        aims = [describe(k, me, reg) for k in basis if k.type == "framework_for"]
        rests_on_it = [describe(k, me, reg) for k in resting if k.type != "framework_for"]
        carries = [describe(k, me, reg) for k in resting if k.type == "framework_for"]
        conditions = [
            f"{k.party}: {k.condition}" for k in links.stated_conditions if k.stated_on is None or k.stated_on <= on
        ]
        if rests_on or rests_on_it or conditions or aims or carries:
            rows.append(BriefRow(me, instrument.short_title, rests_on, rests_on_it, conditions, aims, carries))
    return rows
