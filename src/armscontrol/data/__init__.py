"""Shipped data and the one schema layer that reads it.

The registry is imported on first use (``from armscontrol.data import registry``
still works): a module that only cites a source (:mod:`armscontrol.data.citation`)
does not load the schema of every data file, YAML and the party tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from armscontrol.data.loader import Registry, load_registry, registry

__all__ = ["Registry", "load_registry", "registry"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        # on first use: keeps `engage` quick (the registry's loader reads YAML and builds the schema)
        from armscontrol.data import loader

        return getattr(loader, name)
    raise AttributeError(f"module 'armscontrol.data' has no attribute {name!r}")
