"""What a printed page must hold to: read from a PDF's word boxes (pdfplumber), page by page.

Each check returns the problems it found as short strings (page number first), so a failing test prints them all.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

FOOTER = "Page "
"""How the page footer starts (``Page N of M``, the reports' ``@bottom-center``)."""


@dataclass
class Page:
    number: int
    width: float
    height: float
    words: list[dict] = field(default_factory=list)
    graphics: list[tuple[float, float, float, float]] = field(default_factory=list)
    """(x0, top, x1, bottom) of every rectangle, line and curve drawn."""

    @property
    def footer(self) -> list[dict]:
        marks = [w for w in self.words if w["text"] == FOOTER.strip() and w["top"] > self.height * 0.9]
        if not marks:
            return []
        top = max(w["top"] for w in marks)
        return [w for w in self.words if abs(w["top"] - top) < 1.0]

    @property
    def body(self) -> list[dict]:
        foot = {id(w) for w in self.footer}
        return [w for w in self.words if id(w) not in foot]

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def read(pdf: bytes) -> list[Page]:
    """Every page's words and drawn shapes."""
    import pdfplumber

    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for n, p in enumerate(document.pages, start=1):
            words = p.extract_words(keep_blank_chars=False, use_text_flow=False, extra_attrs=["size"])
            shapes = [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in (p.rects + p.lines + p.curves)]
            pages.append(Page(n, float(p.width), float(p.height), words, shapes))
    return pages


def outside(pages: list[Page], slack: float = 0.5) -> list[str]:
    """Words with any part off their page."""
    return [
        f"page {p.number}: '{w['text']}' at ({w['x0']:.0f}, {w['top']:.0f})–({w['x1']:.0f}, {w['bottom']:.0f})"
        for p in pages
        for w in p.words
        if w["x0"] < -slack or w["top"] < -slack or w["x1"] > p.width + slack or w["bottom"] > p.height + slack
    ]


def _area(a: tuple, b: tuple) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _box(w: dict) -> tuple[float, float, float, float]:
    return (w["x0"], w["top"], w["x1"], w["bottom"])


def overlapping(pages: list[Page], share: float = 0.2) -> list[str]:
    """Pairs of words drawn over each other: their boxes share more than ``share`` of the smaller one's area."""
    import numpy as np

    problems = []
    for p in pages:
        if len(p.words) < 2:
            continue
        boxes = np.array([_box(w) for w in p.words])
        x0, top, x1, bottom = boxes.T
        w = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
        h = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :])
        inter = np.clip(w, 0, None) * np.clip(h, 0, None)
        area = (x1 - x0) * (bottom - top)
        smaller = np.minimum(area[:, None], area[None, :])
        hit = np.triu(inter > share * np.maximum(smaller, 1e-6), k=1)
        for i, j in zip(*np.nonzero(hit)):
            problems.append(
                f"page {p.number}: '{p.words[i]['text']}' over '{p.words[j]['text']}' at ({x0[i]:.0f}, {top[i]:.0f})"
            )
    return problems


def footer_clear(pages: list[Page], gap: float = 2.0) -> list[str]:
    """Pages whose footer has words or drawing over it, or above it within ``gap`` points, or no footer at all."""
    problems = []
    for p in pages:
        foot = p.footer
        if not foot:
            problems.append(f"page {p.number}: no 'Page N of M' footer")
            continue
        line = (
            min(w["x0"] for w in foot),
            min(w["top"] for w in foot),
            max(w["x1"] for w in foot),
            max(w["bottom"] for w in foot),
        )
        band = (0.0, line[1] - gap, p.width, line[3])
        for w in p.body:
            if _area(_box(w), band) > 0:
                problems.append(f"page {p.number}: '{w['text']}' in the footer's band")
        for shape in p.graphics:
            if _area(shape, band) > 0 and shape[1] < line[3]:
                problems.append(
                    f"page {p.number}: a shape at ({shape[0]:.0f}, {shape[1]:.0f})–({shape[2]:.0f}, {shape[3]:.0f}) "
                    f"in the footer's band"
                )
    return problems


def page_of(pages: list[Page], phrase: str) -> list[int]:
    """The pages whose text holds ``phrase`` (words joined by single spaces)."""
    return [p.number for p in pages if phrase in p.text]
