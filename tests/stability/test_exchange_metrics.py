"""Exchange, metrics and frontier on small forces."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.stability import (
    Attack,
    DefenceLayer,
    ForceElement,
    Posture,
    Side,
    damage,
    first_strike,
    first_strike_stability,
    frontier,
)
from armscontrol.stability.metrics import cost
from armscontrol.stability.validation import InvalidInput
from examples_support import examples


def silos_only(n=20, wpl=1, reliability=1.0, name="B"):
    return Side(name, (ForceElement("silos", "silo", n, wpl, reliability),))


def attacker(n=100, reliability=0.9, defence=()):
    return Side(
        "A", (ForceElement("subs", "sea", n, 1, reliability, {"generated": 1.0, "day_to_day": 1.0}),), tuple(defence)
    )


def test_silo_survival_closed_form():
    # 20 silos, 2 warheads each, r·sspk = 0.9·0.7: each survives with (1 − 0.63)^2.
    ex = first_strike(attacker(), silos_only(), Attack(sspk_silo=0.7, warheads_per_silo=2), Posture())
    q = (1 - 0.9 * 0.7) ** 2
    assert ex.victim_surviving_warheads == pytest.approx(20 * q)
    assert ex.surviving_pmf.sum() == pytest.approx(1.0)
    assert ex.counterforce_warheads == 40 and ex.reserve_warheads == 60


def test_short_of_warheads_covers_best_targets_first():
    victim = Side("B", (ForceElement("small", "silo", 10, 1, 1.0), ForceElement("mirv", "silo", 10, 10, 1.0)))
    ex = first_strike(attacker(n=20), victim, Attack(warheads_per_silo=2), Posture())
    assert ex.aim_points_attacked == 10
    # all ten MIRVed silos attacked first: 10 single-warhead silos untouched
    assert ex.victim_surviving_warheads == pytest.approx(10 + 100 * (1 - 0.9 * 0.7) ** 2)


def test_zero_reliability_attack_destroys_nothing():
    ex = first_strike(attacker(reliability=0.0), silos_only(), Attack(), Posture())
    assert ex.victim_surviving_warheads == pytest.approx(20)


def test_survivable_forces_and_launch_under_attack():
    victim = Side("B", (ForceElement("subs", "sea", 10, 4, 1.0, {"generated": 0.5, "day_to_day": 0.0}, bases=1),))
    generated = first_strike(attacker(), victim, Attack(), Posture(alert="generated"))
    day = first_strike(attacker(), victim, Attack(), Posture(alert="day_to_day"))
    assert generated.victim_surviving_warheads > day.victim_surviving_warheads
    lua = first_strike(attacker(), silos_only(), Attack(), Posture(launch="launch_under_attack", launch_fraction=0.5))
    ride = first_strike(attacker(), silos_only(), Attack(), Posture())
    assert lua.victim_surviving_warheads > ride.victim_surviving_warheads


def test_retaliation_through_perfect_defence_is_zero():
    shield = DefenceLayer(1000, 1.0, name="shield")
    ex = first_strike(attacker(defence=[shield]), silos_only(), Attack(), Posture())
    assert ex.retaliation_arriving == pytest.approx(0.0)


@settings(max_examples=examples(20), deadline=None)
@given(low=st.floats(0, 1), high=st.floats(0, 1))
def test_better_sspk_never_raises_survivors(low, high):
    low, high = sorted([low, high])
    weak = first_strike(attacker(), silos_only(), Attack(sspk_silo=low), Posture())
    strong = first_strike(attacker(), silos_only(), Attack(sspk_silo=high), Posture())
    assert strong.victim_surviving_warheads <= weak.victim_surviving_warheads + 1e-9


def test_damage_and_cost():
    assert damage(0, 100) == 0
    assert damage(100, 100) == pytest.approx(1 - math.exp(-1))
    assert cost(0.5, 1.0, 0.25) == pytest.approx(0.5)
    with pytest.raises(InvalidInput):
        damage(10, 0)


def test_stability_symmetric_sides_equal():
    a = Side(
        "A", (ForceElement("silos", "silo", 30, 1, 0.9), ForceElement("subs", "sea", 10, 3, 0.9, {"generated": 0.8}))
    )
    b = Side("B", a.forces)
    r = first_strike_stability(a, b, Attack(), Posture(), assured_retaliation=10, value_targets=50)
    assert r.sides["A"].first_strike_stability == pytest.approx(r.sides["B"].first_strike_stability)
    assert r.combined == pytest.approx(r.sides["A"].first_strike_stability ** 2)
    assert r.assured_retaliation_met("A", "B")


def test_frontier_rises_with_defence():
    facing = Side(
        "B",
        (
            ForceElement("silos", "silo", 60, 1, 0.9),
            ForceElement("subs", "sea", 10, 4, 0.9, {"generated": 0.5}, bases=1),
        ),
    )
    defended = Side("A", (ForceElement("silos", "silo", 60, 1, 0.9),), (DefenceLayer(0, 0.8, name="nmd"),))
    points = frontier(defended, facing, "nmd", [0, 20, 40], Attack(), Posture(), assured_retaliation=20)
    warheads = [p.facing_warheads for p in points]
    assert all(w is not None for w in warheads)
    assert warheads == sorted(warheads)
    assert points[-1].exchange_ratio is not None and points[-1].exchange_ratio >= 0
