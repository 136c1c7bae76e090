"""Answers over many runs of a scenario: uncertainty, sensitivity and grids (run on Dask by
:mod:`armscontrol.sweep`)."""

from __future__ import annotations

import copy
from typing import Any

from armscontrol.errors import UserError
from armscontrol.scenario import parse_scenario
from armscontrol.sweep.design import parse_grids
from armscontrol.sweep.models import SensitivityResult, SweepResult, TornadoAnswer, UncertaintyResult

__all__ = [
    "one_input_uncertainty",
    "uncertain_paths",
    "UNCERTAINTY_SAMPLES",
    "UncertaintyResult",
    "SensitivityResult",
    "SweepResult",
    "TornadoAnswer",
    "uncertainty",
    "sensitivity",
    "sweep",
    "sensitivity_runs",
    "sweep_points",
]


def uncertainty(scenario, **options: Any) -> UncertaintyResult:
    """The distribution of every output over the scenario's uncertain inputs (see
    :func:`armscontrol.sweep.analyses.uncertainty`)."""
    from armscontrol.sweep.analyses import uncertainty as run  # on first use: heavy (Dask)

    return run(scenario, **options)


def sensitivity(scenario, **options: Any) -> SensitivityResult:
    """Sobol indices or Morris screening of each uncertain input on each output (see
    :func:`armscontrol.sweep.analyses.sensitivity`)."""
    from armscontrol.sweep.analyses import sensitivity as run  # on first use: heavy (Dask)

    return run(scenario, **options)


def sensitivity_runs(method: str, k: int, samples: int) -> int:
    """How many scenario evaluations a sensitivity analysis takes."""
    from armscontrol.sweep.analyses import sensitivity_runs as runs  # on first use: heavy (Dask)

    return runs(method, k, samples)


def sweep_points(scenario, grids: list[str]) -> int:
    """How many points the grids ``PATH=START:STOP:STEP`` make (checks them: a bad grid raises a clean error)."""

    points = 1
    for axis in parse_grids(scenario, grids):
        points *= len(axis.values)
    return points


def sweep(scenario, grids: list[str], **options: Any) -> SweepResult:
    """Every combination of the grids ``PATH=START:STOP:STEP`` (see :func:`armscontrol.sweep.analyses.sweep`)."""
    from armscontrol.sweep.analyses import sweep as run  # on first use: heavy (Dask)

    return run(scenario, parse_grids(scenario, grids), **options)


UNCERTAINTY_SAMPLES = 256
"""The most samples the dashboard's uncertainty view computes on request (the command line has no such cap)."""


def uncertain_paths(scenario: dict[str, Any]) -> list[tuple[str, str]]:
    """The probabilities of a scenario mapping a user may make uncertain: (path, label), attack first."""
    paths = [
        (f"attack.sspk.{k}", f"counterforce sspk against {k} targets")
        for k in (scenario.get("attack", {}).get("sspk") or {"silo": 0, "soft": 0})
    ]
    for side, spec in (scenario.get("sides") or {}).items():
        for i, force in enumerate(spec.get("forces") or []):
            paths.append((f"sides.{side}.forces[{i}].reliability", f"{side} {force.get('name', i)}: reliability"))
        for i, layer in enumerate(spec.get("defence") or []):
            for key in ("sspk", "tracking", "discrimination", "reliability"):
                paths.append((f"sides.{side}.defence[{i}].{key}", f"{side} {layer.get('name', i)} defence: {key}"))
    return paths


def one_input_uncertainty(
    scenario: dict[str, Any], path: str, low: float, high: float, samples: int, seed: int, **options: Any
) -> UncertaintyResult:
    """The uncertainty answer of a scenario mapping with one probability drawn uniformly from [low, high].

    Parameters
    ----------
    scenario : dict
        A scenario mapping (any ``uncertain:`` block or ``sweep:`` in it is replaced).
    path : str
        One of :func:`uncertain_paths` of the scenario.
    low, high : float
        The range, 0 ≤ low < high ≤ 1.
    samples : int
        8 to :data:`UNCERTAINTY_SAMPLES` Monte Carlo samples.
    seed : int
        The run's seed.
    """

    if path not in dict(uncertain_paths(scenario)):
        raise UserError(f"path: '{path}' is not a probability of this scenario; choose one from the list", field="path")
    if not 0.0 <= low < high <= 1.0:
        raise UserError(f"low, high: expected 0 ≤ low < high ≤ 1, got {low:g} and {high:g}", field="low")
    if not 8 <= samples <= UNCERTAINTY_SAMPLES:
        raise UserError(
            f"samples: expected 8 to {UNCERTAINTY_SAMPLES} here (the command line takes more), got {samples}",
            field="samples",
        )
    mapping = copy.deepcopy(scenario)
    mapping.pop("sweep", None)
    mapping["uncertain"] = {path: {"uniform": [low, high]}}
    return uncertainty(parse_scenario(mapping, "the calculator's scenario"), samples=samples, seed=seed, **options)
