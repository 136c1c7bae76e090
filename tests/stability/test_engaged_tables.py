"""Engaged tables shared across kill probabilities never change an answer.

A salvo pass is its engaged table (which warheads are engaged; no kill
probability in it) then its kill step (``_ckernels.c``). The split kernels
(``salvo_engaged`` then ``salvo_kill``) must give what the one-pass kernel
``salvo_layer`` gives, bit for bit; a batch whose exchanges share engaged tables
(:class:`armscontrol.stability.engaged.EngagedTables`, held by
:class:`armscontrol.stability.exchange.ExchangeCache`) must give the same
answers, bit for bit, as one that computes every table.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability.batch import evaluate
from armscontrol.stability.distributions import NEGLIGIBLE, log_factorials
from armscontrol.stability.engaged import EngagedTables
from armscontrol.stability.engagement import binding_table
from armscontrol.stability.exchange import ExchangeCache, binomial_pmf
from examples_support import examples

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _pass_inputs(centre: int, n: float, capacity: int, tracking: float, decoys: int):
    pmf = binomial_pmf(centre, n)
    ws = np.flatnonzero(pmf > 0.0).astype(np.int64)
    w_max = int(ws.max())
    lf = log_factorials(w_max * (1 + decoys) + 2)
    sf, sf_low = binding_table(capacity, w_max, decoys, tracking)
    return ws, pmf[ws], lf, sf, sf_low, pmf.size


@settings(max_examples=examples(60), deadline=None)
@given(
    arriving=st.integers(1, 400),
    p=st.floats(0.05, 1.0),
    capacity=st.integers(1, 500),
    tracking=st.floats(0.0, 1.0),
    decoys=st.integers(0, 3),
    discrimination=st.floats(0.0, 1.0),
    survive=st.floats(0.0, 1.0),
    nrows=st.integers(1, 3),
)
def test_split_kernels_equal_the_one_pass_kernel(
    arriving, p, capacity, tracking, decoys, discrimination, survive, nrows
):
    from armscontrol.stability import ckernels

    ws, weights, lf, sf, sf_low, width = _pass_inputs(arriving, p, capacity, tracking, decoys)
    rows = np.arange(ws.size, dtype=np.int64) % nrows
    undiscriminated = 1.0 - discrimination if decoys else 0.0
    one = np.zeros((nrows, width))
    objects, neglected = ckernels.salvo_layer(
        ws, weights, rows, capacity, tracking, decoys, undiscriminated, survive, sf, sf_low, lf, NEGLIGIBLE, one
    )
    tables = ckernels.salvo_engaged(
        ws, weights, capacity, tracking, decoys, undiscriminated, sf, sf_low, lf, NEGLIGIBLE, width
    )
    split = np.zeros((nrows, width))
    totals = ckernels.salvo_kill(ws, weights, rows, capacity, survive, *tables, lf, NEGLIGIBLE, split)
    assert totals == (objects, neglected)
    assert np.array_equal(split, one)


def _fields(result) -> dict[str, np.ndarray]:
    skipped = ("side_names", "results")
    return {f.name: getattr(result, f.name) for f in dataclasses.fields(result) if f.name not in skipped}


def test_sharing_across_kill_probabilities_changes_no_answer(ckernels):
    spec = load_scenario(EXAMPLES / "russia-1500-vs-nmd.yaml")
    _, _, attack, posture = build(spec)
    variants = []
    for interceptors in (250, 1000):
        a, b = sweep_sides(spec, interceptors)
        for sspk in (0.5, 0.7, 0.9):
            layer = dataclasses.replace(a.defence[0], sspk=sspk)
            variants.append((dataclasses.replace(a, defence=(layer,)), b, attack, posture, spec.criteria))
    shared = ExchangeCache()
    with_tables = evaluate(variants, cache=shared)
    without = evaluate(variants, cache=ExchangeCache(engaged=False))
    assert shared.engaged.hits > 0
    for name, values in _fields(with_tables).items():
        assert np.array_equal(values, _fields(without)[name], equal_nan=True), name
    # what the store held before does not matter either
    again = evaluate(variants[::-1], cache=shared)
    for name, values in _fields(again).items():
        assert np.array_equal(values[::-1], _fields(without)[name], equal_nan=True), name


def test_store_keeps_to_its_budget():
    tables = EngagedTables(budget=2000)  # two entries of 832 bytes
    for i in range(5):
        key = ("k", np.array([i]).tobytes(), np.ones(1).tobytes(), 1, 1.0, 0, 0.0, 1)
        tables.put(key, (np.zeros((1, 100)), np.zeros(1), np.zeros(1)))
    assert len(tables) == 2
    assert tables.get(("k", np.array([4]).tobytes(), np.ones(1).tobytes(), 1, 1.0, 0, 0.0, 1)) is not None
    assert tables.get(("k", np.array([0]).tobytes(), np.ones(1).tobytes(), 1, 1.0, 0, 0.0, 1)) is None
