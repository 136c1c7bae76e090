"""Jobs: ``POST /api/jobs`` starts an uncertainty, sensitivity or sweep run in the background; ``GET /api/jobs/{id}`` follows it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field

from armscontrol.api.auth import require_token
from armscontrol.api.errors import NOT_FOUND, READ_ERRORS, UNAVAILABLE, WRITE_ERRORS, from_user_error
from armscontrol.errors import UserError
from armscontrol.scenario import MAX_SCENARIO_BYTES
from armscontrol.store.jobs import Job, JobKind, JobList

router = APIRouter(prefix="/api", tags=["jobs"])


class JobOptions(BaseModel):
    """Options of the computation, by the command line's names."""

    model_config = ConfigDict(extra="forbid")

    samples: int | None = Field(default=None, ge=1, description="uncertainty and sensitivity: samples (sobol: a power of two).")
    seed: int | None = Field(default=None, ge=0, le=2**32 - 1, description="The run's seed (default 0).")
    method: str | None = Field(default=None, max_length=20, description="sensitivity: sobol (default) or morris.")
    grid: list[str] | None = Field(default=None, max_length=20, description="sweep: PATH=START:STOP:STEP or PATH=V1,V2 for each grid.")
    chunk_size: int | None = Field(default=None, ge=1, le=100_000, description="Points per chunk handed to a worker.")
    workers: int | None = Field(default=None, ge=1, le=64, description="Worker processes of the local Dask cluster.")


class JobIn(BaseModel):
    """A job: its kind, the scenario (YAML text or a mapping in the scenario-file format) and its options."""

    model_config = ConfigDict(extra="forbid")

    kind: JobKind
    yaml: str | None = Field(default=None, max_length=MAX_SCENARIO_BYTES, description="The scenario file's text.")
    scenario: dict[str, Any] | None = Field(default=None, description="The scenario as a mapping (instead of yaml).")
    options: JobOptions = Field(default_factory=JobOptions)


def _executor(request: Request) -> ThreadPoolExecutor:
    app = request.app
    if getattr(app.state, "jobs", None) is None:
        app.state.jobs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="armscontrol-job")
    return app.state.jobs


@router.post("/jobs", response_model=Job, status_code=202, dependencies=[Depends(require_token)], responses=WRITE_ERRORS)
def start_job(request: Request, job: JobIn) -> Any:
    """Start a job; it runs in the background, one at a time (`armscontrol uncertainty|sensitivity|sweep`)."""
    import yaml as yaml_lib

    from armscontrol.scenario import parse_scenario, scenario_from_text
    from armscontrol.store.jobs import create_job, run_job

    store = request.app.state.store
    try:
        if (job.yaml is None) == (job.scenario is None):
            raise UserError("give the scenario as 'yaml' (its text) or as 'scenario' (a mapping), not both", field="yaml")
        text = job.yaml if job.yaml is not None else yaml_lib.safe_dump(job.scenario, sort_keys=False, allow_unicode=True)
        spec = scenario_from_text(text, "request body") if job.yaml is not None else parse_scenario(job.scenario, "request body")
        if job.kind == "sweep":
            from armscontrol.answers.sweeps import sweep_points

            if not job.options.grid:
                raise UserError("options.grid: a sweep needs at least one grid, such as sides.USA.defence[0].interceptors=0:1000:100",
                                field="options.grid")
            sweep_points(spec, job.options.grid)
        elif not spec.uncertain:
            raise UserError(f"{job.kind}: the scenario has no uncertain input; give a field a distribution such as "
                            "{uniform: [0.6, 0.9]} (docs/sweeps.md)", field="scenario")
        record = create_job(store, job.kind, text, spec.model_dump(mode="json"), job.options.model_dump(exclude_none=True))
    except UserError as exc:
        raise from_user_error(exc, 422) from None
    _executor(request).submit(run_job, store, record.id)
    return record


@router.get("/jobs", response_model=JobList, responses={**READ_ERRORS, **UNAVAILABLE})
def jobs(request: Request) -> Any:
    """The latest jobs, newest first, with their progress."""
    from armscontrol.store.jobs import list_jobs

    return JobList(jobs=list_jobs(request.app.state.store))


@router.get("/jobs/{id}", response_model=Job, responses={**READ_ERRORS, **NOT_FOUND, **UNAVAILABLE})
def job(request: Request, id: Annotated[int, Path(ge=1, le=2**31 - 1)]) -> Any:
    """One job: queued, running (points done of the total), done with its result, or failed with its error."""
    from armscontrol.store.jobs import get_job

    try:
        return get_job(request.app.state.store, id)
    except UserError as exc:
        raise from_user_error(exc, 404) from None
