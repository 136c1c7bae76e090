"""Jobs: uncertainty, sensitivity and grid sweeps of a scenario, run in the background and kept in the store.

A job is recorded ``queued`` when asked for, ``running`` with its progress
(points done of the total) while it computes, and ``done`` with the answer's
JSON or ``failed`` with the error that stopped it; never half a result. A job
that a server restart cut short is marked ``failed`` at the next start, with
that reason, so no job stays ``running`` for ever. A job asked to stop
(``DELETE /api/jobs/{id}``), or still computing at its time limit
(:data:`armscontrol.limits.JOB_SECONDS`), stops at its next progress report
and is ``failed`` with that reason. A ``done`` job never carries an error.

The store keeps the records; :mod:`armscontrol.scenarios.jobs` computes them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import func, or_, select, update

from armscontrol import __version__
from armscontrol.errors import UserError
from armscontrol.limits import MAX_ID
from armscontrol.store.records import ErrorInfo
from armscontrol.store.repository import NotFound
from armscontrol.store.runs import inputs_hash
from armscontrol.store.tables import JobRecord

JobKind = Literal["uncertainty", "sensitivity", "sweep"]
JOB_KINDS: tuple[str, ...] = ("uncertainty", "sensitivity", "sweep")
JobStatus = Literal["queued", "running", "done", "failed"]
HEARTBEAT_SECONDS = 5.0
"""Seconds between two heartbeats of a server, for each unfinished job it owns."""
ORPHAN_AFTER = 30.0
"""A job whose owner has not beaten for this long is an orphan: its server stopped, and another marks it ``failed``."""


class Job(BaseModel):
    """A background computation: what was asked, its progress, then its result or its error."""

    id: int
    kind: JobKind
    options: dict[str, Any] = Field(
        description="The options of the computation (samples, seed, method, grid, chunk_size)."
    )
    inputs_hash: str = Field(description="SHA-256 of the canonical JSON of kind, scenario and options (hex).")
    package_version: str
    status: JobStatus
    done: int = Field(description="Points computed so far.")
    total: int = Field(description="Points to compute (0 until the job has started).")
    created: dt.datetime
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    scenario_yaml: str = Field(description="The scenario as given.")
    result: dict[str, Any] | None = Field(
        default=None, description="The answer's JSON, as the command's --json prints it; null until done."
    )
    error: ErrorInfo | None = Field(default=None, description="Why the job failed; null unless failed.")


class JobSummary(BaseModel):
    """A job in a list: what was asked and how far it got, without its scenario and its result (``GET
    /api/jobs/{id}`` has both)."""

    id: int
    kind: JobKind
    options: dict[str, Any]
    inputs_hash: str
    package_version: str
    status: JobStatus
    done: int
    total: int
    created: dt.datetime
    started: dt.datetime | None = None
    finished: dt.datetime | None = None
    error: ErrorInfo | None = None


class JobList(BaseModel):
    jobs: list[JobSummary]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _as_job(record: JobRecord) -> Job:
    return Job(
        id=record.id,
        kind=record.kind,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
        options=record.options,
        inputs_hash=record.inputs_hash,
        package_version=record.package_version,
        status=record.status,  # type: ignore[arg-type]  # checked against the Literal's values where it is built
        done=record.done,
        total=record.total,
        created=record.created,
        started=record.started,
        finished=record.finished,
        scenario_yaml=record.scenario_yaml,
        result=record.result,
        error=ErrorInfo(**record.error) if record.error else None,
    )


def create_job(
    store, kind: str, scenario_yaml: str, parsed: dict[str, Any], options: dict[str, Any], owner: str | None = None
) -> Job:
    """Record a new job, ``queued``, owned by the server ``owner`` (an id of the running server)."""
    if kind not in JOB_KINDS:
        raise UserError(
            f"kind: expected one of {', '.join(JOB_KINDS)}, got '{kind}'", field="kind", suggestion="uncertainty"
        )
    with store.writing() as session:
        record = JobRecord(
            kind=kind,
            scenario_yaml=scenario_yaml,
            options=options,
            inputs_hash=inputs_hash(kind, parsed, options),
            package_version=__version__,
            status="queued",
            done=0,
            total=0,
            created=_now(),
            owner=owner,
            heartbeat=_now(),
        )
        session.add(record)
        session.flush()
        return _as_job(record)


def get_job(store, ident: int) -> Job:

    with store.reading() as session:
        record = session.get(JobRecord, ident) if 1 <= ident <= MAX_ID else None
        if record is None:
            raise NotFound(f"no job {ident}; GET /api/jobs lists them", field="id")
        return _as_job(record)


def list_jobs(store, *, limit: int = 100) -> list[JobSummary]:
    """The latest jobs, newest first, without their scenarios and results (a list stays small whatever the jobs
    hold)."""

    columns = [
        JobRecord.id,
        JobRecord.kind,
        JobRecord.options,
        JobRecord.inputs_hash,
        JobRecord.package_version,
        JobRecord.status,
        JobRecord.done,
        JobRecord.total,
        JobRecord.created,
        JobRecord.started,
        JobRecord.finished,
        JobRecord.error,
    ]
    with store.reading() as session:
        rows = session.execute(select(*columns).order_by(JobRecord.id.desc()).limit(limit)).all()
        return [JobSummary(**{**row._asdict(), "error": ErrorInfo(**row.error) if row.error else None}) for row in rows]


def unfinished_jobs(store) -> int:
    """Jobs ``queued`` or ``running`` (the queue the limit :data:`armscontrol.limits.MAX_JOBS_WAITING` bounds)."""

    with store.reading() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(JobRecord).where(JobRecord.status.in_(("queued", "running")))
            )
            or 0
        )


def cancel_job(store, ident: int) -> Job:
    """Stop a ``queued`` or ``running`` job: it is ``failed`` now with the reason; a finished job is left as it is."""
    job = get_job(store, ident)
    if job.status in ("queued", "running"):
        update_job(
            store,
            ident,
            status="failed",
            finished=_now(),
            error={"error": "cancelled (DELETE /api/jobs/{id}) before it finished", "field": None, "suggestion": None},
        )
    return get_job(store, ident)


def update_job(store, ident: int, **fields: Any) -> None:
    """Write ``fields`` of job ``ident`` (status, progress, times, result, error) in one transaction."""
    with store.writing() as session:
        record = session.get(JobRecord, ident)
        if record is not None:
            for key, value in fields.items():
                setattr(record, key, value)


def beat(store, owner: str) -> int:
    """Say that the server ``owner`` is alive: the heartbeat of each unfinished job it owns is now; how many."""

    with store.writing() as session:
        done = session.execute(
            update(JobRecord)
            .where(JobRecord.owner == owner, JobRecord.status.in_(("queued", "running")))
            .values(heartbeat=_now())
        )
        return int(done.rowcount or 0)


def interrupt_unfinished(store, owner: str | None = None, *, after: float = ORPHAN_AFTER) -> int:
    """Mark ``failed`` every unfinished job no live server owns; how many.

    A job is an orphan when its owner is not ``owner`` and has not beaten for
    ``after`` seconds (or never did: a job recorded before owners were kept): a
    second server on the same store fails only what a stopped server left, never
    a live server's jobs. ``owner=None`` (no server of one's own) treats every
    owner alike.
    """

    stale = _now() - dt.timedelta(seconds=after)
    with store.writing() as session:
        query = select(JobRecord).where(JobRecord.status.in_(("queued", "running")))
        if owner is not None:
            query = query.where(or_(JobRecord.owner.is_(None), JobRecord.owner != owner))
        query = query.where(or_(JobRecord.heartbeat.is_(None), JobRecord.heartbeat < stale))
        records = list(session.scalars(query))
        for record in records:
            record.status, record.finished = "failed", _now()
            record.error = {
                "error": "the server stopped before the job finished; submit it again",
                "field": None,
                "suggestion": None,
            }
        return len(records)
