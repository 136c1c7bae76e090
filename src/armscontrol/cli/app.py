"""The Typer application, its error handling and its output conventions.

Every command takes ``--json``: a table for people, JSON for programs. A
:class:`~armscontrol.errors.UserError` ends the command with ``error: ...`` on
standard error and exit code 2; it never ends in a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import functools
from collections.abc import Callable, Sequence
from typing import Any, NoReturn, TypeVar

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table
from rich.text import Text

from armscontrol.errors import UserError

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="armscontrol",
    help="An open, executable model of the nuclear arms-control system: instruments, forces, compliance and strategic stability.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Piped output is read by people in wide terminals and by tests: do not fold it at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 200)
error_console = Console(stderr=True)

JsonOption = typer.Option(False, "--json", help="Print JSON for programs instead of tables.")


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: Any) -> None:
    """Print ``data`` as JSON (dates as ISO strings) on standard output."""
    sys.stdout.write(json.dumps(data, default=_default, indent=2, ensure_ascii=False) + "\n")


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, caption: str | None = None) -> Table:
    """A rich table with the project's look; ``None`` shows as an en dash."""
    out = Table(title=title, caption=caption, title_justify="left", caption_justify="left")
    for column in columns:
        out.add_column(column, overflow="fold")
    for row in rows:
        out.add_row(*("–" if cell is None else str(cell) for cell in row))
    return out


def progress(description: str, total: int):
    """A progress bar on standard error for a long computation; gone when it ends."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=error_console, transient=True)
    bar.start()
    task = bar.add_task(description, total=total)
    return bar, task


def parse_date(text: str | None, *, what: str = "--on") -> dt.date:
    """A date from ISO text (YYYY-MM-DD, or YYYY for 1 January), default today."""
    if text is None or text.lower() == "today":
        return dt.date.today()
    try:
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 1, 1)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{what}: '{text}' is not a date; expected YYYY-MM-DD, for example 2002-06-13") from None


def fail(message: str) -> NoReturn:
    """End the command with a one-line error on standard error and exit code 2."""
    # The message quotes what the user typed: print it as plain text, never as markup or emoji codes.
    error_console.print(Text.assemble(("error:", "bold red"), " ", message), highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """Register a command on the app; a :class:`UserError` in it becomes a clean error."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def guarded(*a: Any, **k: Any) -> Any:
            try:
                return function(*a, **k)
            except UserError as exc:
                fail(str(exc))

        app.command(*args, **kwargs)(guarded)
        return function

    return decorate


def main() -> None:
    """Entry point of the ``armscontrol`` command."""
    app()
