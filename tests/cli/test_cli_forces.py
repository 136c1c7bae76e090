"""The forces, check and timeline commands as typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_support import run

CHECK_KEYS = {
    "instrument",
    "party",
    "provision",
    "metric",
    "limit",
    "value",
    "as_of",
    "kind",
    "verdict",
    "margin",
    "article",
    "source",
}


def test_check_json_contract(fixture_data: Path) -> None:
    result = run("check", "example", "--party", "USA", "--on", "2003-01-01", "--json")
    assert result.exit_code == 0, result.output
    [verdict] = json.loads(result.stdout)
    assert CHECK_KEYS <= verdict.keys()
    assert verdict["verdict"] == "above_not_yet_binding"
    assert (verdict["value"], verdict["limit"], verdict["margin"], verdict["binding_from"]) == (
        1200,
        1000,
        -200,
        "2004-01-01",
    )
    assert verdict["kind"] == "declared" and verdict["age_days"] == 365
    assert (
        verdict["source"]["publisher"] == "Example Ministry of Foreign Affairs" and verdict["source"]["at"] == "Table 1"
    )


def test_check_after_deadline_with_only_an_older_figure_has_no_data(fixture_data: Path) -> None:
    [verdict] = json.loads(run("check", "example", "--party", "USA", "--on", "2004-06-01", "--json").stdout)
    assert verdict["verdict"] == "no_data" and verdict["value"] == 1200
    assert "predates the limit, which binds from 2004-01-01" in verdict["note"]


def test_check_after_deadline_exceeds(fixture_data: Path) -> None:
    path = fixture_data / "holdings" / "example.csv"
    path.write_text(path.read_text() + "USA,deployed_warheads,2004-03-01,1100,,,declared,,example-text,Table 2,\n")
    [verdict] = json.loads(run("check", "example", "--party", "USA", "--on", "2004-06-01", "--json").stdout)
    assert (verdict["verdict"], verdict["value"], verdict["margin"]) == ("exceeds", 1100, -100)


def test_forces_side_by_side(fixture_data: Path) -> None:
    data = json.loads(run("forces", "USA", "--on", "2003-01-01", "--json").stdout)
    assert data[0]["metric"] == "deployed_warheads"
    assert data[0]["declared"]["value"] == 1200 and data[0]["estimated"] is None


def test_timeline(fixture_data: Path) -> None:
    data = json.loads(run("timeline", "example", "--party", "USA", "--json").stdout)
    assert [(p["on"], p["value"], p["verdict"]) for p in data["points"]] == [
        ("2002-01-01", 1200, "above_not_yet_binding")
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["forces", "USA", "--metric", "deployed_warhead"],
            "unknown metric 'deployed_warhead'; did you mean 'deployed_warheads'?",
        ),
        (["forces", "Narnia"], "unknown party 'Narnia'"),
        (["check", "exampl"], "did you mean 'example'?"),
        (["timeline", "example", "--party", "USA", "--metric", "total_stockpile"], "unknown metric"),
    ],
)
def test_bad_input(fixture_data: Path, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2 and message in " ".join(result.stderr.split())


def test_shipped_check_new_start_2018() -> None:
    verdicts = json.loads(run("check", "new-start", "--on", "2018-02-05", "--json").stdout)
    got = {(v["party"], v["metric"]): (v["value"], v["limit"], v["verdict"]) for v in verdicts}
    assert got[("USA", "deployed_warheads")] == (1350, 1550, "compliant")
    assert got[("RUS", "deployed_warheads")] == (1444, 1550, "compliant")
    assert got[("RUS", "total_launchers")] == (779, 800, "compliant")
    assert all(v["source"]["publisher"].startswith("U.S. Department of State") for v in verdicts)


def test_shipped_forces_russia_2000_has_estimates() -> None:
    data = json.loads(run("forces", "RUS", "--on", "2000-01-01", "--json").stdout)
    stockpile = next(r for r in data if r["metric"] == "total_stockpile")
    assert stockpile["estimated"]["value"] > 10000 and stockpile["declared"] is None


def test_shipped_timeline_new_start_russia() -> None:
    data = json.loads(run("timeline", "new-start", "--party", "RUS", "--metric", "deployed_warheads", "--json").stdout)
    points = data["points"]
    assert len(points) >= 24
    assert points[-1]["verdict"] == "no_data"


def test_shipped_reductions_table() -> None:
    data = json.loads(run("reductions", "--json").stdout)
    first = data["rows"][0]
    assert (first["party"], first["as_of"], first["metric"]) in {
        ("SUN", "1990-09-01", "start1_accountable_warheads"),
        ("USA", "1990-09-01", "start1_accountable_warheads"),
    }
    new_start = [r for r in data["rows"] if r["metric"] == "deployed_warheads" and r["party"] == "RUS"]
    assert new_start[-1]["status"] == "not_provided"
    assert data["last_reported"] == {"USA": "2023-03-01", "RUS": "2022-09-01"}
    result = run("reductions")
    assert (
        "Where the data stop: USA: last declared figure 2023-03-01; RUS: last declared figure 2022-09-01"
        in " ".join(result.stdout.split())
    )
