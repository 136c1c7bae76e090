"""The groups a timeline of instruments shows them in: bilateral, multilateral, zones, declarations.

The home page's timeline (:mod:`armscontrol.web.charts`) and the brief's
(:mod:`armscontrol.report.charts`) both order their rows with :func:`grouped`,
so the two read alike: each group under its heading, its instruments in the
order of their first event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

GROUPS = (
    ("bilateral", "Bilateral"),
    ("multilateral", "Multilateral"),
    ("zone", "Nuclear-weapon-free zones"),
    ("declaration", "Declarations and political commitments"),
)
"""The timeline's groups of instruments, in their order on the chart, with their headings."""

MARKER_STATES = frozenset({"proposed", "political_commitment", "adopted"})
"""Instrument states drawn as a marker at their first event, never as a bar: nothing was signed to run from."""

Item = TypeVar("Item")


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def instrument_group(item: Any) -> str:
    """The timeline group of an instrument: a zone, a declaration (or any unilateral act), else bilateral or
    multilateral.

    Parameters
    ----------
    item : mapping or object
        An instrument summary (:class:`armscontrol.answers.instruments.InstrumentSummary` or its JSON), with
        ``kind``, ``scope`` and ``zone_standing``.
    """
    if _field(item, "zone_standing"):
        return "zone"
    if _field(item, "kind") == "declaration" or _field(item, "scope") == "unilateral":
        return "declaration"
    return "bilateral" if _field(item, "scope") == "bilateral" else "multilateral"


def grouped(items: Iterable[Item]) -> list[tuple[str, str, list[Item]]]:
    """The instruments in the timeline's groups: (key, heading, members by first event) for each group that has any.

    Members keep their given order where their first events are the same day.
    """
    ordered = sorted(items, key=lambda i: _field(i, "first_event"))
    out = []
    for key, heading in GROUPS:
        members = [i for i in ordered if instrument_group(i) == key]
        if members:
            out.append((key, heading, members))
    return out
