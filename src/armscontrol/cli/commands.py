"""Imports every command module so that each registers its commands on the app."""

from armscontrol.cli import instruments  # noqa: F401
