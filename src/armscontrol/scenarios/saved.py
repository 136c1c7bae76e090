"""Saved scenarios: validated here, kept by the store, run here with the run recorded in the store.

>>> store = Store("sqlite:///scenarios.sqlite3")                          # doctest: +SKIP
>>> saved = save_scenario(store, open("examples/new-start-parity.yaml").read())  # doctest: +SKIP
>>> run = run_scenario(store, saved.id, "stability")                     # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from armscontrol.errors import UserError
from armscontrol.scenario import parse_scenario
from armscontrol.scenarios.running import error_record, outcome
from armscontrol.scenarios.validation import prepare_scenario
from armscontrol.store import Store
from armscontrol.store.records import Run, RunKind, Scenario
from armscontrol.store.repository import now


def save_scenario(
    store: Store, text: str | None = None, data: Any = None, *, name: str | None = None, origin: str = "scenario"
) -> Scenario:
    """Validate a scenario (YAML ``text`` or a mapping ``data``) and save it; its name defaults to the scenario's."""
    return store.add_scenario(*prepare_scenario(text, data, name=name, origin=origin))


def replace_scenario(
    store: Store,
    ident: int,
    text: str | None = None,
    data: Any = None,
    *,
    name: str | None = None,
    origin: str = "scenario",
) -> Scenario:
    """Validate a scenario and put it in place of saved scenario ``ident`` (its runs stay)."""
    return store.put_scenario(ident, *prepare_scenario(text, data, name=name, origin=origin))


def run_scenario(store: Store, scenario_id: int, kind: RunKind, options: dict[str, Any] | None = None) -> Run:
    """Run a saved scenario and record the run: its result, or the error that stopped it."""
    options = {k: v for k, v in (options or {}).items() if v is not None}
    if kind == "frontier":
        options.setdefault("scale", "both")  # the default made explicit: the same run has the same inputs hash
    saved = store.scenario(scenario_id)
    started = now()
    result: dict[str, Any] | None
    error: dict[str, Any] | None
    try:
        spec = parse_scenario(saved.scenario, f"scenario {scenario_id}")
    except UserError as exc:
        result, error = None, error_record(exc)
    else:
        result, error = outcome(kind, spec, options)
    return store.record_run(saved, kind, options, started=started, finished=now(), result=result, error=error)
