"""Profile the reference (pre-fast-path) stability models on the shipped examples.

Usage: python benchmarks/profile_reference.py [stability|frontier] EXAMPLE.yaml

Prints the hot spots (cProfile, cumulative and own time) and the peak memory
(ru_maxrss). The fast path's own profile is printed by benchmarks/bench_stability.py.
"""

from __future__ import annotations

import cProfile
import pstats
import resource
import sys
import time

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability.reference import first_strike
from armscontrol.stability.reference import frontier as reference_frontier


def stability(path: str) -> None:
    spec = load_scenario(path)
    _, _, attack, posture = build(spec)
    for interceptors in spec.sweep.interceptors:
        a, b = sweep_sides(spec, interceptors)
        first_strike(a, b, attack, posture)
        first_strike(b, a, attack, posture)


def frontier(path: str) -> None:
    spec = load_scenario(path)
    a, b, attack, posture = build(spec)
    defended, facing = (a, b) if a.name == spec.sweep.side else (b, a)
    reference_frontier(
        defended, facing, spec.sweep.layer, spec.sweep.interceptors, attack, posture, spec.criteria.assured_retaliation
    )


if __name__ == "__main__":
    what, path = sys.argv[1], sys.argv[2]
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(stability if what == "stability" else frontier, path)
    print(
        f"{what} {path}: {time.perf_counter() - start:.1f} s, peak RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(12)
