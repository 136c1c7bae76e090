"""Commands about instruments: ``instruments``, ``show``, ``status`` and the ``brief``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import typer

from armscontrol.cli.app import JsonOption, command, console, parse_date, print_json, table
from armscontrol.data import registry
from armscontrol.data.parties import party_name, resolve_party
from armscontrol.data.schema import Citation, Instrument
from armscontrol.regime.catalogue import KINDS, SUBJECT_FILTERS, list_instruments, resolve_instrument, zone_standing, zones_on
from armscontrol.regime.status import InstrumentStatus, status_on, summary

STATE_LABEL = {
    "not_yet_signed": "not yet signed",
    "not_in_force": "not in force",
    "in_force": "[green]in force[/]",
    "ended": "[red]ended[/]",
}


def cite(citation: Citation | None) -> str | None:
    """'Publisher, Title (date), at' for a citation, as people read it."""
    if citation is None:
        return None
    source = registry().sources[citation.ref]
    date = f" ({source.date.isoformat()})" if source.date else ""
    at = f", {citation.at}" if citation.at else ""
    return f"{source.publisher}, {source.title}{date}{at}"


class Footnotes:
    """Sources cited in a table, numbered once each and listed below it."""

    def __init__(self) -> None:
        self.refs: dict[str, int] = {}

    def mark(self, citation: Citation | None) -> str | None:
        if citation is None:
            return None
        number = self.refs.setdefault(citation.ref, len(self.refs) + 1)
        return f"[{number}]"

    def print(self) -> None:
        for ref, number in self.refs.items():
            console.print(f"[{number}] {cite(Citation(ref=ref))}", highlight=False, markup=False)


def citation_json(citation: Citation | None) -> dict[str, Any] | None:
    if citation is None:
        return None
    source = registry().sources[citation.ref]
    return {"ref": citation.ref, "at": citation.at, **source.model_dump(mode="json", exclude_none=True)}


def status_json(status: InstrumentStatus, instrument: Instrument) -> dict[str, Any]:
    return {
        "id": status.id,
        "title": instrument.short_title,
        "on": status.on,
        "state": status.state,
        "end_reason": status.end_reason,
        "ended_on": status.ended_on,
        "entered_into_force": status.entered_into_force,
        "scheduled_end": status.scheduled_end,
        "source": citation_json(status.source),
        "parties": [
            {
                "party": p.party,
                "name": party_name(p.party),
                "status": p.status,
                "since": p.since,
                "roles": list(p.roles),
                "note": p.note,
                "source": citation_json(p.source),
            }
            for p in status.parties
        ],
    }


@command("instruments")
def instruments_command(
    kind: str = typer.Option(None, "--kind", help=f"Only one kind: {', '.join(KINDS)}; or 'zone' for every nuclear-weapon-free-zone instrument (in force, partly agreed or proposed)."),
    on: str = typer.Option(None, "--on", help="State as of this date (YYYY-MM-DD); default today."),
    as_json: bool = JsonOption,
) -> None:
    """List every instrument: kind, signature, entry into force, end and why."""
    day = parse_date(on)
    rows = [summary(i, day) for i in list_instruments(kind)]
    if kind in SUBJECT_FILTERS:
        registry_now = registry()
        for row in rows:
            row["zone_standing"] = zone_standing(registry_now.instruments[str(row["id"])])
    if as_json:
        print_json(rows)
        return
    if kind == "zone":
        console.print(
            table(
                f"Nuclear-weapon-free zones ({len(rows)} instruments), state on {day.isoformat()}",
                ["id", "instrument", "kind", "zone", "signed or put forward", "in force", "state"],
                [[r["id"], r["short_title"], r["kind"], r["zone_standing"], r["signed"] or r["first_event"], r["entry_into_force"], STATE_LABEL[str(r["state"])]] for r in rows],
            )
        )
        return
    console.print(
        table(
            f"Instruments ({len(rows)}), state on {day.isoformat()}",
            ["id", "instrument", "kind", "signed", "in force", "state", "ended", "why"],
            [
                [r["id"], r["short_title"], r["kind"], r["signed"], r["entry_into_force"], STATE_LABEL[str(r["state"])], r["ended"], r["end_reason"]]
                for r in rows
            ],
        )
    )


@command("show")
def show_command(
    instrument_id: str = typer.Argument(..., metavar="ID", help="Instrument id or alias, e.g. new-start or 'ABM Treaty'."),
    as_json: bool = JsonOption,
) -> None:
    """Everything about one instrument: dates, parties, provisions, with their sources."""
    instrument = resolve_instrument(instrument_id)
    if as_json:
        data = instrument.model_dump(mode="json", by_alias=True, exclude_none=True)
        data["resolved_sources"] = {
            key: source.model_dump(mode="json", exclude_none=True)
            for key, source in registry().sources.items()
            if key in _refs(instrument)
        }
        print_json(data)
        return
    console.print(f"[bold]{instrument.short_title}[/] ({instrument.id}, {instrument.kind}, {instrument.scope})")
    console.print(instrument.title)
    console.print(instrument.summary)
    if instrument.aliases:
        console.print(f"Also known as: {', '.join(instrument.aliases)}")
    if instrument.duration is not None:
        years = f"{instrument.duration.years} years" if instrument.duration.years else "unlimited"
        console.print(f"Duration: {years} ({instrument.duration.article})")
    console.print(table("Events", ["date", "event", "by", "note", "source"], [[e.date, e.type, e.by, e.note or (f"until {e.until}" if e.until else None), cite(e.source)] for e in instrument.events]))
    if instrument.parties:
        rows = [[r.party, party_name(r.party), ", ".join(r.roles), e.date, e.type, e.note, cite(e.source)] for r in instrument.parties for e in r.events]
        rows += [[r.party, party_name(r.party), ", ".join(r.roles), None, None, r.note, cite(r.source)] for r in instrument.parties if not r.events]
        console.print(table("Parties and their events", ["party", "name", "roles", "date", "event", "note", "source"], rows))
    if instrument.provisions:
        rows = []
        for p in instrument.provisions:
            if p.values:
                for v in p.values:
                    bound = f"{v.range[0]:,}–{v.range[1]:,}" if v.range else f"{v.ceiling:,}"
                    rows.append([p.id, p.kind, p.title, p.metric, bound, v.from_, v.article or p.article, cite(v.source or p.source)])
            else:
                rows.append([p.id, p.kind, p.title, p.metric, None, None, p.article, cite(p.source)])
        console.print(table("Provisions", ["id", "kind", "provision", "metric", "limit", "from", "article", "source"], rows))
    if instrument.membership is not None:
        m = instrument.membership
        console.print(f"Membership: {m.parties} parties" + (f", {m.signatories} signatories" if m.signatories is not None else "") + f" as of {m.as_of} ({cite(m.source)})")
    if instrument.note:
        console.print(f"Note: {instrument.note}")


def _refs(instrument: Instrument) -> set[str]:
    from armscontrol.data.loader import citations

    return {c.ref for c, _ in citations(instrument, "")}


@command("status")
def status_command(
    instrument_id: str = typer.Argument(..., metavar="ID", help="Instrument id or alias."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD); default today."),
    party: str = typer.Option(None, "--party", help="Only this party (code or name, e.g. RUS or Russia)."),
    as_json: bool = JsonOption,
) -> None:
    """Whether an instrument is in force on a date, and the status of each party."""
    instrument = resolve_instrument(instrument_id)
    day = parse_date(on)
    status = status_on(instrument, day)
    if party is not None:
        code = resolve_party(party)
        status = _only_party(status, code)
    data = status_json(status, instrument)
    if as_json:
        print_json(data)
        return
    reason = f" ({status.end_reason}, {status.ended_on})" if status.state == "ended" else ""
    console.print(f"[bold]{instrument.short_title}[/] on {day.isoformat()}: {STATE_LABEL[status.state]}{reason}")
    if status.source is not None:
        console.print(f"  per {cite(status.source)}", highlight=False)
    console.print(
        table(None, ["party", "name", "status", "since", "note"], [[p.party, party_name(p.party), p.status, p.since, p.note] for p in status.parties])
    )


def _only_party(status: InstrumentStatus, code: str) -> InstrumentStatus:
    from dataclasses import replace

    from armscontrol.regime.status import PartyStatus

    chosen = [p for p in status.parties if p.party == code] or [PartyStatus(code, "not_party", None, "not recorded as a party")]
    return replace(status, parties=chosen)


def brief_instruments(day: dt.date) -> None:
    rows = [summary(i, day) for i in list_instruments()]
    in_force = [r for r in rows if r["state"] == "in_force"]
    ended = [r for r in rows if r["state"] == "ended"]
    console.print(f"[bold]The arms-control system on {day.isoformat()}[/]: {len(rows)} instruments, {len(in_force)} in force, {len(ended)} ended, {len(rows) - len(in_force) - len(ended)} never or not yet in force.")
    console.print(
        table(
            "In force",
            ["instrument", "kind", "in force since", "parties bound (recorded)"],
            [[r["short_title"], r["kind"], r["entry_into_force"], r["parties_bound"]] for r in in_force],
        )
    )
    console.print(
        table(
            "Ended",
            ["instrument", "ended", "why"],
            [[r["short_title"], r["ended"], r["end_reason"]] for r in sorted(ended, key=lambda r: r["ended"])],  # type: ignore[arg-type,return-value]
        )
    )
    zones = zones_on(day)
    console.print(
        table(
            "Nuclear-weapon-free zones: in force, partly agreed, only proposed",
            ["zone instrument", "standing", "state"],
            [[z["short_title"], z["standing"], STATE_LABEL[str(z["state"])]] for z in zones if z["kind"] != "protocol"],
        )
    )
    other = [r for r in rows if r["state"] in {"not_in_force", "not_yet_signed"}]
    console.print(
        table(
            "Signed, proposed or agreed, never or not yet in force",
            ["instrument", "kind", "signed or put forward"],
            [[r["short_title"], r["kind"], r["signed"] or r["first_event"]] for r in other],
        )
    )
