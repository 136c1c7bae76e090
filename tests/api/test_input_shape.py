"""Input that would make the server walk or expand without end: refused with a clear error, in under a second, by the
API and the command line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from api_support import AUTH
from armscontrol import limits
from armscontrol.scenario import FOUNDING_SCENARIO

BOMB = (
    "\n".join(
        ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    )
    + "\n"
)
"""Nine levels of nine aliases: 9⁹ (387 million) strings once expanded, from about 340 bytes."""


def deep_json(depth: int) -> str:
    return "[" * depth + "]" * depth


def founding_text() -> str:
    return FOUNDING_SCENARIO.read_text(encoding="utf-8")


def test_an_alias_bomb_is_refused_by_the_api_at_once(client) -> None:
    started = time.perf_counter()
    for path, body in (("/api/scenarios", {"yaml": BOMB}), ("/api/jobs", {"kind": "uncertainty", "yaml": BOMB})):
        response = client.post(path, json=body, headers=AUTH)
        assert response.status_code == 422 and "aliases" in response.json()["error"], response.text
    assert time.perf_counter() - started < 1


def test_an_alias_is_refused_even_a_harmless_one(client) -> None:
    text = founding_text().replace("criteria:", "criteria: &c", 1)
    response = client.post("/api/scenarios", json={"yaml": text}, headers=AUTH)
    assert response.status_code == 422 and "line" in response.json()["error"]


@pytest.mark.parametrize("depth", [limits.MAX_DEPTH + 1, 330, 989, 2000, 100_000])
def test_json_nested_deep_is_refused_before_any_route_walks_it(client, depth) -> None:
    for path in ("/api/stability", "/api/frontier", "/api/engage"):
        body = '{"name": "x", "sides": ' + deep_json(depth) + "}"
        started = time.perf_counter()
        response = client.post(path, content=body, headers={"Content-Type": "application/json"})
        assert time.perf_counter() - started < 1
        assert response.status_code == 422 and "MAX_DEPTH" in response.json()["error"], (path, response.text)


def test_brackets_inside_strings_are_not_nesting(client) -> None:
    response = client.post("/api/read", json={"text": "[" * 500 + " New START: 1,550 warheads."})
    assert response.status_code == 200


def test_yaml_nested_deep_is_refused(client) -> None:
    response = client.post("/api/scenarios", json={"yaml": "a: " + deep_json(limits.MAX_DEPTH + 1)}, headers=AUTH)
    assert response.status_code == 422 and "MAX_DEPTH" in response.json()["error"]


@pytest.mark.parametrize(
    "edit",
    [
        ("launchers: 113", "launchers: true"),
        ("reliability: 0.85", "reliability: true"),
        ("assured_retaliation: 200", "assured_retaliation: false"),
    ],
)
def test_a_boolean_is_not_a_number_in_a_scenario(client, edit) -> None:
    text = founding_text()
    assert edit[0] in text
    response = client.post("/api/scenarios", json={"yaml": text.replace(edit[0], edit[1], 1)}, headers=AUTH)
    assert (
        response.status_code == 422
        and "got true" in response.json()["error"]
        or "got false" in response.json()["error"]
    )


def test_a_boolean_is_not_a_number_in_the_apis_options(client) -> None:
    response = client.post("/api/engage", json={"warheads": True, "interceptors": 10, "sspk": 0.5})
    assert response.status_code == 422 and response.json()["field"] == "warheads"
    job = client.post(
        "/api/jobs", json={"kind": "uncertainty", "yaml": founding_text(), "options": {"samples": True}}, headers=AUTH
    )
    assert job.status_code == 422 and "samples" in job.json()["field"]


@pytest.mark.parametrize("value", ["²", "١٢", " 1", "1 ", "+1", "0", "99999999999", "1e3"])
def test_ids_in_pages_are_ascii_digits(client, value) -> None:
    for path, params in (
        ("/stability", {"base": f"store:{value}"}),
        ("/scenarios", {"open": f"store:{value}"}),
        ("/scenarios", {"compare": f"store:{value}"}),
        ("/jobs", {"open": value}),
        ("/", {"year": value}),
        ("/data/stability.json", {"base": f"store:{value}"}),
    ):
        response = client.get(path, params=params)
        assert response.status_code in (200, 400, 404) and "internal error" not in response.text, (
            path,
            params,
            response.text,
        )
        if path != "/scenarios" or "open" in params:
            assert response.status_code in (400, 404), (path, params)


def test_the_command_line_refuses_the_bomb_and_deep_yaml_within_a_second(tmp_path: Path) -> None:
    from cli_support import run

    for name, text, expected in (
        ("bomb.yaml", BOMB, "aliases"),
        ("deep.yaml", "a: " + deep_json(2000), "nest"),
        ("deeper.yaml", "a: " + deep_json(limits.MAX_DEPTH + 1), "MAX_DEPTH"),
    ):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        done = run("stability", str(path))
        assert time.perf_counter() - started < 1
        output = done.stdout + (done.stderr or "")
        assert done.exit_code != 0 and "Traceback" not in output and expected in output, output


def test_the_shipped_examples_need_no_alias() -> None:
    for path in FOUNDING_SCENARIO.parent.glob("*.yaml"):
        yaml.safe_load(path.read_text(encoding="utf-8"))
        from armscontrol.scenario import scenario_from_text

        scenario_from_text(path.read_text(encoding="utf-8"), str(path))
