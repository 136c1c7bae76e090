"""The statement reader, the matrix and reports from the API: the same answers and documents as the command line."""

from __future__ import annotations

import time
from pathlib import Path

from api_support import AUTH
from armscontrol.answers import as_json
from cli_support import run

SCENARIO = """
name: small saved scenario
sides:
  A:
    forces: [{name: silos, basing: silo, launchers: 20, warheads_per_launcher: 1, reliability: 0.9}]
    defence: [{name: midcourse, interceptors: 10, sspk: 0.7, shots: 2}]
  B:
    forces: [{name: silos, basing: silo, launchers: 20, warheads_per_launcher: 1, reliability: 0.9}]
criteria: {assured_retaliation: 5, value_targets: 50}
"""

STATEMENT = "Moscow, 13 November 2000.\n\nRussia ratified START II and the Comprehensive Nuclear Test Ban Treaty."


def test_read_is_the_answer(client) -> None:
    from armscontrol.answers.read import read

    response = client.post("/api/read", json={"text": STATEMENT})
    assert response.status_code == 200
    assert response.json() == as_json(read(STATEMENT))
    assert [c["verdict"] for c in response.json()["claims"]] == ["consistent", "consistent"]


def test_read_refuses_empty_and_oversized_text(client) -> None:
    assert client.post("/api/read", json={"text": ""}).status_code == 422
    assert client.post("/api/read", json={"text": "x" * 200_001}).status_code == 422
    assert "error" in client.post("/api/read", json={"words": "x"}).json()


def test_matrix_is_the_answer(client) -> None:
    from armscontrol.answers.matrix import matrix

    response = client.get("/api/matrix", params={"on": "2000-01-01", "only": "annex-2"})
    assert response.status_code == 200
    assert response.json() == as_json(matrix(on="2000-01-01", only="annex-2"))
    assert client.get("/api/matrix", params={"on": "2000-13"}).status_code == 400


def test_reports_as_html_and_pdf(client) -> None:
    page = client.get("/api/reports/instrument/new-start", params={"on": "2024-01-01"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert page.text.startswith("<!DOCTYPE html>") and "New START" in page.text and "<svg" in page.text
    # A PDF is made in the background: the first request answers 202 with the build to follow, a later one the file.
    asked = client.get("/api/reports/instrument/abm", params={"format": "pdf", "paper": "letter"})
    assert asked.status_code == 202 and asked.headers["location"] == f"/api/reports/builds/{asked.json()['id']}"
    deadline = time.monotonic() + 300
    while (state := client.get(asked.headers["location"]).json())["status"] == "running":
        assert time.monotonic() < deadline, state
        time.sleep(0.5)
    assert state["status"] == "done", state
    pdf = client.get("/api/reports/instrument/abm", params={"format": "pdf", "paper": "letter"})
    assert (
        pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    )
    missing = client.get("/api/reports/instrument/new-strat")
    assert missing.status_code == 404 and missing.json()["suggestion"] == "new-start"


def test_report_of_a_saved_scenario_from_the_api_and_the_command_line(client, app, tmp_path: Path, home) -> None:
    saved = client.post("/api/scenarios", json={"yaml": SCENARIO}, headers=AUTH)
    assert saved.status_code == 201
    ident = saved.json()["id"]
    page = client.get(f"/api/reports/scenario/{ident}")
    assert page.status_code == 200 and f"saved scenario {ident}" in page.text and "small saved scenario" in page.text
    assert client.get("/api/reports/scenario/987654").status_code == 404
    out = tmp_path / "saved.html"
    database = f"sqlite:///{home.parent / 'api.sqlite3'}"
    result = run("report", "scenario", str(ident), "--database", database, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "small saved scenario" in out.read_text()


def test_an_html_report_is_kept_once_made_until_its_data_changes(client, app, monkeypatch) -> None:
    """The same report asked again (other unknown parameters included) is served without computing; another date, another
    paper or another version of the data is made anew; at most REPORT_HTML_KEPT are kept."""
    import armscontrol.api.report_routes as routes
    import armscontrol.report.builds as builds

    made: list[tuple] = []
    real = routes.compute_until

    async def counting(disconnected, fn, *args, **kwargs):
        made.append(args)
        return await real(disconnected, fn, *args, **kwargs)

    monkeypatch.setattr(routes, "compute_until", counting)
    first = client.get("/api/reports/instrument/abm", params={"on": "2001-01-01"})
    again = client.get("/api/reports/instrument/abm", params={"on": "2001-01-01", "unknown": "1"})
    assert first.status_code == again.status_code == 200 and first.text == again.text and len(made) == 1
    assert (first.headers["x-report-kept"], again.headers["x-report-kept"]) == ("no", "yes")
    assert (
        "GET /api/reports/instrument/abm?format=html&amp;on=2001-01-01" in first.text
    )  # the colophon names what it is
    assert client.get("/api/reports/instrument/abm", params={"on": "2002-07-01"}).headers["x-report-kept"] == "no"
    assert client.get("/api/reports/instrument/abm", params={"on": "2001-01-01", "paper": "letter"}).status_code == 200
    assert len(made) == 3
    monkeypatch.setattr(builds, "data_digest", lambda: "another version of the data")
    assert client.get("/api/reports/instrument/abm", params={"on": "2001-01-01"}).headers["x-report-kept"] == "no"
    monkeypatch.setattr(routes, "REPORT_HTML_KEPT", 2)
    client.get("/api/reports/instrument/abm", params={"on": "2003"})
    assert len(app.state.report_html) == 2
    # a request that cannot be made is still refused before any work
    assert client.get("/api/reports/instrument/new-strat").status_code == 404 and len(made) == 5
