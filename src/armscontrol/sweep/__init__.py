"""Uncertainty, sensitivity and grid sweeps of a scenario, run in chunks on Dask.

- :mod:`~armscontrol.sweep.evaluate`: the one function that evaluates many
  scenario variants (the model's outputs for each).
- :mod:`~armscontrol.sweep.design`: the inputs that vary (distributions, grids,
  force scales) and the scenario variant for each row of values.
- :mod:`~armscontrol.sweep.runner`: chunks, a seed per chunk, Dask, and results
  streamed to Parquet and resumed.
- :mod:`~armscontrol.sweep.analyses`: ``uncertainty``, ``sensitivity`` (SALib)
  and ``sweep``, each returning a result model of :mod:`~armscontrol.sweep.models`.

Limits (bounded work) are defined in :mod:`armscontrol.limits` and named here:
:data:`MAX_SAMPLES`, :data:`MAX_EVALUATIONS`, :data:`MAX_GRID_POINTS` and :data:`MAX_ROWS_IN_MEMORY`.
"""

from armscontrol.limits import (
    MAX_EVALUATIONS,
    MAX_GRID_AXES,
    MAX_GRID_POINTS,
    MAX_ROWS_IN_MEMORY,
    MAX_SAMPLES,
    MAX_SCALE,
)

UNCERTAINTY_SAMPLES_DEFAULT = 256
"""Samples of ``uncertainty`` where none are asked for (the command line, the Python function and a job alike)."""
SENSITIVITY_SAMPLES_DEFAULT = 64
"""Base samples (Sobol) or trajectories (Morris) of ``sensitivity`` where none are asked for."""

__all__ = [
    "SENSITIVITY_SAMPLES_DEFAULT",
    "UNCERTAINTY_SAMPLES_DEFAULT",
    "MAX_EVALUATIONS",
    "MAX_GRID_AXES",
    "MAX_GRID_POINTS",
    "MAX_ROWS_IN_MEMORY",
    "MAX_SAMPLES",
    "MAX_SCALE",
]
