"""``armscontrol brief``: the arms-control system on a date, section by section, rendered from one answer."""

from __future__ import annotations

import typer

from armscontrol.cli.base import (
    ExplainOption,
    Footnotes,
    JsonOption,
    command,
    console,
    print_explanation,
    print_json,
    table,
    with_progress,
)
from armscontrol.cli.forces import verdict_rows
from armscontrol.cli.stability import sweep_table


def print_brief(answer, explain: bool = False) -> None:
    from armscontrol.answers.tables import RESTS_ON, VERDICTS  # on first use: heavy (pydantic, through the answers)

    rows = answer.instruments
    day = answer.on.isoformat()
    by = {
        category: [r for r in rows if r.standing == category]
        for category in (
            "in_force",
            "ended",
            "never_in_force",
            "not_yet_in_force",
            "adopted",
            "political_commitment",
            "proposed",
            "not_yet_signed",
        )
    }
    known = [r for r in rows if r.standing != "not_yet_signed"]
    console.print(
        f"[bold]The arms-control system on {day}[/]: {len(known)} instruments, {len(by['in_force'])} in force, "
        f"{len(by['ended'])} ended, {len(by['never_in_force'])} never entered into force, "
        f"{len(by['not_yet_in_force'])} not yet in force, {len(by['political_commitment'])} political commitments, "
        f"{len(by['adopted']) + len(by['proposed'])} adopted or proposed."
    )
    console.print(
        table(
            "In force",
            ["instrument", "kind", "in force since", "parties bound (recorded)"],
            [
                [
                    r.short_title,
                    r.kind,
                    r.entry_into_force,
                    r.parties_bound if r.parties_complete else f"{r.parties_bound} recorded",
                ]
                for r in by["in_force"]
            ],
        )
    )
    console.print(
        table(
            "Ended",
            ["instrument", "ended", "why"],
            [[r.short_title, r.ended, r.end_reason] for r in sorted(by["ended"], key=lambda r: r.ended)],
        )
    )
    console.print(
        table(
            "Never entered into force",
            ["instrument", "kind", "signed or put forward", "why"],
            [
                [
                    r.short_title,
                    r.kind,
                    r.signed or r.first_event,
                    r.standing_text.removeprefix("never entered into force: "),
                ]
                for r in by["never_in_force"]
            ],
        )
    )
    console.print(
        table(
            "Not yet in force; political commitments; adopted or proposed",
            ["instrument", "kind", "signed or put forward", "standing"],
            [
                [r.short_title, r.kind, r.signed or r.first_event, r.standing_text]
                for r in by["not_yet_in_force"] + by["political_commitment"] + by["adopted"] + by["proposed"]
            ],
        )
    )
    print_arsenal_limits(answer.arsenal_limits)
    zones = [r for r in rows if r.zone_standing is not None and r.kind != "protocol"]
    if zones:
        console.print(
            table(
                "Nuclear-weapon-free zones: in force, partly agreed or only proposed",
                ["zone instrument", "standing", "state"],
                [[r.short_title, r.zone_standing.replace("_", " "), r.standing_text] for r in zones],
            )
        )
    if answer.compliance:
        notes = Footnotes()
        console.print(
            table(
                "Compliance: instruments in force on the date, and each ended one on the last date it was checked",
                VERDICTS.headings("brief"),
                verdict_rows(answer.compliance, notes, "brief"),
            )
        )
        notes.print()
    console.print(
        table(
            "What rests on what (instruments in force)",
            RESTS_ON.headings("brief"),
            RESTS_ON.rows(answer.linkages, "brief"),
        )
    )
    if explain:
        print_explanation(answer.arsenal_limits.explanation, "Why the two largest arsenals are limited as they are:")
        console.print("[bold]Why each instrument stands where it does[/]")
        for r in rows:
            if r.standing != "not_yet_signed":
                print_explanation(r.explanation, f"{r.short_title}: {r.standing_label}")
        if answer.compliance:
            console.print("[bold]Why each verdict[/]")
            for v in answer.compliance:
                print_explanation(v.explanation, f"{v.party}, {v.title} ({v.instrument}): {v.verdict_label}")
    if answer.founding_question is not None and answer.founding_question.results:
        console.print(
            sweep_table(
                answer.founding_question,
                "Strategic stability: both sides at 1,500 warheads; a US national missile defence of N interceptors "
                "(armscontrol stability examples/russia-1500-vs-nmd.yaml)",
            )
        )


def print_arsenal_limits(limits) -> None:
    """What limits the two largest arsenals on the date, in words a reader can quote."""
    from armscontrol.answers.tables import BINDING_LIMITS  # on first use: heavy (pydantic, through the answers)

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.citations import cite_text

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.data.parties import party_name

    who = " and ".join(party_name(p) for p in limits.parties)
    day = limits.on.isoformat()
    if limits.binding:
        console.print(
            table(
                f"Treaty limits binding {who} on {day}",
                BINDING_LIMITS.headings("brief"),
                BINDING_LIMITS.rows(limits.binding, "brief"),
            )
        )
    else:
        ended = limits.last_ended
        tail = (
            f": the last, {ended['short_title']}, ended on {ended['ended_on']} ({ended['end_reason']})" if ended else ""
        )
        console.print(f"[bold]No treaty limits {who}'s nuclear forces on {day}[/]{tail}.", highlight=False)
    if limits.other_in_force:
        console.print(
            f"In force for both, with no numeric limit on their forces: {'; '.join(limits.other_in_force)}.",
            highlight=False,
            markup=False,
        )
    if limits.statements:
        title = "Political statements on record (not legally binding), latest first"
        if limits.record_ends is not None:
            title += f"; the latest recorded is of {limits.record_ends.isoformat()} (nothing later is recorded here)"
        console.print(
            table(
                title,
                ["date", "party", "on", "statement", "source"],
                [[s.date, s.party, s.short_title, s.note, cite_text(s.source)] for s in limits.statements],
            )
        )


@command("brief")
def brief_command(
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    explain: bool = ExplainOption,
    as_json: bool = JsonOption,
) -> None:
    """A briefing on the arms-control system on a date: what is in force, what ended and why, compliance, what rests
    on what, and the founding question."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import brief

    answer = with_progress("strategic stability: the founding question", lambda advance: brief(on, progress=advance))
    if as_json:
        print_json(answer)
        return
    print_brief(answer, explain)
