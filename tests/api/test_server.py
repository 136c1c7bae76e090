"""Against a real uvicorn on 127.0.0.1: `armscontrol serve` prints its URL and token, 50 concurrent writers
lose and double nothing, and a server killed with SIGKILL during writes restarts with every acknowledged write."""

from __future__ import annotations

import os
import signal
import stat
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from api_support import AUTH, TOKEN
from server_support import Server
from store_support import SMALL

WRITERS = 50
WRITES_EACH = 4


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("postgres").new_database()


def test_serve_prints_url_and_a_generated_token_once(tmp_path):
    home = tmp_path / "home"
    with Server(home) as server:
        printed = server.printed()
        token = (home / "api-token").read_text().strip()
        assert f"armscontrol dashboard and API at {server.url}" in printed and token in printed
        assert stat.S_IMODE(os.stat(home / "api-token").st_mode) == 0o600
        headers = {"Authorization": f"Bearer {token}"}
        assert httpx.post(f"{server.url}/api/scenarios", json={"yaml": SMALL}, headers=headers).status_code == 201
        assert httpx.post(f"{server.url}/api/scenarios", json={"yaml": SMALL}).status_code == 401
    with Server(home) as again:
        assert token not in again.printed() and "api-token" in again.printed()
        assert len(httpx.get(f"{again.url}/api/scenarios").json()["scenarios"]) == 1


def test_serve_refuses_a_port_in_use_with_one_line(tmp_path):
    from cli_support import run

    with Server(tmp_path / "home", token=TOKEN) as server:
        result = run("serve", "--port", str(server.port))
    assert result.exit_code == 2 and "--port: cannot listen" in result.stderr and "Traceback" not in result.stderr


def test_fifty_concurrent_writers_lose_nothing_and_double_nothing(tmp_path, database):
    acknowledged: list[tuple[int, str]] = []
    statuses: Counter = Counter()
    lock = threading.Lock()

    def writer(index: int) -> None:
        with httpx.Client(base_url=server.url, headers=AUTH, timeout=120) as client:
            for j in range(WRITES_EACH):
                name = f"writer {index} write {j}"
                response = client.post("/api/scenarios", json={"yaml": SMALL, "name": name})
                with lock:
                    statuses[response.status_code] += 1
                if response.status_code == 201:
                    with lock:
                        acknowledged.append((response.json()["id"], name))
                if j == 0:
                    run = client.post(f"/api/scenarios/{response.json()['id']}/runs", json={"kind": "stability"})
                    with lock:
                        statuses[run.status_code] += 1

    with Server(tmp_path / "home", database=database, token=TOKEN) as server:
        with ThreadPoolExecutor(WRITERS) as pool:
            list(pool.map(writer, range(WRITERS)))
        stored = httpx.get(f"{server.url}/api/scenarios", timeout=60).json()["scenarios"]
    assert not [s for s in statuses if s >= 500], statuses
    assert statuses[201] == WRITERS * (WRITES_EACH + 1)
    names = Counter(s["name"] for s in stored)
    assert all(n == 1 for n in names.values()), "a write stored twice"
    assert sorted((s["id"], s["name"]) for s in stored) == sorted(acknowledged)
    assert sum(s["runs"] for s in stored) == WRITERS


def test_a_server_killed_during_writes_restarts_with_every_acknowledged_write(tmp_path, database):
    home = tmp_path / "home"
    acknowledged: dict[int, str] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def writer(index: int) -> None:
        with httpx.Client(base_url=server.url, headers=AUTH, timeout=10) as client:
            for j in range(10_000):  # bounded; the kill ends it long before
                if stop.is_set():
                    return
                name = f"writer {index} write {j}"
                try:
                    response = client.post("/api/scenarios", json={"yaml": SMALL, "name": name})
                except httpx.HTTPError:
                    return  # the server is gone: this write was never acknowledged
                if response.status_code == 201:
                    with lock:
                        acknowledged[response.json()["id"]] = name

    server = Server(home, database=database, token=TOKEN).start()
    try:
        with ThreadPoolExecutor(8) as pool:
            futures = [pool.submit(writer, i) for i in range(8)]
            deadline = time.monotonic() + 60
            while len(acknowledged) < 40 and time.monotonic() < deadline:
                time.sleep(0.02)
            server.kill()  # mid-write: requests are in flight
            stop.set()
            for future in futures:
                future.result(timeout=60)
    finally:
        server.kill()
    assert len(acknowledged) >= 40
    with Server(home, database=database, token=TOKEN) as restarted:
        stored = httpx.get(f"{restarted.url}/api/scenarios", timeout=60).json()["scenarios"]
        by_id = {s["id"]: s["name"] for s in stored}
        for ident, name in acknowledged.items():
            assert by_id.get(ident) == name, f"acknowledged write {ident} ({name}) lost"
        assert len(by_id) - len(acknowledged) <= 8  # at most one unacknowledged write per writer landed
        one = httpx.get(f"{restarted.url}/api/scenarios/{next(iter(acknowledged))}").json()
        assert one["yaml"] == SMALL
        assert httpx.post(f"{restarted.url}/api/scenarios", json={"yaml": SMALL}, headers=AUTH).status_code == 201


def test_sigterm_stops_the_server_within_ten_seconds_while_heavy_work_runs(tmp_path):
    """A heavy anonymous request in flight does not hold the server up: SIGTERM ends it within 10 s, workers too."""
    import threading

    from test_pool import slow_scenario

    home = tmp_path / "home"
    server = Server(home).start()
    try:
        threading.Thread(
            target=lambda: _post_quietly(f"{server.url}/api/stability", slow_scenario()), daemon=True
        ).start()
        time.sleep(2.0)  # the request is computing in a worker
        started = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=30)
        took = time.monotonic() - started
    finally:
        server.kill()
    assert took < 10.0, f"SIGTERM took {took:.1f} s"


def _post_quietly(url: str, body: dict) -> None:
    try:
        httpx.post(url, json=body, timeout=30)
    except httpx.HTTPError:
        pass
