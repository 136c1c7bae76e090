"""The command line: ``armscontrol COMMAND``; every command has ``--json``.

Each command's module is imported when that command runs
(:class:`armscontrol.cli.app.CommandsByNeed`); ``armscontrol --help`` loads them all.
Importing this package loads nothing else: :func:`main` makes the start-up
settings (:mod:`armscontrol.cli.startup`) before Typer, Rich or a model is loaded.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from armscontrol.cli.app import app


def main() -> None:
    """Entry point of the ``armscontrol`` command: the start-up settings, then :func:`armscontrol.cli.app.main`."""
    # on first use: keeps `engage` quick (the start-up settings come before Typer and NumPy load)
    from armscontrol.cli.startup import prepare

    prepare(sys.argv[1:])
    # on first use: keeps `engage` quick (the start-up settings come before Typer and NumPy load)
    from armscontrol.cli.app import main as run

    run()


def __getattr__(name: str) -> Any:
    if name == "app":
        # on first use: keeps `engage` quick (importing the package loads nothing before main)
        from armscontrol.cli.app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _CliPackage(types.ModuleType):
    """The package, where ``app`` stays the Typer application once its module :mod:`armscontrol.cli.app` is loaded.

    Importing a submodule binds it on its package; the package's ``app`` means the application.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "app" and isinstance(value, types.ModuleType):
            value = value.app
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _CliPackage

__all__ = ["app", "main"]
