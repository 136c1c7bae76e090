"""Strategic stability models: engagement, exchange, metrics and the frontier.

Pure functions over aggregate forces and user-supplied probabilities; see
docs/stability.md for the equations and their references. Many variants at
once: :func:`armscontrol.stability.batch.evaluate`. The code before the fast
path is kept in :mod:`armscontrol.stability.reference` for tests and benchmarks.

Each name below is imported from its module on first use, so that one
engagement does not load the exchange, the frontier and the batch.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from armscontrol.stability.engagement import (
        DefenceLayer,
        Engagement,
        engage,
        engage_layers,
        pass_through_layer,
        pass_through_layers,
        transition_matrix,
    )
    from armscontrol.stability.exchange import Exchange, ExchangeCache, first_strike
    from armscontrol.stability.forces import Attack, ForceElement, Posture, Side
    from armscontrol.stability.frontier import FrontierPoint, exchange_ratio, frontier
    from armscontrol.stability.metrics import (
        cost,
        damage,
        expected_damage,
        first_strike_stability,
    )

_MODULE_OF = {
    "DefenceLayer": "engagement",
    "Engagement": "engagement",
    "engage": "engagement",
    "engage_layers": "engagement",
    "pass_through_layer": "engagement",
    "pass_through_layers": "engagement",
    "transition_matrix": "engagement",
    "Exchange": "exchange",
    "ExchangeCache": "exchange",
    "first_strike": "exchange",
    "Attack": "forces",
    "ForceElement": "forces",
    "Posture": "forces",
    "Side": "forces",
    "FrontierPoint": "frontier",
    "exchange_ratio": "frontier",
    "frontier": "frontier",
    "cost": "metrics",
    "damage": "metrics",
    "expected_damage": "metrics",
    "first_strike_stability": "metrics",
}

__all__ = [
    "Attack",
    "DefenceLayer",
    "Engagement",
    "Exchange",
    "ExchangeCache",
    "ForceElement",
    "FrontierPoint",
    "Posture",
    "Side",
    "cost",
    "damage",
    "engage",
    "engage_layers",
    "exchange_ratio",
    "expected_damage",
    "first_strike",
    "first_strike_stability",
    "frontier",
    "pass_through_layer",
    "pass_through_layers",
    "transition_matrix",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'armscontrol.stability' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"armscontrol.stability.{module}"), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    """This package, whose attribute ``frontier`` stays the function when its module of that name loads.

    Importing a submodule sets the package's attribute of its name to the
    submodule; ``armscontrol.stability.frontier`` has always been the function
    (as when every name here was imported eagerly).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "frontier" and isinstance(value, types.ModuleType):
            value = value.frontier
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
