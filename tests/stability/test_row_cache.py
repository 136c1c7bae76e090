"""The cache of a defence layer's rows never changes an answer.

A row P(leak | w) is computed once per layer, arriving count and weight class
and reused for every mixture (:class:`armscontrol.stability.engagement.RowCache`).
Answers from cached rows must agree with the uncached kernel within the
truncation, must not depend on what the cache held before (bit for bit), and
frontier points must be the same with and without the cache.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.scenario import build, load_scenario, sweep_sides
from armscontrol.stability import DefenceLayer
from armscontrol.stability.batch import evaluate
from armscontrol.stability.engagement import RowCache, _pass_through_layers, pass_through_layers
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.frontier import frontier
from examples_support import examples

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LAYERS = [
    DefenceLayer(300, 0.7, shots=2, tracking=0.95, discrimination=0.5, reliability=0.9, name="midcourse"),
    DefenceLayer(40, 0.8, shots=1, tracking=0.9, discrimination=0.2, name="terminal"),
]


def incoming(centre: float, spread: float, size: int = 400) -> np.ndarray:
    pmf = np.exp(-0.5 * ((np.arange(size) - centre) / spread) ** 2)
    return pmf / pmf.sum()


@settings(max_examples=examples(30), deadline=None)
@given(centre=st.floats(20, 350), spread=st.floats(1, 40), decoys=st.integers(0, 2))
def test_cached_rows_agree_with_fresh_kernel(centre, spread, decoys):
    pmf = incoming(centre, spread)
    fresh, used, neglected = pass_through_layers(pmf, LAYERS, decoys)
    cached, cached_used, cached_neglected = _pass_through_layers(pmf, LAYERS, decoys, RowCache())
    assert np.max(np.abs(cached - fresh)) < 1e-15
    assert np.allclose(cached_used, used, rtol=1e-12)
    assert cached_neglected < 1e-12


def test_answer_does_not_depend_on_what_the_cache_held():
    warm = RowCache()
    for centre in (100, 150, 200, 250):  # overlapping arriving counts, several weight classes
        _pass_through_layers(incoming(centre, 25), LAYERS, 2, warm)
    assert warm.computed > 0
    pmf = incoming(180, 30)
    reused = warm.reused
    from_warm = _pass_through_layers(pmf, LAYERS, 2, warm)
    from_cold = _pass_through_layers(pmf, LAYERS, 2, RowCache())
    assert warm.reused > reused  # rows were reused ...
    assert np.array_equal(from_warm[0], from_cold[0])  # ... and the answer is the same, bit for bit
    assert from_warm[1] == from_cold[1] and from_warm[2] == from_cold[2]


def test_frontier_points_same_with_and_without_row_cache():
    spec = load_scenario(EXAMPLES / "russia-1500-vs-nmd.yaml")
    a, b, attack, posture = build(spec)
    sizes = range(0, 1001, 125)
    cache = ExchangeCache(rows=True)
    with_rows = frontier(a, b, "midcourse", sizes, attack, posture, 200, cache=cache)
    without = frontier(a, b, "midcourse", sizes, attack, posture, 200, cache=ExchangeCache(rows=False))
    assert with_rows == without
    assert cache.rows.reused > cache.rows.computed  # the bisection met the same arriving counts again


def test_batch_sharing_a_defence_same_with_and_without_row_cache():
    spec = load_scenario(EXAMPLES / "russia-1500-vs-nmd.yaml")
    _, _, attack, posture = build(spec)
    variants = []
    for size in (100, 1000):
        a, b = sweep_sides(spec, size)
        for scale in (0.6, 0.8, 1.0):
            variants.append((a.scaled(scale), b.scaled(scale), attack, posture, spec.criteria))
    cached = evaluate(variants, cache=ExchangeCache(rows=True), keep_results=True)
    plain = evaluate(variants, cache=ExchangeCache(rows=False), keep_results=True)
    assert np.array_equal(cached.retaliation_arriving_p5, plain.retaliation_arriving_p5)
    assert np.allclose(cached.retaliation_arriving, plain.retaliation_arriving, rtol=1e-13, atol=0)
    assert np.array_equal(cached.assured_retaliation_met, plain.assured_retaliation_met)
    assert np.allclose(cached.combined, plain.combined, rtol=1e-12)
