"""A cheap GET's latency while 42 heavy anonymous requests are in flight: the figure of issue 26.

Starts the app under uvicorn on 127.0.0.1 (a temporary SQLite store), sends 42
concurrent heavy anonymous requests (``POST /api/read`` of a long text of
repeated figures, and ``POST /api/stability`` of scenarios near the anonymous
budget), and meanwhile times 100 cheap GETs (``/static/app.css``,
``/api/scenarios``, ``/api/jobs``, ``/``). Prints p50, p99 and the worst, and
how the heavy requests were answered. Bounded: every client gives up after
20 s, and the process exits when the measurement ends, whatever still runs.
Run from the root of a checkout: ``python benchmarks/server_load.py``.
"""

from __future__ import annotations

import concurrent.futures
import copy
import json
import os
import socket
import tempfile
import threading
import time
from collections import Counter

import httpx
import uvicorn
import yaml

os.environ.setdefault("ARMSCONTROL_HOME", tempfile.mkdtemp())
os.environ.setdefault("ARMSCONTROL_TOKEN", "load-benchmark-token-0123456789")

from armscontrol.api import create_app  # noqa: E402
from armscontrol.scenario import FOUNDING_SCENARIO  # noqa: E402

TEXT = "New START limits each side to 1,550 warheads and 700 deployed launchers. " * 270  # about 20,000 characters


def heavy_scenario(k: int) -> dict:
    out = json.loads(json.dumps(copy.deepcopy(yaml.safe_load(FOUNDING_SCENARIO.read_text())), default=str))
    for side in out["sides"].values():
        for force in side["forces"]:
            force["launchers"] = force["launchers"] * 6 + k
    out["sweep"]["interceptors"] = [100 + k, 300 + k, 900 + k]
    return out


def main() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(f"sqlite:///{tempfile.mkdtemp()}/load.sqlite3")
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error", access_log=False))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    outcomes: Counter = Counter()

    def heavy(k: int) -> None:
        try:
            if k % 2:
                response = httpx.post(f"{url}/api/read", json={"text": TEXT}, timeout=20)
            else:
                response = httpx.post(f"{url}/api/stability", json=heavy_scenario(k), timeout=20)
            outcomes[response.status_code] += 1
        except httpx.HTTPError as exc:
            outcomes[type(exc).__name__] += 1

    clients = concurrent.futures.ThreadPoolExecutor(42)
    for k in range(42):
        clients.submit(heavy, k)
    time.sleep(2.0)
    timings, failures = [], Counter()
    with httpx.Client(base_url=url, timeout=20) as cheap:
        for path in ["/static/app.css", "/api/scenarios", "/api/jobs", "/"] * 25:
            started = time.perf_counter()
            try:
                status = cheap.get(path).status_code
                if status != 200:
                    failures[status] += 1
            except httpx.HTTPError as exc:
                failures[type(exc).__name__] += 1
            timings.append(time.perf_counter() - started)
    timings.sort()
    print(
        f"cheap GET with 42 heavy requests in flight: p50 {timings[49] * 1000:.0f} ms, p99 {timings[98] * 1000:.0f} "
        f"ms, "
        f"worst {timings[-1] * 1000:.0f} ms; failed: {dict(failures) or 'none'}"
    )
    print(f"heavy requests answered so far: {dict(outcomes)}", flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
