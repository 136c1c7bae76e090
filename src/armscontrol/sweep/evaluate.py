"""The model outputs for many scenario variants: the one place a sweep calls the models.

Every analysis (uncertainty, sensitivity, grid) evaluates its scenarios through
:func:`evaluate`, so a faster evaluation of many variants at once serves all of
them by changing this module alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from armscontrol.scenario import ScenarioSpec, run_stability

PAIR_OUTPUTS = ("retaliation_expected", "retaliation_p5", "assured_retaliation_met", "victim_surviving")
"""Outputs per ordered pair (attacker strikes victim first), each a column ``VICTIM_after_ATTACKER_strike.NAME``:
retaliation arriving (expected and 5th percentile, warheads), whether the 5th
percentile meets the scenario's assured-retaliation threshold, and the victim's
warheads surviving the strike (expected)."""


def pair_key(attacker: str, victim: str) -> str:
    """The column prefix of an ordered pair: ``RUS_after_USA_strike``."""
    return f"{victim}_after_{attacker}_strike"


def output_names(spec: ScenarioSpec) -> list[str]:
    """The output columns of :func:`evaluate` for a scenario, in order."""
    a, b = spec.sides
    names = [f"{pair_key(x, y)}.{o}" for x, y in ((a, b), (b, a)) for o in PAIR_OUTPUTS]
    return names + [f"first_strike_stability.{a}", f"first_strike_stability.{b}", "first_strike_stability.combined"]


def evaluate(specs: Sequence[ScenarioSpec]) -> dict[str, np.ndarray]:
    """Assured retaliation and first-strike stability of many scenarios.

    Parameters
    ----------
    specs : sequence of ScenarioSpec
        Variants of one scenario (same sides, in the same order).

    Returns
    -------
    dict of str to numpy.ndarray
        One array per output of :func:`output_names`, one entry per scenario:
        per ordered pair ``VICTIM_after_ATTACKER_strike.retaliation_expected``
        (float, warheads), ``.retaliation_p5`` (float, warheads),
        ``.assured_retaliation_met`` (bool) and ``.victim_surviving`` (float,
        expected warheads); ``first_strike_stability.SIDE`` and
        ``first_strike_stability.combined`` (float, the cost ratios of
        :func:`armscontrol.stability.metrics.first_strike_stability`).

    Notes
    -----
    Evaluated one scenario at a time through
    :func:`armscontrol.scenario.run_stability` (exact distributions, no sampling).
    """
    if not specs:
        return {}
    names = output_names(specs[0])
    columns: dict[str, list] = {name: [] for name in names}
    for spec in specs:
        result = run_stability(spec)
        for (attacker, victim), ex in result.exchanges.items():
            key = pair_key(attacker, victim)
            columns[f"{key}.retaliation_expected"].append(ex.retaliation_arriving)
            columns[f"{key}.retaliation_p5"].append(ex.retaliation_arriving_p5)
            columns[f"{key}.assured_retaliation_met"].append(result.assured_retaliation_met(attacker, victim))
            columns[f"{key}.victim_surviving"].append(ex.victim_surviving_warheads)
        for side, s in result.sides.items():
            columns[f"first_strike_stability.{side}"].append(s.first_strike_stability)
        columns["first_strike_stability.combined"].append(result.combined)
    return {name: np.asarray(values, dtype=bool if name.endswith("_met") else float) for name, values in columns.items()}
