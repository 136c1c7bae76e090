"""Saved scenarios and runs: ``/api/scenarios`` and ``/api/runs``. Reads are open; writes need the token."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from armscontrol import budget
from armscontrol.answers.stability import parse_range
from armscontrol.api.auth import require_token
from armscontrol.api.errors import NOT_FOUND, READ_ERRORS, UNAVAILABLE, WRITE_ERRORS, from_user_error
from armscontrol.errors import UserError
from armscontrol.limits import MAX_NAME_CHARS
from armscontrol.scenario import MAX_SCENARIO_BYTES, parse_scenario
from armscontrol.scenarios import saved as saved_scenarios
from armscontrol.store import Store
from armscontrol.store.records import Deleted, Run, RunKind, RunList, Scenario, ScenarioList
from armscontrol.store.repository import MAX_ID

router = APIRouter(prefix="/api", tags=["store"])

Ident = Annotated[int, Path(ge=1, le=MAX_ID, description="The id the store gave.")]
Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many.")]
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="Skip this many.")]


class ScenarioIn(BaseModel):
    """A scenario to save: YAML text as a user wrote it, or the same as a JSON mapping; and a name."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(default=None, max_length=MAX_NAME_CHARS, description="Default: the scenario's own name.")
    yaml: str | None = Field(
        default=None, max_length=MAX_SCENARIO_BYTES, description="The scenario file's text (kept exactly as given)."
    )
    scenario: dict[str, Any] | None = Field(
        default=None, description="The scenario as a mapping in the scenario-file format (instead of yaml)."
    )


class RunIn(BaseModel):
    """What to run: ``stability`` (over the scenario's sweep, if any) or ``frontier`` with its options."""

    model_config = ConfigDict(extra="forbid")

    kind: RunKind
    defence_range: str | None = Field(
        default=None,
        max_length=100,
        description="frontier: START:STOP:STEP interceptors; default the scenario's sweep.",
    )
    scale: Literal["both", "facing"] | None = Field(default=None, description="frontier: 'both' (default) or 'facing'.")


def store_of(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(store_of)]
Write = [Depends(require_token)]


def _guard(call, *args: Any, status: int = 422, **kwargs: Any) -> Any:
    try:
        return call(*args, **kwargs)
    except UserError as exc:
        raise from_user_error(exc, status) from None


@router.get("/scenarios", response_model=ScenarioList, responses={**READ_ERRORS, **UNAVAILABLE})
def list_scenarios(store: StoreDep, limit: Limit = 1000, offset: Offset = 0) -> ScenarioList:
    """Saved scenarios, oldest first."""
    return ScenarioList(scenarios=store.scenarios(limit=limit, offset=offset))


@router.post("/scenarios", response_model=Scenario, status_code=201, dependencies=Write, responses=WRITE_ERRORS)
def save_scenario(payload: ScenarioIn, store: StoreDep) -> Scenario:
    """Save a scenario (checked as `armscontrol stability` would check the file)."""
    return _guard(
        saved_scenarios.save_scenario, store, payload.yaml, payload.scenario, name=payload.name, origin="request body"
    )


@router.get("/scenarios/{id}", response_model=Scenario, responses={**READ_ERRORS, **UNAVAILABLE})
def show_scenario(id: Ident, store: StoreDep) -> Scenario:
    """One saved scenario: its YAML as given, parsed form and hash."""
    return _guard(store.scenario, id)


@router.put("/scenarios/{id}", response_model=Scenario, dependencies=Write, responses=WRITE_ERRORS)
def replace_scenario(id: Ident, payload: ScenarioIn, store: StoreDep) -> Scenario:
    """Replace a saved scenario's text and name (its runs stay, each with its own inputs hash)."""
    return _guard(
        saved_scenarios.replace_scenario,
        store,
        id,
        payload.yaml,
        payload.scenario,
        name=payload.name,
        origin="request body",
    )


@router.delete("/scenarios/{id}", response_model=Deleted, dependencies=Write, responses=WRITE_ERRORS)
def delete_scenario(id: Ident, store: StoreDep) -> Deleted:
    """Delete a saved scenario and its runs."""
    return _guard(store.delete_scenario, id)


@router.post("/scenarios/{id}/runs", response_model=Run, status_code=201, dependencies=Write, responses=WRITE_ERRORS)
def run_scenario(id: Ident, payload: RunIn, store: StoreDep) -> Run:
    """Run a saved scenario and record the run: its result, or the error that stopped it (status 'error')."""

    options = {"defence_range": payload.defence_range, "scale": payload.scale} if payload.kind == "frontier" else {}
    saved = _guard(store.scenario, id)
    spec = _guard(parse_scenario, saved.scenario, f"scenario {id}")
    sizes = len(_guard(parse_range, payload.defence_range)) if payload.defence_range else None
    _guard(budget.require, f"{payload.kind} run of scenario {id}", budget.run_work(spec, payload.kind, sizes), "token")
    return _guard(saved_scenarios.run_scenario, store, id, payload.kind, options)


@router.get("/scenarios/{id}/runs", response_model=RunList, responses={**READ_ERRORS, **UNAVAILABLE})
def list_runs(id: Ident, store: StoreDep, limit: Limit = 1000, offset: Offset = 0) -> RunList:
    """A saved scenario's runs, oldest first."""
    return RunList(runs=_guard(store.runs, id, limit=limit, offset=offset))


@router.get("/runs/{id}", response_model=Run, responses={**READ_ERRORS, **NOT_FOUND, **UNAVAILABLE})
def show_run(id: Ident, store: StoreDep) -> Run:
    """One run: inputs hash, package version, times, and its result or error."""
    return _guard(store.get_run, id)
