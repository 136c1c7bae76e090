"""Connecting to the store's database and bringing its tables up to date.

SQLite (the default) runs in WAL mode with full synchronous commits, so an
acknowledged write survives the server being killed; each write transaction
starts with ``BEGIN IMMEDIATE`` so that concurrent writers queue on the lock
(up to :data:`BUSY_TIMEOUT_MS`) instead of failing. PostgreSQL URLs use
psycopg 3 whatever driver they name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from armscontrol.errors import UserError

BUSY_TIMEOUT_MS = 30_000
"""How long an SQLite writer waits for another writer's lock before giving up."""

MIGRATIONS = Path(__file__).parent / "migrations"


def _dumps(value: Any) -> str:
    # NaN and infinity are not JSON; PostgreSQL refuses them, so refuse them everywhere alike.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def shown(url: str) -> str:
    """The URL as it may be printed: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (any SQLAlchemy URL); bad URLs and missing drivers are a :class:`UserError`."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise UserError(
            f"database: '{url}' is not a database URL; expected for example sqlite:///path/to/file.sqlite3 "
            "or postgresql://user@host/dbname",
            field="database",
        ) from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    options: dict[str, Any] = {"json_serializer": _dumps}
    sqlite = parsed.get_backend_name() == "sqlite"
    if sqlite and parsed.database in (None, "", ":memory:"):
        # One shared connection, or every connection would see its own empty database.
        options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    elif sqlite and parsed.database:
        options.update(connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
        _private_file(parsed.database)
    else:
        options.update(pool_pre_ping=True)
    try:
        engine = create_engine(parsed, **options)
    except (NoSuchModuleError, ImportError) as exc:
        raise UserError(
            f"database: no driver for '{parsed.drivername}' ({exc}); use sqlite:///FILE or postgresql://...",
            field="database",
        ) from None
    except (ArgumentError, TypeError) as exc:
        raise UserError(f"database: '{shown(url)}' cannot be used ({exc})", field="database") from None
    if sqlite:
        _sqlite_settings(engine)
    return engine


def _private_file(database: str) -> None:
    """Create the SQLite file readable by its owner only (0600), or tighten an existing one; the WAL files follow
    its mode."""

    if database.startswith("file:"):
        return  # a URI names its own options
    try:
        fd = os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        try:
            if os.stat(database).st_mode & 0o077:
                os.chmod(database, 0o600)
        except OSError:
            pass  # not ours to change: SQLite reports what it cannot open
        return
    except OSError:
        return  # a missing folder or no permission: SQLite's own error says so
    os.close(fd)


def _sqlite_settings(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below decide how a transaction starts.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A deferred transaction that later writes can fail at once with "database is locked"
        # (its snapshot is stale); an immediate one waits for the lock instead.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The same engine, starting transactions as writes (``BEGIN IMMEDIATE`` on SQLite)."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def migrate(engine: Engine) -> None:
    """Run every Alembic migration not yet applied (at start; safe to repeat)."""
    # on first use: heavy (Alembic)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with writer(engine).begin() as connection:
            if connection.dialect.name == "postgresql":
                # Two servers starting at once must not both create the tables.
                connection.exec_driver_sql("SELECT pg_advisory_xact_lock(728201)")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise UserError(
            f"database: cannot open {shown(engine.url.render_as_string(hide_password=False))}: {reason}",
            field="database",
        ) from None
    except SQLAlchemyError as exc:
        raise UserError(
            f"database: {shown(engine.url.render_as_string(hide_password=False))}: {type(exc).__name__}: "
            f"{str(exc).splitlines()[0]}",
            field="database",
        ) from None
