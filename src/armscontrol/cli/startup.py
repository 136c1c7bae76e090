"""How the ``armscontrol`` process starts: what it sets before it loads any library, for a one-shot command.

A one-shot command (:data:`QUICK_EXIT`) computes one answer, prints it and
leaves; most of its time is spent starting: importing NumPy, pydantic, Typer
and Rich. Before anything is imported, :func:`prepare` makes three settings
for such a command (``docs/stability.md``, "Fourth pass"):

* ``OPENBLAS_NUM_THREADS=1``: OpenBLAS otherwise starts a thread per core when
  NumPy is imported, and the threads spin; no one-shot command does linear
  algebra worth a thread (dot products of vectors; the output of ``engage``,
  ``stability`` and ``frontier`` is the same byte for byte).
* ``PYDANTIC_DISABLE_PLUGINS=__all__``: pydantic otherwise reads the entry
  points of every installed distribution, looking for plugins, when the first
  model is built; the command line uses none.
* the cyclic garbage collector is off: the start-up creates hundreds of
  thousands of objects that live until the process ends, and the collector
  would walk them again and again. A command's own garbage is freed by
  reference counting, and the few cycles it leaves go with the process (peak
  memory 1-3 % higher: ``frontier`` 171 MB instead of 166, ``matrix`` 141
  instead of 140).

A variable the user has set is left as it is. The commands that serve, sweep
on a cluster or write reports run as before: their workers inherit nothing of
this.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence

QUICK_EXIT = frozenset(
    {
        "brief",
        "check",
        "forces",
        "timeline",
        "reductions",
        "instruments",
        "show",
        "status",
        "why",
        "glossary",
        "links",
        "cascade",
        "history",
        "engage",
        "stability",
        "frontier",
        "matrix",
        "read",
    }
)
"""Commands that hold no store, server, cluster or open output file when they return: the process can leave at once
instead of tearing down the modules it loaded, and starts with the settings of :func:`prepare`."""

ENVIRONMENT = {"OPENBLAS_NUM_THREADS": "1", "PYDANTIC_DISABLE_PLUGINS": "__all__"}
"""Variables a one-shot command sets where the user has not set them, before NumPy or pydantic is imported."""


def command_name(arguments: Sequence[str]) -> str | None:
    """The command named on the command line (its first word that is not an option), or ``None``."""
    return next((word for word in arguments if not word.startswith("-")), None)


def prepare(arguments: Sequence[str]) -> None:
    """Make the start-up settings of a one-shot command (nothing for another command).

    Parameters
    ----------
    arguments : sequence of str
        The command line after the program's name (``sys.argv[1:]``).
    """
    if command_name(arguments) not in QUICK_EXIT:
        return
    for name, value in ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    gc.disable()
