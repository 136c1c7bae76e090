"""Reports: a scenario, an instrument or the brief as one self-contained HTML file, or a PDF of it.

>>> from armscontrol.report import make_report
>>> html = make_report("instrument", "new-start", on="2021-02-05")  # doctest: +SKIP

Every report carries its inputs, assumptions, figures, charts (inline SVG),
numbered sources and a colophon (package version, inputs hash, the command
that made it). The same inputs give the same bytes except the 'Made on' line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from armscontrol.errors import UserError
from armscontrol.report import builders
from armscontrol.report.document import render_html, render_pdf
from armscontrol.scenario import load_scenario, scenario_from_text

KINDS = ("brief", "instrument", "scenario")
FORMATS = ("html", "pdf")
PAPERS = {"a4": "A4", "letter": "letter"}


def build_document(
    kind: str,
    target: str | None = None,
    on: str | None = None,
    command: str | None = None,
    store=None,
    database: str | None = None,
):
    """The :class:`~armscontrol.report.document.Document` for a report kind and its target.

    For ``scenario`` the target is a scenario file or, where no such file exists,
    the id of a scenario saved in ``store`` (:class:`armscontrol.store.Store`); without
    a store, the one at ``database`` (default: ARMSCONTROL_DATABASE or the local SQLite store)
    is opened for that one read.
    """

    if kind not in KINDS:
        raise UserError(f"KIND: expected one of {', '.join(KINDS)}, got '{kind}'", field="kind")
    if kind == "brief":
        if target is not None:
            raise UserError("the brief takes no target; use: armscontrol report brief [--on DATE]", field="target")
        return builders.brief_document(
            on, command=command or "armscontrol report brief" + (f" --on {on}" if on else "")
        )
    if target is None or not target.strip():
        example = "new-start" if kind == "instrument" else "examples/russia-1500-vs-nmd.yaml"
        raise UserError(
            f"report {kind} needs a target, for example: armscontrol report {kind} {example}", field="target"
        )
    if kind == "instrument":
        return builders.instrument_document(target, on, command=command)

    if not Path(target).exists() and target.strip().isascii() and target.strip().isdigit():
        from armscontrol.store import Store  # on first use: heavy (SQLAlchemy)

        owned = store is None
        store = store or Store(database)
        try:
            saved = store.scenario(int(target))
        finally:
            if owned:
                store.close()
        origin = f"saved scenario {saved.id} ({saved.name})"
        return builders.scenario_document(
            scenario_from_text(saved.yaml, origin),
            saved.yaml,
            origin,
            command=command or f"armscontrol report scenario {saved.id}",
        )
    spec = load_scenario(target)
    text = Path(target).read_text(encoding="utf-8")
    return builders.scenario_document(spec, text, target, command=command)


STAGES = ("computing", "drawing charts", "laying out pages")
"""The stages of making a report, in order: the answers, the charts, the pages (a PDF only)."""


def make_report(
    kind: str,
    target: str | None = None,
    on: str | None = None,
    fmt: str = "html",
    paper: str = "a4",
    command: str | None = None,
    store=None,
    database: str | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> str | bytes:
    """A report as HTML text or PDF bytes.

    Parameters
    ----------
    progress : callable, optional
        Told ``progress(stage, done, total)`` as the work goes: each of :data:`STAGES` when it starts (done 0) and
        ``drawing charts`` after each chart (done of total charts).
    """

    if fmt not in FORMATS:
        raise UserError(f"--format: expected html or pdf, got '{fmt}'", field="format", suggestion="html")
    if paper.lower() not in PAPERS:
        raise UserError(f"--paper: expected a4 or letter, got '{paper}'", field="paper", suggestion="a4")
    tell = progress or (lambda stage, done, total: None)
    tell(STAGES[0], 0, 1)
    document = build_document(kind, target, on, command, store, database)
    tell(STAGES[1], 0, max(len(document.charts()), 1))
    document.draw(lambda done, total: tell(STAGES[1], done, total))
    if fmt == "html":
        return render_html(document, PAPERS[paper.lower()])
    tell(STAGES[2], 0, 1)
    return render_pdf(document, PAPERS[paper.lower()])
