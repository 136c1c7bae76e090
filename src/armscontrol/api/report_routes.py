"""Reports from the API: ``/api/reports/...`` returns the same self-contained HTML or PDF as ``armscontrol report``."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from armscontrol.api.errors import Responses, BAD_REQUEST, NOT_FOUND, TOO_LARGE, UNAVAILABLE, from_user_error
from armscontrol.errors import UserError
from armscontrol.limits import MAX_ID

router = APIRouter(prefix="/api/reports", tags=["reports"])

Format = Annotated[Literal["html", "pdf"], Query(description="html (one self-contained file) or pdf.")]
Paper = Annotated[Literal["a4", "letter"], Query(description="Paper size of the PDF and of printing.")]
On = Annotated[str | None, Query(max_length=40, description="Date: YYYY-MM-DD, YYYY-MM or YYYY; default today.")]
RESPONSES: Responses = {**BAD_REQUEST, **NOT_FOUND, **TOO_LARGE, **UNAVAILABLE, 200: {"content": {"text/html": {}, "application/pdf": {}}, "description": "The report."}}


async def _report(request: Request, kind: str, target: str | None, on: str | None, fmt: str, paper: str, command: str) -> Response:
    from armscontrol.report import make_report
    from armscontrol.scenarios.pool import compute_until

    try:  # in the server's pool, which opens the store by its URL; stopped if the client leaves
        body = await compute_until(request.is_disconnected, make_report, kind, target, on, fmt, paper, command=command,
                                   database=request.app.state.store.url)
    except UserError as exc:
        raise from_user_error(exc, 400, not_found_fields=frozenset({"id", "target"})) from None
    if fmt == "html":
        return HTMLResponse(body)
    name = f"armscontrol-{kind}{'-' + target if target else ''}.pdf"
    return Response(body, media_type="application/pdf", headers={"Content-Disposition": f'inline; filename="{name}"'})


@router.get("/brief", response_class=Response, responses=RESPONSES)
async def brief_report(request: Request, on: On = None, format: Format = "html", paper: Paper = "a4") -> Response:
    """The brief as a report (`armscontrol report brief`)."""
    return await _report(request, "brief", None, on, format, paper, f"GET {request.url.path}?{request.url.query}".rstrip("?"))


@router.get("/instrument/{id}", response_class=Response, responses=RESPONSES)
async def instrument_report(request: Request, id: Annotated[str, Path(max_length=200)], on: On = None, format: Format = "html",
                            paper: Paper = "a4") -> Response:
    """One instrument as a report (`armscontrol report instrument ID`)."""
    return await _report(request, "instrument", id, on, format, paper, f"GET {request.url.path}?{request.url.query}".rstrip("?"))


@router.get("/scenario/{id}", response_class=Response, responses=RESPONSES)
async def scenario_report(request: Request, id: Annotated[int, Path(ge=1, le=MAX_ID, description="A saved scenario's id.")],
                          format: Format = "html", paper: Paper = "a4") -> Response:
    """A saved scenario as a report: inputs, assumptions, stability, frontier (`armscontrol report scenario ID`).

    Computed only within the anonymous work budget, token or not (413 above it;
    run such a scenario as a recorded run, `POST /api/scenarios/{id}/runs`, instead)."""
    from armscontrol import budget
    from armscontrol.scenario import parse_scenario

    from starlette.concurrency import run_in_threadpool

    def within_budget() -> None:
        saved = request.app.state.store.scenario(id)
        spec = parse_scenario(saved.scenario, f"saved scenario {id}")
        budget.require(f"report of saved scenario {id}", budget.report_work(spec), "anonymous")

    try:
        await run_in_threadpool(within_budget)
    except UserError as exc:
        raise from_user_error(exc, 400, not_found_fields=frozenset({"id", "target"})) from None
    return await _report(request, "scenario", str(id), None, format, paper, f"GET {request.url.path}?{request.url.query}".rstrip("?"))
