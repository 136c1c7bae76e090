"""Each force element's survivors, shared through the exchange cache, never change an answer.

The surviving and the launched distributions are built from one computation of each
element's survivors (the launched thins them by the element's reliability), and an
:class:`armscontrol.stability.exchange.ExchangeCache` shares an element's survivors
between exchanges whose strike on it is the same. Both must give, bit for bit, what
each exchange computed alone gives; scaled forces and re-sized layers must equal the
ones built (and checked) from scratch.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from armscontrol.scenario import build, load_scenario
from armscontrol.stability.batch import evaluate
from armscontrol.stability.engagement import DefenceLayer
from armscontrol.stability.exchange import ExchangeCache, _plan, _survivors, first_strike
from armscontrol.stability.forces import ForceElement
from armscontrol.stability.validation import InvalidInput

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _sides(name: str = "russia-1500-vs-nmd.yaml"):
    spec = load_scenario(EXAMPLES / name)
    return build(spec)


@pytest.mark.parametrize("name", ["russia-1500-vs-nmd.yaml", "helsinki-2500.yaml", "new-start-parity.yaml"])
def test_survivors_with_a_shared_cache_equal_survivors_alone(name):
    a, b, attack, posture = _sides(name)
    cache = ExchangeCache()
    for sspk_silo in (0.5, 0.6, 0.7):  # fill the cache with other strikes on the same elements
        other = dataclasses.replace(attack, sspk_silo=sspk_silo)
        for attacker, victim in ((a, b), (b, a)):
            points, attacked = _plan(victim, posture, other, attacker.warheads, 0.8)
            _survivors(victim, other, posture, points, attacked, 0.8, 0.9, cache)
    for attacker, victim in ((a, b), (b, a)):
        for leak in (0.9, 0.5):
            points, attacked = _plan(victim, posture, attack, attacker.warheads, 0.8)
            alone = _survivors(victim, attack, posture, points, attacked, 0.8, leak)
            shared = _survivors(victim, attack, posture, points, attacked, 0.8, leak, cache)
            for x, y in zip(alone, shared, strict=True):
                assert x.tobytes() == y.tobytes()


def test_a_batch_sharing_survivors_equals_each_exchange_alone():
    a, b, attack, posture = _sides()
    attacks = [dataclasses.replace(attack, sspk_soft=s) for s in (0.85, 0.9, 0.95)] + [
        dataclasses.replace(attack, sspk_silo=s) for s in (0.6, 0.7)
    ]
    criteria = {"assured_retaliation": 200, "value_targets": 200}
    shared = evaluate([(a, b, x, posture, criteria) for x in attacks], cache=ExchangeCache())
    for i, x in enumerate(attacks):
        alone = first_strike(a, b, x, posture, cache=ExchangeCache())
        assert shared.retaliation_arriving[i, 0] == alone.retaliation_arriving
        assert shared.victim_surviving_warheads[i, 0] == alone.victim_surviving_warheads
        assert shared.neglected_mass[i, 0] == alone.neglected_mass


def test_scaled_elements_and_resized_layers_equal_the_ones_built_from_scratch():
    element = ForceElement("SLBM", "sea", 61, 4, 0.85, {"generated": 0.75}, 2)
    for factor in (0.0, 0.37, 1.0, 2.5):
        scaled = element.scaled(factor)
        assert scaled == dataclasses.replace(element, launchers=round(factor * 61))
        assert type(scaled) is ForceElement
    with pytest.raises(InvalidInput, match="SLBM: launchers"):
        element.scaled(-1.0)
    layer = DefenceLayer(100, 0.7, shots=2, tracking=0.95, discrimination=0.5, reliability=0.9, name="midcourse")
    assert layer.with_interceptors(250) == dataclasses.replace(layer, interceptors=250)
    assert layer.with_interceptors(np.int64(3)).interceptors == 3
    with pytest.raises(InvalidInput, match="interceptors"):
        layer.with_interceptors(-5)
