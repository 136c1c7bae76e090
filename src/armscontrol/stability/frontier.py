"""The stability frontier: the smallest offensive force that keeps assured retaliation, by defence size."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from armscontrol.stability import validation as check
from armscontrol.stability.batch import Criteria, evaluate
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.forces import Attack, Posture, Side


@dataclass(frozen=True)
class FrontierPoint:
    """One defence size and the smallest force scale that keeps assured retaliation."""

    interceptors: int
    scale: float | None
    facing_warheads: int | None
    defended_warheads: int | None
    retaliation_p5: int | None
    exchange_ratio: float | None  # extra warheads per extra interceptor since the previous point


def frontier(
    defended: Side,
    facing: Side,
    layer: str,
    defence_sizes: Sequence[int],
    attack: Attack,
    posture: Posture,
    assured_retaliation: float,
    *,
    scale_both: bool = True,
    max_scale: float = 8.0,
    resolution: float = 0.005,
    on_point: Callable[[FrontierPoint], None] | None = None,
    warm_start: bool = True,
    cache: ExchangeCache | None = None,
    min_scale: float = 1e-3,
) -> list[FrontierPoint]:
    r"""Smallest uniform scale of the offensive forces that keeps the facing side's assured retaliation.

    Parameters
    ----------
    defended : Side
        The side whose defence layer ``layer`` is swept; it strikes first.
    facing : Side
        The side that absorbs the strike and retaliates through the defence.
    layer : str
        Name of the swept layer of ``defended``.
    defence_sizes : sequence of int
        Interceptor counts, each ≥ 0.
    attack, posture : Attack, Posture
        Counterforce doctrine and the facing side's posture.
    assured_retaliation : float
        Warheads that must arrive (5th percentile).
    scale_both : bool
        Scale both sides' forces by the same factor (parity reductions), or only the facing side.
    max_scale : float
        Largest scale tried; beyond it the point is reported as unreachable (``None``).
    resolution : float
        Relative step of the grid of scales searched: s_k = (1 + resolution)^k.
    on_point : callable, optional
        Called with each point as it is found (for progress reporting).
    warm_start : bool
        Start each size's search from the previous size's answer: for a larger
        defence, galloping up from it (steps 1, 2, 4, …) then bisecting; for a
        smaller one, galloping down. The answer is the same as a search from
        scratch wherever the frontier is monotone (see Notes).
    cache : ExchangeCache, optional
        Shared parts of the exchanges (the facing side's survivors at a scale are
        computed once for every defence size). By default a new one that also
        keeps the defence's rows P(leak | w), which the bisection at one size
        meets again and again (the points are the same without them).
    min_scale : float
        Smallest scale on the grid.

    Returns
    -------
    list of FrontierPoint

    Notes
    -----
    For defence size I, the frontier force is the smallest scale on the grid
    :math:`s_k = (1 + \mathrm{resolution})^k`, :math:`s_k \in [\mathrm{min\_scale}, \mathrm{max\_scale}]`, with

    .. math:: R_{p5}(s_k, I) \ge R_{assured},

    launchers of every element rounded from s·L. The search assumes R_{p5} grows
    with s (more warheads on both sides) and does not grow with I (more
    interceptors never let more through): bisection over k from scratch; with a
    warm start, a larger defence needs a scale at least the previous one, so the
    search only looks up from there (one evaluation when the answer stays). Every
    evaluation is the facing side's retaliation of
    :func:`armscontrol.stability.batch.evaluate` (``strikes="a"``). The
    offence–defence exchange ratio between consecutive sizes is
    ΔW_facing / ΔI (extra warheads of the facing side per extra interceptor).
    """
    check.non_negative("assured_retaliation", assured_retaliation)
    sizes = [check.count("defence size", i) for i in defence_sizes]
    check.positive("resolution", resolution)
    check.positive("max_scale", max_scale)
    check.positive("min_scale", min_scale)
    cache = cache if cache is not None else ExchangeCache(rows=True)
    criteria = Criteria(assured_retaliation, 1.0)
    step = math.log1p(resolution)
    k_low = math.ceil(math.log(min_scale) / step - 1e-9)
    k_high = math.floor(math.log(max_scale) / step + 1e-9)

    def scale_of(k: int) -> float:
        return math.exp(k * step)

    seen: dict[tuple[int, int], int] = {}

    def p5_at(k: int, interceptors: int) -> int:
        if (k, interceptors) not in seen:
            scale = scale_of(k)
            d = defended.with_layer_interceptors(layer, interceptors)
            if scale_both:
                d = d.scaled(scale)
            result = evaluate([(d, facing.scaled(scale), attack, posture, criteria)], strikes="a", cache=cache)
            seen[k, interceptors] = int(result.retaliation_arriving_p5[0, 0])
        return seen[k, interceptors]

    def ok(k: int, interceptors: int) -> bool:
        if k < k_low:
            return False
        return p5_at(k, interceptors) >= assured_retaliation

    def bisect(low: int, high: int, interceptors: int) -> int:
        # invariant: not ok(low), ok(high)
        while high - low > 1:
            middle = (low + high) // 2
            if ok(middle, interceptors):
                high = middle
            else:
                low = middle
        return high

    def search(interceptors: int, start: tuple[int, int] | None) -> int | None:
        if start is None:
            if not ok(k_high, interceptors):
                return None
            return bisect(k_low - 1, k_high, interceptors)
        k, before = start
        if interceptors >= before:
            # The frontier never falls as the defence grows: not ok(k - 1) at this size, since
            # not at the previous one. Gallop up from k.
            if ok(k, interceptors):
                return k
            low, jump = k, 1
            while True:
                candidate = min(low + jump, k_high)
                if ok(candidate, interceptors):
                    return bisect(low, candidate, interceptors)
                if candidate == k_high:
                    return None
                low, jump = candidate, jump * 2
        # A smaller defence: ok at k, gallop down.
        high, jump = k, 1
        while True:
            candidate = max(high - jump, k_low - 1)
            if ok(candidate, interceptors):
                high, jump = candidate, jump * 2
            else:
                return bisect(candidate, high, interceptors)

    points: list[FrontierPoint] = []
    start: tuple[int, int] | None = None
    previous = None
    for interceptors in sizes:
        k = search(interceptors, start if warm_start else None)
        if k is None:
            points.append(FrontierPoint(interceptors, None, None, None, None, None))
            if on_point is not None:
                on_point(points[-1])
            continue
        start = (k, interceptors)
        scale = scale_of(k)
        facing_warheads = facing.scaled(scale).warheads
        defended_warheads = defended.scaled(scale).warheads if scale_both else defended.warheads
        ratio = None
        if previous is not None and previous.facing_warheads is not None and interceptors != previous.interceptors:
            ratio = (facing_warheads - previous.facing_warheads) / (interceptors - previous.interceptors)
        point = FrontierPoint(interceptors, scale, facing_warheads, defended_warheads, p5_at(k, interceptors), ratio)
        points.append(point)
        previous = point
        if on_point is not None:
            on_point(point)
    return points


def exchange_ratio(points: Sequence[FrontierPoint]) -> float | None:
    """Least-squares slope of facing-side warheads on interceptors over the reachable points."""
    xs = np.array([p.interceptors for p in points if p.facing_warheads is not None], dtype=float)
    ys = np.array([p.facing_warheads for p in points if p.facing_warheads is not None], dtype=float)
    if len(xs) < 2 or np.ptp(xs) == 0:
        return None
    return float(np.polyfit(xs, ys, 1)[0])
