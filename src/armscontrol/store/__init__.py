"""Saved scenarios and their runs, in SQLite (default) or PostgreSQL.

The store only stores: what it keeps was validated, and what a run records was
computed, by the scenario service (:mod:`armscontrol.scenarios.saved`,
:mod:`armscontrol.scenarios.jobs`).

The database is ``--database`` / ``ARMSCONTROL_DATABASE`` or the SQLite file in
the user's data directory (:mod:`armscontrol.store.paths`). Opening a store
runs its migrations. Every write is one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from armscontrol import __version__
from armscontrol.errors import CleanError
from armscontrol.scenario import ScenarioSpec
from armscontrol.store import repository as repo
from armscontrol.store.engine import make_engine, migrate, shown, writer
from armscontrol.store.paths import data_dir, database_url, default_database_url
from armscontrol.store.records import Deleted, Run, RunKind, Scenario, ScenarioSummary
from armscontrol.store.repository import NotFound
from armscontrol.store.runs import inputs_hash

__all__ = ["Store", "NotFound", "StoreUnavailable", "data_dir", "database_url", "default_database_url"]


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

    def add_scenario(self, name: str, text: str, spec: ScenarioSpec) -> Scenario:
        """Keep a validated scenario (:func:`armscontrol.scenarios.validation.prepare_scenario`) under ``name``."""
        with self.writing() as session:
            record = repo.add_scenario(session, name, text, spec.model_dump(mode="json"), _hash(text))
            return repo.as_scenario(session, record)

    def put_scenario(self, ident: int, name: str, text: str, spec: ScenarioSpec) -> Scenario:
        """Put a validated scenario in place of saved scenario ``ident``."""
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

    def record_run(
        self,
        saved: Scenario,
        kind: RunKind,
        options: dict[str, Any],
        *,
        started: dt.datetime,
        finished: dt.datetime,
        result: dict[str, Any] | None,
        error: dict[str, Any] | None,
    ) -> Run:
        """Record a run of ``saved``: its result or the error that stopped it (computed by
        :mod:`armscontrol.scenarios.saved`)."""
        with self.writing() as session:
            record = repo.add_run(
                session,
                saved.id,
                kind=kind,
                options=options,
                inputs_hash=inputs_hash(kind, saved.scenario, options),
                package_version=__version__,
                started=started,
                finished=finished,
                status="ok" if error is None else "error",
                result=result,
                error=error,
            )
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
    """The database failed (unreachable, locked past the timeout, out of space): not the user's input (the API
    answers 503)."""
