"""Arriving counts in blocks give what each count gives alone.

Where a defence's capacity binds, the compiled salvo kernel evaluates up to
``ckernels.BLOCK`` arriving counts within 15 of each other together: the
hypergeometric rows of the block's largest count w0 serve every count w of it,
through the exact factorisation

    Hyp(e; w + d, w, C) = γ(w, e)·ρ(w, d)·Hyp(e; w0 + d, w0, C),
    γ(w, e) = C(w, e)/C(w0, e),  ρ(w, d) = C(w0 + d, C)/C(w + d, C)

(docs/stability.md, "Counts in blocks"). The block form must agree with each
count alone (``block=1``, the form of the numba kernels) and with the numba
kernels within the rounding (1e-14 on every probability, a few units in the last place), on generated layers,
arriving distributions with gaps, and counts in any order; its own identity is
checked on the binomial coefficients directly.
"""

from __future__ import annotations

from math import comb

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.stability import kernels
from armscontrol.stability.distributions import NEGLIGIBLE, log_factorials
from armscontrol.stability.engagement import binding_table
from armscontrol.stability.exchange import binomial_pmf
from examples_support import examples

CLOSE = 1e-14


def _layer(centre, p, capacity, tracking, decoys, keep_every, order_seed):
    """Arriving counts from Bin(centre, p) (every ``keep_every``-th count of its support, renormalised), in an order
    shuffled by ``order_seed`` (0: ascending), with the tables the kernels take."""
    pmf = binomial_pmf(centre, p)
    ws = np.flatnonzero(pmf > 0.0).astype(np.int64)[::keep_every]
    weights = pmf[ws] / pmf[ws].sum()
    if order_seed:
        order = np.random.default_rng(order_seed).permutation(ws.size)
        ws, weights = ws[order], weights[order]
    w_max = int(ws.max())
    lf = log_factorials(w_max * (1 + decoys) + 2)
    sf, sf_low = binding_table(capacity, w_max, decoys, tracking)
    return ws, weights, lf, sf, sf_low, centre + 1


def _run(
    module,
    ws,
    weights,
    rows,
    nrows,
    width,
    capacity,
    tracking,
    decoys,
    undiscriminated,
    survive,
    sf,
    sf_low,
    lf,
    **block,
):
    out = np.zeros((nrows, width))
    objects, neglected = module.salvo_layer(
        ws,
        weights,
        rows,
        capacity,
        tracking,
        decoys,
        undiscriminated,
        survive,
        sf,
        sf_low,
        lf,
        NEGLIGIBLE,
        out,
        **block,
    )
    return out, objects, neglected


@settings(max_examples=examples(80), deadline=None)
@given(
    centre=st.integers(1, 600),
    p=st.floats(0.05, 1.0),
    capacity=st.integers(1, 400),
    tracking=st.floats(0.05, 1.0),
    decoys=st.integers(1, 4),
    discrimination=st.floats(0.0, 0.95),
    survive=st.floats(0.0, 1.0),
    nrows=st.integers(1, 3),
    keep_every=st.integers(1, 5),
    order_seed=st.integers(0, 3),
)
def test_blocks_agree_with_each_count_alone_and_with_numba(
    ckernels, centre, p, capacity, tracking, decoys, discrimination, survive, nrows, keep_every, order_seed
):
    ws, weights, lf, sf, sf_low, width = _layer(centre, p, capacity, tracking, decoys, keep_every, order_seed)
    rows = np.arange(ws.size, dtype=np.int64) % nrows
    args = (ws, weights, rows, nrows, width, capacity, tracking, decoys, 1.0 - discrimination, survive, sf, sf_low, lf)
    blocks = _run(ckernels, *args)
    alone = _run(ckernels, *args, block=1)
    numba = _run(kernels, *args)
    for other in (alone, numba):
        assert np.max(np.abs(blocks[0] - other[0])) < CLOSE
        assert blocks[1] == pytest.approx(other[1], rel=1e-13, abs=1e-12)
    assert 0.0 <= blocks[2] < 1e-12 and 0.0 <= alone[2] < 1e-12
    # the leak distribution keeps the arriving mass, less what was neglected
    assert blocks[0].sum() == pytest.approx(weights.sum() - blocks[2], abs=1e-13)


def test_a_block_binds_on_every_count_at_once(ckernels):
    """A layer whose capacity binds for every count of a wide, dense distribution, in blocks of every size.

    For most counts the capacity binds so surely (Chernoff's bound on the tracked objects falling short of it, times
    the count's weight, below the cut) that the compiled kernel leaves out the part where it does not; the numba
    kernels compute that part: the two agree within the rounding."""
    ws, weights, lf, sf, sf_low, width = _layer(900, 0.7, 500, 0.9, 4, 1, 0)
    rows = np.zeros(ws.size, dtype=np.int64)
    args = (ws, weights, rows, 1, width, 500, 0.9, 4, 0.7, 0.3, sf, sf_low, lf)
    alone = _run(ckernels, *args, block=1)
    numba = _run(kernels, *args)
    assert np.max(np.abs(alone[0] - numba[0])) < CLOSE
    assert alone[1] == pytest.approx(numba[1], rel=1e-13)
    for block in (2, 3, 7, 16, 64):
        out, objects, neglected = _run(ckernels, *args, block=block)
        assert np.max(np.abs(out - alone[0])) < CLOSE, block
        assert objects == pytest.approx(alone[1], rel=1e-14)
        assert 0.0 <= neglected < 1e-12


def test_engaged_tables_in_blocks_agree_with_each_count_alone(ckernels):
    ws, weights, lf, sf, sf_low, width = _layer(700, 0.8, 300, 0.95, 2, 2, 1)
    args = (ws, weights, 300, 0.95, 2, 0.5, sf, sf_low, lf, NEGLIGIBLE, width)
    blocks, objects, neglected = ckernels.salvo_engaged(*args)
    alone, objects_alone, neglected_alone = ckernels.salvo_engaged(*args, block=1)
    assert np.max(np.abs(weights[:, None] * (blocks - alone))) < CLOSE
    assert np.allclose(objects, objects_alone, rtol=1e-14, atol=0)
    assert np.all(neglected >= 0.0) and np.all(neglected_alone >= 0.0)


@pytest.mark.parametrize("w0, w, d, capacity", [(40, 25, 30, 50), (115, 100, 7, 100), (16, 1, 60, 20)])
def test_the_factorisation_of_the_hypergeometric_rows(w0, w, d, capacity):
    """Hyp(e; w + d, w, C) = γ(w, e)·ρ(w, d)·Hyp(e; w0 + d, w0, C), in exact integer arithmetic."""

    def hyp(e, m, k, n):  # P(e of the k marked among n drawn from m), as a fraction's parts
        return comb(k, e) * comb(m - k, n - e), comb(m, n)

    for e in range(0, min(w, capacity) + 1):
        num, den = hyp(e, w + d, w, capacity)
        num0, den0 = hyp(e, w0 + d, w0, capacity)
        gamma_num, gamma_den = comb(w, e), comb(w0, e)
        rho_num, rho_den = comb(w0 + d, capacity), comb(w + d, capacity)
        assert num * den0 * gamma_den * rho_den == gamma_num * rho_num * num0 * den
