"""The FastAPI application factory."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from armscontrol import __version__
from armscontrol.api import errors
from armscontrol.api.auth import resolve_token
from armscontrol.api.limits import MAX_BODY_BYTES, BodySizeLimit
from armscontrol.store import Store

DESCRIPTION = """\
The answers of the `armscontrol` command line as JSON: for the same question the body equals the
command's `--json` output. Saved scenarios and their runs live in the store (SQLite by default,
PostgreSQL by URL).

Reading is open. Every write (POST, PUT, DELETE) needs `Authorization: Bearer TOKEN`.
Errors are `{"error", "field", "suggestion"}` with the command line's message.
"""


def create_app(database_url: str | None = None, token: str | None = None, *, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The API application on the store at ``database_url`` (migrated now), writable with ``token``.

    Parameters
    ----------
    database_url : str, optional
        Any SQLAlchemy URL; default ``ARMSCONTROL_DATABASE``, else SQLite in the user's data directory.
    token : str, optional
        The write token; default ``ARMSCONTROL_TOKEN``, else the one kept in the data directory
        (generated on first use). ``app.state.token_generated`` says whether it was just made.
    max_body_bytes : int
        The largest request body accepted (413 above).
    """
    store = Store(database_url)
    secret, generated = resolve_token(token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        executor = getattr(_app.state, "jobs", None)
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        store.close()

    app = FastAPI(title="armscontrol", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.store = store
    app.state.token = secret
    app.state.token_generated = generated
    errors.install(app)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)

    from armscontrol.api import answer_routes, job_routes, report_routes, store_routes
    from armscontrol.store.jobs import interrupt_unfinished

    interrupt_unfinished(store)  # a job a stopped server left running is failed, with the reason
    app.include_router(store_routes.router)
    app.include_router(job_routes.router)
    app.include_router(answer_routes.router)
    app.include_router(report_routes.router)
    from armscontrol.web import mount as mount_dashboard  # the dashboard's pages and static files
    mount_dashboard(app)
    return app
