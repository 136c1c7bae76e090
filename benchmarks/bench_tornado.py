"""Benchmark: the uncertainty page's sensitivity tornado for 3, 6 and 10 inputs, against the uncertainty view.

Run: .venv/bin/python benchmarks/bench_tornado.py [--repeat 2] [--workers 2]

On the shipped example with distributions (examples/russia-1500-vs-nmd-uncertain.yaml:
three uncertain probabilities) and with 3 and 7 more of its probabilities drawn
uniformly (6 and 10 inputs), prints:

- the start: importing the answers and SALib, and the kernels' first call (what a
  server's worker pays once, on its first tornado);
- the reference: the uncertainty view as the page computes it (one input, 64
  samples, one thread: :func:`armscontrol.scenarios.running.uncertainty_of`);
- the tornado at the N the page chooses (:func:`armscontrol.answers.tornado.default_samples`:
  N·(k + 2) ≤ 96 runs), on ``--workers`` threads, best of ``--repeat``: seconds (wall
  and CPU, all threads), runs per second, and the ratio to the reference; the goal is ≤ 5 s.

The machine's cores may be shared: the load average is printed beside the figures.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "russia-1500-vs-nmd-uncertain.yaml"

MORE = {
    "sides.USA.defence[0].tracking": (0.8, 1.0),
    "sides.USA.defence[0].reliability": (0.8, 1.0),
    "sides.RUS.forces[0].reliability": (0.7, 0.9),
    "sides.RUS.forces[2].reliability": (0.75, 0.95),
    "sides.USA.forces[0].reliability": (0.75, 0.95),
    "sides.USA.forces[2].reliability": (0.8, 1.0),
    "sides.RUS.forces[1].reliability": (0.75, 0.95),
}
"""Probabilities of the example drawn uniformly to make 6 (the first three) and 10 inputs (all seven).

Analyst ranges for timing only."""


def best(call, repeat: int) -> tuple[float, float]:
    """The best wall time of ``repeat`` calls and the CPU time (all threads) of that call."""
    times = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        call()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    start = time.perf_counter()
    from armscontrol.answers.tornado import default_samples, tornado_scenario, tornado_sensitivity
    from armscontrol.scenarios.running import uncertainty_of
    from armscontrol.sweep.analyses import sensitivity_design

    imported = time.perf_counter() - start
    scenario = yaml.safe_load(EXAMPLE.read_text())
    start = time.perf_counter()
    sensitivity_design("sobol", 3, 8, 0)  # SALib's sampler (scipy.stats, pandas): once per process
    from SALib.analyze import sobol  # noqa: F401  its estimators

    salib = time.perf_counter() - start
    start = time.perf_counter()
    uncertainty_of(scenario, "attack.sspk.silo", 0.5, 0.9, 8, 0)  # the kernels' first call
    first = time.perf_counter() - start
    print(
        f"load average {os.getloadavg()[0]:.2f} · imports {imported:.2f} s · SALib {salib:.2f} s · "
        f"kernels' first call {first:.2f} s"
    )

    reference, reference_cpu = best(lambda: uncertainty_of(scenario, "attack.sspk.silo", 0.5, 0.9, 64, 1), args.repeat)
    print(
        f"reference: the uncertainty view, 64 samples, 1 thread: {reference:.2f} s, CPU {reference_cpu:.2f} s "
        f"({64 / reference:.0f} runs/s)"
    )
    extra = list(MORE.items())
    for k, added in ((3, 0), (6, 3), (10, 7)):
        mapping = tornado_scenario(scenario, dict(extra[:added]))
        n = default_samples(k)
        runs = n * (k + 2)
        seconds, cpu = best(lambda m=mapping, n=n: tornado_sensitivity(m, n, seed=0, workers=args.workers), args.repeat)
        print(
            f"tornado, {k:2d} inputs: N = {n:2d}, {runs:3d} runs on {args.workers} threads: {seconds:.2f} s, "
            f"CPU {cpu:.2f} s "
            f"({runs / seconds:.0f} runs/s), {seconds / reference:.2f}× the reference · "
            f"goal ≤ 5 s: {'met' if seconds <= 5 else 'missed'}"
        )
    print(f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
