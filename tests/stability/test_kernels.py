"""The compiled kernels against the plain-loop kernels they replace, and the binding probability without SciPy.

The loops over 0-based slices (:mod:`armscontrol.stability.kernels`) must give
the same leaker distributions, bit for bit, as the plain loops kept in
:mod:`armscontrol.stability.reference.kernels`: each element gets the same
operations in the same order. Only the neglected mass (a bound on the mass
below the truncation, ~1e-18) may differ in its last bits, since a sum's
order is free there.
"""

from __future__ import annotations

from decimal import Decimal, getcontext

import numpy as np
import pytest
from hypothesis import given, settings
from scipy.special import bdtrc
from test_fast_path import ENGAGEMENTS, EXAMPLES

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability import backend, engagement, first_strike, kernels
from armscontrol.stability.engagement import tracked_beyond
from armscontrol.stability.reference import kernels as plain_loops
from engagement_support import layer_inputs
from examples_support import examples


def plain_kernels():
    """Run the models on the plain-loop kernels for the duration of the block."""
    return backend.use(plain_loops)


def numba_kernels():
    """Run the models on the numba kernels (whatever the backend in use) for the duration of the block."""
    return backend.use(kernels)


# The numba kernels are compiled with fastmath's reassociation, which lets LLVM vectorise a sum to the host's vector
# width: on a machine with AVX-512 the sums run in another order than on one with AVX2, and the last bits differ (up to
# about a dozen ulps, measured on 2026-12-07 on an AVX-512 machine where the arrays had been bit-identical on the
# machines before). The kernels are held to the plain loops to 1e-13 relative, far below anything a model reads.
SAME = dict(rtol=1e-13, atol=0.0)


def assert_identical(new, old):
    np.testing.assert_allclose(new.leaker_pmf, old.leaker_pmf, **SAME)
    np.testing.assert_allclose(new.interceptors_used, old.interceptors_used, **SAME)
    assert new.neglected_mass < 1e-12 and old.neglected_mass < 1e-12


ISSUE_CASE = dict(
    warheads=5000, interceptors=19000, sspk=0.8, shots=2, decoys=2, discrimination=0.5, tracking=0.95, reliability=0.9
)


@pytest.mark.parametrize("case", [*ENGAGEMENTS, ISSUE_CASE, {**ISSUE_CASE, "interceptors": 1000}])
def test_same_leakers_as_plain_loops(case):
    with numba_kernels():
        new = engagement.engage(**case)
    with plain_kernels():
        old = engagement.engage(**case)
    assert_identical(new, old)


@settings(max_examples=examples(80), deadline=None)
@given(**layer_inputs(400, 900))
def test_same_leakers_as_plain_loops_generated(
    w, interceptors, decoys, sspk, shots, tracking, discrimination, reliability, doctrine, second_shots
):
    if doctrine == "shoot-look-shoot":
        decoys = 0  # with undismissed decoys shoot-look-shoot runs the reference enumeration, no kernel
    kw = dict(
        shots=shots,
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
        doctrine=doctrine,
        second_shots=second_shots,
    )
    with numba_kernels():
        new = engagement.engage(w, interceptors, sspk, **kw)
    with plain_kernels():
        old = engagement.engage(w, interceptors, sspk, **kw)
    assert_identical(new, old)


def test_same_exchange_as_plain_loops():
    spec = load_scenario(EXAMPLES / "russia-1500-vs-nmd.yaml")
    _, _, attack, posture = build(spec)
    a, b = sweep_sides(spec, 1000)
    with numba_kernels():
        new = first_strike(a, b, attack, posture)
    with plain_kernels():
        old = first_strike(a, b, attack, posture)
    for name in ("surviving_pmf", "retaliation_launched_pmf", "retaliation_pmf", "reserve_arriving_pmf"):
        np.testing.assert_allclose(getattr(new, name), getattr(old, name), err_msg=name, **SAME)


def exactly_beyond(capacity: int, m: int, p: float) -> Decimal:
    """P(Bin(m, p) > C) in 60-digit decimal arithmetic (the sum of its terms, from k = m down)."""
    getcontext().prec = 60
    p_, q_ = Decimal(p), 1 - Decimal(p)
    term, total = p_**m, Decimal(0)
    for k in range(m, capacity, -1):
        total += term
        term = term * k / (m - k + 1) * q_ / p_
    return total


@pytest.mark.parametrize(
    "capacity, p", [(0, 0.4), (1, 1e-6), (50, 0.01), (500, 0.3), (500, 0.5), (4750, 0.95), (4750, 0.5), (19000, 0.3)]
)
def test_binding_probability_matches_scipy(capacity, p):
    # tracked_beyond runs the kernels in use (C where built); tests/stability/test_ckernels.py holds the two equal
    candidates = np.arange(capacity + 1, min(int(3 * capacity / p) + 60, 100_000))  # the models' range: w·(1 + d)
    ours = tracked_beyond(capacity, candidates, p)
    # SciPy's incomplete beta is itself off by up to ~2e-10 at these sizes (see the exact test below)
    assert np.max(np.abs(ours - bdtrc(capacity, candidates, p))) < 1e-9
    assert np.all(np.diff(ours) >= 0) and ours[-1] <= 1.0


@pytest.mark.parametrize(
    "capacity, p, m", [(3, 0.4, 9), (500, 0.3, 1669), (500, 0.01, 50070), (4750, 0.95, 4997), (4750, 0.5, 9517)]
)
def test_binding_probability_matches_exact_arithmetic(capacity, p, m):
    ours = tracked_beyond(capacity, np.array([m]), p)[0]
    exact = exactly_beyond(capacity, m, p)
    assert abs(Decimal(ours) - exact) <= Decimal("1e-11") * exact


def test_binding_probability_edges():
    m = np.arange(0, 12)
    assert np.array_equal(tracked_beyond(4, m, 1.0), (m > 4).astype(float))
    assert np.array_equal(tracked_beyond(4, m, 0.0), np.zeros(12))
    assert tracked_beyond(4, np.array([5]), 0.5)[0] == 0.5**5
