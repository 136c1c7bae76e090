"""A report as a document: sections of paragraphs, tables and charts, numbered sources and a colophon.

Builders (:mod:`armscontrol.report.builders`) turn answers into a
:class:`Document`; :func:`render_html` turns it into one self-contained HTML
file and :func:`render_pdf` into a paginated PDF of the same content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from armscontrol import __version__
from armscontrol.citations import Footnotes as Numbered
from armscontrol.citations import SourceRef
from armscontrol.data.loader import DATA_DIR


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]
    caption: str | None = None
    numeric: set[int] = field(default_factory=set)
    """Indexes of columns to right-align."""


@dataclass
class Chart:
    """A chart with its caption: ``svg`` is the inline SVG, or the call that draws it (drawn once, by :meth:`draw`)."""

    svg: str | Callable[[], str]
    caption: str
    sources: str | None = None

    def draw(self) -> str:
        """The chart's SVG, drawn now if it was not yet."""
        if callable(self.svg):
            self.svg = self.svg()
        return self.svg


@dataclass
class Paragraph:
    text: str


@dataclass
class Preformatted:
    text: str


@dataclass
class Section:
    heading: str
    blocks: list[Table | Chart | Paragraph | Preformatted] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "".join(c if c.isalnum() else "-" for c in self.heading.lower()).strip("-")


class Footnotes(Numbered):
    """Every source the report cites, numbered once in order of first citation
    (:class:`armscontrol.citations.Footnotes`)."""

    def mark(self, source: SourceRef | None) -> str:  # type: ignore[override]
        """``[n]`` for a source, the empty string for none (a cell with nothing to cite)."""
        return super().mark(source) or ""

    def entries(self) -> list[tuple[int, str, str | None]]:
        """Each footnote as (number, text, the first edition's address)."""
        return [(note.number, note.text, note.source.url) for note in self.items]


@dataclass
class Document:
    title: str
    subtitle: str
    sections: list[Section]
    footnotes: Footnotes
    command: str
    inputs: dict[str, Any]
    made_on: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))

    def charts(self) -> list[Chart]:
        """Every chart of the document, in order."""
        return [block for section in self.sections for block in section.blocks if isinstance(block, Chart)]

    def draw(self, progress: Callable[[int, int], None] | None = None) -> None:
        """Draw every chart not yet drawn, telling ``progress(done, total)`` after each."""
        charts = self.charts()
        for n, chart in enumerate(charts, start=1):
            chart.draw()
            if progress is not None:
                progress(n, len(charts))

    @property
    def inputs_hash(self) -> str:
        """SHA-256 of the inputs (the question, the scenario text, the data files): same inputs, same hash."""
        canonical = json.dumps(self.inputs, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def data_digest() -> str:
    """SHA-256 over every file of the data in use (the shipped tree, or ``ARMSCONTROL_DATA``)."""

    root = Path(os.environ.get("ARMSCONTROL_DATA") or DATA_DIR)
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".yaml", ".csv"}):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 18pt; margin-bottom: 0.2rem; }
h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.6rem; }
.subtitle { color: #444; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 8.5pt; }
th, td { border-bottom: 1px solid #ccc; padding: 2px 5px; text-align: left; vertical-align: top; }
th { background: #eef2f6; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; page-break-inside: avoid; } thead { display: table-header-group; }
caption { caption-side: top; text-align: left; color: #333; font-size: 8pt; font-weight: bold; padding-bottom: 2px; }
table.wide { font-size: 7pt; } table.wide th, table.wide td { padding: 2px 3px; }
th, td { overflow-wrap: break-word; }
table.short { break-inside: avoid; page-break-inside: avoid; } caption { break-after: avoid; page-break-after: avoid; }
figure { margin: 0.8rem 0; break-inside: avoid; page-break-inside: avoid; } figure svg { width: 100%; height: auto; }
figcaption { font-size: 8.5pt; color: #333; } .sources { font-size: 8pt; color: #555; }
pre { background: #f6f6f6; padding: 0.5rem; font-size: 7.5pt; white-space: pre-wrap; }
ol.notes { font-size: 8pt; }
.colophon { break-inside: avoid; page-break-inside: avoid; font-size: 8pt; color: #444; border-top: 1px solid #999;
            margin-top: 2rem; padding-top: 0.4rem; }
nav ol { columns: 2; font-size: 9pt; }
@page { size: __PAPER__; margin: 18mm 15mm 18mm 15mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }
@media print { body { max-width: none; margin: 0; padding: 0; } a { color: inherit; text-decoration: none; }
  figure svg { max-height: 225mm; } h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  h2 + p, h2 + figure, h2 + table { break-before: avoid; } p { orphans: 3; widows: 3; } }
"""


def render_html(document: Document, paper: str = "A4") -> str:
    """The document as one self-contained HTML file: styles and charts inline, no external request."""

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("armscontrol.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = env.get_template("report.html")
    document.draw()
    return template.render(
        doc=document,
        style=STYLE.replace("__PAPER__", paper),
        version=__version__,
        kind=lambda block: type(block).__name__,
    )


def render_pdf(document: Document, paper: str = "A4") -> bytes:
    """The same content paginated (A4 or US Letter) with page numbers; charts stay vector."""

    from weasyprint import HTML  # on first use: heavy (WeasyPrint)

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return HTML(string=render_html(document, paper)).write_pdf()
