"""Jobs: uncertainty, sensitivity and sweeps started through the API run in the background and keep their result in the
store."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from api_support import AUTH
from armscontrol.answers import as_json

SWEEP = Path(__file__).resolve().parents[1] / "sweep"


def wait(client, ident: int, seconds: float = 120.0) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{ident}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {ident} still {job['status']} after {seconds} s")


def test_a_sweep_job_gives_the_same_answer_as_the_command(client) -> None:
    from armscontrol.answers.sweeps import sweep
    from armscontrol.scenario import load_scenario

    text = (SWEEP / "small.yaml").read_text()
    grid = ["sides.BLUE.defence[0].interceptors=0:20:10"]
    started = client.post(
        "/api/jobs", json={"kind": "sweep", "yaml": text, "options": {"grid": grid, "workers": 1}}, headers=AUTH
    )
    assert started.status_code == 202 and started.json()["status"] == "queued"
    job = wait(client, started.json()["id"])
    assert job["status"] == "done", job["error"]
    assert job["done"] == job["total"] == 3 and job["error"] is None
    assert job["result"] == as_json(sweep(load_scenario(SWEEP / "small.yaml"), grid, workers=1))
    assert client.get("/api/jobs").json()["jobs"][0]["id"] == job["id"]


def test_an_uncertainty_job_over_the_scenario_distributions(client) -> None:
    text = (SWEEP / "small-uncertain.yaml").read_text()
    started = client.post(
        "/api/jobs",
        json={"kind": "uncertainty", "yaml": text, "options": {"samples": 16, "seed": 3, "workers": 1}},
        headers=AUTH,
    )
    assert started.status_code == 202, started.json()
    job = wait(client, started.json()["id"])
    assert job["status"] == "done", job["error"]
    assert job["result"]["samples"] == 16


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "uncertainty", "yaml": (SWEEP / "small.yaml").read_text()}, "scenario"),
        ({"kind": "sweep", "yaml": (SWEEP / "small.yaml").read_text()}, "options.grid"),
        (
            {
                "kind": "sweep",
                "yaml": (SWEEP / "small.yaml").read_text(),
                "options": {"grid": ["sides.RED.forces[9].reliability=0.5:0.9:0.1"]},
            },
            None,
        ),
        ({"kind": "forecast", "yaml": "name: x"}, None),
    ],
)
def test_bad_jobs_are_refused_before_they_start(client, body: dict, field: str | None) -> None:
    response = client.post("/api/jobs", json=body, headers=AUTH)
    assert response.status_code == 422 and "error" in response.json()
    if field is not None:
        assert response.json()["field"] == field
    assert client.get("/api/jobs").json()["jobs"] == []


def test_jobs_need_the_token_and_unknown_ids_are_404(client) -> None:
    body = {
        "kind": "sweep",
        "yaml": (SWEEP / "small.yaml").read_text(),
        "options": {"grid": ["attack.sspk.silo=0.6,0.7"]},
    }
    assert client.post("/api/jobs", json=body).status_code == 401
    assert (
        client.post("/api/jobs", json=body, headers={"Authorization": "Bearer wrong-token-000000"}).status_code == 401
    )
    assert client.get("/api/jobs").json()["jobs"] == []
    assert client.get("/api/jobs/4242").status_code == 404


def test_a_job_a_stopped_server_left_running_is_failed_at_the_next_start(home) -> None:
    from armscontrol.api import create_app
    from armscontrol.store import Store
    from armscontrol.store.jobs import create_job, get_job
    from armscontrol.store.jobs import update_job as _update

    url = f"sqlite:///{home.parent / 'jobs.sqlite3'}"
    store = Store(url)
    import datetime as dt

    from armscontrol.store.jobs import ORPHAN_AFTER

    job = create_job(store, "sweep", "name: x", {}, {"grid": ["a=1"]}, owner="a-stopped-server")
    last_beat = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=ORPHAN_AFTER + 1)
    _update(store, job.id, status="running", heartbeat=last_beat)  # its server stopped beating
    store.close()
    app = create_app(url, token="test-token-0123456789abcdef")
    after = get_job(app.state.store, job.id)
    assert after.status == "failed" and "server stopped" in after.error.error
    app.state.store.close()


def small_sweep() -> dict:
    return {
        "kind": "sweep",
        "yaml": (SWEEP / "small.yaml").read_text(),
        "options": {"grid": ["attack.sspk.silo=0.6,0.7"], "workers": 1},
    }


def test_the_list_holds_no_scenario_and_no_result(client) -> None:
    job = wait(client, client.post("/api/jobs", json=small_sweep(), headers=AUTH).json()["id"])
    assert job["status"] == "done" and job["result"] and job["scenario_yaml"]
    listed = client.get("/api/jobs").json()["jobs"][0]
    assert listed["id"] == job["id"] and listed["status"] == "done"
    assert "scenario_yaml" not in listed and "result" not in listed


def test_workers_are_at_most_the_machines_cores(client) -> None:
    from armscontrol.api.job_routes import cores

    body = small_sweep()
    body["options"]["workers"] = cores() + 1
    response = client.post("/api/jobs", json=body, headers=AUTH)
    assert response.status_code == 422 and response.json()["field"] == "options.workers"
    assert client.get("/api/jobs").json()["jobs"] == []


def test_the_queue_is_bounded(client) -> None:
    from armscontrol.limits import MAX_JOBS_WAITING
    from armscontrol.store.jobs import create_job

    store = client.app.state.store
    for _ in range(MAX_JOBS_WAITING):
        create_job(store, "sweep", "name: x", {}, {"grid": ["a=1"]})  # queued, never run
    response = client.post("/api/jobs", json=small_sweep(), headers=AUTH)
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0
    assert len(client.get("/api/jobs").json()["jobs"]) == MAX_JOBS_WAITING


def test_a_queued_job_cancelled_never_starts(client) -> None:
    from armscontrol.scenarios.jobs import run_job
    from armscontrol.store.jobs import create_job, get_job

    store = client.app.state.store
    job = create_job(store, "sweep", (SWEEP / "small.yaml").read_text(), {}, {"grid": ["attack.sspk.silo=0.6,0.7"]})
    assert client.delete(f"/api/jobs/{job.id}").status_code == 401
    response = client.delete(f"/api/jobs/{job.id}", headers=AUTH)
    assert (
        response.status_code == 200
        and response.json()["status"] == "failed"
        and "cancelled" in response.json()["error"]["error"]
    )
    run_job(store, job.id)
    assert get_job(store, job.id).status == "failed" and get_job(store, job.id).result is None
    assert client.delete("/api/jobs/4242", headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("options", "reason"), [({"cancelled": lambda: True}, "cancelled"), ({"seconds": 0}, "time limit")]
)
def test_a_running_job_stops_when_cancelled_or_at_its_time_limit(client, options, reason) -> None:
    from armscontrol.scenarios.jobs import run_job
    from armscontrol.store.jobs import create_job, get_job

    store = client.app.state.store
    job = create_job(
        store,
        "sweep",
        (SWEEP / "small.yaml").read_text(),
        {},
        {"grid": ["sides.BLUE.defence[0].interceptors=0:20:10"], "workers": 1},
    )
    run_job(store, job.id, **options)
    after = get_job(store, job.id)
    assert after.status == "failed" and reason in after.error.error and after.result is None


def test_a_done_job_carries_no_error(client) -> None:
    from armscontrol.scenarios.jobs import run_job
    from armscontrol.store.jobs import create_job, get_job
    from armscontrol.store.jobs import update_job as _update

    store = client.app.state.store
    job = create_job(
        store, "sweep", (SWEEP / "small.yaml").read_text(), {}, {"grid": ["attack.sspk.silo=0.6,0.7"], "workers": 1}
    )
    _update(
        store, job.id, error={"error": "the server stopped before the job finished", "field": None, "suggestion": None}
    )
    run_job(store, job.id)
    after = get_job(store, job.id)
    assert after.status == "done" and after.error is None


def test_a_second_server_fails_only_the_jobs_a_stopped_server_left(client) -> None:
    """Two servers on one store: each beats for its own jobs; only a job whose owner stopped beating is failed."""
    import datetime as dt

    from armscontrol.store.jobs import ORPHAN_AFTER, beat, create_job, get_job, interrupt_unfinished
    from armscontrol.store.jobs import update_job as _update

    store = client.app.state.store
    live = create_job(store, "sweep", "name: x", {}, {"grid": ["a=1"]}, owner="server-a")
    gone = create_job(store, "sweep", "name: x", {}, {"grid": ["a=1"]}, owner="server-b")
    legacy = create_job(store, "sweep", "name: x", {}, {"grid": ["a=1"]})
    _update(store, legacy.id, owner=None, heartbeat=None)  # recorded before owners were kept
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=ORPHAN_AFTER * 2)
    _update(store, gone.id, heartbeat=long_ago)  # server-b stopped beating
    assert beat(store, "server-a") == 1
    assert interrupt_unfinished(store, "server-c") == 2  # a third server starts
    assert get_job(store, live.id).status == "queued"
    assert get_job(store, gone.id).status == "failed" and "server stopped" in get_job(store, gone.id).error.error
    assert get_job(store, legacy.id).status == "failed"


def test_a_job_asked_through_the_api_is_owned_by_the_server(client) -> None:
    from armscontrol.store.tables import JobRecord

    response = client.post("/api/jobs", json=small_sweep(), headers=AUTH)
    assert response.status_code in (200, 201, 202), response.text
    ident = response.json()["id"]
    with client.app.state.store.reading() as session:
        record = session.get(JobRecord, ident)
        assert record.owner == client.app.state.server_id and record.heartbeat is not None


def test_the_jobs_route_refuses_a_nul_in_the_scenario(client) -> None:
    data = __import__("yaml").safe_load((SWEEP / "small-uncertain.yaml").read_text())
    data["description"] = "a\x00b"
    answer = client.post("/api/jobs", json={"kind": "uncertainty", "scenario": data}, headers=AUTH)
    assert answer.status_code == 422 and "NUL" in answer.json()["error"]
    assert client.get("/api/jobs").json()["jobs"] == []
