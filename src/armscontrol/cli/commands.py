"""Imports every command module, so that each declares its commands (:func:`armscontrol.cli.base.command`).

Loaded by the app (:mod:`armscontrol.cli.app`) for the help, or to suggest the
nearest command to a mistyped one; a command that runs loads only its own module.
"""

# each import declares its module's commands: nothing is used by name
from armscontrol.cli import (  # noqa: F401
    brief,
    forces,
    instruments,
    linkages,
    matrix,
    read,
    report,
    scenarios,
    serve,
    stability,
    sweep,
)
