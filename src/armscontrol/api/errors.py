"""Errors as JSON: ``{"error": message, "field": ..., "suggestion": ...}``.

The message is the answer's, with its field named as the API names it (a
query parameter, a body field's dotted path). Status codes: 400 a
query or path value the answer cannot use, 401 a write without the right
token, 404 an id that names nothing, 413 a body over the size limit or a
computation over the work budget (:mod:`armscontrol.budget`; the body then
also holds ``budget``, ``estimate`` and ``unit``), 422 a body
or parameter that fails validation, 503 the store's database failing. No input
gives a 500 or a traceback; a defect gives a 500 with a one-line message.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from armscontrol.budget import OverBudget
from armscontrol.errors import NotFound, UserError
from armscontrol.scenarios.calculator import Superseded
from armscontrol.scenarios.pool import Busy
from armscontrol.store import StoreUnavailable
from armscontrol.store.repository import NotFound as RecordNotFound

log = logging.getLogger("armscontrol.api")


class ErrorBody(BaseModel):
    """What went wrong, the input at fault and the nearest valid value, where obvious."""

    error: str = Field(description="One line: the field at fault, as the API names it, and what was expected.")
    field: str | None = Field(default=None, description="The parameter or body field at fault.")
    suggestion: str | None = Field(default=None, description="The nearest valid value, where one is obvious.")
    budget: int | None = Field(default=None, description="Over the work budget (413): the budget of this caller.")
    estimate: int | None = Field(
        default=None, description="Over the work budget (413): the work the request asked for."
    )
    unit: str | None = Field(default=None, description="Over the work budget (413): what budget and estimate count.")


Responses = dict[int | str, dict[str, Any]]
"""A route's documented responses, as FastAPI's ``responses=`` takes them."""


def _described(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


BAD_REQUEST: Responses = {400: _described("A query or path value the answer cannot use.")}
NOT_FOUND: Responses = {404: _described("An id or name that names nothing.")}
UNPROCESSABLE: Responses = {422: _described("A parameter or body that fails validation.")}
UNAUTHORIZED: Responses = {401: _described("A write without `Authorization: Bearer TOKEN`, or with a wrong token.")}
TOO_LARGE: Responses = {413: _described("A request body over the size limit, or a computation over the work budget.")}
BUSY: Responses = {
    429: _described(
        "Too much already waiting (jobs, or the server's pool of computations): try again after Retry-After seconds."
    )
}
UNAVAILABLE: Responses = {
    503: _described(
        "The store's database could not complete the request, or the server's pool of computations is full "
        "or stopped one at its time limit (with Retry-After)."
    )
}
READ_ERRORS: Responses = {**BAD_REQUEST, **NOT_FOUND, **UNPROCESSABLE}
WRITE_ERRORS: Responses = {**UNAUTHORIZED, **NOT_FOUND, **TOO_LARGE, **UNPROCESSABLE, **UNAVAILABLE}


class ApiError(Exception):
    """An error with its status, raised by routes and dependencies."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        field: str | None = None,
        suggestion: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.field, self.suggestion, self.headers = status, field, suggestion, headers
        self.extra = extra or {}


def api_field(field: str | None) -> str | None:
    """The API's name for a command-line field: ``--on`` is ``on``, ``ID`` is ``id``."""
    if field is None:
        return None
    name = field.lstrip("-")
    return name.lower() if name.isupper() else name.replace("-", "_")


def from_user_error(exc: UserError, status: int = 400, *, not_found_fields: frozenset[str] = frozenset()) -> ApiError:
    """An :class:`ApiError` for a :class:`UserError`, its field in the API's words.

    404 for a saved record that does not exist, or a :class:`~armscontrol.errors.NotFound`
    about a path parameter (``not_found_fields``); decided by the error's type, never its wording.
    """
    field = api_field(exc.field)
    if isinstance(exc, Busy):
        return ApiError(503, str(exc), field=field, headers={"Retry-After": str(exc.retry_after)})
    if isinstance(exc, OverBudget):
        return ApiError(
            413,
            str(exc),
            field=field,
            suggestion=exc.suggestion,
            extra={"budget": exc.budget, "estimate": exc.estimate, "unit": exc.unit},
        )
    if isinstance(exc, Superseded):
        return ApiError(409, str(exc), field=field)
    if isinstance(exc, RecordNotFound) or (isinstance(exc, NotFound) and field in not_found_fields):
        status = 404
    return ApiError(status, exc.worded(lambda name: api_field(name) or name), field=field, suggestion=exc.suggestion)


def body(message: str, field: str | None = None, suggestion: str | None = None) -> dict[str, Any]:
    return {"error": message, "field": field, "suggestion": suggestion}


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    parts, first_field = [], None
    for error in exc.errors():
        location = [str(p) for p in error.get("loc", ()) if p not in ("body", "query", "path", "header")]
        where = ".".join(location)
        if first_field is None and where:
            first_field = where
        got = error.get("input")
        shown = "" if isinstance(got, (dict, list)) or got is None or len(repr(got)) > 80 else f" (got {got!r})"
        parts.append(f"{where or 'body'}: {error.get('msg', 'invalid')}{shown}")
        if len(parts) == 3:
            break
    more = len(exc.errors()) - len(parts)
    message = "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
    return message, first_field


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into :class:`ErrorBody` JSON."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            {**body(str(exc), exc.field, exc.suggestion), **exc.extra}, status_code=exc.status, headers=exc.headers
        )

    @app.exception_handler(UserError)
    async def _user_error(_request: Request, exc: UserError) -> JSONResponse:
        error = from_user_error(exc)
        return JSONResponse(
            {**body(str(error), error.field, error.suggestion), **error.extra},
            status_code=error.status,
            headers=error.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, field = _validation_message(exc)
        return JSONResponse(body(message, field), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 400 and message == "There was an error parsing the body":
            # Not UTF-8, or nested too deep to parse: a body that fails validation like any other.
            return JSONResponse(body("body: not a JSON document (expected UTF-8 JSON text)", "body"), status_code=422)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such path; the API's routes are listed at /docs and /openapi.json"
        return JSONResponse(body(message), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(StoreUnavailable)
    async def _store(_request: Request, exc: StoreUnavailable) -> JSONResponse:
        log.error("store failed: %s", exc)  # the reason, which may name the database's host and port, stays in the log
        return JSONResponse(
            body(
                f"the store's database could not complete the request "
                f"({type(exc.__cause__).__name__ if exc.__cause__ else 'unavailable'}); "
                "try again; the server's log has the reason"
            ),
            status_code=503,
            headers={"Retry-After": "5"},
        )

    @app.exception_handler(Exception)
    async def _defect(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error")
        return JSONResponse(
            body(f"internal error ({type(exc).__name__}); please report it with the request"), status_code=500
        )
