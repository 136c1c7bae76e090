"""Benchmark: arriving counts in blocks against each count alone, in one process.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_blocks.py [--n 16] [--repeat 2]

CPU time (``time.process_time``) of two workloads, each run with the compiled
kernels' blocks (``ckernels.BLOCK`` counts within 15 of each other sharing one
pass over the undiscriminated decoys; docs/stability.md, "Counts in blocks") and,
as the reference, with every count alone (``BLOCK = 1``, the per-count form
that came before and that the numba kernels keep):

- the founding example's batch with its defence size varying (200 sizes drawn
  from 0 to 1,000 interceptors), in variants per second per core;
- a Sobol design (N base rows, 10 uncertain inputs: N·12 runs) of the founding
  example at 1,000 interceptors (``benchmarks/bench_engaged.py``), run in whole
  design blocks with one worker's cache, in variants per second per core.

Prints each rate, the ratio blocks / alone (below 1 is faster) and the largest
relative difference between the two runs' outputs (the blocks agree with each count
alone within the rounding, tests/stability/test_count_blocks.py). The machine's
load moves absolute rates; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np
from bench_engaged import design, run

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability import ckernels
from armscontrol.stability.batch import evaluate

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "examples" / "russia-1500-vs-nmd.yaml"
FIELDS = ("victim_surviving_warheads", "retaliation_arriving", "reserve_arriving", "combined")


def defence_sizes() -> list:
    spec = load_scenario(FOUNDING)
    _, _, attack, posture = build(spec)
    sizes = np.random.default_rng(1).integers(0, 1001, 200)
    return [(*sweep_sides(spec, int(n)), attack, posture, spec.criteria) for n in sizes]


def timed(block: int, work, repeat: int):
    """The best CPU time of ``work()`` over ``repeat`` runs with blocks of at most ``block`` counts, and its output."""
    saved, ckernels.BLOCK = ckernels.BLOCK, block
    try:
        best, out = float("inf"), None
        for _ in range(repeat):
            start = time.process_time()
            out = work()
            best = min(best, time.process_time() - start)
        return best, out
    finally:
        ckernels.BLOCK = saved


def _values(result, name: str) -> np.ndarray:
    return np.asarray(getattr(result, name), float)


def largest_difference(a, b) -> float:
    """The largest difference between two runs' outputs, relative to the value (or absolute below 1)."""
    results_a = a if isinstance(a, list) else [a]
    results_b = b if isinstance(b, list) else [b]
    return max(
        float(np.nanmax(np.abs(_values(x, name) - _values(y, name)) / np.maximum(np.abs(_values(y, name)), 1.0)))
        for x, y in zip(results_a, results_b, strict=True)
        for name in FIELDS
    )


def main(n: int, repeat: int) -> None:
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; blocks of {ckernels.BLOCK} against 1")
    variants = defence_sizes()
    evaluate(variants[:4])  # the kernels' first load
    model, values, block = design(n)
    workloads = {
        "defence size varying, 200 variants": (len(variants), lambda: evaluate(variants)),
        f"Sobol design, N = {n}, 10 inputs, {len(values)} runs": (
            len(values),
            lambda: run(model, values, block, True)[0],
        ),
    }
    for label, (count, work) in workloads.items():
        t_blocks, out_blocks = timed(ckernels.BLOCK, work, repeat)
        t_alone, out_alone = timed(1, work, repeat)
        print(
            f"{label}: blocks {count / t_blocks:6.1f} variants/s/core, alone {count / t_alone:6.1f}; "
            f"ratio {t_blocks / t_alone:.3f}; largest relative difference {largest_difference(out_blocks, out_alone):.1e}"
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=16, help="base rows of the Sobol design (default 16: 192 runs)")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    main(args.n, args.repeat)
