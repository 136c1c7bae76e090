"""The ``matrix`` command (states × instruments on a date) and the counts of ``status --summary``."""

from __future__ import annotations

import typer

from armscontrol.cli.base import JsonOption, command, console, print_json, table
from armscontrol.vocabulary import label


def print_status_summary(instrument_id: str, on: str | None, as_json: bool) -> None:
    """``status ID --summary``: the recorded states counted by status, and the published totals."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.instruments import status_summary

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.regime.status import PARTY_STATUSES

    answer = status_summary(instrument_id, on)
    day = answer.on
    if as_json:
        print_json(answer)
        return
    if not answer.parties_complete:
        recorded = f"{answer.parties_recorded} states recorded; the list is not complete"
    elif answer.party_list_as_of is not None and answer.party_list_as_of < day:
        recorded = (
            f"all parties and signatories as of {answer.party_list_as_of.isoformat()}; later changes are not recorded"
        )
    else:
        recorded = "all parties and signatories"
    console.print(
        f"[bold]{answer.short_title}[/] on {day.isoformat()}: {label('instrument_state', answer.standing)} "
        f"({recorded})",
        highlight=False,
    )
    console.print(
        table(
            None,
            ["relation", "states"],
            [[label("relation", name), answer.counts[name]] for name in PARTY_STATUSES if name in answer.counts],
        )
    )
    console.print(
        f"  {answer.states_counted} states counted: those recorded and every UN member state, as they existed on the "
        f"date",
        highlight=False,
    )
    if answer.not_existing:
        console.print(
            f"  Recorded but not a state on the date, not counted: {', '.join(answer.not_existing)}", highlight=False
        )
    if answer.published_parties is not None:
        signatories = (
            f", {answer.published_signatories} signatories" if answer.published_signatories is not None else ""
        )
        what = "parties" if answer.state in {"in_force", "ended"} else "ratifying states"
        console.print(
            f"  Published total: {answer.published_parties} {what}{signatories} as of {answer.published_as_of}",
            highlight=False,
        )


@command("matrix")
def matrix_command(
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD); default today."),
    instruments: str = typer.Option(
        None,
        "--instruments",
        help="Comma-separated instrument ids or names; default every multilateral instrument whose party list is "
        "described (the NPT, CTBT, PTBT, zone treaties and protocols).",
    ),
    states: str = typer.Option(
        None,
        "--states",
        help="Comma-separated states (codes or names); default every UN member state and every state the chosen "
        "instruments record.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """States × instruments: each state's status under each instrument on a date."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.matrix import matrix

    answer = matrix(on, instruments=instruments, states=states)
    day = answer.on
    if as_json:
        print_json(answer)
        return
    columns = ["state", "name", *(c.id for c in answer.instruments)]
    rows = [[r.party, r.name, *(cell.status for cell in r.cells)] for r in answer.rows]
    console.print(table(f"States × instruments on {day.isoformat()}", columns, rows))
    partial = [c.id for c in answer.instruments if not c.parties_complete]
    if partial:
        console.print(
            f"  Party lists not complete: {', '.join(partial)} (a state not listed is not_recorded).", highlight=False
        )
