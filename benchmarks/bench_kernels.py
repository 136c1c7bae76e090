"""Benchmark: the engagement kernels and what users run on them, each as a ratio to a reference in this process.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_kernels.py [--repeat 3]

CPU time (``time.process_time``, unaffected by other processes' load) of:

1. the kernels over 0-based slices against the plain-loop kernels they replaced
   (:mod:`armscontrol.stability.reference.kernels`, bit-identical results):
   the issue's engagement (5,000 warheads, 19,000 interceptors) and the batched
   evaluation of the founding example with its defence size varying (0 to
   1,000 interceptors), in variants per second per core;
2. the frontier (101 defence sizes, 0 to 1,000 interceptors) with the defence's
   rows cached against the same search without the cache (the same points);
3. variants per second per core with every uncertain input varying: a Sobol
   design (N = 8, k = 4 inputs: 48 runs) of the founding example with the
   uncertain block of docs/sweeps.md, in one process, each run a new scenario;
4. the binding probability P(Bin(m, t) > C) by the compiled recurrence against
   ``scipy.special.bdtrc``;
5. the kernels compiled ahead of time (C, :mod:`armscontrol.stability.ckernels`)
   against numba's, on 1 to 3.

Every ratio is new / reference: below 1 is faster.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from armscontrol.scenario import build, load_scenario, parse_scenario, sweep_sides
from armscontrol.stability import backend, engage, kernels
from armscontrol.stability.batch import evaluate
from armscontrol.stability.engagement import tracked_beyond
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.frontier import frontier
from armscontrol.stability.reference import kernels as plain_loops

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "examples" / "russia-1500-vs-nmd.yaml"
ISSUE_ENGAGEMENT = dict(
    warheads=5000, interceptors=19000, sspk=0.8, shots=2, decoys=2, discrimination=0.5, tracking=0.95, reliability=0.9
)
UNCERTAIN = {
    "attack.sspk.silo": {"triangular": [0.5, 0.7, 0.8]},
    "sides.USA.defence[midcourse].sspk": {"beta": [7, 3]},
    "sides.RUS.forces[1].survivable.generated": {"normal": [0.8, 0.1], "clip": [0.5, 0.95]},
    "sides.RUS.decoys_per_warhead": {"choice": [0, 1, 2, 4]},
}


def plain_kernels():
    return backend.use(plain_loops)


def cpu(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def line(label: str, new: float, old: float, unit: str = "ms", scale: float = 1e3) -> None:
    print(f"{label:58s} {new * scale:9.1f} {unit} vs {old * scale:9.1f} {unit}   ratio {new / old:6.3f}", flush=True)


def main(repeat: int) -> None:
    spec = load_scenario(FOUNDING)
    a, b, attack, posture = build(spec)
    sizes = range(0, 1001, 50)
    variants = [(*sweep_sides(spec, n), attack, posture, spec.criteria) for n in sizes]

    def batch():
        evaluate(variants)

    kernels.warm_up()
    numba = backend.use(kernels)
    numba.__enter__()  # sections 1 to 3 compare numba's kernels with the plain loops
    engage(**ISSUE_ENGAGEMENT)
    batch()
    with plain_kernels():
        engage(**ISSUE_ENGAGEMENT)
        batch()
    print("1. kernels over 0-based slices vs plain loops (bit-identical leaker distributions)")
    new_engage = cpu(lambda: engage(**ISSUE_ENGAGEMENT), repeat)
    new_batch = cpu(batch, repeat)
    with plain_kernels():
        old_engage = cpu(lambda: engage(**ISSUE_ENGAGEMENT), repeat)
        old_batch = cpu(batch, repeat)
    line("   engage 5,000 warheads vs 19,000 interceptors", new_engage, old_engage)
    line(f"   batch, defence size varying ({len(variants)} variants)", new_batch, old_batch)
    print(
        f"   variants per second per core, defence size varying: {len(variants) / new_batch:7.1f} (plain loops "
        f"{len(variants) / old_batch:.1f})"
    )

    print("2. frontier, 101 sizes (0:1000:10): rows cached vs not (same points)")
    points = {}

    def search(rows: bool):
        points[rows] = frontier(
            a,
            b,
            "midcourse",
            range(0, 1001, 10),
            attack,
            posture,
            spec.criteria.assured_retaliation,
            cache=ExchangeCache(rows=rows),
        )

    cached = cpu(lambda: search(True), repeat)
    plain = cpu(lambda: search(False), repeat)
    assert points[True] == points[False]
    line("   frontier", cached, plain, "s ", 1.0)

    print("3. Sobol design, every uncertain input varying (one process, no cache shared beyond a chunk's)")
    from armscontrol.sweep.analyses import _scenario_inputs, _to_values, sensitivity_design
    from armscontrol.sweep.design import Input, ScenarioModel

    mapping = {**__import__("yaml").safe_load(FOUNDING.read_text()), "uncertain": UNCERTAIN}
    mapping.pop("sweep", None)
    uncertain_spec = parse_scenario(mapping, "benchmark")
    distributions, integer = _scenario_inputs(uncertain_spec)
    unit, _ = sensitivity_design("sobol", len(distributions), 8, 0)
    values = _to_values([distributions[p] for p in distributions], integer, unit)
    model = ScenarioModel(uncertain_spec, [Input(p, w) for p, w in zip(distributions, integer)])
    block = len(distributions) + 2
    model(values[:1])

    def sobol():
        from armscontrol.sweep import evaluate as sweep_evaluate

        sweep_evaluate._WORKER.cache = None  # a fresh worker
        for start in range(0, len(values), block):
            model(values[start : start + block])

    new_sobol = cpu(sobol, repeat)
    with plain_kernels():
        old_sobol = cpu(sobol, repeat)
    line(f"   Sobol, {len(values)} runs, new vs plain-loop kernels", new_sobol, old_sobol, "s ", 1.0)
    print(
        f"   variants per second per core, all inputs varying: {len(values) / new_sobol:7.1f} (plain loops "
        f"{len(values) / old_sobol:.1f})"
    )

    numba.__exit__(None, None, None)
    print("5. kernels compiled ahead of time (C, ctypes) vs numba's")
    try:
        from armscontrol.stability import ckernels
    except ImportError:
        print("   not built (pip install -e . builds them)")
    else:
        with backend.use(ckernels):
            c_engage = cpu(lambda: engage(**ISSUE_ENGAGEMENT), repeat)
            c_batch = cpu(batch, repeat)
            c_front = cpu(lambda: search(True), repeat)
            c_sobol = cpu(sobol, repeat)
        line("   engage 5,000 warheads vs 19,000 interceptors", c_engage, new_engage)
        line(f"   batch, defence size varying ({len(variants)} variants)", c_batch, new_batch)
        line("   frontier (rows cached)", c_front, cached, "s ", 1.0)
        line(f"   Sobol, {len(values)} runs", c_sobol, new_sobol, "s ", 1.0)
        print(
            f"   variants per second per core (C): defence size varying {len(variants) / c_batch:.1f}, all inputs "
            f"varying {len(values) / c_sobol:.1f}"
        )

    print("4. P(Bin(m, t) > C), m = C+1 … 60,000: compiled recurrence vs scipy.special.bdtrc")
    from scipy.special import bdtrc

    m = np.arange(9501, 60000)
    ours = cpu(lambda: tracked_beyond(9500, m, 0.95), 5 * repeat)
    scipys = cpu(lambda: bdtrc(9500, m, 0.95), 5 * repeat)
    line("   binding probability", ours, scipys)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    main(parser.parse_args().repeat)
