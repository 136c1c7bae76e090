"""One vocabulary in every interface: each relation and instrument state reads the same in the command line's
table, the API's label fields, the dashboard's pages and the reports.

Each case is a question whose answer carries one value of the vocabulary; the
test renders that answer through every interface and finds the vocabulary's
label, and only it, where the value is shown.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from armscontrol import answers
from armscontrol.vocabulary import GROUPS, label, values
from cli_support import run

ROOT = Path(__file__).resolve().parents[1]

RELATION_CASES = [  # (instrument, date, party, the relation the answer gives)
    ("new-start", "2024-01-01", "USA", "party"),
    ("tlatelolco", "1969-01-01", "BRA", "ratified"),
    ("ctbt", "2026-06-01", "USA", "signatory"),
    ("new-start", "2024-01-01", "RUS", "suspended"),
    ("npt", "2010-01-01", "PRK", "withdrawn"),
    ("new-start", "2026-06-01", "USA", "former_party"),
    ("pni-1991", "1995-01-01", "USA", "participant"),
    ("russia-2000-proposal", "2010-01-01", "RUS", "proponent"),
    ("ctbt", "2026-06-01", "IND", "not_party"),
    ("antarctic-treaty", "1963-09-01", "CRI", "not_recorded"),
    ("npt", "1969-01-01", "RUS", "not_a_state_then"),
]

STATE_CASES = [  # (instrument, date, the instrument state the answer gives)
    ("npt", "2026-06-01", "in_force"),
    ("ctbt", "2026-06-01", "not_yet_in_force"),
    ("salt-ii", "2026-06-01", "never_in_force"),
    ("new-start", "2026-06-01", "ended"),
    ("middle-east-zone", "2026-06-01", "proposed"),
    ("pni-1991", "2026-06-01", "political_commitment"),
    ("outer-space-treaty", "1963-09-01", "not_yet_signed"),
]
"""Every instrument state the shipped data reaches; ``adopted`` has no instrument in the data yet."""


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from armscontrol.api import create_app

    folder = tmp_path_factory.mktemp("vocabulary")
    return TestClient(create_app(f"sqlite:///{folder / 'store.sqlite3'}", token="vocabulary-test-token-0123456789"))


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "220")  # table cells on one line


def _cli_cell(stdout: str, party: str, column: int) -> str:
    row = next(line for line in stdout.splitlines() if line.startswith("│") and line.split("│")[1].strip() == party)
    return row.split("│")[column].strip()


def _report_html(instrument: str, on: str) -> str:
    from armscontrol.report.builders import instrument_document
    from armscontrol.report.document import render_html

    return render_html(instrument_document(instrument, on))


def test_the_cases_cover_every_relation_and_every_reachable_state():
    assert {case[3] for case in RELATION_CASES} == set(values("relation"))
    assert {case[2] for case in STATE_CASES} == set(values("instrument_state")) - {"adopted"}


@pytest.mark.interface  # pages, the API and reports: the full suite, not the quick loop
@pytest.mark.parametrize(("instrument", "on", "party", "relation"), RELATION_CASES, ids=[c[3] for c in RELATION_CASES])
def test_a_relation_reads_the_same_in_every_interface(client, instrument, on, party, relation):
    word = label("relation", relation)
    answer = answers.status(instrument, on=on, party=party)
    assert answer.parties[0].status == relation  # the case still shows what it is meant to

    cli = run("status", instrument, "--on", on, "--party", party)
    assert cli.exit_code == 0, cli.stderr
    assert _cli_cell(cli.stdout, party, 3) == word

    api = client.get(f"/api/status/{instrument}", params={"on": on, "party": party}).json()
    assert (api["parties"][0]["status"], api["parties"][0]["label"]) == (relation, word)

    page = client.get(f"/instrument/{instrument}", params={"on": on})
    assert page.status_code == 200
    row = re.search(rf'<tr id="party-{party}">(.*?)</tr>', page.text, re.S)
    assert row is not None, f"no row for {party} on the page"
    badge = re.search(r'<span class="badge st-(\w+)">([^<]*)</span>', row.group(1))
    assert badge is not None and (badge.group(1), html.unescape(badge.group(2))) == (relation, word)

    report = _report_html(instrument, on)
    cells = re.search(rf"<tr><td>{party}</td><td>[^<]*</td><td>([^<]*)</td>", report)
    assert cells is not None, f"no row for {party} in the report's parties"
    assert html.unescape(cells.group(1)) == word


@pytest.mark.interface  # pages, the API and reports: the full suite, not the quick loop
@pytest.mark.parametrize(("instrument", "on", "state"), STATE_CASES, ids=[c[2] for c in STATE_CASES])
def test_an_instrument_state_reads_the_same_in_every_interface(client, instrument, on, state):
    word = label("instrument_state", state)
    assert answers.status(instrument, on=on).state == state

    cli = run("status", instrument, "--on", on)
    assert cli.exit_code == 0, cli.stderr
    assert cli.stdout.splitlines()[0].endswith(f": {word}")

    api = client.get(f"/api/status/{instrument}", params={"on": on}).json()
    assert (api["state"], api["state_label"]) == (state, word)

    page = client.get(f"/instrument/{instrument}", params={"on": on}).text
    lead = re.search(r'<p class="lead">(.*?)</p>', page, re.S).group(1)
    badges = re.findall(r'<span class="badge state-(\w+)">([^<]*)</span>', lead)
    assert [(v, html.unescape(t)) for v, t in badges] == [(state, word)]

    report = _report_html(instrument, on)
    assert f"On {on}: {html.escape(word)}" in report


@pytest.mark.interface  # pages, the API and reports: the full suite, not the quick loop
def test_the_system_page_and_the_brief_report_word_every_state_as_the_vocabulary():
    """The home page's table and the brief's zone table: each instrument's state by its label, no other word."""
    from armscontrol.answers.overview import system
    from armscontrol.report.builders import brief_document
    from armscontrol.report.document import render_html

    with TestClient(_app()) as c:
        page = c.get("/", params={"on": "2026-06-01"}).text
    expected = {i.id: i.standing for i in system("2026-06-01").instruments}
    shown = dict(
        re.findall(
            r'<a href="/instrument/([\w-]+)\?on=2026-06-01">[^<]*</a></td><td>[^<]*</td>\s*<td>[^<]*</td><td>[^<]*</td>'
            r'<td><span class="badge state-(\w+)">',
            page,
        )
    )
    assert shown == expected
    report = render_html(brief_document("2026-06-01"))
    zones = re.findall(
        r"<tr><td>(Middle East zone[^<]*|South Asia zone[^<]*)</td><td>([^<]*)</td><td>([^<]*)</td></tr>", report
    )
    assert len(zones) == 2 and {html.unescape(z[2]) for z in zones} == {label("instrument_state", "proposed")}
    assert "signed, not yet in force" not in page and "signed, not yet in force" not in report


def _app():
    import tempfile

    from armscontrol.api import create_app

    return create_app(f"sqlite:///{tempfile.mkdtemp()}/store.sqlite3", token="vocabulary-test-token-0123456789")


@pytest.mark.interface  # pages, the API and reports: the full suite, not the quick loop
def test_new_start_after_its_expiry_reads_former_party_never_not_a_party(client):
    page = client.get("/instrument/new-start", params={"on": "2026-06-01"}).text
    assert page.count(">former party<") == 2
    assert "not a party" not in page and "not party" not in page


@pytest.mark.interface  # pages, the API and reports: the full suite, not the quick loop
def test_the_forces_page_words_each_verdict_as_the_vocabulary(client):
    timeline = answers.timeline("new-start", "RUS", "deployed_warheads")
    page = client.get("/forces", params={"instrument": "new-start", "party": "RUS", "metric": "deployed_warheads"}).text
    points = re.search(r'<table id="points">(.*?)</table>', page, re.S).group(1)
    shown = [(v, html.unescape(t)) for v, t in re.findall(r'<span class="verdict v-(\w+)">([^<]*)</span>', points)]
    assert shown == [(p.verdict, label("verdict", p.verdict)) for p in timeline.points]
    verdicts = answers.check("new-start", "2020-01-01", "RUS", obligations=True).root
    page = client.get("/forces", params={"instrument": "new-start", "party": "RUS", "on": "2020-01-01"}).text
    table = re.search(r'<table id="verdicts"[^>]*>(.*?)</table>', page, re.S).group(1)
    shown = [(v, html.unescape(t)) for v, t in re.findall(r'<span class="verdict v-(\w+)">([^<]*)</span>', table)]
    assert shown == [(v.verdict, label("verdict", v.verdict)) for v in verdicts]


def test_every_value_has_its_colour_its_matrix_code_and_its_badge_style():
    """A value the vocabulary gains gets a colour on the charts, a code in the matrix and a style on the pages."""
    from armscontrol.palette import RELATION_COLOURS, STATE_COLOURS
    from armscontrol.web.charts import STATUS_SHORT

    assert set(STATE_COLOURS) == set(GROUPS["instrument_state"])
    assert set(RELATION_COLOURS) == set(GROUPS["relation"]) == set(STATUS_SHORT)
    assert len(set(STATUS_SHORT.values())) == len(STATUS_SHORT)  # one code, one relation
    css = (ROOT / "src/armscontrol/web/static/app.css").read_text()
    for value in values("relation"):
        assert f".st-{value} " in css, value
    for value in values("instrument_state"):
        assert f".state-{value}.badge" in css, value


@pytest.mark.interface  # pages, the API and reports: the full suite, not the quick loop
def test_the_states_legend_and_key_list_every_relation_by_its_label(client):
    page = client.get("/states", params={"on": "2026-06-01", "region": "Oceania"}).text
    legend = re.search(r'<ul class="legend"[^>]*>(.*?)</ul>', page, re.S).group(1)
    assert [html.unescape(t) for t in re.findall(r'<span class="swatch st-\w+"></span>([^<]*)</li>', legend)] == [
        label("relation", v) for v in values("relation")
    ]
