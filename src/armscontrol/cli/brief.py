"""``armscontrol brief``: the arms-control system on a date, section by section, rendered from one answer."""

from __future__ import annotations

import typer

from armscontrol.cli.app import Footnotes, JsonOption, command, console, print_json, table


def print_brief(answer) -> None:
    from armscontrol.cli.forces import VERDICT_COLUMNS, verdict_rows
    from armscontrol.cli.instruments import STATE_LABEL  # one label set for states
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
    print_arsenal_limits(answer.arsenal_limits)
    zones = [r for r in rows if r.zone_standing is not None and r.kind != "protocol"]
    if zones:
        console.print(table("Nuclear-weapon-free zones: in force, partly agreed or only proposed", ["zone instrument", "standing", "state"],
                            [[r.short_title, r.zone_standing.replace("_", " "), STATE_LABEL[r.state]] for r in zones]))
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


def print_arsenal_limits(limits) -> None:
    """What limits the two largest arsenals on the date, in words a reader can quote."""
    from armscontrol.answers.common import cite_text
    from armscontrol.cli.app import number
    from armscontrol.data.parties import party_name

    who = " and ".join(party_name(p) for p in limits.parties)
    day = limits.on.isoformat()
    if limits.binding:
        console.print(table(f"Treaty limits binding {who} on {day}", ["instrument", "limit", "ceiling", "binding from", "article", "suspended by"],
                            [[b.short_title, b.provision.replace("-", " "), number(b.upper), b.binding_from, b.article, ", ".join(b.suspended_by) or None]
                             for b in limits.binding]))
    else:
        ended = limits.last_ended
        tail = f": the last, {ended['short_title']}, ended on {ended['ended_on']} ({ended['end_reason']})" if ended else ""
        console.print(f"[bold]No treaty limits {who}'s nuclear forces on {day}[/]{tail}.", highlight=False)
    if limits.other_in_force:
        console.print(f"In force for both, with no numeric limit on their forces: {'; '.join(limits.other_in_force)}.", highlight=False, markup=False)
    if limits.statements:
        title = "Political statements on record (not legally binding), latest first"
        if limits.record_ends is not None:
            title += f"; the latest recorded is of {limits.record_ends.isoformat()} (nothing later is recorded here)"
        console.print(table(title, ["date", "party", "on", "statement", "source"],
                            [[s.date, s.party, s.short_title, s.note, cite_text(s.source)] for s in limits.statements]))


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
