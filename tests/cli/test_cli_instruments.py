"""The instrument commands as a user types them, on a fixture data tree and on the shipped data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_support import run


def test_instruments_json_contract(fixture_data: Path) -> None:
    result = run("instruments", "--json", "--on", "2005-01-01")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1
    assert (
        rows[0].items()
        >= {
            "id": "example",
            "title": "Example Treaty on the Reduction of Example Arms",
            "short_title": "Example Treaty",
            "kind": "treaty",
            "scope": "bilateral",
            "signed": "2000-01-01",
            "entry_into_force": "2001-01-01",
            "ended": None,
            "end_reason": None,
            "state": "in_force",
            "parties_bound": 2,
            "first_event": "2000-01-01",
            "as_of": "2005-01-01",
            "parties_complete": True,
            "parties_recorded": 2,
            "standing": "in_force",
            "standing_text": "in force",
            "zone_standing": None,
        }.items()
    )


def test_status_json_contract(fixture_data: Path) -> None:
    result = run("status", "ex-1", "--on", "2006-01-01", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["id"], data["on"], data["state"], data["end_reason"]) == ("example", "2006-01-01", "in_force", None)
    assert [(p["party"], p["status"], p["since"]) for p in data["parties"]] == [
        ("USA", "withdrawn", "2005-07-01"),
        ("RUS", "party", "2001-01-01"),
    ]
    assert data["parties"][0]["source"]["publisher"] == "Example Ministry of Foreign Affairs"


def test_status_table_for_people(fixture_data: Path) -> None:
    result = run("status", "Example Treaty", "--on", "2003-06-01")
    assert result.exit_code == 0
    assert "in force" in result.stdout and "suspended" in result.stdout


def test_status_one_party_by_name(fixture_data: Path) -> None:
    data = json.loads(run("status", "example", "--party", "Russia", "--json", "--on", "2003-06-01").stdout)
    assert [(p["party"], p["status"]) for p in data["parties"]] == [("RUS", "suspended")]


def test_show_lists_sources(fixture_data: Path) -> None:
    result = run("show", "EXAMPLE")
    assert result.exit_code == 0
    assert "Example Ministry of Foreign Affairs" in result.stdout and "Article II" in result.stdout
    data = json.loads(run("show", "example", "--json").stdout)
    value = data["provisions"][0]["values"][0]
    assert (value["from"], value["ceiling"], value["range"]) == ("2004-01-01", 1000, None)
    assert "example-text" in data["resolved_sources"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["status", "exampel"], "unknown instrument 'exampel'; did you mean 'example'?"),
        (["show", "nothing-like-it"], "unknown instrument 'nothing-like-it'"),
        (["status", "example", "--on", "13/06/2002"], "--on: '13/06/2002' is not a date; expected YYYY-MM-DD"),
        (["status", "example", "--party", "Rusia"], "unknown party 'Rusia'; did you mean"),
        (["instruments", "--kind", "treety"], "unknown kind 'treety'; did you mean 'treaty'?"),
    ],
)
def test_bad_input_gets_a_clear_error(fixture_data: Path, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


def test_broken_data_file_is_a_clean_error(fixture_data: Path) -> None:
    path = fixture_data / "instruments" / "example.yaml"
    path.write_text(path.read_text().replace("kind: treaty", "kind: pact"))
    from armscontrol.data.loader import _registry_at

    _registry_at.cache_clear()
    result = run("instruments")
    assert result.exit_code == 2
    assert f"{path}: kind: expected one of" in " ".join(result.stderr.split())


def test_shipped_brief_runs() -> None:
    result = run("brief")
    assert result.exit_code == 0, result.output
    assert "In force" in result.stdout and "Ended" in result.stdout


def test_shipped_new_start_status_json() -> None:
    data = json.loads(run("status", "new-start", "--on", "2023-06-01", "--json").stdout)
    assert data["state"] == "in_force"
    assert {p["party"]: p["status"] for p in data["parties"]} == {"USA": "party", "RUS": "suspended"}
