"""Where the retaliation went: the stages of a decomposition against the exchange model and its limiting cases."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from armscontrol.stability import Attack, DefenceLayer, ForceElement, Posture, Side, engage, first_strike
from armscontrol.stability.decomposition import (
    STAGES,
    arriving_conclusion,
    count,
    decompose,
    decompose_engagement,
    engagement_conclusion,
    expected_survivors,
    explain,
    explain_engagement,
)
from examples_support import examples


def victim_side(silos=30, subs=12, reliability=0.85, defence=(), decoys=0, name="B"):
    return Side(
        name,
        (
            ForceElement("silos", "silo", silos, 2, reliability),
            ForceElement("subs", "sea", subs, 4, 0.9, {"generated": 0.5, "day_to_day": 0.25}, bases=2),
            ForceElement("road-mobile", "mobile", 10, 1, 0.8, {"generated": 0.6, "day_to_day": 0.1}, bases=3),
        ),
        tuple(defence),
        decoys,
    )


def attacker_side(n=80, reliability=0.9, defence=(), decoys=0, name="A"):
    return Side(name, (ForceElement("icbm", "silo", n, 1, reliability),), tuple(defence), decoys)


LAYER = DefenceLayer(40, 0.7, shots=2, tracking=0.9, discrimination=0.5, reliability=0.9, name="midcourse")


def run(attacker, victim, attack=Attack(), posture=Posture(), threshold=10.0):
    ex = first_strike(attacker, victim, attack, posture)
    return ex, decompose(ex, attacker, victim, attack, posture, threshold)


cases = st.fixed_dictionaries(
    {
        "n": st.integers(0, 120),
        "r_a": st.floats(0.0, 1.0),
        "r_v": st.floats(0.0, 1.0),
        "silos": st.integers(0, 40),
        "subs": st.integers(0, 15),
        "victim_defence": st.integers(0, 60),
        "attacker_defence": st.integers(0, 60),
        "decoys": st.integers(0, 2),
        "alert": st.sampled_from(["generated", "day_to_day"]),
        "lua": st.floats(0.0, 1.0),
        "sspk": st.floats(0.0, 1.0),
        "threshold": st.integers(0, 100),
    }
)


def build(c):
    attacker = attacker_side(
        c["n"], c["r_a"], [LAYER.with_interceptors(c["attacker_defence"])] if c["attacker_defence"] else ()
    )
    victim = victim_side(
        c["silos"],
        c["subs"],
        c["r_v"],
        [LAYER.with_interceptors(c["victim_defence"])] if c["victim_defence"] else (),
        c["decoys"],
    )
    posture = Posture(
        alert=c["alert"], launch="launch_under_attack" if c["lua"] > 0.5 else "ride_out", launch_fraction=c["lua"]
    )
    return attacker, victim, Attack(sspk_silo=c["sspk"]), posture


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases)
def test_stages_are_non_increasing_and_end_at_the_exchange(c):
    attacker, victim, attack, posture = build(c)
    ex, d = run(attacker, victim, attack, posture, c["threshold"])
    assert [s.key for s in d.stages] == [k for k, _ in STAGES]
    for before, after in zip(d.stages, d.stages[1:]):
        assert after.expected <= before.expected + 1e-9
        assert after.p5 <= before.p5
    assert d.arriving.expected == ex.retaliation_arriving
    assert d.arriving.p5 == ex.retaliation_arriving_p5
    assert d.stage("surviving").expected == pytest.approx(ex.victim_surviving_warheads)
    assert d.stage("surviving").p5 == ex.victim_surviving_p5
    assert d.intercepted == pytest.approx(d.stage("reliable").expected - d.arriving.expected)
    assert d.defence_saved >= 0.0
    assert d.assured_retaliation_met == (ex.retaliation_arriving_p5 >= c["threshold"])


def test_forces_stage_counts_every_warhead():
    _, d = run(attacker_side(), victim_side())
    assert d.stage("forces").expected == 30 * 2 + 12 * 4 + 10 and d.stage("forces").p5 == 118


def test_no_defence_intercepts_nothing():
    ex, d = run(attacker_side(), victim_side())
    assert d.intercepted == pytest.approx(0.0, abs=1e-9) and d.intercepted_p5 == 0
    assert d.arriving.expected == pytest.approx(d.stage("reliable").expected)
    assert d.defence_saved == 0.0


def test_reliability_one_makes_reliable_equal_launched():
    victim = Side(
        "B",
        tuple(
            ForceElement(e.name, e.basing, e.launchers, e.warheads_per_launcher, 1.0, e.survivable, e.bases)
            for e in victim_side().forces
        ),
    )
    _, d = run(attacker_side(), victim)
    assert d.stage("reliable").expected == pytest.approx(d.stage("launched").expected)
    assert d.stage("reliable").p5 == d.stage("launched").p5


def test_zero_first_strike_leaves_the_forces_whole():
    _, d = run(Side("A", ()), victim_side())
    assert d.stage("surviving").expected == pytest.approx(d.stage("forces").expected)
    assert d.stage("surviving").p5 == d.stage("forces").p5


def test_closed_form_survivors_match_the_exchange_without_defence():
    # independent of the exchange's pmfs: Σ over aim points of warheads × (1 − r·sspk)^n
    for posture in (Posture(), Posture(alert="day_to_day"), Posture(launch="launch_under_attack", launch_fraction=0.4)):
        attacker, victim = attacker_side(70, 0.8), victim_side()
        ex = first_strike(attacker, victim, Attack(), posture)
        expected, _ = expected_survivors(victim, attacker.warheads, Attack(), posture, 0.8)
        assert expected == pytest.approx(ex.victim_surviving_warheads, rel=1e-9)


def test_silo_closed_form_by_hand():
    # 30 silos with 2 warheads each, 2 attacking warheads per silo, r·sspk = 0.9·0.7; subs and mobiles not reached
    attacker = attacker_side(60, 0.9)
    victim = Side("B", (ForceElement("silos", "silo", 30, 2, 1.0),))
    _, d = run(attacker, victim)
    assert d.stage("surviving").expected == pytest.approx(60 * (1 - 0.63) ** 2)


def test_launch_under_attack_is_counted_and_survives():
    posture = Posture(launch="launch_under_attack", launch_fraction=0.5)
    _, d = run(attacker_side(60, 0.9), Side("B", (ForceElement("silos", "silo", 30, 2, 1.0),)), posture=posture)
    # 15 of the 30 attacked silos empty before the strike lands: 30 warheads launched under attack
    assert d.launched_under_attack == 30
    assert d.stage("launched").expected == pytest.approx(30 + 30 * (1 - 0.63) ** 2)


def test_own_defence_saves_warheads():
    shield = DefenceLayer(200, 0.9, shots=2, name="shield")
    ex, d = run(attacker_side(60, 0.9), victim_side(defence=[shield]))
    _, bare = run(attacker_side(60, 0.9), victim_side())
    assert d.defence_saved > 1.0
    assert d.surviving_without_defence == pytest.approx(bare.stage("surviving").expected)
    assert d.stage("surviving").expected == pytest.approx(d.surviving_without_defence + d.defence_saved)


def test_explanation_ends_with_the_arriving_figures():
    attacker = attacker_side(80, 0.9, [LAYER])
    victim = victim_side(defence=[LAYER], decoys=2)
    ex, d = run(attacker, victim, threshold=25)
    steps = explain(d, ex, attacker, victim, Attack(), Posture())
    assert steps[-1].conclusion == arriving_conclusion(d)
    assert f"{count(ex.retaliation_arriving)} warheads expected" in steps[-1].conclusion
    assert f"{ex.retaliation_arriving_p5:,} at the 5th percentile" in steps[-1].conclusion
    assert any("(1 − reliability·sspk)^n" in s.rule for s in steps)
    assert any("saved" in s.conclusion for s in steps)


@pytest.mark.parametrize(
    "kw", [dict(), dict(decoys=2, discrimination=0.3), dict(tracking=0.8, reliability=0.9), dict(interceptors=10)]
)
def test_engagement_parts_add_up(kw):
    args = (
        dict(
            warheads=50,
            interceptors=120,
            sspk=0.8,
            shots=2,
            decoys=0,
            discrimination=0.0,
            tracking=1.0,
            reliability=1.0,
        )
        | kw
    )
    result = engage(
        args["warheads"],
        args["interceptors"],
        args["sspk"],
        shots=args["shots"],
        decoys=args["decoys"],
        discrimination=args["discrimination"],
        tracking=args["tracking"],
        reliability=args["reliability"],
    )
    d = decompose_engagement(result, args["tracking"], args["reliability"])
    assert d.layer_failed + d.not_tracked + d.tracked_not_killed + d.killed == pytest.approx(50)
    assert d.leaking == pytest.approx(50 - d.killed) and d.leaking_p5 == result.leakers_p5
    steps = explain_engagement(
        d,
        result,
        args["interceptors"],
        args["sspk"],
        args["shots"],
        "salvo",
        args["decoys"],
        args["discrimination"],
        args["tracking"],
        args["reliability"],
    )
    assert steps[-1].conclusion == engagement_conclusion(d)


def test_engagement_without_interceptors_kills_nothing():
    result = engage(30, 0, 0.9)
    d = decompose_engagement(result, 1.0, 1.0)
    assert d.killed == pytest.approx(0.0) and d.leaking == pytest.approx(30)
