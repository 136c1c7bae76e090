"""Damage stays a probability when a distribution's floating-point sum exceeds 1 by rounding (large forces)."""

from __future__ import annotations

import numpy as np

from armscontrol.stability.metrics import cost, expected_damage


def test_damage_of_a_pmf_summing_past_one_is_at_most_one() -> None:
    pmf = np.zeros(20_001)
    pmf[-1] = 1.0 + 1e-12  # all the mass on 20,000 warheads, a hair over 1 after thousands of additions
    damage = expected_damage(pmf, value_targets=200)
    assert damage == 1.0
    assert cost(damage, damage) == 1.0  # a probability the cost accepts, not an error
