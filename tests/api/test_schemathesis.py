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
from armscontrol.scenario import scenario_from_text
from store_support import SMALL_SWEEP

_HOME = Path(tempfile.mkdtemp(prefix="armscontrol-schemathesis-"))
atexit.register(shutil.rmtree, _HOME, True)
app = create_app(f"sqlite:///{_HOME / 'store.sqlite3'}", token=TOKEN)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = 25


@pytest.fixture(autouse=True)
def small_founding_question(monkeypatch):
    # /api/brief computes the founding question (seconds); a small scenario stands in so the examples stay quick.
    small = answers.stability(scenario_from_text(SMALL_SWEEP))
    monkeypatch.setattr(importlib.import_module("armscontrol.answers.brief"), "founding_question", lambda progress=None: small)


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_api_holds_to_its_openapi_description(case):
    case.call_and_validate(headers=AUTH, checks=CHECKS)
