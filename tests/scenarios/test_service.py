"""The scenario service: one force-scaling rule, one validation pass for every way a scenario comes in, references."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from armscontrol.errors import UserError
from armscontrol.scenario import FOUNDING_SCENARIO, build, load_scenario
from armscontrol.scenarios.editing import DEFAULTS, apply, current
from armscontrol.scenarios.jobs import prepare_job
from armscontrol.scenarios.references import DEFAULT_BASE, example_names, resolve
from armscontrol.sweep.design import Input
from armscontrol.sweep.design import apply as apply_inputs

SMALL_UNCERTAIN = Path(__file__).resolve().parents[1] / "sweep" / "small-uncertain.yaml"


def test_the_calculator_a_sweep_and_the_model_scale_a_force_alike() -> None:
    base, _ = resolve(DEFAULT_BASE)
    side = next(iter(base["sides"]))
    factor = 0.55
    by_control, _ = apply(base, {f"scale_{side}": str(factor)})
    by_sweep = apply_inputs(base, [Input(f"scale.{side}", integer=False)], [factor])
    launchers = [f["launchers"] for f in by_control["sides"][side]["forces"]]
    assert launchers == [f["launchers"] for f in by_sweep["sides"][side]["forces"]]
    assert launchers != [f["launchers"] for f in base["sides"][side]["forces"]]
    model_side = next(s for s in build(load_scenario(FOUNDING_SCENARIO))[:2] if s.name == side)
    assert launchers == [e.scaled(factor).launchers for e in model_side.forces]


def test_a_control_left_out_shows_the_scenario_formats_default() -> None:
    base, _ = resolve(DEFAULT_BASE)
    base.pop("posture", None)
    values = current(base)
    assert (values["alert"], values["launch"], values["launch_fraction"]) == (
        DEFAULTS["alert"],
        DEFAULTS["launch"],
        0.0,
    )
    assert DEFAULTS["alert"] == "generated" and DEFAULTS["tracking"] == 1.0


def test_references_name_examples_and_refuse_files_unless_asked(tmp_path) -> None:
    assert DEFAULT_BASE.removeprefix("example:") in example_names()
    with pytest.raises(UserError, match="unknown example 'nope'") as info:
        resolve("example:nope")
    assert info.value.field == "base" and info.value.suggestion == DEFAULT_BASE
    path = tmp_path / "mine.yaml"
    path.write_text(SMALL_UNCERTAIN.read_text())
    with pytest.raises(UserError, match="expected example:NAME or store:ID"):
        resolve(str(path))  # a server never reads a file a user names
    mapping, text = resolve(str(path), files=True)
    assert mapping["name"] and text == SMALL_UNCERTAIN.read_text()


@pytest.mark.parametrize("poison, match", [(math.inf, "finite"), ("a\x00b", "NUL")])
def test_a_job_gets_the_one_validation_pass(poison, match) -> None:
    data = yaml.safe_load(SMALL_UNCERTAIN.read_text())
    if isinstance(poison, float):
        data["criteria"]["assured_retaliation"] = poison
    else:
        data["description"] = poison
    with pytest.raises(UserError, match=match):
        prepare_job("uncertainty", None, data, None)
    assert prepare_job("uncertainty", SMALL_UNCERTAIN.read_text(), None, None).spec.uncertain


def test_each_control_is_a_field_path_a_sweep_could_name() -> None:
    from armscontrol.scenarios.editing import control_paths
    from armscontrol.uncertain import get_path

    base, _ = resolve(DEFAULT_BASE)
    paths = control_paths(base)
    assert (
        paths["interceptors"].startswith(f"sides.{base['sweep']['side']}.defence[")
        and paths["alert"] == "posture.alert"
    )
    edited, values = apply(base, {"interceptors": "130", "alert": "day_to_day", "decoys": "3"})
    for name in ("interceptors", "alert", "decoys"):
        assert get_path(edited, paths[name]) == values[name]
    assert (values["interceptors"], values["alert"], values["decoys"]) == (130, "day_to_day", 3)


def test_the_controls_edit_a_scenario_whose_side_names_no_path_could_spell() -> None:
    base, _ = resolve(DEFAULT_BASE)
    side = base["sweep"]["side"]
    odd = "U.S.<b>[0]</b>"
    base["sides"] = {(odd if name == side else name): spec for name, spec in base["sides"].items()}
    base["sweep"]["side"] = odd
    edited, values = apply(base, {"interceptors": "40", "alert": "day_to_day"})
    layer = next(x for x in edited["sides"][odd]["defence"] if x["name"] == base["sweep"]["layer"])
    assert layer["interceptors"] == values["interceptors"] == 40 and edited["posture"]["alert"] == "day_to_day"
