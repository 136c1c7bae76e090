"""Grids: values, order, force scales, and impossible grids ending in one line naming the field."""

from __future__ import annotations

import numpy as np
import pytest
from sweep_support import SMALL, SMALL_UNCERTAIN

from armscontrol.errors import UserError
from armscontrol.scenario import load_scenario
from armscontrol.sweep import MAX_GRID_POINTS
from armscontrol.sweep.design import Input, ScenarioModel, apply, base_mapping, grid_rows, grid_values, parse_grids


@pytest.fixture(scope="module")
def spec():
    return load_scenario(SMALL)


def test_grid_values_include_stop_on_the_step():
    assert grid_values("0:1000:250", "x").tolist() == [0, 250, 500, 750, 1000]
    assert grid_values("0:1000:300", "x").tolist() == [0, 300, 600, 900]
    assert grid_values("0.5:0.9:0.1", "x").tolist() == [0.5, 0.6, 0.7, 0.8, 0.9]
    assert grid_values("3:3:1", "x").tolist() == [3]
    assert grid_values("0.2, 0.5,0.9", "x").tolist() == [0.2, 0.5, 0.9]


def test_grid_rows_last_axis_fastest_and_any_slice(spec):
    axes = parse_grids(spec, ["sides.BLUE.defence[midcourse].interceptors=0:20:10", "scale=0.5,1"])
    rows = grid_rows(axes, 0, 6)
    assert rows.tolist() == [[0, 0.5], [0, 1], [10, 0.5], [10, 1], [20, 0.5], [20, 1]]
    assert grid_rows(axes, 3, 5).tolist() == rows[3:5].tolist()
    assert axes[0].input == Input("sides.BLUE.defence[0].interceptors", integer=True)


def test_scale_multiplies_launchers_and_fields_are_set(spec):
    inputs = [
        Input("sides.BLUE.defence[0].interceptors", True),
        Input("scale.RED", False),
        Input("attack.sspk.silo", False),
    ]
    data = apply(base_mapping(spec), inputs, [30.0, 0.5, 0.6])
    assert data["sides"]["BLUE"]["defence"][0]["interceptors"] == 30
    assert [f["launchers"] for f in data["sides"]["RED"]["forces"]] == [10, 10]
    assert [f["launchers"] for f in data["sides"]["BLUE"]["forces"]] == [40, 10]
    assert data["attack"]["sspk"]["silo"] == 0.6
    both = apply(base_mapping(spec), [Input("scale", False)], [1.5])
    assert [f["launchers"] for s in both["sides"].values() for f in s["forces"]] == [60, 15, 30, 30]
    variant = ScenarioModel(spec, inputs).variants(np.array([[30.0, 0.5, 0.6]]))[0]
    assert variant.sides["RED"].forces[0].launchers == 10 and variant.uncertain == {}


def test_a_sweep_of_an_uncertain_scenario_holds_the_others_at_central_values():
    spec = load_scenario(SMALL_UNCERTAIN)
    model = ScenarioModel(spec, [parse_grids(spec, ["attack.sspk.silo=0.5,0.9"])[0].input])
    variant = model.variants(np.array([[0.9]]))[0]
    assert variant.attack.sspk["silo"] == 0.9
    assert variant.sides["BLUE"].forces[0].reliability == pytest.approx(0.825)


IMPOSSIBLE = [
    (
        "sides.BLUE.defence[0].sspk=0.5:1.5:0.5",
        "sides.BLUE.defence[0].sspk cannot take 1.5 (Input should be less than or equal to 1)",
    ),
    ("attack.sspk.silo=0.5:1.5:0.5", "attack.sspk.silo cannot take 1.5 (expected a probability between 0 and 1"),
    ("sides.BLUE.defence[0].interceptors=0:100:0", "STEP must be positive"),
    ("sides.BLUE.defence[0].interceptors=100:0:10", "STOP 0 is below START 100"),
    ("sides.BLUE.defence[0].interceptors=0:x:10", "'x' is not a number"),
    ("sides.BLUE.defence[0].interceptors=0:10", "expected START:STOP:STEP"),
    ("sides.BLUE.defence[0].interceptors=0:15:2.5", "holds whole numbers, but the grid reaches 2.5"),
    ("sides.BLUE.defence[0].interceptors=-10:10:10", "cannot take -10"),
    ("sides.BLUE.defence[3].interceptors=0:10:5", "holds 1 element(s) ([0] to [0]), so [3] does not exist"),
    ("sides.BLUE.defence[0].interceptor=0:10:5", "did you mean 'interceptors'?"),
    ("sides.BLUE.defence[0].doctrine=0:10:5", "not a number"),
    ("scale.GREEN=0.5:1:0.5", "no side 'GREEN'"),
    ("scale=0:20:1", "a force scale runs from 0 to 10"),
    ("interceptors", "expected PATH=START:STOP:STEP"),
    ("sides.BLUE.defence[0].interceptors=1,1", "listed twice"),
    ("sides.BLUE.defence[0].interceptors=0:1e12:1", f"a sweep holds at most {MAX_GRID_POINTS:,} points"),
    ("sides.BLUE.defence[0].interceptors=nan:1:1", "not a finite number"),
]


@pytest.mark.parametrize("option, message", IMPOSSIBLE)
def test_impossible_grids_end_in_one_line_naming_the_field(spec, option, message):
    with pytest.raises(UserError) as info:
        parse_grids(spec, [option])
    assert message in str(info.value) and "\n" not in str(info.value)
    assert info.value.field


def test_too_many_points_and_repeats(spec):
    with pytest.raises(UserError, match="points or more; a sweep holds at most"):
        parse_grids(spec, ["sides.BLUE.defence[0].interceptors=0:9999:1", "sides.BLUE.forces[0].launchers=0:9999:1"])
    with pytest.raises(UserError, match="given twice"):
        parse_grids(
            spec, ["sides.BLUE.defence[0].interceptors=0:10:5", "sides.BLUE.defence[midcourse].interceptors=0:10:5"]
        )
    with pytest.raises(UserError, match="at least one `grid`"):
        parse_grids(spec, [])


def test_grids_together_beyond_a_size_bound_are_refused(spec):
    with pytest.raises(
        UserError,
        match=r"^grid: with every input at its largest value .* the scenario is refused: "
        r"sides.BLUE.forces\[0\].launchers: 30,000 is above the limit of 20,000 \(MAX_LAUNCHERS",
    ):
        parse_grids(spec, ["sides.BLUE.forces[0].launchers=0:10000:5000", "scale=1,3"])


def test_uncertain_inputs_together_beyond_a_size_bound_are_refused(tmp_path, client2):
    from armscontrol.sweep.analyses import uncertainty

    path = tmp_path / "big.yaml"
    path.write_text(
        SMALL.read_text().replace(
            "launchers: 40, warheads_per_launcher: 1,",
            "launchers: {uniform: [10, 15000]}, warheads_per_launcher: {choice: [1, 4]},",
        )
    )
    with pytest.raises(
        UserError,
        match=r"uncertain inputs: with every input at its largest value .* refused: sides.BLUE.forces \(warheads in "
        r"all\): 60,040 is above the limit of 50,000 \(MAX_WARHEADS",
    ):
        uncertainty(load_scenario(path), samples=4, client=client2)


def test_a_designs_variants_are_the_scenarios_its_mappings_parse_to():
    """A design's variants skip what a scenario file needs and a variant cannot hold (distributions, booleans):
    the same scenarios as parsing each variant's mapping in full, and a bad value still named by its field."""
    from armscontrol.scenario import parse_scenario, parse_variant

    spec = load_scenario(SMALL_UNCERTAIN)
    inputs = [Input(path, False) for path in spec.uncertain]
    model = ScenarioModel(spec, inputs)
    rows = np.random.default_rng(5).random((6, len(inputs)))
    values = np.column_stack([d.ppf(rows[:, i]) for i, d in enumerate(spec.uncertain.values())])
    full = [parse_scenario(apply(model.base, model.inputs, row), model.base["name"]) for row in values]
    assert [v.model_dump() for v in model.variants(values)] == [v.model_dump() for v in full]
    bad = apply(model.base, model.inputs, values[0])
    bad["sides"][next(iter(bad["sides"]))]["forces"][0]["reliability"] = 1.5
    with pytest.raises(UserError) as caught:
        parse_variant(bad, "design")
    assert "reliability" in str(caught.value) and caught.value.field and "reliability" in caught.value.field
