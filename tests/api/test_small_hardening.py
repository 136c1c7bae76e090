"""The small ones: CSV cells a spreadsheet would run, the store's file mode, 503s that name no address."""

from __future__ import annotations

import csv
import io
import os
import stat

from api_support import AUTH


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted() -> None:
    from armscontrol.web.downloads import to_csv

    rows = [
        {
            "name": '=HYPERLINK("http://evil.example")',
            "note": "+1",
            "who": "@SUM(A1)",
            "dash": "-2+3",
            "n": -5,
            "x": 0.5,
            "plain": "New START",
        }
    ]
    cells = next(csv.DictReader(io.StringIO(to_csv(rows))))
    assert (
        cells["name"] == '\'=HYPERLINK("http://evil.example")'
        and cells["note"] == "'+1"
        and cells["who"] == "'@SUM(A1)"
    )
    assert cells["dash"] == "'-2+3" and cells["n"] == "-5" and cells["x"] == "0.5" and cells["plain"] == "New START"


def test_a_saved_name_is_quoted_in_the_compare_csv(client) -> None:
    import re

    from armscontrol.scenario import FOUNDING_SCENARIO

    text = re.sub(
        r"(?m)^name: .*$", "name: \"=cmd|'/c calc'!A1\"", FOUNDING_SCENARIO.read_text(encoding="utf-8"), count=1
    )
    saved = client.post("/api/scenarios", json={"yaml": text}, headers=AUTH)
    assert saved.status_code == 201
    text = client.get("/data/compare.csv", params={"compare": f"store:{saved.json()['id']}"}).text
    assert "'=cmd" in text and ",=cmd" not in text


def test_the_sqlite_file_is_the_owners_only(tmp_path) -> None:
    from armscontrol.store import Store

    old = os.umask(0o022)
    try:
        store = Store(f"sqlite:///{tmp_path / 'private.sqlite3'}")
        store.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private.sqlite3").stat().st_mode) == 0o600
    loose = tmp_path / "loose.sqlite3"
    loose.touch(mode=0o644)
    os.chmod(loose, 0o644)
    Store(f"sqlite:///{loose}").close()
    assert stat.S_IMODE(loose.stat().st_mode) == 0o600


def test_the_data_folder_is_the_owners_only(tmp_path, monkeypatch) -> None:
    from armscontrol.store.paths import data_dir

    monkeypatch.setenv("ARMSCONTROL_HOME", str(tmp_path / "fresh" / "home"))
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700


def test_a_failing_store_answers_503_without_its_address(client, monkeypatch) -> None:
    from sqlalchemy.exc import OperationalError

    from armscontrol.store import Store

    def broken(*_args, **_kwargs):
        raise OperationalError(
            "SELECT 1", {}, Exception('connection to server at "db.internal" (10.1.2.3), port 5432 failed')
        )

    from armscontrol.store import _database_errors

    def scenarios(self, **kwargs):
        with _database_errors():
            broken()

    monkeypatch.setattr(Store, "scenarios", scenarios)
    response = client.get("/api/scenarios")
    assert response.status_code == 503 and int(response.headers["Retry-After"]) > 0
    assert "10.1.2.3" not in response.text and "5432" not in response.text and "db.internal" not in response.text
