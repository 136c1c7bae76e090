"""How many work units (armscontrol.budget) one second of one core computes, for scenarios of growing size.

Prints, for each scenario, its estimated work, the CPU seconds it took and the
units per CPU second: the budget's defaults assume about a million units a
second, and a ratio that stays within a small factor across sizes shows the
estimate follows the cost. Run: ``python benchmarks/budget_calibration.py``.
"""

from __future__ import annotations

import copy
import time

import yaml

from armscontrol import answers, budget
from armscontrol.scenario import FOUNDING_SCENARIO, parse_scenario


def scaled(base: dict, factor: float, decoys: int, layers: int, shots: int) -> dict:
    out = copy.deepcopy(base)
    out.pop("sweep", None)
    for side in out["sides"].values():
        for force in side["forces"]:
            force["launchers"] = max(1, round(force["launchers"] * factor))
        side["decoys_per_warhead"] = decoys
        side["defence"] = [
            {
                "name": f"layer{i}",
                "interceptors": 1000,
                "sspk": 0.7,
                "shots": shots,
                "tracking": 0.95,
                "discrimination": 0.5,
            }
            for i in range(layers)
        ]
    return out


def main() -> None:
    base = yaml.safe_load(FOUNDING_SCENARIO.read_text())
    answers.stability(parse_scenario(scaled(base, 0.1, 0, 1, 1)))  # compile the kernels first
    print(f"{'scenario':<42}{'units':>14}{'cpu s':>9}{'units/s':>14}")
    for factor, decoys, layers, shots in (
        (1, 2, 1, 2),
        (3, 2, 1, 2),
        (3, 4, 2, 3),
        (10, 2, 1, 2),
        (10, 4, 3, 4),
        (20, 4, 5, 10),
    ):
        mapping = scaled(base, factor, decoys, layers, shots)
        spec = parse_scenario(mapping)
        units = budget.stability_work(spec)
        started = time.process_time()
        answers.stability(spec)
        cpu = time.process_time() - started
        name = f"x{factor} decoys {decoys} layers {layers} shots {shots}"
        print(f"{name:<42}{units:>14,}{cpu:>9.2f}{units / max(cpu, 1e-9):>14,.0f}")
    for path in sorted(FOUNDING_SCENARIO.parent.glob("*.yaml")):
        spec = parse_scenario(yaml.safe_load(path.read_text()))
        for name, units, run in (
            (
                f"{path.stem} stability",
                budget.stability_work(spec),
                lambda spec=spec: answers.stability(spec, distributions=True),
            ),
            (f"{path.stem} frontier", budget.frontier_work(spec), lambda spec=spec: answers.frontier(spec)),
        ):
            started = time.process_time()
            run()
            cpu = time.process_time() - started
            print(f"{name:<42}{units:>14,}{cpu:>9.2f}{units / max(cpu, 1e-9):>14,.0f}")


if __name__ == "__main__":
    main()
