"""The model outputs for many scenario variants: the one place a sweep calls the models.

Every analysis (uncertainty, sensitivity, grid) evaluates its scenarios through
:func:`evaluate`, so a faster evaluation of many variants at once serves all of
them by changing this module alone.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from armscontrol.scenario import ScenarioSpec, variant
from armscontrol.stability.batch import evaluate as evaluate_batch
from armscontrol.stability.exchange import ExchangeCache

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


_WORKER = threading.local()


def worker_cache() -> Any:
    """The exchange cache of this worker (one per thread, so one per Dask worker or in-process thread).

    Shared by every chunk the worker evaluates: variants of one scenario share
    survivors, counterforce passes and whole exchanges across chunks, not only
    within one. A cached part is the part computed from the same inputs, so the
    numbers do not depend on which chunks a worker saw before.
    """
    cache = getattr(_WORKER, "cache", None)
    if cache is None:
        cache = _WORKER.cache = ExchangeCache(maxsize=4096)
    return cache


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
    Evaluated together by :func:`armscontrol.stability.batch.evaluate`, which
    shares the work the variants have in common (exact distributions, no
    sampling), with this worker's cache (:func:`worker_cache`); equal, variant
    by variant, to :func:`armscontrol.scenario.run_stability`.
    """

    if not specs:
        return {}
    names = output_names(specs[0])
    batch = evaluate_batch([variant(spec) for spec in specs], cache=worker_cache())
    a, b = specs[0].sides
    out: dict[str, np.ndarray] = {}
    for column, (attacker, victim) in enumerate(((a, b), (b, a))):
        key = pair_key(attacker, victim)
        out[f"{key}.retaliation_expected"] = batch.retaliation_arriving[:, column].astype(float)
        out[f"{key}.retaliation_p5"] = batch.retaliation_arriving_p5[:, column].astype(float)
        out[f"{key}.assured_retaliation_met"] = batch.assured_retaliation_met[:, column].astype(bool)
        out[f"{key}.victim_surviving"] = batch.victim_surviving_warheads[:, column].astype(float)
    out[f"first_strike_stability.{a}"] = batch.first_strike_stability[:, 0].astype(float)
    out[f"first_strike_stability.{b}"] = batch.first_strike_stability[:, 1].astype(float)
    out["first_strike_stability.combined"] = batch.combined.astype(float)
    return {name: out[name] for name in names}
