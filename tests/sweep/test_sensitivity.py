"""Sensitivity through the same code as scenarios: the Ishigami function's known Sobol indices,
Morris screening, and the scenario path."""

from __future__ import annotations

import numpy as np
import pytest
from sweep_support import SMALL_UNCERTAIN

from armscontrol.errors import UserError
from armscontrol.scenario import load_scenario
from armscontrol.sweep.analyses import sensitivity, sensitivity_of
from armscontrol.sweep.known_indices import ishigami, ishigami_indices
from armscontrol.uncertain import Distribution

PI = float(np.pi)
ISHIGAMI = {f"x{i}": Distribution(uniform=(-PI, PI)) for i in (1, 2, 3)}


def test_ishigami_sobol_indices_within_salib_confidence_intervals(client2):
    (output,), runs, design = sensitivity_of(
        ishigami, ISHIGAMI, method="sobol", samples=2048, seed=4, chunk_size=2048, client=client2
    )
    assert runs == 2048 * 5 and "Sobol'" in design
    s1, st = ishigami_indices()
    found = {i.input: i for i in output.indices}
    for k, name in enumerate(ISHIGAMI):
        index = found[name]
        # The exact index lies within SALib's 95 % bootstrap interval (seed fixed, so the check is deterministic).
        assert abs(index.first_order - s1[k]) <= index.first_order_conf, (name, index)
        assert abs(index.total - st[k]) <= index.total_conf, (name, index)
        assert (
            index.first_order_conf < 0.05 and index.total_conf < 0.07
        )  # and the interval is narrow enough to mean something
    # Ranked by total index: x1, x2, x3.
    assert [i.input for i in output.indices] == ["x1", "x2", "x3"]


def test_ishigami_is_the_same_with_one_and_two_workers(client1, client2):
    one = sensitivity_of(ishigami, ISHIGAMI, method="sobol", samples=256, seed=2, chunk_size=100, client=client1)
    two = sensitivity_of(ishigami, ISHIGAMI, method="sobol", samples=256, seed=2, chunk_size=100, client=client2)
    assert one[0][0].model_dump_json() == two[0][0].model_dump_json()


def test_ishigami_morris_screens_x2_and_x1_above_x3_alone(client2):
    (output,), runs, _ = sensitivity_of(
        ishigami, ISHIGAMI, method="morris", samples=200, seed=1, chunk_size=400, client=client2
    )
    assert runs == 200 * 4
    found = {i.input: i for i in output.indices}
    # x3 acts only through its interaction with x1 (the sign of sin x1): mean effect near 0, spread > 0.
    assert found["x3"].mu == pytest.approx(0.0, abs=found["x3"].mu_star_conf + 1.0)
    assert found["x3"].sigma > 0
    assert found["x2"].mu_star > found["x3"].mu_star / 2


def test_a_constant_output_has_no_index(client2):
    (output,), _, _ = sensitivity_of(
        lambda v: {"c": np.ones(len(v))}, ISHIGAMI, method="sobol", samples=8, seed=0, client=client2
    )
    assert output.constant and all(i.first_order is None for i in output.indices)


def test_scenario_sensitivity_ranks_the_inputs(client2):
    spec = load_scenario(SMALL_UNCERTAIN)
    result = sensitivity(spec, method="morris", samples=4, seed=1, chunk_size=5, client=client2)
    assert result.evaluations == 4 * (4 + 1)
    assert [i.path for i in result.inputs] == list(spec.uncertain)
    p5 = next(o for o in result.outputs if o.output == "RED_after_BLUE_strike.retaliation_p5")
    stars = [i.mu_star for i in p5.indices]
    assert stars == sorted(stars, reverse=True)
    assert {i.input for i in p5.indices} == set(spec.uncertain)


def test_sobol_samples_must_be_a_power_of_two_and_runs_are_bounded(client2):
    spec = load_scenario(SMALL_UNCERTAIN)
    with pytest.raises(UserError, match=r"^samples: Sobol needs a power of two .* got 100; for example 128") as info:
        sensitivity(spec, samples=100, client=client2)
    assert info.value.suggestion == "128"
    with pytest.raises(UserError, match=r"model runs; at most 200,000"):
        sensitivity(spec, samples=65536, client=client2)
    with pytest.raises(UserError, match="^method: expected sobol or morris"):
        sensitivity(spec, method="fast", client=client2)
