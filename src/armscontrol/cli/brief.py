"""``armscontrol brief``: the arms-control system on a date, section by section, rendered from one answer."""

from __future__ import annotations

import typer

from armscontrol.cli.app import Footnotes, JsonOption, command, console, print_json, table


def print_brief(answer) -> None:
    from armscontrol.cli.forces import VERDICT_COLUMNS, verdict_rows
    from armscontrol.cli.instruments import STATE_LABEL  # noqa: F401  (one label set for states)
    from armscontrol.cli.stability import sweep_table

    rows = answer.instruments
    day = answer.on.isoformat()
    in_force = [r for r in rows if r.state == "in_force"]
    ended = [r for r in rows if r.state == "ended"]
    console.print(f"[bold]The arms-control system on {day}[/]: {len(rows)} instruments, {len(in_force)} in force, "
                  f"{len(ended)} ended, {len(rows) - len(in_force) - len(ended)} never or not yet in force.")
    console.print(table("In force", ["instrument", "kind", "in force since", "parties bound (recorded)"],
                        [[r.short_title, r.kind, r.entry_into_force, r.parties_bound] for r in in_force]))
    console.print(table("Ended", ["instrument", "ended", "why"],
                        [[r.short_title, r.ended, r.end_reason] for r in sorted(ended, key=lambda r: r.ended)]))
    other = [r for r in rows if r.state in {"not_in_force", "not_yet_signed"}]
    console.print(table("Signed, proposed or agreed, never or not yet in force", ["instrument", "kind", "signed or put forward"],
                        [[r.short_title, r.kind, r.signed or r.first_event] for r in other]))
    if answer.compliance:
        notes = Footnotes()
        cells = [r[:9] + [r[10]] for r in verdict_rows(answer.compliance, notes)]
        console.print(table("Compliance: instruments in force on the date, and each ended one on the last date it was checked",
                            VERDICT_COLUMNS[:9] + ["source"], cells))
        notes.print()
    console.print(table("What rests on what (instruments in force)", ["instrument", "rests on", "rests on it", "stated conditions"],
                        [[r.title, "; ".join(r.rests_on) or None, "; ".join(r.rests_on_it) or None, "; ".join(r.stated_conditions) or None]
                         for r in answer.linkages]))
    if answer.founding_question is not None and answer.founding_question.results:
        console.print(sweep_table(answer.founding_question,
                                  "Strategic stability: both sides at 1,500 warheads; a US national missile defence of N interceptors "
                                  "(armscontrol stability examples/russia-1500-vs-nmd.yaml)"))


@command("brief")
def brief_command(
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    as_json: bool = JsonOption,
) -> None:
    """A briefing on the arms-control system on a date: what is in force, what ended and why, compliance, what rests on what, and the founding question."""
    from armscontrol.answers import brief
    from armscontrol.cli.stability import with_progress

    answer = with_progress("strategic stability: the founding question", lambda advance: brief(on, progress=advance))
    if as_json:
        print_json(answer)
        return
    print_brief(answer)
