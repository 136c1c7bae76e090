"""Scenario files and the commands as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import armscontrol.cli  # noqa: F401  (registers the commands)
from armscontrol.cli.app import app
from armscontrol.errors import UserError
from armscontrol.scenario import load_scenario

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

SMALL = """
name: small
sides:
  A:
    forces:
      - {name: silos, basing: silo, launchers: 40, warheads_per_launcher: 1, reliability: 0.9}
      - {name: subs, basing: sea, launchers: 10, warheads_per_launcher: 4, reliability: 0.9, survivable: {day_to_day: 0.5, generated: 0.8}, bases: 2}
    defence:
      - {name: midcourse, interceptors: 10, sspk: 0.7, shots: 2}
  B:
    forces:
      - {name: silos, basing: silo, launchers: 40, warheads_per_launcher: 1, reliability: 0.9}
      - {name: mobiles, basing: mobile, launchers: 20, warheads_per_launcher: 2, reliability: 0.85, survivable: {generated: 0.7}, bases: 4}
    decoys_per_warhead: 1
attack: {sspk: {silo: 0.7, soft: 0.95}, warheads_per_target: {silo: 2, soft: 1}}
posture: {alert: generated, launch: ride_out}
criteria: {assured_retaliation: 20, value_targets: 50, cost_weight: 0.25}
sweep: {side: A, layer: midcourse, interceptors: [0, 10, 30]}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("name", ["russia-1500-vs-nmd", "new-start-parity", "helsinki-2500"])
def test_shipped_examples_load_and_are_sourced(name):
    spec = load_scenario(EXAMPLES / f"{name}.yaml")
    assert spec.sources and spec.assumptions


def test_misspelt_key_suggests(tmp_path):
    path = write(tmp_path, SMALL.replace("interceptors: 10, sspk", "interceptor: 10, sspk"))
    with pytest.raises(UserError, match=r"unknown key 'interceptor'; did you mean 'interceptors'\?") as info:
        load_scenario(path)
    assert str(path) in str(info.value) and "sides.A.defence[0]" in str(info.value)


def test_bad_probability_names_field(tmp_path):
    path = write(tmp_path, SMALL.replace("reliability: 0.85", "reliability: 1.85"))
    with pytest.raises(UserError, match=r"sides.B.forces\[1\].reliability"):
        load_scenario(path)


def test_missing_scenario_file_suggests_the_nearest(tmp_path):
    (tmp_path / "new-start-parity.yaml").write_text(SMALL)
    with pytest.raises(UserError, match=r"no such scenario file; did you mean '.*new-start-parity\.yaml'\?"):
        load_scenario(tmp_path / "new-start-paritty.yaml")
    with pytest.raises(UserError, match=r"no such scenario file; scenarios in .*: new-start-parity\.yaml"):
        load_scenario(tmp_path / "frontier.yaml")


def test_errors_print_what_the_user_typed_verbatim(tmp_path):
    result = runner.invoke(app, ["frontier", str(EXAMPLES / "new-start-parity.yaml"), "--defence-range", "0:x:5"])
    assert result.exit_code == 2 and "'0:x:5' is not START:STOP:STEP" in result.stderr
    result = runner.invoke(app, ["stability", str(tmp_path / "[red]x.yaml")])
    assert result.exit_code == 2 and "[red]x.yaml: no such scenario file" in result.stderr


def test_bad_sweep_layer(tmp_path):
    with pytest.raises(UserError, match="no defence layer 'terminal'"):
        load_scenario(write(tmp_path, SMALL.replace("layer: midcourse", "layer: terminal")))


def test_engage_json():
    result = runner.invoke(
        app, ["engage", "--warheads", "100", "--interceptors", "1000", "--sspk", "0.8", "--shots", "2", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["expected_leakers"] == pytest.approx(4.0)
    assert data["p_no_leakers"] == pytest.approx(0.96**100)
    assert len(data["leaker_pmf"]) == 101 and data["interceptors_used"] == pytest.approx(200)


def test_engage_bad_flags():
    result = runner.invoke(app, ["engage", "--warheads", "10", "--interceptors", "5", "--sspk", "2"])
    assert result.exit_code == 2 and "sspk" in result.stderr and "Traceback" not in result.output
    result = runner.invoke(
        app, ["engage", "--warheads", "10", "--interceptors", "5", "--sspk", "0.5", "--doctrine", "spray"]
    )
    assert result.exit_code == 2 and "shoot-look-shoot" in result.stderr


def test_stability_json(tmp_path):
    result = runner.invoke(app, ["stability", str(write(tmp_path, SMALL)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    first = data["results"][0]
    pair = first["pairs"][0]
    for key in (
        "victim_surviving_warheads",
        "retaliation_arriving",
        "retaliation_arriving_p5",
        "assured_retaliation_met",
    ):
        assert key in pair
    assert set(first["sides"]) == {"A", "B"} and "combined" in first
    assert "first_strike_stability" in first["sides"]["A"]


def test_stability_table_and_missing_file(tmp_path):
    result = runner.invoke(app, ["stability", str(write(tmp_path, SMALL))])
    assert result.exit_code == 0 and "FSS combined" in result.stdout
    result = runner.invoke(app, ["stability", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "no such scenario file" in result.stderr


def test_frontier_command(tmp_path):
    path = write(tmp_path, SMALL)
    result = runner.invoke(app, ["frontier", str(path), "--defence-range", "0:20:10", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [p["interceptors"] for p in data["points"]] == [0, 10, 20]
    result = runner.invoke(app, ["frontier", str(path), "--defence-range", "0-20"])
    assert result.exit_code == 2 and "START:STOP:STEP" in result.stderr
