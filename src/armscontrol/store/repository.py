"""Reading and writing scenarios and runs, one session at a time.

Every function takes an open SQLAlchemy session; :class:`armscontrol.store.Store`
wraps each write in one transaction, so a write lands whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from armscontrol import errors, limits
from armscontrol.store.records import ErrorInfo, Run, Scenario, ScenarioSummary
from armscontrol.store.tables import RunRecord, ScenarioRecord

MAX_ID = limits.MAX_ID
"""Ids are 32-bit on every database; a larger one names nothing."""


class NotFound(errors.NotFound):
    """An id that names no saved scenario or run (the API answers 404)."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _check_id(what: str, ident: int) -> None:
    if not 1 <= ident <= MAX_ID:
        raise NotFound(
            f"no {what} {ident}; ids are whole numbers from 1 (see `armscontrol scenarios list`)", field="id"
        )


def scenario_record(session: Session, ident: int) -> ScenarioRecord:
    _check_id("scenario", ident)
    record = session.get(ScenarioRecord, ident)
    if record is None:
        raise NotFound(f"no scenario {ident}; `armscontrol scenarios list` shows the saved ones", field="id")
    return record


def _run_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.execute(
        select(RunRecord.scenario_id, func.count())
        .where(RunRecord.scenario_id.in_(ids))
        .group_by(RunRecord.scenario_id)
    )
    return {sid: n for sid, n in rows}


def _summary(record: ScenarioRecord, runs: int) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "content_hash": record.content_hash,
        "created": record.created,
        "updated": record.updated,
        "runs": runs,
    }


def as_scenario(session: Session, record: ScenarioRecord) -> Scenario:
    runs = _run_counts(session, [record.id]).get(record.id, 0)
    return Scenario(**_summary(record, runs), yaml=record.yaml_text, scenario=record.parsed)


def as_run(record: RunRecord) -> Run:
    return Run.model_validate(
        dict(
            id=record.id,
            scenario_id=record.scenario_id,
            kind=record.kind,
            options=record.options,
            inputs_hash=record.inputs_hash,
            package_version=record.package_version,
            started=record.started,
            finished=record.finished,
            status=record.status,
            result=record.result,
            error=ErrorInfo(**record.error) if record.error else None,
        )
    )


def add_scenario(
    session: Session, name: str, yaml_text: str, parsed: dict[str, Any], content_hash: str
) -> ScenarioRecord:
    stamp = now()
    record = ScenarioRecord(
        name=name, yaml_text=yaml_text, parsed=parsed, content_hash=content_hash, created=stamp, updated=stamp
    )
    session.add(record)
    session.flush()
    return record


def replace_scenario(
    session: Session, ident: int, name: str, yaml_text: str, parsed: dict[str, Any], content_hash: str
) -> ScenarioRecord:
    record = scenario_record(session, ident)
    record.name, record.yaml_text, record.parsed, record.content_hash = name, yaml_text, parsed, content_hash
    record.updated = now()
    session.flush()
    return record


def delete_scenario(session: Session, ident: int) -> int:
    """Delete a scenario and its runs; the number of runs deleted."""
    record = scenario_record(session, ident)
    runs = _run_counts(session, [ident]).get(ident, 0)
    session.delete(record)
    session.flush()
    return runs


def list_scenarios(session: Session, *, limit: int = 1000, offset: int = 0) -> list[ScenarioSummary]:
    records = session.scalars(select(ScenarioRecord).order_by(ScenarioRecord.id).limit(limit).offset(offset)).all()
    counts = _run_counts(session, [r.id for r in records])
    return [ScenarioSummary(**_summary(r, counts.get(r.id, 0))) for r in records]


def add_run(session: Session, scenario_id: int, **fields: Any) -> RunRecord:
    scenario_record(session, scenario_id)
    record = RunRecord(scenario_id=scenario_id, **fields)
    session.add(record)
    session.flush()
    return record


def list_runs(session: Session, scenario_id: int, *, limit: int = 1000, offset: int = 0) -> list[Run]:
    scenario_record(session, scenario_id)
    records = session.scalars(
        select(RunRecord).where(RunRecord.scenario_id == scenario_id).order_by(RunRecord.id).limit(limit).offset(offset)
    ).all()
    return [as_run(r) for r in records]


def get_run(session: Session, ident: int) -> Run:
    _check_id("run", ident)
    record = session.get(RunRecord, ident)
    if record is None:
        raise NotFound(f"no run {ident}; `armscontrol scenarios show ID` lists a scenario's runs", field="id")
    return as_run(record)
