"""Shared helpers of the exact distributions: truncation levels, log-factorials, percentiles.

The only numerical shortcut of the stability models is support truncation:
pmf rows are enumerated out to where a term times the weight of its row falls
below :data:`NEGLIGIBLE`, and the mass left out is bounded and reported as
``neglected_mass`` with every result (see :mod:`armscontrol.stability.kernels`).
"""

from __future__ import annotations

import math

import numpy as np

TAIL = 1e-15
"""Tail mass the reference implementation leaves out on each side of a binomial or hypergeometric support."""

NEGLIGIBLE = 1e-21
"""Terms whose probability (times the weight of their row) is below this are not enumerated."""

_LOG_FACTORIAL = np.zeros(1)


def log_factorials(upto: int) -> np.ndarray:
    """log k! for k = 0..upto (at least), computed once and grown as needed.

    Safe from several threads: each call returns a table it checked is long
    enough (another thread may swap in a shorter one meanwhile).
    """
    global _LOG_FACTORIAL
    table = _LOG_FACTORIAL
    if table.size <= upto:
        size = max(upto + 1, 2 * table.size)
        table = np.array([math.lgamma(k + 1.0) for k in range(size)])
        if table.size > _LOG_FACTORIAL.size:
            _LOG_FACTORIAL = table
    return table


def percentile(pmf: np.ndarray, q: float) -> int:
    """Smallest value x with P(X ≤ x) ≥ q (the lower q-quantile of a pmf on 0, 1, 2, ...)."""
    cdf = np.cumsum(pmf)
    # A relative slack keeps round-off in the cdf from moving a quantile that sits on an atom.
    index = int(np.searchsorted(cdf, q * cdf[-1] * (1 - 1e-12), side="left"))
    return min(index, len(pmf) - 1)
