"""Answers over many runs of a scenario: uncertainty, sensitivity and grids (run on Dask by :mod:`armscontrol.sweep`)."""

from __future__ import annotations

from typing import Any

from armscontrol.sweep.models import SensitivityResult, SweepResult, UncertaintyResult

__all__ = ["UncertaintyResult", "SensitivityResult", "SweepResult", "uncertainty", "sensitivity", "sweep", "sensitivity_runs", "sweep_points"]


def uncertainty(scenario, **options: Any) -> UncertaintyResult:
    """The distribution of every output over the scenario's uncertain inputs (see :func:`armscontrol.sweep.analyses.uncertainty`)."""
    from armscontrol.sweep.analyses import uncertainty as run

    return run(scenario, **options)


def sensitivity(scenario, **options: Any) -> SensitivityResult:
    """Sobol indices or Morris screening of each uncertain input on each output (see :func:`armscontrol.sweep.analyses.sensitivity`)."""
    from armscontrol.sweep.analyses import sensitivity as run

    return run(scenario, **options)


def sensitivity_runs(method: str, k: int, samples: int) -> int:
    """How many scenario evaluations a sensitivity analysis takes."""
    from armscontrol.sweep.analyses import sensitivity_runs as runs

    return runs(method, k, samples)


def sweep_points(scenario, grids: list[str]) -> int:
    """How many points the grids ``PATH=START:STOP:STEP`` make (checks them: a bad grid raises a clean error)."""
    from armscontrol.sweep.design import parse_grids

    points = 1
    for axis in parse_grids(scenario, grids):
        points *= len(axis.values)
    return points


def sweep(scenario, grids: list[str], **options: Any) -> SweepResult:
    """Every combination of the grids ``PATH=START:STOP:STEP`` (see :func:`armscontrol.sweep.analyses.sweep`)."""
    from armscontrol.sweep.analyses import sweep as run
    from armscontrol.sweep.design import parse_grids

    return run(scenario, parse_grids(scenario, grids), **options)
