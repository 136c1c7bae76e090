"""Running the command line as a user types it, in process."""

from __future__ import annotations

from typer.testing import CliRunner

import armscontrol.cli  # noqa: F401  (registers the commands)
from armscontrol.cli.app import app

runner = CliRunner()


def run(*args: str):
    """``armscontrol ARGS...``; the result has ``exit_code``, ``stdout`` and ``stderr``."""
    return runner.invoke(app, list(args))
