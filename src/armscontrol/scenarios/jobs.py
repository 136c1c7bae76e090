"""Computing a background job (uncertainty, sensitivity, grid sweep) whose record the store keeps.

:func:`prepare_job` validates what a client asks for (the one validation pass,
:func:`armscontrol.scenarios.validation.prepare_scenario`, then what the kind
needs); :func:`run_job` computes a queued job, writing its progress, then its
result or its error (:mod:`armscontrol.store.jobs` keeps the records).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from armscontrol.answers import sweeps
from armscontrol.errors import UserError
from armscontrol.limits import JOB_SECONDS
from armscontrol.scenario import ScenarioSpec, scenario_from_text
from armscontrol.scenarios.running import error_record, internal_error_record, require_finite_answer
from armscontrol.scenarios.validation import Prepared, prepare_scenario
from armscontrol.store.jobs import get_job, update_job
from armscontrol.sweep import SENSITIVITY_SAMPLES_DEFAULT, UNCERTAINTY_SAMPLES_DEFAULT

log = logging.getLogger(__name__)

PROGRESS_EVERY = 0.5
"""Seconds between two progress writes of a running job."""


class JobStopped(UserError):
    """A job stopped before its end: cancelled, or past its time limit."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def prepare_job(
    kind: str, text: str | None, data: Any, grid: list[str] | None, *, origin: str = "request body"
) -> Prepared:
    """Validate a job's scenario (YAML ``text`` or mapping ``data``) for ``kind``: what :func:`run_job` will compute.

    A sweep needs at least one grid whose points are valid scenarios; an
    uncertainty or sensitivity job needs an uncertain input.
    """
    prepared = prepare_scenario(text, data, origin=origin)
    if kind == "sweep":
        if not grid:
            raise UserError(
                "options.grid: a sweep needs at least one grid, such as sides.USA.defence[0].interceptors=0:1000:100",
                field="options.grid",
            )
        sweeps.sweep_points(prepared.spec, grid)
    elif not prepared.spec.uncertain:
        raise UserError(
            f"{kind}: the scenario has no uncertain input; give a field a distribution such as "
            "{uniform: [0.6, 0.9]} (docs/sweeps.md)",
            field="scenario",
        )
    return prepared


def compute(
    kind: str, spec: ScenarioSpec, options: dict[str, Any], progress: Callable[[int, int], None]
) -> dict[str, Any]:
    """The JSON answer of a job of ``kind``, through the answers layer, with the command line's defaults."""
    common = {k: options[k] for k in ("seed", "chunk_size", "scheduler", "workers") if options.get(k) is not None}
    answer: BaseModel
    if kind == "uncertainty":
        answer = sweeps.uncertainty(
            spec, samples=options.get("samples", UNCERTAINTY_SAMPLES_DEFAULT), on_progress=progress, **common
        )
    elif kind == "sensitivity":
        answer = sweeps.sensitivity(
            spec,
            method=options.get("method", "sobol"),
            samples=options.get("samples", SENSITIVITY_SAMPLES_DEFAULT),
            on_progress=progress,
            **common,
        )
    else:
        common.pop("seed", None)
        answer = sweeps.sweep(spec, list(options.get("grid") or []), on_progress=progress, **common)
    return answer.model_dump(mode="json")


def run_job(store, ident: int, *, cancelled=None, seconds: float | None = None) -> None:
    """Compute a queued job, writing its progress, then its result or its error (never both).

    Parameters
    ----------
    store : Store
    ident : int
        The job; one no longer ``queued`` (cancelled while waiting) is left alone.
    cancelled : callable, optional
        Says whether the job was asked to stop; checked at each progress report.
    seconds : float, optional
        The time limit; default :data:`armscontrol.limits.JOB_SECONDS`.
    """
    job = get_job(store, ident)
    if job.status != "queued":
        return
    update_job(store, ident, status="running", started=_now(), heartbeat=_now())
    last = [0.0]
    began, limit = time.monotonic(), JOB_SECONDS if seconds is None else seconds

    def progress(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise JobStopped("cancelled (DELETE /api/jobs/{id}) before it finished")
        if time.monotonic() - began > limit:
            raise JobStopped(
                f"stopped at the time limit of {limit:,.0f} s (JOB_SECONDS; docs/limits.md); ask for fewer samples or "
                f"points"
            )
        if time.monotonic() - last[0] >= PROGRESS_EVERY or done == total:
            last[0] = time.monotonic()
            update_job(store, ident, done=int(done), total=int(total), heartbeat=_now())

    try:
        spec = scenario_from_text(job.scenario_yaml, f"job {ident}")
        result = require_finite_answer(compute(job.kind, spec, job.options, progress), job.kind)
    except UserError as exc:
        update_job(store, ident, status="failed", finished=_now(), error=error_record(exc))
    except Exception as exc:  # noqa: BLE001  (a defect: the record says so rather than staying 'running')
        log.exception("job %s failed", ident)
        update_job(store, ident, status="failed", finished=_now(), error=internal_error_record(exc))
    else:
        if cancelled is not None and cancelled():  # cancelled as it finished: cancelled it stays
            update_job(
                store,
                ident,
                status="failed",
                finished=_now(),
                error={
                    "error": "cancelled (DELETE /api/jobs/{id}) before it finished",
                    "field": None,
                    "suggestion": None,
                },
            )
            return
        update_job(store, ident, status="done", finished=_now(), result=result, error=None)
