"""Imports every command module so that each registers its commands on the app."""

from armscontrol.cli import (  # noqa: F401  # noqa: F401
    brief,
    forces,
    instruments,
    linkages,  # noqa: F401
    matrix,  # noqa: F401
    read,  # noqa: F401
    report,  # noqa: F401
    scenarios,
    serve,
    stability,  # noqa: F401
    sweep,  # noqa: F401
)
