"""The commands as a user types them: uncertainty, sensitivity and sweep, on a real cluster by address."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from sweep_support import SMALL, SMALL_UNCERTAIN

from cli_support import run


def test_uncertainty_table_json_and_file(process_scheduler, tmp_path):
    out = tmp_path / "u.parquet"
    table = run(
        "uncertainty",
        str(SMALL_UNCERTAIN),
        "--samples",
        "12",
        "--seed",
        "4",
        "--chunk-size",
        "4",
        "--scheduler",
        process_scheduler,
        "--out",
        str(out),
    )
    assert table.exit_code == 0, table.stderr
    assert "Probability that assured retaliation holds" in table.stdout and "both pairs" in table.stdout
    assert "attack.sspk.silo" in table.stdout and f"every sample: {out}" in table.stdout
    assert pq.read_table(out).num_rows == 12
    data = json.loads(
        run(
            "uncertainty",
            str(SMALL_UNCERTAIN),
            "--samples",
            "12",
            "--seed",
            "4",
            "--chunk-size",
            "4",
            "--scheduler",
            process_scheduler,
            "--json",
        ).stdout
    )
    assert data["samples"] == 12 and len(data["inputs"]) == 4
    assert {o["name"] for o in data["outputs"]} >= {
        "RED_after_BLUE_strike.retaliation_p5",
        "first_strike_stability.combined",
    }


def test_sensitivity_table_and_json(process_scheduler, monkeypatch):
    monkeypatch.setenv("ARMSCONTROL_SCHEDULER", process_scheduler)
    result = run("sensitivity", str(SMALL_UNCERTAIN), "--method", "morris", "--samples", "2", "--chunk-size", "5")
    assert result.exit_code == 0, result.stderr
    assert "inputs ranked by their effect on each output (morris" in result.stdout and "μ*" in result.stdout
    data = json.loads(run("sensitivity", str(SMALL_UNCERTAIN), "--method", "sobol", "--samples", "2", "--json").stdout)
    assert data["method"] == "sobol" and data["evaluations"] == 2 * 6


def test_sweep_csv_and_table(process_scheduler, tmp_path):
    out = tmp_path / "grid.csv"
    result = run(
        "sweep",
        str(SMALL),
        "--grid",
        "sides.BLUE.defence[midcourse].interceptors=0:20:10",
        "--grid",
        "scale=0.8,1",
        "--scheduler",
        process_scheduler,
        "--out",
        str(out),
        "--chunk-size",
        "2",
    )
    assert result.exit_code == 0, result.stderr
    assert "sweep over sides.BLUE.defence[0].interceptors × scale" in result.stdout
    lines = out.read_text().splitlines()
    assert len(lines) == 7 and lines[0].startswith('"row","sides.BLUE.defence[0].interceptors","scale"')
    data = json.loads(
        run(
            "sweep", str(SMALL), "--grid", "attack.sspk.silo=0.5,0.9", "--json", "--scheduler", process_scheduler
        ).stdout
    )
    assert data["points"] == 2 and [r["attack.sspk.silo"] for r in data["rows"]] == [0.5, 0.9]
    # A better counterforce sspk never leaves the victim more warheads.
    assert (
        data["rows"][1]["RED_after_BLUE_strike.victim_surviving"]
        <= data["rows"][0]["RED_after_BLUE_strike.victim_surviving"]
    )


def test_a_local_cluster_by_default():
    result = run("sweep", str(SMALL), "--grid", "sides.BLUE.defence[0].interceptors=0,10", "--workers", "1", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["points"] == 2


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["sweep", str(SMALL), "--grid", "sides.RUS.forces[7].reliability=0:1:0.5"],
            "no field 'RUS'; expected one of BLUE, RED",
        ),
        (["sweep", str(SMALL), "--grid", "sides.RED.forces[7].reliability=0:1:0.5"], "so [7] does not exist"),
        (["sweep", str(SMALL), "--grid", "sides.RED.forces[0].reliability=0:2:0.5"], "cannot take 2"),
        (["sweep", str(SMALL)], "give at least one --grid"),
        (
            ["sweep", str(SMALL), "--grid", "scale=0.5,1", "--out", "x.txt"],
            "--out: 'x.txt' must end in .parquet or .csv",
        ),
        (["uncertainty", str(SMALL)], "the scenario has no uncertain inputs"),
        (["uncertainty", str(SMALL_UNCERTAIN), "--samples", "0"], "--samples: expected 1 to 1,000,000"),
        (["uncertainty", str(SMALL_UNCERTAIN), "--scheduler", "nowhere"], "not a scheduler address"),
        (["uncertainty", str(SMALL_UNCERTAIN), "--workers", "0"], "--workers: expected 1 to 256 workers, got 0"),
        (["uncertainty", str(SMALL_UNCERTAIN), "--seed", "-1"], "--seed: expected a whole number from 0"),
        (["sensitivity", str(SMALL_UNCERTAIN), "--samples", "3"], "Sobol needs a power of two"),
        (["sensitivity", str(SMALL_UNCERTAIN), "--method", "fast"], "--method: expected sobol or morris"),
    ],
)
def test_bad_input_is_one_line_naming_the_field(args, message):
    result = run(*args)
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_ctrl_c_says_how_to_resume(monkeypatch, tmp_path):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("armscontrol.sweep.analyses.sweep", interrupted)
    out = tmp_path / "g.parquet"
    result = run("sweep", str(SMALL), "--grid", "scale=0.5,1", "--out", str(out))
    assert result.exit_code == 2 and "interrupted before any chunk finished; nothing was kept" in result.stderr
    (tmp_path / "g.parquet.partial").mkdir()  # as the runner leaves it once a chunk is written
    result = run("sweep", str(SMALL), "--grid", "scale=0.5,1", "--out", str(out))
    assert result.exit_code == 2
    assert (
        f"interrupted; the chunks finished are kept in {out}.partial; run the same command with --resume"
        in result.stderr
    )


def test_json_is_the_answer_models_json(process_scheduler):
    from armscontrol.scenario import load_scenario
    from armscontrol.sweep.analyses import sensitivity, uncertainty

    spec = load_scenario(SMALL_UNCERTAIN)
    printed = json.loads(
        run(
            "uncertainty",
            str(SMALL_UNCERTAIN),
            "--samples",
            "8",
            "--seed",
            "2",
            "--chunk-size",
            "4",
            "--scheduler",
            process_scheduler,
            "--json",
        ).stdout
    )
    assert printed == uncertainty(spec, samples=8, seed=2, chunk_size=4, scheduler=process_scheduler).model_dump(
        mode="json", by_alias=True
    )
    printed = json.loads(
        run(
            "sensitivity",
            str(SMALL_UNCERTAIN),
            "--method",
            "morris",
            "--samples",
            "2",
            "--scheduler",
            process_scheduler,
            "--json",
        ).stdout
    )
    assert printed == sensitivity(spec, method="morris", samples=2, scheduler=process_scheduler).model_dump(
        mode="json", by_alias=True
    )
