"""A real server for tests and benchmarks: ``armscontrol serve`` in its own process on 127.0.0.1.

Started on a free port, waited for, and stopped (SIGTERM, or SIGKILL when a test
means to kill it). Every wait is bounded.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from pg_support import free_port

STARTUP_SECONDS = 60


class Server:
    def __init__(
        self, home: Path, database: str | None = None, token: str | None = None, port: int | None = None
    ) -> None:
        self.home, self.database, self.token = Path(home), database, token
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.output = self.home.parent / f"serve-{self.port}-{time.monotonic_ns()}.log"

    def start(self) -> Server:
        env = {k: v for k, v in os.environ.items() if k not in ("ARMSCONTROL_TOKEN", "ARMSCONTROL_DATABASE")}
        env["ARMSCONTROL_HOME"] = str(self.home)
        if self.token is not None:
            env["ARMSCONTROL_TOKEN"] = self.token
        args = [sys.executable, "-c", "from armscontrol.cli import main; main()", "serve", "--port", str(self.port)]
        if self.database is not None:
            args += ["--database", self.database]
        with self.output.open("wb") as out:
            self.process = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server ended at start ({self.process.returncode}):\n{self.printed()}")
            try:
                if httpx.get(f"{self.url}/api/scenarios?limit=1", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server not up after {STARTUP_SECONDS} s:\n{self.printed()}")

    def printed(self) -> str:
        return self.output.read_text(errors="replace") if self.output.exists() else ""

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()
