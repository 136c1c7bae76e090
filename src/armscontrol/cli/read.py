"""The ``read`` command: a statement in, its instruments, figures, claims and places out."""

from __future__ import annotations

from pathlib import Path

import typer
import yaml
from rich.markup import escape

from armscontrol.cli.base import (
    JsonOption,
    command,
    console,
    error_console,
    parse_date,
    print_json,
    styled,
    table,
    with_progress,
)
from armscontrol.errors import UserError
from armscontrol.vocabulary import label


def _quote(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return escape(flat if len(flat) <= width else flat[: width - 1] + "…")


def _cite(source) -> str | None:  # noqa: ANN001
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.citations import short_text

    text = short_text(source)
    return None if text is None else escape(text)


@command("read")
def read_command(
    file: str = typer.Argument(
        ..., help="Statement to read: a text, Markdown or HTML file, or '-' for standard input."
    ),
    date: str = typer.Option(
        None,
        "--date",
        help="Date of the statement (YYYY-MM-DD); default: the first full date in its opening lines, else today.",
    ),
    source_date: str = typer.Option(
        None,
        "--source-date",
        help="Date of the page or record the text was taken from (YYYY-MM-DD): its year dates a dateline that gives "
        "the day without the year ('MOSCOW, April 13. /TASS/.').",
    ),
    scenario_out: str = typer.Option(
        None, "--scenario-out", help="Write the draft scenario (YAML) here, when the text proposes a force level."
    ),
    compare: bool = typer.Option(
        False,
        "--compare",
        help="Run each proposed level (a range: both ends) beside the current forces through the stability models, at "
        "each defence size of the founding example.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Read an official statement: the instruments it names, its figures and deadlines, and each claim checked
    against the data on its date."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.read import read as read_text

    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.reader.source import read_source

    on = parse_date(date, what="--date") if date is not None else None
    source_on = parse_date(source_date, what="--source-date") if source_date is not None else None
    text, _ = read_source(file)
    if len(text) > 20_000:  # a long speech takes a second or more
        with error_console.status(f"reading {len(text):,} characters"):
            answer = read_text(text, on, source_date=source_on)
    else:
        answer = read_text(text, on, source_date=source_on)
    if scenario_out is not None:
        if answer.scenario is None:
            raise UserError(
                f"--scenario-out: the statement proposes no level of strategic warheads, so there is no scenario to "
                f"write to {scenario_out}"
            )
        try:
            Path(scenario_out).write_text(
                yaml.safe_dump(answer.scenario, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8"
            )
        except OSError as exc:
            raise UserError(f"--scenario-out: cannot write {scenario_out}: {exc.strerror}") from None
    if compare:
        # on first use: keeps `armscontrol --help` quick (it loads every command's module)
        from armscontrol.answers.read import compare as run_compare

        compared = with_progress(
            "stability of each proposed level and the current forces",
            lambda advance: run_compare(answer, progress=advance),
            after=1.0,
        )
        if as_json:
            print_json(compared)
            return
    if as_json:
        print_json(answer)
        return
    said = f"Statement of {answer.date.isoformat()} ({label('date_source', answer.date_source)})"
    if answer.date_source == "not_read":
        said += ": give --date"
    if answer.date_note:
        cited = _cite(answer.date_ref)
        said += f": {answer.date_note}" + (f" ({cited})" if cited else "")
    if answer.language_note:
        said += f"; {answer.language_note}"
    console.print(f"{said}; {answer.characters:,} characters", highlight=False)
    console.print(
        table(
            "Instruments named",
            ["id", "instrument", "state on the date", "mentions"],
            [
                [
                    i.id,
                    escape(i.short_title),
                    label("instrument_state", i.status_on_date) + (f" ({i.status_note})" if i.status_note else ""),
                    "; ".join(_quote(m.text, 40) for m in i.mentions)
                    + "".join(f"; {p.article} → {p.id}" for p in i.provisions),
                ]
                for i in answer.instruments
            ],
            caption="unresolved (not in the data): "
            + "; ".join(
                _quote(u.text, 60) + (f" (nearest: {u.nearest})" if u.nearest else "") for u in answer.unresolved
            )
            if answer.unresolved
            else None,
        )
    )
    if answer.figures:
        console.print(
            table(
                "Figures",
                ["figure", "unit", "deadline", "instrument", "proposal", "as written"],
                [
                    [
                        f"{int(f.low):,}–{int(f.high):,}"
                        if f.low is not None and f.high is not None
                        else f"{f.value:,.0f}"
                        if f.value is not None
                        else None,
                        f.unit,
                        f.deadline.isoformat() if f.deadline else None,
                        f.instrument,
                        "yes" if f.proposal else None,
                        _quote(f.text, 60),
                    ]
                    for f in answer.figures
                ],
            )
        )
    if answer.claims:
        console.print(
            table(
                f"Claims judged against the data as of {answer.date.isoformat()}",
                ["claim", "kind", "party", "instrument", "verdict", "the data says", "source (--json: title, url)"],
                [
                    [
                        _quote(c.text, 60),
                        c.kind,
                        c.party,
                        c.instrument,
                        styled("judgement", c.verdict),
                        escape(c.evidence),
                        _cite(c.source),
                    ]
                    for c in answer.claims
                ],
            )
        )
    if answer.places:
        console.print(
            table(
                "States and zones",
                ["named", "kind", "code", "what the data says"],
                [[_quote(p.text, 40), p.kind.replace("_", " "), p.code, escape(p.data)] for p in answer.places],
            )
        )
    if answer.omitted:
        console.print(
            "Past the reader's bounds (docs/limits.md), not listed: "
            + ", ".join(f"{count:,} {what}" for what, count in answer.omitted.items()),
            highlight=False,
        )
    if answer.scenario is not None:
        where = f"; written to {scenario_out}" if scenario_out else "; --scenario-out FILE writes it"
        console.print(f"Draft scenario: {escape(answer.scenario_note or '')}{where}", highlight=False)
    if compare:
        _print_comparison(compared)


def _print_comparison(compared) -> None:  # noqa: ANN001
    """The comparison as one table: a row per defence size, a column per scenario."""
    heads = ["interceptors"] + [
        (f"proposed {s.level:,}" if s.level is not None else "current forces")
        + " ("
        + ", ".join(f"{side} {n:,}" for side, n in s.warheads.items())
        + ")"
        for s in compared.scenarios
    ]
    rows = [
        [f"{row.interceptors:,}"]
        + [
            f"{c.combined:.3f}"
            + ("" if c.assured_retaliation_met else " [red]AR not met[/]")
            + f" ({c.least_retaliation_arriving:,.0f})"
            for c in row.cells
        ]
        for row in compared.rows
    ]
    console.print(
        table(
            f"Combined first-strike stability against a {compared.defended_side} '{compared.layer}' defence "
            "(least expected retaliation arriving in brackets)",
            heads,
            rows,
            caption=" ".join(compared.assumptions),
        )
    )
    if len(compared.scenarios) == 1:
        console.print(
            "The statement proposes no level of strategic warheads: only the current forces are shown.", highlight=False
        )
