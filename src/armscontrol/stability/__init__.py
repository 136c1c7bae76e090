"""Strategic stability models: engagement, exchange, metrics and the frontier.

Pure functions over aggregate forces and user-supplied probabilities; see
docs/stability.md for the equations and their references. Many variants at
once: :func:`armscontrol.stability.batch.evaluate`. The code before the fast
path is kept in :mod:`armscontrol.stability.reference` for tests and benchmarks.
"""

from armscontrol.stability.engagement import DefenceLayer, Engagement, engage, engage_layers, pass_through_layer, pass_through_layers, transition_matrix
from armscontrol.stability.exchange import Exchange, ExchangeCache, first_strike
from armscontrol.stability.forces import Attack, ForceElement, Posture, Side
from armscontrol.stability.frontier import FrontierPoint, exchange_ratio, frontier
from armscontrol.stability.metrics import cost, damage, expected_damage, first_strike_stability

__all__ = [
    "Attack", "DefenceLayer", "Engagement", "Exchange", "ExchangeCache", "ForceElement", "FrontierPoint", "Posture", "Side",
    "cost", "damage", "engage", "engage_layers", "exchange_ratio", "expected_damage", "first_strike",
    "first_strike_stability", "frontier", "pass_through_layer", "pass_through_layers", "transition_matrix",
]
