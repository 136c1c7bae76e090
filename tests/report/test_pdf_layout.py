"""Every page of the three reports, as printed: drawn by pdftoppm, read word by word with pdfplumber.

For the brief, an instrument's report and a scenario's report: every page renders; no word lies off its page or over
another word; the page footer has nothing over it or just above it; each chart is on the same page as its title and
its caption; the first page is not left nearly empty; the scenario's report shows the scenario's own inputs.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

import pytest
from pdf_layout import Page, footer_clear, outside, overlapping, page_of, read

pytestmark = pytest.mark.interface

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "russia-1500-vs-nmd.yaml"
REPORTS = {
    "brief": ("brief", None, "2026-06-01"),
    "instrument": ("instrument", "new-start", "2024-01-01"),
    "scenario": ("scenario", str(EXAMPLE), None),
}


@functools.cache
def made(name: str) -> tuple[str, list[tuple[str, str]], bytes, list[Page]]:
    """(name, chart titles and captions, the PDF, its pages) of one report, made once for every test of this module."""
    from armscontrol.report import build_document
    from armscontrol.report.document import render_pdf

    kind, target, on = REPORTS[name]
    document = build_document(kind, target, on)
    charts = [(chart.svg.keywords["title"], chart.caption) for chart in document.charts()]
    pdf = render_pdf(document)
    return name, charts, pdf, read(pdf)


@pytest.fixture(scope="module", params=list(REPORTS))
def report(request):
    return made(request.param)


def test_every_page_renders_as_an_image(report, tmp_path: Path) -> None:
    from PIL import Image

    name, _, pdf, pages = report
    assert shutil.which("pdftoppm"), "pdftoppm comes from poppler-utils, which the Makefile installs"
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / name)], check=True)
    images = sorted(tmp_path.glob(f"{name}-*.png"))
    assert len(images) == len(pages) > 1
    for image in images:
        with Image.open(image) as picture:
            darkest = min(picture.convert("L").getextrema())
        assert darkest < 200, f"{image.name} is blank"


def test_no_word_lies_outside_its_page(report) -> None:
    assert outside(report[3]) == []


def test_no_word_is_drawn_over_another(report) -> None:
    assert overlapping(report[3]) == []


def test_the_page_footer_never_sits_over_content(report) -> None:
    assert footer_clear(report[3]) == []


def _phrase(text: str, words: int) -> str:
    return " ".join(text.replace("\n", " ").split()[:words])


def test_each_chart_is_on_the_page_of_its_title_and_caption(report) -> None:
    name, charts, _, pages = report
    assert charts, f"the {name} report draws no chart"
    for title, caption in charts:
        titled = page_of(pages, _phrase(title, 5))
        assert titled, f"{name}: chart title '{title}' not found"
        assert any(_phrase(caption, 8) in pages[n - 1].text for n in titled), (
            f"{name}: the caption of '{title}' is not on its page ({titled})"
        )


def test_no_page_holds_a_lone_line(report) -> None:
    name, _, _, pages = report
    for page in pages:
        lines = {round(w["top"]) for w in page.body}
        assert len(lines) >= 2, f"{name}: page {page.number} holds only '{page.text}'"


def test_the_first_page_is_not_left_nearly_empty(report) -> None:
    name, _, _, pages = report
    first: Page = pages[0]
    lowest = max(w["bottom"] for w in first.body)
    assert lowest > 0.75 * first.height, (
        f"{name}: the first page's text stops at {lowest / first.height:.0%} of its height"
    )


def test_the_scenario_report_shows_the_scenario_s_own_inputs() -> None:
    from armscontrol.scenario import load_scenario

    pages = made("scenario")[3]
    spec = load_scenario(str(EXAMPLE))
    text = " ".join(p.text for p in pages[:3])
    for side in spec.sides.values():
        for force in side.forces:
            assert force.name in text
    rus = spec.sides["RUS"]
    assert f"RUS {rus.decoys_per_warhead}" in text  # the decoys the US defence faces: Russia's, as the file gives them
    assert rus.decoys_per_warhead == 2
