"""Saved scenarios and their runs, in SQLite (default) or PostgreSQL.

>>> store = Store("sqlite:///scenarios.sqlite3")        # doctest: +SKIP
>>> saved = store.save_scenario(open("examples/new-start-parity.yaml").read())  # doctest: +SKIP
>>> run = store.run(saved.id, "stability")              # doctest: +SKIP

The database is ``--database`` / ``ARMSCONTROL_DATABASE`` or the SQLite file in
the user's data directory (:mod:`armscontrol.store.paths`). Opening a store
runs its migrations. Every write is one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from armscontrol import __version__
from armscontrol.errors import CleanError, UserError
from armscontrol.scenario import ScenarioSpec, parse_scenario, scenario_from_text
from armscontrol.store import repository as repo
from armscontrol.store.engine import finite, make_engine, migrate, shown, writer
from armscontrol.store.paths import data_dir, database_url, default_database_url
from armscontrol.store.records import Deleted, Run, RunKind, Scenario, ScenarioSummary
from armscontrol.store.repository import NotFound
from armscontrol.store.runs import inputs_hash, outcome

from armscontrol.limits import MAX_NAME_CHARS

__all__ = ["Store", "NotFound", "data_dir", "database_url", "default_database_url", "prepare_scenario", "require_finite"]


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v) for v in value)
    return False


def require_finite(spec: ScenarioSpec, origin: str = "scenario") -> ScenarioSpec:
    """``spec``, or a :class:`UserError` if any of its numbers is infinite or NaN (JSON has neither; no answer is finite)."""
    if not finite(spec.model_dump()):
        raise UserError(f"{origin}: every number must be finite (no .inf or .nan)", field="scenario")
    return spec


def prepare_scenario(text: str | None = None, data: Any = None, *, name: str | None = None,
                     origin: str = "scenario") -> tuple[str, str, ScenarioSpec]:
    """Validate a scenario given as YAML text or as a parsed mapping: ``(name, yaml_text, spec)``.

    The text is kept exactly as given; a mapping is kept as YAML written from it.
    Errors are :class:`UserError` naming ``origin`` and the field.
    """
    if (text is None) == (data is None):
        raise UserError(f"{origin}: give the scenario either as YAML text ('yaml') or as a mapping ('scenario'), not both or neither", field="scenario")
    if text is not None:
        spec = scenario_from_text(text, origin)
    else:
        if _has_nul(data):
            raise UserError(f"{origin}: holds NUL characters; a scenario is text", field="scenario")
        spec = parse_scenario(data, origin)
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    require_finite(spec, origin)
    chosen = spec.name if name is None else name
    chosen = chosen.strip()
    if not chosen or _has_nul(chosen) or len(chosen) > MAX_NAME_CHARS:
        what = "the scenario's name" if name is None else "name"
        raise UserError(f"{origin}: {what} must be 1 to {MAX_NAME_CHARS} characters of text, got {len(chosen)}; give a shorter --name",
                        field="name")
    return chosen, text, spec


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """The store at ``url`` (default: :func:`database_url`), migrated to the current tables."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine = make_engine(self.url)
        migrate(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Store({shown(self.url)!r})"

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session, _database_errors():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole if it raises."""
        with self._write() as session, _database_errors(), session.begin():
            yield session

    # scenarios

    def save_scenario(self, text: str | None = None, data: Any = None, *, name: str | None = None,
                      origin: str = "scenario") -> Scenario:
        name, text, spec = prepare_scenario(text, data, name=name, origin=origin)
        with self.writing() as session:
            record = repo.add_scenario(session, name, text, spec.model_dump(mode="json"), _hash(text))
            return repo.as_scenario(session, record)

    def replace_scenario(self, ident: int, text: str | None = None, data: Any = None, *, name: str | None = None,
                         origin: str = "scenario") -> Scenario:
        name, text, spec = prepare_scenario(text, data, name=name, origin=origin)
        with self.writing() as session:
            record = repo.replace_scenario(session, ident, name, text, spec.model_dump(mode="json"), _hash(text))
            return repo.as_scenario(session, record)

    def scenario(self, ident: int) -> Scenario:
        with self.reading() as session:
            return repo.as_scenario(session, repo.scenario_record(session, ident))

    def scenarios(self, *, limit: int = 1000, offset: int = 0) -> list[ScenarioSummary]:
        with self.reading() as session:
            return repo.list_scenarios(session, limit=limit, offset=offset)

    def delete_scenario(self, ident: int) -> Deleted:
        with self.writing() as session:
            runs = repo.delete_scenario(session, ident)
        return Deleted(deleted=ident, runs_deleted=runs)

    # runs

    def run(self, scenario_id: int, kind: RunKind, options: dict[str, Any] | None = None) -> Run:
        """Run a saved scenario and record the run: its result, or the error that stopped it."""
        options = {k: v for k, v in (options or {}).items() if v is not None}
        if kind == "frontier":
            options.setdefault("scale", "both")  # the default made explicit: the same run has the same inputs hash
        saved = self.scenario(scenario_id)
        started = repo.now()
        try:
            spec = parse_scenario(saved.scenario, f"scenario {scenario_id}")
        except UserError as exc:
            result, error = None, {"error": str(exc), "field": exc.field, "suggestion": exc.suggestion}
        else:
            result, error = outcome(kind, spec, options)
        finished = repo.now()
        with self.writing() as session:
            record = repo.add_run(session, scenario_id, kind=kind, options=options,
                                  inputs_hash=inputs_hash(kind, saved.scenario, options), package_version=__version__,
                                  started=started, finished=finished, status="ok" if error is None else "error",
                                  result=result, error=error)
            return repo.as_run(record)

    def runs(self, scenario_id: int, *, limit: int = 1000, offset: int = 0) -> list[Run]:
        with self.reading() as session:
            return repo.list_runs(session, scenario_id, limit=limit, offset=offset)

    def get_run(self, ident: int) -> Run:
        with self.reading() as session:
            return repo.get_run(session, ident)


@contextmanager
def _database_errors() -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise StoreUnavailable(f"the store could not complete the request ({type(exc).__name__}: {reason})") from exc


class StoreUnavailable(CleanError):
    """The database failed (unreachable, locked past the timeout, out of space): not the user's input (the API answers 503)."""
