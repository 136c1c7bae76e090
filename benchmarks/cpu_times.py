"""CPU time (time.process_time) of the fast path on the issue's cases: unaffected by other processes' load.

Usage: python benchmarks/cpu_times.py
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

import numpy as np

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability import DefenceLayer, engage, engage_layers, first_strike
from armscontrol.stability.backend import kernels as chosen_kernels
from armscontrol.stability.batch import evaluate
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.frontier import frontier

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "examples" / "russia-1500-vs-nmd.yaml"


def cpu(label, fn, repeat=3):
    best = min(_one(fn) for _ in range(repeat))
    print(f"{label:64s} {best * 1e3:10.1f} ms CPU", flush=True)
    return best


def _one(fn):
    start = time.process_time()
    fn()
    return time.process_time() - start


if __name__ == "__main__":
    start = time.process_time()
    chosen_kernels().warm_up()
    print(
        f"{'load the compiled kernels (first call in a process)':64s} {(time.process_time() - start) * 1e3:10.1f} ms "
        f"CPU"
    )
    common = dict(sspk=0.7, shots=2, decoys=2, discrimination=0.5, tracking=0.95, reliability=0.9)
    cpu("engage 5,000 w vs 4,000 i, 2 decoys, salvo 2", lambda: engage(5000, 4000, **common))
    cpu("engage 5,000 w vs 19,000 i (capacity ~ tracked)", lambda: engage(5000, 19000, **common))
    cpu(
        "engage SLS 1+1, 5,000 w vs 5,500 i",
        lambda: engage(5000, 5500, 0.7, doctrine="shoot-look-shoot", tracking=0.95, reliability=0.9),
    )
    layers = [
        DefenceLayer(4000, 0.7, shots=2, tracking=0.95, discrimination=0.5, reliability=0.9, name="outer"),
        DefenceLayer(2000, 0.8, shots=1, tracking=0.95, discrimination=0.3, reliability=0.95, name="inner"),
    ]
    cpu("engage two layers with decoys, 5,000 w", lambda: engage_layers(5000, layers, decoys=2))
    spec = load_scenario(FOUNDING)
    a, b, attack, posture = build(spec)
    a1000, b1000 = sweep_sides(spec, 1000)
    cpu(
        "exchange USA strikes first, 1,000 interceptors (founding)", lambda: first_strike(a1000, b1000, attack, posture)
    )
    cpu(
        "exchange RUS strikes first, 1,000 interceptors (founding)", lambda: first_strike(b1000, a1000, attack, posture)
    )

    def stability():
        cache = ExchangeCache()
        for size in spec.sweep.interceptors:
            x, y = sweep_sides(spec, size)
            first_strike(x, y, attack, posture, cache=cache)
            first_strike(y, x, attack, posture, cache=cache)

    cpu("stability founding (5 sizes, both strikes)", stability)
    hundred = [round(i * 1000 / 99) for i in range(100)]
    cpu(
        "frontier founding, 100 sizes 0..1,000",
        lambda: frontier(a, b, "midcourse", hundred, attack, posture, 200),
        repeat=1,
    )
    rng = np.random.default_rng(1)
    variants = [(*sweep_sides(spec, int(n)), attack, posture, spec.criteria) for n in rng.integers(0, 1001, 100)]
    t = cpu("batch 100 variants, defence size 0..1,000", lambda: evaluate(variants), repeat=1)
    print(f"{'  -> variants per second per core':64s} {100 / t:10.1f}")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
