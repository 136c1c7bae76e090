"""Shipped data and the one schema layer that reads it."""

from armscontrol.data.loader import Registry, load_registry, registry

__all__ = ["Registry", "load_registry", "registry"]
