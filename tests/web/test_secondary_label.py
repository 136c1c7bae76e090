"""A secondary compilation is labelled, with the record it cites, on the command line, on a page and in a report."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient

from armscontrol.api import create_app
from armscontrol.report.builders import instrument_document
from armscontrol.report.document import render_html
from cli_support import run

LABEL = "secondary compilation, citing the depositaries' records"


def test_the_command_line_labels_a_secondary_source() -> None:
    result = run("show", "npt")
    assert result.exit_code == 0, result.output
    assert LABEL in " ".join(result.stdout.split())


def test_a_page_labels_a_secondary_source(tmp_path) -> None:
    with TestClient(
        create_app(f"sqlite:///{tmp_path / 'store.db'}", token="secondary-label-token-0123456789")
    ) as client:
        page = client.get("/instrument/npt?on=2026-01-01")
    assert page.status_code == 200
    footnotes = html.unescape(page.text[page.text.index('<section class="footnotes"') :])
    assert f"[{LABEL}" in footnotes


def test_a_report_labels_a_secondary_source() -> None:
    report = html.unescape(render_html(instrument_document("npt", "2026-01-01")))
    assert LABEL in report[report.index('<section id="sources">') :]


def test_the_forces_page_lists_each_source_once(tmp_path) -> None:
    import re

    with TestClient(create_app(f"sqlite:///{tmp_path / 'store.db'}", token="forces-notes-token-0123456789")) as client:
        page = client.get("/forces?instrument=new-start&party=RUS")
    assert page.status_code == 200
    notes = [re.sub(r"<[^>]+>", "", n) for n in re.findall(r'<li id="fn\d+">(.*?)</li>', page.text, re.S)]
    assert len(notes) == len(set(notes)) and len(page.text.split('<section class="footnotes"')) == 2
    exchanges = [n for n in notes if "New START Treaty Aggregate Numbers" in n]
    assert len(exchanges) == 1 and exchanges[0].count("data as of") > 20  # one series, every edition named once
    assert len(notes) < 10
