"""The costliest requests an anonymous client can make under the work budget: CPU seconds and peak memory.

For a few shapes of scenario (decoys, layers, shots, interceptors), sizes the
forces so that the budget's estimate is just within ``ANONYMOUS_WORK``,
computes each in a fresh process and prints its CPU time and peak resident
memory; the largest is the worst single anonymous request measured. Run:
``python benchmarks/worst_anonymous.py``.
"""

from __future__ import annotations

import multiprocessing
import resource
import time

from armscontrol import budget

SHAPES = (  # decoys, layers, shots, interceptors per layer, sweep points
    (4, 1, 1, 20_000, 1),
    (2, 1, 2, 5_000, 1),
    (4, 2, 3, 10_000, 1),
    (0, 1, 1, 10_000, 3),
    (4, 1, 1, 2_000, 3),
    (4, 1, 1, 20_000, 3),
)


def scenario(decoys: int, layers: int, shots: int, interceptors: int, points: int, warheads: int) -> dict:
    def side(name: str) -> dict:
        return {
            "forces": [
                {
                    "name": "ICBM",
                    "basing": "silo",
                    "launchers": warheads // 2,
                    "warheads_per_launcher": 1,
                    "reliability": 0.85,
                },
                {
                    "name": "SLBM",
                    "basing": "sea",
                    "launchers": warheads // 4,
                    "warheads_per_launcher": 2,
                    "reliability": 0.9,
                    "survivable": {"day_to_day": 0.5, "generated": 0.9},
                },
            ],
            "defence": [
                {
                    "name": f"{name}{i}",
                    "interceptors": interceptors,
                    "sspk": 0.7,
                    "shots": shots,
                    "tracking": 0.95,
                    "discrimination": 0.5,
                }
                for i in range(layers)
            ],
            "decoys_per_warhead": decoys,
        }

    out = {
        "name": "worst anonymous",
        "sides": {"A": side("a"), "B": side("b")},
        "criteria": {"assured_retaliation": 200, "value_targets": 200},
    }
    if points > 1:
        out["sweep"] = {
            "side": "A",
            "layer": "a0",
            "interceptors": [interceptors * (k + 1) // points for k in range(points)],
        }
    return out


def sized(shape: tuple) -> dict:
    from armscontrol.scenario import parse_scenario

    low, high = 4, 50_000
    while high - low > 4:
        middle = (low + high) // 2
        try:
            work = budget.stability_work(parse_scenario(scenario(*shape, middle)))
        except Exception:  # noqa: BLE001  (beyond an input bound)
            work = budget.ANONYMOUS_WORK + 1
        low, high = (middle, high) if work <= budget.ANONYMOUS_WORK else (low, middle)
    return scenario(*shape, low)


def measure(mapping: dict, out) -> None:
    from armscontrol import answers
    from armscontrol.scenario import parse_scenario

    spec = parse_scenario(mapping)
    answers.engage(10, 5, 0.5, decoys=1)  # the compiled kernels loaded first
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    answers.stability(spec, distributions=True)
    after = resource.getrusage(resource.RUSAGE_SELF)
    out.put(
        (
            (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime),
            time.perf_counter() - started,
            after.ru_maxrss / 1024,
            budget.stability_work(spec),
        )
    )


def main() -> None:
    context = multiprocessing.get_context("spawn")
    print(f"anonymous budget {budget.ANONYMOUS_WORK:,} units")
    for shape in SHAPES:
        mapping = sized(shape)
        queue = context.Queue()
        process = context.Process(target=measure, args=(mapping, queue))
        process.start()
        cpu, wall, peak, work = queue.get(timeout=600)
        process.join()
        warheads = sum(f["launchers"] * f["warheads_per_launcher"] for f in mapping["sides"]["A"]["forces"])
        print(
            f"decoys {shape[0]}, layers {shape[1]}, shots {shape[2]}, interceptors {shape[3]:,}, points {shape[4]}: "
            f"{warheads:,} warheads a side, {work:,} units: {cpu:.1f} CPU s, {wall:.1f} s wall, peak {peak:.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
