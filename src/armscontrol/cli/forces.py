"""Commands about forces and compliance: ``check``, ``forces``, ``timeline`` and ``reductions``; each renders an
answer."""

from __future__ import annotations

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


def verdict_rows(verdicts, notes: Footnotes, view: str = "check") -> list[list]:
    """Table rows of :class:`~armscontrol.answers.compliance.VerdictOut` records as ``view`` shows them
    (:data:`armscontrol.answers.tables.VERDICTS`)."""
    from armscontrol.answers.tables import VERDICTS  # on first use: heavy (pydantic, through the answers)

    cells = {"verdict": lambda v: styled("verdict", v.verdict), "source": lambda v: notes.mark(v.source)}
    return VERDICTS.rows(verdicts, view, cells)


@command("check")
def check_command(
    instrument_id: str = typer.Argument(
        None,
        metavar="[INSTRUMENT]",
        help="Instrument id or alias; default every instrument in force with measurable provisions.",
    ),
    party: str = typer.Option(None, "--party", help="Only this party (code or name)."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    obligations: bool = typer.Option(False, "--obligations", help="Also list obligations no number measures."),
    explain: bool = ExplainOption,
    as_json: bool = JsonOption,
) -> None:
    """Verdicts of every provision on each party's holdings on a date, with where each figure is from."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import check

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import parse_date

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.tables import VERDICTS

    answer = check(instrument_id, on, party, obligations)
    if as_json:
        print_json(answer)
        return
    day = parse_date(on)
    if not answer.root:
        console.print(f"No provision to check on {day.isoformat()}.")
        return
    notes = Footnotes()
    console.print(
        table(f"Compliance on {day.isoformat()}", VERDICTS.headings("check"), verdict_rows(answer.root, notes))
    )
    notes.print()
    if explain:
        for v in answer.root:
            print_explanation(v.explanation, f"Why {v.party}, {v.title} ({v.instrument}): {v.verdict_label}")


def holding_cell(cell, code: str, notes: Footnotes) -> tuple[str | None, str | None, str | None]:
    if cell is None:
        return None, None, None
    if cell.status == "not_provided":
        value = "not provided"
    elif cell.value is None and cell.low is not None:
        value = f"{number(cell.low)}–{number(cell.high)}"
    elif cell.bound_text is not None:
        value = cell.bound_text
    else:
        value = number(cell.value)
    as_of = str(cell.as_of) + (f" ({cell.party})" if (cell.party or code) != code else "")
    if cell.stale:
        as_of += f", {cell.age_text} old"
    return value, as_of, notes.mark(cell.source)


@command("forces")
def forces_command(
    state: str = typer.Argument(..., metavar="STATE", help="A state: code or name (RUS, Russia, USA ...)."),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    metric: str = typer.Option(None, "--metric", help="Only this metric (see metrics.yaml)."),
    as_json: bool = JsonOption,
) -> None:
    """What a state held on a date: the latest declared and estimated figure of each metric, side by side."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import forces

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import parse_date, resolve_party_input

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.data.parties import party_name

    answer = forces(state, on, metric)
    if as_json:
        print_json(answer)
        return
    code = resolve_party_input(state, what="STATE")
    day = parse_date(on)
    if not answer.root:
        console.print(
            f"No figure is recorded for {party_name(code)} on or before {day.isoformat()}: the data hold none, "
            "which does not mean it held none.",
            highlight=False,
        )
        return
    notes = Footnotes()
    out = []
    for r in answer.root:
        d, e = holding_cell(r.declared, code, notes), holding_cell(r.estimated, code, notes)
        out.append([r.title, d[0], d[1], d[2], e[0], e[1], e[2]])
    console.print(
        table(
            f"{party_name(code)} ({code}) on {day.isoformat()}: declared and estimated, never mixed",
            ["metric", "declared", "as of", "source", "estimated", "as of", "source"],
            out,
        )
    )
    warnings = [
        f"{r.title}, {kind}: {cell.warning}"
        for r in answer.root
        for kind, cell in (("declared", r.declared), ("estimated", r.estimated))
        if cell is not None and cell.warning
    ]
    for line in warnings:
        console.print(f"[yellow]warning:[/] {line}", highlight=False)
    notes.print()


@command("timeline")
def timeline_command(
    instrument_id: str = typer.Argument(..., metavar="INSTRUMENT", help="Instrument id or alias."),
    party: str = typer.Option(..., "--party", help="The party (code or name)."),
    metric: str = typer.Option(None, "--metric", help="The metric; default the instrument's first limit."),
    as_json: bool = JsonOption,
) -> None:
    """A party's figure against an instrument's limit over time, at every date with data."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import timeline

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.data.parties import party_name

    answer = timeline(instrument_id, party, metric)
    if as_json:
        print_json(answer)
        return
    rows = answer.points
    console.print(
        table(
            f"{answer.title}: {answer.provision_title} ({answer.metric}), {party_name(answer.party)}",
            ["as of", "value", "kind", "limit", "binding", "margin", "verdict"],
            [
                [
                    r.on,
                    "not provided" if r.verdict == "no_data" and r.kind else number(r.value),
                    r.kind,
                    number(r.limit),
                    "yes" if r.binding else f"from {r.binding_from}",
                    number(r.margin),
                    styled("verdict", r.verdict),
                ]
                for r in rows
            ],
            caption=f"{answer.article}; figures: {len(rows)} dates" if rows else "no figures for this party and metric",
        )
    )


@command("reductions")
def reductions_command(
    parties: str = typer.Option(None, "--parties", help="Comma-separated parties (codes or names); default USA,RUS."),
    metrics: str = typer.Option(
        None,
        "--metrics",
        help="Comma-separated metrics, each counted under its own treaty's rules; default the three warhead counts.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """How the sides came down: every declared figure under START I, SORT and New START, against the limit of the
    day, and where the data stop."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import reductions

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.tables import limit_text

    answer = reductions(parties, metrics)
    if as_json:
        print_json(answer)
        return
    notes = Footnotes()
    out = []
    for r in answer.rows:
        value = "not provided" if r.status == "not_provided" else (r.bound_text or number(r.value))
        out.append(
            [
                r.as_of,
                r.party,
                r.instrument,
                r.metric,
                value,
                limit_text(r.limit, r.limit_range),
                styled("verdict", r.verdict),
                notes.mark(r.source),
            ]
        )
    stops = "; ".join(
        f"{code}: last declared figure {day}" if day else f"{code}: no declared figure in the data"
        for code, day in answer.last_reported.items()
    )
    console.print(
        table(
            "Declared strategic warheads, each under its own treaty's counting rules",
            ["as of", "party", "instrument", "metric", "declared", "limit", "verdict", "source"],
            out,
            caption=f"Where the data stop: {stops}.",
        )
    )
    notes.print()
