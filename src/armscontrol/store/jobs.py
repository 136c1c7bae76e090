"""Jobs: uncertainty, sensitivity and grid sweeps of a scenario, run in the background and kept in the store.

A job is recorded ``queued`` when asked for, ``running`` with its progress
(points done of the total) while it computes, and ``done`` with the answer's
JSON or ``failed`` with the error that stopped it; never half a result. A job
that a server restart cut short is marked ``failed`` at the next start, with
that reason, so no job stays ``running`` for ever.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from typing import Any, Literal

from pydantic import BaseModel, Field

from armscontrol import __version__
from armscontrol.errors import UserError
from armscontrol.store.models import JobRecord
from armscontrol.store.records import ErrorInfo
from armscontrol.store.runs import finite, inputs_hash

log = logging.getLogger(__name__)

JobKind = Literal["uncertainty", "sensitivity", "sweep"]
JOB_KINDS: tuple[str, ...] = ("uncertainty", "sensitivity", "sweep")
JobStatus = Literal["queued", "running", "done", "failed"]
PROGRESS_EVERY = 0.5
"""Seconds between two progress writes of a running job."""


class Job(BaseModel):
    """A background computation: what was asked, its progress, then its result or its error."""

    id: int
    kind: JobKind
    options: dict[str, Any] = Field(description="The options of the computation (samples, seed, method, grid, chunk_size).")
    inputs_hash: str = Field(description="SHA-256 of the canonical JSON of kind, scenario and options (hex).")
    package_version: str
    status: JobStatus
    done: int = Field(description="Points computed so far.")
    total: int = Field(description="Points to compute (0 until the job has started).")
    created: dt.datetime
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    scenario_yaml: str = Field(description="The scenario as given.")
    result: dict[str, Any] | None = Field(default=None, description="The answer's JSON, as the command's --json prints it; null until done.")
    error: ErrorInfo | None = Field(default=None, description="Why the job failed; null unless failed.")


class JobList(BaseModel):
    jobs: list[Job]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _as_job(record: JobRecord) -> Job:
    return Job(id=record.id, kind=record.kind, options=record.options, inputs_hash=record.inputs_hash,  # type: ignore[arg-type]
               package_version=record.package_version, status=record.status, done=record.done, total=record.total,  # type: ignore[arg-type]
               created=record.created, started=record.started, finished=record.finished, scenario_yaml=record.scenario_yaml,
               result=record.result, error=ErrorInfo(**record.error) if record.error else None)


def create_job(store, kind: str, scenario_yaml: str, parsed: dict[str, Any], options: dict[str, Any]) -> Job:
    """Record a new job, ``queued``."""
    if kind not in JOB_KINDS:
        raise UserError(f"kind: expected one of {', '.join(JOB_KINDS)}, got '{kind}'", field="kind", suggestion="uncertainty")
    with store.writing() as session:
        record = JobRecord(kind=kind, scenario_yaml=scenario_yaml, options=options, inputs_hash=inputs_hash(kind, parsed, options),
                           package_version=__version__, status="queued", done=0, total=0, created=_now())
        session.add(record)
        session.flush()
        return _as_job(record)


def get_job(store, ident: int) -> Job:
    from armscontrol.store.repository import NotFound

    with store.reading() as session:
        record = session.get(JobRecord, ident) if 1 <= ident <= 2**31 - 1 else None
        if record is None:
            raise NotFound(f"no job {ident}; GET /api/jobs lists them", field="id")
        return _as_job(record)


def list_jobs(store, *, limit: int = 100) -> list[Job]:
    from sqlalchemy import select

    with store.reading() as session:
        return [_as_job(r) for r in session.scalars(select(JobRecord).order_by(JobRecord.id.desc()).limit(limit))]


def _update(store, ident: int, **fields: Any) -> None:
    with store.writing() as session:
        record = session.get(JobRecord, ident)
        if record is not None:
            for key, value in fields.items():
                setattr(record, key, value)


def interrupt_unfinished(store) -> int:
    """Mark every job left ``queued`` or ``running`` by a stopped server as ``failed``; how many."""
    from sqlalchemy import select

    with store.writing() as session:
        records = list(session.scalars(select(JobRecord).where(JobRecord.status.in_(("queued", "running")))))
        for record in records:
            record.status, record.finished = "failed", _now()
            record.error = {"error": "the server stopped before the job finished; submit it again", "field": None, "suggestion": None}
        return len(records)


def compute(kind: str, spec, options: dict[str, Any], progress) -> dict[str, Any]:
    """The JSON answer of a job of ``kind``, through the answers layer."""
    from armscontrol.answers import sweeps

    common = {k: options[k] for k in ("seed", "chunk_size", "scheduler", "workers") if options.get(k) is not None}
    if kind == "uncertainty":
        answer = sweeps.uncertainty(spec, samples=options.get("samples", 1000), on_progress=progress, **common)
    elif kind == "sensitivity":
        answer = sweeps.sensitivity(spec, method=options.get("method", "sobol"), samples=options.get("samples", 256),
                                    on_progress=progress, **common)
    else:
        common.pop("seed", None)
        answer = sweeps.sweep(spec, list(options.get("grid") or []), on_progress=progress, **common)
    return answer.model_dump(mode="json")


def run_job(store, ident: int) -> None:
    """Compute a queued job, writing its progress, then its result or its error (never both)."""
    from armscontrol.scenario import scenario_from_text

    job = get_job(store, ident)
    _update(store, ident, status="running", started=_now())
    last = [0.0]

    def progress(done: int, total: int) -> None:
        if time.monotonic() - last[0] >= PROGRESS_EVERY or done == total:
            last[0] = time.monotonic()
            _update(store, ident, done=int(done), total=int(total))

    try:
        spec = scenario_from_text(job.scenario_yaml, f"job {ident}")
        result = compute(job.kind, spec, job.options, progress)
        if not finite(result):
            raise UserError(f"the {job.kind} answer holds a number that is not finite; check the scenario's distributions", field="scenario")
        json.dumps(result, allow_nan=False)
    except UserError as exc:
        _update(store, ident, status="failed", finished=_now(), error={"error": str(exc), "field": exc.field, "suggestion": exc.suggestion})
    except Exception as exc:  # noqa: BLE001  (a defect: the record says so rather than staying 'running')
        log.exception("job %s failed", ident)
        _update(store, ident, status="failed", finished=_now(),
                error={"error": f"internal error ({type(exc).__name__}: {exc}); please report it with the scenario", "field": None, "suggestion": None})
    else:
        _update(store, ident, status="done", finished=_now(), result=result)
