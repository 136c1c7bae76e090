"""Heavy work off the request threads: a bounded pool with a time limit, and cheap routes that answer while it is
full."""

from __future__ import annotations

import concurrent.futures
import socket
import threading
import time

import pytest

from armscontrol.errors import UserError
from armscontrol.scenarios import pool as pool_module
from armscontrol.scenarios.pool import Busy, Pool, TaskTimeout


@pytest.fixture
def small_pool():
    pool = Pool(workers=1, waiting=0, seconds=1.0)
    yield pool
    pool.close()


def test_a_call_past_the_time_limit_is_stopped_and_its_worker_replaced(small_pool) -> None:
    started = time.perf_counter()
    with pytest.raises(TaskTimeout):
        small_pool.call(time.sleep, 30)
    assert time.perf_counter() - started < 15  # the worker's start included; the limit itself is 1 s
    assert small_pool.call(sum, [1, 2, 3]) == 6  # a fresh worker


def test_a_full_pool_refuses_at_once(small_pool) -> None:
    small_pool.call(sum, [0])  # the worker started
    with concurrent.futures.ThreadPoolExecutor(1) as side:
        holding = side.submit(small_pool.call, time.sleep, 0.8)
        time.sleep(0.2)
        started = time.perf_counter()
        with pytest.raises(Busy) as refused:
            small_pool.call(sum, [1])
        assert time.perf_counter() - started < 0.1 and refused.value.retry_after > 0
        holding.result()
    assert small_pool.admitted == 0


def test_a_call_whose_caller_left_is_stopped(small_pool) -> None:
    from armscontrol.scenarios.pool import Cancelled

    small_pool.call(sum, [0])  # the worker started
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        small_pool.call_until(cancel, time.sleep, 30)
    assert time.perf_counter() - started < 2
    assert small_pool.call(sum, [1, 2]) == 3 and small_pool.admitted == 0


def test_a_users_error_in_a_worker_reaches_the_caller_as_it_was(small_pool) -> None:
    from armscontrol import answers

    with pytest.raises(UserError) as raised:
        small_pool.call(answers.instrument, "new-strat")
    assert "new-start" in str(raised.value) and raised.value.field is not None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def heavy_scenario(k: int) -> dict:
    """Seconds of work within the anonymous budget (the costliest request benchmarks/worst_anonymous.py finds, about
    six CPU seconds); ``k`` makes each one different (no cache)."""
    scenario = slow_scenario()
    scenario["sides"]["A"]["forces"][0]["launchers"] -= k
    return scenario


def slow_scenario() -> dict:
    """About six CPU seconds within the anonymous budget, the costliest found (benchmarks/worst_anonymous.py): four
    decoys a warhead against one layer of 20,000 interceptors, swept over three sizes."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "worst_anonymous.py"
    spec = importlib.util.spec_from_file_location("worst_anonymous", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.scenario(4, 1, 1, 20_000, 3, 39_996)


@pytest.fixture
def live(home, monkeypatch):
    """The app under uvicorn on 127.0.0.1 with a pool of its own (2 workers, 2 waiting); stopped after the test."""
    import uvicorn

    from armscontrol.api import create_app

    held = Pool(workers=2, waiting=2, seconds=30)
    monkeypatch.setattr(pool_module, "_shared", held)
    app = create_app(f"sqlite:///{home.parent / 'load.sqlite3'}", token="load-test-token-0123456789")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive()
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", held
    held.close()
    server.should_exit = True
    thread.join(timeout=30)


def test_work_stops_when_its_client_leaves(live) -> None:
    import httpx

    from armscontrol import budget
    from armscontrol.scenario import parse_scenario

    url, held = live
    scenario = slow_scenario()
    assert budget.stability_work(parse_scenario(scenario)) <= budget.ANONYMOUS_WORK
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{url}/api/stability", json=scenario, timeout=httpx.Timeout(10, read=1.0))
    deadline = time.monotonic() + 3
    while held.admitted and time.monotonic() < deadline:
        time.sleep(0.05)
    assert held.admitted == 0  # the worker was stopped, not left computing for seconds more


def test_cheap_routes_answer_within_a_second_while_the_pool_is_full(live) -> None:
    """Hold every worker with heavy anonymous requests (more than the pool takes) and measure a cheap GET's p99."""
    import httpx

    from armscontrol import budget
    from armscontrol.scenario import parse_scenario

    assert budget.stability_work(parse_scenario(heavy_scenario(0))) <= budget.ANONYMOUS_WORK
    url, held = live
    statuses: list[int] = []

    def heavy(k: int) -> None:
        try:
            statuses.append(httpx.post(f"{url}/api/stability", json=heavy_scenario(k), timeout=60).status_code)
        except httpx.HTTPError:
            statuses.append(0)

    with concurrent.futures.ThreadPoolExecutor(24) as clients:
        futures = [clients.submit(heavy, k) for k in range(24)]
        full_by = time.monotonic() + 15  # the pool fills (each request is parsed and its work estimated first)
        while held.admitted < held.workers + held.waiting and time.monotonic() < full_by:
            time.sleep(0.05)
        assert held.admitted == held.workers + held.waiting
        timings = []
        with httpx.Client(base_url=url, timeout=10) as cheap:
            for path in ["/api/scenarios", "/static/app.css", "/api/jobs", "/docs"] * 25:
                started = time.perf_counter()
                assert cheap.get(path).status_code == 200
                timings.append(time.perf_counter() - started)
        still_full = held.admitted == held.workers + held.waiting
        held.close()  # bounded in time: what the workers compute is dropped
        concurrent.futures.wait(futures, timeout=60)
    timings.sort()
    p99 = timings[int(0.99 * (len(timings) - 1))]
    print(
        f"cheap GET under a full pool: p50 {timings[len(timings) // 2] * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, "
        f"max {timings[-1] * 1000:.0f} ms; heavy statuses {sorted(statuses)}"
    )
    assert p99 < 1.0
    assert still_full  # the measurement was taken with every worker busy
    assert statuses.count(503) >= 24 - held.workers - held.waiting  # refused at once, not queued without end
    assert set(statuses) <= {200, 503}  # stopped work is a 503, never a 500
