"""The store through the API, in process: saving, reading, replacing, deleting and running scenarios;
tokens for writes; errors as JSON."""

from __future__ import annotations

import hashlib
import os
import stat

import pytest
import yaml

from api_support import AUTH, TOKEN
from armscontrol import answers
from armscontrol.scenario import scenario_from_text
from store_support import HUGE, SMALL, SMALL_SWEEP


def save(client, text=SMALL, **extra):
    response = client.post("/api/scenarios", json={"yaml": text, **extra}, headers=AUTH)
    assert response.status_code == 201, response.text
    return response.json()


def test_save_show_list_replace_delete(client):
    saved = save(client, name="mine")
    assert saved["yaml"] == SMALL and saved["name"] == "mine"
    assert saved["content_hash"] == hashlib.sha256(SMALL.encode()).hexdigest()
    assert client.get(f"/api/scenarios/{saved['id']}").json() == saved
    listed = client.get("/api/scenarios").json()["scenarios"]
    assert [s["id"] for s in listed] == [saved["id"]] and "yaml" not in listed[0]
    replaced = client.put(f"/api/scenarios/{saved['id']}", json={"yaml": SMALL_SWEEP}, headers=AUTH).json()
    assert replaced["name"] == "Small sweep" and replaced["created"] == saved["created"]
    deleted = client.delete(f"/api/scenarios/{saved['id']}", headers=AUTH)
    assert deleted.json() == {"deleted": saved["id"], "runs_deleted": 0}
    gone = client.get(f"/api/scenarios/{saved['id']}")
    assert gone.status_code == 404 and gone.json()["field"] == "id"


def test_save_a_mapping(client):
    response = client.post("/api/scenarios", json={"scenario": yaml.safe_load(SMALL)}, headers=AUTH)
    assert response.status_code == 201
    assert yaml.safe_load(response.json()["yaml"]) == yaml.safe_load(SMALL)


def test_runs_through_the_api(client):
    saved = save(client, SMALL_SWEEP)
    run = client.post(f"/api/scenarios/{saved['id']}/runs", json={"kind": "stability"}, headers=AUTH)
    assert run.status_code == 201
    body = run.json()
    assert body["status"] == "ok" and body["result"] == answers.as_json(
        answers.stability(scenario_from_text(SMALL_SWEEP))
    )
    frontier = client.post(
        f"/api/scenarios/{saved['id']}/runs", json={"kind": "frontier", "defence_range": "0:20:20"}, headers=AUTH
    ).json()
    assert frontier["status"] == "ok" and [p["interceptors"] for p in frontier["result"]["points"]] == [0, 20]
    assert client.get(f"/api/runs/{body['id']}").json() == body
    assert [r["id"] for r in client.get(f"/api/scenarios/{saved['id']}/runs").json()["runs"]] == [
        body["id"],
        frontier["id"],
    ]
    assert client.get(f"/api/scenarios/{saved['id']}").json()["runs"] == 2


def test_a_failed_run_is_recorded_with_its_error(client):
    saved = save(client)
    run = client.post(f"/api/scenarios/{saved['id']}/runs", json={"kind": "frontier"}, headers=AUTH).json()
    assert run["status"] == "error" and run["result"] is None
    assert "frontier needs a sweep block" in run["error"]["error"]


def test_a_scenario_of_a_billion_warheads_is_refused_naming_the_bound(client):
    response = client.post("/api/scenarios", json={"yaml": HUGE}, headers=AUTH)
    assert response.status_code == 422
    body = response.json()
    assert "MAX_LAUNCHERS" in body["error"] and "20,000" in body["error"]
    assert body["field"] == "sides.USA.forces[0].launchers"
    assert client.get("/api/scenarios").json() == {"scenarios": []}
    stability = client.post("/api/stability", json=yaml.safe_load(HUGE))
    assert stability.status_code == 422 and "MAX_LAUNCHERS" in stability.json()["error"]


WRITES = [
    ("post", "/api/scenarios", {"yaml": SMALL}),
    ("put", "/api/scenarios/{id}", {"yaml": SMALL_SWEEP}),
    ("delete", "/api/scenarios/{id}", None),
    ("post", "/api/scenarios/{id}/runs", {"kind": "stability"}),
]
BAD_AUTH = [
    None,
    "Bearer wrong-token-0123456789",
    f"Basic {TOKEN}",
    f"Bearer {TOKEN}x",
    "Bearer ",
    f"Bearer {TOKEN[:-1]}",
]


def snapshot(client):
    scenarios = client.get("/api/scenarios").json()["scenarios"]
    return [
        (client.get(f"/api/scenarios/{s['id']}").json(), client.get(f"/api/scenarios/{s['id']}/runs").json())
        for s in scenarios
    ]


@pytest.mark.parametrize("method, path, payload", WRITES)
def test_writes_without_the_right_token_get_401_and_change_nothing(client, method, path, payload):
    saved = save(client)
    before = snapshot(client)
    for header in BAD_AUTH:
        headers = {} if header is None else {"Authorization": header}
        kwargs = {"json": payload} if payload is not None else {}
        response = client.request(method.upper(), path.format(id=saved["id"]), headers=headers, **kwargs)
        assert response.status_code == 401, (header, response.text)
        assert response.json()["field"] == "Authorization" and "token" in response.json()["error"]
        assert response.headers["www-authenticate"] == "Bearer"
    assert snapshot(client) == before


def test_reads_need_no_token(client):
    saved = save(client)
    for path in ("/api/scenarios", f"/api/scenarios/{saved['id']}", f"/api/scenarios/{saved['id']}/runs"):
        assert client.get(path).status_code == 200


@pytest.mark.parametrize(
    "payload, status, field",
    [
        ({"yaml": "name: x\n"}, 422, "sides"),
        ({"yaml": SMALL, "scenario": {"name": "x"}}, 422, "scenario"),
        ({}, 422, "scenario"),
        ({"yaml": SMALL, "extra": 1}, 422, "extra"),
        ({"yaml": SMALL, "name": "x" * 201}, 422, "name"),
        ({"yaml": 5}, 422, "yaml"),
        ({"scenario": [1, 2]}, 422, "scenario"),
        ({"yaml": SMALL.replace("launchers: 40", "launchers: -4", 1)}, 422, "sides.USA.forces[0].launchers"),
    ],
)
def test_bad_scenarios_are_422_with_the_field(client, payload, status, field):
    response = client.post("/api/scenarios", json=payload, headers=AUTH)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "field", "suggestion"} and body["field"] == field
    assert "Traceback" not in body["error"]


def test_misspelt_keys_get_the_command_lines_suggestion(client):
    response = client.post("/api/stability", json={**yaml.safe_load(SMALL), "critera": {}})
    assert response.status_code == 422
    assert "unknown key 'critera'; did you mean 'criteria'?" in response.json()["error"]


@pytest.mark.parametrize(
    "path", ["/api/scenarios/0", "/api/scenarios/x", "/api/scenarios/99999999999999999999", "/api/runs/-3"]
)
def test_ids_that_are_not_ids_are_422(client, path):
    response = client.get(path)
    assert response.status_code == 422 and response.json()["field"] == "id"


def test_missing_ids_are_404(client):
    assert client.get("/api/scenarios/5").status_code == 404
    assert client.get("/api/runs/5").status_code == 404
    assert client.get("/api/scenarios/5/runs").status_code == 404
    assert client.post("/api/scenarios/5/runs", json={"kind": "stability"}, headers=AUTH).status_code == 404
    assert client.delete("/api/scenarios/5", headers=AUTH).status_code == 404


def test_malformed_json_and_wrong_types_are_422(client):
    response = client.post("/api/scenarios", content=b"{not json", headers={**AUTH, "content-type": "application/json"})
    assert response.status_code == 422 and set(response.json()) == {"error", "field", "suggestion"}
    deep = b"[" * 100_000 + b"]" * 100_000
    response = client.post("/api/engage", content=deep, headers={"content-type": "application/json"})
    assert response.status_code in (400, 422) and "error" in response.json()


def test_bodies_over_the_limit_get_413_before_any_route_runs(client):
    big = {"yaml": "#" * 2_100_000}
    response = client.post("/api/scenarios", json=big, headers=AUTH)
    assert response.status_code == 413 and "2,000,000 bytes" in response.json()["error"]
    assert client.post("/api/stability", json=big).status_code == 413
    assert client.get("/api/scenarios").json() == {"scenarios": []}


def test_unknown_paths_and_methods_are_json(client):
    response = client.get("/api/nothing")
    assert response.status_code == 404 and "/docs" in response.json()["error"]
    response = client.patch("/api/scenarios")
    assert response.status_code == 405 and "error" in response.json()


def test_openapi_documents_the_routes_errors_and_the_token(client):
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/scenarios",
        "/api/scenarios/{id}",
        "/api/scenarios/{id}/runs",
        "/api/runs/{id}",
        "/api/status/{id}",
        "/api/engage",
        "/api/stability",
        "/api/frontier",
        "/api/brief",
    ):
        assert path in paths
    assert paths["/api/scenarios"]["post"]["security"] == [{"token": []}]
    assert "401" in paths["/api/scenarios"]["post"]["responses"]
    assert "get" in paths["/api/scenarios"] and "security" not in paths["/api/scenarios"]["get"]
    assert spec["components"]["securitySchemes"]["token"]["scheme"] == "bearer"
    assert client.get("/docs").status_code == 200


def test_a_generated_token_is_kept_0600_and_reused(home, monkeypatch):
    from armscontrol.api import create_app

    first = create_app(f"sqlite:///{home.parent / 'a.sqlite3'}")
    token_file = home / "api-token"
    assert first.state.token_generated and token_file.read_text().strip() == first.state.token
    assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
    again = create_app(f"sqlite:///{home.parent / 'a.sqlite3'}")
    assert not again.state.token_generated and again.state.token == first.state.token
    monkeypatch.setenv("ARMSCONTROL_TOKEN", "from-the-environment-123")
    assert create_app(f"sqlite:///{home.parent / 'a.sqlite3'}").state.token == "from-the-environment-123"


def test_a_short_token_is_refused(home):
    from armscontrol.api import create_app
    from armscontrol.errors import UserError

    with pytest.raises(UserError, match="at least 16"):
        create_app(f"sqlite:///{home.parent / 'a.sqlite3'}", token="short")


@pytest.mark.parametrize("path", ["/api/stability", "/api/frontier"])
def test_computing_routes_refuse_numbers_that_are_not_finite(client, path):
    data = yaml.safe_load(SMALL_SWEEP)
    data["criteria"]["cost_weight"] = float("inf")
    response = client.post(path, content=__import__("json").dumps(data), headers={"content-type": "application/json"})
    assert response.status_code == 422 and "finite" in response.json()["error"]


def test_computing_routes_take_a_long_scenario_name(client):
    data = yaml.safe_load(SMALL)
    data["name"] = "n" * 500
    assert client.post("/api/stability", json=data).status_code == 200
