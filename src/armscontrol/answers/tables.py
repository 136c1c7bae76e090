"""The tables that more than one interface lays out, each described once: its columns, their headings, how each
cell is worded and which view shows which column.

An interface renders a description with :meth:`TableDescription.headings` and :meth:`TableDescription.rows`,
passing the cells only it can word (a footnote mark in its own numbering, a coloured label), and
:meth:`TableDescription.numeric` where it aligns figures.

Views: ``check`` (the ``check`` command), ``brief`` (the ``brief`` command) and ``report`` (the reports).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from armscontrol.answers.common import format_number
from armscontrol.vocabulary import label

VIEWS = ("check", "brief", "report")
"""Every view that renders a table of this module."""

Cell = Callable[[Any], Any]
"""How a cell is worded from the row's record (``None`` shows as each view shows an empty cell)."""


@dataclass(frozen=True)
class Column:
    """One column of a table.

    Parameters
    ----------
    key : str
        The column's name, by which an interface supplies a cell of its own.
    heading : str
        The heading every view shows, unless ``headings`` gives the view one of its own.
    cell : callable or None
        The cell from the row's record; ``None`` where each interface words it (a footnote mark).
    numeric : bool
        Whether the cells are figures (a report aligns them right).
    views : tuple of str
        The views that show the column.
    headings : mapping
        A view's own heading, where it differs.
    """

    key: str
    heading: str
    cell: Cell | None = None
    numeric: bool = False
    views: tuple[str, ...] = VIEWS
    headings: Mapping[str, str] = field(default_factory=dict)

    def heading_in(self, view: str) -> str:
        """The heading ``view`` shows."""
        return self.headings.get(view, self.heading)


@dataclass(frozen=True)
class TableDescription:
    """A table's columns, in order, and what each view shows of them."""

    name: str
    columns: tuple[Column, ...]

    def columns_in(self, view: str) -> list[Column]:
        """The columns ``view`` shows, in order."""
        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
        return [c for c in self.columns if view in c.views]

    def headings(self, view: str) -> list[str]:
        """The headings ``view`` shows."""
        return [c.heading_in(view) for c in self.columns_in(view)]

    def numeric(self, view: str) -> set[int]:
        """The positions of the figures' columns in ``view``."""
        return {i for i, c in enumerate(self.columns_in(view)) if c.numeric}

    def rows(self, records: Iterable[Any], view: str, cells: Mapping[str, Cell] | None = None) -> list[list[Any]]:
        """One row of cells per record, as ``view`` shows them.

        Parameters
        ----------
        records : iterable
            The answer's records, one per row.
        view : str
            One of :data:`VIEWS`.
        cells : mapping, optional
            The interface's own wording of some columns, by key; it must word each column the description leaves
            to it.
        """
        cells = cells or {}
        shown = self.columns_in(view)
        makers: list[Cell] = []
        for column in shown:
            maker = cells.get(column.key, column.cell)
            if maker is None:
                raise ValueError(f"the {self.name} table's column {column.key!r} is worded by each view: pass it")
            makers.append(maker)
        return [[make(record) for make in makers] for record in records]


def limit_text(limit: int | None, limit_range: tuple[int, int] | None) -> str | None:
    """A limit, or the range ``LOW–HIGH`` where the instrument sets one."""
    return f"{format_number(limit_range[0])}–{format_number(limit_range[1])}" if limit_range else format_number(limit)


def verdict_value(v: Any) -> str | None:
    """The figure a verdict measures: as stated, an upper bound, 'not provided' where the party gave none."""
    if v.value_text is not None:
        return v.value_text
    if v.at_most is not None:
        return f"≤ {format_number(v.at_most)}"
    if v.verdict == "no_data" and v.as_of is not None and v.value is None:
        return "not provided"
    return format_number(v.value)


VERDICTS = TableDescription(
    "verdicts",
    (
        Column("instrument", "instrument", lambda v: v.instrument),
        Column("party", "party", lambda v: v.party),
        Column("provision", "provision", lambda v: v.title),
        Column("value", "value", verdict_value, numeric=True),
        Column("limit", "limit", lambda v: limit_text(v.limit, v.limit_range), numeric=True),
        Column("margin", "margin", lambda v: format_number(v.margin), numeric=True),
        Column("verdict", "verdict", lambda v: label("verdict", v.verdict)),
        Column("as_of", "as of", lambda v: v.as_of),
        Column("kind", "kind", lambda v: v.kind),
        Column("article", "article", lambda v: v.article, views=("check", "report")),
        Column("source", "source", headings={"check": "figure from"}),
        Column("note", "note", lambda v: v.note, views=("check",)),
    ),
)
"""Compliance verdicts (:class:`~armscontrol.answers.compliance.VerdictOut`); ``source`` is each view's footnote
mark."""

BINDING_LIMITS = TableDescription(
    "binding limits",
    (
        Column("instrument", "instrument", lambda b: b.short_title),
        Column("limit", "limit", lambda b: b.provision.replace("-", " ")),
        Column("ceiling", "ceiling", lambda b: format_number(b.upper), numeric=True),
        Column("binding_from", "binding from", lambda b: b.binding_from),
        Column("article", "article", lambda b: b.article),
        Column("suspended_by", "suspended by", lambda b: ", ".join(b.suspended_by) or None),
    ),
)
"""The treaty limits binding the two largest arsenals (``binding`` of
:class:`~armscontrol.answers.brief.ArsenalLimitsOut`)."""


def _joined(items: list[str]) -> str | None:
    return "; ".join(items) or None


RESTS_ON = TableDescription(
    "what rests on what",
    (
        Column("instrument", "instrument", lambda r: r.title),
        Column("rests_on", "rests on", lambda r: _joined(r.rests_on)),
        Column("rests_on_it", "rests on it", lambda r: _joined(r.rests_on_it)),
        Column("aims", "aims", lambda r: _joined(r.sets_aim_for + r.carries_out_aim_of)),
        Column("stated_conditions", "stated conditions", lambda r: _joined(r.stated_conditions)),
    ),
)
"""What rests on what among the instruments in force (:class:`~armscontrol.answers.linkages.BriefLinkRow`)."""
