"""Benchmark: sweeps on Dask, scenarios per second on 1 and 2 workers, against a plain loop in one process.

Run: .venv/bin/python benchmarks/bench_sweep.py [--points 64] [--repeat 2] [--no-founding]

Prints, for a grid sweep of a small scenario (tests/sweep/small.yaml, about
eighty warheads a side):

- the reference: the same scenarios evaluated in a plain loop in this process
  (no Dask), scenarios per second;
- a local Dask cluster of 1 and of 2 worker processes (started and warmed up
  before timing; the start-up is shown apart), scenarios per second, each as
  a ratio to the reference;
- the scaling efficiency, rate(2 workers) / (2 × rate(1 worker)) (goal ≥ 0.8);
- one evaluation of the founding example (examples/russia-1500-vs-nmd.yaml at
  its own interceptors), and the projected time for 10^6 such scenarios on this
  machine (2 workers) and with each added worker at the measured efficiency.

Every evaluation goes through armscontrol.sweep.evaluate.evaluate, which hands
each chunk to the batched stability evaluation (armscontrol.stability.batch).
The machine's cores may be shared: the load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import numpy as np

from armscontrol.scenario import FOUNDING_SCENARIO, load_scenario
from armscontrol.sweep.analyses import sweep
from armscontrol.sweep.design import ScenarioModel, grid_rows, parse_grids
from armscontrol.sweep.runner import dask_client

ROOT = Path(__file__).resolve().parents[1]
SMALL = ROOT / "tests" / "sweep" / "small.yaml"


def grid_for(points: int) -> list[str]:
    """A grid of about ``points`` points: interceptors × counterforce sspk."""
    sspk = 8
    interceptors = max(1, points // sspk)
    return [f"sides.BLUE.defence[0].interceptors=0:{2 * (interceptors - 1)}:2", "attack.sspk.silo=0.55:0.90:0.05"]


FOUNDING_GRID = ["sides.USA.defence[0].interceptors=0:700:100", "attack.sspk.silo=0.6:0.9:0.1"]
"""32 variants of the founding example: the US defence of 0 to 700 interceptors × counterforce sspk 0.6 to 0.9."""


def measure(spec, axes, chunk_size: int, repeat: int, label: str) -> tuple[float, dict[int, float]]:
    """Scenarios per second in a plain loop and on Dask clusters of 1 and 2 worker processes; prints each."""
    points = int(np.prod([len(a.values) for a in axes]))
    print(
        f"{label}: {points} scenarios, chunks of {chunk_size}; load average {os.getloadavg()[0]:.2f} on "
        f"{os.cpu_count()} cores"
    )
    model = ScenarioModel(spec, [a.input for a in axes])
    values = grid_rows(axes, 0, points)
    model(values[:1])  # warm the imports and the compiled kernels
    loop_seconds = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        reference = model(values)
        loop_seconds = min(loop_seconds, time.perf_counter() - start)
    loop_rate = points / loop_seconds
    print(f"  reference, plain loop in this process: {loop_seconds:6.2f} s  {loop_rate:8.2f} scenarios/s")
    rates = {}
    for workers in (1, 2):
        start = time.perf_counter()
        with dask_client(workers=workers) as client:
            started = time.perf_counter() - start
            warm = [f"{axes[0].input.path}={','.join(str(v) for v in axes[0].values[: 2 * workers])}"]
            sweep(spec, parse_grids(spec, warm), chunk_size=1, client=client)  # warm every worker
            seconds = float("inf")
            for _ in range(repeat):
                start = time.perf_counter()
                result = sweep(spec, axes, chunk_size=chunk_size, client=client)
                seconds = min(seconds, time.perf_counter() - start)
        same = all(np.array_equal(reference[name], np.array([row[name] for row in result.rows])) for name in reference)
        rates[workers] = points / seconds
        print(
            f"  Dask, {workers} worker process(es):       {seconds:6.2f} s  {rates[workers]:8.2f} scenarios/s  "
            f"x {rates[workers] / loop_rate:4.2f} the loop  (cluster start {started:4.1f} s; results equal the "
            f"loop's: {same})"
        )
    print(f"  scaling efficiency, 2 workers against 1: {rates[2] / (2 * rates[1]):.2f} (goal >= 0.8)")
    return loop_rate, rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=64, help="grid points of the small scenario (default 64)")
    parser.add_argument("--chunk-size", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2, help="timings repeated, best kept (the cores may be shared)")
    parser.add_argument("--no-founding", action="store_true", help="skip the sweep of the founding example")
    args = parser.parse_args()

    spec = load_scenario(SMALL)
    measure(
        spec,
        parse_grids(spec, grid_for(args.points)),
        args.chunk_size,
        args.repeat,
        f"small scenario ({SMALL.relative_to(ROOT)})",
    )
    if args.no_founding:
        return
    founding = load_scenario(FOUNDING_SCENARIO)
    loop_rate, rates = measure(
        founding,
        parse_grids(founding, FOUNDING_GRID),
        4,
        args.repeat,
        f"founding example ({FOUNDING_SCENARIO.name}) over {' x '.join(FOUNDING_GRID)}",
    )
    efficiency = rates[2] / (2 * rates[1])
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(
            f"  note: load average {load:.1f} exceeds the {os.cpu_count()} cores: other work competes for them, so the "
            "efficiency measures the contention, not the sweep; run on an idle machine"
        )
    year = 365.25 * 86400
    print("projected time for 10^6 founding-example scenarios (10^6 / (rate of 1 worker x workers x efficiency)):")
    for workers in (1, 2, 4, 8, 16, 64):
        eff = 1.0 if workers == 1 else efficiency
        seconds = 1e6 / (rates[1] * workers * eff)
        print(f"  {workers:3d} worker(s): {seconds / 3600:9.1f} hours ({seconds / year:5.3f} years)")
    print(
        f"  each added worker adds {rates[1] * efficiency:.2f} founding-example scenarios/s (at the measured "
        f"efficiency)"
    )


if __name__ == "__main__":
    main()
