"""Shared test helpers: a fresh copy of a minimal data tree that tests can break."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from examples_support import QUICK_EXAMPLES

FIXTURES = Path(__file__).parent / "fixtures"

# The quick loop's Hypothesis profile (`make test-quick`): fewer generated examples (tests/examples_support.py).
settings.register_profile("quick", max_examples=QUICK_EXAMPLES)

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


# The quick loop (`make test-quick`): the domain suite, without the interfaces' servers, browsers, databases and
# clusters. A test is marked by where it lives; `pytest -m "not interface"` leaves those out.
INTERFACE_FOLDERS = {"api", "web", "report", "store", "sweep"}
"""Test folders that exercise a server, a browser, a database, a PDF renderer or a Dask cluster."""
INTERFACE_FILES = {
    "test_cli_fuzz.py",
    "test_command_imports.py",
    "test_readme_outputs.py",
    "test_read_only_install.py",
    "test_wheel_install.py",
}
"""Tests at the root that start the command line in a fresh process many times."""


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Where the run leaves the interface tests out (``-m "not interface ..."``), their files are not even imported.

    Importing them builds apps and schemas (the API's schema tests alone take seconds), all to be deselected.
    """
    if "not interface" not in (config.option.markexpr or ""):
        return None
    try:
        parts = collection_path.relative_to(Path(__file__).parent).parts
    except ValueError:
        return None
    if parts and (parts[0] in INTERFACE_FOLDERS or (collection_path.is_file() and parts[-1] in INTERFACE_FILES)):
        return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(__file__).parent
    for item in items:
        parts = Path(str(item.fspath)).relative_to(root).parts
        if parts[0] in INTERFACE_FOLDERS or parts[-1] in INTERFACE_FILES:
            item.add_marker(pytest.mark.interface)
        else:
            item.add_marker(pytest.mark.domain)


from pg_support import postgres  # noqa: E402,F401  (one PostgreSQL server per test session, for the store and API tests)
