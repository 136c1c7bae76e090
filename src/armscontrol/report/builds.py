"""PDF reports made in the background: one build per report and data version, joined while it runs, kept once done.

A PDF takes tens of seconds (the answers, the charts, then WeasyPrint's
layout). The server starts it in a bounded pool of one worker of its own
(:class:`armscontrol.scenarios.pool.Pool`) and answers at once with the build's
state; the page (``/report``) and the API (``/api/reports/builds``) follow its
stages (:data:`armscontrol.report.STAGES`) and link the file when it is ready.
A second request for the same report while it is being made joins that build;
a finished PDF is kept, keyed by the report (kind, target, date, paper) and the
version of the data it was made from (:func:`armscontrol.report.document.data_digest`,
and a saved scenario's text), so asking again is immediate until the data change.
A build that failed is tried again on the next request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armscontrol import answers, budget, limits
from armscontrol.answers.common import parse_date
from armscontrol.errors import NotFound, UserError
from armscontrol.limits import parse_id
from armscontrol.report import KINDS, PAPERS, make_report
from armscontrol.report.document import data_digest
from armscontrol.scenario import parse_scenario
from armscontrol.scenarios.pool import Busy, Pool, TaskTimeout

log = logging.getLogger(__name__)

KEPT = 64
"""Finished PDFs kept at most; past it the oldest are dropped (asked again, they are made again)."""

WAITING = "waiting for a worker"
"""The stage of a build that no worker has started yet."""


@dataclass
class Build:
    """One PDF being made, or made: what it is, where it stands, and its file."""

    key: str
    kind: str
    target: str | None
    on: str | None
    paper: str
    title: str
    status: str = "running"
    """running, done or failed."""
    stage: str = WAITING
    done: int = 0
    total: int = 0
    started: float = field(default_factory=time.time)
    seconds: float | None = None
    error: str | None = None
    path: Path | None = None
    progress_file: Path | None = None

    @property
    def size(self) -> int | None:
        """The PDF's size in bytes, once made."""
        return (
            self.path.stat().st_size if self.status == "done" and self.path is not None and self.path.exists() else None
        )

    def as_json(self) -> dict[str, Any]:
        """The build as the API returns it (``file``: the PDF's address once done)."""
        return {
            "id": self.key,
            "kind": self.kind,
            "target": self.target,
            "on": self.on,
            "paper": self.paper,
            "title": self.title,
            "status": self.status,
            "stage": self.stage,
            "done": self.done,
            "total": self.total,
            "started": dt.datetime.fromtimestamp(self.started, dt.UTC).isoformat(timespec="seconds"),
            "seconds": None if self.seconds is None else round(self.seconds, 1),
            "error": self.error,
            "bytes": self.size,
            "page": f"/report?id={self.key}",
            "file": f"/api/reports/builds/{self.key}/pdf" if self.status == "done" else None,
        }


def report_key(kind: str, target: str | None, on: str | None, paper: str, version: str) -> str:
    """The build's id: a hash of the report asked for and the version of the data it is made from."""
    text = json.dumps([kind, target, on, paper, version])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def write_pdf(
    kind: str, target: str | None, on: str | None, paper: str, database: str | None, out: str, progress_file: str
) -> int:
    """Make the PDF into ``out`` (run in a pool worker), writing each stage to ``progress_file`` as it goes; its
    size."""

    def tell(stage: str, done: int, total: int) -> None:
        part = progress_file + ".part"
        Path(part).write_text(json.dumps({"stage": stage, "done": done, "total": total}), encoding="utf-8")
        os.replace(part, progress_file)

    body = make_report(
        kind,
        target,
        on,
        "pdf",
        paper,
        command=f"armscontrol report {kind}"
        + (f" {target}" if target else "")
        + (f" --on {on}" if on else "")
        + f" --format pdf --paper {paper}",
        database=database,
        progress=tell,
    )
    assert isinstance(body, bytes)  # a PDF
    Path(out + ".part").write_bytes(body)
    os.replace(out + ".part", out)
    return len(body)


def describe(kind: str, target: str | None, on: str | None, store=None) -> tuple[str, str | None, str]:
    """Check a report request before any work: (title, the date it is of, the version of its data).

    Raises
    ------
    UserError
        An unknown kind, a date that cannot be read, an unknown instrument, a saved scenario that does not exist or
        is too large for a report; worded for the field at fault (``kind``, ``on``, ``target``).
    """

    if kind not in KINDS:
        raise UserError(f"kind: a report is one of {', '.join(KINDS)}, not '{kind}'", field="kind", suggestion="brief")
    version = data_digest()
    if kind == "brief":
        day = parse_date(on, what="on").isoformat()
        return f"The arms-control system on {day}", day, version
    if not target or not target.strip():
        raise UserError(
            f"target: say which {'instrument' if kind == 'instrument' else 'saved scenario'} the report is of",
            field="target",
        )
    if kind == "instrument":
        day = parse_date(on, what="on").isoformat()
        record = answers.instrument(target)
        return f"{record.short_title} on {day}", day, version

    if store is None:
        raise UserError("target: this server keeps no saved scenarios", field="target")
    ident = parse_id(target, "target", "a saved scenario's number")

    try:
        saved = store.scenario(ident)
    except NotFound:
        raise NotFound(
            f"target: there is no saved scenario {ident}; the Scenarios page lists the saved ones", field="target"
        ) from None
    spec = parse_scenario(saved.scenario, f"saved scenario {ident}")
    budget.require(f"report of saved scenario {ident}", budget.report_work(spec), "anonymous")
    return f"Scenario {ident}: {saved.name}", None, version + hashlib.sha256(saved.yaml.encode("utf-8")).hexdigest()


class Builds:
    """The server's PDF builds: start or join one, follow it, find its file.

    Parameters
    ----------
    folder : path, optional
        Where finished PDFs are kept; default a new temporary folder.
    run : callable, optional
        ``run(fn, *args)`` computes ``fn(*args)`` in a worker; default a pool of one worker of its own
        (:class:`armscontrol.scenarios.pool.Pool`, :data:`armscontrol.limits.REPORT_SECONDS` per report,
        :data:`armscontrol.limits.REPORT_WAITING` waiting).
    threads : int
        Builds followed at once (each waits on the pool, which bounds the work itself).
    """

    def __init__(self, folder: Path | None = None, run: Callable[..., Any] | None = None, threads: int = 8) -> None:
        self.folder = Path(folder or tempfile.mkdtemp(prefix="armscontrol-reports-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        if run is None:
            # its own pool of one worker, with a report's time limit: a brief takes from 15 s to two minutes on a busy
            # machine, more than one answer's TASK_SECONDS, and reports never hold the answers' workers
            self._pool = Pool(workers=1, waiting=limits.REPORT_WAITING, seconds=limits.REPORT_SECONDS)
            run = self._pool.call
        self._run = run
        self._lock = threading.Lock()
        self._builds: dict[str, Build] = {}
        self._size = threads
        self._threads: ThreadPoolExecutor | None = None

    def start(
        self,
        kind: str,
        target: str | None = None,
        on: str | None = None,
        paper: str = "a4",
        *,
        store=None,
        database: str | None = None,
    ) -> Build:
        """The build of this report: the finished one, the one being made (joined), or a new one started now."""

        if paper not in PAPERS:
            raise UserError(f"paper: a4 or letter, not '{paper}'", field="paper", suggestion="a4")
        title, day, version = describe(kind, target, on, store)
        key = report_key(kind, target, day, paper, version)
        with self._lock:
            build = self._builds.get(key)
            if build is not None and (build.status == "running" or (build.status == "done" and build.size is not None)):
                return build
            build = Build(
                key,
                kind,
                target,
                day,
                paper,
                title,
                path=self.folder / f"{key}.pdf",
                progress_file=self.folder / f"{key}.progress.json",
            )
            self._builds[key] = build
            self._forget_oldest()
            if self._threads is None:
                self._threads = ThreadPoolExecutor(max_workers=self._size, thread_name_prefix="armscontrol-report")
            threads = self._threads
        threads.submit(self._make, build, database)
        return build

    def _forget_oldest(self) -> None:
        """Drop the oldest finished or failed builds (and their files) past :data:`KEPT` (called holding the lock)."""
        settled = sorted((b for b in self._builds.values() if b.status != "running"), key=lambda b: b.started)
        for build in settled[: max(0, len(settled) - KEPT)]:
            del self._builds[build.key]
            if build.path is not None:
                build.path.unlink(missing_ok=True)

    def get(self, key: str) -> Build:
        """The build ``key``, its progress read afresh.

        Raises
        ------
        NotFound
            No such build on this server (it restarted, or the id is wrong).
        """

        build = self._builds.get(key)
        if build is None:
            raise NotFound("id: no report of that id is being made or kept here; ask for the report again", field="id")
        if build.status == "running" and build.progress_file is not None:
            try:
                state = json.loads(build.progress_file.read_text(encoding="utf-8"))
                build.stage, build.done, build.total = state["stage"], int(state["done"]), int(state["total"])
            except (OSError, ValueError, KeyError):
                pass  # not started yet, or being rewritten: the last state read stands
        return build

    def _make(self, build: Build, database: str | None) -> None:
        began = time.monotonic()
        try:
            self._run(
                write_pdf,
                build.kind,
                build.target,
                build.on,
                build.paper,
                database,
                str(build.path),
                str(build.progress_file),
            )
        except UserError as exc:
            build.error, build.status = _plain(exc), "failed"
        except Exception:
            log.exception("report build %s failed", build.key)
            build.error, build.status = (
                "the report could not be made because of a fault in armscontrol; please report it",
                "failed",
            )
        else:
            build.seconds, build.status = time.monotonic() - began, "done"
        finally:
            if build.progress_file is not None:
                build.progress_file.unlink(missing_ok=True)

    def close(self) -> None:
        """Stop following builds, and stop the report worker if this registry started it (a later request starts
        afresh)."""
        with self._lock:
            threads, self._threads = self._threads, None
            for build in self._builds.values():
                if build.status == "running":
                    build.status, build.error = (
                        "failed",
                        "the server stopped before the report was made; ask for it again",
                    )
        if threads is not None:
            threads.shutdown(wait=False, cancel_futures=True)
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.close()


def _plain(exc: UserError) -> str:
    """A failed build's reason in plain words: the server's limits said as what happened and what to do."""

    if isinstance(exc, TaskTimeout):
        return (
            "the report took longer than the server allows for one computation and was stopped; "
            "try again when the server is quieter"
        )
    if isinstance(exc, Busy):
        return (
            "the server was busy with other work and could not start the report; "
            "it will be tried again when you reload this page"
        )
    return str(exc)


_attach = threading.Lock()


def builds_of(app: Any) -> Builds:
    """The application's builds (``app.state.report_builds``), made on first use."""
    with _attach:
        builds = getattr(app.state, "report_builds", None)
        if builds is None:
            builds = app.state.report_builds = Builds()
        return builds
