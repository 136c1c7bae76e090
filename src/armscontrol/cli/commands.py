"""Imports every command module so that each registers its commands on the app."""

from armscontrol.cli import brief, forces, instruments  # noqa: F401
from armscontrol.cli import linkages  # noqa: F401
from armscontrol.cli import stability  # noqa: F401
from armscontrol.cli import report  # noqa: F401
from armscontrol.cli import scenarios, serve  # noqa: F401
from armscontrol.cli import matrix  # noqa: F401
from armscontrol.cli import sweep  # noqa: F401
from armscontrol.cli import read  # noqa: F401
