"""The FastAPI application factory."""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.gzip import GZipMiddleware

from armscontrol import __version__
from armscontrol.api import answer_routes, errors, job_routes, report_routes, store_routes
from armscontrol.api.auth import resolve_token
from armscontrol.api.limits import MAX_BODY_BYTES, BodySizeLimit
from armscontrol.api.links import add_links
from armscontrol.api.security import Guard
from armscontrol.store import Store
from armscontrol.store.jobs import HEARTBEAT_SECONDS, beat, interrupt_unfinished
from armscontrol.web import mount as mount_dashboard

DESCRIPTION = """\
The answers of the `armscontrol` command line as JSON: for the same question the body equals the
command's `--json` output. Saved scenarios and their runs live in the store (SQLite by default,
PostgreSQL by URL).

Reading is open. Every write (POST, PUT, DELETE) needs `Authorization: Bearer TOKEN`.
Errors are `{"error", "field", "suggestion"}` with the command line's message.
"""


def create_app(
    database_url: str | None = None,
    token: str | None = None,
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    hosts: Iterable[str] = (),
) -> FastAPI:
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
    hosts : iterable of str
        Host names the server answers to besides 127.0.0.1, localhost, ::1 and
        ``ARMSCONTROL_ALLOWED_HOSTS`` (:mod:`armscontrol.api.security`).
    """
    store = Store(database_url)
    secret, generated = resolve_token(token)

    server_id = uuid.uuid4().hex
    stop_beating = threading.Event()

    def heartbeat() -> None:

        while not stop_beating.wait(HEARTBEAT_SECONDS):
            try:
                beat(store, server_id)
                interrupt_unfinished(store, server_id)  # what a server that stopped since left behind
            except Exception:  # noqa: BLE001  (a store that is down for a moment: try again at the next beat)
                logging.getLogger(__name__).warning("job heartbeat failed; retrying", exc_info=True)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        beating = threading.Thread(target=heartbeat, name="armscontrol-heartbeat", daemon=True)
        beating.start()
        yield
        stop_beating.set()
        executor = getattr(_app.state, "jobs", None)
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        reports = getattr(_app.state, "report_builds", None)  # PDF reports being made (armscontrol.report.builds)
        if reports is not None:
            reports.close()
        store.close()

    # /docs is the dashboard's own page (nothing loaded from a CDN); the OpenAPI document stays at /openapi.json.
    app = FastAPI(
        title="armscontrol",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = secret
    app.state.token_generated = generated
    errors.install(app)
    app.add_middleware(
        GZipMiddleware, minimum_size=1024
    )  # pages and JSON compressed for browsers that ask (the matrix: 1.8 MB to 0.3 MB)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(Guard, hosts=hosts)  # outermost: the Host and Origin checks run before anything reads the body

    app.state.server_id = server_id
    interrupt_unfinished(
        store, server_id
    )  # a job a stopped server left running is failed, with the reason; a live one's is not
    app.include_router(store_routes.router)
    app.include_router(job_routes.router)
    app.include_router(answer_routes.router)
    app.include_router(report_routes.router)

    mount_dashboard(app)

    add_links(app)
    return app
