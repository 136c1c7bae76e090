from __future__ import annotations

import pytest


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path, monkeypatch):
    """An empty store database: an SQLite file, and a fresh database on a real PostgreSQL server."""
    monkeypatch.setenv("ARMSCONTROL_HOME", str(tmp_path / "home"))
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite3'}"
    return request.getfixturevalue("postgres").new_database()
