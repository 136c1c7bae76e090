"""The work budget: a request whose computation is above its budget is refused at once, with the budget and the
estimate."""

from __future__ import annotations

import copy
import json
import time

import pytest
import yaml

from api_support import AUTH
from armscontrol import budget
from armscontrol.scenario import FOUNDING_SCENARIO, parse_scenario


def heavy() -> dict:
    """Every input at its documented limit: 50,000 warheads a side, four decoys, five layers of ten shots."""
    layers = [{"name": f"layer{i}", "interceptors": 50_000, "sspk": 0.7, "shots": 10} for i in range(5)]
    side = {
        "forces": [
            {"name": "ICBM", "basing": "silo", "launchers": 10_000, "warheads_per_launcher": 5, "reliability": 0.8}
        ],
        "defence": layers,
        "decoys_per_warhead": 4,
    }
    return {
        "name": "heavy",
        "sides": {"USA": copy.deepcopy(side), "RUS": copy.deepcopy(side)},
        "criteria": {"assured_retaliation": 200, "value_targets": 200},
        "sweep": {"side": "USA", "layer": "layer0", "interceptors": list(range(0, 50_000, 500))},
    }


def founding() -> dict:
    """The founding example as JSON would carry it (dates as text)."""
    return json.loads(json.dumps(yaml.safe_load(FOUNDING_SCENARIO.read_text(encoding="utf-8")), default=str))


def refused(response, who: str) -> dict:
    assert response.status_code == 413, response.text
    body = response.json()
    assert (
        body["budget"] == budget.work_budget(who) and body["estimate"] > body["budget"] and body["unit"] == "work units"
    )
    assert f"{body['budget']:,}" in body["error"] and f"{body['estimate']:,}" in body["error"]
    return body


def test_a_heavy_scenario_is_refused_at_once_without_the_token(client) -> None:
    for path in ("/api/stability", "/api/frontier"):
        started = time.perf_counter()
        response = client.post(path, json=heavy())
        assert time.perf_counter() - started < 2
        refused(response, "anonymous")


def test_the_token_has_a_larger_budget_but_a_budget_still(client) -> None:
    assert budget.work_budget("token") > budget.work_budget("anonymous")
    response = client.post("/api/stability", json=heavy(), headers=AUTH)
    refused(response, "token")
    assert "send the write token" not in response.json()["error"]


def test_a_wrong_token_is_refused_rather_than_taken_as_none(client) -> None:
    response = client.post("/api/stability", json=founding(), headers={"Authorization": "Bearer not-the-token-at-all"})
    assert response.status_code == 401


def test_a_frontier_over_many_sizes_is_refused_by_its_range(client) -> None:
    scenario = founding()
    scenario["sides"]["RUS"]["decoys_per_warhead"] = 10
    response = client.post("/api/frontier", params={"defence_range": "0:49950:50"}, json=scenario)
    refused(response, "anonymous")


def test_the_reader_takes_a_shorter_text_without_the_token(client) -> None:
    text = "New START limits each side to 1,550 warheads. " * (budget.ANONYMOUS_READ_CHARS // 40)
    response = client.post("/api/read", json={"text": text})
    assert response.status_code == 413
    body = response.json()
    assert (
        body["unit"] == "characters" and body["budget"] == budget.ANONYMOUS_READ_CHARS and body["estimate"] == len(text)
    )


def test_the_pages_form_takes_the_anonymous_length(client) -> None:
    text = "x" * (budget.ANONYMOUS_READ_CHARS + 1)
    response = client.post("/read", data={"text": text})
    assert response.status_code == 413 and f"{budget.ANONYMOUS_READ_CHARS:,}" in response.text


@pytest.fixture
def saved_heavy(client) -> int:
    response = client.post("/api/scenarios", json={"scenario": heavy()}, headers=AUTH)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_a_saved_heavy_scenario_is_computed_on_no_get(client, saved_heavy) -> None:
    ident = saved_heavy
    started = time.perf_counter()
    refused(client.get(f"/api/reports/scenario/{ident}"), "anonymous")
    refused(
        client.get(f"/api/reports/scenario/{ident}", headers=AUTH), "anonymous"
    )  # a GET is within the anonymous budget
    refused(client.get("/data/frontier.json", params={"base": f"store:{ident}"}), "anonymous")
    refused(client.get("/data/stability.json", params={"base": f"store:{ident}"}), "anonymous")
    compared = client.get("/data/compare.json", params={"compare": f"store:{ident}"}).json()["columns"][0]
    assert (
        compared["answer"] is None and "anonymous budget" in compared["error"]
    )  # the column says why; the others still show
    assert "anonymous budget" in client.get(f"/scenarios?compare=store:{ident}").text
    for page in (f"/stability?base=store:{ident}", f"/uncertainty?base=store:{ident}&path=attack.sspk.silo"):
        response = client.get(page)
        assert response.status_code == 413 and "anonymous budget" in response.text, page
    assert time.perf_counter() - started < 10


def test_a_run_of_a_saved_scenario_is_within_the_token_budget(client, saved_heavy) -> None:
    response = client.post(f"/api/scenarios/{saved_heavy}/runs", json={"kind": "stability"}, headers=AUTH)
    refused(response, "token")


@pytest.mark.parametrize("path", sorted(FOUNDING_SCENARIO.parent.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_shipped_example_fits_the_anonymous_budget(path) -> None:
    spec = parse_scenario(yaml.safe_load(path.read_text(encoding="utf-8")))
    for work in (budget.stability_work(spec), budget.frontier_work(spec), budget.uncertainty_work(spec, 64)):
        assert work <= budget.ANONYMOUS_WORK


def test_the_estimate_grows_with_every_input() -> None:
    spec = parse_scenario(founding())
    base = budget.point_work(spec)
    more = founding()
    more["sides"]["RUS"]["decoys_per_warhead"] = 3
    assert budget.point_work(parse_scenario(more)) > base
    with_decoys = budget.point_work(parse_scenario(more))
    more["sides"]["USA"]["defence"][0]["shots"] = 3
    assert budget.point_work(parse_scenario(more)) > with_decoys
    assert budget.stability_work(spec) == base * len(spec.sweep.interceptors)
    assert budget.frontier_work(spec, 10) == 2 * budget.frontier_work(spec, 5)


def test_the_limits_page_states_every_budget_and_server_bound() -> None:
    from pathlib import Path

    from armscontrol import limits

    text = (Path(__file__).resolve().parents[2] / "docs" / "limits.md").read_text(encoding="utf-8")
    for name, value in (
        ("ANONYMOUS_WORK", budget.ANONYMOUS_WORK),
        ("TOKEN_WORK", budget.TOKEN_WORK),
        ("ANONYMOUS_READ_CHARS", budget.ANONYMOUS_READ_CHARS),
        ("TOKEN_READ_CHARS", budget.TOKEN_READ_CHARS),
        ("MAX_DEPTH", limits.MAX_DEPTH),
        ("MAX_NODES", limits.MAX_NODES),
        ("POOL_WAITING", limits.POOL_WAITING),
        ("TASK_SECONDS", limits.TASK_SECONDS),
        ("MAX_JOBS_WAITING", limits.MAX_JOBS_WAITING),
        ("JOB_SECONDS", limits.JOB_SECONDS),
    ):
        row = next((line for line in text.splitlines() if line.startswith(f"| `{name}`")), None)
        assert row is not None and f"{value:,}" in row, name
