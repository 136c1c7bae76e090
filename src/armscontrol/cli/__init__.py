"""The command line: ``armscontrol COMMAND``; every command has ``--json``.

Each command's module is imported when that command runs
(:class:`armscontrol.cli.app.CommandsByNeed`); ``armscontrol --help`` loads them all.
"""

from armscontrol.cli.app import app, main

__all__ = ["app", "main"]
