"""Reports from the API: ``/api/reports/...`` returns the same self-contained HTML or PDF as ``armscontrol report``.

``/api/reports/builds`` makes a PDF in the background (:mod:`armscontrol.report.builds`): started or joined at once,
followed stage by stage, kept once made.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from armscontrol import budget
from armscontrol.api.errors import BAD_REQUEST, NOT_FOUND, TOO_LARGE, UNAVAILABLE, ApiError, Responses, from_user_error
from armscontrol.errors import UserError
from armscontrol.limits import MAX_ID, REPORT_HTML_KEPT
from armscontrol.report import make_report
from armscontrol.report.builds import builds_of, describe, report_key
from armscontrol.scenario import parse_scenario
from armscontrol.scenarios.pool import compute_until

router = APIRouter(prefix="/api/reports", tags=["reports"])

Format = Annotated[Literal["html", "pdf"], Query(description="html (one self-contained file) or pdf.")]
Paper = Annotated[Literal["a4", "letter"], Query(description="Paper size of the PDF and of printing.")]
On = Annotated[str | None, Query(max_length=40, description="Date: YYYY-MM-DD, YYYY-MM or YYYY; default today.")]
RESPONSES: Responses = {
    **BAD_REQUEST,
    **NOT_FOUND,
    **TOO_LARGE,
    **UNAVAILABLE,
    200: {
        "content": {"text/html": {}, "application/pdf": {}},
        "description": "The report: HTML, or the PDF once made (kept per data version).",
    },
    202: {
        "description": "A PDF being made in the background: the build to follow (`GET /api/reports/builds/{id}`; "
        "the same as `POST /api/reports/builds`), whose `file` is the PDF once made."
    },
}


def _html_key(request: Request, kind: str, target: str | None, on: str | None, paper: str) -> str:
    """What an HTML report is kept under: the same key as its PDF build (the report asked for, the day it is of, the
    version of its data)."""
    _, day, version = describe(kind, target, on, request.app.state.store)
    return report_key(kind, target, day, paper, version)


def _kept_html(app: Any) -> OrderedDict[str, str]:
    kept = getattr(app.state, "report_html", None)
    if kept is None:
        kept = app.state.report_html = OrderedDict()
    return kept


async def _report(request: Request, kind: str, target: str | None, on: str | None, fmt: str, paper: str) -> Response:
    if fmt == "pdf":  # seconds to a minute of layout: made in the background, never inside the request
        return _pdf_or_build(request, kind, target, on, paper)
    # The colophon's command names only what the report depends on, so that every request for the same report gets
    # the same file, kept (limits.REPORT_HTML_KEPT, the least recently used dropped) until the data changes.
    query = "&".join(f"{k}={v}" for k, v in (("on", on), ("paper", None if paper == "a4" else paper)) if v)
    command = f"GET {request.url.path}?format=html" + (f"&{query}" if query else "")
    try:
        key = await run_in_threadpool(_html_key, request, kind, target, on, paper)
        kept = _kept_html(request.app)
        if key in kept:  # the event loop's thread is the only one that reads or writes it
            kept.move_to_end(key)
            return HTMLResponse(kept[key], headers={"X-Report-Kept": "yes"})
        # in the server's pool, which opens the store by its URL; stopped if the client leaves
        body = await compute_until(
            request.is_disconnected,
            make_report,
            kind,
            target,
            on,
            fmt,
            paper,
            command=command,
            database=request.app.state.store.url,
        )
    except UserError as exc:
        raise from_user_error(exc, 400, not_found_fields=frozenset({"id", "target"})) from None
    kept[key] = body
    while len(kept) > REPORT_HTML_KEPT:
        kept.popitem(last=False)
    return HTMLResponse(body, headers={"X-Report-Kept": "no"})


@router.get("/brief", response_class=Response, responses=RESPONSES)
async def brief_report(request: Request, on: On = None, format: Format = "html", paper: Paper = "a4") -> Response:
    """The brief as a report (`armscontrol report brief`)."""
    return await _report(request, "brief", None, on, format, paper)


@router.get("/instrument/{id}", response_class=Response, responses=RESPONSES)
async def instrument_report(
    request: Request,
    id: Annotated[str, Path(max_length=200)],
    on: On = None,
    format: Format = "html",
    paper: Paper = "a4",
) -> Response:
    """One instrument as a report (`armscontrol report instrument ID`)."""
    return await _report(request, "instrument", id, on, format, paper)


@router.get("/scenario/{id}", response_class=Response, responses=RESPONSES)
async def scenario_report(
    request: Request,
    id: Annotated[int, Path(ge=1, le=MAX_ID, description="A saved scenario's id.")],
    format: Format = "html",
    paper: Paper = "a4",
) -> Response:
    """A saved scenario as a report: inputs, assumptions, stability, frontier (`armscontrol report scenario ID`).

    Computed only within the anonymous work budget, token or not (413 above it;
    run such a scenario as a recorded run, `POST /api/scenarios/{id}/runs`, instead)."""

    def within_budget() -> None:
        saved = request.app.state.store.scenario(id)
        spec = parse_scenario(saved.scenario, f"saved scenario {id}")
        budget.require(f"report of saved scenario {id}", budget.report_work(spec), "anonymous")

    try:
        await run_in_threadpool(within_budget)
    except UserError as exc:
        raise from_user_error(exc, 400, not_found_fields=frozenset({"id", "target"})) from None
    return await _report(request, "scenario", str(id), None, format, paper)


# --------------------------------------------------------------------------- PDFs in the background


class BuildIn(BaseModel):
    """A PDF report to make in the background."""

    kind: Literal["brief", "instrument", "scenario"] = Field(description="brief, instrument or scenario.")
    target: str | None = Field(
        default=None, max_length=200, description="The instrument's id, or the saved scenario's id."
    )
    on: str | None = Field(
        default=None, max_length=40, description="Date: YYYY-MM-DD, YYYY-MM or YYYY; default today (brief, instrument)."
    )
    paper: Literal["a4", "letter"] = "a4"


class BuildOut(BaseModel):
    """A PDF report being made, or made."""

    id: str
    kind: str
    target: str | None
    on: str | None = Field(description="The date the report is of (brief, instrument).")
    paper: str
    title: str
    status: Literal["running", "done", "failed"]
    stage: str = Field(description="waiting for a worker, computing, drawing charts or laying out pages.")
    done: int
    total: int
    started: str
    seconds: float | None = Field(description="How long it took, once done.")
    error: str | None = Field(description="Why it failed, in words.")
    bytes: int | None = Field(description="The PDF's size, once done.")
    page: str = Field(description="The dashboard's page that follows it.")
    file: str | None = Field(description="The PDF's address, once done.")


BUILD_DOC = (
    "A build: `status` running, done or failed; `stage` one of the stages (waiting for a worker, computing, drawing "
    "charts, "
    "laying out pages) with `done` of `total`; `file` the PDF's address once done; `seconds` how long it took; "
    "`error` why it failed."
)


@router.post(
    "/builds",
    status_code=202,
    response_model=BuildOut,
    responses={
        **BAD_REQUEST,
        **NOT_FOUND,
        **TOO_LARGE,
        202: {"description": BUILD_DOC},
        200: {"model": BuildOut, "description": "The report was made already: kept, with its file."},
    },
)
def start_build(request: Request, build: BuildIn) -> JSONResponse:
    """Start making a PDF report in the background, or join the one being made, or get the finished one (kept per
    data version).

    Follow it at `GET /api/reports/builds/{id}` (or the page `/report?id=ID`), then fetch `file`."""

    try:
        made = builds_of(request.app).start(
            build.kind,
            build.target,
            build.on,
            build.paper,
            store=request.app.state.store,
            database=request.app.state.store.url,
        )
    except UserError as exc:
        raise from_user_error(exc, 400, not_found_fields=frozenset({"id", "target"})) from None
    return JSONResponse(made.as_json(), status_code=200 if made.status == "done" else 202)


@router.get("/builds/{id}", response_model=BuildOut, responses={**NOT_FOUND, 200: {"description": BUILD_DOC}})
def build_state(request: Request, id: Annotated[str, Path(max_length=64)]) -> JSONResponse:
    """Where a PDF build stands."""

    try:
        return JSONResponse(builds_of(request.app).get(id).as_json())
    except UserError as exc:
        raise from_user_error(exc, 404) from None


@router.get(
    "/builds/{id}/pdf",
    response_class=Response,
    responses={
        **NOT_FOUND,
        409: {"description": "Not ready yet, or failed."},
        200: {"content": {"application/pdf": {}}},
    },
)
def build_file(request: Request, id: Annotated[str, Path(max_length=64)]) -> Response:
    """The finished PDF of a build."""

    try:
        made = builds_of(request.app).get(id)
    except UserError as exc:
        raise from_user_error(exc, 404) from None
    if made.status != "done" or made.size is None:
        raise ApiError(409, f"id: the report is not ready ({made.error or made.stage})", field="id")
    name = f"armscontrol-{made.kind}{'-' + made.target if made.target else ''}{'-' + made.on if made.on else ''}.pdf"
    return FileResponse(
        str(made.path), media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'}
    )


def _pdf_or_build(request: Request, kind: str, target: str | None, on: str | None, paper: str) -> Response:
    """The kept PDF of this report, or its build (started or joined) with 202 and where to follow it."""

    try:
        made = builds_of(request.app).start(
            kind, target, on, paper, store=request.app.state.store, database=request.app.state.store.url
        )
    except UserError as exc:
        raise from_user_error(exc, 400, not_found_fields=frozenset({"id", "target"})) from None
    if made.status == "done" and made.size is not None:
        name = (
            f"armscontrol-{made.kind}{'-' + made.target if made.target else ''}{'-' + made.on if made.on else ''}.pdf"
        )
        return FileResponse(
            str(made.path), media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'}
        )
    if made.status == "failed":
        raise ApiError(503, f"format: the PDF could not be made ({made.error})", field="format")
    return JSONResponse(made.as_json(), status_code=202, headers={"Location": f"/api/reports/builds/{made.key}"})
