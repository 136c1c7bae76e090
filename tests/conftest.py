"""Shared test helpers: a fresh copy of a minimal data tree that tests can break."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# Starlette's test client sends "Host: testserver"; the server answers only to the names it allows.
os.environ.setdefault("ARMSCONTROL_ALLOWED_HOSTS", "testserver")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the minimal data tree in tests/fixtures/minimal."""
    target = tmp_path / "data"
    shutil.copytree(FIXTURES / "minimal", target)
    return target


@pytest.fixture
def fixture_data(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The minimal data tree, made the one the commands read (through ARMSCONTROL_DATA)."""
    monkeypatch.setenv("ARMSCONTROL_DATA", str(data_dir))
    return data_dir

from pg_support import postgres  # noqa: E402,F401  (one PostgreSQL server per test session, for the store and API tests)
