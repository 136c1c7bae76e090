"""One answer, many views: the command line's --json is exactly the answer model's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from armscontrol import answers
from armscontrol.answers import as_json
from armscontrol.scenario import load_scenario
from cli_support import run

SMALL = """
name: small
sides:
  A:
    forces:
      - {name: silos, basing: silo, launchers: 20, warheads_per_launcher: 1, reliability: 0.9}
      - {name: subs, basing: sea, launchers: 5, warheads_per_launcher: 4, reliability: 0.9, survivable: {generated: 0.8}, bases: 2}
    defence:
      - {name: midcourse, interceptors: 10, sspk: 0.7, shots: 2}
  B:
    forces:
      - {name: silos, basing: silo, launchers: 20, warheads_per_launcher: 1, reliability: 0.9}
      - {name: mobiles, basing: mobile, launchers: 10, warheads_per_launcher: 2, reliability: 0.85, survivable: {generated: 0.7}, bases: 4}
criteria: {assured_retaliation: 10, value_targets: 50}
sweep: {side: A, layer: midcourse, interceptors: [0, 20]}
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scenario") / "small.yaml"
    path.write_text(SMALL)
    return path


QUESTIONS = [
    (("instruments", "--on", "2002-06-13"), lambda: answers.instruments(on="2002-06-13")),
    (("instruments", "--kind", "treaty", "--on", "1995"), lambda: answers.instruments(kind="treaty", on="1995")),
    (("show", "ABM Treaty"), lambda: answers.instrument("ABM Treaty")),
    (("status", "new-start", "--on", "2023-06-01"), lambda: answers.status("new-start", on="2023-06-01")),
    (
        ("status", "abm", "--party", "Russia", "--on", "2001-01-01"),
        lambda: answers.status("abm", on="2001-01-01", party="Russia"),
    ),
    (("check", "new-start", "--on", "2018-02-05"), lambda: answers.check("new-start", on="2018-02-05")),
    (("check", "--on", "2010-01-01", "--party", "USA"), lambda: answers.check(on="2010-01-01", party="USA")),
    (("forces", "RUS", "--on", "2010-06-01"), lambda: answers.forces("RUS", on="2010-06-01")),
    (("timeline", "new-start", "--party", "USA"), lambda: answers.timeline("new-start", party="USA")),
    (("reductions",), lambda: answers.reductions()),
    (("links", "start-ii"), lambda: answers.links("start-ii")),
    (("cascade", "abm", "--withdraw", "USA"), lambda: answers.cascade("abm", withdraw="USA")),
    (("cascade", "abm", "--stay", "USA"), lambda: answers.cascade("abm", stay="USA")),
    (("history", "--until", "2010-01-01"), lambda: answers.history(until="2010-01-01")),
    (
        ("matrix", "--on", "2000-01-01", "--instruments", "npt,ctbt", "--states", "USA,Russia,India"),
        lambda: __import__("armscontrol.answers.matrix", fromlist=["matrix"]).matrix(
            "2000-01-01", instruments="npt,ctbt", states="USA,Russia,India"
        ),
    ),
    (
        ("status", "ctbt", "--summary", "--on", "2024-03-13"),
        lambda: __import__("armscontrol.answers.instruments", fromlist=["status_summary"]).status_summary(
            "ctbt", "2024-03-13"
        ),
    ),
    (
        (
            "engage",
            "--warheads",
            "50",
            "--interceptors",
            "40",
            "--sspk",
            "0.8",
            "--shots",
            "2",
            "--decoys",
            "1",
            "--tracking",
            "0.9",
        ),
        lambda: answers.engage(50, 40, 0.8, shots=2, decoys=1, tracking=0.9),
    ),
]


@pytest.mark.parametrize(("argv", "ask"), QUESTIONS, ids=[" ".join(q[0]) for q in QUESTIONS])
def test_json_is_the_answer(argv: tuple[str, ...], ask) -> None:
    result = run(*argv, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == as_json(ask())


def test_stability_and_frontier_json_is_the_answer(small: Path) -> None:
    spec = load_scenario(small)
    result = run("stability", str(small), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == as_json(answers.stability(spec))
    result = run("frontier", str(small), "--defence-range", "0:20:20", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == as_json(answers.frontier(spec, "0:20:20"))


def test_every_answer_is_a_model_with_a_json_schema() -> None:
    for name in answers.__all__:
        if name.endswith("Answer"):
            schema = getattr(answers, name).model_json_schema()
            assert schema.get("type") in {"object", "array"} or "$ref" in schema or "properties" in schema, name


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2023", "2023-01-01"), ("2023-06", "2023-06-01"), ("2023-06-15", "2023-06-15"), (" 1991-7 ", "1991-07-01")],
)
def test_dates_name_the_start_of_the_period(text: str, expected: str) -> None:
    from armscontrol.answers.common import parse_date

    assert parse_date(text).isoformat() == expected


@pytest.mark.parametrize(
    "argv",
    [
        ("check", ""),
        ("status", ""),
        ("status", "abm", "--party", ""),
        ("reductions", "--parties", ""),
        ("reductions", "--parties", ",,"),
        ("instruments", "--kind", " "),
        ("forces", ""),
    ],
)
def test_an_empty_argument_is_refused_the_same_way(argv: tuple[str, ...]) -> None:
    result = run(*argv)
    assert result.exit_code == 2, result.output
    assert "empty" in result.stderr or "no value" in result.stderr
    assert "Traceback" not in result.output


def test_parties_without_declared_figures_say_so() -> None:
    result = run("reductions", "--parties", "CHN,GBR")
    assert result.exit_code == 0, result.output
    text = " ".join(result.stdout.split())
    assert "None" not in text and "CHN: no declared figure in the data" in text


def test_open_ended_instrument_has_no_scheduled_end() -> None:
    assert answers.status("npt").scheduled_end is None


def test_version() -> None:
    from armscontrol import __version__

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"armscontrol {__version__}"


def test_bounds_refuse_huge_sizes_at_once() -> None:
    result = run("engage", "--warheads", "99999999999999999999", "--interceptors", "1", "--sspk", "0.5")
    assert result.exit_code == 2 and "MAX_WARHEADS" in result.stderr
    result = run("engage", "--warheads", "1000000000", "--interceptors", "1", "--sspk", "0.5")
    assert result.exit_code == 2 and "above the limit of 50,000" in result.stderr
