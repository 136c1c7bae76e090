"""Benchmark: the API on a real uvicorn against the same answer called in process.

Run: .venv/bin/python benchmarks/bench_api.py [--requests N] [--clients C] [--seconds S]

Starts ``armscontrol serve`` on 127.0.0.1 on a free port (a throwaway data
directory), then for ``GET /api/status/new-start?on=2015`` and ``POST
/api/engage`` (1,000 warheads, 500 interceptors, two shots): requests per second
and p50/p99 latency over HTTP (C client threads with keep-alive), beside the
same answers-layer call made in this process. The ratio of latencies is the
server's overhead: routing, validation, JSON and HTTP. Bounded: at most N
requests and S seconds per measurement. The server is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

ENGAGE = {"warheads": 1000, "interceptors": 500, "sspk": 0.7, "shots": 2}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(call: Callable[[], object], requests: int, clients: int, seconds: float) -> dict[str, float]:
    """Run ``call`` from ``clients`` threads until ``requests`` calls or ``seconds`` have passed."""
    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    remaining = [requests]

    def worker() -> None:
        while True:
            with lock:
                if remaining[0] <= 0 or time.perf_counter() > deadline:
                    return
                remaining[0] -= 1
            start = time.perf_counter()
            call()
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)

    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - start
    return {
        "n": len(latencies),
        "per_second": len(latencies) / wall,
        "p50": percentile(latencies, 0.5),
        "p99": percentile(latencies, 0.99),
        "mean": statistics.fmean(latencies),
    }


def start_server(home: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "ARMSCONTROL_HOME": str(home), "ARMSCONTROL_TOKEN": "benchmark-token-0123456789"}
    env.pop("ARMSCONTROL_DATABASE", None)
    process = subprocess.Popen(
        [sys.executable, "-c", "from armscontrol.cli import main; main()", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/scenarios?limit=1", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("the server did not start within 60 s")


def row(label: str, m: dict[str, float]) -> str:
    return (
        f"  {label:<26} {m['n']:6d} calls  {m['per_second']:9.1f}/s  p50 {m['p50'] * 1000:8.2f} ms  "
        f"p99 {m['p99'] * 1000:8.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400, help="at most this many calls per measurement")
    parser.add_argument("--clients", type=int, default=4, help="concurrent client threads against the server")
    parser.add_argument("--seconds", type=float, default=20.0, help="at most this long per measurement")
    args = parser.parse_args()

    from armscontrol import answers

    port = free_port()
    with tempfile.TemporaryDirectory(prefix="armscontrol-bench-") as home:
        server = start_server(Path(home), port)
        try:
            client = httpx.Client(
                base_url=f"http://127.0.0.1:{port}",
                timeout=60,
                limits=httpx.Limits(max_keepalive_connections=args.clients),
            )
            cases = [
                (
                    "GET /api/status/new-start?on=2015",
                    lambda: client.get("/api/status/new-start", params={"on": "2015"}).raise_for_status(),
                    lambda: answers.as_json(answers.status("new-start", "2015")),
                ),
                (
                    "POST /api/engage (1,000 v 500)",
                    lambda: client.post("/api/engage", json=ENGAGE).raise_for_status(),
                    lambda: answers.as_json(answers.engage(**ENGAGE)),
                ),
            ]
            print(
                f"API on uvicorn (127.0.0.1, {args.clients} client threads) beside the same answer in process; "
                f"at most {args.requests} calls or {args.seconds:.0f} s each"
            )
            for label, over_http, in_process in cases:
                over_http()
                in_process()  # warm both (imports, data load)
                served = measure(over_http, args.requests, args.clients, args.seconds)
                sequential = measure(over_http, args.requests // 2, 1, args.seconds / 2)
                local = measure(in_process, args.requests, 1, args.seconds)
                print(label)
                print(row(f"server, {args.clients} clients", served))
                print(row("server, 1 client", sequential))
                print(row("in process (answers)", local))
                print(
                    f"  server overhead: p50 latency {sequential['p50'] / local['p50']:.2f}x the in-process call "
                    f"(+{(sequential['p50'] - local['p50']) * 1000:.2f} ms per request)"
                )
            client.close()
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
