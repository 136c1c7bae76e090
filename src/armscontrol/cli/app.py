"""The Typer application: its commands, loaded by need, its options and its entry point.

The top module of the command line. The command modules below it declare their
commands with :func:`armscontrol.cli.base.command`; :class:`CommandsByNeed`
imports a command's module when that command runs and adds what the module
declared. The shared options, output and error conventions are in
:mod:`armscontrol.cli.base`.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from armscontrol import __version__
from armscontrol.cli.base import RecordedGroup, console, take_recorded
from armscontrol.cli.startup import QUICK_EXIT, command_name

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
"""Each command and the module of :mod:`armscontrol.cli` that declares it, in the order the help lists them."""


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
        for recorded in take_recorded():  # what the command modules loaded since the last call declared
            if isinstance(recorded, RecordedGroup):
                app.add_typer(recorded.commands, name=recorded.name)
            else:
                app.command(*recorded.args, **recorded.kwargs)(recorded.callback)
        built = typer.main.get_group(app)
        for name, command_ in built.commands.items():
            self.commands.setdefault(name, command_)


def _load_all_commands() -> None:
    # on first use: keeps `engage` quick (this loads every command's module)
    import armscontrol.cli.commands  # noqa: F401


app = typer.Typer(
    cls=CommandsByNeed,
    name="armscontrol",
    help="An open, executable model of the nuclear arms-control system: instruments, forces, compliance and strategic "
    "stability.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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
