"""The brief's PDF holds together: a full first page, the timeline whole on one page with its title and legend, no text
off a page."""

from __future__ import annotations

import io

import pypdf
import pytest


@pytest.fixture(scope="module")
def pages():
    from armscontrol.report import build_document
    from armscontrol.report.document import render_pdf

    reader = pypdf.PdfReader(io.BytesIO(render_pdf(build_document("brief", on="2026-06-01"))))
    out = []
    for page in reader.pages:
        box = page.mediabox
        words: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, font, size, words=words):
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                words.append((text.strip(), x, y))

        page.extract_text(visitor_text=visit)
        out.append(
            {
                "box": (float(box.left), float(box.bottom), float(box.right), float(box.top)),
                "words": words,
                "text": " ".join(w for w, _, _ in words),
            }
        )
    return out


def test_no_text_is_placed_outside_its_page(pages):
    for n, page in enumerate(pages, 1):
        left, bottom, right, top = page["box"]
        for text, x, y in page["words"]:
            assert left - 1 <= x <= right + 1 and bottom - 1 <= y <= top + 1, (n, text, x, y)


def test_the_timeline_sits_on_one_page_with_its_title_axis_and_legend(pages):
    title = "Instruments from signature or entry into force to their end"
    found = [n for n, p in enumerate(pages) if title in p["text"]]
    assert len(found) == 1
    page = pages[found[0]]["text"]
    for part in (
        "year",
        "in force",
        "never entered into force",
        "political commitment",
        "Antarctic Treaty",
        "New START",
    ):
        assert part in page, part


def test_the_first_page_is_not_left_nearly_empty(pages):
    first = pages[0]["text"]
    assert "The system on the date" in first
    assert "Antarctic Treaty" in first  # the first table starts under the contents
    left, bottom, right, top = pages[0]["box"]
    lowest = min(y for text, _, y in pages[0]["words"] if not text.startswith("Page "))
    assert lowest < bottom + 0.25 * (top - bottom)  # the text runs into the page's last quarter


def test_the_scenario_report_gives_the_decoys_of_the_side_a_defence_faces():
    from pathlib import Path

    from armscontrol.report import build_document
    from armscontrol.report.document import Table

    path = Path(__file__).resolve().parents[2] / "examples" / "russia-1500-vs-nmd.yaml"
    document = build_document("scenario", str(path))
    tables = [
        b for section in document.sections for b in section.blocks if isinstance(b, Table) and b.caption == "Defences"
    ]
    assert tables and tables[0].rows[0][0] == "USA"
    assert tables[0].rows[0][-1] == "RUS 2"  # Russia's warheads come with 2 decoys each (the file's decoys_per_warhead)
