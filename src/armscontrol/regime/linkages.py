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

TYPE_LABEL: dict[str, str] = {
    "protocol_to": "protocol to",
    "amends": "amends",
    "supersedes": "supersedes",
    "framework_for": "framework whose aim is carried out by",
    "entry_into_force_conditioned_on": "entry into force conditioned on",
    "continued_observance_conditioned_on": "continued observance conditioned on",
    "verification_shared_with": "relies on the verification of",
    "requires_adherence_to": "requires adherence to",
}
"""How each type reads, ``from`` first."""

REVERSE_LABEL: dict[str, str] = {
    "protocol_to": "has as protocol",
    "amends": "amended by",
    "supersedes": "superseded by",
    "framework_for": "carries out the aim of the framework",
    "entry_into_force_conditioned_on": "a condition for the entry into force of",
    "continued_observance_conditioned_on": "a condition for the continued observance of",
    "verification_shared_with": "lends its verification to",
    "requires_adherence_to": "adherence required by",
}
"""How each type reads from the ``to`` end."""


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
        return not (self.rests_on or self.rests_on_it or self.supersedes or self.superseded_by or self.stated_conditions)


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
    """One line of "what rests on what" for an instrument in force."""

    instrument: str
    title: str
    rests_on: list[str]
    rests_on_it: list[str]
    stated_conditions: list[str]


def _describe(link: Linkage, other_id: str, reg: Registry, reverse: bool) -> str:
    other = reg.instruments[other_id].short_title
    label = REVERSE_LABEL[link.type] if reverse else TYPE_LABEL[link.type]
    by = f" ({link.party})" if link.party else ""
    return f"{label} {other}{by}"


def brief_rows(on: dt.date, reg: Registry | None = None) -> list[BriefRow]:
    """For each instrument in force on ``on`` that has linkages: what it rests on and what rests on it.

    Only linkages whose other end had been signed, adopted or proposed by ``on``
    are shown, so a briefing on 2001 does not mention New START.
    """
    from armscontrol.regime.catalogue import list_instruments
    from armscontrol.regime.status import instrument_state

    reg = reg or registry()

    def existed(instrument_id: str) -> bool:
        return instrument_state(reg.instruments[instrument_id], on)[0] != "not_yet_signed"

    def live(instrument_id: str) -> bool:
        return instrument_state(reg.instruments[instrument_id], on)[0] != "ended"

    rows: list[BriefRow] = []
    for instrument in list_instruments(reg=reg):
        if instrument_state(instrument, on)[0] != "in_force":
            continue
        links = links_of(instrument.id, reg)
        rests_on = [_describe(k, k.to, reg, reverse=False) for k in links.rests_on if existed(k.to)]
        rests_on_it = [_describe(k, k.from_, reg, reverse=True) for k in links.rests_on_it if existed(k.from_) and live(k.from_)]
        conditions = [f"{k.party}: {k.condition}" for k in links.stated_conditions if k.stated_on is None or k.stated_on <= on]
        if rests_on or rests_on_it or conditions:
            rows.append(BriefRow(instrument.id, instrument.short_title, rests_on, rests_on_it, conditions))
    return rows
