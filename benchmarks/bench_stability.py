"""The fast stability models against the reference (the code before them), in one process.

Usage: python benchmarks/bench_stability.py [--quick | --memory]

For each case: the time of the fast path, the time of the reference
(:mod:`armscontrol.stability.reference`), their ratio and the largest
difference between their distributions. Times are the best of a few runs
(the first call of the fast path, which loads the compiled kernels, is
excluded and printed separately). ``--quick`` skips the slowest reference runs;
``--memory`` only measures the peak memory of stability and frontier runs on the shipped examples.
The machine's load shows in absolute times; the ratios are what to compare.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability import DefenceLayer, engage, first_strike, reference
from armscontrol.stability.batch import evaluate
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.frontier import frontier

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "examples" / "russia-1500-vs-nmd.yaml"
QUICK = "--quick" in sys.argv
ROWS: list[tuple[str, float, float | None, float | None]] = []


def best(fn, repeat=3):
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def gap(a, b) -> float:
    a, b = np.asarray(a), np.asarray(b)
    n = max(a.size, b.size)
    return float(np.max(np.abs(np.pad(a, (0, n - a.size)) - np.pad(b, (0, n - b.size)))))


def row(label, new_time, ref_time=None, diff=None):
    ROWS.append((label, new_time, ref_time, diff))
    ratio = f"{ref_time / new_time:8.0f}x" if ref_time else "        -"
    ref = f"{ref_time * 1e3:10.1f} ms" if ref_time else "           -"
    d = f"{diff:.1e}" if diff is not None else "-"
    print(f"{label:62s} {new_time * 1e3:9.1f} ms {ref} {ratio}   {d}", flush=True)


def engagements():
    common = dict(sspk=0.7, shots=2, decoys=2, discrimination=0.5, tracking=0.95, reliability=0.9)
    cases = [
        ("engage 5,000 w vs 4,000 i, 2 decoys, salvo 2", lambda m: m.engage(5000, 4000, **common), False),
        ("engage 5,000 w vs 19,000 i (capacity ~ tracked)", lambda m: m.engage(5000, 19000, **common), QUICK),
        (
            "engage 5,000 w vs 1,000 i, no decoys",
            lambda m: m.engage(5000, 1000, 0.7, shots=2, tracking=0.95, reliability=0.9),
            False,
        ),
        (
            "engage SLS 1+1, 5,000 w vs 5,500 i",
            lambda m: m.engage(5000, 5500, 0.7, doctrine="shoot-look-shoot", tracking=0.95, reliability=0.9),
            QUICK,
        ),
    ]
    layers = [
        DefenceLayer(4000, 0.7, shots=2, tracking=0.95, discrimination=0.5, reliability=0.9, name="outer"),
        DefenceLayer(2000, 0.8, shots=1, tracking=0.95, discrimination=0.3, reliability=0.95, name="inner"),
    ]
    cases.append(("engage two layers with decoys, 5,000 w", lambda m: m.engage_layers(5000, layers, decoys=2), QUICK))
    fast_module = sys.modules["armscontrol.stability"]
    for label, fn, skip_reference in cases:
        t_new, new = best(lambda fn=fn: fn(fast_module))
        if skip_reference:
            row(label, t_new)
            continue
        t_ref, old = best(lambda fn=fn: fn(reference), repeat=1)
        row(label, t_new, t_ref, gap(new.leaker_pmf, old.leaker_pmf))


def exchanges():
    spec = load_scenario(FOUNDING)
    _, _, attack, posture = build(spec)
    a, b = sweep_sides(spec, 1000)
    for attacker, victim in ((a, b), (b, a)):
        t_new, new = best(lambda a=attacker, v=victim: first_strike(a, v, attack, posture))
        t_ref, old = best(lambda a=attacker, v=victim: reference.first_strike(a, v, attack, posture), repeat=1)
        diff = max(
            gap(new.retaliation_pmf, old.retaliation_pmf),
            gap(new.reserve_arriving_pmf, old.reserve_arriving_pmf),
            gap(new.surviving_pmf, old.surviving_pmf),
        )
        row(f"exchange {attacker.name} strikes first, 1,000 interceptors (founding)", t_new, t_ref, diff)


def stability(path: Path, with_reference: bool):
    spec = load_scenario(path)
    _, _, attack, posture = build(spec)

    def run(module_first_strike):
        out = []
        for size in spec.sweep.interceptors:
            a, b = sweep_sides(spec, size)
            out += [module_first_strike(a, b, attack, posture), module_first_strike(b, a, attack, posture)]
        return out

    def fast():
        cache = ExchangeCache()
        return run(lambda *args: first_strike(*args, cache=cache))

    t_new, new = best(fast)
    label = f"stability {path.name} ({len(spec.sweep.interceptors)} sizes, both strikes)"
    if not with_reference:
        row(label, t_new)
        return
    t_ref, old = best(lambda: run(reference.first_strike), repeat=1)
    diff = max(gap(x.retaliation_pmf, y.retaliation_pmf) for x, y in zip(new, old))
    row(label, t_new, t_ref, diff)


def frontiers():
    spec = load_scenario(FOUNDING)
    a, b, attack, posture = build(spec)
    sizes = list(spec.sweep.interceptors)
    t_new, new = best(lambda: frontier(a, b, "midcourse", sizes, attack, posture, 200), repeat=1)
    if QUICK:
        row("frontier founding, its 5 sizes", t_new)
    else:
        t_ref, old = best(lambda: reference.frontier(a, b, "midcourse", sizes, attack, posture, 200), repeat=1)
        diff = max(abs(p.facing_warheads - q.facing_warheads) for p, q in zip(new, old))
        row("frontier founding, its 5 sizes (diff: facing warheads)", t_new, t_ref, diff)
    hundred = [round(i * 1000 / 99) for i in range(100)]
    t_new, _ = best(lambda: frontier(a, b, "midcourse", hundred, attack, posture, 200), repeat=1)
    row("frontier founding, 100 sizes 0..1,000 (warm start)", t_new)


def batch():
    spec = load_scenario(FOUNDING)
    _, _, attack, posture = build(spec)
    rng = np.random.default_rng(1)
    sizes = rng.integers(0, 1001, 200)
    variants = [(*sweep_sides(spec, int(n)), attack, posture, spec.criteria) for n in sizes]
    t, _ = best(lambda: evaluate(variants), repeat=1)
    row(f"batch 200 variants, defence size 0..1,000 ({200 / t:.1f} variants/s)", t)
    small = [(*sweep_sides(spec, int(n)), attack, posture, spec.criteria) for n in rng.integers(0, 101, 200)]
    t, _ = best(lambda: evaluate(small), repeat=1)
    row(f"batch 200 variants, defence size 0..100 ({200 / t:.1f} variants/s)", t)
    criteria = [
        {"assured_retaliation": 200, "value_targets": float(v), "cost_weight": 0.25} for v in rng.integers(50, 500, 200)
    ]
    a, b = sweep_sides(spec, 100)
    shared = [(a, b, attack, posture, c) for c in criteria]
    t, _ = best(lambda: evaluate(shared), repeat=1)
    row(f"batch 200 variants, value targets only ({200 / t:.0f} variants/s)", t)


def peak_memory():
    code = """
import sys
from armscontrol.scenario import build, load_scenario, run_stability, sweep_sides
from armscontrol.stability.frontier import frontier
spec = load_scenario(sys.argv[1])
if sys.argv[2] == "stability":
    for size in spec.sweep.interceptors:
        run_stability(spec, sweep_sides(spec, size))
else:
    a, b, attack, posture = build(spec)
    defended, facing = (a, b) if a.name == spec.sweep.side else (b, a)
    frontier(defended, facing, spec.sweep.layer, spec.sweep.interceptors, attack, posture, spec.criteria.assured_retaliation)
# VmHWM: this process's own peak (ru_maxrss of a child carries the parent's peak across fork)
print(next(int(line.split()[1]) // 1024 for line in open("/proc/self/status") if line.startswith("VmHWM")))
"""
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        for what in ("stability", "frontier"):
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", code, str(path), what], capture_output=True, text=True, check=True
            )
            print(
                f"peak memory {what:9s} {path.name:28s} {out.stdout.strip():>5s} MB  "
                f"({time.perf_counter() - start:.1f} s with start-up)"
            )


if __name__ == "__main__":
    if "--memory" in sys.argv:
        peak_memory()
        sys.exit()
    start = time.perf_counter()
    engage(10, 5, 0.5, decoys=1)
    first_call = time.perf_counter() - start
    print(f"first call (loads the compiled kernels): {first_call:.2f} s")
    print(f"{'case':62s} {'fast':>12s} {'reference':>13s} {'ratio':>9s}   max |Δpmf|")
    engagements()
    exchanges()
    stability(FOUNDING, True)
    for name in ("helsinki-2500.yaml", "new-start-parity.yaml"):
        stability(ROOT / "examples" / name, not QUICK or name.startswith("new"))
    frontiers()
    batch()
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")
    peak_memory()
