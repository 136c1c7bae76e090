"""One question, one JSON: the answers layer, the command line's --json and the API agree, for every question."""

from __future__ import annotations

import json

import pytest
import yaml

from armscontrol import answers
from armscontrol.scenario import scenario_from_text
from cli_support import run
from store_support import SMALL, SMALL_SWEEP

ENGAGE = {
    "warheads": 200,
    "interceptors": 100,
    "sspk": 0.7,
    "shots": 2,
    "doctrine": "shoot-look-shoot",
    "decoys": 1,
    "discrimination": 0.5,
    "tracking": 0.95,
    "reliability": 0.9,
}

# (name, answers call, command line, API request)
QUESTIONS = [
    (
        "instruments",
        lambda: answers.instruments(None, "2010"),
        ["instruments", "--on", "2010"],
        ("get", "/api/instruments?on=2010"),
    ),
    (
        "instruments-kind",
        lambda: answers.instruments("treaty", None),
        ["instruments", "--kind", "treaty"],
        ("get", "/api/instruments?kind=treaty"),
    ),
    (
        "instrument",
        lambda: answers.instrument("ABM Treaty"),
        ["show", "ABM Treaty"],
        ("get", "/api/instruments/ABM Treaty"),
    ),
    (
        "status",
        lambda: answers.status("abm", "2003", "USA"),
        ["status", "abm", "--on", "2003", "--party", "USA"],
        ("get", "/api/status/abm?on=2003&party=USA"),
    ),
    (
        "check",
        lambda: answers.check("start-i", "2001-12-05", None),
        ["check", "start-i", "--on", "2001-12-05"],
        ("get", "/api/check/start-i?on=2001-12-05"),
    ),
    (
        "check-all",
        lambda: answers.check(None, "2015", "RUS"),
        ["check", "--on", "2015", "--party", "RUS"],
        ("get", "/api/check?on=2015&party=RUS"),
    ),
    (
        "forces",
        lambda: answers.forces("Russia", "2015"),
        ["forces", "Russia", "--on", "2015"],
        ("get", "/api/forces/Russia?on=2015"),
    ),
    (
        "timeline",
        lambda: answers.timeline("new-start", "USA"),
        ["timeline", "new-start", "--party", "USA"],
        ("get", "/api/timeline/new-start?party=USA"),
    ),
    ("reductions", lambda: answers.reductions(), ["reductions"], ("get", "/api/reductions")),
    ("links", lambda: answers.links("abm"), ["links", "abm"], ("get", "/api/links/abm")),
    (
        "cascade",
        lambda: answers.cascade("abm", withdraw="USA"),
        ["cascade", "abm", "--withdraw", "USA"],
        ("get", "/api/cascade/abm?withdraw=USA"),
    ),
    (
        "cascade-what-if",
        lambda: answers.cascade("new-start", suspend="USA", on="2024-01-01", what_if=True),
        ["cascade", "new-start", "--suspend", "USA", "--on", "2024-01-01", "--what-if"],
        ("get", "/api/cascade/new-start?suspend=USA&on=2024-01-01&what_if=true"),
    ),
    ("history", lambda: answers.history("2010"), ["history", "--until", "2010"], ("get", "/api/history?until=2010")),
    (
        "glossary",
        lambda: __import__("armscontrol.answers.glossary", fromlist=["glossary"]).glossary("relation"),
        ["glossary", "relation"],
        ("get", "/api/glossary?group=relation"),
    ),
    (
        "engage",
        lambda: answers.engage(**ENGAGE),
        ["engage"] + [f"--{k}={v}" for k, v in ENGAGE.items()],
        ("post", "/api/engage", ENGAGE),
    ),
]


def api_json(client, request):
    method, path, *body = request
    response = client.get(path) if method == "get" else client.post(path, json=body[0])
    assert response.status_code == 200, response.text
    return response.json()


def cli_json(args):
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("name, call, command, request_", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_same_json_three_ways(client, name, call, command, request_):
    expected = answers.as_json(call())
    assert cli_json(command) == expected
    assert api_json(client, request_) == expected


def test_stability_and_frontier_three_ways(client, tmp_path):
    small, sweep = tmp_path / "small.yaml", tmp_path / "sweep.yaml"
    small.write_text(SMALL)
    sweep.write_text(SMALL_SWEEP)
    expected = answers.as_json(answers.stability(scenario_from_text(SMALL)))
    assert cli_json(["stability", str(small)]) == expected
    assert api_json(client, ("post", "/api/stability", yaml.safe_load(SMALL))) == expected

    expected = answers.as_json(answers.stability(scenario_from_text(SMALL_SWEEP)))
    assert cli_json(["stability", str(sweep)]) == expected
    assert api_json(client, ("post", "/api/stability", yaml.safe_load(SMALL_SWEEP))) == expected

    expected = answers.as_json(answers.frontier(scenario_from_text(SMALL_SWEEP), "0:40:20", "facing"))
    assert cli_json(["frontier", str(sweep), "--defence-range", "0:40:20", "--scale", "facing"]) == expected
    assert (
        api_json(client, ("post", "/api/frontier?defence_range=0:40:20&scale=facing", yaml.safe_load(SMALL_SWEEP)))
        == expected
    )


def test_brief_three_ways(client, monkeypatch):
    # The brief's founding question is a long computation; a small scenario stands in for it, in all three alike.
    import importlib

    brief_module = importlib.import_module("armscontrol.answers.brief")

    small = answers.stability(scenario_from_text(SMALL_SWEEP))
    monkeypatch.setattr(brief_module, "founding_question", lambda progress=None: small)
    expected = answers.as_json(answers.brief("2010"))
    assert expected["founding_question"]["scenario"] == "Small sweep"
    assert cli_json(["brief", "--on", "2010"]) == expected
    assert api_json(client, ("get", "/api/brief?on=2010")) == expected


def test_store_commands_and_api_agree(client, tmp_path, home):
    from api_support import AUTH

    small = tmp_path / "small.yaml"
    small.write_text(SMALL)
    database = f"sqlite:///{home.parent / 'api.sqlite3'}"  # the store the client's app serves
    saved = cli_json(["scenarios", "save", str(small), "--name", "from the command line", "--database", database])
    assert client.get(f"/api/scenarios/{saved['id']}").json() == saved
    assert cli_json(["scenarios", "list", "--database", database]) == client.get("/api/scenarios").json()
    ran = cli_json(["scenarios", "run", str(saved["id"]), "--database", database])
    assert client.get(f"/api/runs/{ran['id']}").json() == ran
    through_api = client.post("/api/scenarios", json={"yaml": SMALL}, headers=AUTH).json()
    assert cli_json(["scenarios", "export", str(through_api["id"]), "--database", database]) == through_api
    exported = run("scenarios", "export", str(through_api["id"]), "--database", database)
    assert exported.stdout == SMALL


@pytest.mark.parametrize(
    "command, request_, status, field, word",
    [
        (["show", "new-strat"], ("get", "/api/instruments/new-strat"), 404, "id", None),
        (["status", "new-start", "--on", "20x"], ("get", "/api/status/new-start?on=20x"), 400, "on", "--on"),
        (
            ["status", "new-start", "--party", "Rusia"],
            ("get", "/api/status/new-start?party=Rusia"),
            400,
            "party",
            "--party",
        ),
        (["forces", "Rusia"], ("get", "/api/forces/Rusia"), 404, "state", "STATE"),
        (
            ["engage", "--warheads", "1000000000", "--interceptors", "1", "--sspk", "0.5"],
            ("post", "/api/engage", {"warheads": 10**9, "interceptors": 1, "sspk": 0.5}),
            422,
            "warheads",
            "--warheads",
        ),
        (
            ["engage", "--warheads", "10", "--interceptors", "1", "--sspk", "1.5"],
            ("post", "/api/engage", {"warheads": 10, "interceptors": 1, "sspk": 1.5}),
            422,
            None,
            None,
        ),
    ],
)
def test_same_error_message_both_ways(client, command, request_, status, field, word):
    """The same message both ways, the field at fault in each interface's own words (`on` in the API, `--on` here)."""
    method, path, *body = request_
    response = client.get(path) if method == "get" else client.post(path, json=body[0])
    assert response.status_code == status, response.text
    error = response.json()
    result = run(*command)
    assert result.exit_code == 2
    expected = error["error"] if word is None else word + error["error"].removeprefix(field)
    assert word is None or error["error"].startswith(field + ":")
    assert not error["error"].startswith("-")
    assert result.stderr.strip() == f"error: {expected}"
    if field is not None:
        assert error["field"] == field
