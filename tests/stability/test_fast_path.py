"""The fast path against the reference implementation (the code before it), the batch and the frontier search.

The reference (:mod:`armscontrol.stability.reference`) enumerates every case
with SciPy tables; the fast path splits on whether a layer's capacity binds and
runs compiled ratio recurrences. Both are exact up to truncation below 1e-15, so
their distributions must agree to 1e-12 everywhere.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from armscontrol.scenario import build, load_scenario, sweep_sides, variant
from armscontrol.stability import (
    Attack,
    DefenceLayer,
    ForceElement,
    Posture,
    Side,
    first_strike,
    first_strike_stability,
    reference,
)
from armscontrol.stability import engagement as fast
from armscontrol.stability.batch import Criteria, evaluate
from armscontrol.stability.exchange import ExchangeCache
from armscontrol.stability.frontier import frontier
from armscontrol.stability.validation import InvalidInput
from engagement_support import layer_inputs
from examples_support import examples

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AGREE = 1e-12


def gap(a: np.ndarray, b: np.ndarray) -> float:
    n = max(a.size, b.size)
    return float(np.max(np.abs(np.pad(a, (0, n - a.size)) - np.pad(b, (0, n - b.size)))))


def assert_same_engagement(new, old):
    assert gap(new.leaker_pmf, old.leaker_pmf) < AGREE
    assert new.interceptors_used == pytest.approx(old.interceptors_used, rel=1e-10, abs=1e-9)
    assert new.neglected_mass < 1e-12


ENGAGEMENTS = [
    dict(warheads=100, interceptors=50, sspk=0.7, decoys=2, discrimination=0.5, tracking=0.9),
    dict(
        warheads=300, interceptors=200, sspk=0.7, shots=2, decoys=2, discrimination=0.5, tracking=0.95, reliability=0.9
    ),
    dict(warheads=300, interceptors=1000, sspk=0.7, shots=2, decoys=1, discrimination=0.3, tracking=0.95),
    dict(
        warheads=200, interceptors=900, sspk=0.6, shots=1, decoys=3, discrimination=0.2, tracking=0.99
    ),  # capacity close to the tracked objects
    dict(warheads=1000, interceptors=300, sspk=0.8, shots=2, tracking=0.95, reliability=0.9),
    dict(
        warheads=40, interceptors=60, sspk=0.6, doctrine="shoot-look-shoot", decoys=1, discrimination=0.3, tracking=0.9
    ),
    dict(warheads=300, interceptors=400, sspk=0.7, doctrine="shoot-look-shoot", tracking=0.95, reliability=0.9),
    dict(
        warheads=200,
        interceptors=500,
        sspk=0.6,
        shots=2,
        second_shots=1,
        doctrine="shoot-look-shoot",
        decoys=2,
        discrimination=1.0,
    ),
]


@pytest.mark.parametrize("case", ENGAGEMENTS)
def test_engagement_matches_reference(case):
    assert_same_engagement(fast.engage(**case), reference.engage(**case))


@settings(max_examples=examples(60), deadline=None)
@given(**layer_inputs(40, 100))
def test_engagement_matches_reference_generated(
    w, interceptors, decoys, sspk, shots, tracking, discrimination, reliability, doctrine, second_shots
):
    if doctrine == "shoot-look-shoot" and decoys and discrimination < 1:
        decoys = 0  # shoot-look-shoot with undismissed decoys runs the reference enumeration itself
    kw = dict(
        shots=shots,
        decoys=decoys,
        discrimination=discrimination,
        tracking=tracking,
        reliability=reliability,
        doctrine=doctrine,
        second_shots=second_shots,
    )
    assert_same_engagement(fast.engage(w, interceptors, sspk, **kw), reference.engage(w, interceptors, sspk, **kw))


def test_layers_and_transition_matrix_match_reference():
    layers = [
        DefenceLayer(30, 0.7, shots=2, tracking=0.9, discrimination=0.4, reliability=0.9, name="outer"),
        DefenceLayer(12, 0.8, shots=1, tracking=0.95, discrimination=0.2, name="inner"),
    ]
    assert_same_engagement(fast.engage_layers(60, layers, decoys=2), reference.engage_layers(60, layers, decoys=2))
    for layer in layers:
        assert np.max(np.abs(fast.transition_matrix(40, layer, 2) - reference.transition_matrix(40, layer, 2))) < AGREE
    incoming = np.exp(-0.5 * ((np.arange(80) - 50) / 6.0) ** 2)
    incoming /= incoming.sum()
    new, new_used, _ = fast.pass_through_layers(incoming, layers, 1)
    old, old_used, _ = reference.pass_through_layers(incoming, layers, 1)
    assert gap(new, old) < AGREE and np.allclose(new_used, old_used, rtol=1e-10)


def assert_same_exchange(new, old):
    for name in ("surviving_pmf", "retaliation_launched_pmf", "retaliation_pmf", "reserve_arriving_pmf"):
        assert gap(getattr(new, name), getattr(old, name)) < AGREE, name
    assert new.victim_interceptors_left == old.victim_interceptors_left
    assert new.defence_leak_fraction == pytest.approx(old.defence_leak_fraction, abs=1e-12)
    assert (new.counterforce_warheads, new.reserve_warheads, new.aim_points_attacked) == (
        old.counterforce_warheads,
        old.reserve_warheads,
        old.aim_points_attacked,
    )
    assert new.neglected_mass < 1e-12


SLOW_SIZE = 100
"""From this many interceptors the reference takes seconds per exchange: those sizes run in the full suite only
(the same comparison runs in the quick loop at the smaller sizes of every example)."""


# Every shipped example, at its sweep sizes up to 250 interceptors (the reference takes
# tens of seconds per exchange beyond); both first strikes. An example without a sweep (one that holds
# its assumptions as distributions) is checked at its own defence size.
def _sizes(path):
    spec = load_scenario(path)
    if spec.sweep is not None:
        return [size for size in spec.sweep.interceptors if size <= 250]
    return []


SHIPPED = [
    pytest.param(path.name, size, marks=[pytest.mark.slow] if size >= SLOW_SIZE else [])
    for path in sorted(EXAMPLES.glob("*.yaml"))
    for size in _sizes(path)
]


@pytest.mark.parametrize("name, size", SHIPPED)
def test_shipped_examples_match_reference(name, size):
    spec = load_scenario(EXAMPLES / name)
    _, _, attack, posture = build(spec)
    a, b = sweep_sides(spec, size)
    for attacker, victim in ((a, b), (b, a)):
        assert_same_exchange(
            first_strike(attacker, victim, attack, posture), reference.first_strike(attacker, victim, attack, posture)
        )


layer_strategy = st.builds(
    DefenceLayer,
    interceptors=st.integers(0, 80),
    sspk=st.floats(0.05, 1),
    shots=st.integers(1, 2),
    tracking=st.floats(0.5, 1),
    discrimination=st.floats(0, 1),
    reliability=st.floats(0.5, 1),
)


@settings(max_examples=examples(25), deadline=None)
@given(
    silos=st.integers(0, 25),
    boats=st.integers(0, 6),
    mirv=st.integers(1, 4),
    reliability=st.floats(0.5, 1),
    survivable=st.floats(0, 1),
    attacker_silos=st.integers(0, 40),
    victim_layers=st.lists(layer_strategy, max_size=1),
    attacker_layers=st.lists(layer_strategy, max_size=2),
    decoys=st.integers(0, 2),
    alert=st.sampled_from(["generated", "day_to_day"]),
    launch_fraction=st.floats(0, 1),
)
def test_generated_exchanges_match_reference(
    silos,
    boats,
    mirv,
    reliability,
    survivable,
    attacker_silos,
    victim_layers,
    attacker_layers,
    decoys,
    alert,
    launch_fraction,
):
    victim = Side(
        "B",
        (
            ForceElement("silos", "silo", silos, mirv, reliability),
            ForceElement("boats", "sea", boats, 4, 0.9, {alert: survivable}, bases=2),
        ),
        tuple(victim_layers),
        decoys,
    )
    attacker = Side(
        "A",
        (
            ForceElement("silos", "silo", attacker_silos, 2, 0.85),
            ForceElement("boats", "sea", 5, 4, 0.95, {"generated": 1.0, "day_to_day": 1.0}),
        ),
        tuple(layer.with_interceptors(layer.interceptors) for layer in attacker_layers),
        1,
    )
    posture = Posture(
        alert=alert,
        launch="launch_under_attack" if launch_fraction > 0.5 else "ride_out",
        launch_fraction=launch_fraction,
    )
    assert_same_exchange(
        first_strike(attacker, victim, Attack(), posture), reference.first_strike(attacker, victim, Attack(), posture)
    )


def small_sides(interceptors=40, scale=1.0):
    a = Side(
        "A",
        (
            ForceElement("silos", "silo", 40, 2, 0.85),
            ForceElement("subs", "sea", 8, 4, 0.9, {"generated": 0.8}, bases=2),
        ),
        (DefenceLayer(interceptors, 0.7, shots=2, tracking=0.95, discrimination=0.5, reliability=0.9, name="nmd"),),
        0,
    )
    b = Side(
        "B",
        (
            ForceElement("silos", "silo", 30, 3, 0.8),
            ForceElement("mobile", "mobile", 20, 1, 0.85, {"generated": 0.6}, bases=3),
        ),
        (),
        2,
    )
    return a.scaled(scale), b.scaled(scale)


def test_batch_equals_one_by_one():
    criteria = Criteria(assured_retaliation=30, value_targets=60, cost_weight=0.3)
    variants = []
    for interceptors in (0, 20, 40, 80):
        for scale in (0.8, 1.0):
            a, b = small_sides(interceptors, scale)
            variants.append((a, b, Attack(), Posture(), criteria))
    variants.append(
        (
            *small_sides(40),
            Attack(sspk_silo=0.5),
            Posture(alert="day_to_day"),
            {"assured_retaliation": 30, "value_targets": 60},
        )
    )
    variants.append(variants[0])  # a repeat is served from the cache
    batch = evaluate(variants, keep_results=True)
    for i, (a, b, attack, posture, crit) in enumerate(variants):
        crit = Criteria.of(crit)
        one = first_strike_stability(
            a,
            b,
            attack,
            posture,
            assured_retaliation=crit.assured_retaliation,
            value_targets=crit.value_targets,
            cost_weight=crit.cost_weight,
        )
        for j, (x, y) in enumerate(((a.name, b.name), (b.name, a.name))):
            ex = one.exchanges[(x, y)]
            assert batch.retaliation_arriving[i, j] == ex.retaliation_arriving
            assert batch.retaliation_arriving_p5[i, j] == ex.retaliation_arriving_p5
            assert batch.victim_surviving_warheads[i, j] == ex.victim_surviving_warheads
            assert batch.assured_retaliation_met[i, j] == one.assured_retaliation_met(x, y)
            assert batch.reserve_arriving[i, j] == ex.reserve_arriving
        for j, name in enumerate((a.name, b.name)):
            assert batch.first_strike_stability[i, j] == one.sides[name].first_strike_stability
        assert batch.combined[i] == one.combined
    only_a = evaluate(variants, strikes="a")
    assert np.array_equal(only_a.retaliation_arriving_p5[:, 0], batch.retaliation_arriving_p5[:, 0])
    assert np.all(np.isnan(only_a.combined))


def test_a_scenario_evaluates_in_a_batch_as_its_variant():
    spec = load_scenario(EXAMPLES / "new-start-parity.yaml")
    by_spec = evaluate([variant(spec)])
    a, b, attack, posture = build(spec)
    by_tuple = evaluate([(a, b, attack, posture, spec.criteria)])
    assert by_spec.combined[0] == by_tuple.combined[0] and by_spec.side_names == [("USA", "RUS")]
    with pytest.raises(InvalidInput, match="armscontrol.scenario.variant"):
        evaluate([spec])


def test_frontier_warm_start_equals_cold():
    a, b = small_sides(0)
    sizes = [0, 10, 20, 40, 60, 100, 30, 0]
    cache = ExchangeCache()
    warm = frontier(a, b, "nmd", sizes, Attack(), Posture(), 40, warm_start=True, cache=cache)
    cold = frontier(a, b, "nmd", sizes, Attack(), Posture(), 40, warm_start=False)
    assert [(p.interceptors, p.scale, p.facing_warheads, p.retaliation_p5) for p in warm] == [
        (p.interceptors, p.scale, p.facing_warheads, p.retaliation_p5) for p in cold
    ]
    # each point is the smallest scale on the grid that keeps assured retaliation
    for p in warm:
        assert p.retaliation_p5 >= 40
        below = p.scale / 1.005
        d = a.with_layer_interceptors("nmd", p.interceptors).scaled(below)
        assert first_strike(d, b.scaled(below), Attack(), Posture()).retaliation_arriving_p5 < 40
