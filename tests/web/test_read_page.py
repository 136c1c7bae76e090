"""The statement reader's page and the report links on the dashboard."""

from __future__ import annotations

import html
import warnings
from pathlib import Path

import pytest

from armscontrol.vocabulary import term

STATEMENTS = Path(__file__).resolve().parents[1] / "statements"


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("ARMSCONTROL_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ARMSCONTROL_DATABASE", raising=False)
    from armscontrol.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(
        create_app(f"sqlite:///{tmp_path / 'web.sqlite3'}", token="test-token-0123456789abcdef")
    ) as test_client:
        yield test_client


def test_a_pasted_statement_is_read_and_judged(client) -> None:
    from armscontrol.answers.read import read

    text = (STATEMENTS / "helsinki-1997.txt").read_text()
    page = client.post("/read", data={"text": text})
    assert page.status_code == 200
    answer = read(text)
    for claim in answer.claims:
        assert claim.verdict.replace("_", " ") in page.text
    assert "2,000–2,500" in page.text and "Helsinki framework" in page.text


def test_an_empty_statement_gets_the_error_page(client) -> None:
    page = client.post("/read", data={"text": ""})
    assert page.status_code == 400 and "Traceback" not in page.text and "empty" in page.text


def test_pages_link_their_reports(client) -> None:
    assert "/api/reports/brief?on=2001-01-01" in client.get("/", params={"on": "2001-01-01"}).text
    assert (
        "/api/reports/instrument/abm?on=2001-01-01" in client.get("/instrument/abm", params={"on": "2001-01-01"}).text
    )


def test_the_uncertainty_view_is_the_uncertainty_answer(client) -> None:
    from armscontrol.scenarios.references import resolve as base_mapping
    from armscontrol.scenarios.running import uncertainty_of

    params = {
        "base": "example:new-start-parity",
        "path": "attack.sspk.silo",
        "low": "0.5",
        "high": "0.9",
        "samples": "16",
        "seed": "2",
    }
    page = client.get("/uncertainty", params=params)
    assert page.status_code == 200
    scenario, _ = base_mapping("example:new-start-parity")
    answer = uncertainty_of(scenario, "attack.sspk.silo", 0.5, 0.9, 16, 2)
    assert answer.samples == 16 and [i.path for i in answer.inputs] == ["attack.sspk.silo"]
    for output in answer.outputs:
        if output.kind == "number":
            shown = f"{output.median:,.0f}" if abs(output.median) >= 100 else f"{output.median:.3f}"
            assert shown in page.text
    assert "/uncertainty?base=" in client.get("/stability").text


def test_the_uncertainty_view_refuses_what_it_cannot_compute(client) -> None:
    for params in (
        {"path": "sides.X.forces[0].reliability"},
        {"path": "attack.sspk.silo", "low": "0.9", "high": "0.5"},
        {"path": "attack.sspk.silo", "samples": "100000"},
        {"path": "attack.sspk.silo", "low": "x"},
    ):
        page = client.get("/uncertainty", params=params)
        assert page.status_code == 400 and "Traceback" not in page.text


def test_an_example_is_a_url_and_its_json_is_the_apis_with_every_span(client) -> None:
    from armscontrol.answers.read import example_statement, example_statements

    empty = client.get("/read")
    for example in example_statements():
        assert f'value="{example.name}"' in empty.text  # the empty page offers each shipped statement
    page = client.get("/read", params={"example": "helsinki-1997"})
    assert page.status_code == 200 and 'id="marked-text"' in page.text and "White House" in page.text
    shown = client.get("/data/read.json", params={"example": "helsinki-1997"}).json()
    api = client.post("/api/read", json={"text": example_statement("helsinki-1997").text}).json()
    assert shown == api
    text = example_statement("helsinki-1997").text
    for kind in ("figures", "dates", "claims", "places", "unresolved"):
        for item in api[kind]:
            assert text[item["start"] : item["end"]] == item["text"]
    for instrument in api["instruments"]:
        for mention in instrument["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert page.text.count('<mark class="m ') >= len(api["figures"]) + len(api["claims"])


def test_an_unknown_example_or_an_empty_text_gets_a_clear_error(client) -> None:
    page = client.get("/read", params={"example": "helsinky-1997"})
    assert page.status_code == 400 and "helsinki-1997" in page.text and "Traceback" not in page.text
    data = client.get("/data/read.json", params={"text": "   "})
    assert data.status_code == 400 and "empty" in data.json()["error"]


def test_marked_text_escapes_the_statement_and_nests_its_marks(client) -> None:
    page = client.post("/read", data={"text": "On 10 April 2010 the <b>CTBT</b> was signed by France & Russia."})
    marked = page.text.split('id="marked-text">')[1].split("</div>")[0]
    assert "&lt;b&gt;" in marked and "<b>" not in marked and "&amp;" in marked
    assert marked.count("<mark") == marked.count("</mark>") >= 4


def test_the_read_page_loads_no_chart_library(client) -> None:
    """The reader draws no chart, so none of its views loads Plotly (3.5 MB); a page with a chart still does."""
    for page in (
        client.get("/read"),
        client.get("/read", params={"example": "helsinki-1997"}),
        client.post("/read", data={"text": (STATEMENTS / "helsinki-1997.txt").read_text()}),
    ):
        assert page.status_code == 200 and "plotly.min.js" not in page.text
    assert "plotly.min.js" in client.get("/forces", params={"instrument": "new-start", "party": "RUS"}).text


def test_a_french_example_is_read_through_the_gloss_and_shown_in_french(client):
    page = client.get("/read", params={"example": "guatemala-ctbt-france-2012"})
    assert page.status_code == 200
    assert "read through an English gloss" in page.text
    shown = client.get("/data/read.json", params={"example": "guatemala-ctbt-france-2012"}).json()
    assert shown["language"] == "fr"
    assert {(c["kind"], c["party"]) for c in shown["claims"]} >= {("ratified", "GTM"), ("ratified", "FRA")}


def test_a_spanish_example_is_read_through_the_gloss(client):
    shown = client.get("/data/read.json", params={"example": "opanal-tlatelolco-2019"}).json()
    assert shown["language"] == "es"
    assert "tlatelolco" in {i["id"] for i in shown["instruments"]}


def test_the_page_says_where_the_date_comes_from(client):
    assert "found in the text" in client.get("/read", params={"example": "helsinki-1997"}).text
    assert "the record&#39;s date" in client.get("/read", params={"example": "opanal-tlatelolco-2019"}).text


def test_an_undated_statement_says_so_in_the_vocabulary_s_words(client):
    page = client.post("/read", data={"text": "The Comprehensive Nuclear-Test-Ban Treaty was discussed."}).text
    assert html.escape(term("date_source", "not_read").label) in page and "give the date" in page


def test_a_date_worked_out_from_the_registry_is_explained_on_the_page(client):
    text = (
        "Today marks the 51st anniversary of the opening for signature of the Treaty of Tlatelolco, which created "
        "the first nuclear-weapon-free zone in a densely populated region."
    )
    page = client.post("/read", data={"text": text}).text
    assert "which the data dates 1967-02-14" in page and "OPANAL" in page


def test_a_claim_the_trained_model_read_is_marked_on_the_page_and_in_its_json(client) -> None:
    text = "NEW YORK, 2 October 2019. The instrument of Bolivia for the TPNW has been received by the depositary."
    page = client.post("/read", data={"text": text})
    assert page.status_code == 200
    assert "read by the trained model" in page.text and "by a trained model (marked" in page.text
    answer = client.post("/api/read", json={"text": text}).json()
    claims = answer.get("claims") or answer["answer"]["claims"]
    assert [(c["party"], c["read_by"]) for c in claims] == [("BOL", "model")]
