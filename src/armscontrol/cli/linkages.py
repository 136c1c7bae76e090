"""Commands about linkages: ``links``, ``cascade`` and ``history``; each renders an answer."""

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
)
from armscontrol.errors import UserError

AGREES_LABEL = {True: "[green]agrees[/]", False: "[red]differs[/]", None: "–"}


@command("links")
def links_command(
    instrument_id: str = typer.Argument(
        ..., metavar="ID", help="Instrument id or alias, e.g. new-start or 'START II'."
    ),
    as_json: bool = JsonOption,
) -> None:
    """What an instrument rests on and what rests on it, each linkage with its source."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import links

    answer = links(instrument_id)
    if as_json:
        print_json(answer)
        return
    console.print(f"[bold]{answer.title}[/] ({answer.id}): linkages")
    groups = [(heading, getattr(answer, key)) for key, heading in answer.headings.items()]
    if not groups:
        console.print("No recorded linkage: nothing is recorded as resting on it, and it rests on nothing.")
        return
    notes = Footnotes(places=True)
    for heading, items in groups:
        if items:
            rows = [
                [f"{answer.title} {k.relation}", k.party, k.stated_on, k.summary, notes.mark(k.source)] for k in items
            ]
            console.print(table(heading, ["linkage", "party", "stated", "what it says", "source"], rows))
    notes.print("Sources:")


def event_phrase(event) -> str:
    verb = {
        "withdrawal": "withdraws from",
        "suspension": "suspends",
        "expiry": "expiry of",
        "entry_into_force": "entry into force of",
    }[event.type]
    who = f"{event.party} " if event.party else ""
    return f"{who}{verb} {event.title}, {event.on.isoformat()}"


def via_text(step) -> str:
    if not step.via:
        return "the event itself"
    return f"{step.via[-1].reads}, after #{step.after}"


def effect_text(step) -> str:
    return step.effect_label + (f" ({step.party})" if step.party else "")


def print_cascade(answer, explain: bool = False) -> None:
    notes = Footnotes(places=True)
    if answer.mode == "counterfactual":
        e = answer.event
        console.print(
            f"[bold]What-if[/]: {e.party} had not withdrawn from {e.title} ({e.on.isoformat()})", highlight=False
        )
        console.print(f"  the recorded withdrawal {notes.mark(e.source) or ''}", highlight=False, markup=False)
        rows = [
            [
                s.order,
                s.title,
                effect_text(s),
                f"{via_text(s)} {notes.mark(s.source) or ''}".strip(),
                f"{s.history.summary} {notes.mark(s.history.source) or ''}".strip(),
                s.without_event,
            ]
            for s in answer.steps
        ]
        console.print(
            table(
                None,
                [
                    "#",
                    "instrument",
                    "the withdrawal set off",
                    "via [source]",
                    "history recorded [source]",
                    "without the withdrawal",
                ],
                rows,
            )
        )
    else:
        heading = "Cascade" if answer.mode == "recorded" else "What-if"
        console.print(f"[bold]{heading}[/]: {event_phrase(answer.event)}", highlight=False)
        if not answer.event.recorded:
            console.print("  not in the record: beside each step, what happened instead", highlight=False)
        rows = [
            [
                s.order,
                s.title,
                effect_text(s),
                f"{via_text(s)} {notes.mark(s.source) or ''}".strip(),
                f"{s.history.summary} {notes.mark(s.history.source) or ''}".strip(),
                AGREES_LABEL[s.history.agrees],
            ]
            for s in answer.steps
        ]
        console.print(
            table(
                None,
                ["#", "instrument", "effect", "via (the linkage it travels) [source]", "history recorded [source]", ""],
                rows,
            )
        )
        if len(answer.steps) == 1:
            console.print("No recorded linkage carries this event further.")
    notes.print("Sources:", indent="  ")
    if explain:
        for s in answer.steps:
            print_explanation(s.explanation, f"Why #{s.order}, {s.title}: {effect_text(s)}")


@command("cascade")
def cascade_command(
    instrument_id: str = typer.Argument(None, metavar="ID", help="Instrument id or alias, e.g. abm."),
    withdraw: str = typer.Option(None, "--withdraw", metavar="PARTY", help="The party that withdraws (code or name)."),
    suspend: str = typer.Option(None, "--suspend", metavar="PARTY", help="The party that suspends its participation."),
    expire: bool = typer.Option(False, "--expire", help="The instrument expires."),
    enter_into_force: bool = typer.Option(False, "--enter-into-force", help="The instrument enters into force."),
    stay: str = typer.Option(
        None, "--stay", metavar="PARTY", help="What-if: the party had NOT made its recorded withdrawal."
    ),
    on: str = typer.Option(
        None, "--on", help="Date of the event (YYYY-MM-DD, YYYY-MM or YYYY); default the recorded date, else today."
    ),
    what_if: bool = typer.Option(
        False, "--what-if", help="Allow an event that is not in the record, and compare with what happened."
    ),
    replay: bool = typer.Option(
        False, "--replay", help="Run the engine on every recorded event (same as 'armscontrol history')."
    ),
    explain: bool = ExplainOption,
    as_json: bool = JsonOption,
) -> None:
    """What follows from an event, step by step: each instrument affected, how, along which linkages, with sources;
    beside it, what history recorded."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import cascade

    if replay:
        history_command(until=on, as_json=as_json)
        return
    if instrument_id is None:
        raise UserError("give an instrument ID (for example: armscontrol cascade abm --withdraw USA), or --replay")
    answer = cascade(
        instrument_id,
        withdraw=withdraw,
        suspend=suspend,
        expire=expire,
        enter_into_force=enter_into_force,
        stay=stay,
        on=on,
        what_if=what_if,
    )
    if as_json:
        print_json(answer)
        return
    print_cascade(answer, explain)


@command("history")
def history_command(
    until: str = typer.Option(
        None, "--until", help="Replay events up to this date (YYYY-MM-DD, YYYY-MM or YYYY); default today."
    ),
    as_json: bool = JsonOption,
) -> None:
    """The cascade engine run on every recorded event, beside what history recorded."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers import history

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import parse_date

    answer = history(until)
    if as_json:
        print_json(answer)
        return
    rows = []
    counts = {True: 0, False: 0, None: 0}
    for r in answer.root:
        event = event_phrase(r.event)
        if r.steps is None:
            why = (
                f"predicted by the cascade of: {event_phrase(r.explained_by)}"
                if r.explained_by
                else f"not run: {r.error}"
            )
            rows.append([event, None, None, why, None])
            continue
        for s in r.steps:
            counts[s.history.agrees] += 1
            rows.append(
                [
                    event if s.order == 1 else "",
                    s.title,
                    effect_text(s),
                    s.history.summary,
                    AGREES_LABEL[s.history.agrees],
                ]
            )
    day = parse_date(until, what="--until")
    console.print(
        table(
            f"History replayed to {day.isoformat()}: the engine's prediction beside the record",
            ["recorded event", "instrument", "engine predicts", "history recorded", ""],
            rows,
        )
    )
    console.print(
        f"{counts[True]} agree, {counts[False]} differ, {counts[None]} with nothing in the record to compare."
    )
