"""The calculator's sensitivity tornado: the indices of the Dask path's ``sensitivity``, its plan and its refusals."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
import yaml

from armscontrol.answers.sweeps import sensitivity
from armscontrol.answers.tornado import (
    TORNADO_INPUTS,
    TORNADO_RUNS,
    default_samples,
    tornado,
    tornado_plan,
    tornado_scenario,
    tornado_sensitivity,
)
from armscontrol.errors import UserError
from armscontrol.scenario import parse_scenario

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "russia-1500-vs-nmd-uncertain.yaml"


@pytest.fixture(scope="module")
def example() -> dict:
    return yaml.safe_load(EXAMPLE.read_text())


def _figures(result) -> dict:
    return {
        (o.output, s.input): (s.first_order, s.first_order_conf, s.total, s.total_conf)
        for o in result.outputs
        for s in o.indices
    }


def test_the_tornado_has_the_indices_of_the_dask_path_for_the_same_seed_and_n(example) -> None:
    from distributed import Client, LocalCluster

    mapping = tornado_scenario(example, {"sides.RUS.forces[0].reliability": (0.7, 0.9)})
    here = tornado_sensitivity(mapping, 8, seed=3)
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=False,
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        there = sensitivity(
            parse_scenario(mapping, "the same scenario"), method="sobol", samples=8, seed=3, client=client
        )
    assert here.evaluations == there.evaluations == 8 * (4 + 2)
    a, b = _figures(here), _figures(there)
    assert a.keys() == b.keys() and len(a) == 4 * len(here.outputs)
    for key in a:
        np.testing.assert_allclose(
            np.array(a[key], dtype=float), np.array(b[key], dtype=float), rtol=1e-12, atol=0, equal_nan=True
        )
    answer = tornado(here, "RUS_after_USA_strike.retaliation_p5")
    totals = [s.total for s in answer.indices]
    assert totals == sorted(totals, reverse=True) and answer.base_samples == 8 and answer.runs == 48
    assert answer.outputs == [o.output for o in here.outputs] and answer.interactive_runs == TORNADO_RUNS
    with pytest.raises(UserError, match="output"):
        tornado(here, "no_such_output")


def test_seed_zero_gives_the_same_intervals_every_time() -> None:
    from armscontrol.sweep.analyses import sensitivity_of
    from armscontrol.sweep.known_indices import ishigami
    from armscontrol.uncertain import Distribution

    pi = float(np.pi)
    inputs = {f"x{i}": Distribution(uniform=(-pi, pi)) for i in (1, 2, 3)}
    one, _, _ = sensitivity_of(ishigami, inputs, samples=32, seed=0)
    two, _, _ = sensitivity_of(ishigami, inputs, samples=32, seed=0)
    assert one == two


def test_n_is_the_largest_power_of_two_within_the_bound() -> None:
    assert [default_samples(k) for k in (1, 3, 6, 10)] == [32, 16, 8, 8]
    for k in range(1, TORNADO_INPUTS + 1):
        n = default_samples(k)
        assert n * (k + 2) <= TORNADO_RUNS and n & (n - 1) == 0


def test_the_plan_says_what_runs_now_and_what_needs_a_job(example) -> None:
    mapping = tornado_scenario(example)
    assert tornado_plan(mapping) == (3, 16, 80, True)
    assert tornado_plan(mapping, 64) == (3, 64, 320, False)
    with pytest.raises(UserError, match="power of two"):
        tornado_plan(mapping, 6)
    with pytest.raises(UserError, match="background job"):
        tornado_sensitivity(mapping, 64)
    many = {"uncertain": {f"p{i}": {"uniform": [0, 1]} for i in range(TORNADO_INPUTS + 1)}}
    assert not tornado_plan(many).interactive


def test_an_added_input_joins_or_replaces_the_scenarios_own(example) -> None:
    mapping = tornado_scenario(
        example, {"sides.USA.defence[0].sspk": (0.4, 0.9), "sides.USA.defence[0].tracking": (0.8, 1.0)}
    )
    assert mapping["uncertain"] == {
        "attack.sspk.silo": {"triangular": [0.5, 0.7, 0.85]},
        "sides.USA.defence[midcourse].discrimination": {"uniform": [0.3, 0.7]},
        "sides.USA.defence[0].sspk": {"uniform": [0.4, 0.9]},
        "sides.USA.defence[0].tracking": {"uniform": [0.8, 1.0]},
    }
    assert "sweep" not in mapping and example["uncertain"]["sides.USA.defence[midcourse].sspk"] == {
        "uniform": [0.5, 0.85]
    }
    for vary, field in (
        ({"sides.XYZ.forces[0].reliability": (0.5, 0.9)}, "vary"),
        ({"attack.sspk.silo": (0.9, 0.5)}, "vary"),
    ):
        with pytest.raises(UserError) as caught:
            tornado_scenario(example, vary)
        assert caught.value.field == field
    with pytest.raises(UserError, match="no uncertain input"):
        tornado_scenario({k: v for k, v in example.items() if k != "uncertain"})
