"""What every command of the command line shares: its options, consoles, tables, output and error conventions.

Every command takes ``--json``: a table for people, JSON for programs. A
:class:`~armscontrol.errors.UserError` ends the command with ``error: ...`` on
standard error and exit code 2; it never ends in a traceback.

Each command module declares its commands with :func:`command` (and a group of
commands with :func:`group`); the declarations are recorded here, and the app
(:mod:`armscontrol.cli.app`, the module above every command module) adds them
when it loads the module. This module imports no command module and not the app.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar, overload

import typer
from rich.console import Console
from rich.text import Text

from armscontrol.errors import CleanError, UserError

if TYPE_CHECKING:
    from rich.table import Table

F = TypeVar("F", bound=Callable[..., Any])

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


@dataclass(frozen=True)
class RecordedCommand:
    """A command of the app that a command module declares (:func:`command`); the app adds it when it loads the module.

    Parameters
    ----------
    callback : callable
        The command's function, wrapped so that an error ends it in one line.
    args, kwargs : tuple and dict
        What Typer's ``command`` takes besides the function: the command's name, its help and the like.
    """

    callback: Callable[..., Any]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass(frozen=True)
class RecordedGroup:
    """A group of commands of the app that a command module declares (:func:`group`); added with the module.

    Parameters
    ----------
    name : str
        The group's word on the command line (``armscontrol NAME SUBCOMMAND``).
    commands : typer.Typer
        The group's own Typer application, with its subcommands registered on it.
    """

    name: str
    commands: typer.Typer


RECORDED: list[RecordedCommand | RecordedGroup] = []
"""The commands and groups declared by the command modules loaded so far and not yet taken by the app
(:func:`take_recorded`), in the order declared."""


def take_recorded() -> list[RecordedCommand | RecordedGroup]:
    """The commands and groups recorded since the last call, in the order declared; each is given once."""
    taken = list(RECORDED)
    RECORDED.clear()
    return taken


def command(*args: Any, on: typer.Typer | None = None, **kwargs: Any) -> Callable[[F], F]:
    """Declare a command of the app (or of the group ``on``); a :class:`CleanError` in it becomes a one-line error.

    A command of the app is recorded (:data:`RECORDED`) and added by the app when it loads the command's module
    (:class:`armscontrol.cli.app.CommandsByNeed`); a command of a group is registered on the group's own application.

    Parameters
    ----------
    *args, **kwargs
        Typer's: the command's name, its help and the like.
    on : typer.Typer or None
        The group (:func:`group`) the command belongs to; ``None`` for a command of the app.

    Returns
    -------
    callable
        A decorator that declares the function and returns it unchanged.
    """

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

        if on is None:
            RECORDED.append(RecordedCommand(guarded, args, kwargs))
        else:
            on.command(*args, **kwargs)(guarded)
        return function

    return decorate


def group(name: str, **kwargs: Any) -> typer.Typer:
    """Declare a group of commands of the app (``armscontrol NAME SUBCOMMAND``): its own Typer application.

    The group's commands are declared with ``@command(..., on=GROUP)``; the group is recorded (:data:`RECORDED`) and
    added by the app when it loads the group's module.

    Parameters
    ----------
    name : str
        The group's word on the command line.
    **kwargs
        Typer's: the group's help and the like.

    Returns
    -------
    typer.Typer
        The group's own application, for its commands' ``on``.
    """
    declared = typer.Typer(**kwargs)
    RECORDED.append(RecordedGroup(name, declared))
    return declared
