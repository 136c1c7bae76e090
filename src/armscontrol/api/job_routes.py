"""Jobs: ``POST /api/jobs`` starts an uncertainty, sensitivity or sweep run in the background; ``GET /api/jobs/{id}``
follows it."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from armscontrol.api.auth import require_token
from armscontrol.api.errors import BUSY, NOT_FOUND, READ_ERRORS, UNAVAILABLE, WRITE_ERRORS, ApiError, from_user_error
from armscontrol.errors import UserError
from armscontrol.limits import JOB_SECONDS, MAX_ID, MAX_JOBS_WAITING, MAX_SEED
from armscontrol.scenario import MAX_SCENARIO_BYTES
from armscontrol.scenarios.jobs import prepare_job, run_job
from armscontrol.store.jobs import Job, JobKind, JobList, cancel_job, create_job, get_job, list_jobs, unfinished_jobs
from armscontrol.sweep import SENSITIVITY_SAMPLES_DEFAULT, UNCERTAINTY_SAMPLES_DEFAULT

router = APIRouter(prefix="/api", tags=["jobs"])


class JobOptions(BaseModel):
    """Options of the computation, by the command line's names (strict: `true` is not the number 1)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    samples: int | None = Field(
        default=None,
        ge=1,
        description=f"uncertainty and sensitivity: samples (sobol: a power of two); default "
        f"{UNCERTAINTY_SAMPLES_DEFAULT} (uncertainty) or {SENSITIVITY_SAMPLES_DEFAULT} (sensitivity).",
    )
    seed: int | None = Field(default=None, ge=0, le=MAX_SEED, description="The run's seed (default 0).")
    method: str | None = Field(default=None, max_length=20, description="sensitivity: sobol (default) or morris.")
    grid: list[str] | None = Field(
        default=None, max_length=20, description="sweep: PATH=START:STOP:STEP or PATH=V1,V2 for each grid."
    )
    chunk_size: int | None = Field(default=None, ge=1, le=100_000, description="Points per chunk handed to a worker.")
    workers: int | None = Field(
        default=None,
        ge=1,
        le=64,
        description="Worker processes of the local Dask cluster (at most the machine's cores).",
    )


class JobIn(BaseModel):
    """A job: its kind, the scenario (YAML text or a mapping in the scenario-file format) and its options."""

    model_config = ConfigDict(extra="forbid")

    kind: JobKind
    yaml: str | None = Field(default=None, max_length=MAX_SCENARIO_BYTES, description="The scenario file's text.")
    scenario: dict[str, Any] | None = Field(default=None, description="The scenario as a mapping (instead of yaml).")
    options: JobOptions = Field(default_factory=JobOptions)


def cores() -> int:
    """The machine's cores available to this process: the most workers a job may ask for."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _cancelled(request: Request) -> set[int]:
    app = request.app
    if getattr(app.state, "cancelled_jobs", None) is None:
        app.state.cancelled_jobs = set()
    return app.state.cancelled_jobs


def _executor(request: Request) -> ThreadPoolExecutor:
    app = request.app
    if getattr(app.state, "jobs", None) is None:
        app.state.jobs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="armscontrol-job")
    return app.state.jobs


@router.post(
    "/jobs",
    response_model=Job,
    status_code=202,
    dependencies=[Depends(require_token)],
    responses={**WRITE_ERRORS, **BUSY},
)
def start_job(request: Request, job: JobIn) -> Any:
    """Start a job; it runs in the background, one at a time (`armscontrol uncertainty|sensitivity|sweep`).

    At most MAX_JOBS_WAITING jobs wait or run at once (429 with Retry-After above); `workers` is at most the
    machine's cores; a job stops at its time limit, JOB_SECONDS (docs/limits.md)."""
    store = request.app.state.store
    if job.options.workers is not None and job.options.workers > cores():
        raise ApiError(
            422,
            f"options.workers: at most {cores()} (this machine's cores), got {job.options.workers}",
            field="options.workers",
            suggestion=str(cores()),
        )
    if unfinished_jobs(store) >= MAX_JOBS_WAITING:
        raise ApiError(
            429,
            f"{MAX_JOBS_WAITING} jobs are already waiting or running (MAX_JOBS_WAITING; docs/limits.md); "
            "try again when one has finished, or cancel one with DELETE /api/jobs/{id}",
            field="kind",
            headers={"Retry-After": "60"},
        )
    try:
        prepared = prepare_job(job.kind, job.yaml, job.scenario, job.options.grid)
        record = create_job(
            store,
            job.kind,
            prepared.text,
            prepared.spec.model_dump(mode="json"),
            job.options.model_dump(exclude_none=True),
            owner=getattr(request.app.state, "server_id", None),
        )
    except UserError as exc:
        raise from_user_error(exc, 422) from None
    cancelled = _cancelled(request)
    _executor(request).submit(
        run_job, store, record.id, cancelled=lambda ident=record.id: ident in cancelled, seconds=JOB_SECONDS
    )
    return record


@router.get("/jobs", response_model=JobList, responses={**READ_ERRORS, **UNAVAILABLE})
def jobs(request: Request) -> Any:
    """The latest jobs, newest first, with their progress; each job's scenario and result are at `GET
    /api/jobs/{id}`."""
    return JobList(jobs=list_jobs(request.app.state.store))


@router.get("/jobs/{id}", response_model=Job, responses={**READ_ERRORS, **NOT_FOUND, **UNAVAILABLE})
def job(request: Request, id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Any:
    """One job: queued, running (points done of the total), done with its result, or failed with its error."""
    try:
        return get_job(request.app.state.store, id)
    except UserError as exc:
        raise from_user_error(exc, 404) from None


@router.delete(
    "/jobs/{id}", response_model=Job, dependencies=[Depends(require_token)], responses={**WRITE_ERRORS, **NOT_FOUND}
)
def cancel(request: Request, id: Annotated[int, Path(ge=1, le=MAX_ID)]) -> Any:
    """Cancel a job: a queued one never starts, a running one stops at its next progress report; either is `failed`,
    cancelled.

    A finished job is returned as it is."""
    try:
        job = cancel_job(request.app.state.store, id)
    except UserError as exc:
        raise from_user_error(exc, 404) from None
    _cancelled(request).add(id)
    return job
