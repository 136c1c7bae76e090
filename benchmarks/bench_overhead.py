"""Benchmark: the work around the kernels and Sobol sensitivity without SALib, each as a ratio to the code before in this process.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_overhead.py [--repeat 3] [--n 8]

CPU time (``time.process_time``) of three workloads of the founding example, each run
alternately with the current code and with the code before it restored in this process
(:func:`before`: each force element's survivors computed twice, once for the surviving and
once for the launched distribution, and never shared between exchanges; scaled forces and
layers checked again in full; a defence's row pool zeroed as it grows; a design's runs
copied with :func:`copy.deepcopy`):

1. the batch with the US defence size varying (21 variants, 0 to 1,000 interceptors);
2. a Sobol design of 10 uncertain inputs at 1,000 interceptors (``benchmarks/bench_engaged.py``'s,
   N base rows: N·12 runs), each run a new scenario, whole design blocks per batch;
3. the frontier over 101 defence sizes (0:1000:10), rows cached.

The outputs of both are compared bit for bit. Then Sobol sensitivity's design and indices
(3 inputs, N = 32) in NumPy (:mod:`armscontrol.sweep.saltelli`) against SALib: importing each in
a fresh process (CPU time of the child) and computing each here. Below 1 is faster.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import dataclasses
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability import engagement, exchange, forces
from armscontrol.stability.batch import evaluate
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.frontier import frontier
from armscontrol.sweep import design as sweep_design

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_engaged import design, run  # noqa: E402  (the 10-input Sobol design of the founding example)

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "examples" / "russia-1500-vs-nmd.yaml"
OUTPUTS = (
    "victim_surviving_warheads",
    "victim_surviving_p5",
    "retaliation_arriving",
    "retaliation_arriving_p5",
    "reserve_arriving",
    "neglected_mass",
    "first_strike_stability",
    "combined",
)


def _survivors_before(victim, attack, posture, points, attacked, reliability, leak_fraction, cache=None):
    """The survivors as computed before: every element twice (surviving, then launched), nothing shared."""
    q_survive = {
        target_class: (1.0 - reliability * leak_fraction * sspk)
        for target_class, sspk in (("silo", attack.sspk_silo), ("soft", attack.sspk_soft))
    }
    launched = np.ones(1)
    for index, element in enumerate(victim.forces):
        groups = [(p, a) for p, a in zip(points, attacked, strict=True) if p.element == index]
        q = {p.target_class: q_survive[p.target_class] ** p.per_point(attack) for p, _ in groups}
        there = exchange._element_survivors(element, groups, posture, q)
        launched = exchange._convolve(launched, exchange.thin_pmf(there, element.reliability))
    surviving = np.ones(1)
    for index, element in enumerate(victim.forces):
        groups = [(p, a) for p, a in zip(points, attacked, strict=True) if p.element == index]
        q = {p.target_class: q_survive[p.target_class] ** p.per_point(attack) for p, _ in groups}
        there = exchange._element_survivors(element, groups, posture, q)
        surviving = exchange._convolve(surviving, exchange.thin_pmf(there, 1.0))
    return surviving, launched


def _add_before(self, keys, rows, objects, neglected):
    """``_LayerRows.add`` as before: the pool zeroed as it grows."""
    n, width = rows.shape
    if self.size + n > self.pool.shape[0] or width > self.pool.shape[1]:
        wide = self.pool.shape[1] if width <= self.pool.shape[1] else max(width, self.pool.shape[1] * 3 // 2)
        pool = np.zeros((max(self.size + n, 2 * self.pool.shape[0], 256), wide))
        pool[: self.size, : self.pool.shape[1]] = self.pool[: self.size]
        self.pool = pool
        self.objects = np.resize(self.objects, pool.shape[0])
        self.neglected = np.resize(self.neglected, pool.shape[0])
    start, stop = self.size, self.size + n
    self.pool[start:stop, :width] = rows
    self.objects[start:stop] = objects
    self.neglected[start:stop] = neglected
    self.slot[keys] = np.arange(start, stop)
    self.size = stop


@contextlib.contextmanager
def before() -> Iterator[None]:
    """The code before this pass, restored in this process for the reference runs."""
    saved = (
        exchange._survivors,
        forces.ForceElement.scaled,
        engagement.DefenceLayer.with_interceptors,
        engagement._LayerRows.add,
        sweep_design._copy_tree,
    )
    exchange._survivors = _survivors_before
    forces.ForceElement.scaled = lambda self, factor: dataclasses.replace(  # type: ignore[method-assign]
        self, launchers=forces.scaled_launchers(self.launchers, factor)
    )
    engagement.DefenceLayer.with_interceptors = lambda self, n: engagement.DefenceLayer(  # type: ignore[method-assign]
        **{**self.__dict__, "interceptors": n}
    )
    engagement._LayerRows.add = _add_before  # type: ignore[method-assign]
    sweep_design._copy_tree = copy.deepcopy
    try:
        yield
    finally:
        (
            exchange._survivors,
            forces.ForceElement.scaled,
            engagement.DefenceLayer.with_interceptors,
            engagement._LayerRows.add,
            sweep_design._copy_tree,
        ) = saved


def _same(a, b) -> bool:
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "retaliation_arriving"):
        return all(np.array_equal(getattr(a, n), getattr(b, n), equal_nan=True) for n in OUTPUTS)
    return a == b


def compare(label: str, work, runs: int, repeat: int) -> None:
    """Best CPU time of ``work`` now and before, alternately; prints the rate, the ratio and whether equal."""
    best = {True: float("inf"), False: float("inf")}
    out = {}
    for _ in range(repeat):
        for now in (False, True):
            with contextlib.nullcontext() if now else before():
                start = time.process_time()
                out[now] = work()
                best[now] = min(best[now], time.process_time() - start)
    print(
        f"{label:52s} {best[True]:6.3f} s vs {best[False]:6.3f} s  ratio {best[True] / best[False]:5.3f}  "
        f"{runs / best[True]:6.1f} vs {runs / best[False]:6.1f} per s per core  bit-identical: {_same(out[True], out[False])}",
        flush=True,
    )


def child_cpu(code: str) -> float:
    """CPU seconds (user + system) of a fresh Python process running ``code``."""
    before_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before_usage.ru_utime) + (after.ru_stime - before_usage.ru_stime)


def sensitivity(repeat: int) -> None:
    import warnings

    from armscontrol.sweep.saltelli import saltelli_design, sobol_indices

    numpy_import = min(child_cpu("import numpy, armscontrol.sweep.saltelli") for _ in range(repeat))
    salib_import = min(
        child_cpu("import numpy; from SALib.sample import sobol; from SALib.analyze import sobol")
        for _ in range(repeat)
    )
    print(f"{'importing: NumPy path vs SALib (fresh process, CPU)':52s} {numpy_import:6.3f} s vs {salib_import:6.3f} s")
    from SALib.analyze import sobol as analyze
    from SALib.sample import sobol as sample

    problem = {"num_vars": 3, "names": ["a", "b", "c"], "bounds": [[0.0, 1.0]] * 3}

    def numpy_path():
        unit = saltelli_design(3, 32, 0)
        return unit, sobol_indices(unit.sum(axis=1) ** 2, 3, seed=0)

    def salib_path():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            unit = sample.sample(problem, 32, calc_second_order=False, scramble=True, seed=0)
            found = analyze.analyze(
                problem, unit.sum(axis=1) ** 2, calc_second_order=False, seed=np.random.SeedSequence(0)
            )
        return unit, found

    cpu = {}
    for name, fn in (("numpy", numpy_path), ("salib", salib_path)):
        fn()
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            fn()
            best = min(best, time.process_time() - start)
        cpu[name] = best
    (unit, mine), (theirs_unit, theirs) = numpy_path(), salib_path()
    worst = max(float(np.max(np.abs(mine[k] - np.asarray(theirs[k])))) for k in ("S1", "S1_conf", "ST", "ST_conf"))
    print(
        f"{'design + indices, 3 inputs, N = 32 (this process)':52s} {cpu['numpy'] * 1e3:6.1f} ms vs "
        f"{cpu['salib'] * 1e3:6.1f} ms  design bit for bit: {np.array_equal(unit, theirs_unit)}, "
        f"indices within {worst:.1e}"
    )


def main(repeat: int, n: int) -> None:
    spec = load_scenario(FOUNDING)
    a, b, attack, posture = build(spec)
    variants = [(*sweep_sides(spec, size), attack, posture, spec.criteria) for size in range(0, 1001, 50)]
    model, values, block = design(n)
    evaluate(variants[:2])
    run(model, values[:block], block, True)

    def search():
        return frontier(
            a,
            b,
            "midcourse",
            range(0, 1001, 10),
            attack,
            posture,
            spec.criteria.assured_retaliation,
            cache=ExchangeCache(rows=True),
        )

    print("now vs before, best CPU time of", repeat)
    compare(
        f"batch, defence size varying ({len(variants)} variants)", lambda: evaluate(variants), len(variants), repeat
    )
    compare(f"Sobol design, 10 inputs, N = {n} ({len(values)} runs)", lambda: run(model, values, block, True)[0],
            len(values), repeat)  # fmt: skip
    compare("frontier, 101 sizes (0:1000:10), rows cached", search, 101, repeat)
    sensitivity(repeat)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--n", type=int, default=8, help="base rows of the Sobol design (default 8: 96 runs)")
    args = parser.parse_args()
    main(args.repeat, args.n)
