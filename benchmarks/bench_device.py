"""Benchmark: the batch on the array backend (NumPy here, CuPy on a GPU) as a ratio to the compiled kernels in this
process.

Run: PYTHONPATH=src .venv/bin/python benchmarks/bench_device.py [--variants 24] [--scenario small|founding] [--backend
numpy|gpu] [--repeat 2]

Evaluates one batch of distinct variants (the swept defence size and the
counterforce sspk varying together, so that no two variants share their
passes through the defence) with ``backend="cpu"`` (the compiled kernels,
variant by variant: the reference) and with the array backend, checks that the
answers agree to 1e-12, and prints variants per second of each and their ratio
(array / reference: above 1 is faster). On NumPy the time is CPU time; on a GPU
it is wall-clock time (the device's work is not process time). It also prints
how the array run divides: the layer passes evaluated together (requests,
distinct ones, rounds) and the time in them, the rest being the exchanges'
own work on the CPU (plans, survivors, convolutions, metrics).

``--scenario small`` is tests/sweep/small.yaml (about eighty warheads a side;
its defence swept from 0 to 2·variants); ``founding`` is
examples/russia-1500-vs-nmd.yaml (1,500 warheads a side; the US defence swept
over 0 to 1,000 interceptors). benchmarks/gpu_check.sh runs the founding
example at 10^4 variants on a GPU.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

import numpy as np

from armscontrol.scenario import build, load_scenario
from armscontrol.stability import device, device_layers
from armscontrol.stability.batch import evaluate

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = {
    "small": ROOT / "tests" / "sweep" / "small.yaml",
    "founding": ROOT / "examples" / "russia-1500-vs-nmd.yaml",
}
FIELDS = ("retaliation_arriving", "retaliation_arriving_p5", "reserve_arriving", "first_strike_stability", "combined")


def variants_of(name: str, count: int) -> list[tuple]:
    """``count`` distinct variants: the first side's first defence layer resized and the counterforce sspk varied."""
    spec = load_scenario(SCENARIOS[name])
    a, b, attack, posture = build(spec)
    top = 1000 if name == "founding" else 2 * count
    found = []
    for i in range(count):
        layer = a.defence[0].with_interceptors(round(top * i / max(1, count - 1)))
        side = dataclasses.replace(a, defence=(layer, *a.defence[1:]))
        hit = dataclasses.replace(attack, sspk_silo=round(0.55 + 0.35 * ((7 * i) % count) / max(1, count), 4))
        found.append((side, b, hit, posture, spec.criteria))
    return found


def timed(fn, wall: bool) -> tuple[float, object]:
    clock = time.perf_counter if wall else time.process_time
    start = clock()
    value = fn()
    return clock() - start, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=int, default=24)
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), default="small")
    parser.add_argument("--backend", choices=("numpy", "gpu"), default="numpy")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--reference-variants",
        type=int,
        default=None,
        help="variants for the compiled-kernel reference (default: all; fewer for a quick run at 10^4)",
    )
    args = parser.parse_args()
    wall = args.backend == "gpu"
    cases = variants_of(args.scenario, args.variants)
    reference_cases = cases[: args.reference_variants or len(cases)]
    evaluate(cases[:2])  # load the kernels
    evaluate(cases[:2], backend=args.backend)  # load the array library (and on a GPU its kernels)
    best_ref, best_arr = float("inf"), float("inf")
    for _ in range(args.repeat):
        seconds, reference = timed(lambda: evaluate(reference_cases), wall)
        best_ref = min(best_ref, seconds)
        lockstep = device.Lockstep(device.array_namespace(args.backend))
        seconds, result = timed(lambda gather=lockstep: evaluate(cases, backend=args.backend, lockstep=gather), wall)
        best_arr = min(best_arr, seconds)
    n = len(reference_cases)
    worst = max(float(np.nanmax(np.abs(getattr(result, f)[:n] - getattr(reference, f)))) for f in FIELDS)
    relative = max(
        float(
            np.nanmax(
                np.abs(getattr(result, f)[:n] - getattr(reference, f)) / np.maximum(1.0, np.abs(getattr(reference, f)))
            )
        )
        for f in FIELDS
    )
    ref_rate, arr_rate = len(reference_cases) / best_ref, len(cases) / best_arr
    clock = "wall" if wall else "CPU"
    fused = device_layers._fused(device.array_namespace(args.backend)) is not None
    print(
        f"{args.scenario}: {len(cases)} distinct variants, backend {args.backend} ({clock} time, best of "
        f"{args.repeat}); "
        f"binding rows {'by the fused CUDA kernel' if fused else 'as array operations'}"
    )
    print(
        f"  reference, compiled kernels variant by variant: {ref_rate:10.2f} variants/s ({len(reference_cases)} "
        f"variants)"
    )
    print(
        f"  array backend, passes gathered across variants: {arr_rate:10.2f} variants/s   ratio "
        f"{arr_rate / ref_rate:.3f}"
    )
    print(
        f"  largest difference in the answers: {worst:.2e} ({relative:.1e} relative to the answer, or to 1 if smaller)"
    )
    inside = lockstep.seconds if wall else lockstep.cpu_seconds
    print(
        f"  gathered: {lockstep.requests} passes in {lockstep.rounds} rounds, {lockstep.evaluated} distinct; "
        f"{clock} time in them {inside:.3f} s, in the rest of the batch {max(0.0, best_arr - inside):.3f} s "
        f"({1e3 * max(0.0, best_arr - inside) / len(cases):.2f} ms a variant)"
    )


if __name__ == "__main__":
    main()
