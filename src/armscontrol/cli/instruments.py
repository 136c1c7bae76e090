"""Commands about instruments: ``instruments``, ``show`` and ``status``; each renders an answer."""

from __future__ import annotations

import datetime as dt

import typer

from armscontrol.cli.base import (
    ExplainOption,
    Footnotes,
    JsonOption,
    command,
    console,
    number,
    print_explanation,
    print_json,
    styled,
    table,
)
from armscontrol.cli.matrix import print_status_summary
from armscontrol.vocabulary import label


@command("instruments")
def instruments_command(
    kind: str = typer.Option(
        None,
        "--kind",
        help="Only one kind: treaty, protocol, agreement, memorandum, framework, proposal, declaration; or 'zone' for "
        "every nuclear-weapon-free-zone instrument, in force, partly agreed or only proposed.",
    ),
    on: str = typer.Option(None, "--on", help="State as of this date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    as_json: bool = JsonOption,
) -> None:
    """List every instrument: kind, signature, entry into force, end and why."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import instruments

    answer = instruments(kind, on)
    if as_json:
        print_json(answer)
        return
    rows = answer.root
    day = rows[0].as_of.isoformat() if rows else "the date asked"
    if kind == "zone":
        console.print(
            table(
                f"Nuclear-weapon-free zones ({len(rows)} instruments), state on {day}",
                ["id", "instrument", "kind", "zone", "signed or put forward", "in force", "state", "ended"],
                [
                    [
                        r.id,
                        r.short_title,
                        r.kind,
                        (r.zone_standing or "").replace("_", " "),
                        r.signed or r.first_event,
                        r.entry_into_force,
                        styled("instrument_state", r.standing),
                        r.ended,
                    ]
                    for r in rows
                ],
            )
        )
        return
    console.print(
        table(
            f"Instruments ({len(rows)}), state on {day}",
            ["id", "instrument", "kind", "signed", "in force", "state", "ended", "why"],
            [
                [
                    r.id,
                    r.short_title,
                    r.kind,
                    r.signed,
                    r.entry_into_force,
                    styled("instrument_state", r.standing),
                    r.ended,
                    label("end_reason", r.end_reason)
                    if r.standing == "ended"
                    else (
                        r.standing_text.split(": ", 1)[1].rsplit(" (", 1)[0] if r.standing == "never_in_force" else None
                    ),
                ]
                for r in rows
            ],
        )
    )


@command("show")
def show_command(
    instrument_id: str = typer.Argument(
        ..., metavar="ID", help="Instrument id or alias, e.g. new-start or 'ABM Treaty'."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Everything about one instrument: dates, parties, provisions, with their sources."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import instrument

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.citations import source_ref

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.data.parties import party_name

    answer = instrument(instrument_id)
    if as_json:
        print_json(answer)
        return
    notes = Footnotes(places=True)

    def cite(citation):
        return notes.mark(source_ref(citation))

    console.print(f"[bold]{answer.short_title}[/] ({answer.id}, {answer.kind}, {answer.scope})")
    console.print(answer.title, highlight=False, markup=False)
    console.print(answer.summary, highlight=False, markup=False)
    if answer.aliases:
        console.print(f"Also known as: {', '.join(answer.aliases)}", highlight=False, markup=False)
    if answer.duration is not None:
        years = f"{answer.duration.years} years" if answer.duration.years else "unlimited"
        extended = [e for e in answer.events if e.type == "extension" and e.until is not None]
        if extended:
            last = extended[-1]
            last_until = last.until or dt.date.max
            until = "indefinitely" if last_until.year >= 9999 else f"until {last_until.isoformat()}"
            years += f"; extended {until} on {last.date.isoformat()}"
        console.print(f"Duration: {years} ({answer.duration.article})", highlight=False)
    console.print(
        table(
            "Events",
            ["date", "event", "by", "note", "source"],
            [
                [
                    e.date,
                    e.type.replace("_", " "),
                    e.by,
                    e.note or (("indefinitely" if e.until.year >= 9999 else f"until {e.until}") if e.until else None),
                    cite(e.source),
                ]
                for e in answer.events
            ],
        )
    )
    if answer.parties:
        rows = [
            [r.party, party_name(r.party), ", ".join(r.roles), e.date, e.type, e.note, cite(e.source)]
            for r in answer.parties
            for e in r.events
        ]
        rows += [
            [r.party, party_name(r.party), ", ".join(r.roles), None, None, r.note, cite(r.source)]
            for r in answer.parties
            if not r.events
        ]
        console.print(
            table("Parties and their events", ["party", "name", "roles", "date", "event", "note", "source"], rows)
        )
    if answer.provisions:
        rows = []
        for p in answer.provisions:
            if p.values:
                for v in p.values:
                    bound = f"{number(v.range[0])}–{number(v.range[1])}" if v.range else number(v.ceiling)
                    rows.append(
                        [
                            p.id,
                            p.kind,
                            p.title,
                            p.metric,
                            bound,
                            v.from_,
                            v.article or p.article,
                            cite(v.source or p.source),
                        ]
                    )
            else:
                rows.append([p.id, p.kind, p.title, p.metric, None, None, p.article, cite(p.source)])
        console.print(
            table("Provisions", ["id", "kind", "provision", "metric", "limit", "from", "article", "source"], rows)
        )
    if answer.membership is not None:
        m = answer.membership
        console.print(
            f"Membership: {number(m.parties)} parties"
            + (f", {number(m.signatories)} signatories" if m.signatories is not None else "")
            + f" as of {m.as_of} {cite(m.source) or ''}",
            highlight=False,
        )
    if answer.note:
        console.print(f"Note: {answer.note}", highlight=False, markup=False)
    notes.print("Sources:")


@command("status")
def status_command(
    instrument_id: str = typer.Argument(..., metavar="ID", help="Instrument id or alias."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    party: str = typer.Option(None, "--party", help="Only this party (code or name, e.g. RUS or Russia)."),
    counts: bool = typer.Option(
        False, "--summary", help="Counts of recorded states by status, with the published totals."
    ),
    explain: bool = ExplainOption,
    as_json: bool = JsonOption,
) -> None:
    """Whether an instrument is in force on a date, and how each state stands to it."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import status

    if counts:
        print_status_summary(instrument_id, on, as_json)
        return
    answer = status(instrument_id, on, party)
    if as_json:
        print_json(answer)
        return
    print_status(answer, explain=explain)


def print_status(answer, *, explain: bool, one_party: bool | None = None) -> None:
    """A status answer as people read it; with ``explain``, the derivation of the state and of each relation."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.citations import cite_text

    one_party = len(answer.parties) == 1 if one_party is None else one_party
    console.print(
        f"[bold]{answer.title}[/] on {answer.on.isoformat()}: {styled('instrument_state', answer.state)}",
        highlight=False,
    )
    if answer.state_text and answer.state not in {"in_force"}:
        console.print(f"  {answer.state_text}", highlight=False, markup=False)
    if answer.source is not None:
        console.print(f"  per {cite_text(answer.source)}", highlight=False, markup=False)
    console.print(
        table(
            None,
            ["party", "name", "relation", "since", "note"],
            [[p.party, p.name, p.label, p.since, p.note] for p in answer.parties],
        )
    )
    if not answer.parties_complete and not one_party:
        console.print(
            f"  {len(answer.parties)} states recorded; the list is not complete (a state not listed is not recorded).",
            highlight=False,
        )
    elif answer.party_list_as_of is not None and answer.party_list_as_of < answer.on and not one_party:
        console.print(
            f"  Every party and signatory as of {answer.party_list_as_of.isoformat()}; changes since then are not "
            f"recorded.",
            highlight=False,
        )
    if explain:
        print_explanation(
            answer.explanation, f'Why {answer.title} is "{answer.state_label}" on {answer.on.isoformat()}:'
        )
        for p in answer.parties if one_party or len(answer.parties) <= 12 else []:
            print_explanation(p.explanation, f"Why {p.name}: {p.label}")
        if len(answer.parties) > 12 and not one_party:
            console.print("  (each state's derivation: add --party, or see --json)", highlight=False)


@command("why")
def why_command(
    instrument_id: str = typer.Argument(..., metavar="INSTRUMENT", help="Instrument id or alias."),
    party: str = typer.Option(None, "--party", help="Why this state stands as it does (code or name)."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    as_json: bool = JsonOption,
) -> None:
    """Why an instrument (or one state's relation to it) is what it is on a date: the short form of status --explain."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import status

    answer = status(instrument_id, on, party)
    if as_json:
        print_json(answer)
        return
    console.print(
        f"[bold]{answer.title}[/] on {answer.on.isoformat()}: {styled('instrument_state', answer.state)}",
        highlight=False,
    )
    print_explanation(answer.explanation, "Why:")
    if party is not None:
        p = answer.parties[0]
        console.print(
            f"[bold]{p.name}[/]: {p.label}" + (f" since {p.since.isoformat()}" if p.since else ""), highlight=False
        )
        print_explanation(p.explanation, "Why:")


@command("glossary")
def glossary_command(
    group: str = typer.Argument(
        None,
        metavar="GROUP",
        help="Only one group: instrument_state, end_reason, never_reason, relation, verdict, judgement, zone_standing "
        "or role.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """The vocabulary every answer uses: each state, relation, verdict and role, its label and what it means."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.glossary import glossary

    answer = glossary(group)
    if as_json:
        print_json(answer)
        return
    for g in answer.groups:
        console.print(
            table(
                f"{g.title} ({g.name})",
                ["value", "label", "meaning"],
                [[t.value, t.label, t.definition] for t in g.terms],
            )
        )
