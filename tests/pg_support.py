"""A throwaway PostgreSQL server for tests: Debian's ``postgresql`` binaries, run by the tests themselves.

The server refuses to run as root, so under root it runs as ``nobody``. It lives
in a temporary directory, listens on 127.0.0.1 on a free port and on a unix
socket in that directory, and is stopped (and the directory removed) at the end.
``make test`` installs the package when ``pg_ctl`` is missing; a missing server
fails the tests, it never skips them.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _bin_dir() -> Path:
    found = shutil.which("pg_ctl")
    if found:
        bin_dir = Path(found).resolve().parent
        if (bin_dir / "initdb").exists():
            return bin_dir
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True):
        return Path(candidate).parent
    pytest.fail("PostgreSQL is not installed (no pg_ctl): `make test` installs Debian's postgresql package")


class PostgresServer:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="armscontrol-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.user_kwargs: dict = {}
        if os.geteuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            os.chown(self.root, nobody.pw_uid, nobody.pw_gid)
            self.user_kwargs = {"user": nobody.pw_uid, "group": nobody.pw_gid}
        self.env = {**os.environ, "LC_ALL": "C", "LANG": "C", "HOME": str(self.root)}

    def _run(self, *args: str) -> None:
        done = subprocess.run(
            [str(a) for a in args],
            cwd=self.root,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            **self.user_kwargs,
        )
        if done.returncode != 0:
            log = (self.root / "log").read_text() if (self.root / "log").exists() else ""
            raise RuntimeError(f"{args[0]} failed ({done.returncode}): {done.stdout}\n{done.stderr}\n{log}")

    def start(self) -> PostgresServer:
        self._run(
            self.bin / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F -c max_connections=200"
        self._run(
            self.bin / "pg_ctl", "-D", self.data, "-l", self.root / "log", "-w", "-t", "60", "-o", options, "start"
        )
        return self

    def stop(self) -> None:
        try:
            # immediate: no shutdown checkpoint (the folder is deleted next); "fast" wrote every database the tests made
            # back to disk first, 36 s at the end of the suite
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "-t", "60", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def socket_url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.root}&port={self.port}"

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres():
    server = PostgresServer().start()
    try:
        yield server
    finally:
        server.stop()
