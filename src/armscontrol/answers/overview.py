"""Overview answers the dashboard draws: the system on a date, the stockpiles of the nine, the linkage graph,
comparisons.

Each is a pydantic answer model like every other, served as JSON by
:func:`armscontrol.answers.as_json`: the system on a date (the brief without
its stability run), the stockpile estimates of the nine nuclear-armed states,
the linkage graph, and scenarios side by side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from pydantic import Field

from armscontrol.answers import as_json, instruments, links
from armscontrol.answers.common import Answer, SourceRef, parse_date, source_ref
from armscontrol.answers.forces import resolve_metric
from armscontrol.answers.instruments import InstrumentSummary
from armscontrol.answers.linkages import BriefLinkRow, LinkageOut, brief_linkages
from armscontrol.data import registry
from armscontrol.data.parties import continued, party_name
from armscontrol.errors import UserError
from armscontrol.forces.holdings import holdings_of

NINE = ("USA", "RUS", "GBR", "FRA", "CHN", "IND", "PAK", "ISR", "PRK")


class SystemAnswer(Answer):
    """The arms-control system on a date: every instrument, counts by state, what ended and why, what rests on what."""

    on: dt.date
    counts: dict[str, int] = Field(
        description="instruments by standing on the date (in_force, ended, never_in_force, not_yet_in_force, adopted, "
        "proposed)"
    )
    parties_bound: int = Field(description="bound parties summed over the instruments in force (recorded lists)")
    instruments: list[InstrumentSummary]
    ended: list[InstrumentSummary] = Field(description="instruments ended on or before the date, latest first")
    never_in_force: list[InstrumentSummary] = Field(
        default_factory=list, description="instruments that can no longer enter into force, and why"
    )
    linkages: list[BriefLinkRow]


def system(on: str | dt.date | None = None) -> SystemAnswer:
    """The system on ``on`` (default today)."""

    day = parse_date(on)
    listed = instruments(on=day).root
    counts: dict[str, int] = {}
    for item in listed:
        counts[item.standing] = counts.get(item.standing, 0) + 1
    ended = sorted((i for i in listed if i.standing == "ended"), key=lambda i: i.ended or day, reverse=True)
    never = [i for i in listed if i.standing == "never_in_force"]
    return SystemAnswer(
        on=day,
        counts=counts,
        parties_bound=sum(i.parties_bound for i in listed if i.state == "in_force"),
        instruments=listed,
        ended=ended,
        never_in_force=never,
        linkages=brief_linkages(day),
    )


class StockpilePoint(Answer):
    as_of: dt.date
    value: float | None
    low: int | None = None
    high: int | None = None
    party: str
    source: SourceRef | None


class StockpileSeries(Answer):
    party: str
    name: str
    metric: str
    kind: str = "estimated"
    points: list[StockpilePoint]


class StockpilesAnswer(Answer):
    """Estimated military stockpiles of the nine nuclear-armed states, year by year (estimates, not declarations)."""

    metric: str
    title: str
    series: list[StockpileSeries]


def stockpiles(metric: str = "total_stockpile") -> StockpilesAnswer:
    """Every estimate of ``metric`` for the nine nuclear-armed states, oldest first."""

    metric = resolve_metric(metric)
    series = []
    for code in NINE:
        rows = holdings_of(code, metric, kind="estimated")
        if rows:
            before = continued(code)
            name = party_name(code) + (f" ({before.name} to {before.ended.year})" if before is not None else "")
            series.append(
                StockpileSeries(
                    party=code,
                    name=name,
                    metric=metric,
                    points=[
                        StockpilePoint(
                            as_of=h.as_of,
                            value=h.value,
                            low=h.low,
                            high=h.high,
                            party=h.party,
                            source=source_ref(h.source),
                        )
                        for h in rows
                    ],
                )
            )
    return StockpilesAnswer(metric=metric, title=registry().metrics[metric].title, series=series)


class GraphNode(Answer):
    id: str
    title: str
    kind: str
    scope: str
    first_event: dt.date
    state: str = Field(description="the legal state (in_force, not_in_force, ended, not_yet_signed)")
    standing: str = Field(default="", description="where the instrument stands, in the vocabulary (instrument_state)")
    standing_label: str = Field(default="", description="the standing as every interface prints it")


class LinkGraphAnswer(Answer):
    """Every recorded linkage between instruments, as a graph: instruments are nodes, linkages edges."""

    on: dt.date
    nodes: list[GraphNode]
    edges: list[LinkageOut]


def link_graph(on: str | dt.date | None = None) -> LinkGraphAnswer:
    """The linkage graph with each instrument's state on ``on``."""

    day = parse_date(on)
    listed = instruments(on=day).root
    edges: dict[str, LinkageOut] = {}
    for item in listed:
        found = links(item.id)
        for link in found.rests_on + found.supersedes + found.stated_conditions:
            edges.setdefault(link.id, link)
    linked = {e.from_ for e in edges.values()} | {e.to for e in edges.values()}
    nodes = [
        GraphNode(
            id=i.id,
            title=i.short_title,
            kind=i.kind,
            scope=i.scope,
            first_event=i.first_event,
            state=i.state,
            standing=i.standing,
            standing_label=i.standing_label,
        )
        for i in listed
        if i.id in linked
    ]
    return LinkGraphAnswer(on=day, nodes=nodes, edges=list(edges.values()))


class CompareColumn(Answer):
    ref: str = Field(description="example:NAME or store:ID")
    name: str
    source: str = Field(description="where the numbers come from: the latest stored run, or computed now")
    answer: dict | None = Field(description="the stability answer's JSON (armscontrol stability --json)")
    error: str | None = None


class CompareAnswer(Answer):
    """Scenarios side by side: each one's stability answer."""

    columns: list[CompareColumn]


MAX_COMPARED = 6
"""The most scenarios shown side by side."""


def compare(
    refs: list[str],
    load: Callable[[str], tuple[str, dict[str, Any]]],
    stored_result: Callable[[str], tuple[str, dict] | None],
    compute: Callable[[dict[str, Any]], Any],
) -> CompareAnswer:
    """Scenarios side by side, each with its stability answer.

    Parameters
    ----------
    refs : list of str
        ``example:NAME`` or ``store:ID``, at most :data:`MAX_COMPARED`.
    load : callable
        A reference to its (name, scenario mapping); raises :class:`~armscontrol.errors.UserError` for an unknown one.
    stored_result : callable
        A reference to (where it comes from, the stability answer's JSON) of its latest stored run, or ``None``.
    compute : callable
        A scenario mapping to its stability answer, for a scenario with no stored run.
    """

    if len(refs) > MAX_COMPARED:
        raise UserError(f"compare: at most {MAX_COMPARED} scenarios side by side", field="compare")
    columns = []
    for ref in refs:
        name = ref
        try:
            name, mapping = load(ref)
            stored = stored_result(ref)
            if stored is not None:
                columns.append(CompareColumn(ref=ref, name=name, source=stored[0], answer=stored[1]))
            else:
                columns.append(
                    CompareColumn(
                        ref=ref, name=name, source="computed now (not stored)", answer=as_json(compute(mapping))
                    )
                )
        except UserError as exc:
            columns.append(CompareColumn(ref=ref, name=name, source="", answer=None, error=str(exc)))
    return CompareAnswer(columns=columns)
