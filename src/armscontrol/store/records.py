"""What the store answers: saved scenarios and runs as pydantic models.

These are the JSON of ``armscontrol scenarios ... --json`` and of the API's
``/api/scenarios`` and ``/api/runs`` routes alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, Field

RunKind = Literal["stability", "frontier"]


class ErrorInfo(BaseModel):
    """Why a run failed: the message, the input at fault and a suggestion, as the command line prints them."""

    error: str
    field: str | None = None
    suggestion: str | None = None


class ScenarioSummary(BaseModel):
    """A saved scenario in a list."""

    id: int
    name: str
    content_hash: str = Field(description="SHA-256 of the YAML text as given (hex).")
    created: dt.datetime
    updated: dt.datetime
    runs: int = Field(description="Runs recorded for the scenario.")


class Scenario(ScenarioSummary):
    """A saved scenario: the YAML text as given and its parsed form."""

    yaml: str = Field(description="The scenario text exactly as saved.")
    scenario: dict[str, Any] = Field(
        description="The scenario as parsed and validated (the scenario-file format, defaults filled in)."
    )


class ScenarioList(BaseModel):
    scenarios: list[ScenarioSummary]


class Run(BaseModel):
    """One run of a saved scenario: its inputs, the package version, times, and either a result or an error."""

    id: int
    scenario_id: int
    kind: RunKind
    options: dict[str, Any] = Field(description="Options of the run (frontier: defence_range, scale).")
    inputs_hash: str = Field(description="SHA-256 of the canonical JSON of kind, parsed scenario and options (hex).")
    package_version: str
    started: dt.datetime
    finished: dt.datetime
    status: Literal["ok", "error"]
    result: dict[str, Any] | None = Field(
        default=None,
        description="The answer's JSON, as `armscontrol stability/frontier --json` prints it; null when the run "
        "failed.",
    )
    error: ErrorInfo | None = Field(default=None, description="Why the run failed; null when it succeeded.")


class RunList(BaseModel):
    runs: list[Run]


class Deleted(BaseModel):
    deleted: int = Field(description="Id of the scenario deleted (its runs went with it).")
    runs_deleted: int
