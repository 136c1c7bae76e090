"""``armscontrol report``: the brief, an instrument or a scenario as a self-contained HTML file or a PDF."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import typer

from armscontrol.cli.base import command, error_console, with_progress
from armscontrol.errors import UserError


@command("report")
def report_command(
    kind: str = typer.Argument(..., metavar="KIND", help="brief, instrument or scenario."),
    target: str = typer.Argument(
        None, metavar="[TARGET]", help="The instrument id; the scenario file or the id of a saved scenario."
    ),
    on: str = typer.Option(None, "--on", help="Date (YYYY-MM-DD, YYYY-MM or YYYY); default today."),
    fmt: str = typer.Option("html", "--format", help="html (one self-contained file) or pdf."),
    pdf: bool = typer.Option(False, "--pdf", help="Make a PDF (the same as --format pdf); a bar shows its stages."),
    paper: str = typer.Option("a4", "--paper", help="Paper size of the PDF and of printing: a4 or letter."),
    output: str = typer.Option(..., "-o", "--output", help="File to write; '-' for standard output (HTML only)."),
    database: str = typer.Option(
        None,
        "--database",
        help="Store of saved scenarios (SQLAlchemy URL); default ARMSCONTROL_DATABASE or the local SQLite store.",
    ),
) -> None:
    """A report with its inputs, figures, charts, every source and a colophon, as HTML or PDF."""
    # on first use: heavy (matplotlib and WeasyPrint, through the report)
    from armscontrol.report import make_report

    if pdf:
        fmt = "pdf"
    if output != "-":
        out = Path(output)
        if out.is_dir():
            raise UserError(
                f"-o: {out} is a folder; give a file name such as {out / ('report.' + fmt)}", field="output"
            )
        if not out.parent.exists():
            raise UserError(f"-o: the folder {out.parent} does not exist", field="output")
    elif fmt == "pdf":
        raise UserError("-o -: a PDF is not written to the terminal; give a file name", field="output")
    argv = (
        "armscontrol " + " ".join(shlex.quote(a) for a in sys.argv[1:])
        if sys.argv and sys.argv[0].endswith("armscontrol")
        else None
    )
    if sys.stderr.isatty():  # the stages on a bar: computing, drawing charts (one of n), laying out pages
        body = with_progress(
            "report",
            lambda advance: make_report(
                kind,
                target,
                on,
                fmt,
                paper,
                command=argv,
                database=database,
                progress=lambda stage, done, total: advance(done, total, stage),
            ),
        )
    else:
        body = make_report(kind, target, on, fmt, paper, command=argv, database=database)
    if output == "-":
        sys.stdout.write(body)
        return
    if isinstance(body, str):
        Path(output).write_text(body, encoding="utf-8")
    else:
        Path(output).write_bytes(body)
    error_console.print(f"wrote {output} ({Path(output).stat().st_size:,} bytes)", highlight=False)
