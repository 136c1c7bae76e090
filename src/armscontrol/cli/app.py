"""The Typer application, its error handling and its output conventions.

Every command takes ``--json``: a table for people, JSON for programs. A
:class:`~armscontrol.errors.UserError` ends the command with ``error: ...`` on
standard error and exit code 2; it never ends in a traceback.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import inspect
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, overload

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

from armscontrol import __version__
from armscontrol.cli.startup import QUICK_EXIT, command_name
from armscontrol.errors import CleanError, UserError

if TYPE_CHECKING:
    from rich.table import Table

F = TypeVar("F", bound=Callable[..., Any])

COMMAND_MODULES: dict[str, str] = {
    "brief": "brief",
    "check": "forces",
    "forces": "forces",
    "timeline": "forces",
    "reductions": "forces",
    "instruments": "instruments",
    "show": "instruments",
    "status": "instruments",
    "why": "instruments",
    "glossary": "instruments",
    "links": "linkages",
    "cascade": "linkages",
    "history": "linkages",
    "engage": "stability",
    "stability": "stability",
    "frontier": "stability",
    "report": "report",
    "scenarios": "scenarios",
    "serve": "serve",
    "matrix": "matrix",
    "uncertainty": "sweep",
    "sensitivity": "sweep",
    "sweep": "sweep",
    "read": "read",
}
"""Each command and the module of :mod:`armscontrol.cli` that registers it, in the order the help lists them."""


class CommandsByNeed(TyperGroup):
    """The command group, importing a command's module only when that command runs.

    ``armscontrol engage`` loads the stability commands and nothing of the
    store, the server, the reports or the sweeps; the help (and a mistyped
    command, to suggest the nearest) loads them all.
    """

    def get_command(self, ctx: Any, name: str) -> Any:
        if name not in self.commands:
            if name in COMMAND_MODULES:
                importlib.import_module(f"armscontrol.cli.{COMMAND_MODULES[name]}")
            else:
                _load_all_commands()
            self._take_registered()
        return super().get_command(ctx, name)

    def list_commands(self, ctx: Any) -> list[str]:
        _load_all_commands()
        self._take_registered()
        order = {name: i for i, name in enumerate(COMMAND_MODULES)}
        return sorted(self.commands, key=lambda name: order.get(name, len(order)))

    def _take_registered(self) -> None:
        built = typer.main.get_group(app)
        for name, command_ in built.commands.items():
            self.commands.setdefault(name, command_)


def _load_all_commands() -> None:
    importlib.import_module("armscontrol.cli.commands")


app = typer.Typer(
    cls=CommandsByNeed,
    name="armscontrol",
    help="An open, executable model of the nuclear arms-control system: instruments, forces, compliance and strategic "
    "stability.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Piped output is read by people in wide terminals and by tests: do not fold it at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 200)
error_console = Console(stderr=True)

JsonOption = typer.Option(False, "--json", help="Print JSON for programs instead of tables.")
ExplainOption = typer.Option(
    False, "--explain", help="Also print why: the rules, the dated facts and their sources, step by step."
)


def print_explanation(steps: Sequence[Any], heading: str = "Why:") -> None:
    """An answer's ``explanation`` as a numbered derivation (:func:`armscontrol.answers.common.derivation`)."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import derivation

    if not steps:
        return
    console.print(heading, highlight=False, markup=False)
    for line in derivation(list(steps)):
        console.print("  " + line, highlight=False, markup=False, soft_wrap=True)


def print_json(data: Any) -> None:
    """Print an answer model's JSON (:func:`armscontrol.answers.common.as_json`) on standard output."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from pydantic import BaseModel

    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json", by_alias=True)
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


@overload
def number(value: float | int, digits: int = 0) -> str: ...
@overload
def number(value: None, digits: int = 0) -> None: ...
def number(value: float | int | None, digits: int = 0) -> str | None:
    """A figure as every table shows it (see :func:`armscontrol.answers.common.format_number`)."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import format_number

    return format_number(value, digits)


class Footnotes:
    """Sources cited in a table, numbered once each and listed below it (:class:`armscontrol.citations.Footnotes`).

    Parameters
    ----------
    places : bool
        Whether the footnotes list the places cited (article, table, page), or only the documents.
    """

    def __init__(self, *, places: bool = False) -> None:
        # on first use: keeps `armscontrol --help` quick (it loads every command's module)
        from armscontrol.citations import (
            Footnotes as Numbered,
        )  # pydantic and the data: loaded by the commands that cite

        self.notes = Numbered(places=places)

    def mark(self, source: Any) -> str | None:
        """``[n]`` for a :class:`~armscontrol.citations.SourceRef` (``None`` for none)."""
        return self.notes.mark(source)

    def print(self, heading: str | None = None, indent: str = "") -> None:
        """The numbered list, under ``heading`` where one is given; nothing where nothing was cited."""
        if not self.notes:
            return
        if heading:
            console.print(heading)
        for note in self.notes.items:
            console.print(f"{indent}[{note.number}] {note.text}", highlight=False, markup=False)


def table(
    title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, caption: str | None = None
) -> Table:
    """A rich table with the project's look; ``None`` shows as an en dash."""
    # on first use: keeps `armscontrol --help` quick
    from rich.table import Table

    out = Table(title=title, caption=caption, title_justify="left", caption_justify="left")
    for column in columns:
        out.add_column(column, overflow="fold")
    for row in rows:
        out.add_row(*("–" if cell is None else str(cell) for cell in row))
    return out


def progress(description: str, total: int):
    """A progress bar on standard error for a long computation; gone when it ends."""
    # on first use: keeps `stability` quick (a bar is drawn only after half a second)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=error_console,
        transient=True,
    )
    bar.start()
    task = bar.add_task(description, total=total)
    return bar, task


TERM_STYLES: dict[tuple[str, str], str] = {
    ("instrument_state", "in_force"): "green",
    ("instrument_state", "ended"): "red",
    ("instrument_state", "never_in_force"): "red",
    ("verdict", "compliant"): "green",
    ("verdict", "exceeds"): "bold red",
    ("verdict", "above_not_yet_binding"): "yellow",
    ("verdict", "no_data"): "dim",
    ("verdict", "not_measured"): "dim",
    ("judgement", "consistent"): "green",
    ("judgement", "contradicted"): "red",
    ("judgement", "not_in_data"): "yellow",
}
"""The colour a table gives a vocabulary value, where colour helps; the words are always the vocabulary's."""


def styled(group: str, value: str | None) -> str | None:
    """A vocabulary value as a table prints it: its label (:func:`armscontrol.vocabulary.label`), coloured where it
    helps."""
    # on first use: keeps `engage` quick
    from armscontrol.vocabulary import label

    if value is None:
        return None
    style = TERM_STYLES.get((group, value))
    text = label(group, value)
    return f"[{style}]{text}[/]" if style else text


def with_progress(description: str, compute, *, after: float = 0.5):
    """Run ``compute(advance)`` with a progress bar that the answer advances, shown once it has run ``after`` seconds.

    ``advance(done, total)`` moves the bar; ``advance(done, total, stage)`` also names the stage the work is in (the
    bar's words become ``description: stage``). A computation that is done within ``after`` seconds shows no bar and
    does not load Rich's progress display (a bar for ``stability`` on the founding example would flash for a tenth of
    a second).
    """

    started, state = time.monotonic(), {}

    def advance(done: int, total: int, stage: str | None = None) -> None:
        words = f"{description}: {stage}" if stage else description
        if "bar" not in state and time.monotonic() - started >= after:
            state["bar"], state["task"] = progress(words, total)
        if "bar" in state:
            state["bar"].update(state["task"], completed=done, total=total, description=words)

    try:
        return compute(advance)
    finally:
        if "bar" in state:
            state["bar"].stop()


def parse_date(text: str | None, *, what: str = "--on") -> dt.date:
    """A date as the answers layer reads it (YYYY-MM-DD, YYYY-MM, YYYY or 'today')."""
    # on first use: keeps `armscontrol --help` quick (it loads every command's module)
    from armscontrol.answers.common import parse_date as parse

    return parse(text, what=what)


def fail(message: str) -> NoReturn:
    """End the command with a one-line error on standard error and exit code 2."""
    # The message quotes what the user typed: print it as plain text, never as markup or emoji codes.
    error_console.print(Text.assemble(("error:", "bold red"), " ", message), highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def command_words(function: Callable[..., Any]) -> dict[str, str]:
    """The command line's word for each field a command takes: ``on`` is ``--on``, an argument ``state`` is ``STATE``.

    An answer names the field at fault by its neutral name (a parameter's, as
    the API's query names it); this maps it to what the user typed here.
    """
    words: dict[str, str] = {}
    for name, parameter in inspect.signature(function).parameters.items():
        info = parameter.default
        if isinstance(info, typer.models.OptionInfo):
            declared = [d for d in (info.param_decls or ()) if d.startswith("--")]
            words[name] = declared[0].split("/")[0] if declared else "--" + name.replace("_", "-")
        elif isinstance(info, typer.models.ArgumentInfo):
            words[name] = info.metavar or name.upper()
    return words


def command(*args: Any, on: typer.Typer | None = None, **kwargs: Any) -> Callable[[F], F]:
    """Register a command on the app (or on the sub-app ``on``); a :class:`CleanError` in it becomes a one-line
    error."""

    def decorate(function: F) -> F:
        words = command_words(function)

        @functools.wraps(function)
        def guarded(*a: Any, **k: Any) -> Any:
            try:
                return function(*a, **k)
            except UserError as exc:
                fail(exc.worded(lambda field: words.get(field, field)))
            except CleanError as exc:
                fail(str(exc))

        (on or app).command(*args, **kwargs)(guarded)
        return function

    return decorate


def _version(value: bool) -> None:
    if value:
        console.print(f"armscontrol {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """An open, executable model of the nuclear arms-control system: instruments, forces, compliance and strategic
    stability."""


def main() -> None:
    """Entry point of the ``armscontrol`` command.

    A command in :data:`QUICK_EXIT` that ends normally flushes its output and
    leaves the process at once: tearing down the ~900 modules a stability
    command loads took longer than the command's own computation.
    """
    try:
        app()
    except SystemExit as done:
        if command_name(sys.argv[1:]) in QUICK_EXIT and isinstance(done.code, (int, type(None))):
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except (OSError, ValueError):  # a closed pipe: leave as Python would
                raise done from None
            os._exit(done.code or 0)
        raise
