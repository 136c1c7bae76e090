"""The glossary on the dashboard (``/glossary``), its JSON and the API's ``/api/glossary``: one answer, every term."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from armscontrol.answers import as_json
from armscontrol.answers.glossary import glossary
from armscontrol.vocabulary import GROUPS


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from armscontrol.api import create_app

    folder = tmp_path_factory.mktemp("glossary")
    return TestClient(create_app(f"sqlite:///{folder / 'store.sqlite3'}", token="glossary-test-token-0123456789"))


def test_the_api_and_the_pages_json_return_the_glossary_answer(client):
    assert client.get("/api/glossary").json() == as_json(glossary())
    assert client.get("/data/glossary.json").json() == as_json(glossary())
    assert client.get("/api/glossary", params={"group": "relation"}).json() == as_json(glossary("relation"))
    assert "/api/glossary" in client.get("/openapi.json").json()["paths"]


def test_the_page_lists_every_term_with_its_label_value_and_definition_and_is_in_the_navigation(client):
    page = client.get("/glossary")
    assert page.status_code == 200
    text = page.text
    assert '<a href="/glossary"' in text.split("</nav>")[0]
    for name, terms in GROUPS.items():
        section = re.search(rf'<section id="{name}".*?</section>', text, re.S)
        assert section is not None, name
        rows = re.findall(
            r'<tr id="[\w]+-(\w+)"><td>(?:<span[^>]*>)?([^<]*)(?:</span>)?</td>\s*<td[^>]*><code>(\w+)</code></td><td>([^<]*)</td>',
            section.group(0),
        )
        assert [(v, html.unescape(lab), code, html.unescape(d)) for v, lab, code, d in rows] == [
            (t.value, t.label, t.value, t.definition) for t in terms.values()
        ]


def test_a_wrong_group_gets_a_one_line_error_naming_the_nearest(client):
    page = client.get("/glossary", params={"group": "relations"})
    assert page.status_code == 400 and "did you mean &#39;relation&#39;" in page.text
    api = client.get("/api/glossary", params={"group": "relations"})
    assert api.status_code == 400 and api.json()["field"] in ("group", "GROUP")
