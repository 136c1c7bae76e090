"""What limits two states' arsenals on a date: binding treaty limits, or failing those, statements on record.

A *binding limit* is a ``limit`` provision of an instrument in force on the
date that binds every one of the states asked about (each is a ``party``, or
has suspended its participation, which ``suspended_by`` names). A
*statement* is a party's recorded declaration on an instrument about strategic
arms that binds no one in law (a declaration or a proposal: the 1991-92
Presidential Nuclear Initiatives, Russia's conditional pledge to keep New
START's central limits). The answer never infers that a political pledge still
holds: it reports the last recorded statement and its date, and says where the
record ends.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from armscontrol.data import Registry, registry
from armscontrol.data.schema import Citation, Instrument, Provision
from armscontrol.explanation import Step, fact
from armscontrol.forces.holdings import continuing_state
from armscontrol.regime.status import status_on

POLITICAL_KINDS = {"declaration", "proposal", "framework"}


class BindingLimit(BaseModel):
    """A numeric limit in force on the date for both of the largest arsenals (the brief's answer shows it as it is)."""

    model_config = ConfigDict(frozen=True)

    instrument: str
    short_title: str
    provision: str
    metric: str
    upper: int
    binding_from: dt.date | None
    article: str
    suspended_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class EndedLimits:
    instrument: str
    short_title: str
    ended_on: dt.date
    end_reason: str


@dataclass(frozen=True)
class Statement:
    instrument: str
    short_title: str
    party: str
    date: dt.date
    note: str | None
    source: Citation


@dataclass(frozen=True)
class ArsenalLimits:
    on: dt.date
    parties: tuple[str, ...]
    binding: list[BindingLimit] = field(default_factory=list)
    last_ended: EndedLimits | None = None
    statements: list[Statement] = field(default_factory=list)
    record_ends: dt.date | None = None
    other_in_force: list[str] = field(default_factory=list)


def _binds_all(instrument: Instrument, provision: Provision, parties: tuple[str, ...], on: dt.date) -> bool:
    status = {p.party: p.status for p in status_on(instrument, on).parties}
    applies = provision.applies_to or list(status)
    return all(code in applies and status.get(code) in {"party", "suspended"} for code in parties)


def _limit_now(provision: Provision, on: dt.date) -> tuple[int, dt.date | None] | None:
    started = [v for v in provision.values if v.from_ is None or v.from_ <= on]
    value = (
        max(started, key=lambda v: v.from_ or dt.date.min)
        if started
        else min(provision.values, key=lambda v: v.from_ or dt.date.min)
    )
    return value.upper, value.from_


def arsenal_limits(on: dt.date, parties: tuple[str, ...] | None = None, reg: Registry | None = None) -> ArsenalLimits:
    """The limits that bind all of ``parties`` on ``on``, the last that ended, and the statements on record.

    Parameters
    ----------
    on : datetime.date
        The date asked about.
    parties : tuple of str, optional
        ISO 3166-1 alpha-3 codes (``SUN`` for the Soviet Union); by default the two
        largest arsenals: the United States and the Soviet Union, or the state that
        continues it on ``on`` (Russia from 1991-12-26, :func:`armscontrol.forces.holdings.continuing_state`).

    Returns
    -------
    ArsenalLimits
        ``binding`` lists every numeric limit in force for all the parties; when it
        is empty, ``last_ended`` names the most recent instrument whose limits bound
        them; ``statements`` holds each party's latest recorded declaration on every
        non-binding instrument about strategic arms; ``record_ends`` is the date of
        the latest of those statements; ``other_in_force`` names the instruments in
        force for all the parties that set no numeric limit on them (test bans,
        risk-reduction agreements, the NPT).
    """
    reg = reg or registry()
    if parties is None:
        parties = ("USA", continuing_state("SUN", on))
    binding: list[BindingLimit] = []
    ended: list[EndedLimits] = []
    statements: list[Statement] = []
    other: list[str] = []
    for instrument in reg.instruments.values():
        limits = [p for p in instrument.provisions if p.kind == "limit"]
        if instrument.kind not in POLITICAL_KINDS:
            status = status_on(instrument, on)
            bound = {p.party for p in status.parties if p.status in {"party", "suspended"}}
            if (
                status.state == "in_force"
                and all(code in bound for code in parties)
                and not any(_binds_all(instrument, p, parties, on) for p in limits)
            ):
                other.append(instrument.short_title)
        if limits and instrument.kind not in POLITICAL_KINDS:
            status = status_on(instrument, on)
            if status.state == "in_force":
                for provision in limits:
                    if _binds_all(instrument, provision, parties, on):
                        upper, since = _limit_now(provision, on)  # type: ignore[misc]
                        suspended = tuple(
                            p.party for p in status.parties if p.party in parties and p.status == "suspended"
                        )
                        binding.append(
                            BindingLimit(
                                instrument=instrument.id,
                                short_title=instrument.short_title,
                                provision=provision.id,
                                metric=provision.metric or "",
                                upper=upper,
                                binding_from=since,
                                article=provision.article,
                                suspended_by=suspended,
                            )
                        )
            elif status.state == "ended" and status.ended_on is not None:
                recorded = {r.party for r in instrument.parties}
                if all(code in recorded for code in parties):
                    ended.append(
                        EndedLimits(
                            instrument.id, instrument.short_title, status.ended_on, status.end_reason or "ended"
                        )
                    )
        if instrument.kind in POLITICAL_KINDS and "strategic_arms" in instrument.subjects:
            for record in instrument.parties:
                said = [e for e in record.events if e.type == "declaration" and e.date <= on]
                if said:
                    last = max(said, key=lambda e: e.date)
                    statements.append(
                        Statement(
                            instrument.id, instrument.short_title, record.party, last.date, last.note, last.source
                        )
                    )
    statements.sort(key=lambda s: (s.date, s.instrument, s.party), reverse=True)
    return ArsenalLimits(
        on=on,
        parties=parties,
        binding=sorted(binding, key=lambda b: (b.instrument, b.provision)),
        last_ended=max(ended, key=lambda e: e.ended_on) if not binding and ended else None,
        statements=statements,
        record_ends=statements[0].date if statements else None,
        other_in_force=sorted(other),
    )


def explain_limits(found: ArsenalLimits, reg: Registry | None = None) -> list[Step]:
    """Why the two largest arsenals are (or are not) limited on the date: the limits, the last that ended, the
    statements."""
    reg = reg or registry()
    who = " and ".join(found.parties)
    facts = []
    for b in found.binding:
        provision = next(p for p in reg.instruments[b.instrument].provisions if p.id == b.provision)
        suspended = f"; suspended by {', '.join(b.suspended_by)}" if b.suspended_by else ""
        facts.append(
            fact(
                f"{b.short_title}, {b.article}: at most {b.upper:,} ({b.metric}){suspended}",
                b.binding_from,
                provision.source,
            )
        )
    steps = [
        Step(
            rule="a numeric limit restrains both arsenals only while an instrument in force binds both "
            "(a suspended party is still a party in law)",
            facts=facts,
            conclusion=(
                f"{len(found.binding)} treaty limit{'s' if len(found.binding) != 1 else ''} bind {who}"
                if found.binding
                else f"no treaty limit binds {who} on {found.on.isoformat()}"
            ),
        )
    ]
    if found.last_ended is not None:
        ended = found.last_ended
        instrument = reg.instruments[ended.instrument]
        event = next((e for e in instrument.events if e.date == ended.ended_on), None)
        steps.append(
            Step(
                rule="the last instrument whose limits bound both",
                facts=[
                    fact(
                        f"{ended.short_title} ended ({ended.end_reason}) {ended.ended_on.isoformat()}",
                        ended.ended_on,
                        event.source if event is not None else None,
                    )
                ],
                conclusion=f"the last limits ended with {ended.short_title} on {ended.ended_on.isoformat()}",
            )
        )
    if found.statements:
        stale = found.record_ends is not None and (found.on - found.record_ends).days > 365
        steps.append(
            Step(
                rule="declarations, frameworks and proposals bind no one in law; each side's latest statement "
                "on each is shown as recorded",
                facts=[
                    fact(f"{s.party} on {s.short_title}: {s.note or 'statement'}", s.date, s.source)
                    for s in found.statements[:6]
                ],
                conclusion=f"the record of statements ends on "
                f"{found.record_ends.isoformat() if found.record_ends else '?'}"
                + (" (more than a year before the date asked)" if stale else ""),
                gap=stale,
            )
        )
    return steps
