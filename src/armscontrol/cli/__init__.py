"""The command line: ``armscontrol COMMAND``; every command has ``--json``."""

from armscontrol.cli.app import app, main
from armscontrol.cli import commands  # noqa: E402,F401  (registers the commands)

__all__ = ["app", "main"]
