"""Reference implementation of the frontier (bisection from scratch on the reference exchange), kept to test against.

The stability frontier: the smallest offensive force that keeps assured retaliation, by defence size."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from armscontrol.stability import validation as check
from armscontrol.stability.forces import Attack, Posture, Side
from armscontrol.stability.frontier import FrontierPoint
from armscontrol.stability.reference.exchange import first_strike


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
) -> list[FrontierPoint]:
    """Smallest uniform scale of the offensive forces that keeps the facing side's assured retaliation.

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
        Relative precision of the scale found by bisection.
    on_point : callable, optional
        Called with each point as it is found (for progress reporting).

    Returns
    -------
    list of FrontierPoint

    Notes
    -----
    For defence size I, the frontier force is

    .. math:: s^*(I) = \\min\\{ s : R_{p5}(s, I) \\ge R_{assured} \\},

    with launchers of every element rounded from s·L. Bisection assumes
    R_{p5} grows with s (more warheads on both sides). The offence–defence
    exchange ratio between consecutive sizes is
    ΔW_facing / ΔI (extra warheads of the facing side per extra interceptor).
    """
    check.non_negative("assured_retaliation", assured_retaliation)
    sizes = [check.count("defence size", i) for i in defence_sizes]

    seen: dict[tuple[float, int], int] = {}

    def p5_at(scale: float, interceptors: int) -> int:
        # Each evaluation is a full exact exchange; the search asks for some points twice.
        if (scale, interceptors) not in seen:
            d = defended.with_layer_interceptors(layer, interceptors)
            if scale_both:
                d = d.scaled(scale)
            f = facing.scaled(scale)
            seen[scale, interceptors] = first_strike(d, f, attack, posture).retaliation_arriving_p5
        return seen[scale, interceptors]

    points: list[FrontierPoint] = []
    low_start = 0.0
    previous = None
    for interceptors in sizes:
        high = max(low_start, 0.25)
        while p5_at(high, interceptors) < assured_retaliation and high < max_scale:
            high = min(high * 2, max_scale)
        if p5_at(high, interceptors) < assured_retaliation:
            points.append(FrontierPoint(interceptors, None, None, None, None, None))
            if on_point is not None:
                on_point(points[-1])
            continue
        low = low_start if low_start < high and p5_at(low_start, interceptors) < assured_retaliation else 0.0
        while high - low > resolution * max(high, 1e-9):
            middle = (low + high) / 2
            if p5_at(middle, interceptors) >= assured_retaliation:
                high = middle
            else:
                low = middle
        # The frontier never falls as the defence grows (monotone in I), so start the next search here.
        low_start = low
        facing_warheads = facing.scaled(high).warheads
        defended_warheads = defended.scaled(high).warheads if scale_both else defended.warheads
        ratio = None
        if previous is not None and previous.facing_warheads is not None and interceptors != previous.interceptors:
            ratio = (facing_warheads - previous.facing_warheads) / (interceptors - previous.interceptors)
        point = FrontierPoint(interceptors, high, facing_warheads, defended_warheads, p5_at(high, interceptors), ratio)
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
