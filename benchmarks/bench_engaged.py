"""Benchmark: engaged tables shared across kill probabilities, as a ratio to the same runs without them, in one process.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_engaged.py [--n 16] [--repeat 2]

CPU time (``time.process_time``) of a Sobol design (Saltelli, N base rows, k = 10
uncertain inputs: N·(k + 2) runs) of the founding example with its US defence
at 1,000 interceptors, run in whole design blocks as a sweep's worker runs them,
each run a new scenario:

- with the exchange cache's engaged tables (:mod:`armscontrol.stability.engaged`,
  the default): passes that differ only in a defence's sspk share the engaged
  table and run only the kill step;
- the reference: the same runs with ``ExchangeCache(engaged=False)``.

The outputs of both are compared bit for bit. Below 1 is faster. The variants
per second per core printed are this design's (every input varying).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import yaml

from armscontrol.scenario import parse_scenario, variant
from armscontrol.stability.batch import evaluate
from armscontrol.stability.exchange import ExchangeCache

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "examples" / "russia-1500-vs-nmd.yaml"
UNCERTAIN = {
    "attack.sspk.silo": {"triangular": [0.5, 0.7, 0.8]},
    "attack.sspk.soft": {"uniform": [0.85, 0.99]},
    "sides.USA.defence[midcourse].sspk": {"beta": [7, 3]},
    "sides.USA.defence[midcourse].tracking": {"uniform": [0.85, 1.0]},
    "sides.USA.defence[midcourse].discrimination": {"uniform": [0.2, 0.8]},
    "sides.USA.defence[midcourse].reliability": {"uniform": [0.8, 0.98]},
    "sides.RUS.forces[0].reliability": {"uniform": [0.7, 0.9]},
    "sides.RUS.forces[1].survivable.generated": {"normal": [0.8, 0.1], "clip": [0.5, 0.95]},
    "sides.USA.forces[2].survivable.generated": {"uniform": [0.8, 0.95]},
    "sides.RUS.decoys_per_warhead": {"choice": [0, 1, 2, 4]},
}
"""Ten uncertain inputs of the founding example (the analyst's assumptions; ranges for the benchmark only)."""


def design(n: int) -> tuple[object, np.ndarray, int]:
    """The variants of a Sobol design of the founding example at 1,000 interceptors, and its block size."""
    from armscontrol.sweep.analyses import _scenario_inputs, _to_values, sensitivity_design
    from armscontrol.sweep.design import Input, ScenarioModel

    mapping = yaml.safe_load(FOUNDING.read_text())
    mapping.pop("sweep", None)
    mapping["sides"]["USA"]["defence"][0]["interceptors"] = 1000
    spec = parse_scenario({**mapping, "uncertain": UNCERTAIN}, "benchmark")
    distributions, integer = _scenario_inputs(spec)
    unit, _ = sensitivity_design("sobol", len(distributions), n, 0)
    values = _to_values([distributions[p] for p in distributions], integer, unit)
    model = ScenarioModel(spec, [Input(p, w) for p, w in zip(distributions, integer, strict=True)])
    return model, values, len(distributions) + 2


def run(model, values, block: int, engaged: bool):
    """Every block of the design through one batch evaluation each, with one worker's cache."""
    cache = ExchangeCache(maxsize=4096, engaged=engaged)
    results = []
    for start in range(0, len(values), block):
        results.append(evaluate([variant(spec) for spec in model.variants(values[start : start + block])], cache=cache))
    return results, cache


def main(n: int, repeat: int) -> None:
    model, values, block = design(n)
    print(f"Sobol design, N = {n}, k = {block - 2}: {len(values)} runs of the founding example at 1,000 interceptors")
    run(model, values[:block], block, True)  # imports, compiled kernels, log-factorial tables
    best = {True: float("inf"), False: float("inf")}
    out = {}
    for _ in range(repeat):
        for engaged in (False, True):
            start = time.process_time()
            out[engaged] = run(model, values, block, engaged)
            best[engaged] = min(best[engaged], time.process_time() - start)
    same = all(
        np.array_equal(getattr(a, name), getattr(b, name), equal_nan=True)
        for a, b in zip(out[True][0], out[False][0], strict=True)
        for name in (
            "victim_surviving_warheads",
            "victim_surviving_p5",
            "retaliation_arriving",
            "retaliation_arriving_p5",
            "reserve_arriving",
            "neglected_mass",
            "first_strike_stability",
            "combined",
        )
    )
    tables = out[True][1].engaged
    print(
        f"  engaged tables shared: {best[True]:7.2f} s  {len(values) / best[True]:6.1f} variants/s/core "
        f"({tables.hits} passes from the store, {tables.misses} computed)"
    )
    print(f"  reference, not shared: {best[False]:7.2f} s  {len(values) / best[False]:6.1f} variants/s/core")
    print(f"  ratio {best[True] / best[False]:.3f}; outputs bit-identical: {same}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=16, help="base rows of the Sobol design (default 16: 192 runs)")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    main(args.n, args.repeat)
