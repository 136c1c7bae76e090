"""Uncertainty, sensitivity and grid sweeps of a scenario, run in chunks on Dask.

- :mod:`~armscontrol.sweep.evaluate`: the one function that evaluates many
  scenario variants (the model's outputs for each).
- :mod:`~armscontrol.sweep.design`: the inputs that vary (distributions, grids,
  force scales) and the scenario variant for each row of values.
- :mod:`~armscontrol.sweep.runner`: chunks, a seed per chunk, Dask, and results
  streamed to Parquet and resumed.
- :mod:`~armscontrol.sweep.analyses`: ``uncertainty``, ``sensitivity`` (SALib)
  and ``sweep``, each returning a result model of :mod:`~armscontrol.sweep.models`.

Limits (bounded work): see :data:`MAX_SAMPLES`, :data:`MAX_EVALUATIONS`,
:data:`MAX_GRID_POINTS` and :data:`MAX_ROWS_IN_MEMORY`.
"""

MAX_SAMPLES = 1_000_000
"""The most samples of ``uncertainty`` (every sample's outputs are kept for the quantiles)."""

MAX_EVALUATIONS = 200_000
"""The most model runs of ``sensitivity`` (Sobol: N·(k + 2); Morris: N·(k + 1)), its design held in memory."""

MAX_GRID_POINTS = 10_000_000
"""The most points of ``sweep`` written to a file (``--out``)."""

MAX_ROWS_IN_MEMORY = 100_000
"""The most points of ``sweep`` without ``--out`` (they are kept in memory and printed)."""

MAX_GRID_AXES = 8
"""The most ``--grid`` options of one sweep."""

MAX_SCALE = 10.0
"""The largest force scale a grid may ask for (``scale``, ``scale.SIDE``)."""
