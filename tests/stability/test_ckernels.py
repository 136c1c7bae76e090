"""The kernels compiled ahead of time (C, loaded with ctypes) against the numba kernels.

The package's install builds ``armscontrol.stability._ckernels``; a command then
runs no compiler and imports no numba. For a count alone both kernels do the
same operations in the same order, but numba may fuse a multiply and an add,
and the C salvo kernel takes arriving counts in blocks
(tests/stability/test_count_blocks.py), so distributions agree to 1e-15 rather
than bit for bit; frontier points are the same.
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from test_fast_path import ENGAGEMENTS, EXAMPLES

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability import backend, engagement, first_strike, kernels
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.frontier import frontier
from engagement_support import layer_inputs
from examples_support import examples

CLOSE = 1e-15


def both(ckernels, compute):
    with backend.use(ckernels):
        c = compute()
    with backend.use(kernels):
        numba = compute()
    return c, numba


def assert_close_engagement(c, numba):
    assert np.max(np.abs(c.leaker_pmf - numba.leaker_pmf)) < CLOSE
    assert c.interceptors_used == pytest.approx(numba.interceptors_used, rel=1e-13, abs=1e-12)
    assert c.neglected_mass < 1e-12 and numba.neglected_mass < 1e-12


def test_the_compiled_kernels_are_the_default(ckernels):
    assert backend.kernels() is ckernels


@pytest.mark.parametrize(
    "case",
    [
        *ENGAGEMENTS,
        dict(
            warheads=5000,
            interceptors=19000,
            sspk=0.8,
            shots=2,
            decoys=2,
            discrimination=0.5,
            tracking=0.95,
            reliability=0.9,
        ),
    ],
)
def test_same_leakers_as_numba(ckernels, case):
    assert_close_engagement(*both(ckernels, lambda: engagement.engage(**case)))


@settings(max_examples=examples(60), deadline=None)
@given(**layer_inputs(300, 700))
def test_same_leakers_as_numba_generated(
    w, interceptors, decoys, sspk, shots, tracking, discrimination, reliability, doctrine, second_shots
):
    from armscontrol.stability import ckernels

    if doctrine == "shoot-look-shoot":
        decoys = 0
    kw = dict(
        shots=shots,
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
        doctrine=doctrine,
        second_shots=second_shots,
    )
    assert_close_engagement(*both(ckernels, lambda: engagement.engage(w, interceptors, sspk, **kw)))


def test_same_exchange_and_frontier_as_numba(ckernels):
    spec = load_scenario(EXAMPLES / "russia-1500-vs-nmd.yaml")
    a, b, attack, posture = build(spec)
    x, y = sweep_sides(spec, 1000)
    c, numba = both(ckernels, lambda: first_strike(x, y, attack, posture))
    for name in ("surviving_pmf", "retaliation_launched_pmf", "retaliation_pmf", "reserve_arriving_pmf"):
        assert np.max(np.abs(getattr(c, name) - getattr(numba, name))) < CLOSE, name
    sizes = range(0, 1001, 200)
    c, numba = both(
        ckernels, lambda: frontier(a, b, "midcourse", sizes, attack, posture, 200, cache=ExchangeCache(rows=True))
    )
    assert c == numba


def test_binding_probability_same_as_numba(ckernels):
    for capacity, p in [(0, 0.4), (50, 0.01), (500, 0.3), (4750, 0.5), (9500, 0.95)]:
        high = capacity + 30_000
        c, numba = np.empty(high - capacity), np.empty(high - capacity)
        ckernels.binomial_beyond(capacity, p, capacity + 1, high, c)
        kernels.binomial_beyond(capacity, p, capacity + 1, high, numba)
        assert np.max(np.abs(c - numba)) <= 1e-15


def test_numba_chosen_by_environment(tmp_path):
    code = "from armscontrol.stability import backend; print(backend.kernels().__name__)"
    names = {}
    for choice in ("numba", ""):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, backend.ENV: choice},
        )
        names[choice] = done.stdout.strip()
    assert names == {"numba": "armscontrol.stability.kernels", "": "armscontrol.stability.ckernels"}
