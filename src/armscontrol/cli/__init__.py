"""The command line."""
from armscontrol.cli.app import app, main

__all__ = ["app", "main"]
