"""`armscontrol scenarios ...` as a user types it: tables, --json, and one-line errors."""

from __future__ import annotations

import json

import pytest

from cli_support import run
from store_support import HUGE, SMALL, SMALL_SWEEP


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("ARMSCONTROL_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("ARMSCONTROL_DATABASE", url)
    return url


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_save_list_show_run_export_delete(tmp_path, db):
    saved = run("scenarios", "save", write(tmp_path, "s.yaml", SMALL_SWEEP))
    assert saved.exit_code == 0 and "saved scenario 1: Small sweep" in saved.stdout
    listed = run("scenarios", "list")
    assert "Small sweep" in listed.stdout and "1" in listed.stdout
    ran = run("scenarios", "run", "1", "--kind", "frontier", "--defence-range", "0:20:20", "--json")
    assert ran.exit_code == 0 and json.loads(ran.stdout)["status"] == "ok"
    shown = json.loads(run("scenarios", "show", "1", "--json").stdout)
    assert shown["yaml"] == SMALL_SWEEP and [r["kind"] for r in shown["run_list"]] == ["frontier"]
    assert "frontier" in run("scenarios", "show", "1").stdout
    assert run("scenarios", "export", "1").stdout == SMALL_SWEEP
    deleted = run("scenarios", "delete", "1")
    assert deleted.exit_code == 0 and "deleted scenario 1 and 1 run(s)" in deleted.stdout
    assert "none yet" in run("scenarios", "list").stdout


def test_a_failed_run_is_recorded_and_reported_in_one_line(tmp_path, db):
    run("scenarios", "save", write(tmp_path, "s.yaml", SMALL))
    failed = run("scenarios", "run", "1", "--kind", "frontier")
    assert failed.exit_code == 2 and "run 1 failed (recorded)" in failed.stderr and "Traceback" not in failed.stderr
    assert json.loads(run("scenarios", "show", "1", "--json").stdout)["run_list"][0]["status"] == "error"


@pytest.mark.parametrize(
    "args, message",
    [
        (["save", "nope.yaml"], "no such scenario file"),
        (["show", "7"], "no scenario 7"),
        (["run", "7"], "no scenario 7"),
        (["export", "7"], "no scenario 7"),
        (["delete", "7"], "no scenario 7"),
        (["run", "1", "--kind", "stabilty"], "--kind: expected 'stability' or 'frontier'"),
        (["list", "--database", "nonsense"], "is not a database URL"),
    ],
)
def test_one_line_errors(db, args, message):
    result = run("scenarios", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and message in result.stderr and result.stderr.count("\n") == 1


def test_a_huge_scenario_is_refused_naming_the_file_and_the_bound(tmp_path, db):
    path = write(tmp_path, "huge.yaml", HUGE)
    result = run("scenarios", "save", path)
    assert result.exit_code == 2 and path in result.stderr and "MAX_LAUNCHERS" in result.stderr
    assert "none yet" in run("scenarios", "list").stdout
