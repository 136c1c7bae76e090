"""The dashboard: pages and charts served by the API's own app (see :mod:`armscontrol.web.pages`)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from armscontrol.web.pages import router


def mount(app: FastAPI) -> None:
    """Add the dashboard's pages, data links and static files to ``app``."""

    app.include_router(router)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).resolve().parent / "static")), name="static")
