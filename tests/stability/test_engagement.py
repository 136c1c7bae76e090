"""Engagement: closed forms, limiting cases, Monte Carlo agreement, properties, composition."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.stability.engagement import DefenceLayer, engage, engage_layers, transition_matrix
from armscontrol.stability.validation import InvalidInput
from examples_support import examples


def test_closed_form_two_shots_ample():
    r = engage(100, 1000, 0.8, shots=2)
    assert r.expected_leakers == pytest.approx(4.0, abs=1e-9)
    assert r.p_no_leakers == pytest.approx(0.96**100, rel=1e-9)
    assert r.interceptors_used == pytest.approx(200)
    assert r.leaker_pmf.sum() == pytest.approx(1.0, abs=1e-12)


def test_no_defence_all_leak():
    r = engage(50, 0, 0.9, shots=1)
    assert r.expected_leakers == 50 and r.leaker_pmf[50] == pytest.approx(1.0)


def test_perfect_defence_none_leak():
    r = engage(50, 100, 1.0)
    assert r.p_no_leakers == pytest.approx(1.0)


def test_inventory_short_of_one_salvo():
    assert engage(10, 1, 0.9, shots=2).expected_leakers == 10


def test_zero_reliability_all_leak():
    r = engage(40, 1000, 0.9, reliability=0.0)
    assert r.leaker_pmf[40] == pytest.approx(1.0) and r.interceptors_used == 0


def test_limited_inventory_without_decoys_exact():
    # 30 interceptors, 1 shot: exactly 30 engaged, kills ~ Bin(30, p).
    r = engage(50, 30, 0.5)
    assert r.expected_leakers == pytest.approx(20 + 15)


def test_common_mode_mixture():
    ok = engage(20, 100, 0.7, shots=1)
    mixed = engage(20, 100, 0.7, shots=1, reliability=0.8)
    expected = 0.8 * ok.leaker_pmf
    expected[20] += 0.2
    assert np.allclose(mixed.leaker_pmf, expected, atol=1e-13)


def test_bad_inputs_are_named():
    with pytest.raises(InvalidInput, match="sspk"):
        engage(10, 10, 1.2)
    with pytest.raises(InvalidInput, match="warheads"):
        engage(-1, 10, 0.5)
    with pytest.raises(InvalidInput, match="shots"):
        engage(10, 10, 0.5, shots=0)
    with pytest.raises(InvalidInput, match="doctrine"):
        engage(10, 10, 0.5, doctrine="spray")


def _pick(rng, eligible, k):
    """A uniformly random subset of ``k[r]`` of the eligible objects of each run ``r`` (one row per run)."""
    keys = np.where(eligible, rng.random(eligible.shape), 2.0)  # the ineligible rank last
    ranks = keys.argsort(axis=1).argsort(axis=1)
    return eligible & (ranks < k[:, None])


def monte_carlo(
    w,
    interceptors,
    sspk,
    shots=1,
    doctrine="salvo",
    decoys=0,
    discrimination=0.0,
    tracking=1.0,
    reliability=1.0,
    runs=20000,
    seed=1,
):
    """Object-by-object simulation of the doctrine in DESIGN.md, every run at once (a row per run, a column per
    object)."""
    rng = np.random.default_rng(seed)
    real = np.r_[np.ones(w, bool), np.zeros(w * decoys, bool)]
    shape = (runs, real.size)
    works = rng.random(runs) < reliability
    engageable = (rng.random(shape) < tracking) & (real | (rng.random(shape) >= discrimination))
    kill = 1 - (1 - sspk) ** shots
    k = np.minimum(engageable.sum(axis=1), interceptors // shots)
    chosen = _pick(rng, engageable, k)
    alive = ~(chosen & (rng.random(shape) < kill))
    if doctrine == "shoot-look-shoot":
        survivors = chosen & alive
        j = np.minimum(survivors.sum(axis=1), (interceptors - shots * k) // shots)
        second = _pick(rng, survivors, j)
        alive &= ~(second & (rng.random(shape) < kill))
    return np.where(works, (alive & real).sum(axis=1), w)


CASES = [
    dict(w=30, interceptors=20, sspk=0.7, shots=1),
    dict(w=20, interceptors=30, sspk=0.6, shots=1, decoys=2, discrimination=0.4),
    dict(w=25, interceptors=40, sspk=0.7, shots=2, decoys=1, discrimination=0.5, tracking=0.9, reliability=0.9),
    dict(w=20, interceptors=30, sspk=0.6, shots=1, doctrine="shoot-look-shoot"),
    dict(
        w=15,
        interceptors=30,
        sspk=0.6,
        shots=1,
        doctrine="shoot-look-shoot",
        decoys=1,
        discrimination=0.3,
        tracking=0.9,
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_agrees_with_monte_carlo(case):
    w = case["w"]
    params = {k: v for k, v in case.items() if k != "w"}
    exact = engage(w, **params)
    runs = 20000
    leaks = monte_carlo(w, runs=runs, **params)
    se = leaks.std() / np.sqrt(runs)
    assert abs(leaks.mean() - exact.expected_leakers) < 5 * se + 1e-9
    empirical = np.bincount(leaks, minlength=w + 1) / runs
    # Each pmf cell within 5 binomial standard errors.
    tol = 5 * np.sqrt(exact.leaker_pmf * (1 - exact.leaker_pmf) / runs) + 2e-3
    assert np.all(np.abs(empirical - exact.leaker_pmf) <= tol)


def test_layered_composition_is_matrix_product():
    outer = DefenceLayer(15, 0.6, shots=1, tracking=0.9, name="outer")
    inner = DefenceLayer(10, 0.8, shots=2, doctrine="shoot-look-shoot", name="inner")
    w = 25
    composed = transition_matrix(w, outer, decoys=1) @ transition_matrix(w, inner, decoys=1)
    layered = engage_layers(w, [outer, inner], decoys=1)
    assert np.allclose(layered.leaker_pmf, composed[w], atol=1e-12)
    assert np.allclose(composed.sum(axis=1), 1.0, atol=1e-12)


def test_transition_matrix_rows_match_engage():
    layer = DefenceLayer(12, 0.7, shots=2, tracking=0.95, discrimination=0.5, reliability=0.9)
    matrix = transition_matrix(20, layer, decoys=2)
    for w in (0, 5, 20):
        r = engage(w, 12, 0.7, shots=2, decoys=2, discrimination=0.5, tracking=0.95, reliability=0.9)
        assert np.allclose(matrix[w, : w + 1], r.leaker_pmf, atol=1e-12)


def test_thousands_of_warheads_normalised():
    r = engage(5000, 1000, 0.7, shots=2, tracking=0.95, reliability=0.9)
    assert r.leaker_pmf.sum() == pytest.approx(1.0, abs=1e-12)
    assert r.neglected_mass < 1e-12


params = dict(
    w=st.integers(0, 40),
    decoys=st.integers(0, 2),
    sspk=st.floats(0, 1),
    shots=st.integers(1, 3),
    tracking=st.floats(0, 1),
    discrimination=st.floats(0, 1),
    reliability=st.floats(0, 1),
    doctrine=st.sampled_from(["salvo", "shoot-look-shoot"]),
)


@settings(max_examples=examples(40), deadline=None)
@given(interceptors=st.integers(0, 60), extra=st.integers(1, 30), **params)
def test_more_interceptors_never_raise_expected_leakers(
    w, interceptors, extra, decoys, sspk, shots, tracking, discrimination, reliability, doctrine
):
    kw = dict(
        shots=shots,
        doctrine=doctrine,
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
    )
    fewer = engage(w, interceptors, sspk, **kw)
    more = engage(w, interceptors + extra, sspk, **kw)
    assert more.expected_leakers <= fewer.expected_leakers + 1e-9
    assert fewer.leaker_pmf.sum() == pytest.approx(1.0, abs=1e-9)
    assert np.all(fewer.leaker_pmf >= -1e-15)


@settings(max_examples=examples(30), deadline=None)
@given(interceptors=st.integers(0, 60), better=st.floats(0, 1), **params)
def test_better_sspk_never_raises_expected_leakers(
    w, interceptors, better, decoys, sspk, shots, tracking, discrimination, reliability, doctrine
):
    kw = dict(
        shots=shots,
        doctrine=doctrine,
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
    )
    low, high = sorted([sspk, better])
    assert (
        engage(w, interceptors, high, **kw).expected_leakers
        <= engage(w, interceptors, low, **kw).expected_leakers + 1e-9
    )
