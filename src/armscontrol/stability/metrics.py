"""Stability metrics: damage, cost, assured retaliation, first-strike stability."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from armscontrol.stability import validation as check
from armscontrol.stability.exchange import Exchange, ExchangeCache, first_strike
from armscontrol.stability.forces import Attack, Posture, Side

DEFAULT_COST_WEIGHT = 0.25
"""k in C = D(suffered) + k·(1 − D(inflicted)): a side weighs damage it suffers four
times as heavily as damage it fails to inflict (project default, as in DESIGN.md)."""


def damage(warheads: np.ndarray | float, value_targets: float) -> np.ndarray | float:
    """Fraction of a side's value target set destroyed by W arriving warheads.

    Parameters
    ----------
    warheads : float or array_like
        Warheads arriving, W ≥ 0.
    value_targets : float
        Size V > 0 of the value target set (an abstract count).

    Returns
    -------
    float or numpy.ndarray
        D(W) in [0, 1).

    Notes
    -----
    .. math:: D(W) = 1 - e^{-W/V}

    the expected fraction of V equal targets destroyed when W warheads fall at
    random on them (each target escapes one warhead with probability 1 − 1/V ≈ e^{−1/V}).
    """
    value_targets = check.positive("value_targets", value_targets)
    w = np.asarray(warheads, dtype=float)
    if np.any(w < 0):
        raise check.InvalidInput("warheads: expected non-negative numbers")
    out = -np.expm1(-w / value_targets)
    return float(out) if out.ndim == 0 else out


def expected_damage(pmf: np.ndarray, value_targets: float) -> float:
    """E[D(W)] for a distribution of arriving warheads: Σ_w P(W = w)·D(w).

    Clamped to [0, 1]: a pmf whose floating-point sum exceeds 1 by rounding
    (thousands of terms) must not give a damage above 1.
    """
    pmf = np.asarray(pmf, dtype=float)
    value_targets = check.positive("value_targets", value_targets)
    return min(1.0, max(0.0, float(np.dot(pmf, -np.expm1(-np.arange(len(pmf)) / value_targets)))))


def cost(damage_suffered: float, damage_inflicted: float, weight: float = DEFAULT_COST_WEIGHT) -> float:
    """Cost to a side of an exchange.

    Notes
    -----
    .. math:: C = D_{suffered} + k\\,(1 - D_{inflicted})

    after Kent and Thaler (RAND R-3765, 1989), who weigh the damage a side
    suffers against the damage it fails to inflict.
    """
    check.probability("damage_suffered", damage_suffered)
    check.probability("damage_inflicted", damage_inflicted)
    weight = check.non_negative("cost_weight", weight)
    return damage_suffered + weight * (1.0 - damage_inflicted)


@dataclass(frozen=True)
class SideStability:
    """A side's costs when it strikes first and when it is struck first, and their ratio."""

    side: str
    cost_striking_first: float
    cost_struck_first: float

    @property
    def first_strike_stability(self) -> float:
        return self.cost_striking_first / self.cost_struck_first if self.cost_struck_first > 0 else 1.0


@dataclass(frozen=True)
class StabilityResult:
    """Both ordered exchanges, assured retaliation and first-strike stability."""

    exchanges: dict[tuple[str, str], Exchange]
    sides: dict[str, SideStability]
    assured_retaliation: float
    value_targets: float
    cost_weight: float

    @property
    def combined(self) -> float:
        return float(np.prod([s.first_strike_stability for s in self.sides.values()]))

    def assured_retaliation_met(self, attacker: str, victim: str) -> bool:
        return self.exchanges[(attacker, victim)].retaliation_arriving_p5 >= self.assured_retaliation


def first_strike_stability(
    side_a: Side,
    side_b: Side,
    attack: Attack,
    posture: Posture,
    *,
    assured_retaliation: float,
    value_targets: float,
    cost_weight: float = DEFAULT_COST_WEIGHT,
    cache: ExchangeCache | None = None,
) -> StabilityResult:
    """First-strike stability of two sides, each striking first in turn.

    Parameters
    ----------
    side_a, side_b : Side
        The two sides.
    attack : Attack
        Counterforce doctrine used by whichever side strikes first.
    posture : Posture
        Posture of the side struck first.
    assured_retaliation : float
        Warheads that must arrive (5th percentile) for assured retaliation, ≥ 0.
    value_targets : float
        V, size of each side's value target set, > 0.
    cost_weight : float
        k ≥ 0 in the cost function (default 0.25).
    cache : ExchangeCache, optional
        Parts of exchanges shared with other evaluations (same result without it).

    Notes
    -----
    When X strikes Y first, X suffers Y's retaliation R_Y and inflicts its
    reserve S_X; when Y strikes first, X suffers Y's reserve S_Y and inflicts
    its retaliation R_X:

    .. math::

        C_X^{first} = E[D_X(R_Y)] + k\\,(1 - E[D_Y(S_X)]),\\qquad
        C_X^{second} = E[D_X(S_Y)] + k\\,(1 - E[D_Y(R_X)])

        \\mathrm{FSS}_X = C_X^{first} / C_X^{second},\\qquad
        \\mathrm{FSS} = \\mathrm{FSS}_A\\,\\mathrm{FSS}_B

    An index near 1 means striking first buys little; the lower it is, the
    stronger the incentive to strike first. Expected damages are taken over the
    exact distributions of arriving warheads.

    References
    ----------
    .. [1] G. A. Kent and D. E. Thaler, *First-Strike Stability: A Methodology for
       Evaluating Strategic Forces*, RAND R-3765-AF (1989).
    """
    assured_retaliation = check.non_negative("assured_retaliation", assured_retaliation)
    value_targets = check.positive("value_targets", value_targets)
    cost_weight = check.non_negative("cost_weight", cost_weight)
    cache = cache if cache is not None else ExchangeCache()
    a_first = first_strike(side_a, side_b, attack, posture, cache=cache)
    b_first = first_strike(side_b, side_a, attack, posture, cache=cache)

    return stability_of(side_a.name, side_b.name, a_first, b_first, assured_retaliation, value_targets, cost_weight)


def stability_of(
    name_a: str,
    name_b: str,
    a_first: Exchange,
    b_first: Exchange,
    assured_retaliation: float,
    value_targets: float,
    cost_weight: float,
) -> StabilityResult:
    """The :class:`StabilityResult` of the two ordered exchanges (A strikes first, B strikes first)."""

    def side_costs(me: str, mine_first: Exchange, theirs_first: Exchange) -> SideStability:
        striking = cost(
            expected_damage(mine_first.retaliation_pmf, value_targets),
            expected_damage(mine_first.reserve_arriving_pmf, value_targets),
            cost_weight,
        )
        struck = cost(
            expected_damage(theirs_first.reserve_arriving_pmf, value_targets),
            expected_damage(theirs_first.retaliation_pmf, value_targets),
            cost_weight,
        )
        return SideStability(me, striking, struck)

    return StabilityResult(
        exchanges={(name_a, name_b): a_first, (name_b, name_a): b_first},
        sides={name_a: side_costs(name_a, a_first, b_first), name_b: side_costs(name_b, b_first, a_first)},
        assured_retaliation=assured_retaliation,
        value_targets=value_targets,
        cost_weight=cost_weight,
    )
