"""Schemathesis over /openapi.json, in process, a bounded number of examples per route:
no input gives a 500, and every response matches its documented status, type and schema."""

from __future__ import annotations

import atexit
import importlib
import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from api_support import AUTH, TOKEN
from armscontrol import answers
from armscontrol.api import create_app
from armscontrol.report.builds import Builds
from armscontrol.scenario import scenario_from_text
from store_support import SMALL, SMALL_SWEEP

_HOME = Path(tempfile.mkdtemp(prefix="armscontrol-schemathesis-"))
atexit.register(shutil.rmtree, _HOME, True)
app = create_app(f"sqlite:///{_HOME / 'store.sqlite3'}", token=TOKEN)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


def _small_pdf(fn, kind, target, on, paper, database, out, progress_file):
    """Stands in for the report worker: PDF builds answer as documented without making real PDFs here."""
    Path(out).write_bytes(b"%PDF-1.7 stand-in")
    return 17


app.state.report_builds = Builds(_HOME / "reports", run=_small_pdf)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 25
# The pool gives heavy work 60 s (limits.TASK_SECONDS); schemathesis waits 10 s by default. A report computed in a pool
# worker (where the stand-in below does not reach) can take more than 10 s on a loaded machine, and this test checks
# what the answer is, not how soon it comes.
WAIT = {"timeout": 65}


@pytest.fixture(autouse=True)
def small_founding_question(monkeypatch):
    # /api/brief computes the founding question (seconds); a small scenario stands in so the examples stay quick.
    small = answers.stability(scenario_from_text(SMALL_SWEEP))
    monkeypatch.setattr(
        importlib.import_module("armscontrol.answers.brief"), "founding_question", lambda progress=None: small
    )


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_holds_to_its_openapi_description(case):
    case.call_and_validate(headers=AUTH, checks=CHECKS, **WAIT)


def test_every_link_names_an_operation_of_the_api() -> None:
    document = app.openapi()
    operations = {op["operationId"] for item in document["paths"].values() for op in item.values()}
    links = [
        link
        for item in document["paths"].values()
        for op in item.values()
        for response in op["responses"].values()
        for link in response.get("links", {}).values()
    ]
    assert len(links) >= 8 and {link["operationId"] for link in links} <= operations


class SavedIdsAndJobIds(schema.as_state_machine()):
    """The stateful phase: a saved scenario's id and a job's id flow, by the API's links, into the calls that use them.

    A save or a job sends a valid scenario (random bodies almost never are one, and the stateless test above
    sends those), so the links are followed with real ids; every other call stays random.
    """

    calls: list[tuple[str, str, int]] = []

    def before_call(self, case):  # noqa: D102  (schemathesis hook)
        from test_jobs import small_sweep

        if case.method == "POST" and case.operation.path == "/api/scenarios":
            case.body = {"yaml": SMALL}
        elif case.method == "POST" and case.operation.path == "/api/jobs":
            case.body = small_sweep()

    def get_call_kwargs(self, case):  # noqa: D102  (schemathesis hook)
        return {"headers": AUTH, **WAIT}

    def after_call(self, response, case):  # noqa: D102  (schemathesis hook)
        SavedIdsAndJobIds.calls.append((case.method, case.operation.path, response.status_code))

    def validate_response(self, response, case, additional_checks=None, **kwargs):  # noqa: D102  (schemathesis hook)
        case.validate_response(response, checks=CHECKS)


def test_the_stateful_phase_follows_saved_ids_and_job_ids() -> None:
    """Sequences of calls joined by the API's links: no server error, every response as documented, and the
    links followed with real ids (a saved scenario's page, runs or deletion; a job's detail or cancellation)."""
    SavedIdsAndJobIds.calls.clear()
    SavedIdsAndJobIds.run(
        settings=settings(
            max_examples=15,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )
    )
    answered = {(method, path) for method, path, status in SavedIdsAndJobIds.calls if status < 400}
    assert ("POST", "/api/scenarios") in answered
    assert any(path.startswith("/api/scenarios/{id}") for _, path in answered)
    assert ("POST", "/api/jobs") in answered and any(path == "/api/jobs/{id}" for _, path in answered)
