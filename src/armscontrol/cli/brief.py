"""``armscontrol brief``: the arms-control system on a date, section by section."""

from __future__ import annotations

import typer

from armscontrol.cli.app import JsonOption, command, parse_date, print_json
from armscontrol.cli.forces import brief_compliance, verdict_json
from armscontrol.cli.instruments import brief_instruments
from armscontrol.cli.linkages import brief_linkages, brief_linkages_json
from armscontrol.regime.catalogue import list_instruments
from armscontrol.regime.status import summary


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
        })
        return
    brief_instruments(day)
    brief_compliance(day)
    brief_linkages(day)
