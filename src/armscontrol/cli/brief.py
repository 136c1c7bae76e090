"""``armscontrol brief``: the arms-control system on a date, section by section."""

from __future__ import annotations

import typer

from armscontrol.cli.app import JsonOption, command, parse_date, print_json
from armscontrol.cli.forces import brief_compliance, verdict_json
from armscontrol.cli.instruments import brief_instruments
from armscontrol.cli.linkages import brief_linkages, brief_linkages_json
from armscontrol.regime.catalogue import list_instruments
from armscontrol.regime.status import summary


def _founding_rows() -> list[dict] | None:
    from armscontrol.cli.app import progress
    from armscontrol.scenario import FOUNDING_SCENARIO, founding_question_rows

    if not FOUNDING_SCENARIO.exists():
        return None
    bar, task = progress("strategic stability: the founding question", 5)
    try:
        return founding_question_rows(on_row=lambda _: bar.advance(task))
    finally:
        bar.stop()


def brief_founding_question() -> None:
    """The founding question: both sides at 1,500 against a US defence of 0 to 1,000 interceptors."""
    from armscontrol.cli.app import console
    from armscontrol.scenario import founding_question_table

    rows = _founding_rows()
    if rows is None:
        return
    console.print(founding_question_table(rows, title="Strategic stability: both sides at 1,500 warheads; a US national missile defence of N interceptors (armscontrol stability examples/russia-1500-vs-nmd.yaml)"))


@command("brief")
def brief_command(
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD); default today."),
    as_json: bool = JsonOption,
) -> None:
    """A briefing on the arms-control system on a date: what is in force, what ended and why, and compliance."""
    day = parse_date(on)
    if as_json:
        from armscontrol.cli.forces import brief_verdicts

        print_json({
            "on": day,
            "instruments": [summary(i, day) for i in list_instruments()],
            "compliance": [verdict_json(v) for v in brief_verdicts(day)],
            "linkages": brief_linkages_json(day),
            "founding_question": _founding_rows(),
        })
        return
    brief_instruments(day)
    brief_compliance(day)
    brief_linkages(day)
    brief_founding_question()
