from __future__ import annotations

import warnings

import pytest

from api_support import TOKEN


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty data directory, made the user's (ARMSCONTROL_HOME); no token or database from the environment."""
    path = tmp_path / "home"
    monkeypatch.setenv("ARMSCONTROL_HOME", str(path))
    monkeypatch.delenv("ARMSCONTROL_TOKEN", raising=False)
    monkeypatch.delenv("ARMSCONTROL_DATABASE", raising=False)
    return path


@pytest.fixture
def app(home):
    from armscontrol.api import create_app

    return create_app(f"sqlite:///{home.parent / 'api.sqlite3'}", token=TOKEN)


@pytest.fixture
def client(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
