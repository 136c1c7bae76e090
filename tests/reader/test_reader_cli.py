"""``armscontrol read`` as a user types it: tables, --json, stdin, --date, --scenario-out, errors."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from armscontrol.cli.app import app
from armscontrol.vocabulary import term
from cli_support import run, runner

STATEMENTS = Path(__file__).resolve().parents[1] / "statements"
HELSINKI = str(STATEMENTS / "helsinki-1997.txt")


def test_tables_name_instruments_figures_claims_and_places():
    result = run("read", HELSINKI)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Statement of 1997-03-21 (found in the text)" in out
    for expected in ("helsinki-framework", "2,000–2,500", "2007-12-31", "consistent", "Kazakstan", "Draft scenario"):
        assert expected in out


def test_json_has_the_contract_keys():
    result = run("read", HELSINKI, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {"date", "instruments", "figures", "claims", "places", "scenario"} <= data.keys()
    instrument = data["instruments"][0]
    assert {"id", "mentions", "status_on_date"} <= instrument.keys()
    assert {"text", "start", "end"} <= instrument["mentions"][0].keys()
    figure = data["figures"][0]
    assert {"value", "low", "high", "unit", "deadline", "instrument", "text"} <= figure.keys()
    claim = data["claims"][0]
    assert {"text", "party", "instrument", "kind", "verdict", "evidence", "source"} <= claim.keys()


def test_standard_input_and_date_option():
    result = runner.invoke(
        app, ["read", "-", "--date", "2003-01-01", "--json"], input="The ABM Treaty remains in force."
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["date"] == "2003-01-01" and data["date_source"] == "option"
    assert data["claims"][0]["verdict"] == "contradicted"


def test_scenario_out_writes_a_scenario_that_stability_runs(tmp_path):
    target = tmp_path / "proposal.yaml"
    result = run("read", str(STATEMENTS / "putin-2000-11-13.txt"), "--scenario-out", str(target))
    assert result.exit_code == 0, result.stderr
    scenario = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert scenario["sources"][0]["date"] == "2000-11-13"
    stability = run("stability", str(target), "--json")
    assert stability.exit_code == 0, stability.stderr
    assert "combined" in stability.stdout or "first_strike_stability" in stability.stdout


def test_scenario_out_without_a_proposal_is_an_error(tmp_path):
    result = run("read", str(STATEMENTS / "genoa-2001.txt"), "--scenario-out", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2 and "proposes no level" in result.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_errors_are_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4\n\x00\x00\x01")
    for args, message in (
        ([str(empty)], "empty statement"),
        ([str(binary)], "binary data"),
        ([str(tmp_path / "missing.txt")], "no such file"),
        ([HELSINKI, "--date", "yesterday"], "--date: 'yesterday' is not a date"),
    ):
        result = run("read", *args)
        assert result.exit_code == 2, args
        assert message in result.stderr and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_an_undated_statement_says_so_in_the_vocabulary_s_words(tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("The Comprehensive Nuclear-Test-Ban Treaty was discussed.\n", encoding="utf-8")
    out = run("read", str(undated)).stdout
    assert f"({term('date_source', 'not_read').label}): give --date" in out


def test_a_date_worked_out_from_the_registry_is_explained(tmp_path):
    statement = tmp_path / "anniversary.txt"
    statement.write_text(
        "Today marks the 51st anniversary of the opening for signature of the Treaty of Tlatelolco, which created "
        "the first nuclear-weapon-free zone in a densely populated region.\n",
        encoding="utf-8",
    )
    out = " ".join(run("read", str(statement)).stdout.split())
    assert "Statement of 2018-02-14 (found in the text): the text gives the 51st anniversary" in out
    assert "which the data dates 1967-02-14 (OPANAL" in out
