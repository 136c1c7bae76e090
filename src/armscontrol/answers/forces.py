"""Answers about forces: holdings on a date, a party against a limit over time, and the reductions."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, RootModel

from armscontrol.answers.common import (
    EXPLANATION_DESCRIPTION,
    Answer,
    SourceRef,
    StepOut,
    explain,
    listed,
    parse_date,
    resolve_instrument_input,
    resolve_party_input,
    source_ref,
)
from armscontrol.data import registry
from armscontrol.errors import UserError, suggest
from armscontrol.forces.holdings import holdings_of, latest_of_kind, lineage
from armscontrol.vocabulary import label


def resolve_metric(text: str, *, what: str = "metric") -> str:
    """A metric id; an unknown one gets the nearest known ids."""
    metrics = registry().metrics
    if text in metrics:
        return text
    exc = suggest(text, list(metrics), what="metric", field=what)
    raise UserError(f"{what}: {exc}", field=what, suggestion=exc.suggestion)


class HoldingOut(Answer):
    """The latest figure of one kind (declared or estimated) on or before the date asked."""

    party: str | None = None
    value: float | None = None
    low: int | None = None
    high: int | None = None
    status: str | None = None
    bound_text: str | None = Field(
        default=None, description="a declared bound in the source's words, 'fewer than 6,000'"
    )
    as_of: dt.date
    age_days: int | None = None
    age_text: str | None = None
    stale: bool | None = Field(default=None, description="more than a year older than the date asked")
    warning: str | None = Field(
        default=None, description="why the figure must not pass as current: its age, whose it is"
    )
    counted: str | None = None
    source: SourceRef | None
    note: str | None = None


class ForcesRow(Answer):
    party: str
    metric: str
    title: str
    on: dt.date
    declared: HoldingOut | None
    estimated: HoldingOut | None


class ForcesAnswer(RootModel[list[ForcesRow]]):
    """``armscontrol forces``: what a state held on a date, declared and estimated side by side."""


def forces(party: str, on: str | dt.date | None = None, metric: str | None = None) -> ForcesAnswer:
    """The latest declared and estimated figure of each metric for a state on a date, never mixed."""

    code = resolve_party_input(party, what="state")
    day = parse_date(on)
    metrics = [resolve_metric(metric)] if metric is not None else list(registry().metrics)
    rows: list[ForcesRow] = []
    for metric_id in metrics:
        cells: dict[str, HoldingOut | None] = {}
        for kind in ("declared", "estimated"):
            of_kind = holdings_of(code, metric_id, on=day, kind=kind)
            last = of_kind[-1] if of_kind else None
            if last is None:
                cells[kind] = None
            elif registry().metrics[metric_id].kind == "events":
                cells[kind] = HoldingOut(
                    value=sum(h.value or 0 for h in of_kind),
                    as_of=last.as_of,
                    counted="events up to this date",
                    source=source_ref(last.source),
                )
            else:
                chosen = latest_of_kind(code, metric_id, day, kind)
                assert chosen is not None
                held = chosen.holding
                if metric_id.endswith("_in_year") and held.as_of.year < day.year - 1:
                    # A count for one calendar year speaks of that year only, never of a later one.
                    cells[kind] = None
                    continue
                cells[kind] = HoldingOut(
                    party=held.party,
                    value=held.value,
                    low=held.low,
                    high=held.high,
                    status=held.status,
                    bound_text=held.bound_text,
                    as_of=held.as_of,
                    age_days=chosen.age_days,
                    age_text=chosen.age_text,
                    stale=chosen.stale,
                    warning=chosen.warning,
                    source=source_ref(held.source),
                    note=held.note,
                )
        if cells["declared"] is not None or cells["estimated"] is not None:
            rows.append(
                ForcesRow(party=code, metric=metric_id, title=registry().metrics[metric_id].title, on=day, **cells)
            )
    return ForcesAnswer(rows)


class TimelinePoint(Answer):
    on: dt.date
    value: float | None
    kind: str | None
    limit: int
    binding: bool
    binding_from: dt.date | None
    margin: float | None
    verdict: str
    verdict_label: str = ""
    source: SourceRef | None
    explanation: list[StepOut] = Field(default_factory=list, description=EXPLANATION_DESCRIPTION)


class TimelineAnswer(Answer):
    """``armscontrol timeline``: a party's figure against an instrument's limit at every date with data."""

    instrument: str
    title: str
    party: str
    metric: str
    metric_title: str = Field(
        default="", description="the metric as people read it, with the treaty whose rules count it"
    )
    provision: str
    provision_title: str
    article: str | None
    points: list[TimelinePoint]


def timeline(instrument_id: str, party: str, metric: str | None = None) -> TimelineAnswer:
    """A party's figure against an instrument's limit over time."""
    from armscontrol.regime.compliance import applicable_value, check_instrument  # on first use: keeps `forces` quick

    instrument = resolve_instrument_input(instrument_id, what="instrument")
    code = resolve_party_input(party)
    limited = [p for p in instrument.provisions if p.kind == "limit" and p.metric]
    if not limited:
        raise UserError(
            f"{instrument.id} sets no numeric limit; try 'armscontrol show {instrument.id}'", field="instrument"
        )
    if metric is not None:
        metric = resolve_metric(metric)
        provision = next((p for p in limited if p.metric == metric), None)
        if provision is None:
            raise UserError(
                f"metric: {instrument.id} sets no limit on '{metric}'; its limits are on: "
                f"{', '.join(p.metric or '' for p in limited)}",
                field="metric",
                suggestion=limited[0].metric,
            )
    else:
        provision = limited[0]
    assert provision.metric is not None
    points = []
    for day in sorted({h.as_of for h in holdings_of(code, provision.metric)}):
        verdict = next((v for v in check_instrument(instrument, day, party=code) if v.provision == provision.id), None)
        limit, start, binds = applicable_value(provision, instrument, day)
        points.append(
            TimelinePoint(
                on=day,
                value=verdict.value if verdict else None,
                kind=verdict.holding_kind if verdict else None,
                limit=limit.upper,
                binding=binds,
                binding_from=start,
                margin=verdict.margin if verdict else None,
                verdict=verdict.verdict if verdict else "no_data",
                verdict_label=label("verdict", verdict.verdict if verdict else "no_data"),
                source=source_ref(verdict.source) if verdict else None,
                explanation=explain(verdict.steps)
                if verdict
                else [StepOut(rule="a verdict needs the state's figure on the date", conclusion="no data", gap=True)],
            )
        )
    return TimelineAnswer(
        instrument=instrument.id,
        title=instrument.short_title,
        party=code,
        metric=provision.metric,
        metric_title=registry().metrics[provision.metric].title if provision.metric in registry().metrics else "",
        provision=provision.id,
        provision_title=provision.title,
        article=provision.article,
        points=points,
    )


WARHEAD_COUNTS = ("start1_accountable_warheads", "operationally_deployed_warheads", "deployed_warheads")


class ReductionRow(Answer):
    party: str
    as_of: dt.date
    metric: str
    metric_title: str = Field(
        default="", description="the metric as people read it, with the treaty whose rules count it"
    )
    instrument: str | None
    value: float | None
    high: int | None = Field(default=None, description="a declared bound given without a figure: its 'high'")
    bound_text: str | None = Field(
        default=None, description="a declared bound in the source's words, 'fewer than 6,000'"
    )
    status: str
    limit: int | None
    limit_range: tuple[int, int] | None
    verdict: str | None
    source: SourceRef | None


class ReductionsAnswer(Answer):
    """``armscontrol reductions``: every declared figure under START I, SORT and New START, and where the data stop."""

    rows: list[ReductionRow]
    last_reported: dict[str, dt.date | None]


def reductions(parties: str | None = None, metrics: str | None = None) -> ReductionsAnswer:
    """Declared strategic warheads of each party, each under its own treaty's counting rules."""
    from armscontrol.regime.compliance import check_instrument  # on first use: keeps `forces` quick

    party_list = listed(parties, what="parties", example="USA,RUS") or ["USA", "RUS"]
    metric_list = listed(metrics, what="metrics", example=",".join(WARHEAD_COUNTS)) or list(WARHEAD_COUNTS)
    codes = [resolve_party_input(p, what="parties") for p in party_list]
    chosen = [resolve_metric(m, what="metrics") for m in metric_list]
    rows: list[ReductionRow] = []
    for metric_id in chosen:
        instrument = registry().instruments.get(registry().metrics[metric_id].instrument or "")
        for code in codes:
            for holding in holdings_of(code, metric_id, kind="declared"):
                verdict = None
                if instrument is not None:
                    verdict = next(
                        (v for v in check_instrument(instrument, holding.as_of, party=code) if v.metric == metric_id),
                        None,
                    )
                rows.append(
                    ReductionRow(
                        party=holding.party,
                        as_of=holding.as_of,
                        metric=metric_id,
                        metric_title=registry().metrics[metric_id].title,
                        instrument=instrument.id if instrument else None,
                        value=holding.value,
                        high=holding.high if holding.is_bound else None,
                        bound_text=holding.bound_text,
                        status=holding.status,
                        limit=verdict.limit if verdict else None,
                        limit_range=verdict.limit_range if verdict else None,
                        verdict=verdict.verdict if verdict else None,
                        source=source_ref(holding.source),
                    )
                )
    rows.sort(key=lambda r: (r.as_of, r.party))
    last = {
        code: max((r.as_of for r in rows if r.party in lineage(code) and r.status == "reported"), default=None)
        for code in codes
    }
    return ReductionsAnswer(rows=rows, last_reported=last)
