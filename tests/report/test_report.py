"""Reports: self-contained HTML with every figure and source of the answer, a paginated PDF, the same bytes for the same
inputs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from armscontrol import answers
from armscontrol.answers.common import format_number, format_whole
from armscontrol.report import make_report
from armscontrol.scenario import load_scenario
from cli_support import run

SMALL = """
name: small test scenario
sides:
  A:
    forces:
      - {name: silos, basing: silo, launchers: 20, warheads_per_launcher: 1, reliability: 0.9}
      - {name: subs, basing: sea, launchers: 5, warheads_per_launcher: 4, reliability: 0.9, survivable: {generated: 0.8}, bases: 2}
    defence:
      - {name: midcourse, interceptors: 10, sspk: 0.7, shots: 2}
  B:
    forces:
      - {name: silos, basing: silo, launchers: 20, warheads_per_launcher: 1, reliability: 0.9}
      - {name: mobiles, basing: mobile, launchers: 10, warheads_per_launcher: 2, reliability: 0.85, survivable: {generated: 0.7}, bases: 4}
    decoys_per_warhead: 1
criteria: {assured_retaliation: 10, value_targets: 50}
sweep: {side: A, layer: midcourse, interceptors: [0, 10, 20]}
assumptions: [illustrative forces for a test]
"""

PAGES = Path(os.environ.get("ARMSCONTROL_REPORT_PAGES", Path(tempfile.gettempdir()) / "armscontrol-report-pages"))
"""Where the tests leave PNG images of every PDF page, to be looked at."""


class Checked(HTMLParser):
    """Parses HTML and records what a reader must find: tags, external references, text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if (
                name in {"src", "href"}
                and tag in {"script", "link", "img"}
                and value
                and not value.startswith(("data:", "#"))
            ):
                self.external.append(value)

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Checked:
    checked = Checked()
    checked.feed(html)
    checked.close()
    return checked


@pytest.fixture(scope="module")
def scenario_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "small.yaml"
    path.write_text(SMALL)
    return path


@pytest.fixture(scope="module")
def scenario_html(scenario_file: Path) -> str:
    return make_report("scenario", str(scenario_file), fmt="html", command="armscontrol report scenario small.yaml")


def test_scenario_html_is_self_contained_and_holds_every_figure(scenario_file: Path, scenario_html: str) -> None:
    page = parse(scenario_html)
    text = " ".join(" ".join(page.text).split())
    assert page.external == [] and "svg" in page.tags and page.tags.count("table") >= 4
    answer = answers.stability(load_scenario(scenario_file))
    for run_ in answer.results:
        for pair in run_.pairs:
            assert f"{format_whole(pair.retaliation_arriving)} ({format_number(pair.retaliation_arriving_p5)})" in text
            assert format_whole(pair.victim_surviving_warheads) in text
        for side in run_.sides.values():
            assert f"{side.first_strike_stability:.3f}" in text
        assert f"{run_.combined:.3f}" in text
    frontier = answers.frontier(load_scenario(scenario_file))
    for point in frontier.points:
        assert ("unreachable" if point.scale is None else f"{point.scale:.3f}") in text
    assert "illustrative forces for a test" in text and "Colophon" in text and "Inputs SHA-256" in text


def test_instrument_html_holds_every_verdict_figure_and_source() -> None:
    html = make_report("instrument", "new-start", on="2024-01-01")
    text = " ".join(" ".join(parse(html).text).split())
    timeline = answers.timeline("new-start", "RUS", "deployed_warheads")
    for point in timeline.points:
        if point.value is not None:
            assert format_number(point.value) in text and format_number(point.margin) in text
    shown = answers.instrument("new-start")
    for source in shown.resolved_sources.values():
        assert source.title in text, source.title


def test_brief_html_holds_the_brief(tmp_path: Path) -> None:
    html = make_report("brief", on="2010-01-01")
    text = " ".join(" ".join(parse(html).text).split())
    brief = answers.brief("2010-01-01")
    for row in brief.instruments:
        if row.standing != "not_yet_signed":
            assert row.short_title in text, row.short_title
    for verdict in brief.compliance:
        if verdict.value is not None:
            assert format_number(verdict.value) in text
    assert "The founding question" in text


def test_same_inputs_give_the_same_bytes_but_the_date_line(scenario_file: Path) -> None:
    first = make_report("scenario", str(scenario_file), command="x")
    second = make_report("scenario", str(scenario_file), command="x")
    strip = lambda html: re.sub(r'<p class="made-on">.*?</p>', "", html)  # noqa: E731
    assert strip(first) == strip(second)
    assert first.count("made-on") == 1


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_pdf_pages_text_and_images(paper: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdf = make_report("instrument", "new-start", on="2024-01-01", fmt="pdf", paper=paper)
    path = tmp_path / f"new-start-{paper}.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(str(path))
    assert 4 <= len(reader.pages) <= 30
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == ((595, 842) if paper == "a4" else (612, 792))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "New START" in text and "Page 1 of" in text and "Inputs SHA-256" in text
    assert shutil.which("pdftoppm"), "pdftoppm comes from poppler-utils, which the Makefile installs"
    folder = PAGES / paper
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("new-start-*.png"):  # pages of an earlier, longer report
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(folder / "new-start")], check=True)
    assert len(list(folder.glob("new-start-*.png"))) == len(reader.pages)
    print(f"\nPDF pages as images in {folder}")


def test_command_line_writes_reports_and_refuses_bad_requests(scenario_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = run("report", "scenario", str(scenario_file), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("<!DOCTYPE html>")
    for argv, message in [
        (("report", "memo", "-o", str(out)), "expected one of brief, instrument, scenario"),
        (("report", "instrument", "-o", str(out)), "needs a target"),
        (("report", "instrument", "new-strat", "-o", str(out)), "did you mean 'new-start'"),
        (("report", "brief", "--format", "docx", "-o", str(out)), "--format"),
        (("report", "brief", "-o", str(tmp_path)), "is a folder"),
        (("report", "brief", "--format", "pdf", "-o", "-"), "not written to the terminal"),
    ]:
        result = run(*argv)
        assert result.exit_code == 2 and message in result.stderr, (argv, result.output)
        assert "Traceback" not in result.output


def test_report_json_and_html_agree_on_stability(scenario_file: Path, scenario_html: str) -> None:
    data = json.loads(run("stability", str(scenario_file), "--json").stdout)
    text = " ".join(" ".join(parse(scenario_html).text).split())
    for result in data["results"]:
        for pair in result["pairs"]:
            assert format_number(pair["retaliation_arriving_p5"]) in text


def test_scenario_report_shows_where_the_retaliation_went(scenario_file: Path, scenario_html: str) -> None:
    from armscontrol.answers.common import derivation
    from armscontrol.palette import side_colours

    text = " ".join(" ".join(parse(scenario_html).text).split())
    answer = answers.stability(load_scenario(scenario_file))
    shown = answer.results[:1] + answer.results[-1:]
    assert text.count("Where the retaliation went, A's midcourse defence at") >= 2 * len(
        shown
    )  # chart title and table caption
    for run_ in shown:
        for d in run_.decomposition:
            for stage in d.stages:
                figure = (
                    format_number(stage.expected)
                    if float(stage.expected).is_integer()
                    else format_number(stage.expected, 1)
                )
                assert f"{figure} ({format_number(stage.p5)})" in text
        for line in derivation(run_.explanation, sources=False):
            assert " ".join(line.split()) in text
    # each struck side's bars in its own colour, the same as its retaliation's distribution
    colours = side_colours(["A", "B"])
    waterfalls = [
        svg for svg in re.findall(r"<svg.*?</svg>", scenario_html, flags=re.S) if "Where the retaliation went" in svg
    ]
    assert waterfalls and all(
        colours["A"].lower() in w.lower() and colours["B"].lower() in w.lower() for w in waterfalls
    )
