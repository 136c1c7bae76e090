"""The stability models as they were before the fast path, kept as the reference.

The fast modules (:mod:`armscontrol.stability.engagement`, ``exchange``,
``frontier``, ``batch``) are tested against these functions to 1e-12 on every
shipped example and on generated small scenarios, and the benchmarks in
``benchmarks/`` time them side by side. Nothing outside tests and benchmarks
should call this package: it is slow (seconds to minutes per scenario).
"""

from armscontrol.stability.reference.engagement import (
    engage,
    engage_layers,
    pass_through_layer,
    pass_through_layers,
    transition_matrix,
)
from armscontrol.stability.reference.exchange import first_strike
from armscontrol.stability.reference.frontier import frontier

__all__ = [
    "engage",
    "engage_layers",
    "first_strike",
    "frontier",
    "pass_through_layer",
    "pass_through_layers",
    "transition_matrix",
]
