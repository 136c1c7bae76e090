"""The calculator's sensitivity tornado: Sobol indices of a scenario's uncertain inputs, small enough to answer at once.

Up to :data:`TORNADO_INPUTS` inputs and :data:`TORNADO_RUNS` model runs the
indices are computed in this process on threads (no Dask cluster): the same
design, runs and estimators as :func:`armscontrol.answers.sweeps.sensitivity`,
so the figures equal the command line's for the same seed and N. Above that
bound, :func:`tornado_plan` says so and the page offers a background job.
"""

from __future__ import annotations

import copy
import re
from typing import Any, NamedTuple

from armscontrol.answers.sweeps import sensitivity, uncertain_paths
from armscontrol.errors import UserError
from armscontrol.scenario import parse_scenario
from armscontrol.sweep.models import SensitivityResult, TornadoAnswer
from armscontrol.sweep.runner import InProcess

__all__ = [
    "TORNADO_INPUTS",
    "TORNADO_RUNS",
    "TornadoPlan",
    "tornado_scenario",
    "tornado_plan",
    "tornado_sensitivity",
    "tornado",
]

TORNADO_INPUTS = 10
"""The most uncertain inputs the calculator's tornado takes."""

TORNADO_RUNS = 96
"""The most model runs N·(k + 2) computed while the page waits; above, a background job.

A Sobol design varies every input at once, so runs share little: 24–38 runs per second were measured here
with 2 threads on 2 shared cores (``benchmarks/bench_tornado.py``), so 96 runs answer in about 4 s, under 5 s.
"""

TORNADO_MIN_SAMPLES = 8
"""The smallest N offered (a power of two)."""

_ITEM = re.compile(r"^sides\.([^.\[\]]+)\.(forces|defence)\[([^\]]+)\]\.(.+)$")


def _canonical(scenario: dict[str, Any], path: str) -> str:
    """``path`` with a force or defence layer named by its position (``defence[midcourse]`` → ``defence[0]``)."""
    found = _ITEM.match(path)
    if not found or found.group(3).isdigit():
        return path
    side, kind, name, rest = found.groups()
    items = ((scenario.get("sides") or {}).get(side) or {}).get(kind) or []
    for i, item in enumerate(items):
        if isinstance(item, dict) and item.get("name") == name:
            return f"sides.{side}.{kind}[{i}].{rest}"
    return path


def tornado_scenario(scenario: dict[str, Any], vary: dict[str, tuple[float, float]] | None = None) -> dict[str, Any]:
    """The mapping whose ``uncertain`` block the tornado varies: its own, each ``vary`` path uniform on its range.

    Parameters
    ----------
    scenario : dict
        A scenario mapping (its ``sweep`` is dropped).
    vary : dict, optional
        ``{path: (low, high)}``: probabilities of :func:`armscontrol.answers.sweeps.uncertain_paths` drawn
        uniformly from [low, high]; one the scenario already holds as uncertain replaces its distribution.
    """

    mapping = copy.deepcopy(scenario)
    mapping.pop("sweep", None)
    uncertain = dict(mapping.get("uncertain") or {})
    allowed = dict(uncertain_paths(mapping))
    for path, (low, high) in (vary or {}).items():
        if path not in allowed:
            raise UserError(
                f"vary: '{path}' is not a probability of this scenario; choose one from the list", field="vary"
            )
        if not 0.0 <= low < high <= 1.0:
            raise UserError(f"vary: expected 0 ≤ low < high ≤ 1 for {path}, got {low:g} and {high:g}", field="vary")
        target = _canonical(mapping, path)
        for known in list(uncertain):
            if _canonical(mapping, known) == target:
                del uncertain[known]
        uncertain[path] = {"uniform": [low, high]}
    if not uncertain:
        raise UserError(
            "vary: the scenario has no uncertain input; add one from the list (a probability and its range)",
            field="vary",
        )
    mapping["uncertain"] = uncertain
    return mapping


class TornadoPlan(NamedTuple):
    """What a tornado will compute: k inputs, N base samples, N·(k + 2) runs, and whether the page computes it now."""

    inputs: int
    samples: int
    runs: int
    interactive: bool


def default_samples(k: int) -> int:
    """The largest power of two N ≥ :data:`TORNADO_MIN_SAMPLES` with N·(k + 2) ≤ :data:`TORNADO_RUNS`."""
    n = TORNADO_MIN_SAMPLES
    while 2 * n * (k + 2) <= TORNADO_RUNS:
        n *= 2
    return n


def tornado_plan(mapping: dict[str, Any], samples: int | None = None) -> TornadoPlan:
    """The plan of a tornado over the ``uncertain`` block of ``mapping`` (from :func:`tornado_scenario`).

    ``samples`` (N) defaults to :func:`default_samples`; it must be a power of two. The plan is
    interactive when k ≤ :data:`TORNADO_INPUTS` and N·(k + 2) ≤ :data:`TORNADO_RUNS`.
    """
    k = len(mapping.get("uncertain") or {})
    n = default_samples(k) if samples is None else samples
    if n < 2 or n & (n - 1):
        up = 1 << max(1, (max(n, 2) - 1).bit_length())
        raise UserError(
            f"samples: Sobol needs a power of two, got {n:,}; for example {up:,}", field="samples", suggestion=str(up)
        )
    runs = n * (k + 2)
    return TornadoPlan(k, n, runs, k <= TORNADO_INPUTS and runs <= TORNADO_RUNS)


def tornado_sensitivity(mapping: dict[str, Any], samples: int, seed: int = 0, workers: int = 2) -> SensitivityResult:
    """Sobol indices of every output over the scenario's uncertain inputs, on ``workers`` threads of this process.

    Refused above the interactive bound (:func:`tornado_plan`): that is a background job's work.
    """

    plan = tornado_plan(mapping, samples)
    if not plan.interactive:
        raise UserError(
            f"samples: {plan.samples:,} × {plan.inputs + 2} = {plan.runs:,} runs over {plan.inputs} inputs; "
            "the page computes "
            f"at most {TORNADO_RUNS:,} runs of at most {TORNADO_INPUTS} inputs: start a background job for more",
            field="samples",
            suggestion=str(default_samples(plan.inputs)),
        )
    spec = parse_scenario(mapping, "the calculator's scenario")
    return sensitivity(spec, method="sobol", samples=plan.samples, seed=seed, client=InProcess(workers=workers))


def tornado(result: SensitivityResult, output: str | None = None) -> TornadoAnswer:
    """The tornado of one output (default: the first) from a Sobol :class:`SensitivityResult`."""
    names = [o.output for o in result.outputs]
    chosen = output or names[0]
    if chosen not in names:
        raise UserError(
            f"output: '{chosen}' is not an output of this scenario; choose one from the list",
            field="output",
            suggestion=names[0],
        )
    found = result.outputs[names.index(chosen)]
    indices = sorted(found.indices, key=lambda s: -(s.total or 0.0))
    return TornadoAnswer(
        scenario=result.scenario,
        output=chosen,
        outputs=names,
        variance=found.variance,
        constant=found.constant,
        base_samples=result.base_samples,
        runs=result.evaluations,
        seed=result.seed,
        inputs=result.inputs,
        indices=indices,
        design=result.design,
        interactive_runs=TORNADO_RUNS,
    )
